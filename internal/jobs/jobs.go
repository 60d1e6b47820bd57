// Package jobs sets up River, the PostgreSQL-backed job queue that runs
// Podium's background work (sending mail, periodic clean-ups).
//
// Jobs live in PostgreSQL tables next to Podium's own, so a job can be
// inserted in the same transaction as the change that calls for it: it
// exists exactly when that change committed. Several replicas may run a
// working client against one database: River fetches jobs with
// SELECT … FOR UPDATE SKIP LOCKED, so each job is worked by one replica at a
// time, and periodic jobs are enqueued only by the elected leader, so they
// run once per schedule however many replicas there are.
package jobs

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// MaxWorkers is how many jobs one process works at the same time in the
// default queue. Mail and clean-ups are light; five keeps the database pool
// free for page requests.
const MaxWorkers = 5

// migrateLockKey is the PostgreSQL advisory lock that serialises River's
// migrations when several replicas start at once ("podium" as int64 bytes,
// followed by "rv").
const migrateLockKey int64 = 0x706f6469756d7276

// NewClient returns a River client on pool. With workers it works the
// default queue with up to MaxWorkers jobs at a time once Start is called,
// and it enqueues periodic (may be nil) while it is the leader among the
// replicas. With nil workers it is an insert-only client, for the command
// line and tests: it inserts jobs (InsertTx) but must not be started.
//
// A job inserted with InsertTx is visible to workers only after the
// transaction commits; River works each job once at a time even when several
// replicas run a client against the same database.
func NewClient(pool *pgxpool.Pool, workers *river.Workers, logger *slog.Logger, periodic []*river.PeriodicJob) (*river.Client[pgx.Tx], error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg := &river.Config{
		Logger:       logger,
		PeriodicJobs: periodic,
	}
	if workers != nil {
		cfg.Workers = workers
		cfg.Queues = map[string]river.QueueConfig{
			river.QueueDefault: {MaxWorkers: MaxWorkers},
		}
	} else if len(periodic) > 0 {
		return nil, fmt.Errorf("jobs.NewClient: periodic jobs need workers")
	}
	client, err := river.NewClient(riverpgxv5.New(pool), cfg)
	if err != nil {
		return nil, fmt.Errorf("jobs.NewClient: %w", err)
	}
	return client, nil
}

// NewInsertOnlyClient returns a client that inserts jobs but never works
// them, as NewClient does with nil workers.
func NewInsertOnlyClient(pool *pgxpool.Pool, logger *slog.Logger) (*river.Client[pgx.Tx], error) {
	return NewClient(pool, nil, logger, nil)
}

// MigrateRiver creates or upgrades River's tables (river_job, river_leader,
// river_queue, …) to the version this build of River needs, logging each
// version it applies. It is safe to call on every start and from several
// replicas at once: an advisory lock makes the replicas take turns.
func MigrateRiver(ctx context.Context, pool *pgxpool.Pool, logger *slog.Logger) error {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	migrator, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Logger: logger})
	if err != nil {
		return fmt.Errorf("jobs.MigrateRiver: %w", err)
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("jobs.MigrateRiver: acquire: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrateLockKey); err != nil {
		return fmt.Errorf("jobs.MigrateRiver: lock: %w", err)
	}
	defer func() {
		// Should the unlock fail, closing the session releases the lock.
		if _, err := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrateLockKey); err != nil {
			_ = conn.Conn().Close(context.WithoutCancel(ctx))
		}
	}()
	res, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil)
	if err != nil {
		return fmt.Errorf("jobs.MigrateRiver: %w", err)
	}
	for _, v := range res.Versions {
		logger.Info("river migration applied", "version", v.Version, "name", v.Name, "duration", v.Duration)
	}
	return nil
}
