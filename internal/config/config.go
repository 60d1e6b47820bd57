// Package config loads Podium's settings from environment variables, once, at
// start. Every setting has a default; a bad value is reported as one line that
// names the variable.
package config

import (
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config holds every setting Podium reads from its environment.
type Config struct {
	// Addr is the TCP address the HTTP server listens on (ADDR).
	Addr string
	// BaseURL is the public address of the portal, used in links and mails
	// and to decide whether cookies are Secure (BASE_URL).
	BaseURL *url.URL
	// DatabaseURL selects an existing database; empty means "podium dev"
	// starts a private cluster under DataDir (DATABASE_URL).
	DatabaseURL string
	// DataDir holds the private PostgreSQL cluster of "podium dev" (DATA_DIR).
	DataDir string
	// DevPostgresPort is the port the private cluster prefers (DEV_POSTGRES_PORT).
	DevPostgresPort int
	// DBMaxConns caps the database connection pool (DB_MAX_CONNS).
	DBMaxConns int32
	// LogLevel is the minimum level written to the log (LOG_LEVEL).
	LogLevel slog.Level
	// LogFormat is "text" or "json" (LOG_FORMAT).
	LogFormat string
	// ShutdownTimeout bounds how long in-flight requests may take to finish
	// after SIGINT or SIGTERM (SHUTDOWN_TIMEOUT).
	ShutdownTimeout time.Duration
	// RequestTimeout bounds the handling of one request (REQUEST_TIMEOUT).
	RequestTimeout time.Duration
	// MaxBodyBytes caps the size of a request body (MAX_BODY_BYTES).
	MaxBodyBytes int64
	// SMTPURL is where mail goes; empty keeps every mail in the outbox
	// (SMTP_URL).
	SMTPURL string
	// MailFrom is the sender of Podium's mails (MAIL_FROM).
	MailFrom string
	// SessionIdleTimeout ends a back-office session after this long
	// without a request (SESSION_IDLE_TIMEOUT).
	SessionIdleTimeout time.Duration
	// SessionMaxAge ends a back-office session this long after sign-in,
	// however active (SESSION_MAX_AGE).
	SessionMaxAge time.Duration
	// RegistrationRetention is how long after an event its registrations,
	// with the candidates' personal data, are kept (REGISTRATION_RETENTION).
	RegistrationRetention time.Duration
}

// Error is a configuration error; its message names the variable at fault.
type Error struct {
	Variable string
	Value    string
	Reason   string
}

func (e *Error) Error() string {
	return fmt.Sprintf("configuration: %s=%q is invalid: %s", e.Variable, e.Value, e.Reason)
}

// Variable documents one environment variable for the README and --help.
type Variable struct {
	Name, Default, Meaning string
}

// Variables lists every environment variable Podium reads, with its default.
func Variables() []Variable {
	return []Variable{
		{"ADDR", ":8080", "address the HTTP server listens on"},
		{"BASE_URL", "http://localhost:8080", "public address of the portal; https makes cookies Secure and turns on HSTS"},
		{"DATABASE_URL", "", "PostgreSQL connection string; when set, `podium dev` starts no private cluster"},
		{"DATA_DIR", ".data", "where `podium dev` keeps its private PostgreSQL cluster"},
		{"DEV_POSTGRES_PORT", "54329", "port the private cluster prefers (another free port is used when taken)"},
		{"DB_MAX_CONNS", "20", "maximum connections in the database pool (1–1000)"},
		{"LOG_LEVEL", "info", "debug, info, warn or error"},
		{"LOG_FORMAT", "text", "text or json"},
		{"SHUTDOWN_TIMEOUT", "15s", "time in-flight requests get to finish on SIGINT/SIGTERM"},
		{"REQUEST_TIMEOUT", "30s", "upper bound on handling one request"},
		{"MAX_BODY_BYTES", "16777216", "largest request body accepted, in bytes; image uploads stop at 16 MiB whatever this says"},
		{"SMTP_URL", "", "mail server, smtp://user:pass@host:587 (STARTTLS) or smtps://…:465; empty keeps every mail in /admin/outbox"},
		{"MAIL_FROM", "Podium <noreply@podium.example>", "sender address of Podium's mails"},
		{"SESSION_IDLE_TIMEOUT", "30m", "a back-office session ends after this long without a request"},
		{"SESSION_MAX_AGE", "12h", "a back-office session ends this long after sign-in"},
		{"REGISTRATION_RETENTION", "720h", "registrations for an event, with the candidates' details, are deleted this long after it ends (1h–8760h)"},
	}
}

// Load reads the configuration through getenv (os.Getenv in production) and
// validates it. It returns an *Error for the first invalid variable.
func Load(getenv func(string) string) (Config, error) {
	get := func(name string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		for _, v := range Variables() {
			if v.Name == name {
				return v.Default
			}
		}
		return ""
	}
	var c Config
	var err error

	c.Addr = get("ADDR")
	if _, port, splitErr := net.SplitHostPort(c.Addr); splitErr != nil {
		return c, &Error{"ADDR", c.Addr, "want host:port, for example :8080"}
	} else if n, convErr := strconv.Atoi(port); convErr != nil || n < 0 || n > 65535 {
		return c, &Error{"ADDR", c.Addr, "port must be a number from 0 to 65535"}
	}

	base := get("BASE_URL")
	c.BaseURL, err = url.Parse(strings.TrimSuffix(base, "/"))
	if err != nil || (c.BaseURL.Scheme != "http" && c.BaseURL.Scheme != "https") || c.BaseURL.Host == "" {
		return c, &Error{"BASE_URL", base, "want an absolute http or https URL, for example https://werkenbij.example.nl"}
	}

	c.DatabaseURL = get("DATABASE_URL")
	if c.DatabaseURL != "" {
		u, parseErr := url.Parse(c.DatabaseURL)
		if parseErr != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			return c, &Error{"DATABASE_URL", redact(c.DatabaseURL), "want a postgres:// URL"}
		}
	}
	c.DataDir = get("DATA_DIR")

	if c.DevPostgresPort, err = intIn(get, "DEV_POSTGRES_PORT", 1024, 65535); err != nil {
		return c, err
	}
	maxConns, err := intIn(get, "DB_MAX_CONNS", 1, 1000)
	if err != nil {
		return c, err
	}
	c.DBMaxConns = int32(maxConns)

	level := get("LOG_LEVEL")
	if err := c.LogLevel.UnmarshalText([]byte(level)); err != nil {
		return c, &Error{"LOG_LEVEL", level, "want debug, info, warn or error"}
	}
	c.LogFormat = get("LOG_FORMAT")
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return c, &Error{"LOG_FORMAT", c.LogFormat, "want text or json"}
	}

	if c.ShutdownTimeout, err = duration(get, "SHUTDOWN_TIMEOUT"); err != nil {
		return c, err
	}
	if c.RequestTimeout, err = duration(get, "REQUEST_TIMEOUT"); err != nil {
		return c, err
	}
	body := get("MAX_BODY_BYTES")
	c.MaxBodyBytes, err = strconv.ParseInt(body, 10, 64)
	if err != nil || c.MaxBodyBytes < 1024 {
		return c, &Error{"MAX_BODY_BYTES", body, "want a whole number of bytes, at least 1024"}
	}
	c.SMTPURL = get("SMTP_URL")
	if c.SMTPURL != "" {
		u, err := url.Parse(c.SMTPURL)
		if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Host == "" {
			return c, &Error{"SMTP_URL", redact(c.SMTPURL), "want smtp://host:port or smtps://host:port"}
		}
	}
	c.MailFrom = get("MAIL_FROM")
	if _, err := mail.ParseAddress(c.MailFrom); err != nil {
		return c, &Error{"MAIL_FROM", c.MailFrom, "want an address such as Podium <noreply@example.nl>"}
	}
	if c.SessionIdleTimeout, err = duration(get, "SESSION_IDLE_TIMEOUT"); err != nil {
		return c, err
	}
	if c.SessionMaxAge, err = duration(get, "SESSION_MAX_AGE"); err != nil {
		return c, err
	}
	retention := get("REGISTRATION_RETENTION")
	if c.RegistrationRetention, err = time.ParseDuration(retention); err != nil ||
		c.RegistrationRetention < time.Hour || c.RegistrationRetention > 8760*time.Hour {
		return c, &Error{"REGISTRATION_RETENTION", retention, "want a duration from 1h to 8760h (a year), for example 720h for 30 days"}
	}
	return c, nil
}

// SecureCookies reports whether cookies must carry the Secure flag.
func (c Config) SecureCookies() bool { return c.BaseURL.Scheme == "https" }

func intIn(get func(string) string, name string, lo, hi int) (int, error) {
	v := get(name)
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, &Error{name, v, fmt.Sprintf("want a whole number from %d to %d", lo, hi)}
	}
	return n, nil
}

func duration(get func(string) string, name string) (time.Duration, error) {
	v := get(name)
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, &Error{name, v, "want a positive duration such as 15s or 2m"}
	}
	return d, nil
}

// redact hides a password in a connection URL so it never reaches a log.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		if i := strings.Index(raw, "@"); i >= 0 {
			return "…" + raw[i:]
		}
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
