// Package metrics exposes Podium's Prometheus metrics: HTTP request counts
// and durations, and the PostgreSQL connection pool's statistics.
package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
	chimw "github.com/go-chi/chi/v5/middleware"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// unmatchedRoute labels requests that matched no chi route. The raw path is
// never used as a label: clients choose it, and every distinct value would
// create a new time series.
const unmatchedRoute = "unmatched"

// otherMethod labels requests with a method outside the standard set, for the
// same reason.
const otherMethod = "OTHER"

// HTTP holds the HTTP request metrics. Create it with NewHTTP.
type HTTP struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

// NewHTTP creates the HTTP metrics and registers them with reg:
// podium_http_requests_total{method,route,status} and
// podium_http_request_duration_seconds{method,route}. It panics if they are
// already registered with reg, which is a wiring mistake.
func NewHTTP(reg prometheus.Registerer) *HTTP {
	m := &HTTP{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "podium_http_requests_total",
			Help: "HTTP requests served, by method, chi route pattern and status.",
		}, []string{"method", "route", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "podium_http_request_duration_seconds",
			Help: "Time to serve HTTP requests, by method and chi route pattern.",
			// Pages render in a few milliseconds; the upper buckets catch slow queries.
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"method", "route"}),
	}
	reg.MustRegister(m.requests, m.duration)
	return m
}

// Middleware counts and times each request, labelled by method (non-standard
// methods become "OTHER"), the chi route pattern (or "unmatched") and status.
// The route pattern is read after the handler ran, so Middleware must be
// installed with chi's Router.Use (or With or Group): wrapped around the
// router from outside it sees no route and labels everything "unmatched".
//
// A request whose handler panicked through Middleware is recorded too, with
// the status it had written, or 500 if none.
func (m *HTTP) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := chimw.NewWrapResponseWriter(w, r.ProtoMajor)
		returned := false
		defer func() {
			method, route := methodLabel(r.Method), routeLabel(r)
			m.requests.WithLabelValues(method, route, strconv.Itoa(finalStatus(ww.Status(), returned))).Inc()
			m.duration.WithLabelValues(method, route).Observe(time.Since(start).Seconds())
		}()
		next.ServeHTTP(ww, r)
		returned = true
	})
}

// routeLabel returns the chi route pattern r was routed to, or unmatchedRoute.
// It mirrors the middleware package's access log, so logs and metrics agree.
func routeLabel(r *http.Request) string {
	if p := chi.RouteContext(r.Context()).RoutePattern(); p != "" {
		return p
	}
	return unmatchedRoute
}

func methodLabel(method string) string {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return method
	}
	return otherMethod
}

// finalStatus returns the status a wrapped response ended with: a handler that
// wrote nothing got net/http's implicit 200 if it returned, and is counted as
// a 500 if it panicked.
func finalStatus(written int, returned bool) int {
	switch {
	case written != 0:
		return written
	case returned:
		return http.StatusOK
	default:
		return http.StatusInternalServerError
	}
}

// Handler serves the metrics gathered from g in the Prometheus exposition
// format. It answers 500 if gathering fails.
func Handler(g prometheus.Gatherer) http.Handler {
	return promhttp.HandlerFor(g, promhttp.HandlerOpts{})
}
