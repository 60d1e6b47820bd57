package web

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// TestStoryEditorLinksVacanciesOfItsLanguage checks the linked vacancies
// of the story editor: the titles of the vacancies linked are listed with
// a link to each, a vacancy in the other language is refused at the field
// with the numbers kept, and one in the story's language is stored.
func TestStoryEditorLinksVacanciesOfItsLanguage(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	nl := site.addVacancy(vacancySpec{title: "Rechercheur digitale zaken"})
	en := site.addVacancy(vacancySpec{title: "Digital detective", lang: i18n.EN})
	id := site.draftStory(editor, "Koppel")

	form := storyFormValues(site.draft(id).Input())
	typed := strconv.FormatInt(nl.ID, 10) + ", " + strconv.FormatInt(en.ID, 10)
	form.Set("vacancies", typed)
	doc := b.submit(views.AdminStoryPath(id), form, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "vacancies", "story.error.vacancy_lang")
	if v, _ := doc.Find("#field-vacancies").Attr("value"); v != typed {
		t.Errorf("numbers not kept: %q", v)
	}
	if len(site.draft(id).VacancyIDs) != 0 {
		t.Fatal("a refused link was stored")
	}

	form.Set("vacancies", strconv.FormatInt(nl.ID, 10))
	wantRedirect(t, b.post(views.AdminStoryPath(id), form), views.AdminStoryPath(id))
	if got := site.draft(id).VacancyIDs; len(got) != 1 || got[0] != nl.ID {
		t.Fatalf("linked %v, want [%d]", got, nl.ID)
	}
	doc = b.page(views.AdminStoryPath(id), http.StatusOK)
	link := doc.Find(`.linked-vacancies a[href="` + views.AdminVacancyPath(nl.ID) + `"]`)
	if link.Text() != "Rechercheur digitale zaken" {
		t.Errorf("the editor lists the linked vacancy as %q", link.Text())
	}
}
