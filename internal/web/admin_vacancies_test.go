package web

import (
	"bytes"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/internal/vacancyadmin"
	"github.com/podium-portal/podium/web/views"
)

// vacancyDay is the date days from today as the form sends it.
func vacancyDay(days int) string {
	return vacancies.Today().AddDate(0, 0, days).Format(vacancies.DateLayout)
}

// fullVacancyForm fills in every field of the new-vacancy form.
func fullVacancyForm() url.Values {
	return url.Values{
		"lang": {"nl"}, "title": {"Beleidsmedewerker inclusie"}, "organisation_unit": {"Directie Arbeidsmarkt"},
		"city": {"Den Haag"}, "province": {"zuid-holland"}, "scale_min": {"10"}, "scale_max": {"11"},
		"salary_min": {"€ 3.500"}, "salary_max": {"5.500"}, "hours_min": {"32"}, "hours_max": {"36"},
		"education_level": {"hbo"}, "employment_type": {"temporary_to_permanent"}, "closing_date": {vacancyDay(21)},
		"apply_url": {"https://werken.example.org/123"}, "contact_name": {"Sam de Vries"},
		"contact_email": {"sam@example.org"}, "contact_phone": {"+31 70 123 45 67"},
		"body_markdown":    {"## Wat ga je doen?\n\nJe werkt aan een inclusieve arbeidsmarkt."},
		"adjustments_note": {"Extra tijd bij de test is mogelijk."}, "labels": {"banenafspraak", "zij-instroom"},
		"slug": {"beleidsmedewerker-inclusie"}, "do": {"save"},
	}
}

func TestCreateVacancyWithEveryField(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	doc := b.page("/admin/vacancies/new", http.StatusOK)
	for _, name := range []string{"lang", "title", "organisation_unit", "city", "province", "scale_min", "scale_max",
		"salary_min", "salary_max", "hours_min", "hours_max", "education_level", "employment_type", "closing_date",
		"apply_url", "contact_name", "contact_email", "contact_phone", "body_markdown", "adjustments_note", "labels", "slug"} {
		if doc.Find("#field-"+name).Length() != 1 || doc.Find(`label[for="field-`+name+`"], fieldset:has(#field-`+name+`) legend`).Length() == 0 {
			t.Errorf("the form has no labelled field %s", name)
		}
	}
	if n := doc.Find("#field-province option").Length(); n != 13 {
		t.Errorf("%d province options, want a prompt and 12", n)
	}
	if n := doc.Find("#field-scale_min option").Length(); n != 19 {
		t.Errorf("%d scale options, want none and 1–18", n)
	}
	if v, _ := doc.Find("#field-body_markdown").Attr("data-inclusive-check"); v != "" {
		t.Errorf("the new form checks in %q; the language field should decide", v)
	}

	resp := b.post("/admin/vacancies/new", fullVacancyForm())
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/admin/vacancies/") {
		t.Fatalf("create: %d to %q", resp.StatusCode, loc)
	}
	id, _ := strconv.ParseInt(strings.TrimPrefix(loc, "/admin/vacancies/"), 10, 64)
	v := site.vacancyByID(id)
	if v.Title != "Beleidsmedewerker inclusie" || v.Slug != "beleidsmedewerker-inclusie" || v.Status != vacancies.StatusDraft ||
		v.Scale != (vacancies.Range{Min: 10, Max: 11}) || v.Salary != (vacancies.Range{Min: 3500, Max: 5500}) ||
		v.Hours != (vacancies.Range{Min: 32, Max: 36}) || v.EmploymentType != "temporary_to_permanent" ||
		v.ClosingDate.Format(vacancies.DateLayout) != vacancyDay(21) || v.ContactPhone != "+31 70 123 45 67" ||
		!v.HasLabel("banenafspraak") || !v.HasLabel("zij-instroom") || v.AdjustmentsNote == "" || v.Revision != 1 {
		t.Errorf("stored %+v", v)
	}
	entries := site.auditEntries(audit.Filter{Action: "vacancy.create"})
	if len(entries) != 1 || entries[0].ActorEmail != editor.Email || entries[0].RecordID != strconv.FormatInt(id, 10) {
		t.Errorf("audit %+v", entries)
	}
	doc = b.page(loc, http.StatusOK)
	if got := doc.Find(".flash").Text(); got != i18n.T(i18n.NL, "vacancy.flash.created") {
		t.Errorf("flash %q", got)
	}
	if got, _ := doc.Find("#field-salary_min").Attr("value"); got != "3500" {
		t.Errorf("salary field %q", got)
	}
	if doc.Find(`#field-labels[checked]`).Length() != 1 || doc.Find(`input[name="labels"][value="zij-instroom"][checked]`).Length() != 1 {
		t.Error("the labels are not checked")
	}
	if v, _ := doc.Find("#field-body_markdown").Attr("data-inclusive-check"); v != "nl" {
		t.Errorf("the body is checked in %q while typing, want nl", v)
	}
}

