package vacancies

import (
	"context"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

// searchCopyDiff returns the rows in which vacancy_search differs from the
// published rows of vacancies, as text, and fails t when
// open_vacancy_search and open_vacancies list other ids.
func searchCopyDiff(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	ctx := context.Background()
	rows, err := pool.Query(ctx, `
		WITH want AS (
			SELECT id, published_at, closing_date, facet_kind, facet_range, lang, organisation_unit, search
			FROM vacancies WHERE status = 'published'
		), got AS (
			SELECT id, published_at, closing_date, facet_kind, facet_range, lang, organisation_unit, search
			FROM vacancy_search
		)
		(SELECT 'missing ' || w::text FROM (TABLE want EXCEPT ALL TABLE got) w)
		UNION ALL
		(SELECT 'extra ' || g::text FROM (TABLE got EXCEPT ALL TABLE want) g)`)
	if err != nil {
		t.Fatal(err)
	}
	diff, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	var open, openCopy []int64
	for sql, dst := range map[string]*[]int64{
		`SELECT id FROM open_vacancies ORDER BY id`:      &open,
		`SELECT id FROM open_vacancy_search ORDER BY id`: &openCopy,
	} {
		rows, err := pool.Query(ctx, sql)
		if err != nil {
			t.Fatal(err)
		}
		if *dst, err = pgx.CollectRows(rows, pgx.RowTo[int64]); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.Equal(open, openCopy) {
		t.Errorf("open_vacancy_search %v, open_vacancies %v", openCopy, open)
	}
	return diff
}

// TestSearchCopyFollowsEveryWrite checks that vacancy_search holds exactly
// the published vacancies, with their current values, after each kind of
// write: the store's, CloseExpired's and hand-written SQL.
func TestSearchCopyFollowsEveryWrite(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	draft := mustCreate(t, st, func(in *VacancyInput) { in.Slug = "concept" }).ID
	a := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "a" })
	b := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "b"; in.Lang = i18n.EN })
	c := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "c" })
	steps := []struct {
		name string
		do   func() error
	}{
		{"create and publish", func() error { return nil }},
		{"edit a draft", func() error {
			in := validInput()
			in.Title, in.Slug = "Nog een concept", "concept"
			_, err := st.Update(ctx, draft, in, 0)
			return err
		}},
		{"edit a published vacancy", func() error {
			v, err := st.ByID(ctx, a)
			if err != nil {
				return err
			}
			in := v.Input()
			in.Title, in.BodyMarkdown, in.Province = "Toezichthouder water", "Je controleert dijken.", "zeeland"
			in.OrganisationUnit, in.Labels = "Rijkswaterstaat", []string{"starter"}
			_, err = st.Update(ctx, a, in, 0)
			return err
		}},
		{"close", func() error { return st.Close(ctx, b, 0) }},
		{"publish again", func() error { return st.Publish(ctx, b, 0) }},
		{"back to draft", func() error { return st.SetStatus(ctx, c, StatusDraft, 0) }},
		{"publish the draft", func() error { return st.Publish(ctx, draft, 0) }},
		{"archive", func() error { return st.Archive(ctx, draft, 0) }},
		{"restore an earlier revision", func() error {
			r, err := st.Revision(ctx, a, 1)
			if err != nil {
				return err
			}
			_, err = st.Update(ctx, a, r.Snapshot.VacancyInput, 0)
			return err
		}},
		{"closing date passes", func() error {
			_, err := pool.Exec(ctx, `UPDATE vacancies SET closing_date = current_date - 1 WHERE id = $1`, a)
			return err
		}},
		{"close expired", func() error {
			_, err := st.CloseExpired(ctx)
			return err
		}},
		{"publication time moves", func() error {
			_, err := pool.Exec(ctx, `UPDATE vacancies SET published_at = now() + interval '1 day' WHERE id = $1`, b)
			return err
		}},
		{"inserted by hand", func() error {
			_, err := pool.Exec(ctx, `
				INSERT INTO vacancies (lang, slug, title, organisation_unit, city, province, hours_min,
					hours_max, education_level, employment_type, closing_date, apply_url, status, published_at)
				VALUES ('nl', 'met-de-hand', 'Griffier', 'Gemeente Utrecht', 'Utrecht', 'utrecht', 32, 36,
					'wo', 'permanent', current_date + 10, 'https://example.nl', 'published', now())`)
			return err
		}},
		{"deleted", func() error {
			_, err := pool.Exec(ctx, `DELETE FROM vacancies WHERE id = $1`, c)
			return err
		}},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if diff := searchCopyDiff(t, pool); len(diff) > 0 {
			t.Errorf("after %s: %v", s.name, diff)
		}
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM vacancy_search`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 2 { // b, and the one inserted by hand
		t.Errorf("vacancy_search holds %d rows, want 2", n)
	}
}
