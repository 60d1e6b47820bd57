package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/assets"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/sessionstore"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/testdb"
	staticfiles "github.com/podium-portal/podium/web"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// testSite is a Podium server on a fresh database.
type testSite struct {
	t        *testing.T
	pool     *pgxpool.Pool
	server   *Server
	http     *httptest.Server
	sessions *sessionstore.Store
	clock    *testClock
}

// testClock is the sessions' and throttle's clock, moved on by tests.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func newTestSite(t *testing.T) *testSite {
	t.Helper()
	pool := testdb.New(t)
	static, err := assets.New(staticfiles.Static())
	if err != nil {
		t.Fatal(err)
	}
	jobClient, err := jobs.NewInsertOnlyClient(pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The server's own URL is known only once it listens, so the handler
	// is swapped in after httptest.NewServer.
	var handler http.Handler
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { handler.ServeHTTP(w, r) }))
	t.Cleanup(hs.Close)
	base, _ := url.Parse(hs.URL)
	site := &testSite{t: t, pool: pool, http: hs, clock: &testClock{now: time.Now()}}
	site.sessions = sessionstore.New(pool, sessionstore.Options{
		CookieName: SessionCookie, IdleTimeout: 30 * time.Minute, AbsoluteTimeout: 12 * time.Hour, Now: site.clock.Now})
	policy := accounts.DefaultThrottlePolicy()
	policy.Now = site.clock.Now
	site.server = NewServer(Config{
		Logger:         slog.New(slog.NewTextHandler(io.Discard, nil)),
		Pool:           pool,
		Assets:         static,
		Registry:       prometheus.NewRegistry(),
		MaxBodyBytes:   1 << 20,
		RequestTimeout: time.Minute,
		BaseURL:        base,
		Sessions:       site.sessions,
		Jobs:           jobClient,
		Throttle:       accounts.NewThrottle(pool, policy),
		PasswordParams: testPasswordParams,
	})
	handler = site.server.Handler()
	return site
}

// get fetches path without following redirects.
func (s *testSite) get(path string, header ...string) *http.Response {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodGet, s.http.URL+path, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// page fetches path, asserts the status and parses the HTML.
func (s *testSite) page(path string, wantStatus int) *goquery.Document {
	s.t.Helper()
	resp := s.get(path)
	if resp.StatusCode != wantStatus {
		body, _ := io.ReadAll(resp.Body)
		s.t.Fatalf("GET %s: status %d, want %d\n%s", path, resp.StatusCode, wantStatus, body)
	}
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	return doc
}

// storySpec describes a story a test needs; zero fields get defaults.
type storySpec struct {
	key, slug, name string
	lang            i18n.Lang
	themes          []string
	featured        bool
	status          string
	publishedAt     time.Time
	consentGiven    *time.Time
	consentExpires  *time.Time
	withdrawn       bool
}

// addThemes creates the themes used in tests.
func (s *testSite) addThemes(slugs ...string) {
	s.t.Helper()
	st := stories.NewStore(s.pool)
	for i, slug := range slugs {
		if err := st.UpsertTheme(context.Background(), stories.Theme{Slug: slug, NameNL: "NL " + slug, NameEN: "EN " + slug}, i); err != nil {
			s.t.Fatal(err)
		}
	}
}

func (s *testSite) addStory(sp storySpec) int64 {
	s.t.Helper()
	ctx := context.Background()
	if sp.lang == "" {
		sp.lang = i18n.NL
	}
	if sp.status == "" {
		sp.status = "published"
	}
	if sp.publishedAt.IsZero() {
		sp.publishedAt = time.Now().Add(-time.Hour)
	}
	if sp.name == "" {
		sp.name = "Persoon " + sp.slug
	}
	if sp.consentGiven == nil {
		given := time.Now().AddDate(0, -1, 0)
		sp.consentGiven = &given
	}
	img, err := images.NewStore(s.pool).Put(ctx, "image/svg+xml", 640, 640,
		[]byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><!--`+sp.slug+`--></svg>`))
	if err != nil {
		s.t.Fatal(err)
	}
	id, err := stories.NewStore(s.pool).Create(ctx, stories.NewStory{
		TranslationKey: sp.key,
		Lang:           sp.lang,
		Slug:           sp.slug,
		PersonName:     sp.name,
		Role:           "Beleidsadviseur",
		Department:     "Directie Arbeidsmarkt",
		PortraitID:     &img.ID,
		PortraitAlt:    "Illustratie van " + sp.name,
		Quote:          "Hier mag ik zijn wie ik ben.",
		Intro:          "Een introductie over " + sp.name + ".",
		BodyMarkdown:   "### Hoe begon het?\n\nMet *twijfel*.\n\n<script>alert('x')</script>",
		Featured:       sp.featured,
		Status:         sp.status,
		PublishedAt:    &sp.publishedAt,
		ConsentGivenOn: sp.consentGiven,
		ConsentExpires: sp.consentExpires,
		ThemeSlugs:     sp.themes,
	})
	if err != nil {
		s.t.Fatal(err)
	}
	if sp.withdrawn {
		if _, err := s.pool.Exec(ctx, `UPDATE stories SET consent_withdrawn_on = current_date WHERE id = $1`, id); err != nil {
			s.t.Fatal(err)
		}
	}
	return id
}
