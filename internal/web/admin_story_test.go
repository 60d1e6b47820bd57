package web

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// by is u as the actor of an editorial action.
func by(u accounts.User) audit.Actor { return audit.Actor{ID: u.ID, Email: u.Email} }

// day is the date days from today (Europe/Amsterdam) as a form sends it.
func day(days int) string { return stories.Today().AddDate(0, 0, days).Format(stories.DateLayout) }

// storyInput is a complete Dutch story whose person consented a month ago.
func testStoryInput(name string) stories.StoryInput {
	return stories.StoryInput{
		Lang:           i18n.NL,
		PersonName:     name,
		Role:           "Rechercheur",
		Department:     "Politie Eenheid Amsterdam",
		Quote:          "Ik hoef mezelf niet te verstoppen.",
		Intro:          "Een introductie over " + name + ".",
		BodyMarkdown:   "### Hoe begon het?\n\nMet twijfel en moed.",
		ConsentGivenOn: day(-30),
	}
}

// draftStory creates a story through the editorial service, as u, after
// mod changes the input; it returns the story's id.
func (s *testSite) draftStory(u accounts.User, name string, mod ...func(*stories.StoryInput)) int64 {
	s.t.Helper()
	in := testStoryInput(name)
	for _, m := range mod {
		m(&in)
	}
	id, err := s.server.editor.Create(context.Background(), by(u), in)
	if err != nil {
		s.t.Fatal(err)
	}
	return id
}

// draft reloads a story.
func (s *testSite) draft(id int64) stories.Draft {
	s.t.Helper()
	d, err := s.server.stories.ByID(context.Background(), id)
	if err != nil {
		s.t.Fatal(err)
	}
	return d
}

// storyFormValues is the edit form of a story as a browser would send it.
func storyFormValues(in stories.StoryInput) url.Values {
	f := storyForm(in)
	v := url.Values{}
	for k, val := range f.Values {
		if k != "themes" && k != "vacancies" {
			v.Set(k, val)
		}
	}
	for _, t := range in.ThemeSlugs {
		v.Add("themes", t)
	}
	for _, id := range in.VacancyIDs {
		v.Add("vacancies", strconv.FormatInt(id, 10))
	}
	return v
}

// vacancyBox is the vacancy picker's check box of value in doc.
func vacancyBox(doc *goquery.Document, value string) *goquery.Selection {
	return doc.Find(`fieldset.vacancy-picker input[type="checkbox"][name="vacancies"][value="` + value + `"]`)
}

// wantVacancyBoxes fails unless doc's vacancy picker lists exactly the check
// boxes of values, with those of ticked checked.
func wantVacancyBoxes(t *testing.T, doc *goquery.Document, values []string, ticked ...string) {
	t.Helper()
	var got []string
	doc.Find(`fieldset.vacancy-picker input[name="vacancies"]`).Each(func(_ int, box *goquery.Selection) {
		v, _ := box.Attr("value")
		if _, checked := box.Attr("checked"); checked {
			v += "*"
		}
		got = append(got, v)
	})
	var want []string
	for _, v := range values {
		if slices.Contains(ticked, v) {
			v += "*"
		}
		want = append(want, v)
	}
	if !slices.Equal(got, want) {
		t.Errorf("vacancy picker lists %v, want %v (* ticked)", got, want)
	}
}

