package web

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// vacancyEditorState is what the editor shows beside the stored vacancy:
// the content form and the workflow errors (nil Values: as stored), the
// preview or the language check the editor asked for.
type vacancyEditorState struct {
	form, action views.Form
	previewing   bool
	preview      string
	inclusive    []views.InclusiveResult
}

// vacancyFromURL returns the vacancy named by the route's {id}, in any
// status; a 404 for a malformed or unknown id.
func (s *Server) vacancyFromURL(r *http.Request) (vacancies.Vacancy, error) {
	id, err := idParam(r)
	if err != nil {
		return vacancies.Vacancy{}, err
	}
	return s.vacancies.ByID(r.Context(), id)
}

// vacancyByNumber returns the vacancy whose id is the text v; errNotFound
// when v is no id or names no vacancy.
func (s *Server) vacancyByNumber(r *http.Request, v string) (vacancies.Vacancy, error) {
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return vacancies.Vacancy{}, errNotFound
	}
	return s.vacancies.ByID(r.Context(), id)
}

// showNewVacancy renders the empty vacancy form, in Dutch unless chosen
// otherwise; with ?translation_of=<id> it is the form of that vacancy's
// translation, started from what does not depend on the language.
func (s *Server) showNewVacancy(w http.ResponseWriter, r *http.Request) error {
	form := views.Form{Values: map[string]string{"lang": string(i18n.NL)}}
	var source *vacancies.Vacancy
	if v := r.URL.Query().Get("translation_of"); v != "" {
		src, err := s.vacancyByNumber(r, v)
		if err != nil {
			return err
		}
		source = &src
		form = vacancyTranslationForm(src)
	}
	return s.renderNewVacancy(w, r, http.StatusOK, form, source, vacancyEditorState{})
}

// vacancyTranslationForm starts the translation of src with the facts the
// languages share; the texts and the address are left to the translator.
func vacancyTranslationForm(src vacancies.Vacancy) views.Form {
	form := vacancyForm(src.Input())
	for _, name := range []string{"title", "body_markdown", "adjustments_note", "slug"} {
		form.Values[name] = ""
	}
	form.Values["lang"] = string(src.Lang.Other())
	form.Values["translation_of"] = strconv.FormatInt(src.ID, 10)
	return form
}

// createVacancy stores the new-vacancy form as a draft (a translation
// when it names the vacancy it translates) and opens its editor; or shows
// the form again with a preview, the language check, or what it cannot
// accept at its field (422).
func (s *Server) createVacancy(w http.ResponseWriter, r *http.Request) error {
	form, err := readVacancyForm(r)
	if err != nil {
		return err
	}
	var source *vacancies.Vacancy
	lang, ok := i18n.Parse(form.Value("lang"))
	if v := form.Value("translation_of"); v != "" {
		src, err := s.vacancyByNumber(r, v)
		if errors.Is(err, errNotFound) || errors.Is(err, database.ErrNotFound) {
			return errBadRequest
		}
		if err != nil {
			return err
		}
		source, lang, ok = &src, src.Lang.Other(), true
	}
	if st, done, err := s.vacancyFormExtras(r, form, lang); done {
		if err != nil {
			return err
		}
		return s.renderNewVacancy(w, r, http.StatusOK, form, source, st)
	}
	if !ok {
		form.SetError("lang", vacancies.ErrLang)
		return s.renderNewVacancy(w, r, http.StatusUnprocessableEntity, form, source, vacancyEditorState{})
	}
	key := ""
	if source != nil {
		key = source.TranslationKey
	}
	saved, err := s.vacancyAdmin.Create(r.Context(), actor(r), vacancyInput(form, lang), key)
	if err == nil {
		return s.redirectWithFlash(w, r, views.AdminVacancyPath(saved.ID), "vacancy.flash.created")
	}
	if !setVacancyErrors(&form, err, source == nil) {
		return err
	}
	return s.renderNewVacancy(w, r, http.StatusUnprocessableEntity, form, source, vacancyEditorState{})
}

