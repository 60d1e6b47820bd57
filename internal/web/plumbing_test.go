package web

import (
	"compress/gzip"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/middleware"
)

func TestPagesAnswerIfNoneMatchWith304(t *testing.T) {
	site := newTestSite(t)
	site.addStory(storySpec{slug: "etag"})
	for _, path := range []string{"/", "/verhalen", "/verhalen/etag", "/en"} {
		first := site.get(path)
		etag := first.Header.Get("ETag")
		if !strings.HasPrefix(etag, `W/"`) {
			t.Fatalf("%s: ETag %q", path, etag)
		}
		again := site.get(path, "If-None-Match", etag)
		body, _ := io.ReadAll(again.Body)
		if again.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("%s: revalidation gave %d with %d bytes", path, again.StatusCode, len(body))
		}
		if stale := site.get(path, "If-None-Match", `W/"other"`); stale.StatusCode != http.StatusOK {
			t.Errorf("%s: stale ETag gave %d", path, stale.StatusCode)
		}
	}
	// A change to the content changes the ETag.
	before := site.get("/verhalen").Header.Get("ETag")
	site.addStory(storySpec{slug: "nieuw"})
	if after := site.get("/verhalen").Header.Get("ETag"); after == before {
		t.Error("ETag unchanged after a new story")
	}
}

func TestStaticFilesAreFingerprintedAndImmutable(t *testing.T) {
	site := newTestSite(t)
	doc := site.page("/", http.StatusOK)
	href, _ := doc.Find(`link[rel="stylesheet"]`).Attr("href")
	if !strings.HasPrefix(href, "/static/site.") || !strings.HasSuffix(href, ".css") || len(href) < len("/static/site.0123456789ab.css") {
		t.Fatalf("stylesheet URL %q is not fingerprinted", href)
	}
	resp := site.get(href)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", href, resp.StatusCode)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
		t.Errorf("Cache-Control %q", cc)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("Content-Type %q", ct)
	}
	for _, stale := range []string{"/static/site.000000000000.css", "/static/site.css"} {
		if got := site.get(stale).StatusCode; got != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", stale, got)
		}
	}
}

func TestSecurityHeadersOnPages(t *testing.T) {
	site := newTestSite(t)
	resp := site.get("/verhalen")
	want := map[string]string{
		"Content-Security-Policy": middleware.ContentSecurityPolicy,
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "strict-origin-when-cross-origin",
	}
	for k, v := range want {
		if got := resp.Header.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	csp := resp.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP not strict: %q", csp)
	}
	if resp.Header.Get("Permissions-Policy") == "" || resp.Header.Get("X-Request-ID") == "" {
		t.Error("missing Permissions-Policy or X-Request-ID")
	}
	// No inline script or style anywhere in the page: the CSP would block it.
	doc := site.page("/verhalen", http.StatusOK)
	if doc.Find("script, style, [style]").Length() != 0 {
		t.Error("page contains inline script or style")
	}
}

func TestErrorPagesAreStyled(t *testing.T) {
	site := newTestSite(t)
	tests := []struct {
		path   string
		status int
		lang   i18n.Lang
		key    string
	}{
		{"/bestaat-niet", http.StatusNotFound, i18n.NL, "error.404"},
		{"/verhalen/bestaat-niet", http.StatusNotFound, i18n.NL, "error.404"},
		{"/en/stories/missing", http.StatusNotFound, i18n.EN, "error.404"},
		{"/en/nothing-here", http.StatusNotFound, i18n.EN, "error.404"},
	}
	for _, tt := range tests {
		doc := site.page(tt.path, tt.status)
		if got := doc.Find("h1").Text(); got != i18n.T(tt.lang, tt.key+".title") {
			t.Errorf("%s: h1 %q", tt.path, got)
		}
		if doc.Find("a.skip-link").Length() != 1 || doc.Find(`link[rel="stylesheet"]`).Length() != 1 {
			t.Errorf("%s: error page lacks the layout", tt.path)
		}
	}
	resp := site.get("/verhalen", "Content-Type", "text/plain")
	req, _ := http.NewRequest(http.MethodPost, site.http.URL+"/verhalen", strings.NewReader("x"))
	post, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	post.Body.Close()
	if resp.StatusCode != http.StatusOK || post.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /verhalen: %d, want 405", post.StatusCode)
	}
}

