-- +goose Up

-- Stories link to vacancies ("meet your future colleagues"). Migration
-- 00009 created the links before the vacancies table could be referenced;
-- this adds the foreign key. The story editor checks the ids first (an
-- unknown one is a field error), so the key is the last line of defence.
--
-- Vacancies are not deleted in the workflow: closing and archiving keep
-- the row, so a link stays and the story page shows it only while the
-- vacancy is open. When a row is deleted after all (by hand, or a future
-- purge of old archived vacancies), its links go with it: a link to
-- nothing has no meaning, and the story itself must not block or follow
-- the deletion.
--
-- Links saved before the editor checked the ids may point nowhere; they
-- never showed anything, so they are removed rather than kept.
DELETE FROM story_vacancies sv
WHERE NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.id = sv.vacancy_id);

ALTER TABLE story_vacancies
    ADD CONSTRAINT story_vacancies_vacancy_id_fkey
    FOREIGN KEY (vacancy_id) REFERENCES vacancies (id) ON DELETE CASCADE;

-- +goose Down
ALTER TABLE story_vacancies DROP CONSTRAINT story_vacancies_vacancy_id_fkey;
