package stories

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/testdb"
)

// validInput is a story that passes validation.
func validInput(name string) StoryInput {
	return StoryInput{
		Lang:         i18n.NL,
		PersonName:   name,
		Role:         "Beleidsadviseur",
		Department:   "Directie Arbeidsmarkt",
		Quote:        "Hier mag ik zijn wie ik ben.",
		Intro:        "Een introductie.",
		BodyMarkdown: "## Begin\n\nHet begon met twijfel.\n\nNu niet meer.",
	}
}

func TestValidate(t *testing.T) {
	t.Parallel()
	today := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	img := int64(7)
	tests := []struct {
		name   string
		edit   func(*StoryInput)
		want   FieldErrors
		expiry string // ConsentExpiresOn after validation, when checked
	}{
		{name: "valid", edit: func(*StoryInput) {}},
		{name: "all required missing", edit: func(in *StoryInput) { *in = StoryInput{Lang: i18n.NL} }, want: FieldErrors{
			"person_name": "story.error.name", "role": "story.error.role", "department": "story.error.department",
			"quote": "story.error.quote", "intro": "story.error.intro", "body_markdown": "story.error.body"}},
		{name: "blank is missing", edit: func(in *StoryInput) { in.PersonName = " \t " }, want: FieldErrors{"person_name": "story.error.name"}},
		{name: "unknown language", edit: func(in *StoryInput) { in.Lang = "de" }, want: FieldErrors{"lang": "story.error.lang"}},
		{name: "name too long", edit: func(in *StoryInput) { in.PersonName = strings.Repeat("a", 201) }, want: FieldErrors{"person_name": "story.error.too_long"}},
		{name: "portrait needs alt", edit: func(in *StoryInput) { in.PortraitID = &img }, want: FieldErrors{"portrait_alt": "story.error.portrait_alt"}},
		{name: "portrait with alt", edit: func(in *StoryInput) { in.PortraitID, in.PortraitAlt = &img, "Fatima bij het raam" }},
		{name: "slug format", edit: func(in *StoryInput) { in.Slug = "fatima--el" }, want: FieldErrors{"slug": "story.error.slug"}},
		{name: "slug with space", edit: func(in *StoryInput) { in.Slug = "fatima el" }, want: FieldErrors{"slug": "story.error.slug"}},
		{name: "slug upper case is lowered", edit: func(in *StoryInput) { in.Slug = "Fatima-El" }},
		{name: "vacancy id", edit: func(in *StoryInput) { in.VacancyIDs = []int64{3, -1} }, want: FieldErrors{"vacancies": "story.error.vacancy"}},
		{name: "bad date", edit: func(in *StoryInput) { in.ConsentGivenOn = "10-03-2026" }, want: FieldErrors{"consent_given_on": "story.error.date"}},
		{name: "consent in the future", edit: func(in *StoryInput) { in.ConsentGivenOn = "2026-03-11" }, want: FieldErrors{"consent_given_on": "story.error.consent_given_future"}},
		{name: "expiry before given", edit: func(in *StoryInput) { in.ConsentGivenOn, in.ConsentExpiresOn = "2026-03-01", "2026-02-01" },
			want: FieldErrors{"consent_expires_on": "story.error.consent_expires_before_given"}},
		{name: "expiry on given day", edit: func(in *StoryInput) { in.ConsentGivenOn, in.ConsentExpiresOn = "2026-03-01", "2026-03-01" },
			want: FieldErrors{"consent_expires_on": "story.error.consent_expires_before_given"}},
		{name: "expiry without given", edit: func(in *StoryInput) { in.ConsentExpiresOn = "2027-03-01" },
			want: FieldErrors{"consent_expires_on": "story.error.consent_expires_without_given"}},
		{name: "default expiry two years", edit: func(in *StoryInput) { in.ConsentGivenOn = "2026-03-10" }, expiry: "2028-03-10"},
		{name: "explicit expiry kept", edit: func(in *StoryInput) { in.ConsentGivenOn, in.ConsentExpiresOn = "2026-03-10", "2027-01-01" }, expiry: "2027-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := validInput("Fatima")
			tt.edit(&in)
			got := in.Validate(today)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: got %q, want %q", k, got[k], v)
				}
			}
			if tt.expiry != "" && in.ConsentExpiresOn != tt.expiry {
				t.Errorf("expiry %q, want %q", in.ConsentExpiresOn, tt.expiry)
			}
		})
	}
}

