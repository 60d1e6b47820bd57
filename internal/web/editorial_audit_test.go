package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// TestAuditPageLinksToStoryAndImageRecords checks that every editorial
// action lands in the audit log and that the audit page links each entry
// to the story or image it is about, while that record exists: a purged
// story keeps its entries, without a link to a page that would be a 404.
func TestAuditPageLinksToStoryAndImageRecords(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	admin, adminUser := site.signedIn(accounts.RoleAdmin)
	b, editor := site.signedIn(accounts.RoleEditor)

	imageID := uploadPortrait(t, b, 400, 300)
	kept := site.draftStory(editor, "Blijft")
	form := storyFormValues(site.draft(kept).Input())
	form.Set("role", "Teamleider")
	wantRedirect(t, b.post(views.AdminStoryPath(kept), form), views.AdminStoryPath(kept))
	wantRedirect(t, b.post(views.AdminStoryPath(kept, "submit"), nil), views.AdminStoryPath(kept))
	wantRedirect(t, admin.post(views.AdminStoryPath(kept, "publish"), nil), views.AdminStoryPath(kept))
	gone := site.draftStory(editor, "Weg")
	wantRedirect(t, b.post(views.AdminStoryPath(gone, "trash"), nil), views.AdminStoryPath(gone))
	wantRedirect(t, b.post(views.AdminStoryPath(gone, "purge"), nil), "/admin/stories?trash=on")

	en := site.draftStory(editor, "Blijft", func(in *stories.StoryInput) { in.Lang = i18n.EN })
	wantRedirect(t, b.post(views.AdminStoryPath(en, "translation"), url.Values{"translation_id": {strconv.FormatInt(kept, 10)}}),
		views.AdminStoryPath(en))

	// The summary names both stories; each name links to its story.
	doc := admin.page("/admin/audit?action=story.translation_link", http.StatusOK)
	summary := doc.Find("tbody tr td:nth-child(5)")
	want := fmt.Sprintf("linked story %d (en) as translation of story %d (nl)", en, kept)
	if got := strings.Join(strings.Fields(summary.Text()), " "); got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	for _, id := range []int64{en, kept} {
		a := summary.Find(`a[href="` + views.AdminStoryPath(id) + `"]`)
		if a.Text() != "story "+strconv.FormatInt(id, 10) {
			t.Errorf("the summary does not link %q to story %d: %q", a.Text(), id, mustHTML(t, summary))
		}
	}

	doc = admin.page("/admin/audit?type=story&record="+strconv.FormatInt(kept, 10), http.StatusOK)
	rows := doc.Find("tbody tr")
	actions := map[string]bool{}
	rows.Each(func(_ int, row *goquery.Selection) {
		actions[row.Find("td:nth-child(3) code").Text()] = true
		if href, _ := row.Find("td:nth-child(4) a").Attr("href"); href != views.AdminStoryPath(kept) {
			t.Errorf("%s entry links to %q, want the story's edit page", row.Find("code").Text(), href)
		}
	})
	for _, want := range []string{"story.create", "story.update", "story.submit", "story.publish"} {
		if !actions[want] {
			t.Errorf("no %s entry for story %d; have %v", want, kept, actions)
		}
	}
	if !containsText(rows.First(), adminUser.Email) {
		t.Errorf("the newest entry (publication) is not by %s", adminUser.Email)
	}

	doc = admin.page("/admin/audit?type=image&record="+strconv.FormatInt(imageID, 10), http.StatusOK)
	if href, _ := doc.Find("tbody tr td:nth-child(4) a").Attr("href"); href != views.AdminMediaPath(imageID) {
		t.Errorf("image entry links to %q, want %s", href, views.AdminMediaPath(imageID))
	}

	doc = admin.page("/admin/audit?"+url.Values{"type": {"story"}, "record": {strconv.FormatInt(gone, 10)}}.Encode(), http.StatusOK)
	purged := doc.Find("tbody tr")
	if purged.Length() != 3 { // create, trash, purge
		t.Errorf("%d entries for the purged story, want 3", purged.Length())
	}
	if purged.Find("td:nth-child(4) a").Length() != 0 {
		t.Error("entries of a purged story link to it")
	}
	if !containsText(purged.Find("td:nth-child(4)"), "story "+strconv.FormatInt(gone, 10)) {
		t.Error("entries of a purged story do not name it")
	}
}

// containsText reports whether the selection holds text.
func containsText(s *goquery.Selection, text string) bool {
	return s.Length() > 0 && text != "" && strings.Contains(s.Text(), text)
}
