package browsertest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/chromedp/chromedp"
)

// AxeTab audits the page that tab (from NewTab or Run) shows now, with
// axe-core against WCAG 2.0 and 2.1, levels A and AA, as Axe does for a
// URL. It is for pages that a URL alone does not reach, such as a form
// shown again with its errors after a submit. It fails t when the audit
// cannot be run, and skips or fails t (as New does) when axe-core is not
// installed.
func (b *Browser) AxeTab(t testing.TB, tab context.Context) []Violation {
	t.Helper()
	source, err := b.axe()
	if errors.Is(err, fs.ErrNotExist) {
		missing(t, fmt.Sprintf("axe-core not installed (%v): run `make tools`", err))
	}
	if err != nil {
		t.Fatalf("browsertest: load axe-core: %v", err)
	}
	ctx, cancel := context.WithTimeout(tab, actionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](source)); err != nil {
		t.Fatalf("browsertest: axe on the current page: %v", err)
	}
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]Violation](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("browsertest: axe on the current page: %v", err)
	}
	return violations
}
