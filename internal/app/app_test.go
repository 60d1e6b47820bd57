package app

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/config"
)

// syncBuffer lets the test read what the server prints while it runs.
type syncBuffer struct {
	mu sync.Mutex
	sb strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.String()
}

// TestShutdownLetsInFlightRequestsFinish cancels the server's context (what
// SIGINT does) while a handler runs, and expects that request to complete
// and the server to stop cleanly afterwards.
func TestShutdownLetsInFlightRequestsFinish(t *testing.T) {
	cfg, err := config.Load(func(k string) string {
		if k == "ADDR" {
			return "127.0.0.1:0"
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	entered, release := make(chan struct{}), make(chan struct{})
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		_, _ = io.WriteString(w, "finished")
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- listenAndServe(ctx, cfg, handler, slog.New(slog.NewTextHandler(io.Discard, nil)), stdout)
	}()
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == "" && time.Now().Before(deadline); {
		if m := regexp.MustCompile(`running at (http://\S+)`).FindStringSubmatch(stdout.String()); m != nil {
			url = m[1]
		}
		time.Sleep(10 * time.Millisecond)
	}
	if url == "" {
		t.Fatal("server did not start")
	}
	type result struct {
		body string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := http.Get(url + "/slow")
		if err != nil {
			got <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- result{string(b), err}
	}()
	<-entered
	cancel() // SIGINT
	select {
	case err := <-done:
		t.Fatalf("server stopped while a request was in flight: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	// New connections are refused once shutdown began.
	if _, err := http.Get(url + "/new"); err == nil {
		t.Error("server accepted a new request during shutdown")
	}
	close(release)
	if r := <-got; r.err != nil || r.body != "finished" {
		t.Errorf("in-flight request: %q, %v", r.body, r.err)
	}
	if err := <-done; err != nil {
		t.Errorf("shutdown: %v", err)
	}
}
