package web

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/web/views"
)

// TestCompareAnyTwoRevisions checks that every save keeps a revision with
// an audit entry, and that the history's compare form leads to the diff of
// any two revisions, not only neighbours or the newest; a choice that is
// no revision, or the same one twice, is shown at its field.
func TestCompareAnyTwoRevisions(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	id := site.draftStory(editor, "Drie Versies")
	for _, role := range []string{"Teamleider", "Afdelingshoofd"} {
		form := storyFormValues(site.draft(id).Input())
		form.Set("role", role)
		wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))
	}
	if d := site.draft(id); d.Revision != 3 {
		t.Fatalf("revision %d after two saves, want 3", d.Revision)
	}
	if n := len(site.auditEntries(audit.Filter{Action: "story.update", RecordID: strconv.FormatInt(id, 10)})); n != 2 {
		t.Errorf("%d story.update audit entries, want 2", n)
	}

	doc := b.page(views.AdminStoryPath(id, "revisions"), http.StatusOK)
	form := doc.Find(`form[action="` + views.AdminStoryPath(id, "revisions", "compare") + `"]`)
	if form.Length() != 1 || form.Find("#field-a option").Length() != 3 {
		t.Fatalf("no compare form offering the three revisions")
	}
	if v, _ := form.Find("#field-a option[selected]").Attr("value"); v != "2" {
		t.Errorf("the form starts from revision %q, want 2", v)
	}

	resp := b.get(views.AdminStoryPath(id, "revisions", "compare") + "?a=1&b=3")
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != views.AdminStoryDiffPath(id, 1, 3) {
		t.Fatalf("compare 1 and 3: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	diff := b.page(views.AdminStoryDiffPath(id, 1, 3), http.StatusOK)
	role := diff.Find("#diff-role").Parent()
	if !strings.Contains(role.Text(), "Rechercheur") || !strings.Contains(role.Text(), "Afdelingshoofd") ||
		strings.Contains(role.Text(), "Teamleider") {
		t.Errorf("diff of revisions 1 and 3 shows %q", role.Text())
	}

	for _, tt := range []struct{ query, field, key string }{
		{"?a=2&b=2", "b", "story.error.revision_same"},
		{"?a=9&b=3", "a", "story.error.revision_choose"},
		{"?a=1&b=twee", "b", "story.error.revision_choose"},
	} {
		doc := b.page(views.AdminStoryPath(id, "revisions", "compare")+tt.query, http.StatusUnprocessableEntity)
		wantFieldError(t, doc, tt.field, tt.key)
	}
}