func TestNewStoryKeepsWhatWasTypedAndShowsErrorsAtTheirFields(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	site.addThemes("lhbti", "beperking")
	b, editor := site.signedIn(accounts.RoleEditor)
	first := site.addVacancy(vacancySpec{title: "Officier van justitie"})

	doc := b.page("/admin/stories/new", http.StatusOK)
	for _, id := range []string{"field-lang", "field-person_name", "field-role", "field-department", "field-portrait_id",
		"field-portrait_file", "field-portrait_alt", "field-quote", "field-intro", "field-body_markdown", "field-themes",
		"field-featured", "field-vacancies", "field-slug", "field-consent_given_on", "field-consent_expires_on", "field-consent_note"} {
		if doc.Find("#"+id).Length() != 1 {
			t.Errorf("the new-story form has no #%s", id)
		}
		if doc.Find(`label[for="`+id+`"]`).Length() != 1 {
			t.Errorf("#%s has no label", id)
		}
	}
	if enc, _ := doc.Find(`form[action="/admin/stories/new"]`).Attr("enctype"); enc != "multipart/form-data" {
		t.Errorf("enctype %q", enc)
	}

	typed := url.Values{
		"lang": {"nl"}, "person_name": {""}, "role": {"Officier van justitie"}, "department": {"OM Rotterdam"},
		"quote": {"Ik ben er."}, "intro": {"Intro"}, "body_markdown": {"### Kop\n\nTekst met *nadruk*."},
		"themes": {"beperking"}, "vacancies": {"twaalf", strconv.FormatInt(first.ID, 10)}, "consent_given_on": {"31-02-2026"},
		"consent_note": {"Zaak 2026-041"}, "do": {"save"},
	}
	doc = b.submit("/admin/stories/new", typed, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "person_name", "story.error.name")
	wantFieldError(t, doc, "vacancies", "story.error.vacancy")
	wantFieldError(t, doc, "consent_given_on", "story.error.date")
	if v, _ := doc.Find("#field-role").Attr("value"); v != "Officier van justitie" {
		t.Errorf("role not kept: %q", v)
	}
	if got := doc.Find("#field-body_markdown").Text(); got != "### Kop\n\nTekst met *nadruk*." {
		t.Errorf("body not kept: %q", got)
	}
	if _, checked := doc.Find(`input[name="themes"][value="beperking"]`).Attr("checked"); !checked {
		t.Error("theme not kept")
	}
	wantVacancyBoxes(t, doc, []string{"twaalf", strconv.FormatInt(first.ID, 10)}, "twaalf", strconv.FormatInt(first.ID, 10))
	if got := doc.Find("#field-consent_note").Text(); got != "Zaak 2026-041" {
		t.Errorf("consent note not kept: %q", got)
	}
	if n, _ := site.server.stories.Count(context.Background()); n != 0 {
		t.Fatalf("%d stories stored, want none", n)
	}

	typed.Set("person_name", "Zoë Şahin")
	typed.Set("consent_given_on", day(-3))
	// A ticked vacancy that exists nowhere (deleted meanwhile) is an error
	// at the field, not a failed save; the boxes ticked stay ticked.
	second := site.addVacancy(vacancySpec{title: "Parketsecretaris", status: vacancies.StatusDraft})
	missing := strconv.FormatInt(second.ID+1000, 10)
	typed["vacancies"] = []string{strconv.FormatInt(first.ID, 10), missing}
	doc = b.submit("/admin/stories/new", typed, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "vacancies", "story.error.vacancy_unknown")
	wantVacancyBoxes(t, doc, []string{strconv.FormatInt(first.ID, 10), missing}, strconv.FormatInt(first.ID, 10), missing)
	if n, _ := site.server.stories.Count(context.Background()); n != 0 {
		t.Fatalf("%d stories stored with an unknown vacancy, want none", n)
	}

	typed["vacancies"] = []string{strconv.FormatInt(first.ID, 10), strconv.FormatInt(second.ID, 10)}
	resp := b.post("/admin/stories/new", typed)
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/admin/stories/") {
		t.Fatalf("create: %d to %q", resp.StatusCode, loc)
	}
	id, _ := strconv.ParseInt(strings.TrimPrefix(loc, "/admin/stories/"), 10, 64)
	d := site.draft(id)
	if d.Slug != "zoe-sahin" || d.Status != stories.StatusDraft || d.Revision != 1 || *d.CreatedBy != editor.ID ||
		len(d.VacancyIDs) != 2 || d.ThemeSlugs()[0] != "beperking" || d.ConsentNote != "Zaak 2026-041" {
		t.Errorf("stored %+v", d)
	}
	if want := stories.Today().AddDate(-0, 0, -3).AddDate(2, 0, 0); !d.ConsentExpiresOn.Equal(want) {
		t.Errorf("consent expires %v, want two years after it was given (%v)", d.ConsentExpiresOn, want)
	}
	doc = b.page(loc, http.StatusOK)
	if got := doc.Find(".flash").Text(); got != i18n.T(i18n.NL, "story.flash.created") {
		t.Errorf("flash %q", got)
	}
	if v, _ := doc.Find("#field-slug").Attr("value"); v != "zoe-sahin" {
		t.Errorf("slug field %q", v)
	}
}

