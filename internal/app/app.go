// Package app wires Podium together: it reads the configuration, opens the
// database and runs one of the subcommands of the podium binary. All wiring
// happens here, in plain code.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/assets"
	"github.com/podium-portal/podium/internal/config"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/eventadmin"
	"github.com/podium-portal/podium/internal/housekeeping"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/pgcluster"
	"github.com/podium-portal/podium/internal/seed"
	"github.com/podium-portal/podium/internal/sessionstore"
	"github.com/podium-portal/podium/internal/web"
	staticfiles "github.com/podium-portal/podium/web"
)

// UsageError reports a command line that names no known subcommand.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

const usage = `usage: podium <command>

commands:
  serve     serve the portal from DATABASE_URL (run "podium migrate" first)
  migrate   apply the database migrations to DATABASE_URL
  dev       start a private PostgreSQL under DATA_DIR (unless DATABASE_URL is set),
            migrate, load demo content into an empty database, and serve
  user add --email E --role admin|editor|partner [--partner SLUG] [--name N] [--lang nl|en]
            create a back-office user and print the link that sets the password
  partner add --slug S --name N
            create a partner organisation
  help      show this text and the environment variables`

// Env is what Run takes from the process, so tests can supply their own.
type Env struct {
	Args   []string
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// Run runs the subcommand in env.Args until it finishes or ctx is
// cancelled (SIGINT/SIGTERM), then shuts down gracefully.
func Run(ctx context.Context, env Env) error {
	if len(env.Args) == 0 {
		return &UsageError{Msg: usage}
	}
	cmd := env.Args[0]
	if cmd == "help" || cmd == "-h" || cmd == "--help" {
		fmt.Fprintln(env.Stdout, usage)
		fmt.Fprintln(env.Stdout, "\nenvironment:")
		for _, v := range config.Variables() {
			fmt.Fprintf(env.Stdout, "  %-18s %s (default %q)\n", v.Name, v.Meaning, v.Default)
		}
		return nil
	}
	cfg, err := config.Load(env.Getenv)
	if err != nil {
		return err
	}
	logger := newLogger(env.Stderr, cfg)
	switch cmd {
	case "serve":
		return runServe(ctx, cfg, logger, env.Stdout)
	case "migrate":
		return runMigrate(ctx, cfg, logger)
	case "dev":
		return runDev(ctx, cfg, logger, env.Stdout)
	case "user":
		return runUser(ctx, cfg, logger, env.Args[1:], env.Stdout)
	case "partner":
		return runPartner(ctx, cfg, env.Args[1:], env.Stdout)
	}
	return &UsageError{Msg: fmt.Sprintf("podium: unknown command %q\n%s", cmd, usage)}
}

// ExitCode maps Run's error to the process exit code: 0 on success, 2 for
// a bad configuration or command line, 1 otherwise. It writes the error
// as one line to stderr.
func ExitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, err)
	var cfgErr *config.Error
	var usageErr *UsageError
	if errors.As(err, &cfgErr) || errors.As(err, &usageErr) {
		return 2
	}
	return 1
}

func newLogger(w io.Writer, cfg config.Config) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func requireDatabaseURL(cfg config.Config, cmd string) error {
	if cfg.DatabaseURL == "" {
		return &config.Error{Variable: "DATABASE_URL", Value: "", Reason: "required by podium " + cmd + " (podium dev starts a private database instead)"}
	}
	return nil
}

func runMigrate(ctx context.Context, cfg config.Config, logger *slog.Logger) error {
	if err := requireDatabaseURL(cfg, "migrate"); err != nil {
		return err
	}
	pool, err := database.Open(ctx, cfg.DatabaseURL, 2)
	if err != nil {
		return err
	}
	defer pool.Close()
	return database.Migrate(ctx, pool, logger)
}

func runServe(ctx context.Context, cfg config.Config, logger *slog.Logger, stdout io.Writer) error {
	if err := requireDatabaseURL(cfg, "serve"); err != nil {
		return err
	}
	pool, err := database.Open(ctx, cfg.DatabaseURL, cfg.DBMaxConns)
	if err != nil {
		return err
	}
	defer pool.Close()
	return serve(ctx, cfg, pool, logger, stdout)
}

// runDev is `make run`: a private cluster under DATA_DIR unless DATABASE_URL
// is set, migrations, demo content, and the portal. On shutdown the server
// stops first, then the private cluster.
func runDev(ctx context.Context, cfg config.Config, logger *slog.Logger, stdout io.Writer) error {
	databaseURL := cfg.DatabaseURL
	if databaseURL == "" {
		cluster, err := startDevCluster(ctx, cfg, logger)
		if err != nil {
			return err
		}
		defer func() {
			stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			if err := cluster.Stop(stopCtx); err != nil {
				logger.Error("stopping PostgreSQL", "err", err)
				return
			}
			logger.Info("PostgreSQL stopped")
		}()
		databaseURL = cluster.URL("podium")
		fmt.Fprintf(stdout, "PostgreSQL (private, data in %s): DATABASE_URL=%s\n", cfg.DataDir, databaseURL)
	}
	pool, err := database.Open(ctx, databaseURL, cfg.DBMaxConns)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := database.Migrate(ctx, pool, logger); err != nil {
		return err
	}
	if _, err := seed.IfEmpty(ctx, pool, time.Now(), logger); err != nil {
		return err
	}
	if err := seed.EnsureDemoUsers(ctx, pool); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Demo sign-in at %s/login, password %q for each:\n", cfg.BaseURL, seed.DemoPassword)
	for _, u := range seed.DemoUsers() {
		fmt.Fprintf(stdout, "  %-8s %s\n", u.Role, u.Email)
	}
	if cfg.SMTPURL == "" {
		fmt.Fprintf(stdout, "Mail is kept, not sent: read it at %s/admin/outbox\n", cfg.BaseURL)
	}
	return serve(ctx, cfg, pool, logger, stdout)
}

