package web

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// showNewStory renders the empty story form, in Dutch unless chosen
// otherwise; with ?translation_of=<id> it is the form of that story's
// translation, started from what does not depend on the language.
func (s *Server) showNewStory(w http.ResponseWriter, r *http.Request) error {
	form := views.Form{Values: map[string]string{"lang": string(i18n.NL)}}
	var source *stories.Draft
	if v := r.URL.Query().Get("translation_of"); v != "" {
		src, err := s.storyByNumber(r, v)
		if err != nil {
			return err
		}
		source = &src
		form = translationForm(src)
		ids, err := s.vacancies.TranslatedIDs(r.Context(), src.VacancyIDs, src.Lang.Other())
		if err != nil {
			return err
		}
		form.Values["vacancies"] = joinIDs(ids)
	}
	return s.renderNewStory(w, r, http.StatusOK, form, source, editorState{})
}

// storyByNumber returns the story whose id is the text v; errNotFound
// when v is no id or names no story.
func (s *Server) storyByNumber(r *http.Request, v string) (stories.Draft, error) {
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return stories.Draft{}, errNotFound
	}
	return s.stories.ByID(r.Context(), id)
}

// translationForm starts the translation of src with what the languages
// share: the person, portrait, themes, vacancies and consent. What is
// written in a language (role, department, texts, alt text, address) is
// left to the translator. The vacancies are src's own; the caller puts
// their translations in their place, as a story links only vacancies in
// its language.
func translationForm(src stories.Draft) views.Form {
	form := storyForm(src.Input())
	for _, name := range []string{"role", "department", "quote", "intro", "body_markdown", "portrait_alt", "slug"} {
		form.Values[name] = ""
	}
	form.Values["lang"] = string(src.Lang.Other())
	form.Values["translation_of"] = strconv.FormatInt(src.ID, 10)
	return form
}

// createStory stores the new-story form as a draft (a translation when it
// names the story it translates) and opens its edit page; or shows the
// form again with a preview, with the vacancy picker filtered, or with
// what it cannot accept at its field.
func (s *Server) createStory(w http.ResponseWriter, r *http.Request) error {
	form, err := readStoryForm(w, r)
	if errors.Is(err, errUploadTooLarge) {
		form = views.Form{Values: map[string]string{"lang": string(i18n.NL)}}
		form.SetError("portrait_file", "image.error.body", s.uploadLimitMiB())
		return s.renderNewStory(w, r, http.StatusRequestEntityTooLarge, form, nil, editorState{})
	}
	if err != nil {
		return err
	}
	var source *stories.Draft
	lang, ok := i18n.Parse(form.Value("lang"))
	if v := form.Value("translation_of"); v != "" {
		src, err := s.storyByNumber(r, v)
		if errors.Is(err, errNotFound) || errors.Is(err, database.ErrNotFound) {
			return errBadRequest
		}
		if err != nil {
			return err
		}
		source, lang, ok = &src, src.Lang.Other(), true
	}
	if !ok {
		form.SetError("lang", "story.error.lang")
	}
	status, err := s.attachPortraitUpload(r, &form, lang)
	if err != nil {
		return err
	}
	if findingVacancies(r) {
		return s.renderNewStory(w, r, cmpOr(status, http.StatusOK), form, source, editorState{})
	}
	if form.Value("do") == "preview" {
		html, err := s.markdown.HTML(form.Value("body_markdown"))
		if err != nil {
			return err
		}
		return s.renderNewStory(w, r, cmpOr(status, http.StatusOK), form, source, editorState{previewing: true, preview: html})
	}
	if form.Value("do") == "check" {
		return s.renderNewStory(w, r, cmpOr(status, http.StatusOK), form, source, editorState{inclusive: s.storyInclusive(r, form, lang)})
	}
	in := storyInput(&form, lang)
	if !form.HasErrors() {
		var id int64
		if source != nil {
			id, err = s.editor.CreateTranslation(r.Context(), actor(r), source.ID, in)
		} else {
			id, err = s.editor.Create(r.Context(), actor(r), in)
		}
		if err == nil {
			return s.redirectWithFlash(w, r, views.AdminStoryPath(id), "story.flash.created")
		}
		if !setStoryError(&form, err) {
			return err
		}
	}
	return s.renderNewStory(w, r, cmpOr(status, http.StatusUnprocessableEntity), form, source, editorState{})
}

// renderNewStory renders the new-story form with status.
func (s *Server) renderNewStory(w http.ResponseWriter, r *http.Request, status int, form views.Form, source *stories.Draft, st editorState) error {
	ctx := r.Context()
	themes, err := s.stories.Themes(ctx)
	if err != nil {
		return err
	}
	portraits, err := s.portraitChoices(ctx, form)
	if err != nil {
		return err
	}
	lang, _ := i18n.Parse(form.Value("lang"))
	if source != nil {
		lang = source.Lang.Other()
	}
	picker, err := s.vacancyPicker(ctx, form, lang, nil)
	if err != nil {
		return err
	}
	s.render(w, r, status, views.AdminStoryPage(views.AdminStoryView{
		Lang: lang, Form: form, Themes: themes, Portraits: portraits, Source: source,
		Previewing: st.previewing, Preview: st.preview, Inclusive: st.inclusive,
		Vacancies: picker,
	}))
	return nil
}