func TestStoryPreviewRendersSanitisedMarkdownWithoutSaving(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	id := site.draftStory(editor, "Sanne")
	form := storyFormValues(site.draft(id).Input())
	form.Set("body_markdown", "### Een kop\n\nDit is **vet**.\n\n<script>alert('x')</script>\n\n[klik](javascript:alert(1))")
	form.Set("do", "preview")
	doc := b.submit(views.AdminStoryPath(id), form, http.StatusOK)
	preview := doc.Find(".story-preview")
	if preview.Find("h3").Text() != "Een kop" || preview.Find("strong").Text() != "vet" {
		t.Errorf("preview %q", preview.Text())
	}
	if doc.Find(".story-preview script").Length() != 0 || strings.Contains(mustHTML(t, preview), "javascript:") {
		t.Error("the preview kept script")
	}
	if got := doc.Find("#field-body_markdown").Text(); !strings.Contains(got, "Dit is **vet**.") {
		t.Errorf("the form lost the typed body: %q", got)
	}
	if d := site.draft(id); d.Revision != 1 || strings.Contains(d.BodyMarkdown, "vet") {
		t.Errorf("preview saved the story: revision %d", d.Revision)
	}
}

func mustHTML(t *testing.T, s *goquery.Selection) string {
	t.Helper()
	h, err := s.Html()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestStoryEditorPreviewPageShowsUnpublishedStory(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	id := site.draftStory(editor, "Emily", func(in *stories.StoryInput) { in.Lang = i18n.EN })
	doc := b.page(views.AdminStoryPath(id, "preview"), http.StatusOK)
	if doc.Find("h1").Text() != "Emily" || doc.Find(".story__body h3").Text() != "Hoe begon het?" {
		t.Errorf("preview page h1 %q", doc.Find("h1").Text())
	}
	if lang, _ := doc.Find("html").Attr("lang"); lang != "en" {
		t.Errorf("preview in %q, want the story's language", lang)
	}
	if doc.Find(".preview-notice").Length() != 1 {
		t.Error("no notice that this is a preview")
	}
	// The public page does not show it.
	site.page("/en/stories/emily", http.StatusNotFound)
}

func TestSavingARenamedStoryRedirectsItsOldAddress(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	for _, l := range i18n.Langs() {
		t.Run(string(l), func(t *testing.T) {
			name := "Oud " + string(l)
			id := site.draftStory(editor, name, func(in *stories.StoryInput) { in.Lang = l })
			wantRedirect(t, b.post(views.AdminStoryPath(id, "publish"), nil), views.AdminStoryPath(id))
			old := site.draft(id).Slug
			form := storyFormValues(site.draft(id).Input())
			form.Set("slug", "nieuw-"+string(l))
			wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))

			base := "/verhalen/"
			if l == i18n.EN {
				base = "/en/stories/"
			}
			resp := site.get(base + old)
			if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != base+"nieuw-"+string(l) {
				t.Errorf("GET %s%s: %d to %q, want 301 to the new address", base, old, resp.StatusCode, resp.Header.Get("Location"))
			}
			site.page(base+"nieuw-"+string(l), http.StatusOK)
			doc := b.page(views.AdminStoryPath(id), http.StatusOK)
			if !strings.Contains(doc.Find(".editor__form").Text(), old) {
				t.Error("the editor does not list the old address")
			}
			// An address no story ever had stays a 404.
			site.page(base+"nooit-bestaan", http.StatusNotFound)
		})
	}
}

