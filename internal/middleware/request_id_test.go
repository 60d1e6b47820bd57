package middleware

import (
	"context"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestRequestID(t *testing.T) {
	generated := regexp.MustCompile(`^[0-9a-f]{32}$`)
	tests := []struct {
		name     string
		incoming string // "" sends no header
		wantKept bool
	}{
		{name: "no header generates an id", incoming: "", wantKept: false},
		{name: "valid id is kept", incoming: "abc-DEF_123.x", wantKept: true},
		{name: "single character is kept", incoming: "a", wantKept: true},
		{name: "64 characters are kept", incoming: strings.Repeat("a", 64), wantKept: true},
		{name: "65 characters are replaced", incoming: strings.Repeat("a", 65), wantKept: false},
		{name: "space is replaced", incoming: "abc def", wantKept: false},
		{name: "markup is replaced", incoming: "<script>", wantKept: false},
		{name: "newline injection is replaced", incoming: "abc\nlevel=ERROR", wantKept: false},
		{name: "non-ASCII is replaced", incoming: "verhaal-ü", wantKept: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fromCtx string
			h := RequestID(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				fromCtx = RequestIDFrom(r.Context())
			}))
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			if tt.incoming != "" {
				req.Header.Set(RequestIDHeader, tt.incoming)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)

			got := rec.Header().Get(RequestIDHeader)
			if got != fromCtx {
				t.Errorf("response header %q != context value %q", got, fromCtx)
			}
			if tt.wantKept {
				if got != tt.incoming {
					t.Errorf("id = %q, want incoming %q kept", got, tt.incoming)
				}
			} else if !generated.MatchString(got) {
				t.Errorf("id = %q, want 32 generated hex digits", got)
			}
		})
	}
}

func TestRequestIDGeneratesDistinctIDs(t *testing.T) {
	h := RequestID(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	seen := map[string]bool{}
	for range 100 {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
		id := rec.Header().Get(RequestIDHeader)
		if seen[id] {
			t.Fatalf("id %q generated twice", id)
		}
		seen[id] = true
	}
}

func TestRequestIDFromWithoutMiddleware(t *testing.T) {
	if got := RequestIDFrom(context.Background()); got != "" {
		t.Errorf("RequestIDFrom(empty context) = %q, want \"\"", got)
	}
}
