package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// exclusionaryText has an age requirement on line 2 and a language one on
// line 3.
const exclusionaryText = "## Wie zoeken we?\nEen jonge, dynamische collega\nmet Nederlands als moedertaal."

func TestInclusiveCheckEndpoint(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	resp := b.post(views.InclusiveCheckPath, url.Values{"lang": {"nl"}, "text": {exclusionaryText}})
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
		resp.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("status %d, %q, %q", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"))
	}
	var got inclusiveResponse
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.Lang != "nl" || got.Score >= 100 || len(got.Findings) != 2 {
		t.Fatalf("response %+v", got)
	}
	age, lang := got.Findings[0], got.Findings[1]
	if age.Category != "age" || age.Severity != "warning" || age.Line != 2 || age.Column != 5 ||
		exclusionaryText[age.Start:age.End] != age.Text || age.Text != "jonge, dynamische" {
		t.Errorf("age finding %+v", age)
	}
	if lang.Category != "language" || lang.Line != 3 || lang.Explanation == "" || lang.Suggestion == "" || lang.Source == "" {
		t.Errorf("language finding %+v", lang)
	}
	if !strings.Contains(got.Summary, "2 bevindingen") {
		t.Errorf("summary %q", got.Summary)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(got.HTML))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Find(".inclusive-finding").Length() != 2 || doc.Find("mark").First().Text() != "jonge, dynamische" {
		t.Errorf("html %s", got.HTML)
	}

	// English texts with the English lists.
	resp = b.post(views.InclusiveCheckPath, url.Values{"lang": {"en"}, "text": {"We want a native speaker."}})
	got = inclusiveResponse{}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || len(got.Findings) != 1 || got.Findings[0].Text != "native speaker" {
		t.Errorf("English: %+v (%v)", got, err)
	}
	// Nothing to find: an empty list, not null.
	resp = b.post(views.InclusiveCheckPath, url.Values{"lang": {"nl"}})
	var raw map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil || resp.StatusCode != http.StatusOK || raw["findings"] == nil || raw["score"] != 100.0 {
		t.Errorf("empty text: %d %v (%v)", resp.StatusCode, raw, err)
	}

	// Over 100 kB: 413 with a message.
	resp = b.post(views.InclusiveCheckPath, url.Values{"lang": {"nl"}, "text": {strings.Repeat("woord ", 20000)}})
	var refusal map[string]string
	if err := json.NewDecoder(resp.Body).Decode(&refusal); err != nil || resp.StatusCode != http.StatusRequestEntityTooLarge ||
		refusal["error"] != i18n.T(i18n.NL, "inclusive.error.too_large") {
		t.Errorf("large text: %d %v (%v)", resp.StatusCode, refusal, err)
	}
}