func TestStoryWorkflowRefusalsAreShownAtTheirControls(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	noConsent := site.draftStory(editor, "Zonder", func(in *stories.StoryInput) { in.ConsentGivenOn = "" })

	doc := b.submit(views.AdminStoryPath(noConsent, "publish"), nil, http.StatusUnprocessableEntity)
	if got := doc.Find("#field-publish-error").Text(); !strings.Contains(got, i18n.T(i18n.NL, "story.error.consent_missing")) {
		t.Errorf("publish error %q", got)
	}
	if doc.Find(`.error-summary a[href="#field-publish"]`).Length() != 1 {
		t.Error("the error summary does not lead to the publish button")
	}

	id := site.draftStory(editor, "Plan")
	past := time.Now().Add(-time.Hour).In(i18n.Amsterdam()).Format("2006-01-02T15:04")
	doc = b.submit(views.AdminStoryPath(id, "schedule"), url.Values{"scheduled_at": {past}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "scheduled_at", "story.error.schedule_past")
	if v, _ := doc.Find("#field-scheduled_at").Attr("value"); v != past {
		t.Errorf("typed time not kept: %q", v)
	}
	doc = b.submit(views.AdminStoryPath(id, "schedule"), url.Values{"scheduled_at": {"morgen"}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "scheduled_at", "story.error.datetime")

	// Unpublishing a draft does not apply.
	doc = b.submit(views.AdminStoryPath(id, "unpublish"), nil, http.StatusUnprocessableEntity)
	if got := doc.Find("#field-unpublish-error").Text(); !strings.Contains(got, i18n.T(i18n.NL, "story.error.status")) {
		t.Errorf("unpublish error %q", got)
	}

	// Scheduling ahead works and is shown; unscheduling takes it back.
	at := time.Now().Add(48 * time.Hour).In(i18n.Amsterdam()).Format("2006-01-02T15:04")
	wantRedirect(t, b.post(views.AdminStoryPath(id, "schedule"), url.Values{"scheduled_at": {at}}), views.AdminStoryPath(id))
	d := site.draft(id)
	if d.ScheduledAt == nil || d.ScheduledAt.In(i18n.Amsterdam()).Format("2006-01-02T15:04") != at {
		t.Fatalf("scheduled at %v, want %s Amsterdam time", d.ScheduledAt, at)
	}
	doc = b.page(views.AdminStoryPath(id), http.StatusOK)
	if v, _ := doc.Find("#field-scheduled_at").Attr("value"); v != at {
		t.Errorf("schedule field shows %q", v)
	}
	wantRedirect(t, b.post(views.AdminStoryPath(id, "unschedule"), nil), views.AdminStoryPath(id))
	if site.draft(id).Scheduled() {
		t.Error("still scheduled")
	}

	// A save that would take consent from a published story is refused at
	// the consent field, with the rest kept.
	wantRedirect(t, b.post(views.AdminStoryPath(id, "publish"), nil), views.AdminStoryPath(id))
	form := storyFormValues(site.draft(id).Input())
	form.Set("consent_given_on", "")
	form.Set("consent_expires_on", "")
	form.Set("role", "Nieuwe functie")
	doc = b.submit(views.AdminStoryPath(id), form, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "consent_given_on", "story.error.consent_required")
	if v, _ := doc.Find("#field-role").Attr("value"); v != "Nieuwe functie" {
		t.Errorf("role not kept: %q", v)
	}
}

func TestFourEyesSettingAndApproval(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	admin, adminUser := site.signedIn(accounts.RoleAdmin)
	doc := admin.page("/admin/settings", http.StatusOK)
	if box := doc.Find(`#field-four_eyes[type="checkbox"]`); box.Length() != 1 || box.AttrOr("checked", "none") != "none" {
		t.Fatal("want an unticked four-eyes checkbox")
	}
	wantRedirect(t, admin.post("/admin/settings", url.Values{"four_eyes": {"on"}}), "/admin/settings")
	if on, _ := site.server.editor.FourEyes(context.Background()); !on {
		t.Fatal("four-eyes is off")
	}
	if _, checked := admin.page("/admin/settings", http.StatusOK).Find("#field-four_eyes").Attr("checked"); !checked {
		t.Error("the checkbox is not ticked")
	}
	entries := site.auditEntries(audit.Filter{Action: "settings.update", RecordID: "four_eyes_publication"})
	if len(entries) != 1 || entries[0].ActorEmail != adminUser.Email {
		t.Errorf("audit entries %+v", entries)
	}

	author, authorUser := site.signedIn(accounts.RoleEditor)
	id := site.draftStory(authorUser, "Vier Ogen")
	doc = author.page(views.AdminStoryPath(id), http.StatusOK)
	if doc.Find("#field-publish").Length() != 0 {
		t.Error("a draft offers publishing under four-eyes")
	}
	doc = author.submit(views.AdminStoryPath(id, "publish"), nil, http.StatusUnprocessableEntity)
	if got := doc.Find("#field-publish-error").Text(); !strings.Contains(got, i18n.T(i18n.NL, "story.error.review_required")) {
		t.Errorf("publish error %q", got)
	}
	wantRedirect(t, author.post(views.AdminStoryPath(id, "submit"), nil), views.AdminStoryPath(id))
	doc = author.submit(views.AdminStoryPath(id, "publish"), nil, http.StatusUnprocessableEntity)
	if got := doc.Find("#field-publish-error").Text(); !strings.Contains(got, i18n.T(i18n.NL, "story.error.four_eyes")) {
		t.Errorf("publish by the author: %q", got)
	}
	if got := doc.Find(".workflow .notice").Text(); got != i18n.T(i18n.NL, "story.workflow.other_approver") {
		t.Errorf("notice %q", got)
	}
	wantRedirect(t, admin.post(views.AdminStoryPath(id, "publish"), nil), views.AdminStoryPath(id))
	if d := site.draft(id); d.Status != stories.StatusPublished || *d.ApprovedBy != adminUser.ID {
		t.Errorf("after approval %+v", d)
	}
}

func TestStoryInlinePortraitUpload(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	id := site.draftStory(editor, "Portret")
	form := storyFormValues(site.draft(id).Input())
	form.Set("role", "Getypte functie")
	form.Set("do", "save")

	resp := b.postMultipart(views.AdminStoryPath(id), form, upload{"portrait_file", "foto.png", []byte("<svg xmlns='http://www.w3.org/2000/svg'/>")})
	doc := b.parse(resp, "save with an SVG", http.StatusUnprocessableEntity)
	wantFileError(t, doc, "portrait_file", "image.error.format")
	if v, _ := doc.Find("#field-role").Attr("value"); v != "Getypte functie" {
		t.Errorf("role not kept: %q", v)
	}

	// A photo without its alt text is stored in the library and chosen,
	// and the form asks for the alt text.
	resp = b.postMultipart(views.AdminStoryPath(id), form, upload{"portrait_file", "foto.png", testPNG(t, 700, 700)})
	doc = b.parse(resp, "save without alt text", http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "portrait_alt", "story.error.portrait_alt")
	chosen, ok := doc.Find(`input[name="portrait_id"][checked]`).Attr("value")
	if !ok || chosen == "" {
		t.Fatal("the uploaded photo is not chosen")
	}
	form.Set("portrait_id", chosen)
	form.Set("portrait_alt", "Een vrouw met een bril lacht")
	wantRedirect(t, b.postMultipart(views.AdminStoryPath(id), form), views.AdminStoryPath(id))
	d := site.draft(id)
	if d.PortraitID == nil || strconv.FormatInt(*d.PortraitID, 10) != chosen || d.PortraitAlt != "Een vrouw met een bril lacht" || d.Role != "Getypte functie" {
		t.Errorf("stored %+v", d)
	}
	img, err := site.server.images.ByID(context.Background(), *d.PortraitID)
	if err != nil || len(img.Variants) != 3 || img.OriginalName != "foto.png" {
		t.Errorf("library image %+v, %v", img, err)
	}
}

func TestStoryRevisionsDiffAndRestore(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	id := site.draftStory(editor, "Versie")
	form := storyFormValues(site.draft(id).Input())
	form.Set("body_markdown", "### Hoe begon het?\n\nMet moed en plezier.")
	form.Set("role", "Teamleider")
	wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))

	doc := b.page(views.AdminStoryPath(id, "revisions"), http.StatusOK)
	if n := doc.Find("tbody tr").Length(); n != 2 {
		t.Fatalf("%d revisions listed, want 2", n)
	}
	if !strings.Contains(doc.Find("tbody tr").First().Text(), editor.Email) {
		t.Error("the history does not say who saved")
	}
	diffURL := views.AdminStoryDiffPath(id, 1, 2)
	if doc.Find(`a[href="`+diffURL+`"]`).Length() == 0 {
		t.Errorf("no link to %s", diffURL)
	}

	doc = b.page(diffURL, http.StatusOK)
	body := doc.Find("#diff-body_markdown").Parent()
	if got := body.Find("del").Text(); !strings.Contains(got, "twijfel") {
		t.Errorf("deleted %q", got)
	}
	if got := body.Find("ins").Text(); !strings.Contains(got, "plezier") {
		t.Errorf("inserted %q", got)
	}
	if got := doc.Find("#diff-role").Text(); got != i18n.T(i18n.NL, "story.field.role") {
		t.Errorf("role heading %q", got)
	}
	if doc.Find("#diff-person_name").Length() != 0 {
		t.Error("an unchanged field is listed")
	}
	b.page(views.AdminStoryDiffPath(id, 1, 9), http.StatusNotFound)
	b.page(views.AdminStoryPath(id, "revisions", "x", "diff", "2"), http.StatusNotFound)

	wantRedirect(t, b.post(views.AdminStoryRestorePath(id, 1), nil), views.AdminStoryPath(id))
	d := site.draft(id)
	if d.Revision != 3 || d.Role != "Rechercheur" || !strings.Contains(d.BodyMarkdown, "twijfel") {
		t.Errorf("after restore: revision %d, role %q", d.Revision, d.Role)
	}
	if got := site.auditEntries(audit.Filter{Action: "story.revision_restore"}); len(got) != 1 {
		t.Errorf("%d restore audit entries", len(got))
	}
}