func TestNewVacancyKeepsInputAndShowsErrorsAtTheirFields(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	form := fullVacancyForm()
	form.Set("title", "")
	form.Set("scale_max", "9")
	form.Set("salary_min", "veel")
	form.Set("closing_date", vacancyDay(-1))
	form.Set("apply_url", "")
	form.Set("contact_email", "sam-at-example")
	form.Set("province", "atlantis")
	doc := b.submit("/admin/vacancies/new", form, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "title", vacancies.ErrRequired)
	wantFieldError(t, doc, "scale_max", vacancies.ErrScaleOrder)
	wantFieldError(t, doc, "salary_min", vacancies.ErrNumber)
	wantFieldError(t, doc, "closing_date", vacancies.ErrClosingDatePast)
	wantFieldError(t, doc, "contact_email", vacancies.ErrEmail)
	wantFieldError(t, doc, "province", vacancies.ErrProvince)
	if got, _ := doc.Find("#field-salary_min").Attr("value"); got != "veel" {
		t.Errorf("salary not kept: %q", got)
	}
	if got := doc.Find("#field-body_markdown").Text(); !strings.Contains(got, "inclusieve arbeidsmarkt") {
		t.Errorf("body not kept: %q", got)
	}
	if doc.Find(`input[name="labels"][value="banenafspraak"][checked]`).Length() != 1 {
		t.Error("labels not kept")
	}
	if n := site.vacancyCount(); n != 0 {
		t.Errorf("%d vacancies stored", n)
	}
}

func TestSaveVacancyWritesRevisionAndAudit(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	v := site.addVacancy(vacancySpec{title: "Jurist", status: vacancies.StatusDraft})
	form := vacancyFormValues(v.Input())
	wantRedirect(t, b.post(views.AdminVacancyPath(v.ID), form), views.AdminVacancyPath(v.ID))
	if doc := b.page(views.AdminVacancyPath(v.ID), http.StatusOK); doc.Find(".flash").Text() != i18n.T(i18n.NL, "vacancy.flash.unchanged") {
		t.Error("an unchanged save does not say so")
	}
	form.Set("title", "Senior jurist")
	form.Set("lang", "en") // the language is the vacancy's own
	wantRedirect(t, b.post(views.AdminVacancyPath(v.ID), form), views.AdminVacancyPath(v.ID))
	got := site.vacancyByID(v.ID)
	if got.Title != "Senior jurist" || got.Lang != i18n.NL || got.Revision != 2 {
		t.Errorf("saved %q %s revision %d", got.Title, got.Lang, got.Revision)
	}
	entries := site.auditEntries(audit.Filter{Action: "vacancy.update"})
	if len(entries) != 1 || entries[0].ActorEmail != editor.Email || !strings.Contains(entries[0].Before, `"Jurist"`) ||
		!strings.Contains(entries[0].After, `"Senior jurist"`) {
		t.Errorf("audit %+v", entries)
	}
	form.Set("hours_max", "50")
	doc := b.submit(views.AdminVacancyPath(v.ID), form, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "hours_max", vacancies.ErrHours)
	b.page(views.AdminVacancyPath(999999), http.StatusNotFound)
}

