package web

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/browsertest"
	"github.com/podium-portal/podium/internal/demo"
	"github.com/podium-portal/podium/internal/seed"
)

// TestPublicPagesPassAxe loads the demo content and runs axe-core in
// headless Chromium on every public page type in both languages; any WCAG
// 2.1 A or AA violation fails the test.
func TestPublicPagesPassAxe(t *testing.T) {
	site := newTestSite(t)
	if _, err := seed.IfEmpty(context.Background(), site.pool, time.Now(), slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	var nlSlug, enSlug, theme string
	for _, s := range demo.Stories() {
		switch {
		case s.Lang == "nl" && nlSlug == "":
			nlSlug, theme = s.Slug, s.Themes[0]
		case s.Lang == "en" && enSlug == "":
			enSlug = s.Slug
		}
	}
	browser := browsertest.New(t)
	pages := []string{
		"/", "/verhalen", "/verhalen?thema=" + theme, "/verhalen/" + nlSlug, "/verhalen/bestaat-niet",
		"/toegankelijkheid", "/privacy",
		"/en", "/en/stories", "/en/stories?theme=" + theme, "/en/stories/" + enSlug, "/en/stories/missing",
		"/en/accessibility",
	}
	for _, path := range pages {
		t.Run(path, func(t *testing.T) {
			if v := browser.Axe(t, site.http.URL+path); len(v) > 0 {
				t.Errorf("axe-core found WCAG 2.1 A/AA violations on %s:\n%s", path, browsertest.FormatViolations(v))
			}
		})
	}
}