func TestStoryTranslations(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	site.addThemes("gender")
	b, editor := site.signedIn(accounts.RoleEditor)
	nl := site.draftStory(editor, "Fatima", func(in *stories.StoryInput) { in.ThemeSlugs = []string{"gender"} })

	doc := b.page("/admin/stories/new?translation_of="+strconv.FormatInt(nl, 10), http.StatusOK)
	if v, _ := doc.Find("#field-person_name").Attr("value"); v != "Fatima" {
		t.Errorf("name not carried over: %q", v)
	}
	if v, _ := doc.Find(`input[name="translation_of"]`).Attr("value"); v != strconv.FormatInt(nl, 10) {
		t.Errorf("translation_of %q", v)
	}
	if doc.Find("#field-lang").Length() != 0 {
		t.Error("a translation offers a language choice")
	}
	form := storyFormValues(testStoryInput("Fatima"))
	form.Set("translation_of", strconv.FormatInt(nl, 10))
	form.Set("quote", "I do not have to hide.")
	form.Del("lang")
	resp := b.post("/admin/stories/new", form)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("create translation: %d", resp.StatusCode)
	}
	en, _ := strconv.ParseInt(strings.TrimPrefix(resp.Header.Get("Location"), "/admin/stories/"), 10, 64)
	if d := site.draft(en); d.Lang != i18n.EN || d.TranslationKey != site.draft(nl).TranslationKey {
		t.Fatalf("translation %+v", d)
	}
	doc = b.page(views.AdminStoryPath(nl), http.StatusOK)
	if doc.Find(`.translation-list a[href="`+views.AdminStoryPath(en)+`"]`).Length() != 1 {
		t.Error("the Dutch story does not link to its translation")
	}

	// A second English translation is refused.
	resp = b.post("/admin/stories/new", form)
	doc = b.parse(resp, "second translation", http.StatusUnprocessableEntity)
	if !strings.Contains(doc.Find(".error-summary").Text(), i18n.T(i18n.NL, "story.error.translation_taken")) {
		t.Errorf("error summary %q", doc.Find(".error-summary").Text())
	}

	wantRedirect(t, b.post(views.AdminStoryPath(en, "unlink"), nil), views.AdminStoryPath(en))
	if site.draft(en).TranslationKey == site.draft(nl).TranslationKey {
		t.Fatal("still linked")
	}
	doc = b.page(views.AdminStoryPath(nl), http.StatusOK)
	if doc.Find(`#field-translation_id option[value="`+strconv.FormatInt(en, 10)+`"]`).Length() != 1 {
		t.Error("the unlinked story is not offered for linking")
	}
	doc = b.submit(views.AdminStoryPath(nl, "translation"), url.Values{"translation_id": {""}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "translation_id", "story.error.translation_choose")
	other := site.draftStory(editor, "Ander")
	doc = b.submit(views.AdminStoryPath(nl, "translation"), url.Values{"translation_id": {strconv.FormatInt(other, 10)}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "translation_id", "story.error.translation_lang")
	wantRedirect(t, b.post(views.AdminStoryPath(nl, "translation"), url.Values{"translation_id": {strconv.FormatInt(en, 10)}}), views.AdminStoryPath(nl))
	if site.draft(en).TranslationKey != site.draft(nl).TranslationKey {
		t.Error("not linked again")
	}
}

func TestStoryListFiltersAndTrash(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	site.addThemes("leeftijd")
	b, editor := site.signedIn(accounts.RoleEditor)
	site.draftStory(editor, "Anna Concept")
	review := site.draftStory(editor, "Bram Review", func(in *stories.StoryInput) { in.ThemeSlugs = []string{"leeftijd"} })
	wantRedirect(t, b.post(views.AdminStoryPath(review, "submit"), nil), views.AdminStoryPath(review))
	site.draftStory(editor, "Chloe English", func(in *stories.StoryInput) { in.Lang = i18n.EN })
	gone := site.draftStory(editor, "Dirk Weg")
	wantRedirect(t, b.post(views.AdminStoryPath(gone, "trash"), nil), views.AdminStoryPath(gone))

	names := func(doc *goquery.Document) string {
		var out []string
		doc.Find("tbody tr td:first-child a").Each(func(_ int, a *goquery.Selection) { out = append(out, a.Text()) })
		return strings.Join(out, ",")
	}
	tests := []struct{ query, want string }{
		{"", "Chloe English,Bram Review,Anna Concept"},
		{"?status=in_review", "Bram Review"},
		{"?lang=en", "Chloe English"},
		{"?theme=leeftijd", "Bram Review"},
		{"?q=ann", "Anna Concept"},
		{"?q=100%25", ""},
		{"?trash=on", "Dirk Weg"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := names(b.page("/admin/stories"+tt.query, http.StatusOK)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	doc := b.page("/admin/stories?status=gepubliceerd", http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "status", "story.error.status_filter")

	// The trash: restore, or purge for good.
	doc = b.page(views.AdminStoryPath(gone), http.StatusOK)
	if doc.Find("#field-restore").Length() != 1 || doc.Find("#field-purge").Length() != 1 || doc.Find("#field-publish").Length() != 0 {
		t.Error("a story in the trash offers the wrong steps")
	}
	wantRedirect(t, b.post(views.AdminStoryPath(gone, "restore"), nil), views.AdminStoryPath(gone))
	if site.draft(gone).Trashed() {
		t.Fatal("still in the trash")
	}
	doc = b.submit(views.AdminStoryPath(gone, "purge"), nil, http.StatusUnprocessableEntity)
	if !strings.Contains(doc.Find("#field-purge-error").Text(), i18n.T(i18n.NL, "story.error.not_trashed")) {
		t.Error("purging a story outside the trash is not refused at its button")
	}
	wantRedirect(t, b.post(views.AdminStoryPath(gone, "trash"), nil), views.AdminStoryPath(gone))
	wantRedirect(t, b.post(views.AdminStoryPath(gone, "purge"), nil), "/admin/stories?trash=on")
	b.page(views.AdminStoryPath(gone), http.StatusNotFound)

	// Paging.
	for i := range adminStoriesPerPage {
		site.draftStory(editor, "Extra "+strconv.Itoa(i))
	}
	doc = b.page("/admin/stories", http.StatusOK)
	next, ok := doc.Find(`.pager a[rel="next"]`).Attr("href")
	if !ok || next != "/admin/stories?page=2" {
		t.Fatalf("next page link %q", next)
	}
	if got := b.page(next, http.StatusOK).Find("tbody tr").Length(); got != 3 {
		t.Errorf("page 2 has %d rows, want 3", got)
	}
	b.page("/admin/stories?page=nul", http.StatusBadRequest)
}

func TestDashboardShowsStoriesThatNeedAttention(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	review := site.draftStory(editor, "Wacht Op Review")
	wantRedirect(t, b.post(views.AdminStoryPath(review, "submit"), nil), views.AdminStoryPath(review))
	expiring := site.draftStory(editor, "Bijna Verlopen", func(in *stories.StoryInput) {
		in.ConsentGivenOn, in.ConsentExpiresOn = day(-700), day(10)
	})
	planned := site.draftStory(editor, "Gepland")
	at := time.Now().Add(72 * time.Hour)
	if err := site.server.editor.Schedule(context.Background(), by(editor), planned, at); err != nil {
		t.Fatal(err)
	}
	site.draftStory(editor, "Niets Aan De Hand")

	doc := b.page("/admin/", http.StatusOK)
	section := func(key string) *goquery.Selection {
		var found *goquery.Selection
		doc.Find("section.attention").Each(func(_ int, s *goquery.Selection) {
			if strings.HasPrefix(s.Find("h2").Text(), i18n.T(i18n.NL, key)) {
				found = s
			}
		})
		if found == nil {
			t.Fatalf("no section %s", key)
		}
		return found
	}
	tests := []struct {
		key  string
		id   int64
		note string
	}{
		{"story.attention.review", review, ""},
		{"story.attention.consent", expiring, i18n.Tf(i18n.NL, "story.attention.expires", i18n.FormatDate(i18n.NL, stories.Today().AddDate(0, 0, 10)))},
		{"story.attention.scheduled", planned, i18n.Tf(i18n.NL, "story.attention.planned", formatDateTime(i18n.NL, at))},
	}
	for _, tt := range tests {
		s := section(tt.key)
		if s.Find(`a[href="`+views.AdminStoryPath(tt.id)+`"]`).Length() != 1 {
			t.Errorf("%s does not link to story %d: %q", tt.key, tt.id, s.Text())
		}
		if tt.note != "" && !strings.Contains(s.Text(), tt.note) {
			t.Errorf("%s lacks %q: %q", tt.key, tt.note, s.Text())
		}
		if strings.Contains(s.Text(), "Niets Aan De Hand") {
			t.Errorf("%s lists a story that needs nothing", tt.key)
		}
	}
}
