package stories

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/testdb"
)

// insertVacancy stores a minimal draft vacancy with slug and returns its
// id. It writes SQL rather than using package vacancies, which imports
// this package.
func insertVacancy(t *testing.T, pool *pgxpool.Pool, slug string) int64 {
	t.Helper()
	var id int64
	err := pool.QueryRow(context.Background(), `
		INSERT INTO vacancies (lang, slug, title, organisation_unit, city, province, hours_min, hours_max,
			education_level, employment_type, closing_date, apply_url)
		VALUES ('nl', $1, 'Vacature '||$1, 'Directie', 'Utrecht', 'utrecht', 32, 36, 'hbo', 'permanent',
			current_date + 30, 'https://werken.example/'||$1)
		RETURNING id`, slug).Scan(&id)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestSaveRefusesUnknownVacancies checks that linking a vacancy that does
// not exist is a field error on "vacancies", on create and on update, and
// that nothing is stored; that known ones are stored; and that deleting a
// vacancy removes its links (the foreign key of migration 00010).
func TestSaveRefusesUnknownVacancies(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	known := insertVacancy(t, pool, "bekend")
	unknown := known + 1000

	in := validInput("Noor")
	in.VacancyIDs = []int64{known, unknown}
	err := database.InTx(ctx, pool, func(tx pgx.Tx) error {
		_, err := NewStore(tx).CreateDraft(ctx, in, 0, "")
		return err
	})
	var fe FieldErrors
	if !errors.As(err, &fe) || fe["vacancies"] != "story.error.vacancy_unknown" {
		t.Fatalf("create with unknown vacancy: %v", err)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM stories`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d stories stored after a refused create (%v)", n, err)
	}

	in.VacancyIDs = []int64{known}
	id := create(t, pool, in)

	in.VacancyIDs = []int64{known, unknown}
	_, err = update(pool, id, in)
	if !errors.As(err, &fe) || fe["vacancies"] != "story.error.vacancy_unknown" {
		t.Fatalf("update with unknown vacancy: %v", err)
	}
	d, err := NewStore(pool).ByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.VacancyIDs) != 1 || d.VacancyIDs[0] != known || d.Revision != 1 {
		t.Errorf("after a refused update: vacancies %v, revision %d; want [%d], 1", d.VacancyIDs, d.Revision, known)
	}

	// The database refuses a link to a missing vacancy too, and a deleted
	// vacancy takes its links with it.
	if _, err := pool.Exec(ctx, `INSERT INTO story_vacancies (story_id, vacancy_id) VALUES ($1, $2)`, id, unknown); err == nil {
		t.Error("story_vacancies accepted a vacancy that does not exist")
	}
	if _, err := pool.Exec(ctx, `DELETE FROM vacancies WHERE id = $1`, known); err != nil {
		t.Fatal(err)
	}
	if d, err := NewStore(pool).ByID(ctx, id); err != nil || len(d.VacancyIDs) != 0 {
		t.Errorf("links after deleting the vacancy: %v, %v", d.VacancyIDs, err)
	}
}
