// Package browsertest drives a headless Chromium from tests: user journeys
// with chromedp, and accessibility audits with axe-core.
//
// A test that needs a browser calls New; when no browser is installed the test
// is skipped, unless PODIUM_REQUIRE_BROWSER=1 (as `make test` sets), which
// turns the missing browser into a failure so that CI cannot pass by skipping.
package browsertest

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// requireEnv names the environment variable that makes a missing browser or a
// missing axe-core fail the test instead of skipping it.
const requireEnv = "PODIUM_REQUIRE_BROWSER"

// actionTimeout bounds one call of Run or Axe, so that a page that never
// finishes loading fails the test instead of hanging it until go test's
// global timeout.
const actionTimeout = 60 * time.Second

// Browser is one headless Chromium process owned by one test. It is closed by
// the test's cleanup. Its methods open a fresh tab per call, so a test may
// call them in sequence; a Browser must not be shared between parallel tests.
type Browser struct {
	ctx context.Context // the browser's first tab; parent of every new tab

	axeOnce   sync.Once
	axeSource string
	axeErr    error
}

// New starts a headless Chromium for t and closes it when t ends. It skips t
// when no browser is installed, or fails t when PODIUM_REQUIRE_BROWSER=1.
func New(t testing.TB) *Browser {
	t.Helper()
	path := findBrowser()
	if path == "" {
		missing(t, "no Chromium found (tried /usr/bin/chromium and chromium, chromium-browser, google-chrome on PATH): run `make tools` to install it")
	}

	output := &lockedBuffer{}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		// The machines that run the tests reach no network but loopback:
		// without these Chromium keeps trying to phone home.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.CombinedOutput(output),
		// No UserDataDir: the allocator then makes a fresh temporary profile
		// and removes it after the browser has exited.
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelBrowser := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		closeCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		_ = chromedp.Cancel(closeCtx)
		cancelBrowser()
		cancelAlloc() // waits for the process to exit
		if t.Failed() && output.Len() > 0 {
			t.Logf("browsertest: Chromium output:\n%s", output.String())
		}
	})

	// The first Do starts the process; its context must carry no timeout,
	// since the browser lives as long as that context.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("browsertest: start %s: %v\n%s", path, err, output.String())
	}
	return &Browser{ctx: ctx}
}

// NewTab opens a new tab in b and closes it when t ends. Use the returned
// context with chromedp.Do and chromedp.Run; derive a timeout from it per call
// rather than on the first call, which would bind the tab's life to it.
func (b *Browser) NewTab(t testing.TB) context.Context {
	t.Helper()
	tab, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("browsertest: open tab: %v", err)
	}
	return tab
}

// Run opens a new tab, runs steps in it in order and fails t at the first step
// that returns an error, or when the steps take longer than a minute. It
// returns the tab so the test can read values from the page afterwards, for
// example with chromedp.Run(tab, chromedp.Text(...)).
func (b *Browser) Run(t testing.TB, steps ...chromedp.Action[chromedp.Void]) context.Context {
	t.Helper()
	tab := b.NewTab(t)
	ctx, cancel := context.WithTimeout(tab, actionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	return tab
}

// findBrowser returns the path of the first browser found, or "" when none is.
func findBrowser() string {
	// The first is where Debian's chromium package installs it.
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// missing ends t because something the browser tests need is not installed:
// a failure when PODIUM_REQUIRE_BROWSER=1, a skip otherwise.
func missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv(requireEnv) == "1" {
		t.Fatalf("browsertest: %s (%s=1, so this is a failure, not a skip)", msg, requireEnv)
	}
	t.Skipf("browsertest: %s (set %s=1 to fail instead of skipping)", msg, requireEnv)
}

// lockedBuffer collects the browser's output, written from the allocator's
// goroutine and read from the test's.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Len()
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
