-- +goose Up

-- unaccent (PostgreSQL contrib, a trusted extension since PostgreSQL 13) makes
-- the vacancy search accent-insensitive: "financiële" finds "financiele".
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could be changed), so it cannot
-- feed a generated column. podium_unaccent names the dictionary explicitly
-- and is declared IMMUTABLE, the usual pattern; the SQL-standard body binds
-- the function and dictionary when it is created, so it also works under an
-- empty search_path (pg_restore recomputing the generated column).
-- +goose StatementBegin
CREATE FUNCTION podium_unaccent(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT unaccent('unaccent'::regdictionary, t);
END;
-- +goose StatementEnd

-- vacancy_ts_config is the text-search configuration of a vacancy in lang:
-- Dutch stemming for Dutch vacancies, English for English ones. Documents and
-- queries both go through it, so they always agree.
-- +goose StatementBegin
CREATE FUNCTION vacancy_ts_config(lang text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE lang WHEN 'en' THEN 'pg_catalog.english'::regconfig ELSE 'pg_catalog.dutch'::regconfig END;
END;
-- +goose StatementEnd

CREATE TABLE vacancies (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- A vacancy and its translation share a translation key.
    translation_key   uuid NOT NULL DEFAULT gen_random_uuid(),
    lang              text NOT NULL CHECK (lang IN ('nl', 'en')),
    slug              text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    title             text NOT NULL CHECK (title <> '' AND length(title) <= 200),
    organisation_unit text NOT NULL CHECK (organisation_unit <> '' AND length(organisation_unit) <= 200),
    city              text NOT NULL CHECK (city <> '' AND length(city) <= 200),
    province          text NOT NULL CHECK (province IN ('drenthe', 'flevoland', 'friesland',
                          'gelderland', 'groningen', 'limburg', 'noord-brabant', 'noord-holland',
                          'overijssel', 'utrecht', 'zeeland', 'zuid-holland')),
    -- Dutch government salary scales; absent for internships, which pay an allowance.
    salary_scale_min  smallint CHECK (salary_scale_min BETWEEN 1 AND 18),
    salary_scale_max  smallint CHECK (salary_scale_max BETWEEN 1 AND 18),
    -- Gross euros per month for full-time hours.
    salary_min        integer CHECK (salary_min > 0),
    salary_max        integer CHECK (salary_max > 0),
    hours_min         smallint NOT NULL CHECK (hours_min BETWEEN 1 AND 40),
    hours_max         smallint NOT NULL CHECK (hours_max BETWEEN 1 AND 40),
    education_level   text NOT NULL CHECK (education_level IN ('mbo', 'hbo', 'wo')),
    employment_type   text NOT NULL CHECK (employment_type IN ('permanent', 'temporary',
                          'temporary_to_permanent', 'traineeship', 'internship', 'secondment')),
    closing_date      date NOT NULL,
    apply_url         text NOT NULL DEFAULT '',
    contact_name      text NOT NULL DEFAULT '',
    contact_email     text NOT NULL DEFAULT '',
    contact_phone     text NOT NULL DEFAULT '',
    body_markdown     text NOT NULL DEFAULT '',
    -- Labels: 'banenafspraak' (open to people with an occupational
    -- disability), 'starter', 'zij-instroom' (career changers).
    labels            text[] NOT NULL DEFAULT '{}'
                      CHECK (labels <@ ARRAY['banenafspraak', 'starter', 'zij-instroom']),
    -- Reasonable adjustments offered in the selection process.
    adjustments_note  text NOT NULL DEFAULT '',
    status            text NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'published', 'closed', 'archived')),
    published_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    -- What the search matches and ranks by: the title weighs most, then
    -- where the job is, then the text. Only published vacancies are
    -- searched, so only they carry it: the rows of the many closed and
    -- archived ones stay small.
    search            tsvector GENERATED ALWAYS AS (CASE WHEN status = 'published' THEN
                          setweight(to_tsvector(vacancy_ts_config(lang), podium_unaccent(title)), 'A') ||
                          setweight(to_tsvector(vacancy_ts_config(lang),
                              podium_unaccent(organisation_unit || ' ' || city)), 'B') ||
                          setweight(to_tsvector(vacancy_ts_config(lang), podium_unaccent(body_markdown)), 'C')
                      END) STORED,
    -- The filterable values packed into integers, so that counting the
    -- search facets over thousands of vacancies hashes integers, not text.
    -- Package vacancies decodes them; its lists give the 1-based codes.
    -- facet_kind bits 0-3: province, 4-5: education level, 6-8: employment
    -- type, 9-11: labels (banenafspraak 1, starter 2, zij-instroom 4).
    facet_kind        integer GENERATED ALWAYS AS (
                          coalesce(array_position(ARRAY['drenthe', 'flevoland', 'friesland', 'gelderland',
                              'groningen', 'limburg', 'noord-brabant', 'noord-holland', 'overijssel',
                              'utrecht', 'zeeland', 'zuid-holland'], province), 0)
                          + (coalesce(array_position(ARRAY['mbo', 'hbo', 'wo'], education_level), 0) << 4)
                          + (coalesce(array_position(ARRAY['permanent', 'temporary_to_permanent', 'temporary',
                              'traineeship', 'internship', 'secondment'], employment_type), 0) << 6)
                          + ((CASE WHEN labels @> '{banenafspraak}' THEN 1 ELSE 0 END
                              + CASE WHEN labels @> '{starter}' THEN 2 ELSE 0 END
                              + CASE WHEN labels @> '{zij-instroom}' THEN 4 ELSE 0 END) << 9)
                      ) STORED,
    -- facet_range bits 0-4: lowest scale, 5-9: highest scale (0 for none),
    -- 10-15: fewest hours, 16-21: most hours.
    facet_range       integer GENERATED ALWAYS AS (
                          coalesce(salary_scale_min::integer, 0)
                          + (coalesce(salary_scale_max::integer, 0) << 5)
                          + (hours_min::integer << 10) + (hours_max::integer << 16)
                      ) STORED,
    UNIQUE (lang, slug),
    UNIQUE (translation_key, lang),
    CHECK ((salary_scale_min IS NULL) = (salary_scale_max IS NULL)),
    CHECK (salary_scale_min <= salary_scale_max),
    CHECK ((salary_min IS NULL) = (salary_max IS NULL)),
    CHECK (salary_min <= salary_max),
    CHECK (hours_min <= hours_max),
    CHECK (apply_url <> '' OR contact_email <> ''),
    CHECK (status NOT IN ('published', 'closed') OR published_at IS NOT NULL)
);

