package middleware

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// serveErrorPage stands in for the styled 500 page.
func serveErrorPage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	_, _ = io.WriteString(w, "<h1>Er ging iets mis</h1>")
}

func TestRecover(t *testing.T) {
	tests := []struct {
		name       string
		handler    http.HandlerFunc
		wantStatus int
		wantBody   string
		wantLog    []string // substrings of the log output; nil means no log
	}{
		{
			name:       "panic with a string serves the error page",
			handler:    func(w http.ResponseWriter, r *http.Request) { panic("kapotte molen") },
			wantStatus: 500,
			wantBody:   "<h1>Er ging iets mis</h1>",
			wantLog:    []string{`"level":"ERROR"`, `"panic":"kapotte molen"`, `"request_id":"req-42"`, "recover_test.go", `"path":"/p"`},
		},
		{
			name:       "panic with an error serves the error page",
			handler:    func(w http.ResponseWriter, r *http.Request) { panic(errors.New("db weg")) },
			wantStatus: 500,
			wantBody:   "<h1>Er ging iets mis</h1>",
			wantLog:    []string{`"panic":"db weg"`, `"stack":"goroutine`},
		},
		{
			name: "headers of the panicking handler are dropped",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("ETag", `"v1"`)
				w.Header().Set("Set-Cookie", "half=done")
				w.Header().Set("Content-Type", "application/json")
				panic("na headers")
			},
			wantStatus: 500,
			wantBody:   "<h1>Er ging iets mis</h1>",
			wantLog:    []string{`"panic":"na headers"`},
		},
		{
			name: "no panic passes through",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(http.StatusTeapot)
				_, _ = io.WriteString(w, "gewoon")
			},
			wantStatus: 418,
			wantBody:   "gewoon",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logger, buf := newJSONLogger()
			h := RequestID(SecurityHeaders(SecurityOptions{})(Recover(logger, http.HandlerFunc(serveErrorPage))(tt.handler)))
			req := httptest.NewRequest(http.MethodGet, "/p", nil)
			req.Header.Set(RequestIDHeader, "req-42")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)

			if rec.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d", rec.Code, tt.wantStatus)
			}
			if got := rec.Body.String(); got != tt.wantBody {
				t.Errorf("body = %q, want %q", got, tt.wantBody)
			}
			// Headers set before Recover survive on the error page.
			if rec.Header().Get("Content-Security-Policy") != ContentSecurityPolicy || rec.Header().Get(RequestIDHeader) != "req-42" {
				t.Errorf("earlier middleware's headers lost: %v", rec.Header())
			}
			if tt.wantStatus == 500 {
				for _, k := range []string{"ETag", "Set-Cookie"} {
					if v := rec.Header().Get(k); v != "" {
						t.Errorf("%s = %q leaked onto the error page", k, v)
					}
				}
				if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
					t.Errorf("Content-Type = %q, want the error page's", ct)
				}
			}
			logged := buf.String()
			if tt.wantLog == nil && logged != "" {
				t.Errorf("unexpected log: %s", logged)
			}
			for _, s := range tt.wantLog {
				if !strings.Contains(logged, s) {
					t.Errorf("log lacks %q:\n%s", s, logged)
				}
			}
		})
	}
}

func TestRecoverRepanicsAbortHandler(t *testing.T) {
	logger, buf := newJSONLogger()
	h := Recover(logger, http.HandlerFunc(serveErrorPage))(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic(http.ErrAbortHandler)
	}))
	rec := httptest.NewRecorder()
	v := mustPanicWith(t, func() { h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil)) })
	if v != http.ErrAbortHandler {
		t.Errorf("panic value = %v, want http.ErrAbortHandler", v)
	}
	if rec.Body.Len() != 0 || buf.Len() != 0 {
		t.Errorf("ErrAbortHandler produced body %q and log %q, want neither", rec.Body, buf)
	}
}

func TestRecoverAfterResponseBegan(t *testing.T) {
	logger, buf := newJSONLogger()
	h := Recover(logger, http.HandlerFunc(serveErrorPage))(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "half a pa")
		panic("te laat")
	}))
	rec := httptest.NewRecorder()
	v := mustPanicWith(t, func() { h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil)) })
	if v != http.ErrAbortHandler {
		t.Errorf("panic value = %v, want http.ErrAbortHandler so the connection is cut", v)
	}
	if got := rec.Body.String(); got != "half a pa" {
		t.Errorf("body = %q, want only what the handler wrote", got)
	}
	if !strings.Contains(buf.String(), `"panic":"te laat"`) {
		t.Errorf("panic not logged: %s", buf)
	}
}

// TestRecoverAfterResponseBeganCutsConnection checks, through a real server,
// that a client cannot mistake a half-written page for a complete one.
func TestRecoverAfterResponseBeganCutsConnection(t *testing.T) {
	logger, _ := newJSONLogger()
	srv := httptest.NewServer(Recover(logger, http.HandlerFunc(serveErrorPage))(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "half a pa")
		_ = http.NewResponseController(w).Flush()
		panic("te laat")
	})))
	defer srv.Close()

	resp, err := srv.Client().Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err == nil {
		t.Errorf("read %q without error, want the truncated body to fail", body)
	}
}

func TestRecoverNilOnPanic(t *testing.T) {
	logger, _ := newJSONLogger()
	mustPanicWith(t, func() { Recover(logger, nil) })
}
