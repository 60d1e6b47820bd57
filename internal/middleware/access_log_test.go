package middleware

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-chi/chi/v5"
)

func TestAccessLog(t *testing.T) {
	logger, buf := newJSONLogger()
	r := chi.NewRouter()
	r.Use(RequestID, AccessLog(logger))
	r.Get("/verhalen/{slug}", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "hello")
	})
	r.Get("/stil", func(w http.ResponseWriter, r *http.Request) {})
	r.Get("/stuk", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	})
	r.Route("/admin", func(r chi.Router) {
		r.Get("/verhalen/{id}/bewerk", func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusForbidden)
		})
	})

	tests := []struct {
		name       string
		method     string
		target     string
		wantPath   string
		wantRoute  string
		wantStatus int
		wantBytes  int
		wantLevel  string
	}{
		{name: "matched route", method: "GET", target: "/verhalen/de-molen?ref=x", wantPath: "/verhalen/de-molen",
			wantRoute: "/verhalen/{slug}", wantStatus: 200, wantBytes: 5, wantLevel: "INFO"},
		{name: "empty response is 200", method: "GET", target: "/stil", wantPath: "/stil",
			wantRoute: "/stil", wantStatus: 200, wantBytes: 0, wantLevel: "INFO"},
		{name: "nested route", method: "GET", target: "/admin/verhalen/7/bewerk", wantPath: "/admin/verhalen/7/bewerk",
			wantRoute: "/admin/verhalen/{id}/bewerk", wantStatus: 403, wantBytes: 0, wantLevel: "INFO"},
		{name: "unmatched", method: "GET", target: "/nergens", wantPath: "/nergens",
			wantRoute: "unmatched", wantStatus: 404, wantBytes: len("404 page not found\n"), wantLevel: "INFO"},
		{name: "server error", method: "GET", target: "/stuk", wantPath: "/stuk",
			wantRoute: "/stuk", wantStatus: 503, wantBytes: len("down\n"), wantLevel: "ERROR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			buf.Reset()
			req := httptest.NewRequest(tt.method, tt.target, nil)
			req.RemoteAddr = "192.0.2.7:4321"
			req.Header.Set("User-Agent", "test-agent/1")
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, req)

			lines := logLines(t, buf)
			if len(lines) != 1 {
				t.Fatalf("got %d log lines, want 1: %s", len(lines), buf)
			}
			l := lines[0]
			want := map[string]any{
				"level":      tt.wantLevel,
				"method":     tt.method,
				"path":       tt.wantPath,
				"route":      tt.wantRoute,
				"status":     float64(tt.wantStatus),
				"bytes":      float64(tt.wantBytes),
				"request_id": rec.Header().Get(RequestIDHeader),
				"remote":     "192.0.2.7:4321",
				"user_agent": "test-agent/1",
			}
			for k, v := range want {
				if l[k] != v {
					t.Errorf("%s = %#v, want %#v", k, l[k], v)
				}
			}
			if d, ok := l["duration_ms"].(float64); !ok || d < 0 {
				t.Errorf("duration_ms = %#v, want a non-negative number", l["duration_ms"])
			}
			if _, ok := l["aborted"]; ok {
				t.Errorf("aborted present on a normal request")
			}
		})
	}
}

func TestAccessLogAbortedRequest(t *testing.T) {
	logger, buf := newJSONLogger()
	r := chi.NewRouter()
	r.Use(AccessLog(logger))
	r.Get("/weg", func(w http.ResponseWriter, r *http.Request) {
		panic(http.ErrAbortHandler)
	})

	v := mustPanicWith(t, func() {
		r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/weg", nil))
	})
	if v != http.ErrAbortHandler {
		t.Fatalf("panic value = %v, want http.ErrAbortHandler passed on", v)
	}
	lines := logLines(t, buf)
	if len(lines) != 1 {
		t.Fatalf("got %d log lines, want 1: %s", len(lines), buf)
	}
	l := lines[0]
	if l["level"] != "ERROR" || l["aborted"] != true || l["route"] != "/weg" || l["status"] != float64(500) {
		t.Errorf("log line = %v, want level ERROR, aborted true, route /weg, status 500", l)
	}
}
