package seed

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/demo"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/testdb"
	"github.com/podium-portal/podium/internal/vacancies"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// rowCounts counts the rows of every table the demo fills.
func rowCounts(t *testing.T, pool *pgxpool.Pool) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, table := range []string{"stories", "story_vacancies", "vacancies", "vacancy_revisions",
		"partners", "events", "event_revisions", "images"} {
		var n int
		if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		counts[table] = n
	}
	return counts
}

func TestIfEmptyLoadsDemoContentOnce(t *testing.T) {
	ctx := context.Background()
	pool := testdb.New(t)
	now := time.Now()
	loaded, err := IfEmpty(ctx, pool, now, discard())
	if err != nil || !loaded {
		t.Fatalf("IfEmpty on an empty database = %v, %v", loaded, err)
	}
	before := rowCounts(t, pool)

	t.Run("vacancy search finds the open vacancies", func(t *testing.T) {
		vs := vacancies.NewStore(pool)
		for _, l := range i18n.Langs() {
			var want []string
			for _, v := range demo.Vacancies() {
				if v.Lang == string(l) && v.Open() {
					want = append(want, v.Slug)
				}
			}
			res, err := vs.Search(ctx, vacancies.Query{Lang: l, Limit: vacancies.MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range res.Vacancies {
				got = append(got, v.Slug)
			}
			slices.Sort(got)
			slices.Sort(want)
			if res.Total != len(want) || !slices.Equal(got, want) {
				t.Errorf("%s: search found %d (%v), want the %d open demo vacancies %v", l, res.Total, got, len(want), want)
			}
			res, err = vs.Search(ctx, vacancies.Query{Lang: l, Labels: []string{"banenafspraak"}})
			if err != nil {
				t.Fatal(err)
			}
			if l == i18n.NL && res.Total < 2 {
				t.Errorf("nl: %d Banenafspraak vacancies found, want at least 2", res.Total)
			}
		}
	})

	t.Run("vacancy pages", func(t *testing.T) {
		vs := vacancies.NewStore(pool)
		closed := 0
		for _, v := range demo.Vacancies() {
			got, err := vs.PublishedBySlug(ctx, i18n.Lang(v.Lang), v.Slug)
			if err != nil {
				t.Errorf("%s/%s: %v", v.Lang, v.Slug, err)
				continue
			}
			if !got.ClosingDate.Equal(v.ClosingDate(now)) {
				t.Errorf("%s/%s closes on %s, want %s", v.Lang, v.Slug, got.ClosingDate, v.ClosingDate(now))
			}
			if got.PublishedAt == nil || got.PublishedAt.After(now.AddDate(0, 0, -v.PublishedDaysAgo)) {
				t.Errorf("%s/%s published at %v, want %d days before the load", v.Lang, v.Slug, got.PublishedAt, v.PublishedDaysAgo)
			}
			if v.Open() {
				if got.Closed || got.Status != vacancies.StatusPublished {
					t.Errorf("%s/%s: status %s, closed %v; want it open", v.Lang, v.Slug, got.Status, got.Closed)
				}
				continue
			}
			closed++
			if !got.Closed || got.Status != vacancies.StatusClosed {
				t.Errorf("%s/%s: status %s, closed %v; want it closed", v.Lang, v.Slug, got.Status, got.Closed)
			}
			revs, err := vs.Revisions(ctx, got.ID)
			if err != nil || len(revs) != 3 {
				t.Fatalf("%s/%s: revisions %v, %v; want created, published, closed", v.Lang, v.Slug, revs, err)
			}
			last, err := vs.Revision(ctx, got.ID, revs[0].Number)
			if err != nil {
				t.Fatal(err)
			}
			if last.Snapshot.ClosingDate != got.Input().ClosingDate || last.Snapshot.Status != vacancies.StatusClosed {
				t.Errorf("%s/%s: latest revision closes %s with status %s, the vacancy %s", v.Lang, v.Slug,
					last.Snapshot.ClosingDate, last.Snapshot.Status, got.Input().ClosingDate)
			}
		}
		if closed == 0 {
			t.Error("no demo vacancy is closed")
		}
	})

	t.Run("translations share a key", func(t *testing.T) {
		vs := vacancies.NewStore(pool)
		for _, v := range demo.Vacancies() {
			if v.Lang != "en" {
				continue
			}
			en, err := vs.PublishedBySlug(ctx, i18n.EN, v.Slug)
			if err != nil {
				t.Fatal(err)
			}
			nl, err := vs.TranslationSlug(ctx, en.TranslationKey, i18n.NL)
			if err != nil {
				t.Errorf("%s: no Dutch translation: %v", v.Slug, err)
				continue
			}
			orig, _ := vs.PublishedBySlug(ctx, i18n.NL, nl)
			if orig.Title == "" || orig.Province != en.Province {
				t.Errorf("%s: translation %q does not match", v.Slug, nl)
			}
		}
	})

	t.Run("stories link open vacancies of their language", func(t *testing.T) {
		ss := stories.NewStore(pool)
		links := 0
		for _, s := range demo.Stories() {
			var want []string
			for _, v := range demo.Vacancies() {
				if v.Lang == s.Lang && slices.Contains(v.Stories, s.Key) {
					want = append(want, v.Slug)
				}
			}
			story, err := ss.PublishedBySlug(ctx, i18n.Lang(s.Lang), s.Slug)
			if err != nil {
				t.Fatal(err)
			}
			open, err := ss.OpenVacancies(ctx, story.ID, i18n.Lang(s.Lang))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range open {
				got = append(got, v.Slug)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s/%s links %v, want %v", s.Lang, s.Slug, got, want)
			}
			links += len(got)
		}
		if links == 0 {
			t.Error("no story links a vacancy")
		}
	})

	t.Run("partners are public with a logo", func(t *testing.T) {
		list, err := partners.NewStore(pool).Public(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != len(demo.Partners()) {
			t.Fatalf("%d public partners, want %d", len(list), len(demo.Partners()))
		}
		for _, p := range list {
			if p.Logo == nil || p.Logo.ContentType != "image/svg+xml" || p.LogoAlt == "" || p.DescriptionNL == "" || len(p.FocusAreas) == 0 {
				t.Errorf("%s: logo %v, alt %q, %d focus areas", p.Slug, p.Logo, p.LogoAlt, len(p.FocusAreas))
			}
		}
	})

	t.Run("agenda", func(t *testing.T) {
		es := events.NewStore(pool)
		var upcoming, past []string
		for _, e := range demo.Events() {
			if e.InDays < 0 {
				past = append(past, e.TitleNL)
			} else {
				upcoming = append(upcoming, e.TitleNL)
			}
		}
		titles := func(p events.Page) []string {
			var out []string
			for _, e := range p.Events {
				out = append(out, e.TitleNL)
			}
			slices.Sort(out)
			return out
		}
		slices.Sort(upcoming)
		page, err := es.Upcoming(ctx, events.ListQuery{Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		if got := titles(page); !slices.Equal(got, upcoming) {
			t.Errorf("agenda lists %v, want %v", got, upcoming)
		}
		fromPartners := 0
		for _, e := range page.Events {
			if !e.Public() || !e.AcceptsRegistrations(now) {
				t.Errorf("%s: public %v, accepts registrations %v", e.Slug, e.Public(), e.AcceptsRegistrations(now))
			}
			if e.PartnerID != nil {
				fromPartners++
			}
		}
		if fromPartners == 0 {
			t.Error("no upcoming event comes from a partner")
		}
		archive, err := es.Archive(ctx, events.ListQuery{Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		if got := titles(archive); !slices.Equal(got, past) {
			t.Errorf("archive lists %v, want %v", got, past)
		}
		var pending int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM event_revisions WHERE status = 'pending'`).Scan(&pending); err != nil || pending != 0 {
			t.Errorf("%d submissions wait for moderation (%v), want none", pending, err)
		}
	})

	t.Run("the demo partner user joins a demo partner", func(t *testing.T) {
		if err := EnsureDemoUsers(ctx, pool); err != nil {
			t.Fatal(err)
		}
		acc := accounts.NewStore(pool)
		p, err := acc.PartnerBySlug(ctx, demoPartnerSlug)
		if err != nil {
			t.Fatal(err)
		}
		if p.Name != demo.Partners()[0].Name || demoPartnerSlug != demo.Partners()[0].Slug {
			t.Errorf("demo partner user belongs to %q, want the demo partner %q", p.Name, demo.Partners()[0].Name)
		}
	})

	loaded, err = IfEmpty(ctx, pool, now, discard())
	if err != nil || loaded {
		t.Fatalf("second IfEmpty = %v, %v; want nothing loaded", loaded, err)
	}
	after := rowCounts(t, pool)
	for table, n := range before {
		if after[table] != n {
			t.Errorf("%s: %d rows after the second IfEmpty, %d before", table, after[table], n)
		}
	}
}

func TestIfEmptyLeavesADatabaseInUse(t *testing.T) {
	ctx := context.Background()
	pool := testdb.New(t)
	if _, err := partners.NewStore(pool).Create(ctx, "eigen-partner", partners.Profile{Name: "Eigen partner"}); err != nil {
		t.Fatal(err)
	}
	loaded, err := IfEmpty(ctx, pool, time.Now(), discard())
	if err != nil || loaded {
		t.Fatalf("IfEmpty with a partner = %v, %v; want nothing loaded", loaded, err)
	}
	counts := rowCounts(t, pool)
	if counts["stories"] != 0 || counts["vacancies"] != 0 || counts["events"] != 0 || counts["partners"] != 1 {
		t.Errorf("rows after IfEmpty: %v", counts)
	}
}