// vacancyFormExtras answers the form's secondary buttons: a preview of the
// body ("do" = "preview") or the inclusive-language check ("check"), both
// without saving. done is false for a save.
func (s *Server) vacancyFormExtras(r *http.Request, form views.Form, l i18n.Lang) (vacancyEditorState, bool, error) {
	switch form.Value("do") {
	case "preview":
		html, err := s.markdown.HTML(form.Value("body_markdown"))
		if err != nil {
			return vacancyEditorState{}, true, err
		}
		return vacancyEditorState{form: form, previewing: true, preview: html}, true, nil
	case "check":
		ui := i18n.LangFrom(r.Context())
		return vacancyEditorState{form: form, inclusive: s.inclusiveResults(form, l, ui)}, true, nil
	}
	return vacancyEditorState{}, false, nil
}

// renderNewVacancy renders the new-vacancy form with status.
func (s *Server) renderNewVacancy(w http.ResponseWriter, r *http.Request, status int, form views.Form, source *vacancies.Vacancy, st vacancyEditorState) error {
	lang, _ := i18n.Parse(form.Value("lang"))
	if source != nil {
		lang = source.Lang.Other()
	}
	s.render(w, r, status, views.AdminVacancyPage(views.AdminVacancyView{
		Lang: lang, Form: form, Source: source,
		Previewing: st.previewing, Preview: st.preview, Inclusive: st.inclusive,
	}))
	return nil
}

// showVacancyEditor renders the edit page of a vacancy.
func (s *Server) showVacancyEditor(w http.ResponseWriter, r *http.Request) error {
	v, err := s.vacancyFromURL(r)
	if err != nil {
		return err
	}
	return s.renderVacancyEditor(w, r, http.StatusOK, v, vacancyEditorState{})
}

// saveVacancy saves the edit form as a new revision, or shows it again
// with a preview or the language check ("do" = "preview" or "check").
// Input it cannot accept is shown at its field with everything as typed
// (422).
func (s *Server) saveVacancy(w http.ResponseWriter, r *http.Request) error {
	v, err := s.vacancyFromURL(r)
	if err != nil {
		return err
	}
	form, err := readVacancyForm(r)
	if err != nil {
		return err
	}
	if st, done, err := s.vacancyFormExtras(r, form, v.Lang); done {
		if err != nil {
			return err
		}
		return s.renderVacancyEditor(w, r, http.StatusOK, v, st)
	}
	saved, err := s.vacancyAdmin.Update(r.Context(), actor(r), v.ID, vacancyInput(form, v.Lang))
	if err == nil {
		flash := "vacancy.flash.saved"
		if !saved.Changed {
			flash = "vacancy.flash.unchanged"
		}
		return s.redirectWithFlash(w, r, views.AdminVacancyPath(v.ID), flash)
	}
	if !setVacancyErrors(&form, err, false) {
		return err
	}
	return s.renderVacancyEditor(w, r, http.StatusUnprocessableEntity, v, vacancyEditorState{form: form})
}

// renderVacancyEditor renders the edit page of v with status.
func (s *Server) renderVacancyEditor(w http.ResponseWriter, r *http.Request, status int, v vacancies.Vacancy, st vacancyEditorState) error {
	if st.form.Values == nil {
		errs := st.form.Errors
		st.form = vacancyForm(v.Input())
		st.form.Errors = errs
	}
	group, err := s.vacancies.Translations(r.Context(), v.TranslationKey)
	if err != nil {
		return err
	}
	group = slices.DeleteFunc(group, func(t vacancies.Summary) bool { return t.ID == v.ID })
	view := views.AdminVacancyView{
		Vacancy: &v, Lang: v.Lang, Form: st.form, Action: st.action,
		Previewing: st.previewing, Preview: st.preview, Inclusive: st.inclusive,
		Translations: group,
	}
	if (v.Status == vacancies.StatusPublished || v.Status == vacancies.StatusClosed) &&
		v.PublishedAt != nil && !v.PublishedAt.After(time.Now()) {
		view.PublicURL = paths.Vacancy(v.Lang, v.Slug)
	}
	s.render(w, r, status, views.AdminVacancyPage(view))
	return nil
}
