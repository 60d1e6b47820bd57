package web

import (
	"context"
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
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// idOf is a vacancy's id as a check box's value.
func idOf(v vacancies.Vacancy) string { return strconv.FormatInt(v.ID, 10) }

// attr is the attribute name of the first element of sel; "" without.
func attr(sel *goquery.Selection, name string) string {
	v, _ := sel.Attr(name)
	return v
}

// TestStoryEditorLinksVacanciesOfItsLanguage checks the vacancy picker of
// the story editor: it lists the open vacancies in the story's language
// with their unit, city and closing date, not those in the other language
// nor closed or draft ones; a vacancy in the other language sent anyway
// is refused at the field with the boxes kept ticked and marked invalid;
// one in the story's language is stored, and stays listed and ticked
// first once it has closed, marked closed.
func TestStoryEditorLinksVacanciesOfItsLanguage(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	nl := site.addVacancy(vacancySpec{title: "Rechercheur digitale zaken", unit: "Politie Eenheid Oost", city: "Apeldoorn", closingIn: 20})
	other := site.addVacancy(vacancySpec{title: "Analist"})
	en := site.addVacancy(vacancySpec{title: "Digital detective", lang: i18n.EN})
	closed := site.addVacancy(vacancySpec{title: "Gesloten functie", status: vacancies.StatusClosed})
	expired := site.addVacancy(vacancySpec{title: "Verlopen functie", expired: true})
	draft := site.addVacancy(vacancySpec{title: "Concept functie", status: vacancies.StatusDraft})
	id := site.draftStory(editor, "Koppel")

	doc := b.page(views.AdminStoryPath(id), http.StatusOK)
	picker := doc.Find("fieldset.vacancy-picker")
	if picker.Find("legend").Text() != i18n.T(i18n.NL, "story.field.vacancies") {
		t.Errorf("picker legend %q", picker.Find("legend").Text())
	}
	if d, _ := picker.Attr("aria-describedby"); d != "field-vacancies-hint" {
		t.Errorf("picker described by %q", d)
	}
	wantVacancyBoxes(t, doc, []string{idOf(other), idOf(nl)}) // open Dutch ones, by title
	label := doc.Find(`label[for="` + attr(vacancyBox(doc, idOf(nl)), "id") + `"]`)
	if got := label.Find(`.vacancy-picker__title[lang="nl"]`).Text(); got != "Rechercheur digitale zaken" {
		t.Errorf("label title %q", got)
	}
	meta := strings.Join(strings.Fields(label.Find(".vacancy-picker__meta").Text()), " ")
	closes := i18n.Tf(i18n.NL, "story.vacancies.closes", i18n.FormatDate(i18n.NL, nl.ClosingDate))
	if !strings.Contains(meta, "Politie Eenheid Oost, Apeldoorn") || !strings.Contains(meta, closes) {
		t.Errorf("label details %q, want unit, city and %q", meta, closes)
	}
	for _, v := range []vacancies.Vacancy{en, closed, expired, draft} {
		if vacancyBox(doc, idOf(v)).Length() != 0 {
			t.Errorf("the picker offers %q (%s, %s)", v.Title, v.Lang, v.Status)
		}
	}

	form := storyFormValues(site.draft(id).Input())
	form["vacancies"] = []string{idOf(nl), idOf(en)}
	doc = b.submit(views.AdminStoryPath(id), form, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "vacancies", "story.error.vacancy_lang")
	wantVacancyBoxes(t, doc, []string{idOf(nl), idOf(en), idOf(other)}, idOf(nl), idOf(en))
	if d := attr(vacancyBox(doc, idOf(en)), "aria-describedby"); d != "field-vacancies-error" {
		t.Errorf("the refused box is described by %q", d)
	}
	if d := attr(doc.Find("fieldset.vacancy-picker"), "aria-describedby"); d != "field-vacancies-hint field-vacancies-error" {
		t.Errorf("the picker is described by %q after the error", d)
	}
	if doc.Find(`fieldset.vacancy-picker .badge--lang`).Text() != i18n.T(i18n.NL, "admin.lang.en") {
		t.Error("the English vacancy is not marked as such")
	}
	if len(site.draft(id).VacancyIDs) != 0 {
		t.Fatal("a refused link was stored")
	}

	form["vacancies"] = []string{idOf(nl)}
	wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))
	if got := site.draft(id).VacancyIDs; len(got) != 1 || got[0] != nl.ID {
		t.Fatalf("linked %v, want [%d]", got, nl.ID)
	}

	// Closed since: still listed first and ticked, marked closed; saving
	// the form as it stands keeps the link.
	if err := vacancies.NewStore(site.pool).Close(context.Background(), nl.ID, 0); err != nil {
		t.Fatal(err)
	}
	doc = b.page(views.AdminStoryPath(id), http.StatusOK)
	wantVacancyBoxes(t, doc, []string{idOf(nl), idOf(other)}, idOf(nl))
	if got := doc.Find(`label[for="field-vacancies"] .badge--closed`).Text(); got != i18n.T(i18n.NL, "vacancy.status.closed") {
		t.Errorf("the closed vacancy is marked %q", got)
	}
	wantRedirect(t, b.post(views.AdminStoryPath(id), storyFormValues(site.draft(id).Input())), views.AdminStoryPath(id))
	if got := site.draft(id).VacancyIDs; len(got) != 1 || got[0] != nl.ID {
		t.Fatalf("after saving again linked %v, want [%d]", got, nl.ID)
	}

	// Unticking every box unlinks.
	form = storyFormValues(site.draft(id).Input())
	form.Del("vacancies")
	wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))
	if got := site.draft(id).VacancyIDs; len(got) != 0 {
		t.Fatalf("after unticking linked %v", got)
	}
}