-- Ranking reads the search vector of every match, and the planner may
-- test matches on the vector row by row (it does not know what fetching a
-- value from the TOAST table costs). Kept in the row (MAIN), the vector
-- costs no extra lookup either way: a word found in ten thousand
-- vacancies is ranked in milliseconds, not a tenth of a second, and a
-- plan that filters on it stays cheap. The Markdown body goes out of line
-- instead.
ALTER TABLE vacancies ALTER COLUMN search SET STORAGE MAIN;

-- Full-text search only ever looks at published vacancies.
CREATE INDEX vacancies_search_idx ON vacancies USING gin (search) WHERE status = 'published';

-- The search's sort orders walk these indexes with keyset paging: "newest"
-- the first, "closing" the second, whose leading closing_date also bounds
-- the open vacancies. Both carry the filtered values, so that filtering
-- and counting the facets over all open vacancies are index-only scans.
CREATE INDEX vacancies_newest_idx ON vacancies (lang, published_at DESC, id DESC)
    INCLUDE (closing_date, facet_kind, facet_range, organisation_unit)
    WHERE status = 'published';
CREATE INDEX vacancies_open_idx ON vacancies (lang, closing_date, id)
    INCLUDE (published_at, facet_kind, facet_range, organisation_unit)
    WHERE status = 'published';

-- Statistics on the decoded facet values, so the planner knows how many
-- vacancies a filter keeps.
CREATE STATISTICS vacancies_facet_stats ON
    (facet_kind & 15), ((facet_kind >> 4) & 3), ((facet_kind >> 6) & 7), ((facet_kind >> 9) & 7),
    (facet_range & 31), ((facet_range >> 5) & 31), ((facet_range >> 10) & 63), ((facet_range >> 16) & 63)
    FROM vacancies;

-- The back office lists vacancies by state, most recently edited first.
CREATE INDEX vacancies_admin_idx ON vacancies (status, updated_at DESC, id DESC);

-- open_vacancies is the one definition of "open": published, publication
-- time reached, and the closing date (a day in Europe/Amsterdam, the last
-- day to apply) not yet passed. Lists, search, feeds and the sitemap read it.
CREATE VIEW open_vacancies AS
SELECT *
FROM vacancies
WHERE status = 'published'
  AND published_at <= now()
  AND closing_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date;

-- Every saved state of a vacancy, written in the transaction of the change.
CREATE TABLE vacancy_revisions (
    vacancy_id bigint NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
    revision   integer NOT NULL CHECK (revision > 0),
    snapshot   jsonb NOT NULL,
    editor_id  bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (vacancy_id, revision)
);

-- +goose Down
DROP TABLE vacancy_revisions;
DROP VIEW open_vacancies;
DROP TABLE vacancies;
DROP FUNCTION vacancy_ts_config(text);
DROP FUNCTION podium_unaccent(text);
