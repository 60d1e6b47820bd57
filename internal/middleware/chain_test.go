package middleware

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"
)

// TestChain runs the order recommended in the package documentation through a
// real server, to check the middleware work together.
func TestChain(t *testing.T) {
	logger, buf := newJSONLogger()
	r := chi.NewRouter()
	r.Use(
		RequestID,
		AccessLog(logger),
		SecurityHeaders(SecurityOptions{HSTS: true}),
		Compress,
		Recover(logger, http.HandlerFunc(serveErrorPage)),
		LimitBody(1<<10),
	)
	page := strings.Repeat("<p>Verhaal</p>", 100)
	r.Get("/verhalen/{slug}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, page)
	})
	r.Get("/kapot", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"x"`)
		panic("kapot")
	})
	srv := httptest.NewServer(r)
	defer srv.Close()

	tests := []struct {
		path       string
		wantStatus int
		wantBody   string
		wantRoute  string
	}{
		{path: "/verhalen/molen", wantStatus: 200, wantBody: page, wantRoute: "/verhalen/{slug}"},
		{path: "/kapot", wantStatus: 500, wantBody: "<h1>Er ging iets mis</h1>", wantRoute: "/kapot"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			buf.Reset()
			// The default transport asks for gzip and transparently decompresses,
			// reporting that it did through Uncompressed.
			resp, err := srv.Client().Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tt.wantStatus || string(body) != tt.wantBody {
				t.Errorf("got %d %q, want %d %q", resp.StatusCode, body, tt.wantStatus, tt.wantBody)
			}
			if !resp.Uncompressed {
				t.Error("response was not gzipped")
			}
			if resp.Header.Get("Content-Security-Policy") != ContentSecurityPolicy ||
				resp.Header.Get("Strict-Transport-Security") != HSTSValue ||
				len(resp.Header.Get(RequestIDHeader)) != 32 {
				t.Errorf("security or request-id headers missing: %v", resp.Header)
			}
			if resp.Header.Get("ETag") != "" && tt.wantStatus == 500 {
				t.Errorf("ETag leaked onto the error page")
			}
			var access map[string]any
			for _, l := range logLines(t, buf) {
				if l["msg"] == "http request" {
					access = l
				}
			}
			if access == nil || access["status"] != float64(tt.wantStatus) || access["route"] != tt.wantRoute ||
				access["request_id"] != resp.Header.Get(RequestIDHeader) {
				t.Errorf("access log = %v, want status %d route %s and the response's request id", access, tt.wantStatus, tt.wantRoute)
			}
		})
	}
}
