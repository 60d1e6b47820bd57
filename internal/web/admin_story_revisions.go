package web

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// revisionParam returns the revision number in the route parameter name;
// anything but a positive number is errNotFound.
func revisionParam(r *http.Request, name string) (int, error) {
	n, err := strconv.Atoi(chi.URLParam(r, name))
	if err != nil || n <= 0 {
		return 0, errNotFound
	}
	return n, nil
}

// listStoryRevisions shows a story's history, newest revision first.
func (s *Server) listStoryRevisions(w http.ResponseWriter, r *http.Request) error {
	d, err := s.storyFromURL(r)
	if err != nil {
		return err
	}
	return s.renderStoryRevisions(w, r, http.StatusOK, d, "")
}

func (s *Server) renderStoryRevisions(w http.ResponseWriter, r *http.Request, status int, d stories.Draft, errKey string) error {
	return s.renderStoryRevisionsWith(w, r, status, d, errKey, views.Form{})
}

// renderStoryRevisionsWith renders the history with the compare form as
// chosen (nil Values: the two newest revisions).
func (s *Server) renderStoryRevisionsWith(w http.ResponseWriter, r *http.Request, status int, d stories.Draft, errKey string, compare views.Form) error {
	revs, err := s.stories.Revisions(r.Context(), d.ID)
	if err != nil {
		return err
	}
	if compare.Values == nil && len(revs) > 1 {
		compare.Values = map[string]string{"a": strconv.Itoa(revs[1].Number), "b": strconv.Itoa(revs[0].Number)}
	}
	s.render(w, r, status, views.AdminStoryRevisionsPage(views.AdminStoryRevisionsView{Story: d, Revisions: revs,
		Error: errKey, Compare: compare}))
	return nil
}

// compareStoryRevisions reads the two revisions chosen in the compare
// form (?a=&b=) and leads to their diff; a choice that is no revision of
// the story, or the same one twice, is shown at its field (422).
func (s *Server) compareStoryRevisions(w http.ResponseWriter, r *http.Request) error {
	d, err := s.storyFromURL(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	form := views.Form{Values: map[string]string{"a": q.Get("a"), "b": q.Get("b")}}
	pick := func(name string) int {
		n, err := strconv.Atoi(form.Value(name))
		if err != nil || n <= 0 || n > d.Revision {
			form.SetError(name, "story.error.revision_choose")
			return 0
		}
		return n
	}
	a, b := pick("a"), pick("b")
	if !form.HasErrors() && a == b {
		form.SetError("b", "story.error.revision_same")
	}
	if form.HasErrors() {
		return s.renderStoryRevisionsWith(w, r, http.StatusUnprocessableEntity, d, "", form)
	}
	http.Redirect(w, r, views.AdminStoryDiffPath(d.ID, a, b), http.StatusSeeOther)
	return nil
}

// diffStoryRevisions shows what changed from revision {a} to revision {b}
// of a story, field by field, with inserted and deleted words marked.
func (s *Server) diffStoryRevisions(w http.ResponseWriter, r *http.Request) error {
	d, err := s.storyFromURL(r)
	if err != nil {
		return err
	}
	a, err := revisionParam(r, "a")
	if err != nil {
		return err
	}
	b, err := revisionParam(r, "b")
	if err != nil {
		return err
	}
	ra, err := s.stories.Revision(r.Context(), d.ID, a)
	if err != nil {
		return err
	}
	rb, err := s.stories.Revision(r.Context(), d.ID, b)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.AdminStoryDiffPage(views.AdminStoryDiffView{
		Story: d, A: ra.RevisionInfo, B: rb.RevisionInfo, Latest: d.Revision,
		Diffs: stories.Diff(ra.Snapshot, rb.Snapshot),
	}))
	return nil
}

// restoreStoryRevision saves the content of revision {n} as the story's
// newest revision. When that content no longer passes (its address has
// since gone to another story, say), the edit page shows it with the
// problems at their fields, to be corrected and saved.
func (s *Server) restoreStoryRevision(w http.ResponseWriter, r *http.Request) error {
	d, err := s.storyFromURL(r)
	if err != nil {
		return err
	}
	n, err := revisionParam(r, "n")
	if err != nil {
		return err
	}
	saved, err := s.editor.Restore(r.Context(), actor(r), d.ID, n)
	var fe stories.FieldErrors
	var refused *editorial.Error
	switch {
	case err == nil:
		flash := "story.flash.restored"
		if !saved.Changed {
			flash = "story.flash.unchanged"
		}
		return s.redirectWithFlash(w, r, views.AdminStoryPath(d.ID), flash)
	case errors.As(err, &fe):
		rev, err := s.stories.Revision(r.Context(), d.ID, n)
		if err != nil {
			return err
		}
		form := storyForm(rev.Snapshot)
		setStoryError(&form, fe)
		return s.renderStoryEditor(w, r, http.StatusUnprocessableEntity, d, editorState{form: form})
	case errors.As(err, &refused):
		return s.renderStoryRevisions(w, r, http.StatusUnprocessableEntity, d, refused.Key)
	}
	return err
}
