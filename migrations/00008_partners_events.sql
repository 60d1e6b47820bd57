-- +goose Up

-- The public profile of a partner organisation. partners itself holds the
-- live profile; a partner user's change waits in partner_profile_drafts
-- until an editor approves it, so the public page never shows unreviewed
-- text. Descriptions are Markdown. Focus areas are slugs from a fixed list
-- (see partners.FocusAreas); changing the list takes a migration.
ALTER TABLE partners
    ADD COLUMN description_nl text NOT NULL DEFAULT '',
    ADD COLUMN description_en text NOT NULL DEFAULT '',
    ADD COLUMN website        text NOT NULL DEFAULT ''
                              CHECK (website = '' OR website ~ '^https?://[^\s]+$'),
    ADD COLUMN logo_id        bigint REFERENCES images (id) ON DELETE SET NULL,
    ADD COLUMN logo_alt       text NOT NULL DEFAULT '',
    ADD COLUMN focus_areas    text[] NOT NULL DEFAULT '{}'
                              CHECK (focus_areas <@ ARRAY['culturele-achtergrond', 'beperking', 'lhbtiq',
                                  'leeftijd', 'gender', 'sociale-achtergrond', 'neurodiversiteit',
                                  'geloof', 'statushouders']::text[]),
    -- Listed partners appear on /partners; admins hide one without deleting it.
    ADD COLUMN listed         boolean NOT NULL DEFAULT true,
    ADD COLUMN updated_at     timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT partners_logo_alt_check CHECK (logo_id IS NULL OR logo_alt <> '');

CREATE INDEX partners_listed_name_idx ON partners (lower(name), id) WHERE listed;

-- Profile changes submitted by partner users. At most one is pending per
-- partner; a newer submission supersedes it. Decided rows stay as history
-- and tell the partner why a change was refused.
CREATE TABLE partner_profile_drafts (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id     bigint NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    name           text NOT NULL CHECK (name <> ''),
    description_nl text NOT NULL DEFAULT '',
    description_en text NOT NULL DEFAULT '',
    website        text NOT NULL DEFAULT '' CHECK (website = '' OR website ~ '^https?://[^\s]+$'),
    logo_id        bigint REFERENCES images (id) ON DELETE SET NULL,
    logo_alt       text NOT NULL DEFAULT '',
    focus_areas    text[] NOT NULL DEFAULT '{}'
                   CHECK (focus_areas <@ ARRAY['culturele-achtergrond', 'beperking', 'lhbtiq',
                       'leeftijd', 'gender', 'sociale-achtergrond', 'neurodiversiteit',
                       'geloof', 'statushouders']::text[]),
    status         text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
    reason         text NOT NULL DEFAULT '',
    submitted_by   bigint REFERENCES users (id) ON DELETE SET NULL,
    submitted_at   timestamptz NOT NULL DEFAULT now(),
    decided_by     bigint REFERENCES users (id) ON DELETE SET NULL,
    decided_at     timestamptz,
    CHECK ((status = 'pending') = (decided_at IS NULL)),
    CHECK (status <> 'rejected' OR reason <> '')
);
CREATE UNIQUE INDEX partner_profile_drafts_pending_idx ON partner_profile_drafts (partner_id)
    WHERE status = 'pending';
CREATE INDEX partner_profile_drafts_partner_idx ON partner_profile_drafts (partner_id, submitted_at DESC);

