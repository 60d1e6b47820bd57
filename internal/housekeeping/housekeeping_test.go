package housekeeping

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/sessionstore"
	"github.com/podium-portal/podium/internal/testdb"
	"github.com/podium-portal/podium/internal/vacancies"
)

func newWorker(pool *pgxpool.Pool) *Worker {
	sessions := sessionstore.New(pool, sessionstore.Options{
		CookieName: "podium_session", IdleTimeout: 30 * time.Minute, AbsoluteTimeout: 12 * time.Hour,
	})
	return NewWorker(pool, sessions, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

func vacancyInput(title, unit string) vacancies.VacancyInput {
	return vacancies.VacancyInput{
		Lang: i18n.NL, Title: title, OrganisationUnit: unit, City: "Utrecht", Province: "utrecht",
		ScaleMin: "9", ScaleMax: "10", HoursMin: "32", HoursMax: "36", EducationLevel: "hbo",
		EmploymentType: "permanent", ClosingDate: vacancies.Today().AddDate(0, 0, 10).Format(vacancies.DateLayout),
		ApplyURL: "https://werken.example.nl/vacature", BodyMarkdown: "Je werkt aan beleid.",
	}
}

// TestWorkClosesExpiredVacancies checks that the job records as closed a
// published vacancy past its closing date (with a revision by no editor),
// leaves drafts and open vacancies alone, and does nothing the second time;
// and that before and after the job the vacancy is out of the search and
// its facet counts, while its page stays reachable as closed and points
// to similar open vacancies only.
func TestWorkClosesExpiredVacancies(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := vacancies.NewStore(pool)
	add := func(title, unit string, publish bool) vacancies.Saved {
		t.Helper()
		saved, err := st.Create(ctx, vacancyInput(title, unit), 0, "")
		if err != nil {
			t.Fatal(err)
		}
		if publish {
			if err := st.Publish(ctx, saved.ID, 0); err != nil {
				t.Fatal(err)
			}
		}
		return saved
	}
	expired := add("Verlopen beleidsfunctie", "Directie Water", true)
	open := add("Open beleidsfunctie", "Directie Water", true)
	other := add("Andere beleidsfunctie", "Directie Wonen", true)
	draft := add("Concept beleidsfunctie", "Directie Water", false)
	if _, err := pool.Exec(ctx, `UPDATE vacancies SET closing_date = current_date - 1 WHERE id = ANY($1)`,
		[]int64{expired.ID, draft.ID}); err != nil {
		t.Fatal(err)
	}

	public := func(stage string) {
		t.Helper()
		res, err := st.Search(ctx, vacancies.Query{Lang: i18n.NL, Text: "beleidsfunctie"})
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, v := range res.Vacancies {
			got = append(got, v.ID)
		}
		slices.Sort(got)
		if want := []int64{open.ID, other.ID}; !slices.Equal(got, want) || res.Total != 2 {
			t.Errorf("%s: search found %v (total %d), want %v", stage, got, res.Total, want)
		}
		for _, f := range res.Facets.OrganisationUnits {
			if f.Value == "Directie Water" && f.Count != 1 {
				t.Errorf("%s: facet Directie Water counts %d, want 1 (the open one)", stage, f.Count)
			}
		}
		page, err := st.PublishedBySlug(ctx, i18n.NL, expired.Slug)
		if err != nil || !page.Closed {
			t.Errorf("%s: page of the expired vacancy: closed %v, %v", stage, page.Closed, err)
		}
		similar, err := st.SimilarOpen(ctx, page, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(similar) == 0 || similar[0].ID != open.ID || slices.ContainsFunc(similar, func(s vacancies.Summary) bool {
			return s.ID == expired.ID || s.ID == draft.ID
		}) {
			t.Errorf("%s: similar vacancies %+v, want the open one of the same unit first", stage, similar)
		}
	}
	public("before the job")

	if err := newWorker(pool).Work(ctx, nil); err != nil {
		t.Fatal(err)
	}
	status := func(id int64) vacancies.Vacancy {
		v, err := st.ByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := status(expired.ID); v.Status != vacancies.StatusClosed || v.Revision != 3 {
		t.Errorf("expired vacancy: status %s, revision %d; want closed with a third revision", v.Status, v.Revision)
	}
	revs, err := st.Revisions(ctx, expired.ID)
	if err != nil || len(revs) == 0 || revs[0].EditorID != nil {
		t.Errorf("closing revision %+v, %v; want one by no editor", revs, err)
	}
	for _, id := range []int64{open.ID, other.ID} {
		if v := status(id); v.Status != vacancies.StatusPublished {
			t.Errorf("open vacancy %d is %s", id, v.Status)
		}
	}
	if v := status(draft.ID); v.Status != vacancies.StatusDraft {
		t.Errorf("expired draft is %s, want still a draft", v.Status)
	}
	public("after the job")

	// Nothing left to close: the second run changes nothing.
	if err := newWorker(pool).Work(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if v := status(expired.ID); v.Revision != 3 {
		t.Errorf("second run wrote revision %d", v.Revision)
	}
}
