package metrics

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// newLazyPool returns a pool that never connects unless asked to: nothing
// listens on port 1.
func newLazyPool(t *testing.T, maxConns int32) *pgxpool.Pool {
	t.Helper()
	cfg, err := pgxpool.ParseConfig("postgres://x@127.0.0.1:1/x")
	if err != nil {
		t.Fatal(err)
	}
	cfg.MaxConns = maxConns
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}

func TestPoolCollector(t *testing.T) {
	pool := newLazyPool(t, 7)
	// An acquire with a canceled context is refused and counted as canceled.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if conn, err := pool.Acquire(ctx); err == nil {
		conn.Release()
		t.Fatal("Acquire with a canceled context succeeded")
	}

	c := NewPoolCollector(pool)
	const want = `
# HELP podium_db_pool_acquire_count_total Successful connection acquires.
# TYPE podium_db_pool_acquire_count_total counter
podium_db_pool_acquire_count_total 0
# HELP podium_db_pool_acquire_duration_seconds_total Total time spent in successful acquires.
# TYPE podium_db_pool_acquire_duration_seconds_total counter
podium_db_pool_acquire_duration_seconds_total 0
# HELP podium_db_pool_acquired_conns Connections currently checked out of the pool.
# TYPE podium_db_pool_acquired_conns gauge
podium_db_pool_acquired_conns 0
# HELP podium_db_pool_canceled_acquire_count_total Acquires canceled by their context.
# TYPE podium_db_pool_canceled_acquire_count_total counter
podium_db_pool_canceled_acquire_count_total 1
# HELP podium_db_pool_empty_acquire_count_total Successful acquires that found no idle connection and had to wait or open one.
# TYPE podium_db_pool_empty_acquire_count_total counter
podium_db_pool_empty_acquire_count_total 0
# HELP podium_db_pool_idle_conns Idle connections in the pool.
# TYPE podium_db_pool_idle_conns gauge
podium_db_pool_idle_conns 0
# HELP podium_db_pool_max_conns Maximum size of the pool.
# TYPE podium_db_pool_max_conns gauge
podium_db_pool_max_conns 7
# HELP podium_db_pool_total_conns Connections in the pool, acquired, idle or being opened.
# TYPE podium_db_pool_total_conns gauge
podium_db_pool_total_conns 0
`
	if err := testutil.CollectAndCompare(c, strings.NewReader(want)); err != nil {
		t.Error(err)
	}

	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(c)
	if problems, err := testutil.GatherAndLint(reg); err != nil || len(problems) != 0 {
		t.Errorf("lint: %v %v", problems, err)
	}
	if n := testutil.CollectAndCount(c); n != 8 {
		t.Errorf("collector yields %d metrics, want 8", n)
	}
}

// TestPoolCollectorReadsAtScrape checks values are read when collected, not
// when the collector was created.
func TestPoolCollectorReadsAtScrape(t *testing.T) {
	pool := newLazyPool(t, 3)
	c := NewPoolCollector(pool)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range 2 {
		if conn, err := pool.Acquire(ctx); err == nil {
			conn.Release()
		}
	}
	const want = `
# HELP podium_db_pool_canceled_acquire_count_total Acquires canceled by their context.
# TYPE podium_db_pool_canceled_acquire_count_total counter
podium_db_pool_canceled_acquire_count_total 2
`
	if err := testutil.CollectAndCompare(c, strings.NewReader(want), "podium_db_pool_canceled_acquire_count_total"); err != nil {
		t.Error(err)
	}
}
