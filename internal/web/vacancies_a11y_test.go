package web

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/browsertest"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// TestVacancyPagesPassAxe runs axe-core in headless Chromium on the public
// vacancy pages (the search with filters active and without results, an
// open and a closed vacancy, in both languages) and on every back-office
// vacancy page, including the editor with language findings, with errors
// and with the check while typing, and the import with a refused file.
// Any WCAG 2.1 A or AA violation fails the test.
func TestVacancyPagesPassAxe(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	open := site.addVacancy(vacancySpec{title: "Beleidsmedewerker data", province: "utrecht", labels: []string{"banenafspraak"},
		salary: vacancies.Range{Min: 3500, Max: 5200}, adjustments: "Extra tijd bij de test.", contactEmail: "sam@example.org"})
	site.addVacancy(vacancySpec{title: "Jurist", province: "utrecht", unit: "Directie Juridische Zaken", closingIn: 4})
	closed := site.addVacancy(vacancySpec{title: "Data-analist", province: "utrecht", status: vacancies.StatusClosed})
	en := site.addVacancy(vacancySpec{title: "Policy officer", lang: i18n.EN, key: open.TranslationKey, slug: "policy-officer"})
	story := site.addStory(storySpec{slug: "amira", name: "Amira"})
	site.exec(`INSERT INTO story_vacancies (story_id, vacancy_id) VALUES ($1, $2)`, story, open.ID)

	browser := browsertest.New(t)
	check := func(t *testing.T, name string, v []browsertest.Violation) {
		t.Helper()
		if len(v) > 0 {
			t.Errorf("axe-core found WCAG 2.1 A/AA violations on %s:\n%s", name, browsertest.FormatViolations(v))
		}
	}
	public := []string{
		"/vacatures",
		"/vacatures?provincie=utrecht&opleiding=hbo&label=banenafspraak&sorteer=closing",
		"/vacatures?q=astronaut&provincie=zeeland",
		paths.Vacancy(i18n.NL, open.Slug),
		paths.Vacancy(i18n.NL, closed.Slug),
		"/en/vacancies?province=utrecht",
		paths.Vacancy(i18n.EN, en.Slug),
		"/",
	}
	for _, path := range public {
		t.Run(path, func(t *testing.T) { check(t, path, browser.Axe(t, site.http.URL+path)) })
	}

	// The back office, as an editor whose session the browser takes over.
	b, editor := site.signedIn(accounts.RoleEditor)
	storyDraft := site.draftStory(editor, "Sanne")
	form := vacancyFormValues(open.Input())
	form.Set("title", "Senior beleidsmedewerker data")
	if resp := b.post(views.AdminVacancyPath(open.ID), form); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("save: %d", resp.StatusCode)
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
	admin := []string{
		"/admin/",
		"/admin/vacancies",
		"/admin/vacancies?status=bogus",
		"/admin/vacancies/new",
		views.AdminVacancyPath(open.ID),
		views.AdminVacancyPath(closed.ID),
		views.AdminVacancyPath(open.ID, "revisions"),
		views.AdminVacancyRevisionPath(open.ID, 2),
		"/admin/vacancies/import",
	}
	for _, path := range admin {
		t.Run(path, func(t *testing.T) {
			tab := browser.Run(t, chromedp.Navigate(site.http.URL+path))
			if loc, err := chromedp.Run(tab, chromedp.Location()); err != nil || loc != site.http.URL+path {
				t.Fatalf("at %q (%v), want %s", loc, err, path)
			}
			check(t, path, browser.AxeTab(t, tab))
		})
	}

	// Forms shown again: with language findings, with errors, and the
	// import with the problems of a refused file.
	csvPath := filepath.Join(t.TempDir(), "vacatures.csv")
	if err := os.WriteFile(csvPath, importFile(t, map[string]string{"province": "atlantis", "title": ""}), 0o600); err != nil {
		t.Fatal(err)
	}
	flows := []struct {
		name  string
		steps []chromedp.Action[chromedp.Void]
	}{
		{"editor with findings", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(site.http.URL + views.AdminVacancyPath(open.ID)),
			chromedp.SetValue(chromedp.ID("field-body_markdown"), exclusionaryText),
			chromedp.Click(chromedp.CSS(`button[name="do"][value="check"]`)),
			chromedp.WaitVisible(chromedp.CSS("#inclusive-report .inclusive-finding")),
		}},
		{"editor with errors", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(site.http.URL + "/admin/vacancies/new"),
			chromedp.SetValue(chromedp.ID("field-hours_min"), "veertig"),
			chromedp.Click(chromedp.CSS(`button[name="do"][value="save"]`)),
			chromedp.WaitVisible(chromedp.CSS(".error-summary")),
		}},
		{"import with problems", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(site.http.URL + "/admin/vacancies/import"),
			chromedp.SetUploadFiles(chromedp.ID("field-file"), []string{csvPath}),
			chromedp.Click(chromedp.CSS(`form[enctype="multipart/form-data"] button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(".import-problems")),
		}},
	}
	for _, f := range flows {
		t.Run(f.name, func(t *testing.T) { check(t, f.name, browser.AxeTab(t, browser.Run(t, f.steps...))) })
	}

	// The check while typing: the script (script-src 'self', no inline
	// code) posts the text and shows the findings in a live region below
	// the text area, which passes axe too.
	t.Run("check while typing", func(t *testing.T) {
		tab := browser.Run(t,
			chromedp.Navigate(site.http.URL+"/admin/vacancies/new"),
			chromedp.SendKeys(chromedp.ID("field-body_markdown"), "Wij zoeken een collega met Nederlands als moedertaal."),
			chromedp.WaitVisible(chromedp.CSS(".inclusive-live__details .inclusive-finding")),
		)
		ctx, cancel := context.WithTimeout(tab, 30*time.Second)
		defer cancel()
		status, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.inclusive-live__status[role="status"]`)))
		if err != nil || !strings.Contains(status, "bevinding") {
			t.Errorf("live status %q (%v)", status, err)
		}
		marks, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".inclusive-live__details mark")))
		if err != nil || marks != "Nederlands als moedertaal" {
			t.Errorf("first finding %q (%v)", marks, err)
		}
		check(t, "check while typing", browser.AxeTab(t, tab))
	})
	// The same script in the story editor, on the interview's text area.
	t.Run("story editor check while typing", func(t *testing.T) {
		tab := browser.Run(t,
			chromedp.Navigate(site.http.URL+views.AdminStoryPath(storyDraft)),
			chromedp.SendKeys(chromedp.ID("field-body_markdown"), " Wij zoeken een jonge, dynamische collega."),
			// The stored text is checked on load; wait for the typed one.
			chromedp.Poll[chromedp.Void](`[...document.querySelectorAll(".inclusive-live__details mark")].some(m => m.textContent === "jonge, dynamische")`),
		)
		check(t, "story editor check while typing", browser.AxeTab(t, tab))
	})
}
