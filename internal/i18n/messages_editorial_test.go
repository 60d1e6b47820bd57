package i18n_test

import (
	"slices"
	"testing"

	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/imaging"
	"github.com/podium-portal/podium/internal/stories"
)

// TestEditorialKeysAreInTheCatalogue checks that every message key the
// editorial domain can hand the story editor and the media library
// exists: field errors, refusals of the workflow, the labels of the
// revision diff and the reasons an upload is refused.
func TestEditorialKeysAreInTheCatalogue(t *testing.T) {
	keys := slices.Concat(stories.ErrorKeys(), editorial.ErrorKeys())
	for _, f := range stories.DiffFields() {
		keys = append(keys, "story.field."+f)
	}
	for _, s := range stories.Statuses() {
		keys = append(keys, "story.status."+string(s))
	}
	for _, e := range []*imaging.RejectError{imaging.ErrUnsupportedFormat, imaging.ErrTooLarge,
		imaging.ErrTooManyPixels, imaging.ErrDamaged} {
		keys = append(keys, e.Key)
	}
	have := map[string]bool{}
	for _, k := range i18n.Keys() {
		have[k] = true
	}
	if len(keys) < 40 {
		t.Fatalf("only %d keys to check; did an ErrorKeys list go missing?", len(keys))
	}
	for _, k := range keys {
		if !have[k] {
			t.Errorf("the catalogue has no message %q", k)
		}
	}
}
