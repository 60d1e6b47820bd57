package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// TestTrashedStoryLeavesThePublicSite checks through HTTP that a story in
// the trash is on no public page: its address and its old address answer
// 404 (no redirect to a story in the trash), lists and the home page leave
// it out; restored, it stays off the site (archived) until published
// again, and then its old address redirects once more.
func TestTrashedStoryLeavesThePublicSite(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	id := site.draftStory(editor, "Prul", func(in *stories.StoryInput) { in.Lang, in.Featured = i18n.EN, true })
	wantRedirect(t, b.post(views.AdminStoryPath(id, "publish"), nil), views.AdminStoryPath(id))
	form := storyFormValues(site.draft(id).Input())
	form.Set("slug", "prul-nieuw")
	wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))
	site.page("/en/stories/prul-nieuw", http.StatusOK)
	if resp := site.get("/en/stories/prul"); resp.StatusCode != http.StatusMovedPermanently {
		t.Fatalf("old address before the trash: %d", resp.StatusCode)
	}
	listed := func(path string) bool {
		return strings.Contains(site.page(path, http.StatusOK).Find("main").Text(), "Prul")
	}
	if !listed("/en/stories") || !listed("/en") {
		t.Fatal("the published story is not listed")
	}

	wantRedirect(t, b.post(views.AdminStoryPath(id, "trash"), nil), views.AdminStoryPath(id))
	site.page("/en/stories/prul-nieuw", http.StatusNotFound)
	site.page("/en/stories/prul", http.StatusNotFound)
	if listed("/en/stories") || listed("/en") {
		t.Error("a story in the trash is listed")
	}
	// Editors still see it, in the trash, and can preview it.
	b.page(views.AdminStoryPath(id, "preview"), http.StatusOK)

	wantRedirect(t, b.post(views.AdminStoryPath(id, "restore"), nil), views.AdminStoryPath(id))
	if d := site.draft(id); d.Trashed() || d.Status != stories.StatusArchived {
		t.Fatalf("restored: trashed %v, status %s; want archived", d.Trashed(), d.Status)
	}
	site.page("/en/stories/prul-nieuw", http.StatusNotFound)
	wantRedirect(t, b.post(views.AdminStoryPath(id, "submit"), nil), views.AdminStoryPath(id))
	wantRedirect(t, b.post(views.AdminStoryPath(id, "publish"), nil), views.AdminStoryPath(id))
	site.page("/en/stories/prul-nieuw", http.StatusOK)
	if resp := site.get("/en/stories/prul"); resp.StatusCode != http.StatusMovedPermanently ||
		resp.Header.Get("Location") != "/en/stories/prul-nieuw" {
		t.Errorf("old address after restoring: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
}
