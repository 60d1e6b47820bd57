package browsertest

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// strictCSP is the policy Podium's pages are served with: axe-core must be
// injected in a way it does not block.
const strictCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'"

const accessiblePage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Accessible</title></head>
<body>
<main>
<h1>Accessible page</h1>
<img src="/logo.svg" alt="Podium logo">
<form method="post" action="/next">
<label for="name">Name</label>
<input id="name" name="name" type="text">
<button type="submit">Send</button>
</form>
<p><a href="/next">Next page</a></p>
</main>
</body>
</html>`

const brokenPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Broken</title></head>
<body>
<main>
<h1>Broken page</h1>
<img id="logo" src="/logo.svg">
<input id="nameless" name="name" type="text">
</main>
</body>
</html>`

const nextPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Next</title></head>
<body><main><h1 id="heading">Arrived</h1></main></body>
</html>`

const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`

func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	page := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Security-Policy", strictCSP)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(body))
		}
	}
	mux := http.NewServeMux()
	mux.Handle("GET /accessible", page(accessiblePage))
	mux.Handle("GET /broken", page(brokenPage))
	mux.Handle("GET /next", page(nextPage))
	mux.HandleFunc("GET /logo.svg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/svg+xml")
		_, _ = w.Write([]byte(logo))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestAxe(t *testing.T) {
	srv := newSite(t)
	b := New(t)

	tests := []struct {
		name      string
		path      string
		wantRules []string          // rule ids, sorted
		wantNodes map[string]string // rule id -> selector of an element it must name
	}{
		{
			name: "accessible page has no violations",
			path: "/accessible",
		},
		{
			name:      "missing alt and label are reported",
			path:      "/broken",
			wantRules: []string{"image-alt", "label"},
			wantNodes: map[string]string{"image-alt": "#logo", "label": "#nameless"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := b.Axe(t, srv.URL+tt.path)
			var ids []string
			for _, v := range got {
				ids = append(ids, v.ID)
			}
			slices.Sort(ids)
			if !slices.Equal(ids, tt.wantRules) {
				t.Fatalf("violated rules = %v, want %v\n%s", ids, tt.wantRules, FormatViolations(got))
			}
			for _, v := range got {
				want := tt.wantNodes[v.ID]
				if !slices.ContainsFunc(v.Nodes, func(n ViolationNode) bool { return slices.Contains(n.Target, want) }) {
					t.Errorf("%s: no node with target %q in %+v", v.ID, want, v.Nodes)
				}
				if v.Help == "" || v.HelpURL == "" || v.Impact == "" {
					t.Errorf("%s: help, helpUrl or impact missing: %+v", v.ID, v)
				}
			}
		})
	}
}

func TestRunFollowsALink(t *testing.T) {
	srv := newSite(t)
	b := New(t)

	tab := b.Run(t,
		chromedp.Navigate(srv.URL+"/accessible"),
		chromedp.Click(chromedp.CSS(`a[href="/next"]`)),
		chromedp.WaitVisible(chromedp.ID("heading")),
	)
	heading, err := chromedp.Run(tab, chromedp.Text(chromedp.ID("heading")))
	if err != nil {
		t.Fatal(err)
	}
	if heading != "Arrived" {
		t.Errorf("heading after the click = %q, want %q", heading, "Arrived")
	}
}

func TestFormatViolations(t *testing.T) {
	got := FormatViolations([]Violation{{
		ID:      "image-alt",
		Impact:  "critical",
		Help:    "Images must have alternative text",
		HelpURL: "https://example.org/image-alt",
		Nodes: []ViolationNode{{
			Target:         []string{"#logo"},
			HTML:           `<img id="logo">`,
			FailureSummary: "Fix any of the following:\n  Element does not have an alt attribute",
		}},
	}})
	for _, want := range []string{
		"1 accessibility violation(s)",
		"[critical] image-alt: Images must have alternative text",
		"https://example.org/image-alt",
		"- #logo",
		`<img id="logo">`,
		"Element does not have an alt attribute",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("FormatViolations output lacks %q:\n%s", want, got)
		}
	}
}
