package stories

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// fillStories inserts n published Dutch stories with valid consent, one a
// minute apart, every third one carrying the theme "leeftijd".
func fillStories(tb testing.TB, pool *pgxpool.Pool, n int) {
	tb.Helper()
	ctx := context.Background()
	st := NewStore(pool)
	if err := st.UpsertTheme(ctx, Theme{Slug: "leeftijd", NameNL: "Leeftijd", NameEN: "Age"}, 0); err != nil {
		tb.Fatal(err)
	}
	_, err := pool.Exec(ctx, `
		INSERT INTO stories (lang, slug, person_name, role, department, quote, status, published_at,
			consent_given_on, consent_expires_on)
		SELECT 'nl', 'verhaal-' || g, 'Persoon ' || g, 'Adviseur', 'Directie', 'Citaat', 'published',
			now() - g * interval '1 minute', current_date - 30, current_date + 700
		FROM generate_series(1, $1) g`, n)
	if err != nil {
		tb.Fatal(err)
	}
	_, err = pool.Exec(ctx, `
		INSERT INTO story_themes (story_id, theme_id)
		SELECT s.id, t.id FROM stories s, themes t WHERE t.slug = 'leeftijd' AND s.id % 3 = 0`)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `ANALYZE`); err != nil {
		tb.Fatal(err)
	}
}

func TestPublishedPageWalksEveryStoryOnce(t *testing.T) {
	pool := testdb.New(t)
	fillStories(t, pool, 95)
	st := NewStore(pool)
	ctx := context.Background()
	for _, theme := range []string{"", "leeftijd"} {
		want := 95
		if theme != "" {
			want = 31
		}
		seen := map[int64]bool{}
		var last time.Time
		q := ListQuery{Lang: i18n.NL, Theme: theme, Limit: 10}
		for pages := 0; ; pages++ {
			p, err := st.PublishedPage(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range p.Stories {
				if seen[s.ID] {
					t.Fatalf("theme %q: story %d twice", theme, s.ID)
				}
				if !last.IsZero() && s.PublishedAt.After(last) {
					t.Fatalf("theme %q: not newest first", theme)
				}
				seen[s.ID], last = true, s.PublishedAt
			}
			if p.Next == nil {
				break
			}
			q.After = p.Next
			if pages > 20 {
				t.Fatal("paging does not end")
			}
		}
		if len(seen) != want {
			t.Errorf("theme %q: walked %d stories, want %d", theme, len(seen), want)
		}
	}
}

// BenchmarkPublishedPage compares the first page of the story list with a
// page 50 000 stories deep on a table of 100 000: with keyset paging both
// walk the same few index entries.
func BenchmarkPublishedPage(b *testing.B) {
	pool := testdb.New(b)
	fillStories(b, pool, 100_000)
	st := NewStore(pool)
	ctx := context.Background()
	var deep Cursor
	if err := pool.QueryRow(ctx, `SELECT published_at, id FROM stories ORDER BY published_at DESC, id DESC OFFSET 50000 LIMIT 1`).
		Scan(&deep.PublishedAt, &deep.ID); err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		q    ListQuery
	}{
		{"first", ListQuery{Lang: i18n.NL, Limit: 12}},
		{"deep", ListQuery{Lang: i18n.NL, Limit: 12, After: &deep}},
		{"theme-first", ListQuery{Lang: i18n.NL, Theme: "leeftijd", Limit: 12}},
		{"theme-deep", ListQuery{Lang: i18n.NL, Theme: "leeftijd", Limit: 12, After: &deep}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				p, err := st.PublishedPage(ctx, c.q)
				if err != nil || len(p.Stories) != 12 {
					b.Fatalf("%d stories, %v", len(p.Stories), err)
				}
			}
		})
	}
}
