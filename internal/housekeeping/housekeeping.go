// Package housekeeping is the periodic background job that keeps stored
// state honest: it removes what may not be kept (expired sessions, used or
// expired sign-in links, old throttle counters) and records as closed the
// vacancies whose closing date has passed. River runs it once per period
// even with several replicas.
package housekeeping

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/sessionstore"
	"github.com/podium-portal/podium/internal/vacancies"
)

// Args is the River job that cleans up.
type Args struct{}

// Kind names the job in River's tables.
func (Args) Kind() string { return "housekeeping" }

// Worker removes expired back-office state and closes expired vacancies.
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

// Period is how often housekeeping runs. A vacancy leaves the public site
// the moment its closing date passes (the open_vacancies view); its status
// follows within one period.
const Period = 15 * time.Minute

// PeriodicJobs schedules housekeeping every Period (and at start).
func PeriodicJobs() []*river.PeriodicJob {
	return []*river.PeriodicJob{
		river.NewPeriodicJob(river.PeriodicInterval(Period),
			func() (river.JobArgs, *river.InsertOpts) { return Args{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}),
	}
}

// Work deletes expired sessions, stale sign-in links and throttle counters,
// and closes the published vacancies past their closing date (see
// vacancies.Store.CloseExpired). The steps are independent: one that fails
// does not keep the others from running, and the job fails (River retries
// it) with every step's error.
func (w *Worker) Work(ctx context.Context, _ *river.Job[Args]) error {
	var errs []error
	step := func(name string, fn func(context.Context) (int, error)) int {
		n, err := fn(ctx)
		if err != nil {
			errs = append(errs, fmt.Errorf("housekeeping: %s: %w", name, err))
		}
		return n
	}
	sessions := step("sessions", func(ctx context.Context) (int, error) {
		n, err := w.sessions.DeleteExpired(ctx)
		return int(n), err
	})
	tokens := step("tokens", func(ctx context.Context) (int, error) {
		n, err := accounts.NewStore(w.pool).DeleteStaleTokens(ctx)
		return int(n), err
	})
	counters := step("throttle", func(ctx context.Context) (int, error) {
		n, err := accounts.NewThrottle(w.pool, accounts.DefaultThrottlePolicy()).Purge(ctx)
		return int(n), err
	})
	closed := step("vacancies", vacancies.NewStore(w.pool).CloseExpired)
	if err := errors.Join(errs...); err != nil {
		return err
	}
	w.logger.InfoContext(ctx, "housekeeping done", "sessions", sessions, "tokens", tokens,
		"throttle_counters", counters, "vacancies_closed", closed)
	return nil
}
