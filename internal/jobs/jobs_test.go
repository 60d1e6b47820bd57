package jobs_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

type pingArgs struct {
	N int `json:"n"`
}

func (pingArgs) Kind() string { return "test_ping" }

func TestMigrateRiverIsSafeAcrossReplicas(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	// Start from a database without River's tables, as on a first deploy.
	migrator, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionDown, &rivermigrate.MigrateOpts{TargetVersion: -1}); err != nil {
		t.Fatal(err)
	}
	// Three replicas start at once, then one restarts.
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Go(func() { errs[i] = jobs.MigrateRiver(ctx, pool, nil) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("replica %d: %v", i, err)
		}
	}
	if err := jobs.MigrateRiver(ctx, pool, nil); err != nil {
		t.Errorf("restart: %v", err)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM river_job`).Scan(&n); err != nil {
		t.Fatalf("river_job missing after migration: %v", err)
	}
}

func TestInsertOnlyClientInsertsInTheCallersTransaction(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	client, err := jobs.NewInsertOnlyClient(pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, commit := range []bool{false, true} {
		_ = database.InTx(ctx, pool, func(tx pgx.Tx) error {
			if _, err := client.InsertTx(ctx, tx, pingArgs{N: 1}, nil); err != nil {
				t.Fatal(err)
			}
			if !commit {
				return context.Canceled
			}
			return nil
		})
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE kind = 'test_ping'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("%d jobs, want only the committed one", n)
	}
}

func TestClientWorksJobs(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	done := make(chan int, 1)
	workers := river.NewWorkers()
	river.AddWorker(workers, river.WorkFunc(func(_ context.Context, job *river.Job[pingArgs]) error {
		done <- job.Args.N
		return nil
	}))
	client, err := jobs.NewClient(pool, workers, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := client.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		_ = client.Stop(stopCtx)
	})
	if _, err := client.Insert(ctx, pingArgs{N: 42}, nil); err != nil {
		t.Fatal(err)
	}
	select {
	case n := <-done:
		if n != 42 {
			t.Errorf("worked job with N=%d, want 42", n)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("job not worked within 10s")
	}
}

func TestNewClientRefusesPeriodicJobsWithoutWorkers(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	periodic := river.NewPeriodicJob(river.PeriodicInterval(time.Hour),
		func() (river.JobArgs, *river.InsertOpts) { return pingArgs{}, nil }, nil)
	if _, err := jobs.NewClient(pool, nil, nil, []*river.PeriodicJob{periodic}); err == nil {
		t.Error("insert-only client with periodic jobs was created")
	}
}
