package middleware

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestSecurityHeaders(t *testing.T) {
	common := map[string]string{
		"Content-Security-Policy":      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
		"X-Content-Type-Options":       "nosniff",
		"Referrer-Policy":              "strict-origin-when-cross-origin",
		"Permissions-Policy":           "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
		"X-Frame-Options":              "DENY",
		"Cross-Origin-Opener-Policy":   "same-origin",
		"Cross-Origin-Resource-Policy": "same-origin",
	}
	tests := []struct {
		name     string
		opts     SecurityOptions
		wantHSTS string
	}{
		{name: "without HSTS", opts: SecurityOptions{}, wantHSTS: ""},
		{name: "with HSTS", opts: SecurityOptions{HSTS: true}, wantHSTS: "max-age=63072000; includeSubDomains"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := SecurityHeaders(tt.opts)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(http.StatusNotFound)
			}))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
			for k, want := range common {
				if got := rec.Header().Values(k); len(got) != 1 || got[0] != want {
					t.Errorf("%s = %q, want exactly %q", k, got, want)
				}
			}
			if got := rec.Header().Get("Strict-Transport-Security"); got != tt.wantHSTS {
				t.Errorf("Strict-Transport-Security = %q, want %q", got, tt.wantHSTS)
			}
		})
	}
}

func TestContentSecurityPolicyIsStrict(t *testing.T) {
	for _, weak := range []string{"unsafe-inline", "unsafe-eval", "nonce-", "*"} {
		if strings.Contains(ContentSecurityPolicy, weak) {
			t.Errorf("ContentSecurityPolicy contains %q", weak)
		}
	}
}

func TestSecurityHeadersHandlerCanOverride(t *testing.T) {
	h := SecurityHeaders(SecurityOptions{})(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Frame-Options", "SAMEORIGIN")
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if got := rec.Header().Get("X-Frame-Options"); got != "SAMEORIGIN" {
		t.Errorf("X-Frame-Options = %q, want the handler's override", got)
	}
}
