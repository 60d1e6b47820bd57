package web

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// TestDashboardListsWhatNeedsAttentionInEveryArea checks the four lists
// of the dashboard at /admin together, each with what belongs on it and
// what does not: stories awaiting review, consent expiring within 30 days
// (not at 31 days, not once withdrawn), events awaiting moderation, and
// vacancies closing soon; every item links to where it is dealt with.
func TestDashboardListsWhatNeedsAttentionInEveryArea(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	_, partnerUser := site.signedIn(accounts.RolePartner)

	review := site.draftStory(editor, "Ter Review")
	wantRedirect(t, b.post(views.AdminStoryPath(review, "submit"), nil), views.AdminStoryPath(review))
	site.draftStory(editor, "Nog Concept")
	expiring := site.draftStory(editor, "Verloopt Over Dertig", func(in *stories.StoryInput) {
		in.ConsentGivenOn, in.ConsentExpiresOn = day(-700), day(30)
	})
	site.draftStory(editor, "Verloopt Over Eenendertig", func(in *stories.StoryInput) {
		in.ConsentGivenOn, in.ConsentExpiresOn = day(-700), day(31)
	})
	withdrawn := site.draftStory(editor, "Ingetrokken", func(in *stories.StoryInput) {
		in.ConsentGivenOn, in.ConsentExpiresOn = day(-700), day(5)
	})
	wantRedirect(t, b.post(views.AdminStoryPath(withdrawn, "withdraw-consent"), nil), views.AdminStoryPath(withdrawn))

	ev, err := events.NewStore(site.pool).Create(context.Background(), *partnerUser.PartnerID, partnerUser.ID,
		evContent("Werkbezoek ter moderatie", evSoon(9), nil))
	if err != nil {
		t.Fatal(err)
	}
	site.evPublish(nil, evContent("Al gepubliceerd", evSoon(12), nil))

	closing := site.addVacancy(vacancySpec{title: "Sluit over drie dagen", closingIn: 3})
	site.addVacancy(vacancySpec{title: "Sluit over een maand", closingIn: 30})

	doc := b.page("/admin", http.StatusOK)
	section := func(key string) *goquery.Selection {
		t.Helper()
		title := i18n.T(i18n.NL, key)
		var found *goquery.Selection
		doc.Find("section.attention").Each(func(_ int, s *goquery.Selection) {
			if strings.HasPrefix(strings.TrimSpace(s.Find("h2").Text()), title) {
				found = s
			}
		})
		if found == nil {
			t.Fatalf("the dashboard has no section %q", title)
		}
		return found
	}
	items := func(s *goquery.Selection) map[string]string {
		out := map[string]string{}
		s.Find("li a").Each(func(_ int, a *goquery.Selection) { out[strings.TrimSpace(a.Text())] = a.AttrOr("href", "") })
		return out
	}
	tests := []struct {
		key     string
		want    map[string]string // link text → href
		notWant []string
	}{
		{"story.attention.review", map[string]string{"Ter Review (Nederlands)": views.AdminStoryPath(review)},
			[]string{"Nog Concept"}},
		{"story.attention.consent", map[string]string{"Verloopt Over Dertig (Nederlands)": views.AdminStoryPath(expiring)},
			[]string{"Verloopt Over Eenendertig", "Ingetrokken"}},
		{"dashboard.events.moderation", nil, []string{"Al gepubliceerd"}},
		{"vacancy.attention.closing", map[string]string{"Sluit over drie dagen (Nederlands)": views.AdminVacancyPath(closing.ID)},
			[]string{"Sluit over een maand"}},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			s := section(tt.key)
			got := items(s)
			for text, href := range tt.want {
				if got[text] != href {
					t.Errorf("item %q links to %q, want %q; items %v", text, got[text], href, got)
				}
			}
			for _, text := range tt.notWant {
				if strings.Contains(s.Text(), text) {
					t.Errorf("lists %q, which needs no attention", text)
				}
			}
		})
	}
	// The submitted event leads to its moderation page.
	moderation := section("dashboard.events.moderation")
	link := moderation.Find(`li a:contains("Werkbezoek ter moderatie")`)
	if href, _ := link.Attr("href"); !strings.HasPrefix(href, "/admin/moderation/events/") {
		t.Errorf("event %d awaiting moderation links to %q", ev.ID, href)
	}
	if !strings.Contains(section("story.attention.consent").Text(),
		i18n.Tf(i18n.NL, "story.attention.expires", i18n.FormatDate(i18n.NL, stories.Today().AddDate(0, 0, 30)))) {
		t.Error("the expiring consent does not say when it expires")
	}
}