func TestSlugify(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"Fatima el Amrani":          "fatima-el-amrani",
		"Zoë Şahin":                 "zoe-sahin",
		"Łukasz Groß":               "lukasz-gross",
		"  Jan-Willem  van 't Hof ": "jan-willem-van-t-hof",
		"D'Souza":                   "dsouza",
		"Nguyễn Thị Ánh":            "nguyen-thi-anh",
		"Ørjan Ærø":                 "orjan-aero",
		"Ștefan Țăranu":             "stefan-taranu",
		"İlknur Ağaoğlu":            "ilknur-agaoglu",
		"Владимир":                  "",
		"--!!--":                    "",
		"Ab 12":                     "ab-12",
	}
	for in, want := range tests {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
		if got := Slugify(in); got != "" && !ValidSlug(got) {
			t.Errorf("Slugify(%q) = %q is not a valid slug", in, got)
		}
	}
	long := Slugify(strings.Repeat("abcdefghij ", 10))
	if len(long) > 60 || !ValidSlug(long) {
		t.Errorf("long name gives %q", long)
	}
}

// create stores in as a draft in its own transaction.
func create(t *testing.T, pool *pgxpool.Pool, in StoryInput) int64 {
	t.Helper()
	var id int64
	err := database.InTx(context.Background(), pool, func(tx pgx.Tx) error {
		var err error
		id, err = NewStore(tx).CreateDraft(context.Background(), in, 0, "")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func update(pool *pgxpool.Pool, id int64, in StoryInput) (Saved, error) {
	var saved Saved
	err := database.InTx(context.Background(), pool, func(tx pgx.Tx) error {
		var err error
		saved, err = NewStore(tx).Update(context.Background(), id, in, 0)
		return err
	})
	return saved, err
}

func publish(t *testing.T, pool *pgxpool.Pool, id int64) {
	t.Helper()
	_, err := pool.Exec(context.Background(), `UPDATE stories SET status = 'published', published_at = now(),
		consent_given_on = current_date - 1, consent_expires_on = current_date + 300 WHERE id = $1`, id)
	if err != nil {
		t.Fatal(err)
	}
}

func TestSlugsAreUniquePerLanguageAndOldSlugsRedirect(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)

	first := create(t, pool, validInput("Fatima el Amrani"))
	second := create(t, pool, validInput("Fátima El-Amrani"))
	en := validInput("Fatima el Amrani")
	en.Lang = i18n.EN
	english := create(t, pool, en)
	slugs := map[int64]string{}
	for _, id := range []int64{first, second, english} {
		d, err := st.ByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		slugs[id] = d.Slug
	}
	if slugs[first] != "fatima-el-amrani" || slugs[second] != "fatima-el-amrani-2" || slugs[english] != "fatima-el-amrani" {
		t.Fatalf("slugs %v", slugs)
	}

	// An editor's slug that another story uses is refused at the field.
	in := validInput("Fatima el Amrani")
	in.Slug = "fatima-el-amrani"
	in.ConsentGivenOn = Today().AddDate(0, 0, -1).Format(DateLayout)
	_, err := update(pool, second, in)
	var fe FieldErrors
	if !errors.As(err, &fe) || fe["slug"] != "story.error.slug_taken" {
		t.Fatalf("taken slug: got %v", err)
	}

	// Renaming keeps the old slug, which then redirects once the story is
	// public.
	publish(t, pool, first)
	in.Slug = "fatima"
	saved, err := update(pool, first, in)
	if err != nil {
		t.Fatal(err)
	}
	if saved.OldSlug != "fatima-el-amrani" || saved.Slug != "fatima" || !saved.Changed {
		t.Fatalf("saved %+v", saved)
	}
	if got, err := st.SlugRedirect(ctx, i18n.NL, "fatima-el-amrani"); err != nil || got != "fatima" {
		t.Errorf("redirect: %q, %v", got, err)
	}
	if _, err := st.SlugRedirect(ctx, i18n.EN, "fatima-el-amrani"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("redirect in the other language: %v", err)
	}
	if _, err := st.PublishedBySlug(ctx, i18n.NL, "fatima"); err != nil {
		t.Errorf("story not public under its new slug: %v", err)
	}

	// The old slug stays reserved for its story: a new story with that
	// name gets another one, and an editor cannot take it.
	third := create(t, pool, validInput("Fatima el Amrani"))
	if d, _ := st.ByID(ctx, third); d.Slug != "fatima-el-amrani-3" {
		t.Errorf("third story got %q", d.Slug)
	}
	in3 := validInput("Fatima el Amrani")
	in3.Slug = "fatima-el-amrani"
	if _, err := update(pool, third, in3); !errors.As(err, &fe) || fe["slug"] != "story.error.slug_taken" {
		t.Errorf("old slug of another story: got %v", err)
	}

	// Renaming back frees it from the redirects and records the other.
	in.Slug = "fatima-el-amrani"
	if _, err := update(pool, first, in); err != nil {
		t.Fatal(err)
	}
	if got, err := st.SlugRedirect(ctx, i18n.NL, "fatima"); err != nil || got != "fatima-el-amrani" {
		t.Errorf("redirect after renaming back: %q, %v", got, err)
	}
	if _, err := st.SlugRedirect(ctx, i18n.NL, "fatima-el-amrani"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("current slug still listed as old: %v", err)
	}
	old, err := st.OldSlugs(ctx, first)
	if err != nil || len(old) != 1 || old[0] != "fatima" {
		t.Errorf("old slugs %v, %v", old, err)
	}

	// A draft's old slug does not reveal its new one.
	in2 := validInput("Fátima El-Amrani")
	in2.Slug = "fatima-nieuw"
	if _, err := update(pool, second, in2); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SlugRedirect(ctx, i18n.NL, "fatima-el-amrani-2"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("draft redirect: %v", err)
	}

	// A name without Latin letters still gets a slug.
	ru := create(t, pool, validInput("Владимир"))
	if d, _ := st.ByID(ctx, ru); d.Slug != "verhaal" {
		t.Errorf("non-Latin name got slug %q", d.Slug)
	}
}

func TestCreateChecksThemesAndPortrait(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	if err := st.UpsertTheme(ctx, Theme{Slug: "leeftijd", NameNL: "Leeftijd", NameEN: "Age"}, 0); err != nil {
		t.Fatal(err)
	}
	img, err := images.NewStore(pool).Put(ctx, "image/png", 10, 10, []byte("png"))
	if err != nil {
		t.Fatal(err)
	}
	missing := img.ID + 100
	in := validInput("Bo")
	in.ThemeSlugs = []string{"leeftijd", "onbekend"}
	in.PortraitID, in.PortraitAlt = &missing, "Bo lacht"
	err = database.InTx(ctx, pool, func(tx pgx.Tx) error {
		_, err := NewStore(tx).CreateDraft(ctx, in, 0, "")
		return err
	})
	var fe FieldErrors
	if !errors.As(err, &fe) || fe["themes"] != "story.error.theme" || fe["portrait_id"] != "story.error.portrait" {
		t.Fatalf("got %v", err)
	}

	in.ThemeSlugs = []string{"leeftijd", "leeftijd"}
	in.PortraitID = &img.ID
	first, second := insertVacancy(t, pool, "eerste"), insertVacancy(t, pool, "tweede")
	in.VacancyIDs = []int64{second, first, second}
	id := create(t, pool, in)
	d, err := st.ByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != StatusDraft || d.Revision != 1 || d.Portrait == nil || d.Portrait.ID != img.ID ||
		len(d.Themes) != 1 || d.Themes[0].Slug != "leeftijd" || len(d.VacancyIDs) != 2 || d.VacancyIDs[0] != first {
		t.Errorf("stored %+v", d)
	}
}

func TestRevisionsDiffAndRestore(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	in := validInput("Sanne")
	in.ConsentGivenOn = "2025-01-15"
	id := create(t, pool, in)

	// Saving unchanged content (as typed, with other spacing) writes nothing.
	same := in
	same.PersonName = "  Sanne "
	same.BodyMarkdown = strings.ReplaceAll(in.BodyMarkdown, "\n", "\r\n") + "\n"
	same.ConsentExpiresOn = "2027-01-15"
	saved, err := update(pool, id, same)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Changed || saved.Revision != 1 {
		t.Fatalf("unchanged save wrote revision %d (changed %v)", saved.Revision, saved.Changed)
	}

	edited := in
	edited.Role = "Senior beleidsadviseur"
	edited.BodyMarkdown = "## Begin\n\nHet begon met veel twijfel.\n\nNu niet meer."
	if saved, err = update(pool, id, edited); err != nil || saved.Revision != 2 {
		t.Fatalf("save: %+v, %v", saved, err)
	}
	revs, err := st.Revisions(ctx, id)
	if err != nil || len(revs) != 2 || revs[0].Number != 2 {
		t.Fatalf("revisions %+v, %v", revs, err)
	}
	r1, err := st.Revision(ctx, id, 1)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := st.Revision(ctx, id, 2)
	if err != nil {
		t.Fatal(err)
	}
	if r1.Snapshot.Slug != "sanne" || r1.Snapshot.ConsentExpiresOn != "2027-01-15" {
		t.Errorf("revision 1 lacks the stored slug or expiry: %+v", r1.Snapshot)
	}
	diffs := Diff(r1.Snapshot, r2.Snapshot)
	if len(diffs) != 2 || diffs[0].Field != "role" || diffs[1].Field != "body_markdown" {
		t.Fatalf("diff fields %+v", diffs)
	}
	var ins, del []string
	for _, p := range diffs[1].Parts {
		switch p.Op {
		case DiffInsert:
			ins = append(ins, p.Text)
		case DiffDelete:
			del = append(del, p.Text)
		}
	}
	if strings.Join(ins, "|") != "veel " || len(del) != 0 {
		t.Errorf("body diff inserts %q deletes %q: %+v", ins, del, diffs[1].Parts)
	}
	if _, err := st.Revision(ctx, id, 9); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("missing revision: %v", err)
	}

	// Restoring revision 1 writes revision 3 with its content.
	var restored Saved
	err = database.InTx(ctx, pool, func(tx pgx.Tx) error {
		restored, err = NewStore(tx).Restore(ctx, id, 1, 0)
		return err
	})
	if err != nil || restored.Revision != 3 {
		t.Fatalf("restore: %+v, %v", restored, err)
	}
	d, err := st.ByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Role != in.Role || d.BodyMarkdown != in.BodyMarkdown || d.Revision != 3 {
		t.Errorf("after restore: role %q, revision %d", d.Role, d.Revision)
	}
	r3, _ := st.Revision(ctx, id, 3)
	if len(Diff(r1.Snapshot, r3.Snapshot)) != 0 {
		t.Errorf("revision 3 differs from 1: %+v", Diff(r1.Snapshot, r3.Snapshot))
	}
}

func TestDiffText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		old, new string
		want     []DiffPart
	}{
		{"", "", nil},
		{"same", "same", []DiffPart{{DiffEqual, "same"}}},
		{"", "new", []DiffPart{{DiffInsert, "new"}}},
		{"the cat sat", "the dog sat", []DiffPart{{DiffEqual, "the "}, {DiffDelete, "cat"}, {DiffInsert, "dog"}, {DiffEqual, " sat"}}},
		{"a\nb\nc\n", "a\nB\nc\n", []DiffPart{{DiffEqual, "a\n"}, {DiffDelete, "b"}, {DiffInsert, "B"}, {DiffEqual, "\nc\n"}}},
		{"Hallo, wereld.", "Hallo wereld!", []DiffPart{{DiffEqual, "Hallo"}, {DiffDelete, ","}, {DiffEqual, " wereld"}, {DiffDelete, "."}, {DiffInsert, "!"}}},
	}
	for _, tt := range tests {
		got := DiffText(tt.old, tt.new)
		if len(got) != len(tt.want) {
			t.Errorf("DiffText(%q, %q) = %+v, want %+v", tt.old, tt.new, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("DiffText(%q, %q) = %+v, want %+v", tt.old, tt.new, got, tt.want)
				break
			}
		}
	}
	// Whatever the input, the parts give back both texts.
	old := strings.Repeat("Een lange alinea met woorden.\n", 300)
	new := strings.Replace(old, "alinea", "paragraaf", 7) + "Slot."
	var o, n strings.Builder
	for _, p := range DiffText(old, new) {
		if p.Op != DiffInsert {
			o.WriteString(p.Text)
		}
		if p.Op != DiffDelete {
			n.WriteString(p.Text)
		}
	}
	if o.String() != old || n.String() != new {
		t.Error("diff parts do not rebuild the texts")
	}
}

