package browsertest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeRelPath is where `make tools` (npm ci --prefix .ci/axe) puts axe-core,
// relative to the repository root.
const axeRelPath = ".ci/axe/node_modules/axe-core/axe.min.js"

// axeRun audits the document against WCAG 2.1 A and AA and keeps only what the
// report needs; a target is an array of selectors when the node is inside
// shadow DOM, so it is flattened to one string.
const axeRun = `axe.run(document, {
	runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
	resultTypes: ['violations'],
}).then(r => r.violations.map(v => ({
	id: v.id,
	impact: v.impact || '',
	help: v.help,
	helpUrl: v.helpUrl,
	nodes: v.nodes.map(n => ({
		target: n.target.map(s => Array.isArray(s) ? s.join(' >>> ') : String(s)),
		html: n.html,
		failureSummary: n.failureSummary || '',
	})),
})))`

// Violation is one axe-core rule that the page breaks, with every element that
// breaks it.
type Violation struct {
	ID      string          `json:"id"`     // rule id, such as "image-alt"
	Impact  string          `json:"impact"` // minor, moderate, serious or critical
	Help    string          `json:"help"`
	HelpURL string          `json:"helpUrl"`
	Nodes   []ViolationNode `json:"nodes"`
}

// ViolationNode is one element that breaks a rule.
type ViolationNode struct {
	Target         []string `json:"target"` // CSS selectors that find the element
	HTML           string   `json:"html"`
	FailureSummary string   `json:"failureSummary"`
}

// Axe loads url in a new tab, waits for the load event and audits the page
// with axe-core against WCAG 2.0 and 2.1, levels A and AA. It returns the
// violations, none for an accessible page. It fails t when the page or the
// audit cannot be run, and skips or fails t (as New does) when axe-core is not
// installed.
//
// axe-core goes in through the DevTools protocol (Runtime.evaluate), which the
// page's Content-Security-Policy does not govern, so the page is audited with
// its real policy in force.
func (b *Browser) Axe(t testing.TB, url string) []Violation {
	t.Helper()
	source, err := b.axe()
	if errors.Is(err, fs.ErrNotExist) {
		missing(t, fmt.Sprintf("axe-core not installed (%v): run `make tools`", err))
	}
	if err != nil {
		t.Fatalf("browsertest: load axe-core: %v", err)
	}

	tab := b.NewTab(t)
	ctx, cancel := context.WithTimeout(tab, actionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.Evaluate[chromedp.Void](source),
	); err != nil {
		t.Fatalf("browsertest: axe %s: %v", url, err)
	}
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]Violation](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("browsertest: axe %s: %v", url, err)
	}
	return violations
}

// axe returns the source of axe.min.js, read once per Browser.
func (b *Browser) axe() (string, error) {
	b.axeOnce.Do(func() {
		root, err := repoRoot()
		if err != nil {
			b.axeErr = err
			return
		}
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(axeRelPath)))
		b.axeSource, b.axeErr = string(src), err
	})
	return b.axeSource, b.axeErr
}

// repoRoot returns the nearest directory at or above the working directory
// that holds go.mod; go test runs a package's tests in the package directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("browsertest: no go.mod in the working directory or above it: %w", fs.ErrNotExist)
		}
		dir = parent
	}
}

// FormatViolations renders violations for a test failure message: one block
// per rule, with each offending element's selector, HTML and axe's summary of
// how to fix it.
func FormatViolations(violations []Violation) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d accessibility violation(s):", len(violations))
	for _, v := range violations {
		fmt.Fprintf(&sb, "\n\n[%s] %s: %s\n  %s", v.Impact, v.ID, v.Help, v.HelpURL)
		for _, n := range v.Nodes {
			fmt.Fprintf(&sb, "\n  - %s\n    %s", strings.Join(n.Target, ", "), n.HTML)
			for line := range strings.SplitSeq(strings.TrimSpace(n.FailureSummary), "\n") {
				fmt.Fprintf(&sb, "\n    %s", line)
			}
		}
	}
	return sb.String()
}