func TestInternalErrorsBecomeStyled500WithoutDetails(t *testing.T) {
	site := newTestSite(t)
	var logs strings.Builder
	site.server.logger = slog.New(slog.NewTextHandler(&logs, nil))
	failing := site.server.handle(func(w http.ResponseWriter, r *http.Request) error {
		return errors.New("pq: secret table exploded")
	})
	panicking := middleware.Recover(site.server.logger, http.HandlerFunc(site.server.servePanic))(
		http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	for name, h := range map[string]http.Handler{"error": failing, "panic": panicking} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/x", nil))
		body := rec.Body.String()
		if rec.Code != http.StatusInternalServerError {
			t.Errorf("%s: status %d", name, rec.Code)
		}
		if !strings.Contains(body, i18n.T(i18n.NL, "error.500.title")) || !strings.Contains(body, `class="skip-link"`) {
			t.Errorf("%s: not the styled 500 page", name)
		}
		if strings.Contains(body, "secret table") || strings.Contains(body, "boom") {
			t.Errorf("%s: page leaks the error", name)
		}
	}
	if !strings.Contains(logs.String(), "secret table exploded") || !strings.Contains(logs.String(), "boom") {
		t.Errorf("errors not logged: %s", logs.String())
	}
}

func TestOperationsEndpoints(t *testing.T) {
	site := newTestSite(t)
	site.addStory(storySpec{slug: "m"})
	if r := site.get("/healthz"); r.StatusCode != http.StatusOK {
		t.Errorf("/healthz: %d", r.StatusCode)
	}
	if r := site.get("/readyz"); r.StatusCode != http.StatusOK {
		t.Errorf("/readyz: %d", r.StatusCode)
	}
	site.get("/verhalen/m")
	body, _ := io.ReadAll(site.get("/metrics").Body)
	for _, want := range []string{
		`podium_http_requests_total{method="GET",route="/verhalen/{slug}",status="200"}`,
		`podium_http_request_duration_seconds_bucket{method="GET",route="/verhalen/{slug}"`,
		`podium_db_pool_max_conns`,
		`podium_db_pool_acquired_conns`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	site.pool.Close()
	if r := site.get("/readyz"); r.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz with the database gone: %d, want 503", r.StatusCode)
	}
}

func TestMediaIsServedImmutable(t *testing.T) {
	site := newTestSite(t)
	site.addStory(storySpec{slug: "beeld"})
	src, _ := site.page("/verhalen/beeld", http.StatusOK).Find("img.story__portrait").Attr("src")
	resp := site.get(src)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "image/svg+xml" {
		t.Fatalf("GET %s: %d %s", src, resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("Cache-Control %q", cc)
	}
	if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "sandbox") {
		t.Error("SVG served without a sandboxing CSP")
	}
	for _, bad := range []string{strings.TrimSuffix(src, ".svg") + ".png", "/media/" + strings.Repeat("0", 64) + ".svg", "/media/../etc/passwd"} {
		if got := site.get(bad).StatusCode; got != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", bad, got)
		}
	}
}

func TestPagesAreCompressedForClientsThatAsk(t *testing.T) {
	site := newTestSite(t)
	plain := site.get("/verhalen")
	if plain.Header.Get("Content-Encoding") != "" {
		t.Fatalf("compressed without Accept-Encoding")
	}
	want, _ := io.ReadAll(plain.Body)
	resp := site.get("/verhalen", "Accept-Encoding", "gzip")
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if string(got) != string(want) {
		t.Error("gzip body differs from the plain one")
	}
}
