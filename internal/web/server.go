// Package web is Podium's HTTP layer: the routes, the handlers that turn
// requests into calls on the stores, and the adapter that turns handler
// errors into styled error pages.
package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/sessionstore"
	"github.com/podium-portal/podium/internal/useradmin"

	"github.com/podium-portal/podium/internal/assets"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/markdown"
	"github.com/podium-portal/podium/internal/metrics"
	"github.com/podium-portal/podium/internal/stories"

	"github.com/podium-portal/podium/internal/inclusive"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/internal/vacancyadmin"
)

// Config is what the HTTP layer needs; every field is required.
type Config struct {
	Logger   *slog.Logger
	Pool     *pgxpool.Pool
	Assets   *assets.Assets
	Registry *prometheus.Registry
	// HSTS turns on Strict-Transport-Security (when the portal runs on https).
	HSTS bool
	// MaxBodyBytes caps a request body.
	MaxBodyBytes int64
	// RequestTimeout bounds one request's context.
	RequestTimeout time.Duration
	// BaseURL is the portal's public address: links in mails, trusted
	// origin for cross-site request forgery checks.
	BaseURL *url.URL
	// Sessions keeps the back-office sessions.
	Sessions *sessionstore.Store
	// Jobs inserts background jobs (mail delivery) in transactions.
	Jobs *river.Client[pgx.Tx]
	// Throttle slows down and locks out password guessing.
	Throttle *accounts.Throttle
	// PasswordParams is the argon2id cost of new password hashes; the
	// zero value means accounts.DefaultPasswordParams. Tests lower it.
	PasswordParams accounts.PasswordParams
}

// Server holds the handlers' dependencies.
type Server struct {
	logger   *slog.Logger
	pool     *pgxpool.Pool
	assets   *assets.Assets
	stories  *stories.Store
	images   *images.Store
	markdown *markdown.Renderer
	metrics  *metrics.HTTP
	registry *prometheus.Registry
	accounts *accounts.Store
	users    *useradmin.Service
	outbox   *mail.Outbox
	audit    *audit.Log
	editor   *editorial.Service
	// Vacancies: the store, the editors' operations with their audit, and
	// the inclusive-language check of vacancy and story texts.
	vacancies    *vacancies.Store
	vacancyAdmin *vacancyadmin.Service
	inclusive    *inclusive.Checker
	// imageSlots bounds how many uploads are decoded and resized at once
	// (see processUpload): each can take hundreds of megabytes.
	imageSlots chan struct{}
	cfg        Config
}

// NewServer wires the handlers to their stores.
func NewServer(cfg Config) *Server {
	cfg.Registry.MustRegister(metrics.NewPoolCollector(cfg.Pool))
	acc := accounts.NewStoreWithOptions(cfg.Pool, accounts.StoreOptions{Password: cfg.PasswordParams})
	return &Server{
		accounts: acc,
		users:    useradmin.New(cfg.Pool, acc, cfg.Sessions, cfg.Jobs, cfg.BaseURL),
		outbox:   mail.NewOutbox(cfg.Pool, cfg.Jobs),
		audit:    audit.NewLog(cfg.Pool),
		editor:   editorial.New(cfg.Pool, cfg.Jobs, cfg.BaseURL, cfg.Logger),
		logger:   cfg.Logger,
		pool:     cfg.Pool,
		assets:   cfg.Assets,
		stories:  stories.NewStore(cfg.Pool),
		images:   images.NewStore(cfg.Pool),
		markdown: markdown.New(),
		metrics:  metrics.NewHTTP(cfg.Registry),
		registry: cfg.Registry,
		cfg:      cfg,

		imageSlots: make(chan struct{}, maxImageProcessing),

		vacancies:    vacancies.NewStore(cfg.Pool),
		vacancyAdmin: vacancyadmin.New(cfg.Pool),
		inclusive:    mustInclusiveChecker(),
	}
}

// mustInclusiveChecker compiles the inclusive-language word lists, which
// are embedded in the binary: like a regular expression in the source, a
// list that does not parse is a programming error, and the inclusive
// package's tests catch it before it ships.
func mustInclusiveChecker() *inclusive.Checker {
	c, err := inclusive.New()
	if err != nil {
		panic(err)
	}
	return c
}

// NewHTTPServer returns an http.Server for handler with timeouts that
// protect against slow clients.
func NewHTTPServer(addr string, handler http.Handler, requestTimeout time.Duration) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       requestTimeout,
		WriteTimeout:      requestTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// readyTimeout bounds the database check of /readyz.
const readyTimeout = 2 * time.Second

func (s *Server) ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	return s.pool.Ping(ctx)
}