func TestVacancyPreviewRendersSanitisedMarkdownWithoutSaving(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	v := site.addVacancy(vacancySpec{title: "Jurist", status: vacancies.StatusDraft})
	form := vacancyFormValues(v.Input())
	form.Set("body_markdown", "## Een kop\n\nDit is **vet**.\n\n<script>alert('x')</script>\n\n[klik](javascript:alert(1))")
	form.Set("do", "preview")
	doc := b.submit(views.AdminVacancyPath(v.ID), form, http.StatusOK)
	preview := doc.Find(".vacancy-preview")
	if preview.Find("h2").Last().Text() != "Een kop" || preview.Find("strong").Text() != "vet" {
		t.Errorf("preview %q", preview.Text())
	}
	if preview.Find("script").Length() != 0 || strings.Contains(mustHTML(t, preview), "javascript:") {
		t.Error("the preview kept script")
	}
	if !strings.Contains(doc.Find("#field-body_markdown").Text(), "Dit is **vet**.") {
		t.Error("the form lost the typed body")
	}
	if site.vacancyByID(v.ID).Revision != 1 {
		t.Error("the preview saved")
	}
}

func TestVacancyWorkflowIsAuditedAndRefusalsShownAtTheirButtons(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	v := site.addVacancy(vacancySpec{title: "Jurist", status: vacancies.StatusDraft})
	path := views.AdminVacancyPath(v.ID)

	doc := b.page(path, http.StatusOK)
	if doc.Find("#field-publish").Length() != 1 || doc.Find("#field-close").Length() != 0 {
		t.Error("a draft should offer publish, not close")
	}
	// Closing a draft is not a step the workflow has.
	doc = b.submit(path+"/close", url.Values{}, http.StatusUnprocessableEntity)
	if got := doc.Find("#field-close-error").Text(); !strings.Contains(got, i18n.T(i18n.NL, "vacancy.error.transition")) {
		t.Errorf("close error %q", got)
	}
	if doc.Find(`#field-close[aria-describedby~="field-close-error"]`).Length() != 1 {
		t.Error("the error is not tied to its button")
	}

	for _, step := range []struct {
		action string
		want   vacancies.Status
	}{
		{"publish", vacancies.StatusPublished}, {"close", vacancies.StatusClosed}, {"publish", vacancies.StatusPublished},
		{"draft", vacancies.StatusDraft}, {"archive", vacancies.StatusArchived}, {"draft", vacancies.StatusDraft},
	} {
		wantRedirect(t, b.post(path+"/"+step.action, url.Values{}), path)
		if got := site.vacancyByID(v.ID).Status; got != step.want {
			t.Fatalf("after %s: %s, want %s", step.action, got, step.want)
		}
	}
	var actions []string
	for _, e := range site.auditEntries(audit.Filter{RecordType: "vacancy", RecordID: strconv.FormatInt(v.ID, 10)}) {
		actions = append([]string{e.Action}, actions...)
		if e.ActorEmail != editor.Email {
			t.Errorf("entry by %q", e.ActorEmail)
		}
	}
	if got := strings.Join(actions, " "); got != "vacancy.publish vacancy.close vacancy.publish vacancy.unpublish vacancy.archive vacancy.unpublish" {
		t.Errorf("audit %q", got)
	}

	// Publishing after the closing date is refused at the button.
	site.exec(`UPDATE vacancies SET closing_date = current_date - 1 WHERE id = $1`, v.ID)
	doc = b.submit(path+"/publish", url.Values{}, http.StatusUnprocessableEntity)
	if got := doc.Find("#field-publish-error").Text(); !strings.Contains(got, i18n.T(i18n.NL, vacancies.ErrClosingDatePast)) {
		t.Errorf("publish error %q", got)
	}
	if doc.Find(`.error-summary a[href="#field-publish"]`).Length() != 1 {
		t.Error("the error summary does not lead to the button")
	}
	if site.vacancyByID(v.ID).Status != vacancies.StatusDraft {
		t.Error("the refused step changed the status")
	}
}

