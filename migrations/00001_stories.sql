-- +goose Up

-- Images are stored in PostgreSQL so that several replicas share them.
-- The content hash names the image in its fingerprinted, immutable URL.
CREATE TABLE images (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256       text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content_type text NOT NULL CHECK (content_type IN ('image/svg+xml', 'image/png', 'image/jpeg', 'image/webp')),
    width        integer NOT NULL CHECK (width > 0),
    height       integer NOT NULL CHECK (height > 0),
    data         bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE themes (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug     text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_nl  text NOT NULL CHECK (name_nl <> ''),
    name_en  text NOT NULL CHECK (name_en <> ''),
    position integer NOT NULL DEFAULT 0
);

CREATE TABLE stories (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- A story and its translations share a translation key.
    translation_key      uuid NOT NULL DEFAULT gen_random_uuid(),
    lang                 text NOT NULL CHECK (lang IN ('nl', 'en')),
    slug                 text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    person_name          text NOT NULL CHECK (person_name <> ''),
    role                 text NOT NULL DEFAULT '',
    department           text NOT NULL DEFAULT '',
    portrait_id          bigint REFERENCES images (id) ON DELETE SET NULL,
    portrait_alt         text NOT NULL DEFAULT '',
    quote                text NOT NULL DEFAULT '',
    intro                text NOT NULL DEFAULT '',
    body_markdown        text NOT NULL DEFAULT '',
    featured             boolean NOT NULL DEFAULT false,
    status               text NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
    published_at         timestamptz,
    consent_given_on     date,
    consent_expires_on   date,
    consent_withdrawn_on date,
    consent_note         text NOT NULL DEFAULT '',
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (lang, slug),
    UNIQUE (translation_key, lang),
    CHECK (status <> 'published' OR published_at IS NOT NULL),
    CHECK (portrait_id IS NULL OR portrait_alt <> '')
);

CREATE TABLE story_themes (
    story_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    theme_id bigint NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, theme_id)
);
CREATE INDEX story_themes_theme_idx ON story_themes (theme_id, story_id);

-- The public list pages walk this index with keyset paging.
CREATE INDEX stories_public_list_idx ON stories (lang, published_at DESC, id DESC)
    WHERE status = 'published';

-- public_stories is the one definition of "visible to the public": published,
-- publication time reached, and the featured person's consent given, not
-- withdrawn and not expired.
CREATE VIEW public_stories AS
SELECT *
FROM stories
WHERE status = 'published'
  AND published_at <= now()
  AND consent_given_on IS NOT NULL
  AND consent_withdrawn_on IS NULL
  AND (consent_expires_on IS NULL OR consent_expires_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date);

-- +goose Down
DROP VIEW public_stories;
DROP TABLE story_themes;
DROP TABLE stories;
DROP TABLE themes;
DROP TABLE images;
