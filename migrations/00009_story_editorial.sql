-- +goose Up

-- The editorial side of stories: who wrote, submitted and approved a story,
-- planned publication, the trash, and the consent warning that goes once.
ALTER TABLE stories
    ADD COLUMN created_by        bigint REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN updated_by        bigint REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN submitted_by      bigint REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN submitted_at      timestamptz,
    ADD COLUMN approved_by       bigint REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN approved_at       timestamptz,
    -- Planned publication; a River job (kind publish_story) publishes the
    -- story then, but only while this column still holds the job's time.
    ADD COLUMN scheduled_at      timestamptz,
    -- When the editors were mailed that consent expires soon; cleared when
    -- the expiry date changes, so a renewed consent is warned about again.
    ADD COLUMN consent_warned_at timestamptz,
    -- Set when the story is moved to the trash; purged 30 days later.
    ADD COLUMN deleted_at        timestamptz,
    ADD CONSTRAINT stories_consent_dates_check
        CHECK (consent_expires_on IS NULL OR consent_given_on IS NULL OR consent_expires_on > consent_given_on) NOT VALID;

CREATE INDEX stories_editor_list_idx ON stories (updated_at DESC, id DESC);
CREATE INDEX stories_trash_idx ON stories (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX stories_consent_expiry_idx ON stories (consent_expires_on)
    WHERE consent_withdrawn_on IS NULL AND deleted_at IS NULL;

-- Slugs a story had before it was renamed, so that old links answer with a
-- permanent redirect to the current slug. A slug in use by a story is never
-- listed here for another story (the store keeps the two apart).
CREATE TABLE story_slugs (
    lang       text NOT NULL CHECK (lang IN ('nl', 'en')),
    slug       text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    story_id   bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lang, slug)
);
CREATE INDEX story_slugs_story_idx ON story_slugs (story_id);

-- Every save of a story keeps its editable content as a numbered revision.
CREATE TABLE story_revisions (
    story_id   bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    number     integer NOT NULL CHECK (number > 0),
    snapshot   jsonb NOT NULL,
    editor_id  bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (story_id, number)
);

-- Vacancies a story links to. vacancy_id has no foreign key yet: the
-- vacancies table comes with a migration of its own, which adds it.
CREATE TABLE story_vacancies (
    story_id   bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    vacancy_id bigint NOT NULL CHECK (vacancy_id > 0),
    position   integer NOT NULL DEFAULT 0,
    PRIMARY KEY (story_id, vacancy_id)
);
CREATE INDEX story_vacancies_vacancy_idx ON story_vacancies (vacancy_id);

-- public_stories stays the one definition of "visible to the public"; a
-- story in the trash is not.
CREATE OR REPLACE VIEW public_stories AS
SELECT *
FROM stories
WHERE status = 'published'
  AND deleted_at IS NULL
  AND published_at <= now()
  AND consent_given_on IS NOT NULL
  AND consent_withdrawn_on IS NULL
  AND (consent_expires_on IS NULL OR consent_expires_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date);

-- +goose Down
DROP VIEW public_stories;
CREATE VIEW public_stories AS
SELECT id, translation_key, lang, slug, person_name, role, department, portrait_id, portrait_alt,
       quote, intro, body_markdown, featured, status, published_at, consent_given_on,
       consent_expires_on, consent_withdrawn_on, consent_note, created_at, updated_at
FROM stories
WHERE status = 'published'
  AND published_at <= now()
  AND consent_given_on IS NOT NULL
  AND consent_withdrawn_on IS NULL
  AND (consent_expires_on IS NULL OR consent_expires_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date);
DROP TABLE story_vacancies;
DROP TABLE story_revisions;
DROP TABLE story_slugs;
ALTER TABLE stories
    DROP CONSTRAINT stories_consent_dates_check,
    DROP COLUMN deleted_at,
    DROP COLUMN consent_warned_at,
    DROP COLUMN scheduled_at,
    DROP COLUMN approved_at,
    DROP COLUMN approved_by,
    DROP COLUMN submitted_at,
    DROP COLUMN submitted_by,
    DROP COLUMN updated_by,
    DROP COLUMN created_by;