func TestVacancyRevisionsShowChangesAndRestore(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	v := site.addVacancy(vacancySpec{title: "Jurist bestuursrecht", status: vacancies.StatusDraft})
	form := vacancyFormValues(v.Input())
	form.Set("title", "Jurist omgevingsrecht")
	form.Set("body_markdown", "Je adviseert over omgevingsrecht.")
	wantRedirect(t, b.post(views.AdminVacancyPath(v.ID), form), views.AdminVacancyPath(v.ID))

	doc := b.page(views.AdminVacancyPath(v.ID, "revisions"), http.StatusOK)
	if n := doc.Find("tbody tr").Length(); n != 2 {
		t.Fatalf("%d revisions listed", n)
	}
	doc = b.page(views.AdminVacancyRevisionPath(v.ID, 2), http.StatusOK)
	if doc.Find(".diff ins").Text() == "" || !strings.Contains(doc.Find(".diff del").Text(), "bestuursrecht") {
		t.Errorf("diff %q", doc.Find(".diff").Text())
	}
	if n := doc.Find(".diff-field").Length(); n != 2 {
		t.Errorf("%d changed fields, want title and text", n)
	}
	b.page(views.AdminVacancyRevisionPath(v.ID, 9), http.StatusNotFound)

	wantRedirect(t, b.post(views.AdminVacancyPath(v.ID, "revisions", "1", "restore"), url.Values{}), views.AdminVacancyPath(v.ID))
	got := site.vacancyByID(v.ID)
	if got.Title != "Jurist bestuursrecht" || got.Revision != 3 {
		t.Errorf("after restore: %q revision %d", got.Title, got.Revision)
	}
	if len(site.auditEntries(audit.Filter{Action: "vacancy.restore"})) != 1 {
		t.Error("the restore is not audited")
	}
}

func TestVacancyTranslationShareItsGroup(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	nl := site.addVacancy(vacancySpec{title: "Jurist", labels: []string{"starter"}})
	doc := b.page("/admin/vacancies/new?translation_of="+strconv.FormatInt(nl.ID, 10), http.StatusOK)
	if v, _ := doc.Find(`input[name="translation_of"]`).Attr("value"); v != strconv.FormatInt(nl.ID, 10) {
		t.Fatalf("translation_of %q", v)
	}
	if v, _ := doc.Find("#field-province").Find("option[selected]").Attr("value"); v != nl.Province {
		t.Errorf("the shared facts are not filled in: province %q", v)
	}
	if v, _ := doc.Find("#field-body_markdown").Attr("data-inclusive-check"); v != "en" {
		t.Errorf("the translation is checked in %q, want en", v)
	}
	form := vacancyFormValues(nl.Input())
	form.Set("title", "Lawyer")
	form.Set("slug", "")
	form.Set("translation_of", strconv.FormatInt(nl.ID, 10))
	resp := b.post("/admin/vacancies/new", form)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("create translation: %d", resp.StatusCode)
	}
	id, _ := strconv.ParseInt(strings.TrimPrefix(resp.Header.Get("Location"), "/admin/vacancies/"), 10, 64)
	en := site.vacancyByID(id)
	if en.Lang != i18n.EN || en.TranslationKey != nl.TranslationKey {
		t.Errorf("translation %s in group %s, want en in %s", en.Lang, en.TranslationKey, nl.TranslationKey)
	}
	doc = b.page(views.AdminVacancyPath(nl.ID), http.StatusOK)
	if href, _ := doc.Find(`section[aria-labelledby="translations-title"] a`).Attr("href"); href != views.AdminVacancyPath(en.ID) {
		t.Errorf("translation link %q", href)
	}
	// A second English version of the group is refused.
	doc = b.submit("/admin/vacancies/new", form, http.StatusUnprocessableEntity)
	if !strings.Contains(doc.Find(".error-summary").Text(), i18n.T(i18n.NL, vacancies.ErrTranslationTaken)) {
		t.Errorf("error summary %q", doc.Find(".error-summary").Text())
	}
}

