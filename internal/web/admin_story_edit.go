package web

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// storyFromURL returns the story named by the route's {id}, in any status
// and in the trash or not; a 404 for a malformed or unknown id.
func (s *Server) storyFromURL(r *http.Request) (stories.Draft, error) {
	id, err := idParam(r)
	if err != nil {
		return stories.Draft{}, err
	}
	return s.stories.ByID(r.Context(), id)
}

// editorState is what the edit page shows beside the stored story: the
// content form and the workflow forms as submitted (nil Values: as
// stored), and the preview the editor asked for.
type editorState struct {
	form, action views.Form
	previewing   bool
	preview      string
	// inclusive is the language check the editor asked for (do=check).
	inclusive []views.InclusiveResult
}

// showStoryEditor renders the edit page of a story.
func (s *Server) showStoryEditor(w http.ResponseWriter, r *http.Request) error {
	d, err := s.storyFromURL(r)
	if err != nil {
		return err
	}
	return s.renderStoryEditor(w, r, http.StatusOK, d, editorState{})
}

// saveStory saves the edit form as a new revision, with a portrait
// uploaded alongside, or shows it again with a preview of the interview
// ("do" = "preview") or with the vacancy picker filtered (the button
// "find_vacancies"). Input it cannot accept is shown at its field with
// everything as typed (422).
func (s *Server) saveStory(w http.ResponseWriter, r *http.Request) error {
	d, err := s.storyFromURL(r)
	if err != nil {
		return err
	}
	form, err := readStoryForm(w, r)
	if errors.Is(err, errUploadTooLarge) {
		form = storyForm(d.Input())
		form.SetError("portrait_file", "image.error.body", s.uploadLimitMiB())
		return s.renderStoryEditor(w, r, http.StatusRequestEntityTooLarge, d, editorState{form: form})
	}
	if err != nil {
		return err
	}
	status, err := s.attachPortraitUpload(r, &form, d.Lang)
	if err != nil {
		return err
	}
	if findingVacancies(r) {
		return s.renderStoryEditor(w, r, cmpOr(status, http.StatusOK), d, editorState{form: form})
	}
	if form.Value("do") == "preview" {
		html, err := s.markdown.HTML(form.Value("body_markdown"))
		if err != nil {
			return err
		}
		return s.renderStoryEditor(w, r, cmpOr(status, http.StatusOK), d, editorState{form: form, previewing: true, preview: html})
	}
	if form.Value("do") == "check" {
		return s.renderStoryEditor(w, r, cmpOr(status, http.StatusOK), d, editorState{form: form, inclusive: s.storyInclusive(r, form, d.Lang)})
	}
	in := storyInput(&form, d.Lang)
	if !form.HasErrors() {
		saved, err := s.editor.Save(r.Context(), actor(r), d.ID, in)
		if err == nil {
			flash := "story.flash.saved"
			if !saved.Changed {
				flash = "story.flash.unchanged"
			}
			return s.redirectWithFlash(w, r, views.AdminStoryPath(d.ID), flash)
		}
		if !setStoryError(&form, err) {
			return err
		}
	}
	return s.renderStoryEditor(w, r, cmpOr(status, http.StatusUnprocessableEntity), d, editorState{form: form})
}

// cmpOr returns status unless it is 0, then fallback.
func cmpOr(status, fallback int) int {
	if status != 0 {
		return status
	}
	return fallback
}

