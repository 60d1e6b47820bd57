package web

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// storyStep is one workflow button of the edit page: a POST that carries
// out an editorial action and answers 303 with a flash, or shows the edit
// page again (422) with the refusal at the step's field and what was
// typed into the step's form kept.
type storyStep struct {
	// field is where a refusal is shown: the step's input, or its button
	// (then named after the step).
	field string
	// fields are the step's own form fields.
	fields []string
	flash  string
	// next is where a successful step leads; nil for the edit page.
	next func(d stories.Draft) string
	// run carries out the step; it may mark input it cannot read in form.
	run func(r *http.Request, d stories.Draft, form *views.Form) error
}

// storyStep returns the handler of step.
func (s *Server) storyStep(step storyStep) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		d, err := s.storyFromURL(r)
		if err != nil {
			return err
		}
		form, err := readForm(r, step.fields...)
		if err != nil {
			return err
		}
		err = step.run(r, d, &form)
		var refused *editorial.Error
		switch {
		case errors.As(err, &refused):
			form.SetError(step.field, refused.Key)
		case err != nil:
			return err
		case !form.HasErrors():
			next := views.AdminStoryPath(d.ID)
			if step.next != nil {
				next = step.next(d)
			}
			return s.redirectWithFlash(w, r, next, step.flash)
		}
		return s.renderStoryEditor(w, r, http.StatusUnprocessableEntity, d, editorState{action: form})
	}
}

// simpleStep is a step without fields that calls act on the story, such
// as one of the editorial service's methods.
func (s *Server) simpleStep(name, flash string, act func(ctx context.Context, by audit.Actor, id int64) error) handlerFunc {
	return s.storyStep(storyStep{field: name, flash: flash, run: func(r *http.Request, d stories.Draft, _ *views.Form) error {
		return act(r.Context(), actor(r), d.ID)
	}})
}

// submitStory puts a draft (or an archived story) in review.
func (s *Server) submitStory(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("submit", "story.flash.submitted", s.editor.SubmitForReview)(w, r)
}

// returnStoryToDraft sends a story in review or archived back to draft.
func (s *Server) returnStoryToDraft(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("return-to-draft", "story.flash.returned", s.editor.ReturnToDraft)(w, r)
}

// publishStory publishes a story now, under the four-eyes and consent
// rules.
func (s *Server) publishStory(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("publish", "story.flash.published", s.editor.Publish)(w, r)
}

// unscheduleStory cancels a planned publication.
func (s *Server) unscheduleStory(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("unschedule", "story.flash.unscheduled", s.editor.Unschedule)(w, r)
}

// unpublishStory takes a published story off the site, back to draft.
func (s *Server) unpublishStory(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("unpublish", "story.flash.unpublished", s.editor.Unpublish)(w, r)
}

// archiveStory takes a story to the archive.
func (s *Server) archiveStory(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("archive", "story.flash.archived", s.editor.Archive)(w, r)
}

// trashStory moves a story to the trash.
func (s *Server) trashStory(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("trash", "story.flash.trashed", s.editor.Trash)(w, r)
}

// restoreStory takes a story out of the trash.
func (s *Server) restoreStory(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("restore", "story.flash.untrashed", s.editor.RestoreFromTrash)(w, r)
}

// unlinkStoryTranslation takes a story out of its translation group.
func (s *Server) unlinkStoryTranslation(w http.ResponseWriter, r *http.Request) error {
	return s.simpleStep("unlink", "story.flash.unlinked", s.editor.UnlinkTranslation)(w, r)
}

// purgeStory deletes a story in the trash for good and returns to the
// trash.
func (s *Server) purgeStory(w http.ResponseWriter, r *http.Request) error {
	return s.storyStep(storyStep{field: "purge", flash: "story.flash.purged",
		next: func(stories.Draft) string { return "/admin/stories?trash=on" },
		run: func(r *http.Request, d stories.Draft, _ *views.Form) error {
			return s.editor.Purge(r.Context(), actor(r), d.ID)
		}})(w, r)
}

// scheduleStory plans publication at the date and time of the field
// "scheduled_at" (datetime-local, a wall-clock time in Europe/Amsterdam
// whatever the browser's or server's zone; see stories.ParseLocalDateTime).
func (s *Server) scheduleStory(w http.ResponseWriter, r *http.Request) error {
	return s.storyStep(storyStep{field: "scheduled_at", fields: []string{"scheduled_at"}, flash: "story.flash.scheduled",
		run: func(r *http.Request, d stories.Draft, form *views.Form) error {
			if form.Value("scheduled_at") == "" {
				form.SetError("scheduled_at", "story.error.datetime_required")
				return nil
			}
			at, err := stories.ParseLocalDateTime(form.Value("scheduled_at"))
			switch {
			case errors.Is(err, stories.ErrNoSuchLocalTime):
				form.SetError("scheduled_at", "story.error.datetime_gap")
				return nil
			case err != nil:
				form.SetError("scheduled_at", "story.error.datetime")
				return nil
			}
			return s.editor.Schedule(r.Context(), actor(r), d.ID, at)
		}})(w, r)
}

// withdrawStoryConsent records that the featured person withdrew consent
// on the day of the field "withdrawn_on" (empty: today), for the story
// and every language version of it: it is the same person's story. Each
// leaves the public site at once and is archived.
func (s *Server) withdrawStoryConsent(w http.ResponseWriter, r *http.Request) error {
	return s.storyStep(storyStep{field: "withdrawn_on", fields: []string{"withdrawn_on"}, flash: "story.flash.withdrawn",
		run: func(r *http.Request, d stories.Draft, form *views.Form) error {
			var day time.Time
			if v := form.Value("withdrawn_on"); v != "" {
				var err error
				if day, err = time.Parse(stories.DateLayout, v); err != nil {
					form.SetError("withdrawn_on", "story.error.date")
					return nil
				}
			}
			ctx, by := r.Context(), actor(r)
			if err := s.editor.WithdrawConsent(ctx, by, d.ID, day); err != nil {
				return err
			}
			group, err := s.stories.Translations(ctx, d.TranslationKey)
			if err != nil {
				return err
			}
			for _, tr := range group {
				if tr.ID == d.ID {
					continue
				}
				err := s.editor.WithdrawConsent(ctx, by, tr.ID, day)
				if err != nil && !errors.Is(err, editorial.ErrConsentWithdrawn) && !errors.Is(err, database.ErrNotFound) {
					return err
				}
			}
			return nil
		}})(w, r)
}

// linkStoryTranslation makes the story a translation of the story in the
// field "translation_id".
func (s *Server) linkStoryTranslation(w http.ResponseWriter, r *http.Request) error {
	return s.storyStep(storyStep{field: "translation_id", fields: []string{"translation_id"}, flash: "story.flash.linked",
		run: func(r *http.Request, d stories.Draft, form *views.Form) error {
			other, err := strconv.ParseInt(form.Value("translation_id"), 10, 64)
			if err != nil || other <= 0 {
				form.SetError("translation_id", "story.error.translation_choose")
				return nil
			}
			err = s.editor.LinkTranslation(r.Context(), actor(r), d.ID, other)
			if errors.Is(err, database.ErrNotFound) {
				form.SetError("translation_id", "story.error.translation_unknown")
				return nil
			}
			return err
		}})(w, r)
}
