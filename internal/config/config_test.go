package config

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoadDefaults(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil {
		t.Fatalf("Load with empty environment: %v", err)
	}
	if c.Addr != ":8080" || c.BaseURL.String() != "http://localhost:8080" || c.DataDir != ".data" {
		t.Errorf("defaults: got addr %q base %q data %q", c.Addr, c.BaseURL, c.DataDir)
	}
	if c.ShutdownTimeout != 15*time.Second || c.DBMaxConns != 20 || c.SecureCookies() ||
		c.RegistrationRetention != 30*24*time.Hour {
		t.Errorf("defaults: got %+v", c)
	}
}

func TestLoadRejectsBadValues(t *testing.T) {
	tests := []struct {
		name, variable, value string
	}{
		{"addr without port", "ADDR", "localhost"},
		{"addr with bad port", "ADDR", ":99999"},
		{"relative base url", "BASE_URL", "/podium"},
		{"ftp base url", "BASE_URL", "ftp://example.nl"},
		{"mysql url", "DATABASE_URL", "mysql://u:secret@h/db"},
		{"zero connections", "DB_MAX_CONNS", "0"},
		{"words as connections", "DB_MAX_CONNS", "many"},
		{"unknown level", "LOG_LEVEL", "loud"},
		{"unknown format", "LOG_FORMAT", "xml"},
		{"duration without unit", "SHUTDOWN_TIMEOUT", "15"},
		{"negative duration", "REQUEST_TIMEOUT", "-1s"},
		{"tiny body limit", "MAX_BODY_BYTES", "10"},
		{"privileged dev port", "DEV_POSTGRES_PORT", "80"},
		{"http mail server", "SMTP_URL", "http://mail.example"},
		{"mail from without address", "MAIL_FROM", "Podium"},
		{"idle timeout in words", "SESSION_IDLE_TIMEOUT", "half an hour"},
		{"retention in days", "REGISTRATION_RETENTION", "30d"},
		{"retention of minutes", "REGISTRATION_RETENTION", "10m"},
		{"retention over a year", "REGISTRATION_RETENTION", "9000h"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(env(map[string]string{tt.variable: tt.value}))
			var cerr *Error
			if !errors.As(err, &cerr) {
				t.Fatalf("want *config.Error, got %v", err)
			}
			if cerr.Variable != tt.variable {
				t.Errorf("error names %s, want %s", cerr.Variable, tt.variable)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.variable) || strings.Contains(msg, "\n") {
				t.Errorf("want one line naming %s, got %q", tt.variable, msg)
			}
			if strings.Contains(msg, "secret") {
				t.Errorf("message leaks the password: %q", msg)
			}
		})
	}
}

func TestSecureCookiesFollowsBaseURL(t *testing.T) {
	c, err := Load(env(map[string]string{"BASE_URL": "https://werkenbij.example.nl/"}))
	if err != nil {
		t.Fatal(err)
	}
	if !c.SecureCookies() || c.BaseURL.String() != "https://werkenbij.example.nl" {
		t.Errorf("got secure=%v base=%s", c.SecureCookies(), c.BaseURL)
	}
}
