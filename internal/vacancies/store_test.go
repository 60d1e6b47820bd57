package vacancies

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

// newEditor inserts an editor account and returns its id.
func newEditor(t *testing.T, pool *pgxpool.Pool, email string) int64 {
	t.Helper()
	var id int64
	if err := pool.QueryRow(context.Background(),
		`INSERT INTO users (email, role) VALUES ($1, 'editor') RETURNING id`, email).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

// mustCreate creates a vacancy from validInput changed by edit.
func mustCreate(t *testing.T, st *Store, edit func(*VacancyInput)) Saved {
	t.Helper()
	in := validInput()
	if edit != nil {
		edit(&in)
	}
	saved, err := st.Create(context.Background(), in, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	return saved
}

// mustPublish creates and publishes a vacancy, returning its id.
func mustPublish(t *testing.T, st *Store, edit func(*VacancyInput)) int64 {
	t.Helper()
	saved := mustCreate(t, st, edit)
	if err := st.Publish(context.Background(), saved.ID, 0); err != nil {
		t.Fatal(err)
	}
	return saved.ID
}

func exec(t *testing.T, pool *pgxpool.Pool, sql string, args ...any) {
	t.Helper()
	if _, err := pool.Exec(context.Background(), sql, args...); err != nil {
		t.Fatal(err)
	}
}

func fieldErrors(t *testing.T, err error) FieldErrors {
	t.Helper()
	var fe FieldErrors
	if !errors.As(err, &fe) {
		t.Fatalf("want FieldErrors, got %v", err)
	}
	return fe
}

func TestCreateUpdateAndRevisions(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	editor := newEditor(t, pool, "redacteur@example.nl")

	in := validInput()
	saved, err := st.Create(ctx, in, editor, "")
	if err != nil {
		t.Fatal(err)
	}
	if saved.Revision != 1 || saved.Slug != "beleidsadviseur-klimaat" || !saved.Changed {
		t.Fatalf("Create = %+v", saved)
	}
	v, err := st.ByID(ctx, saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	in.Slug = saved.Slug
	if !v.Input().Equal(in) {
		t.Fatalf("stored content differs:\n got %+v\nwant %+v", v.Input(), in)
	}
	if v.Status != StatusDraft || v.PublishedAt != nil || v.Revision != 1 || v.TranslationKey == "" ||
		v.Scale != (Range{10, 11}) || v.Salary != (Range{3500, 5200}) || v.Hours != (Range{32, 36}) {
		t.Fatalf("stored vacancy: %+v", v)
	}

	// A second vacancy with the same title gets its own slug.
	if again := mustCreate(t, st, nil); again.Slug != "beleidsadviseur-klimaat-2" {
		t.Errorf("second slug %q", again.Slug)
	}
	if accented := mustCreate(t, st, func(in *VacancyInput) { in.Title = "Financiële controller (m/v/x)" }); accented.Slug != "financiele-controller-m-v-x" {
		t.Errorf("accented slug %q", accented.Slug)
	}

	changed := v.Input()
	changed.Title = "Senior beleidsadviseur klimaat"
	changed.HoursMin = "36"
	up, err := st.Update(ctx, saved.ID, changed, editor)
	if err != nil {
		t.Fatal(err)
	}
	if !up.Changed || up.Revision != 2 || up.Before.Title != "Beleidsadviseur klimaat" || up.After.Title != changed.Title ||
		up.Slug != "beleidsadviseur-klimaat" {
		t.Fatalf("Update = %+v", up)
	}
	same, err := st.Update(ctx, saved.ID, changed, editor)
	if err != nil {
		t.Fatal(err)
	}
	if same.Changed || same.Revision != 2 {
		t.Fatalf("an update without change wrote something: %+v", same)
	}
	if err := st.Publish(ctx, saved.ID, 0); err != nil {
		t.Fatal(err)
	}

	revs, err := st.Revisions(ctx, saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 3 || revs[0].Number != 3 || revs[2].Number != 1 {
		t.Fatalf("revisions %+v", revs)
	}
	if revs[0].EditorID != nil || revs[1].EditorEmail != "redacteur@example.nl" || *revs[1].EditorID != editor {
		t.Errorf("editors %+v", revs)
	}
	first, err := st.Revision(ctx, saved.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if first.Snapshot.Title != "Beleidsadviseur klimaat" || first.Snapshot.Status != StatusDraft ||
		first.Snapshot.HoursMin != "32" || first.Snapshot.Labels[0] != "banenafspraak" {
		t.Errorf("revision 1 snapshot %+v", first.Snapshot)
	}
	last, err := st.Revision(ctx, saved.ID, 3)
	if err != nil {
		t.Fatal(err)
	}
	if last.Snapshot.Status != StatusPublished || last.Snapshot.Title != changed.Title {
		t.Errorf("revision 3 snapshot %+v", last.Snapshot)
	}
	if _, err := st.Revision(ctx, saved.ID, 9); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("missing revision: %v", err)
	}

	// Restoring revision 1 is an update with its snapshot.
	restored, err := st.Update(ctx, saved.ID, first.Snapshot.VacancyInput, editor)
	if err != nil {
		t.Fatal(err)
	}
	if restored.Revision != 4 || restored.After.Title != "Beleidsadviseur klimaat" {
		t.Errorf("restore = %+v", restored)
	}
}

func TestCreateAndUpdateRefuseInput(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	a := mustCreate(t, st, func(in *VacancyInput) { in.Slug = "jurist" })

	bad := validInput()
	bad.HoursMax = "50"
	_, err := st.Create(ctx, bad, 0, "")
	if fe := fieldErrors(t, err); fe["hours_max"] != ErrHours {
		t.Errorf("create: %v", fe)
	}

	dup := validInput()
	dup.Slug = "jurist"
	_, err = st.Create(ctx, dup, 0, "")
	if fe := fieldErrors(t, err); fe["slug"] != ErrSlugTaken {
		t.Errorf("taken slug: %v", fe)
	}
	dup.Lang = i18n.EN
	if _, err := st.Create(ctx, dup, 0, ""); err != nil {
		t.Errorf("the same slug in the other language: %v", err)
	}

	b := mustCreate(t, st, nil)
	in := validInput()
	in.Slug = "jurist"
	_, err = st.Update(ctx, b.ID, in, 0)
	if fe := fieldErrors(t, err); fe["slug"] != ErrSlugTaken {
		t.Errorf("update to a taken slug: %v", fe)
	}

	// A vacancy whose closing date has passed can still be corrected, but
	// not given another past date.
	exec(t, pool, `UPDATE vacancies SET closing_date = current_date - 10 WHERE id = $1`, a.ID)
	old, err := st.ByID(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	fix := old.Input()
	fix.BodyMarkdown = "Gecorrigeerde tekst."
	if _, err := st.Update(ctx, a.ID, fix, 0); err != nil {
		t.Errorf("correcting an expired vacancy: %v", err)
	}
	fix.ClosingDate = Today().AddDate(0, 0, -5).Format(DateLayout)
	_, err = st.Update(ctx, a.ID, fix, 0)
	if fe := fieldErrors(t, err); fe["closing_date"] != ErrClosingDatePast {
		t.Errorf("another past date: %v", fe)
	}

	if _, err := st.Update(ctx, 999999, validInput(), 0); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unknown vacancy: %v", err)
	}
}

func TestStoreWorksInsideATransaction(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	var id int64
	err := database.InTx(ctx, pool, func(tx pgx.Tx) error {
		saved, err := NewStore(tx).Create(ctx, validInput(), 0, "")
		id = saved.ID
		if err != nil {
			return err
		}
		// A refused write rolls back its savepoint only.
		dup := validInput()
		dup.Slug = saved.Slug
		if _, err := NewStore(tx).Create(ctx, dup, 0, ""); err == nil {
			t.Error("duplicate slug accepted")
		}
		return errors.New("roll back")
	})
	if err == nil || id == 0 {
		t.Fatalf("InTx: %v, id %d", err, id)
	}
	if _, err := NewStore(pool).ByID(ctx, id); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("rolled-back vacancy is there: %v", err)
	}
	var revisions int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM vacancy_revisions`).Scan(&revisions); err != nil || revisions != 0 {
		t.Errorf("%d revisions left, %v", revisions, err)
	}
}

func TestStatusWorkflowAndPublicPage(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	saved := mustCreate(t, st, nil)
	id := saved.ID

	if _, err := st.PublishedBySlug(ctx, i18n.NL, saved.Slug); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("draft is public: %v", err)
	}
	if err := st.Close(ctx, id, 0); !errors.Is(err, ErrTransition) {
		t.Errorf("closing a draft: %v", err)
	}
	if err := st.Publish(ctx, id, 0); err != nil {
		t.Fatal(err)
	}
	v, err := st.PublishedBySlug(ctx, i18n.NL, saved.Slug)
	if err != nil {
		t.Fatal(err)
	}
	if v.Closed || v.PublishedAt == nil || v.Status != StatusPublished {
		t.Errorf("open vacancy: %+v", v)
	}
	if err := st.Publish(ctx, id, 0); err != nil {
		t.Errorf("publishing again is a no-op: %v", err)
	}

	if err := st.Close(ctx, id, 0); err != nil {
		t.Fatal(err)
	}
	v, err = st.PublishedBySlug(ctx, i18n.NL, saved.Slug)
	if err != nil {
		t.Fatalf("a closed vacancy's page must stay reachable: %v", err)
	}
	if !v.Closed || v.Status != StatusClosed {
		t.Errorf("closed vacancy: %+v", v)
	}

	// Reopening needs a closing date to come.
	exec(t, pool, `UPDATE vacancies SET closing_date = current_date - 1 WHERE id = $1`, id)
	err = st.Publish(ctx, id, 0)
	if fe := fieldErrors(t, err); fe["closing_date"] != ErrClosingDatePast {
		t.Errorf("reopening with a past date: %v", fe)
	}

	if err := st.Archive(ctx, id, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PublishedBySlug(ctx, i18n.NL, saved.Slug); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("archived vacancy is public: %v", err)
	}
	if err := st.SetStatus(ctx, id, StatusDraft, 0); err != nil {
		t.Errorf("archived back to draft: %v", err)
	}
	if err := st.SetStatus(ctx, 424242, StatusPublished, 0); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unknown vacancy: %v", err)
	}
	revs, err := st.Revisions(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// create, publish, close, archive, draft
	if len(revs) != 5 || revs[0].Number != 5 {
		t.Errorf("want 5 revisions, got %+v", revs)
	}
	if !CanChange(StatusPublished, StatusClosed) || CanChange(StatusDraft, StatusClosed) {
		t.Error("CanChange disagrees with the workflow")
	}
}

func TestExpiredVacancyIsClosedButReachable(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	expired := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "verlopen" })
	open := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "open" })
	exec(t, pool, `UPDATE vacancies SET closing_date = current_date - 1 WHERE id = $1`, expired)
	exec(t, pool, `UPDATE vacancies SET closing_date = (now() AT TIME ZONE 'Europe/Amsterdam')::date WHERE id = $1`, open)

	v, err := st.PublishedBySlug(ctx, i18n.NL, "verlopen")
	if err != nil {
		t.Fatal(err)
	}
	if !v.Closed || v.Status != StatusPublished {
		t.Errorf("expired before CloseExpired: %+v", v)
	}
	if v, err := st.PublishedBySlug(ctx, i18n.NL, "open"); err != nil || v.Closed {
		t.Errorf("a vacancy is open on its closing day: %+v, %v", v, err)
	}
	res, err := st.Search(ctx, Query{Lang: i18n.NL})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || len(res.Vacancies) != 1 || res.Vacancies[0].ID != open {
		t.Errorf("search shows %+v (total %d)", res.Vacancies, res.Total)
	}

	n, err := st.CloseExpired(ctx)
	if err != nil || n != 1 {
		t.Fatalf("CloseExpired = %d, %v", n, err)
	}
	v, err = st.ByID(ctx, expired)
	if err != nil {
		t.Fatal(err)
	}
	if v.Status != StatusClosed || !v.Closed || v.Revision != 3 {
		t.Errorf("after CloseExpired: %+v", v)
	}
	if n, err := st.CloseExpired(ctx); err != nil || n != 0 {
		t.Errorf("second CloseExpired = %d, %v", n, err)
	}
}

func TestTranslations(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	nl := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "jurist-belastingrecht" })
	v, err := st.ByID(ctx, nl)
	if err != nil {
		t.Fatal(err)
	}
	en := validInput()
	en.Lang, en.Title, en.Slug = i18n.EN, "Tax lawyer", "tax-lawyer"
	saved, err := st.Create(ctx, en, 0, v.TranslationKey)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.TranslationSlug(ctx, v.TranslationKey, i18n.EN); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("an unpublished translation is found: %v", err)
	}
	if err := st.Publish(ctx, saved.ID, 0); err != nil {
		t.Fatal(err)
	}
	if slug, err := st.TranslationSlug(ctx, v.TranslationKey, i18n.EN); err != nil || slug != "tax-lawyer" {
		t.Errorf("TranslationSlug = %q, %v", slug, err)
	}
	if slug, err := st.TranslationSlug(ctx, v.TranslationKey, i18n.NL); err != nil || slug != "jurist-belastingrecht" {
		t.Errorf("TranslationSlug nl = %q, %v", slug, err)
	}
	list, err := st.Translations(ctx, v.TranslationKey)
	if err != nil || len(list) != 2 || list[0].Lang != i18n.NL {
		t.Errorf("Translations = %+v, %v", list, err)
	}
	second := validInput()
	_, err = st.Create(ctx, second, 0, v.TranslationKey)
	if fe := fieldErrors(t, err); fe["lang"] != ErrTranslationTaken {
		t.Errorf("a second Dutch vacancy in the group: %v", fe)
	}
}

func TestEditorList(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	var ids []int64
	for i := range 7 {
		saved := mustCreate(t, st, func(in *VacancyInput) {
			if i%2 == 0 {
				in.Title = "Rechercheur cybercrime"
			}
		})
		ids = append(ids, saved.ID)
	}
	if err := st.Publish(ctx, ids[0], 0); err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{}
	q := EditorQuery{Limit: 3}
	for pages := 0; ; pages++ {
		p, err := st.EditorList(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range p.Items {
			if seen[it.ID] {
				t.Fatalf("%d twice", it.ID)
			}
			seen[it.ID] = true
		}
		if p.Next == nil {
			break
		}
		q.After = p.Next
		if pages > 5 {
			t.Fatal("paging does not end")
		}
	}
	if len(seen) != 7 {
		t.Errorf("walked %d of 7", len(seen))
	}
	p, err := st.EditorList(ctx, EditorQuery{Text: "recherch"})
	if err != nil || len(p.Items) != 4 {
		t.Errorf("text filter: %d items, %v", len(p.Items), err)
	}
	p, err = st.EditorList(ctx, EditorQuery{Status: StatusPublished})
	if err != nil || len(p.Items) != 1 || p.Items[0].ID != ids[0] || p.Items[0].Closed {
		t.Errorf("status filter: %+v, %v", p.Items, err)
	}
	p, err = st.EditorList(ctx, EditorQuery{})
	if err != nil || p.Items[0].ID != ids[0] || p.Items[1].ID != ids[6] {
		t.Errorf("want the most recently changed first: %+v, %v", p.Items, err)
	}
}

func TestSimilarOpen(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	closed := mustPublish(t, st, func(in *VacancyInput) {
		in.OrganisationUnit, in.EducationLevel, in.Province = "Belastingdienst", "hbo", "utrecht"
	})
	sameUnit := mustPublish(t, st, func(in *VacancyInput) {
		in.OrganisationUnit, in.EducationLevel, in.Province = "Belastingdienst", "wo", "limburg"
	})
	sameLevelAndProvince := mustPublish(t, st, func(in *VacancyInput) {
		in.OrganisationUnit, in.EducationLevel, in.Province = "Kadaster", "hbo", "utrecht"
	})
	sameProvince := mustPublish(t, st, func(in *VacancyInput) {
		in.OrganisationUnit, in.EducationLevel, in.Province = "Kadaster", "mbo", "utrecht"
	})
	mustPublish(t, st, func(in *VacancyInput) { // nothing in common
		in.OrganisationUnit, in.EducationLevel, in.Province = "Kadaster", "mbo", "zeeland"
	})
	otherLang := mustPublish(t, st, func(in *VacancyInput) {
		in.Lang, in.OrganisationUnit, in.EducationLevel, in.Province = i18n.EN, "Belastingdienst", "hbo", "utrecht"
	})
	closedToo := mustPublish(t, st, func(in *VacancyInput) {
		in.OrganisationUnit, in.EducationLevel, in.Province = "Belastingdienst", "hbo", "utrecht"
	})
	if err := st.Close(ctx, closedToo, 0); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(ctx, closed, 0); err != nil {
		t.Fatal(err)
	}
	v, err := st.ByID(ctx, closed)
	if err != nil {
		t.Fatal(err)
	}
	list, err := st.SimilarOpen(ctx, v, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, s := range list {
		got = append(got, s.ID)
	}
	want := []int64{sameUnit, sameLevelAndProvince, sameProvince}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("SimilarOpen = %v, want %v (not %d, %d)", got, want, otherLang, closedToo)
	}
}