// TestStoryVacancyPickerFilter checks the picker with more open vacancies
// than it lists: it lists vacancyPickerSize of them and offers a filter;
// "Find" shows the form again filtered (also by number) with everything
// typed and ticked kept, the ticked and linked vacancies listed first,
// and saves nothing, on the edit page and the new-story page.
func TestStoryVacancyPickerFilter(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	var all []vacancies.Vacancy
	for i := range vacancyPickerSize {
		all = append(all, site.addVacancy(vacancySpec{title: fmt.Sprintf("Beleidsmedewerker %02d", i)}))
	}
	cyber := site.addVacancy(vacancySpec{title: "Rechercheur cybercrime", city: "Driebergen"})
	linkedClosed := site.addVacancy(vacancySpec{title: "Officier van justitie", status: vacancies.StatusClosed})
	site.addVacancy(vacancySpec{title: "Cybercrime investigator", lang: i18n.EN})
	id := site.draftStory(editor, "Filter", func(in *stories.StoryInput) { in.VacancyIDs = []int64{linkedClosed.ID} })
	before := site.draft(id)

	doc := b.page(views.AdminStoryPath(id), http.StatusOK)
	if doc.Find(`label[for="field-vacancy_q"]`).Length() != 1 || doc.Find(`button[name="find_vacancies"]`).Length() != 1 {
		t.Fatal("no filter with more open vacancies than listed")
	}
	if got := doc.Find(`fieldset.vacancy-picker input[name="vacancies"]`).Length(); got != vacancyPickerSize+1 {
		t.Errorf("%d boxes, want the linked one and %d open ones", got, vacancyPickerSize)
	}
	if want := i18n.Tf(i18n.NL, "story.vacancies.more", vacancyPickerSize, vacancyPickerSize+1); !strings.Contains(doc.Find(".vacancy-picker__filter").Text(), want) {
		t.Errorf("the filter does not say %q", want)
	}

	// The editor changes the name, ticks a listed vacancy, unticks the
	// closed one and looks for another.
	form := storyFormValues(before.Input())
	form.Set("person_name", "Filter Getypt")
	form["vacancies"] = []string{idOf(all[3])}
	form.Set("vacancy_q", "CYBER")
	form.Set("find_vacancies", "1")
	form.Del("do")
	doc = b.submit(views.AdminStoryPath(id), form, http.StatusOK)
	wantVacancyBoxes(t, doc, []string{idOf(all[3]), idOf(linkedClosed), idOf(cyber)}, idOf(all[3]))
	if v := attr(doc.Find("#field-person_name"), "value"); v != "Filter Getypt" {
		t.Errorf("name not kept: %q", v)
	}
	if v := attr(doc.Find("#field-vacancy_q"), "value"); v != "CYBER" {
		t.Errorf("filter text not kept: %q", v)
	}
	if doc.Find(".error-summary").Length() != 0 {
		t.Error("Find shows errors")
	}
	if after := site.draft(id); after.Revision != before.Revision || after.PersonName != before.PersonName {
		t.Fatalf("Find saved: revision %d → %d, name %q", before.Revision, after.Revision, after.PersonName)
	}

	// By number, then saving the form as it now stands.
	form.Set("vacancy_q", "#"+idOf(all[20]))
	doc = b.submit(views.AdminStoryPath(id), form, http.StatusOK)
	wantVacancyBoxes(t, doc, []string{idOf(all[3]), idOf(linkedClosed), idOf(all[20])}, idOf(all[3]))
	form["vacancies"] = []string{idOf(all[3]), idOf(all[20])}
	form.Del("find_vacancies")
	form.Set("do", "save")
	wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))
	if got := site.draft(id); got.PersonName != "Filter Getypt" || len(got.VacancyIDs) != 2 {
		t.Errorf("saved %q with vacancies %v", got.PersonName, got.VacancyIDs)
	}

	// The new-story page: Find keeps what was typed and creates nothing.
	count := func() int {
		n, err := site.server.stories.Count(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	n := count()
	doc = b.submit("/admin/stories/new", url.Values{
		"lang": {"nl"}, "person_name": {"Nieuw"}, "quote": {"Mijn citaat."},
		"vacancies": {idOf(cyber)}, "vacancy_q": {"driebergen"}, "find_vacancies": {"1"},
	}, http.StatusOK)
	wantVacancyBoxes(t, doc, []string{idOf(cyber)}, idOf(cyber))
	if v := attr(doc.Find("#field-person_name"), "value"); v != "Nieuw" || doc.Find("#field-quote").Text() != "Mijn citaat." {
		t.Errorf("new-story fields not kept: name %q, quote %q", v, doc.Find("#field-quote").Text())
	}
	if count() != n {
		t.Fatal("Find on the new-story page created a story")
	}
}
