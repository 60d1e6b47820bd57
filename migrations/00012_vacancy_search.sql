-- +goose Up

-- vacancy_search holds what the full-text search reads of each published
-- vacancy, and nothing else. A common word matches thousands of vacancies,
-- and the search must visit the row of every match to rank it and count
-- it in the facets: in the wide vacancies table (the body, contacts,
-- labels, the whole history of closed vacancies in between) that is about
-- one page per match; here some six matches share a page and the whole
-- table stays in shared buffers.
--
-- The trigger below keeps it equal to the published rows of vacancies in
-- the transaction of every write, whoever makes it (the store, the import,
-- CloseExpired, a hand-written UPDATE). Whether a published vacancy is
-- open still depends on the clock, so open_vacancy_search applies the
-- same conditions as open_vacancies at query time.
CREATE TABLE vacancy_search (
    id                bigint PRIMARY KEY REFERENCES vacancies (id) ON DELETE CASCADE,
    published_at      timestamptz NOT NULL,
    closing_date      date NOT NULL,
    facet_kind        integer NOT NULL,
    facet_range       integer NOT NULL,
    lang              text NOT NULL,
    organisation_unit text NOT NULL,
    search            tsvector NOT NULL
);

-- Kept in the row, as in vacancies (migration 00007): ranking reads the
-- vector of every match.
ALTER TABLE vacancy_search ALTER COLUMN search SET STORAGE MAIN;

CREATE INDEX vacancy_search_search_idx ON vacancy_search USING gin (search);

-- The copy supersedes the index on the wide table.
DROP INDEX vacancies_search_idx;

-- +goose StatementBegin
CREATE FUNCTION vacancy_search_sync() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.status = 'published' THEN
        INSERT INTO vacancy_search AS s (id, published_at, closing_date, facet_kind, facet_range, lang,
            organisation_unit, search)
        VALUES (NEW.id, NEW.published_at, NEW.closing_date, NEW.facet_kind, NEW.facet_range, NEW.lang,
            NEW.organisation_unit, NEW.search)
        ON CONFLICT (id) DO UPDATE SET published_at = EXCLUDED.published_at,
            closing_date = EXCLUDED.closing_date, facet_kind = EXCLUDED.facet_kind,
            facet_range = EXCLUDED.facet_range, lang = EXCLUDED.lang,
            organisation_unit = EXCLUDED.organisation_unit, search = EXCLUDED.search;
    ELSE
        DELETE FROM vacancy_search WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
-- +goose StatementEnd

-- The generated columns (search, facet_kind, facet_range) are computed
-- before AFTER triggers run. Updates that change nothing search reads,
-- such as an edit of a draft or of a contact address, skip the trigger.
CREATE TRIGGER vacancy_search_insert AFTER INSERT ON vacancies
    FOR EACH ROW WHEN (NEW.status = 'published')
    EXECUTE FUNCTION vacancy_search_sync();
CREATE TRIGGER vacancy_search_update AFTER UPDATE ON vacancies
    FOR EACH ROW WHEN ((OLD.status = 'published' OR NEW.status = 'published')
        AND (OLD.status, OLD.published_at, OLD.closing_date, OLD.facet_kind, OLD.facet_range, OLD.lang,
             OLD.organisation_unit, OLD.search)
        IS DISTINCT FROM (NEW.status, NEW.published_at, NEW.closing_date, NEW.facet_kind, NEW.facet_range,
             NEW.lang, NEW.organisation_unit, NEW.search))
    EXECUTE FUNCTION vacancy_search_sync();

INSERT INTO vacancy_search (id, published_at, closing_date, facet_kind, facet_range, lang, organisation_unit, search)
SELECT id, published_at, closing_date, facet_kind, facet_range, lang, organisation_unit, search
FROM vacancies
WHERE status = 'published';

-- open_vacancy_search is open_vacancies (migration 00007) on the search
-- copy: published (every row is), publication time reached, closing date
-- not yet passed in Europe/Amsterdam.
CREATE VIEW open_vacancy_search AS
SELECT *
FROM vacancy_search
WHERE published_at <= now()
  AND closing_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date;

-- +goose Down
DROP VIEW open_vacancy_search;
DROP TRIGGER vacancy_search_update ON vacancies;
DROP TRIGGER vacancy_search_insert ON vacancies;
DROP FUNCTION vacancy_search_sync();
DROP TABLE vacancy_search;
CREATE INDEX vacancies_search_idx ON vacancies USING gin (search) WHERE status = 'published';