func startDevCluster(ctx context.Context, cfg config.Config, logger *slog.Logger) (*pgcluster.Cluster, error) {
	dir, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	port := cfg.DevPostgresPort
	if !portFree(port) {
		logger.Info("preferred PostgreSQL port taken, using a free one", "port", port)
		port = 0
	}
	return pgcluster.Start(ctx, pgcluster.Options{
		DataDir: filepath.Join(dir, "postgres"),
		Port:    port,
		Logger:  logger,
		Durable: true,
	})
}

func portFree(port int) bool {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return false
	}
	ln.Close()
	return true
}

// serve runs the background workers and the HTTP server until ctx is
// done; then the server lets in-flight requests finish and the workers
// finish their jobs.
func serve(ctx context.Context, cfg config.Config, pool *pgxpool.Pool, logger *slog.Logger, stdout io.Writer) error {
	static, err := assets.New(staticfiles.Static())
	if err != nil {
		return err
	}
	sender, err := mail.NewSender(cfg.SMTPURL, cfg.MailFrom)
	if err != nil {
		return &config.Error{Variable: "SMTP_URL", Value: "", Reason: err.Error()}
	}
	sessions := newSessionStore(pool, cfg)
	workers := river.NewWorkers()
	river.AddWorker(workers, mail.NewSendWorker(pool, sender, logger, nil))
	river.AddWorker(workers, housekeeping.NewWorker(pool, sessions, logger))
	editorial.AddWorkers(workers, pool, cfg.BaseURL, logger)
	eventadmin.AddWorkers(workers, pool, cfg.BaseURL, cfg.RegistrationRetention, logger)
	periodic := append(housekeeping.PeriodicJobs(), editorial.PeriodicJobs()...)
	periodic = append(periodic, eventadmin.PeriodicJobs()...)
	jobClient, err := jobs.NewClient(pool, workers, logger, periodic)
	if err != nil {
		return err
	}
	if err := jobClient.Start(ctx); err != nil {
		return fmt.Errorf("start background jobs: %w", err)
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
		defer cancel()
		if err := jobClient.Stop(stopCtx); err != nil {
			logger.Error("stopping background jobs", "err", err)
		}
	}()

	registry := prometheus.NewRegistry()
	registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	server := web.NewServer(web.Config{
		Logger:         logger,
		Pool:           pool,
		Assets:         static,
		Registry:       registry,
		HSTS:           cfg.SecureCookies(),
		MaxBodyBytes:   cfg.MaxBodyBytes,
		RequestTimeout: cfg.RequestTimeout,
		BaseURL:        cfg.BaseURL,
		Sessions:       sessions,
		Jobs:           jobClient,
		Throttle:       accounts.NewThrottle(pool, accounts.DefaultThrottlePolicy()),
	})
	return listenAndServe(ctx, cfg, server.Handler(), logger, stdout)
}

// newSessionStore is the back-office session store for cfg.
func newSessionStore(pool *pgxpool.Pool, cfg config.Config) *sessionstore.Store {
	return sessionstore.New(pool, sessionstore.Options{
		CookieName:      web.SessionCookie,
		Secure:          cfg.SecureCookies(),
		IdleTimeout:     cfg.SessionIdleTimeout,
		AbsoluteTimeout: cfg.SessionMaxAge,
	})
}

// listenAndServe serves handler on cfg.Addr until ctx is done, then stops
// accepting connections and lets requests whose handlers are running finish
// within cfg.ShutdownTimeout.
func listenAndServe(ctx context.Context, cfg config.Config, handler http.Handler, logger *slog.Logger, stdout io.Writer) error {
	httpServer := web.NewHTTPServer(cfg.Addr, handler, cfg.RequestTimeout)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	fmt.Fprintf(stdout, "Podium is running at http://%s (public address %s); stop with Ctrl-C\n",
		displayAddr(ln.Addr()), cfg.BaseURL)

	serveErr := make(chan error, 1)
	go func() { serveErr <- httpServer.Serve(ln) }()
	select {
	case err := <-serveErr:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down: letting in-flight requests finish", "timeout", cfg.ShutdownTimeout)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := httpServer.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("http server shutdown: %w", err)
	}
	if err := <-serveErr; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http server: %w", err)
	}
	logger.Info("http server stopped")
	return nil
}

// displayAddr shows a wildcard listen address as localhost, which a reader
// can paste into a browser.
func displayAddr(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return a.String()
	}
	return net.JoinHostPort("localhost", strconv.Itoa(tcp.Port))
}