func TestInclusiveCheckIsStaffOnlyAndSameOrigin(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	form := url.Values{"lang": {"nl"}, "text": {exclusionaryText}}
	if resp := site.newBrowser().post(views.InclusiveCheckPath, form); resp.StatusCode != http.StatusSeeOther ||
		!strings.HasPrefix(resp.Header.Get("Location"), "/login") {
		t.Errorf("anonymous: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	partner, _ := site.signedIn(accounts.RolePartner)
	if resp := partner.post(views.InclusiveCheckPath, form); resp.StatusCode != http.StatusForbidden {
		t.Errorf("partner: %d", resp.StatusCode)
	}
	admin, _ := site.signedIn(accounts.RoleAdmin)
	req, _ := http.NewRequest(http.MethodPost, site.http.URL+views.InclusiveCheckPath, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	if resp := admin.do(req); resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site: %d", resp.StatusCode)
	}
	if resp := admin.post(views.InclusiveCheckPath, form); resp.StatusCode != http.StatusOK {
		t.Errorf("admin: %d", resp.StatusCode)
	}
}

// wantInclusiveReport asserts that the page shows the check of the field
// with id field, with the finding of text at line and column, its
// explanation and suggestion.
func wantInclusiveReport(t *testing.T, doc *goquery.Document, field, text string, line, column int) {
	t.Helper()
	report := doc.Find("#inclusive-report")
	if report.Length() != 1 {
		t.Fatal("no language check report")
	}
	if report.Find(`h3 a[href="#`+field+`"]`).Length() != 1 {
		t.Errorf("the report does not link to #%s", field)
	}
	found := false
	report.Find(`h3:has(a[href="#` + field + `"]) + .inclusive-result .inclusive-finding`).Each(func(_ int, f *goquery.Selection) {
		if f.Find("mark").Text() != text {
			return
		}
		found = true
		where := f.Find(".inclusive-finding__where").Text()
		if !strings.Contains(where, i18n.Tf(i18n.NL, "inclusive.position", line, column)) {
			t.Errorf("finding %q at %q, want line %d column %d", text, where, line, column)
		}
		if f.Find("p[lang]").Length() < 2 || !strings.Contains(f.Text(), i18n.T(i18n.NL, "inclusive.suggestion")) {
			t.Errorf("finding %q lacks explanation or suggestion: %q", text, f.Text())
		}
	})
	if !found {
		t.Errorf("no finding %q in %q", text, report.Text())
	}
}

func TestVacancyEditorCheckLanguageButton(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	v := site.addVacancy(vacancySpec{title: "Jurist", status: vacancies.StatusDraft})
	form := vacancyFormValues(v.Input())
	form.Set("body_markdown", exclusionaryText)
	form.Set("title", "Ambitieuze jurist")
	form.Set("do", "check")
	doc := b.submit(views.AdminVacancyPath(v.ID), form, http.StatusOK)
	wantInclusiveReport(t, doc, "field-body_markdown", "jonge, dynamische", 2, 5)
	wantInclusiveReport(t, doc, "field-body_markdown", "Nederlands als moedertaal", 3, 5)
	wantInclusiveReport(t, doc, "field-title", "Ambitieuze", 1, 1)
	if got := doc.Find("#field-body_markdown").Text(); got != exclusionaryText {
		t.Errorf("the form lost the typed body: %q", got)
	}
	if got, _ := doc.Find("#field-title").Attr("value"); got != "Ambitieuze jurist" {
		t.Errorf("the form lost the typed title: %q", got)
	}
	if doc.Find(`button[name="do"][value="check"]`).Length() != 1 {
		t.Error("no check button")
	}
	if src, _ := doc.Find("script[src]").Attr("src"); !strings.HasPrefix(src, "/static/js/inclusive.") || doc.Find("script[defer]").Length() != 1 {
		t.Errorf("the enhancement script is not loaded deferred from a fingerprinted URL: %q", src)
	}
	if site.vacancyByID(v.ID).Revision != 1 {
		t.Error("the check saved the vacancy")
	}

	// On the new-vacancy page, in the language chosen in the form.
	form = fullVacancyForm()
	form.Set("lang", "en")
	form.Set("body_markdown", "We are looking for a native speaker.")
	form.Set("do", "check")
	doc = b.submit("/admin/vacancies/new", form, http.StatusOK)
	wantInclusiveReport(t, doc, "field-body_markdown", "native speaker", 1, 22)
	if site.vacancyCount() != 1 {
		t.Error("the check created a vacancy")
	}
}

func TestInclusiveScriptIsServed(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	doc := b.page("/admin/vacancies/new", http.StatusOK)
	src, _ := doc.Find("script[src]").Attr("src")
	resp := site.get(src)
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), "javascript") ||
		!strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("%s: %d %q %q", src, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"))
	}
	// No inline script, style or event handler anywhere in the editor.
	html, _ := doc.Html()
	for _, bad := range []string{"<script>", " style=", " onclick=", " oninput=", " onload="} {
		if strings.Contains(html, bad) {
			t.Errorf("the editor contains %q", bad)
		}
	}
}

func TestStoryEditorCheckLanguageButton(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	id := site.draftStory(editor, "Sanne")
	form := storyFormValues(site.draft(id).Input())
	form.Set("body_markdown", exclusionaryText)
	form.Set("quote", "Ik zocht een baan voor een native speaker.")
	form.Set("do", "check")
	doc := b.submit(views.AdminStoryPath(id), form, http.StatusOK)
	wantInclusiveReport(t, doc, "field-body_markdown", "jonge, dynamische", 2, 5)
	wantInclusiveReport(t, doc, "field-body_markdown", "Nederlands als moedertaal", 3, 5)
	if got := doc.Find("#field-body_markdown").Text(); got != exclusionaryText {
		t.Errorf("the form lost the typed body: %q", got)
	}
	if d := site.draft(id); d.Revision != 1 || d.BodyMarkdown == exclusionaryText {
		t.Error("the check saved the story")
	}
	// The interview is checked while typing, in the story's language.
	if doc.Find(`[data-inclusive-check="nl"] #field-body_markdown`).Length() != 1 {
		t.Error("the story body is not marked for the check while typing")
	}
	if doc.Find(`button[name="do"][value="check"]`).Length() != 1 || doc.Find("script[src][defer]").Length() != 1 {
		t.Error("no check button or no script")
	}

	// A new story is checked in the language chosen in its form.
	doc = b.page("/admin/stories/new", http.StatusOK)
	if doc.Find(`[data-inclusive-check=""] #field-body_markdown`).Length() != 1 {
		t.Error("the new story's body does not follow the language field")
	}
	form.Set("lang", "en")
	form.Set("body_markdown", "We are looking for a native speaker.")
	doc = b.submit("/admin/stories/new", form, http.StatusOK)
	wantInclusiveReport(t, doc, "field-body_markdown", "native speaker", 1, 22)
}
