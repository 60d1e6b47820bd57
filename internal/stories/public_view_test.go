package stories

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// storiesTableRead finds SQL that reads the stories table itself rather
// than the public_stories view.
var storiesTableRead = regexp.MustCompile(`(?i)\b(FROM|JOIN)\s+stories\b`)

// TestPublicReadsGoThroughThePublicStoriesView guards the one rule of
// what the public may see: published, publication time reached, valid
// consent, not in the trash. That rule lives in the public_stories view
// only; every public page (lists, home, detail, related stories,
// colleagues on a vacancy, and the feeds, sitemap and search to come)
// must read that view, so that withdrawing consent or trashing a story
// takes it off all of them at once. Only the back office (this package's
// editor store and package editorial) and the demo loader's emptiness
// check read the table itself.
func TestPublicReadsGoThroughThePublicStoriesView(t *testing.T) {
	root := filepath.Join("..", "..")
	allowed := map[string]bool{
		filepath.Join("internal", "stories", "editor_store.go"): true, // the back office's own reads
		filepath.Join("internal", "stories", "store.go"):        true, // Count, for the demo loader
		filepath.Join("internal", "seed", "seed.go"):            true, // is the database empty?
	}
	checked := 0
	for _, dir := range []string{"internal", "web", "cmd"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			if allowed[rel] || strings.HasPrefix(rel, filepath.Join("internal", "editorial")+string(filepath.Separator)) {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			checked++
			for _, m := range storiesTableRead.FindAllIndex(src, -1) {
				line := 1 + strings.Count(string(src[:m[0]]), "\n")
				t.Errorf("%s:%d reads the stories table; public pages must read the public_stories view", rel, line)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 50 {
		t.Fatalf("only %d files checked; is the walk rooted right?", checked)
	}
	// The public reads of this package use the view.
	src, err := os.ReadFile("store.go")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(src), "FROM public_stories") + strings.Count(string(src), "JOIN public_stories"); n < 6 {
		t.Errorf("store.go reads public_stories %d times, want one per public method (6)", n)
	}
}
