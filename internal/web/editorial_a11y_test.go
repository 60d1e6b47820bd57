package web

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/browsertest"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// TestEditorialPagesPassAxe runs axe-core in headless Chromium on the
// dashboard (every list filled), the story list and trash, the story editor (new and edit,
// planned, with linked vacancies (one closed), the vacancy picker's
// filter and an error at it, with a preview, with errors at fields
// and at workflow buttons), the revisions with their compare form (also
// with an error) and their diff, the editor's preview of a story
// and the media library (also with a refused upload; the alt text form
// uses the same fields). Any WCAG 2.1 A or AA violation fails the test.
func TestEditorialPagesPassAxe(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	site.addThemes("lhbti", "beperking", "leeftijd")
	browser := browsertest.New(t)
	check := func(t *testing.T, name string, v []browsertest.Violation) {
		t.Helper()
		if len(v) > 0 {
			t.Errorf("axe-core found WCAG 2.1 A/AA violations on %s:\n%s", name, browsertest.FormatViolations(v))
		}
	}

	// Something on every page: a story with a portrait, two revisions and
	// a translation; one in review, one expiring, one planned, one in the
	// trash, one without consent.
	b, editor := site.signedIn(accounts.RoleEditor)
	imageID := uploadPortrait(t, b, 900, 600)
	// The dashboard's other lists: a vacancy closing soon, an event
	// awaiting moderation.
	vacancy := site.addVacancy(vacancySpec{title: "Beleidsadviseur", closingIn: 3})
	_, partnerUser := site.signedIn(accounts.RolePartner)
	if _, err := events.NewStore(site.pool).Create(context.Background(), *partnerUser.PartnerID, partnerUser.ID,
		evContent("Werkbezoek", evSoon(9), nil)); err != nil {
		t.Fatal(err)
	}
	// The vacancy picker: a linked vacancy that has closed, one in the
	// other language, and more open ones than it lists, so it offers its
	// filter.
	closedVacancy := site.addVacancy(vacancySpec{title: "Officier van justitie", status: vacancies.StatusClosed})
	site.addVacancy(vacancySpec{title: "Policy adviser", lang: i18n.EN, closingIn: 60})
	for i := range vacancyPickerSize {
		site.addVacancy(vacancySpec{title: fmt.Sprintf("Vacature %02d", i), closingIn: 60})
	}
	id := site.draftStory(editor, "Noor", func(in *stories.StoryInput) {
		in.PortraitID, in.PortraitAlt = &imageID, "Noor lacht"
		in.ThemeSlugs = []string{"lhbti"}
		in.VacancyIDs = []int64{vacancy.ID, closedVacancy.ID}
	})
	form := storyFormValues(site.draft(id).Input())
	form.Set("body_markdown", "### Hoe begon het?\n\nMet een open sollicitatie en **veel** moed.")
	wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))
	site.draftStory(editor, "Noor", func(in *stories.StoryInput) { in.Lang = i18n.EN })
	review := site.draftStory(editor, "Bram")
	wantRedirect(t, b.post(views.AdminStoryPath(review, "submit"), nil), views.AdminStoryPath(review))
	site.draftStory(editor, "Els", func(in *stories.StoryInput) { in.ConsentGivenOn, in.ConsentExpiresOn = day(-700), day(12) })
	planned := site.draftStory(editor, "Pim")
	if err := site.server.editor.Schedule(context.Background(), by(editor), planned, time.Now().Add(48*time.Hour)); err != nil {
		t.Fatal(err)
	}
	trashed := site.draftStory(editor, "Weg")
	wantRedirect(t, b.post(views.AdminStoryPath(trashed, "trash"), nil), views.AdminStoryPath(trashed))
	noConsent := site.draftStory(editor, "Zonder", func(in *stories.StoryInput) { in.ConsentGivenOn = "" })
	if resp := b.get(views.AdminStoryPath(id)); resp.StatusCode != http.StatusOK {
		t.Fatalf("edit page: %d", resp.StatusCode)
	}

	tab := browser.NewTab(t)
	ctx, cancel := context.WithTimeout(tab, time.Minute)
	defer cancel()
	if _, err := chromedp.Call(ctx, network.SetCookie, network.SetCookieParams{
		Name: SessionCookie, Value: b.sessionCookie(), URL: site.http.URL, Path: "/",
		HTTPOnly: new(true), SameSite: network.CookieSameSiteLax,
	}); err != nil {
		t.Fatal(err)
	}

	pages := []string{
		"/admin/",
		"/admin/stories",
		"/admin/stories?trash=on",
		"/admin/stories/new",
		views.AdminStoryPath(id),
		views.AdminStoryPath(planned),
		views.AdminStoryPath(id, "revisions"),
		views.AdminStoryDiffPath(id, 1, 2),
		views.AdminStoryPath(id, "revisions", "compare") + "?a=2&b=2", // with an error at the field
		views.AdminStoryPath(id, "preview"),
		"/admin/media",
		views.AdminMediaPath(imageID),
	}
	for _, path := range pages {
		t.Run(path, func(t *testing.T) {
			tab := browser.Run(t, chromedp.Navigate(site.http.URL+path))
			if loc, err := chromedp.Run(tab, chromedp.Location()); err != nil || loc != site.http.URL+path {
				t.Fatalf("at %q (%v), want %s", loc, err, path)
			}
			check(t, path, browser.AxeTab(t, tab))
		})
	}

	svg := filepath.Join(t.TempDir(), "logo.svg")
	if err := os.WriteFile(svg, []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), 0o600); err != nil {
		t.Fatal(err)
	}
	forms := []struct {
		name   string
		path   string
		steps  []chromedp.Action[chromedp.Void]
		submit string
		wait   string
	}{
		{
			name:   "new story with errors",
			path:   "/admin/stories/new",
			steps:  []chromedp.Action[chromedp.Void]{chromedp.SetValue(chromedp.ID("field-consent_given_on"), "2999-01-01")},
			submit: `button[name="do"][value="save"]`,
			wait:   ".error-summary",
		},
		{
			name: "edit with errors and a refused portrait",
			path: views.AdminStoryPath(id),
			steps: []chromedp.Action[chromedp.Void]{
				chromedp.SetValue(chromedp.ID("field-person_name"), " "),
				chromedp.SetValue(chromedp.ID("field-slug"), "Geen Slug!"),
				chromedp.SetUploadFiles(chromedp.ID("field-portrait_file"), []string{svg}),
			},
			submit: `button[name="do"][value="save"]`,
			wait:   "#field-portrait_file-error",
		},
		{
			name: "new story with a vacancy in the other language",
			path: "/admin/stories/new",
			steps: []chromedp.Action[chromedp.Void]{
				chromedp.SetValue(chromedp.ID("field-lang"), "en"),
				chromedp.SetValue(chromedp.ID("field-person_name"), "Sam"),
				chromedp.SetValue(chromedp.ID("field-role"), "Policy adviser"),
				chromedp.SetValue(chromedp.ID("field-department"), "Labour Market"),
				chromedp.SetValue(chromedp.ID("field-quote"), "I belong here."),
				chromedp.SetValue(chromedp.ID("field-intro"), "Sam works at the ministry."),
				chromedp.SetValue(chromedp.ID("field-body_markdown"), "It started with an open application."),
				chromedp.Click(chromedp.ID("field-vacancies")), // a Dutch one
			},
			submit: `button[name="do"][value="save"]`,
			wait:   "#field-vacancies-error",
		},
		{
			name:   "edit with the vacancy filter",
			path:   views.AdminStoryPath(id),
			steps:  []chromedp.Action[chromedp.Void]{chromedp.SetValue(chromedp.ID("field-vacancy_q"), "Beleidsadviseur")},
			submit: `button[name="find_vacancies"]`,
			wait:   `#field-vacancy_q[value="Beleidsadviseur"]`,
		},
		{
			name:   "edit with preview",
			path:   views.AdminStoryPath(id),
			submit: `button[name="do"][value="preview"]`,
			wait:   ".story-preview",
		},
		{
			name:   "workflow refusal at its button",
			path:   views.AdminStoryPath(noConsent),
			submit: "#field-publish",
			wait:   "#field-publish-error",
		},
		{
			name:   "schedule with errors",
			path:   views.AdminStoryPath(review),
			steps:  []chromedp.Action[chromedp.Void]{chromedp.SetValue(chromedp.ID("field-scheduled_at"), "2001-01-01T10:00")},
			submit: `form[action$="/schedule"] button`,
			wait:   "#field-scheduled_at-error",
		},
		{
			name:   "upload with errors",
			path:   "/admin/media",
			steps:  []chromedp.Action[chromedp.Void]{chromedp.SetUploadFiles(chromedp.ID("field-file"), []string{svg})},
			submit: `form[action="/admin/media"] button[type="submit"]`,
			wait:   ".error-summary",
		},
	}
	for _, f := range forms {
		t.Run(f.name, func(t *testing.T) {
			steps := append([]chromedp.Action[chromedp.Void]{chromedp.Navigate(site.http.URL + f.path)}, f.steps...)
			steps = append(steps, chromedp.Click(chromedp.CSS(f.submit)), chromedp.WaitVisible(chromedp.CSS(f.wait)))
			tab := browser.Run(t, steps...)
			check(t, f.name, browser.AxeTab(t, tab))
		})
	}
}
