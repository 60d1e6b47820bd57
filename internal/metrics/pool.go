package metrics

import (
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
)

// poolCollector reads pgxpool statistics at scrape time, so the numbers are
// never stale and nothing runs between scrapes.
type poolCollector struct {
	pool *pgxpool.Pool

	acquiredConns, idleConns, totalConns, maxConns *prometheus.Desc
	acquireCount, canceledAcquireCount             *prometheus.Desc
	emptyAcquireCount, acquireDuration             *prometheus.Desc
}

// NewPoolCollector returns a collector for pool's statistics, to be registered
// by the caller: the gauges podium_db_pool_acquired_conns, _idle_conns,
// _total_conns and _max_conns, and the counters
// podium_db_pool_acquire_count_total, _canceled_acquire_count_total,
// _empty_acquire_count_total (acquires that had to wait for or open a
// connection) and _acquire_duration_seconds_total.
func NewPoolCollector(pool *pgxpool.Pool) prometheus.Collector {
	desc := func(name, help string) *prometheus.Desc {
		return prometheus.NewDesc("podium_db_pool_"+name, help, nil, nil)
	}
	return &poolCollector{
		pool:                 pool,
		acquiredConns:        desc("acquired_conns", "Connections currently checked out of the pool."),
		idleConns:            desc("idle_conns", "Idle connections in the pool."),
		totalConns:           desc("total_conns", "Connections in the pool, acquired, idle or being opened."),
		maxConns:             desc("max_conns", "Maximum size of the pool."),
		acquireCount:         desc("acquire_count_total", "Successful connection acquires."),
		canceledAcquireCount: desc("canceled_acquire_count_total", "Acquires canceled by their context."),
		emptyAcquireCount:    desc("empty_acquire_count_total", "Successful acquires that found no idle connection and had to wait or open one."),
		acquireDuration:      desc("acquire_duration_seconds_total", "Total time spent in successful acquires."),
	}
}

// Describe implements prometheus.Collector.
func (c *poolCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{
		c.acquiredConns, c.idleConns, c.totalConns, c.maxConns,
		c.acquireCount, c.canceledAcquireCount, c.emptyAcquireCount, c.acquireDuration,
	} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *poolCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.pool.Stat()
	gauge := func(d *prometheus.Desc, v float64) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v)
	}
	counter := func(d *prometheus.Desc, v float64) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, v)
	}
	gauge(c.acquiredConns, float64(s.AcquiredConns()))
	gauge(c.idleConns, float64(s.IdleConns()))
	gauge(c.totalConns, float64(s.TotalConns()))
	gauge(c.maxConns, float64(s.MaxConns()))
	counter(c.acquireCount, float64(s.AcquireCount()))
	counter(c.canceledAcquireCount, float64(s.CanceledAcquireCount()))
	counter(c.emptyAcquireCount, float64(s.EmptyAcquireCount()))
	counter(c.acquireDuration, s.AcquireDuration().Seconds())
}