// renderStoryEditor renders the edit page of d with status.
func (s *Server) renderStoryEditor(w http.ResponseWriter, r *http.Request, status int, d stories.Draft, st editorState) error {
	ctx := r.Context()
	if st.form.Values == nil {
		errs := st.form.Errors
		st.form = storyForm(d.Input())
		st.form.Errors = errs
	}
	if st.action.Values == nil {
		st.action.Values = map[string]string{}
	}
	if _, typed := st.action.Values["withdrawn_on"]; !typed {
		st.action.Values["withdrawn_on"] = stories.Today().Format(stories.DateLayout)
	}
	if _, typed := st.action.Values["scheduled_at"]; !typed && d.ScheduledAt != nil {
		st.action.Values["scheduled_at"] = d.ScheduledAt.In(i18n.Amsterdam()).Format("2006-01-02T15:04")
	}
	themes, err := s.stories.Themes(ctx)
	if err != nil {
		return err
	}
	portraits, err := s.portraitChoices(ctx, st.form)
	if err != nil {
		return err
	}
	group, err := s.stories.Translations(ctx, d.TranslationKey)
	if err != nil {
		return err
	}
	group = slices.DeleteFunc(group, func(t stories.Translation) bool { return t.ID == d.ID })
	oldSlugs, err := s.stories.OldSlugs(ctx, d.ID)
	if err != nil {
		return err
	}
	picker, err := s.vacancyPicker(ctx, st.form, d.Lang, d.VacancyIDs)
	if err != nil {
		return err
	}
	fourEyes, err := s.editor.FourEyes(ctx)
	if err != nil {
		return err
	}
	u, _ := currentUser(r)
	v := views.AdminStoryView{
		Story: &d, Lang: d.Lang, Form: st.form, Themes: themes, Portraits: portraits,
		Previewing: st.previewing, Preview: st.preview, Inclusive: st.inclusive,
		Action: st.action, Translations: group, OldSlugs: oldSlugs, FourEyes: fourEyes,
		Vacancies: picker,
	}
	v.MayApprove, v.ApproverNote = mayApprove(fourEyes, d, u)
	if isPublic(d, time.Now()) {
		v.PublicURL = paths.Story(d.Lang, d.Slug)
	}
	if len(group) == 0 && !d.Trashed() {
		if v.LinkChoices, err = s.translationChoices(r, d); err != nil {
			return err
		}
	}
	s.render(w, r, status, views.AdminStoryPage(v))
	return nil
}

// mayApprove applies the four-eyes rule to u publishing or planning d, and
// says why not as a catalogue key; the editorial service enforces it.
func mayApprove(fourEyes bool, d stories.Draft, u accounts.User) (bool, string) {
	if !fourEyes {
		return true, ""
	}
	if d.Status != stories.StatusInReview {
		return false, "story.workflow.needs_review"
	}
	for _, author := range []*int64{d.CreatedBy, d.UpdatedBy, d.SubmittedBy} {
		if author != nil && *author == u.ID {
			return false, "story.workflow.other_approver"
		}
	}
	return true, ""
}

// isPublic reports whether d is on the public site at now, by the rule of
// the public_stories view.
func isPublic(d stories.Draft, now time.Time) bool {
	return d.Status == stories.StatusPublished && !d.Trashed() && d.PublishedAt != nil &&
		!d.PublishedAt.After(now) && d.ConsentOn(now) == stories.ConsentValid
}

// translationChoices lists the stories in the other language that have
// no version in d's language yet, for linking as d's translation.
func (s *Server) translationChoices(r *http.Request, d stories.Draft) ([]views.Option, error) {
	ctx := r.Context()
	paired := map[string]bool{}
	own, err := s.stories.EditorList(ctx, stories.EditorQuery{Lang: d.Lang, PerPage: 200})
	if err != nil {
		return nil, err
	}
	for _, o := range own.Stories {
		paired[o.TranslationKey] = true
	}
	other, err := s.stories.EditorList(ctx, stories.EditorQuery{Lang: d.Lang.Other(), PerPage: 200})
	if err != nil {
		return nil, err
	}
	var opts []views.Option
	for _, o := range other.Stories {
		if !paired[o.TranslationKey] {
			opts = append(opts, views.Option{Value: strconv.FormatInt(o.ID, 10),
				Label: o.PersonName + ", " + o.Role + " (#" + strconv.FormatInt(o.ID, 10) + ")"})
		}
	}
	if len(opts) == 0 {
		return nil, nil
	}
	return append([]views.Option{{Value: "", Label: i18n.T(i18n.LangFrom(ctx), "story.translations.choose")}}, opts...), nil
}
