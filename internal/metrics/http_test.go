package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"
)

func newTestRouter(m *HTTP) http.Handler {
	r := chi.NewRouter()
	r.Use(m.Middleware)
	r.Get("/verhalen/{slug}", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "verhaal")
	})
	r.Post("/verhalen/{slug}/reacties", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/verhalen/"+chi.URLParam(r, "slug"), http.StatusSeeOther)
	})
	r.Route("/admin", func(r chi.Router) {
		r.Get("/verhalen/{id}", func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusForbidden)
		})
	})
	r.Get("/weg", func(w http.ResponseWriter, r *http.Request) {
		panic(http.ErrAbortHandler)
	})
	return r
}

func TestHTTPMiddleware(t *testing.T) {
	tests := []struct {
		name       string
		method     string
		target     string
		wantLabels map[string]string
	}{
		{name: "route pattern, not path", method: "GET", target: "/verhalen/de-molen",
			wantLabels: map[string]string{"method": "GET", "route": "/verhalen/{slug}", "status": "200"}},
		{name: "redirect after post", method: "POST", target: "/verhalen/de-molen/reacties",
			wantLabels: map[string]string{"method": "POST", "route": "/verhalen/{slug}/reacties", "status": "303"}},
		{name: "nested router", method: "GET", target: "/admin/verhalen/12",
			wantLabels: map[string]string{"method": "GET", "route": "/admin/verhalen/{id}", "status": "403"}},
		{name: "unmatched path is not a label", method: "GET", target: "/wp-login.php",
			wantLabels: map[string]string{"method": "GET", "route": "unmatched", "status": "404"}},
		{name: "invented method is folded", method: "FOOBAR", target: "/verhalen/x",
			wantLabels: map[string]string{"method": "OTHER", "route": "unmatched", "status": "405"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := prometheus.NewPedanticRegistry()
			router := newTestRouter(NewHTTP(reg))
			router.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(tt.method, tt.target, nil))

			families := gather(t, reg)
			requests := families["podium_http_requests_total"]
			if requests == nil || len(requests.Metric) != 1 {
				t.Fatalf("want one podium_http_requests_total series, got %v", requests)
			}
			if got := labels(requests.Metric[0]); !equalMaps(got, tt.wantLabels) {
				t.Errorf("requests labels = %v, want %v", got, tt.wantLabels)
			}
			if v := requests.Metric[0].GetCounter().GetValue(); v != 1 {
				t.Errorf("requests count = %v, want 1", v)
			}

			duration := families["podium_http_request_duration_seconds"]
			if duration == nil || len(duration.Metric) != 1 {
				t.Fatalf("want one podium_http_request_duration_seconds series, got %v", duration)
			}
			wantDurationLabels := map[string]string{"method": tt.wantLabels["method"], "route": tt.wantLabels["route"]}
			if got := labels(duration.Metric[0]); !equalMaps(got, wantDurationLabels) {
				t.Errorf("duration labels = %v, want %v", got, wantDurationLabels)
			}
			if n := duration.Metric[0].GetHistogram().GetSampleCount(); n != 1 {
				t.Errorf("duration sample count = %d, want 1", n)
			}
		})
	}
}

func TestHTTPMiddlewareCountsRequestsPerRoute(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	m := NewHTTP(reg)
	router := newTestRouter(m)
	for _, slug := range []string{"a", "b", "c"} {
		router.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/verhalen/"+slug, nil))
	}
	if got := testutil.ToFloat64(m.requests.WithLabelValues("GET", "/verhalen/{slug}", "200")); got != 3 {
		t.Errorf("count for /verhalen/{slug} = %v, want 3 (one series for all slugs)", got)
	}
	if n := testutil.CollectAndCount(m.requests); n != 1 {
		t.Errorf("%d request series, want 1", n)
	}
}

func TestHTTPMiddlewareRecordsAbortedRequest(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	m := NewHTTP(reg)
	router := newTestRouter(m)
	func() {
		defer func() {
			if v := recover(); v != http.ErrAbortHandler {
				t.Errorf("panic = %v, want http.ErrAbortHandler passed on", v)
			}
		}()
		router.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/weg", nil))
	}()
	if got := testutil.ToFloat64(m.requests.WithLabelValues("GET", "/weg", "500")); got != 1 {
		t.Errorf("aborted request count = %v, want 1 with status 500", got)
	}
}

func TestHTTPBuckets(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	router := newTestRouter(NewHTTP(reg))
	router.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/verhalen/x", nil))
	h := gather(t, reg)["podium_http_request_duration_seconds"].Metric[0].GetHistogram()
	want := []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5}
	if len(h.Bucket) != len(want) {
		t.Fatalf("%d buckets, want %d", len(h.Bucket), len(want))
	}
	for i, b := range h.Bucket {
		if b.GetUpperBound() != want[i] {
			t.Errorf("bucket %d = %v, want %v", i, b.GetUpperBound(), want[i])
		}
	}
}

func TestNewHTTPPanicsOnDoubleRegistration(t *testing.T) {
	reg := prometheus.NewRegistry()
	NewHTTP(reg)
	defer func() {
		if recover() == nil {
			t.Error("second NewHTTP on the same registry did not panic")
		}
	}()
	NewHTTP(reg)
}

func TestHandler(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	router := newTestRouter(NewHTTP(reg))
	router.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/verhalen/x", nil))

	rec := httptest.NewRecorder()
	Handler(reg).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{
		`podium_http_requests_total{method="GET",route="/verhalen/{slug}",status="200"} 1`,
		`podium_http_request_duration_seconds_bucket{method="GET",route="/verhalen/{slug}",le="0.001"}`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("exposition lacks %q:\n%s", want, body)
		}
	}
	if problems, err := testutil.GatherAndLint(reg); err != nil || len(problems) != 0 {
		t.Errorf("lint: %v %v", problems, err)
	}
}

func gather(t *testing.T, g prometheus.Gatherer) map[string]*dto.MetricFamily {
	t.Helper()
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	byName := make(map[string]*dto.MetricFamily, len(mfs))
	for _, mf := range mfs {
		byName[mf.GetName()] = mf
	}
	return byName
}

func labels(m *dto.Metric) map[string]string {
	out := make(map[string]string, len(m.Label))
	for _, l := range m.Label {
		out[l.GetName()] = l.GetValue()
	}
	return out
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