-- Events. The row holds the current version: for an approved event the
-- live, public one; before the first approval the latest submission (which
-- is not public). Every submission is also kept in event_revisions, and a
-- change to an approved event waits there while the approved version stays
-- online. partner_id is NULL for the employer's own events.
--
-- status:
--   draft              saved by the partner, never sent to moderation
--   submitted          waiting for its first approval
--   changes_requested  first submission sent back with a reason
--   rejected           first submission refused with a reason
--   approved           public (a pending revision may wait)
--   cancelled          called off; stays public when it was published
--
-- sequence is the iCalendar SEQUENCE: raised on every published change and
-- on cancellation of a published event. uid is the stable iCalendar UID.
CREATE TABLE events (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id                bigint REFERENCES partners (id),
    slug                      text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    uid                       uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    type                      text NOT NULL CHECK (type IN ('work_visit', 'training', 'open_day',
                                  'network_meeting', 'diversity_week', 'other')),
    title_nl                  text NOT NULL CHECK (title_nl <> ''),
    title_en                  text NOT NULL DEFAULT '',
    description_nl            text NOT NULL DEFAULT '',
    description_en            text NOT NULL DEFAULT '',
    starts_at                 timestamptz NOT NULL,
    ends_at                   timestamptz NOT NULL,
    online                    boolean NOT NULL DEFAULT false,
    online_url                text NOT NULL DEFAULT '' CHECK (online_url = '' OR online_url ~ '^https?://[^\s]+$'),
    venue_name                text NOT NULL DEFAULT '',
    address                   text NOT NULL DEFAULT '',
    city                      text NOT NULL DEFAULT '',
    province                  text CHECK (province IN ('drenthe', 'flevoland', 'friesland', 'gelderland',
                                  'groningen', 'limburg', 'noord-brabant', 'noord-holland', 'overijssel',
                                  'utrecht', 'zeeland', 'zuid-holland')),
    wheelchair_accessible     boolean NOT NULL DEFAULT false,
    sign_language_interpreter boolean NOT NULL DEFAULT false,
    quiet_room                boolean NOT NULL DEFAULT false,
    accessibility_note_nl     text NOT NULL DEFAULT '',
    accessibility_note_en     text NOT NULL DEFAULT '',
    -- NULL: no limit.
    capacity                  integer CHECK (capacity > 0),
    registration_open         boolean NOT NULL DEFAULT true,
    status                    text NOT NULL DEFAULT 'submitted'
                              CHECK (status IN ('draft', 'submitted', 'approved', 'rejected',
                                  'changes_requested', 'cancelled')),
    -- The reason given with the last rejection or request for changes of a
    -- submission that was never approved.
    moderation_reason         text NOT NULL DEFAULT '',
    sequence                  integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    published_at              timestamptz,
    cancelled_at              timestamptz,
    created_by                bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (online = (online_url <> '')),
    CHECK (online OR (venue_name <> '' AND city <> '')),
    CHECK (venue_name = '' OR province IS NOT NULL),
    CHECK (status <> 'approved' OR published_at IS NOT NULL),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE INDEX events_upcoming_idx ON events (starts_at, id) WHERE published_at IS NOT NULL;
CREATE INDEX events_ends_idx ON events (ends_at DESC, id DESC) WHERE published_at IS NOT NULL;
CREATE INDEX events_partner_idx ON events (partner_id, starts_at DESC) WHERE partner_id IS NOT NULL;

-- Every submission of an event's content (jsonb of events.Content). At
-- most one is pending per event; a newer submission supersedes it, so a
-- moderator approves exactly the version they reviewed.
CREATE TABLE event_revisions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    content      jsonb NOT NULL,
    status       text NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'approved', 'rejected', 'changes_requested', 'superseded')),
    reason       text NOT NULL DEFAULT '',
    submitted_by bigint REFERENCES users (id) ON DELETE SET NULL,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    decided_by   bigint REFERENCES users (id) ON DELETE SET NULL,
    decided_at   timestamptz,
    CHECK ((status = 'pending') = (decided_at IS NULL)),
    CHECK (status NOT IN ('rejected', 'changes_requested') OR reason <> '')
);
CREATE UNIQUE INDEX event_revisions_pending_idx ON event_revisions (event_id) WHERE status = 'pending';
CREATE INDEX event_revisions_event_idx ON event_revisions (event_id, id DESC);

-- Candidates' registrations: personal data, deleted a set time after the
-- event. Tokens are stored as SHA-256 only. Changes of status happen while
-- holding the event row's lock (SELECT … FOR UPDATE), which is what keeps
-- the number of confirmed seats within capacity.
CREATE TABLE registrations (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id            bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name                text NOT NULL CHECK (name <> ''),
    email               text NOT NULL CHECK (email <> ''),
    accessibility_needs text NOT NULL DEFAULT '',
    lang                text NOT NULL DEFAULT 'nl' CHECK (lang IN ('nl', 'en')),
    status              text NOT NULL DEFAULT 'pending_confirmation'
                        CHECK (status IN ('pending_confirmation', 'confirmed', 'waitlisted', 'cancelled')),
    confirm_token_hash  bytea NOT NULL UNIQUE CHECK (octet_length(confirm_token_hash) = 32),
    cancel_token_hash   bytea NOT NULL UNIQUE CHECK (octet_length(cancel_token_hash) = 32),
    created_at          timestamptz NOT NULL DEFAULT now(),
    -- When the e-mail address was confirmed.
    confirmed_at        timestamptz,
    -- Place in the waiting list: earliest first.
    waitlisted_at       timestamptz,
    -- When a seat came free for this waitlisted registration.
    promoted_at         timestamptz,
    reminded_at         timestamptz,
    cancelled_at        timestamptz,
    CHECK (status IN ('pending_confirmation', 'cancelled') OR confirmed_at IS NOT NULL),
    CHECK (status <> 'waitlisted' OR waitlisted_at IS NOT NULL),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE UNIQUE INDEX registrations_active_email_idx ON registrations (event_id, lower(email))
    WHERE status <> 'cancelled';
CREATE INDEX registrations_event_status_idx ON registrations (event_id, status);
CREATE INDEX registrations_waitlist_idx ON registrations (event_id, waitlisted_at, id)
    WHERE status = 'waitlisted';

-- +goose Down
DROP TABLE registrations;
DROP TABLE event_revisions;
DROP TABLE events;
DROP TABLE partner_profile_drafts;
DROP INDEX partners_listed_name_idx;
ALTER TABLE partners
    DROP CONSTRAINT partners_logo_alt_check,
    DROP COLUMN updated_at,
    DROP COLUMN listed,
    DROP COLUMN focus_areas,
    DROP COLUMN logo_alt,
    DROP COLUMN logo_id,
    DROP COLUMN website,
    DROP COLUMN description_en,
    DROP COLUMN description_nl;
