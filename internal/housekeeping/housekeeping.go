// Package housekeeping is the periodic background job that removes what
// may not be kept: expired sessions, used or expired sign-in links, and old
// throttle counters. River runs it once per period even with several
// replicas.
package housekeeping

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/sessionstore"
)

// Args is the River job that cleans up.
type Args struct{}

// Kind names the job in River's tables.
func (Args) Kind() string { return "housekeeping" }

// Worker removes expired back-office state.
type Worker struct {
	river.WorkerDefaults[Args]
	pool     *pgxpool.Pool
	sessions *sessionstore.Store
	logger   *slog.Logger
}

// NewWorker returns the housekeeping worker.
func NewWorker(pool *pgxpool.Pool, sessions *sessionstore.Store, logger *slog.Logger) *Worker {
	return &Worker{pool: pool, sessions: sessions, logger: logger}
}

// PeriodicJobs schedules housekeeping every 15 minutes (and at start).
func PeriodicJobs() []*river.PeriodicJob {
	return []*river.PeriodicJob{
		river.NewPeriodicJob(river.PeriodicInterval(15*time.Minute),
			func() (river.JobArgs, *river.InsertOpts) { return Args{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}),
	}
}

// Work deletes expired sessions, stale sign-in links and throttle counters.
func (w *Worker) Work(ctx context.Context, _ *river.Job[Args]) error {
	sessions, err := w.sessions.DeleteExpired(ctx)
	if err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	tokens, err := accounts.NewStore(w.pool).DeleteStaleTokens(ctx)
	if err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	counters, err := accounts.NewThrottle(w.pool, accounts.DefaultThrottlePolicy()).Purge(ctx)
	if err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	w.logger.InfoContext(ctx, "housekeeping done", "sessions", sessions, "tokens", tokens, "throttle_counters", counters)
	return nil
}
