// Package database opens Podium's PostgreSQL pool, applies the embedded
// migrations and runs transactions. Repositories in other packages take a
// Querier so that their methods work both on the pool and inside InTx.
package database

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"

	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/migrations"
)

// Querier is what both *pgxpool.Pool and pgx.Tx offer; repository methods
// accept it so they run inside or outside a transaction.
type Querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// ErrNotFound is returned by repositories when the requested record does not
// exist or is not visible to the caller. The HTTP layer answers it with 404.
var ErrNotFound = errors.New("not found")

// Open connects a pool to databaseURL with at most maxConns connections and
// checks that the database answers.
func Open(ctx context.Context, databaseURL string, maxConns int32) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(databaseURL)
	if err != nil {
		return nil, fmt.Errorf("database.Open: parse url: %w", err)
	}
	if maxConns > 0 {
		cfg.MaxConns = maxConns
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "podium"
	cfg.ConnConfig.RuntimeParams["timezone"] = "Europe/Amsterdam"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("database.Open: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("database.Open: ping: %w", err)
	}
	return pool, nil
}

// InTx runs fn in a transaction on pool. It commits when fn returns nil and
// rolls back when fn returns an error or panics (the panic is re-raised).
func InTx(ctx context.Context, pool *pgxpool.Pool, fn func(tx pgx.Tx) error) (err error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("database.InTx: begin: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback(ctx)
			panic(p)
		}
		if err != nil {
			_ = tx.Rollback(ctx)
		}
	}()
	if err = fn(tx); err != nil {
		return err
	}
	if err = tx.Commit(ctx); err != nil {
		return fmt.Errorf("database.InTx: commit: %w", err)
	}
	return nil
}

// Migrate applies every embedded migration not yet recorded in the database,
// in order, each in its own transaction, and then River's migrations for the
// job queue (package jobs). It logs each version applied.
func Migrate(ctx context.Context, pool *pgxpool.Pool, logger *slog.Logger) error {
	if err := migrateFS(ctx, pool, migrations.FS, logger); err != nil {
		return err
	}
	if err := jobs.MigrateRiver(ctx, pool, logger); err != nil {
		return fmt.Errorf("database.Migrate: %w", err)
	}
	return nil
}

func migrateFS(ctx context.Context, pool *pgxpool.Pool, fsys fs.FS, logger *slog.Logger) error {
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close()
	// Out-of-order migrations are allowed: features are built in parallel, and a
	// development database may have applied a later number first.
	provider, err := goose.NewProvider(goose.DialectPostgres, db, fsys, goose.WithAllowOutofOrder(true))
	if err != nil {
		return fmt.Errorf("database.Migrate: %w", err)
	}
	results, err := provider.Up(ctx)
	if err != nil {
		return fmt.Errorf("database.Migrate: %w", err)
	}
	for _, r := range results {
		if logger != nil {
			logger.Info("migration applied", "version", r.Source.Version, "file", r.Source.Path, "duration", r.Duration)
		}
	}
	return nil
}