func TestEditorListFilters(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	if err := st.UpsertTheme(ctx, Theme{Slug: "gender", NameNL: "Gender", NameEN: "Gender"}, 0); err != nil {
		t.Fatal(err)
	}
	a := validInput("Anna de Wit")
	a.ThemeSlugs = []string{"gender"}
	annaID := create(t, pool, a)
	bobID := create(t, pool, validInput("Bob 100%_Jansen"))
	e := validInput("Chris")
	e.Lang = i18n.EN
	chrisID := create(t, pool, e)
	publish(t, pool, bobID)
	if _, err := pool.Exec(ctx, `UPDATE stories SET deleted_at = now() WHERE id = $1`, chrisID); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `UPDATE stories SET consent_given_on = current_date - 700,
		consent_expires_on = current_date + 10 WHERE id = $1`, annaID); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		q    EditorQuery
		want []int64
	}{
		{"all outside trash", EditorQuery{}, []int64{bobID, annaID}},
		{"trash", EditorQuery{Trashed: true}, []int64{chrisID}},
		{"status", EditorQuery{Status: StatusPublished}, []int64{bobID}},
		{"lang", EditorQuery{Lang: i18n.NL, Status: StatusDraft}, []int64{annaID}},
		{"theme", EditorQuery{Theme: "gender"}, []int64{annaID}},
		{"search any case", EditorQuery{Search: "de wit"}, []int64{annaID}},
		{"search literal wildcard", EditorQuery{Search: "100%_"}, []int64{bobID}},
		{"wildcard is not one", EditorQuery{Search: "0%x"}, nil},
		{"consent expiring", EditorQuery{ConsentExpiresWithin: 30}, []int64{annaID}},
		{"second page", EditorQuery{PerPage: 1, Page: 2}, []int64{annaID}},
	}
	for _, tt := range tests {
		p, err := st.EditorList(ctx, tt.q)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []int64
		for _, s := range p.Stories {
			got = append(got, s.ID)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
	p, _ := st.EditorList(ctx, EditorQuery{PerPage: 1})
	if p.Total != 2 || p.Pages() != 2 || len(p.Stories[0].Themes) != 0 {
		t.Errorf("page: total %d pages %d", p.Total, p.Pages())
	}
	if p, _ := st.EditorList(ctx, EditorQuery{Theme: "gender"}); len(p.Stories) != 1 || len(p.Stories[0].Themes) != 1 {
		t.Errorf("themes not attached: %+v", p.Stories)
	}
}

func TestTranslationsAndPreview(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	nl := create(t, pool, validInput("Yara"))
	d, _ := st.ByID(ctx, nl)
	en := validInput("Yara")
	en.Lang = i18n.EN
	var enID int64
	err := database.InTx(ctx, pool, func(tx pgx.Tx) error {
		var err error
		enID, err = NewStore(tx).CreateDraft(ctx, en, 0, d.TranslationKey)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := st.Translations(ctx, d.TranslationKey)
	if err != nil || len(list) != 2 || list[0].ID != nl || list[1].ID != enID {
		t.Fatalf("translations %+v, %v", list, err)
	}
	// A second English story cannot join the group.
	other := create(t, pool, func() StoryInput { in := validInput("Other"); in.Lang = i18n.EN; return in }())
	if err := st.SetTranslationKey(ctx, other, d.TranslationKey); !errors.Is(err, ErrTranslationConflict) {
		t.Errorf("second English translation: %v", err)
	}
	if err := st.SetTranslationKey(ctx, enID, ""); err != nil {
		t.Fatal(err)
	}
	if list, _ := st.Translations(ctx, d.TranslationKey); len(list) != 1 {
		t.Errorf("after unlinking: %+v", list)
	}

	// Preview shows a draft as its page would.
	p, err := st.Preview(ctx, nl)
	if err != nil {
		t.Fatal(err)
	}
	if p.PersonName != "Yara" || p.BodyMarkdown == "" || p.PublishedAt.IsZero() {
		t.Errorf("preview %+v", p)
	}
	if _, err := st.PublishedBySlug(ctx, i18n.NL, p.Slug); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("draft is public: %v", err)
	}
	if _, err := st.Preview(ctx, 999999); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("missing story: %v", err)
	}
}

func TestPublicStoriesExcludesTrash(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	id := create(t, pool, validInput("Tom"))
	publish(t, pool, id)
	st := NewStore(pool)
	if _, err := st.PublishedBySlug(ctx, i18n.NL, "tom"); err != nil {
		t.Fatalf("published story not public: %v", err)
	}
	if _, err := pool.Exec(ctx, `UPDATE stories SET deleted_at = now() WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PublishedBySlug(ctx, i18n.NL, "tom"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("trashed story is public: %v", err)
	}
}

func TestKeysCoverWhatValidateReturns(t *testing.T) {
	t.Parallel()
	known := map[string]bool{}
	for _, k := range ErrorKeys() {
		known[k] = true
	}
	// Every key in this package's source that names a field error is listed.
	for _, in := range []StoryInput{{}, {Lang: "xx", Slug: "A B", ConsentGivenOn: "x", ConsentExpiresOn: "y"}} {
		for field, key := range in.Validate(time.Now()) {
			if !known[key] {
				t.Errorf("%s: key %q missing from ErrorKeys", field, key)
			}
		}
	}
	a, b := StoryInput{}, StoryInput{PersonName: "a", Role: "a", Department: "a", Slug: "a", PortraitID: new(int64(1)),
		PortraitAlt: "a", Quote: "a", Intro: "a", BodyMarkdown: "a", ThemeSlugs: []string{"a"}, VacancyIDs: []int64{1},
		Featured: true, ConsentGivenOn: "2020-01-01", ConsentExpiresOn: "2021-01-01", ConsentNote: "a"}
	var got []string
	for _, d := range Diff(a, b) {
		got = append(got, d.Field)
	}
	if strings.Join(got, ",") != strings.Join(DiffFields(), ",") {
		t.Errorf("Diff fields %v, DiffFields %v", got, DiffFields())
	}
}

// TestParseLocalDateTime checks that the schedule form's local date and
// time is read in Europe/Amsterdam with the offset of that day, across
// both changes of daylight-saving time.
func TestParseLocalDateTime(t *testing.T) {
	t.Parallel()
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name, in string
		want     time.Time
		gap      bool
	}{
		{"winter time, +01:00", "2027-01-15T09:30", utc("2027-01-15T08:30:00Z"), false},
		{"summer time, +02:00", "2027-07-01T09:30", utc("2027-07-01T07:30:00Z"), false},
		{"with seconds", "2027-07-01T09:30:15", utc("2027-07-01T07:30:15Z"), false},
		{"surrounding space", " 2027-07-01T09:30 ", utc("2027-07-01T07:30:00Z"), false},
		{"the night summer time begins, before", "2027-03-28T01:59", utc("2027-03-28T00:59:00Z"), false},
		{"the skipped hour", "2027-03-28T02:30", time.Time{}, true},
		{"the night summer time begins, after", "2027-03-28T03:00", utc("2027-03-28T01:00:00Z"), false},
		{"the hour that happens twice: the first", "2027-10-31T02:30", utc("2027-10-31T00:30:00Z"), false},
		{"the night winter time begins, after", "2027-10-31T03:00", utc("2027-10-31T02:00:00Z"), false},
		{"midnight in summer", "2027-08-01T00:00", utc("2027-07-31T22:00:00Z"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseLocalDateTime(tt.in)
			if tt.gap {
				if !errors.Is(err, ErrNoSuchLocalTime) {
					t.Fatalf("ParseLocalDateTime(%q) = %v, %v; want ErrNoSuchLocalTime", tt.in, got, err)
				}
				return
			}
			if err != nil || !got.Equal(tt.want) {
				t.Fatalf("ParseLocalDateTime(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			if got.Location() != i18n.Amsterdam() {
				t.Errorf("location %v, want Europe/Amsterdam", got.Location())
			}
		})
	}
	for _, bad := range []string{"", "morgen", "2027-02-30T10:00", "2027-07-01 09:30", "2027-07-01T25:00"} {
		if _, err := ParseLocalDateTime(bad); err == nil || errors.Is(err, ErrNoSuchLocalTime) {
			t.Errorf("ParseLocalDateTime(%q) = %v, want a format error", bad, err)
		}
	}
}