func TestAdminVacancyListShowsScoresAndFilters(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	site.addVacancy(vacancySpec{title: "Neutrale vacature", status: vacancies.StatusDraft})
	poor := site.addVacancy(vacancySpec{title: "Jonge, dynamische collega",
		body: "Wij zoeken een native speaker met Nederlands als moedertaal voor ons jonge, dynamische team."})
	site.addVacancy(vacancySpec{title: "English job", lang: i18n.EN, status: vacancies.StatusClosed})

	doc := b.page("/admin/vacancies", http.StatusOK)
	rows := doc.Find("tbody tr")
	if rows.Length() != 3 {
		t.Fatalf("%d rows", rows.Length())
	}
	score := func(title string) (int, string) {
		row := doc.Find(`tbody tr:has(a:contains("` + title + `"))`)
		n, _ := strconv.Atoi(strings.TrimSpace(row.Find(".badge--score-good, .badge--score-fair, .badge--score-poor").Text()))
		return n, row.Find("td.number .muted").Text()
	}
	if n, findings := score("Neutrale vacature"); n != 100 || findings != "0 bevindingen" {
		t.Errorf("neutral: %d %q", n, findings)
	}
	if n, _ := score("Jonge, dynamische collega"); n >= 80 {
		t.Errorf("exclusionary text scores %d", n)
	}
	if doc.Find(`tbody tr:has(a[href="`+views.AdminVacancyPath(poor.ID)+`"]) .badge--score-poor`).Length() != 1 {
		t.Error("the poor score is not marked as such")
	}

	for _, c := range []struct{ query, want string }{
		{"?status=draft", "Neutrale vacature"},
		{"?lang=en", "English job"},
		{"?q=dynamisch", "Jonge, dynamische collega"},
	} {
		doc := b.page("/admin/vacancies"+c.query, http.StatusOK)
		if got := strings.TrimSpace(doc.Find("tbody tr td:first-child a").Text()); got != c.want {
			t.Errorf("%s: %q, want %q", c.query, got, c.want)
		}
	}
	doc = b.page("/admin/vacancies?status=gone", http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "status", "vacancy.error.status_filter")
	b.page("/admin/vacancies?after=nonsense", http.StatusBadRequest)

	// Keyset pages of 25, keeping the filter.
	for i := range 25 {
		site.addVacancy(vacancySpec{title: "Extra " + strconv.Itoa(i), status: vacancies.StatusDraft})
	}
	doc = b.page("/admin/vacancies?status=draft", http.StatusOK)
	older := doc.Find(".pager__next").AttrOr("href", "")
	if doc.Find("tbody tr").Length() != 25 || !strings.Contains(older, "status=draft") || !strings.Contains(older, "after=") {
		t.Fatalf("first page: %d rows, older link %q", doc.Find("tbody tr").Length(), older)
	}
	doc = b.page(older, http.StatusOK)
	if doc.Find("tbody tr").Length() != 1 || doc.Find(".pager__next").Length() != 0 {
		t.Errorf("second page: %d rows", doc.Find("tbody tr").Length())
	}
}

// importFile is a CSV import of the given rows, each a map from column to
// value on top of a complete vacancy.
func importFile(t *testing.T, rows ...map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	buf.WriteString(strings.Join(vacancyadmin.Columns(), ";") + "\n")
	for _, r := range rows {
		row := map[string]string{
			"lang": "nl", "title": "Beleidsmedewerker", "organisation_unit": "Directie Arbeidsmarkt", "city": "Den Haag",
			"province": "zuid-holland", "scale_min": "10", "scale_max": "11", "hours_min": "36", "hours_max": "36",
			"education_level": "hbo", "employment_type": "permanent", "closing_date": vacancyDay(30),
			"apply_url": "https://werken.example.org/1", "body_markdown": "Je werkt aan beleid.",
		}
		for k, v := range r {
			row[k] = v
		}
		cells := make([]string, len(vacancyadmin.Columns()))
		for i, c := range vacancyadmin.Columns() {
			cells[i] = `"` + strings.ReplaceAll(row[c], `"`, `""`) + `"`
		}
		buf.WriteString(strings.Join(cells, ";") + "\n")
	}
	return buf.Bytes()
}

