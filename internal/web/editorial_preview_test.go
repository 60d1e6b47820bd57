package web

import (
	"net/http"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// TestPreviewIsThePublicPage checks that an editor's preview of a draft
// is the page the public will see once it is published: the same story
// article (portrait with its srcset, texts, sanitised interview, themes),
// the same related stories and the same linked vacancies (the open ones
// only), with only a notice added; and that the public cannot see it
// before.
func TestPreviewIsThePublicPage(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	site.addThemes("beperking")
	site.addStory(storySpec{slug: "ander", name: "Ander", themes: []string{"beperking"}})
	open := site.addVacancy(vacancySpec{title: "Adviseur toegankelijkheid", slug: "adviseur-toegankelijkheid"})
	draft := site.addVacancy(vacancySpec{title: "Nog niet gepubliceerd", status: vacancies.StatusDraft})
	expired := site.addVacancy(vacancySpec{title: "Al gesloten", expired: true})
	b, editor := site.signedIn(accounts.RoleEditor)
	imageID := uploadPortrait(t, b, 900, 900)
	id := site.draftStory(editor, "Voorvertoning", func(in *stories.StoryInput) {
		in.PortraitID, in.PortraitAlt = &imageID, "Een man in een rolstoel lacht"
		in.ThemeSlugs = []string{"beperking"}
		in.VacancyIDs = []int64{draft.ID, open.ID, expired.ID}
		in.BodyMarkdown = "### Begin\n\nMet **moed**.\n\n<script>alert(1)</script>"
	})
	site.page("/verhalen/voorvertoning", http.StatusNotFound)
	anonymous := site.newBrowser()
	if resp := anonymous.get(views.AdminStoryPath(id, "preview")); resp.StatusCode == http.StatusOK {
		t.Fatal("the preview is open to the public")
	}

	parts := func(doc *goquery.Document) (article, related string) {
		t.Helper()
		// The linked vacancies: only the open one, linking to its page.
		links := doc.Find(`section[aria-labelledby="story-vacancies-title"] li a`)
		if href, _ := links.Attr("href"); links.Length() != 1 || href != paths.Vacancy(i18n.NL, open.Slug) {
			t.Errorf("linked vacancies shown: %d, first to %q; want only the open one", links.Length(), href)
		}
		return mustHTML(t, doc.Find("article.story")), mustHTML(t, doc.Find(`section[aria-labelledby="related-title"]`)) +
			mustHTML(t, doc.Find(`section[aria-labelledby="story-vacancies-title"]`))
	}
	preview := b.page(views.AdminStoryPath(id, "preview"), http.StatusOK)
	if preview.Find(".preview-notice").Length() != 1 {
		t.Error("the preview does not say it is one")
	}
	if srcset, _ := preview.Find("img.story__portrait").Attr("srcset"); srcset == "" {
		t.Error("the preview's portrait has no srcset")
	}
	if preview.Find(".story__body script").Length() != 0 {
		t.Error("the preview runs script")
	}
	previewArticle, previewRelated := parts(preview)

	wantRedirect(t, b.post(views.AdminStoryPath(id, "publish"), nil), views.AdminStoryPath(id))
	public := site.page("/verhalen/voorvertoning", http.StatusOK)
	if public.Find(".preview-notice").Length() != 0 {
		t.Error("the public page carries the preview notice")
	}
	publicArticle, publicRelated := parts(public)
	if previewArticle != publicArticle {
		t.Errorf("the preview's story differs from the public page:\npreview: %s\npublic:  %s", previewArticle, publicArticle)
	}
	if previewRelated != publicRelated || publicRelated == "" {
		t.Errorf("related stories differ:\npreview: %s\npublic:  %s", previewRelated, publicRelated)
	}
}