func TestVacancyImportOverHTTPIsAllOrNothing(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)

	// The template downloads as an attachment the import accepts.
	resp := b.get(views.AdminVacancyImportTemplatePath)
	body := new(bytes.Buffer)
	_, _ = body.ReadFrom(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") ||
		!strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("template: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
	}
	if _, err := vacancyadmin.ParseCSV(body.Bytes()); err != nil {
		t.Errorf("the template does not parse: %v", err)
	}
	doc := b.page("/admin/vacancies/import", http.StatusOK)
	if doc.Find(`a[href="`+views.AdminVacancyImportTemplatePath+`"]`).Length() != 1 || doc.Find(`input[type="file"]#field-file`).Length() != 1 {
		t.Error("the import page lacks the template link or the upload")
	}

	// No file.
	doc = b.parse(b.postMultipart("/admin/vacancies/import", url.Values{}), "no file", http.StatusUnprocessableEntity)
	if !strings.Contains(doc.Find("#field-file-error").Text(), i18n.T(i18n.NL, "vacancy.import.error.no_file")) {
		t.Error("no error at the file field")
	}

	// A file with a bad row: the page lists each bad row and field; nothing
	// of the good rows is stored.
	bad := importFile(t, map[string]string{"title": "Goed"},
		map[string]string{"title": "Fout", "province": "Atlantis", "hours_max": "60"},
		map[string]string{"title": "Ook goed"},
		map[string]string{"title": "", "closing_date": "31-12-2030"})
	doc = b.parse(b.postMultipart("/admin/vacancies/import", nil, upload{"file", "vacatures.csv", bad}), "bad file", http.StatusUnprocessableEntity)
	var problems []string
	doc.Find(".import-problems tbody tr").Each(func(_ int, tr *goquery.Selection) {
		var cells []string
		tr.Find("td").Each(func(_ int, td *goquery.Selection) { cells = append(cells, strings.TrimSpace(td.Text())) })
		problems = append(problems, strings.Join(cells, " | "))
	})
	want := []string{
		"3 | Provincie (province) | atlantis | " + i18n.T(i18n.NL, vacancies.ErrProvince),
		"3 | Uren per week tot en met (hours_max) | 60 | " + i18n.T(i18n.NL, vacancies.ErrHours),
		"5 | Functietitel (title) |  | " + i18n.T(i18n.NL, vacancies.ErrRequired),
		"5 | Sluitingsdatum (closing_date) | 31-12-2030 | " + i18n.T(i18n.NL, vacancies.ErrDate),
	}
	if strings.Join(problems, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(problems, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(doc.Find("#problems-title").Text(), "vacatures.csv") {
		t.Errorf("title %q", doc.Find("#problems-title").Text())
	}
	if n := site.vacancyCount(); n != 0 {
		t.Fatalf("%d vacancies stored from a refused file", n)
	}

	// The corrected file: every row a draft, audited.
	good := importFile(t, map[string]string{"title": "Goed"}, map[string]string{"title": "Ook goed", "labels": "starter;banenafspraak"})
	wantRedirect(t, b.postMultipart("/admin/vacancies/import", nil, upload{"file", "vacatures.csv", good}), "/admin/vacancies?status=draft")
	if n := site.vacancyCount(); n != 2 {
		t.Fatalf("%d vacancies stored, want 2", n)
	}
	doc = b.page("/admin/vacancies?status=draft", http.StatusOK)
	if doc.Find(".flash").Text() != i18n.T(i18n.NL, "vacancy.flash.imported") || doc.Find("tbody tr").Length() != 2 {
		t.Error("the list does not show the imported drafts")
	}
	if e := site.auditEntries(audit.Filter{Action: "vacancy.import"}); len(e) != 1 || e[0].ActorEmail != editor.Email {
		t.Errorf("import audit %+v", e)
	}
}

func TestDashboardShowsVacanciesThatNeedAttention(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	soon := site.addVacancy(vacancySpec{title: "Sluit bijna", closingIn: 3})
	site.addVacancy(vacancySpec{title: "Sluit later", closingIn: 30})
	draft := site.addVacancy(vacancySpec{title: "Nog een concept", status: vacancies.StatusDraft})
	doc := b.page("/admin/", http.StatusOK)
	section := func(key string) *goquery.Selection {
		return doc.Find(`section.attention:has(h2:contains("` + i18n.T(i18n.NL, key) + `"))`)
	}
	closing := section("vacancy.attention.closing")
	if got := closing.Find("li a").Text(); got != "Sluit bijna (Nederlands)" {
		t.Errorf("closing soon lists %q", got)
	}
	if href, _ := closing.Find("li a").Attr("href"); href != views.AdminVacancyPath(soon.ID) {
		t.Errorf("links to %q", href)
	}
	if !strings.Contains(closing.Text(), i18n.FormatDate(i18n.NL, soon.ClosingDate)) {
		t.Error("no closing date")
	}
	if href, _ := section("vacancy.attention.drafts").Find("li a").Attr("href"); href != views.AdminVacancyPath(draft.ID) {
		t.Errorf("drafts link to %q", href)
	}
}

// TestVacancyImportExplainsUnreadableFiles checks the answers to files the
// import cannot read: too large (413, the limit at the field), not UTF-8
// (the row where it goes wrong), empty, and a header that is not the
// template's; none stores anything.
func TestVacancyImportExplainsUnreadableFiles(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	problems := func(doc *goquery.Document) []string {
		var out []string
		doc.Find(".import-problems tbody tr").Each(func(_ int, tr *goquery.Selection) {
			var cells []string
			tr.Find("td").Each(func(_ int, td *goquery.Selection) { cells = append(cells, strings.TrimSpace(td.Text())) })
			out = append(out, strings.Join(cells, " | "))
		})
		return out
	}

	// Larger than the body limit of the test server (1 MiB).
	huge := importFile(t, map[string]string{"body_markdown": strings.Repeat("Je werkt aan beleid. ", 60_000)})
	doc := b.parse(b.postMultipart("/admin/vacancies/import", nil, upload{"file", "groot.csv", huge}), "huge file", http.StatusRequestEntityTooLarge)
	if got, want := doc.Find("#field-file-error").Text(), i18n.Tf(i18n.NL, "vacancy.import.error.too_large", 1); !strings.Contains(got, want) {
		t.Errorf("huge file: error %q, want %q", got, want)
	}

	// Saved by a spreadsheet in Windows-1252: "Genève" on row 3.
	latin := bytes.Replace(importFile(t, map[string]string{"city": "Utrecht"}, map[string]string{"city": "Genève"}),
		[]byte("Genève"), []byte("Gen\xe8ve"), 1)
	doc = b.parse(b.postMultipart("/admin/vacancies/import", nil, upload{"file", "excel.csv", latin}), "Windows-1252", http.StatusUnprocessableEntity)
	if got, want := strings.Join(problems(doc), "\n"), "3 | — |  | "+i18n.T(i18n.NL, vacancyadmin.ErrImportEncoding); got != want {
		t.Errorf("Windows-1252 file: problems %q, want %q", got, want)
	}

	doc = b.parse(b.postMultipart("/admin/vacancies/import", nil, upload{"file", "leeg.csv", []byte{}}), "empty file", http.StatusUnprocessableEntity)
	if got := strings.Join(problems(doc), "\n"); !strings.HasSuffix(got, i18n.T(i18n.NL, vacancyadmin.ErrImportEmpty)) {
		t.Errorf("empty file: problems %q", got)
	}

	// The first row is a vacancy, not the header.
	doc = b.parse(b.postMultipart("/admin/vacancies/import", nil, upload{"file", "zonder-kop.csv",
		[]byte("Jurist;Directie Juridische Zaken;Den Haag\n")}), "no header", http.StatusUnprocessableEntity)
	got := problems(doc)
	if len(got) != 3+len(vacancyadmin.RequiredColumns()) ||
		got[0] != "1 | Jurist |  | "+i18n.T(i18n.NL, vacancyadmin.ErrImportColumnUnknown) ||
		!strings.HasSuffix(got[3], i18n.T(i18n.NL, vacancyadmin.ErrImportColumnMissing)) {
		t.Errorf("no header: problems\n%s", strings.Join(got, "\n"))
	}
	if n := site.vacancyCount(); n != 0 {
		t.Errorf("%d vacancies stored from unreadable files", n)
	}
}
