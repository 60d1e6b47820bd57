package web

import (
	"context"
	"errors"
	"net/http"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/images"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/plaintext"
	"github.com/podium-portal/podium/web/views"
)

// listModeration renders the moderation queue: event submissions and
// profile changes, oldest first, with how many fields each changes.
func (s *Server) listModeration(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	queue, err := s.eventStore().ModerationQueue(ctx)
	if err != nil {
		return err
	}
	drafts, err := s.partnerStore().PendingDrafts(ctx)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.ModerationQueuePage(views.ModerationQueueView{Events: queue, Profiles: drafts}))
	return nil
}

// showModerationEvent renders an event submission: what it changes and
// the three decisions.
func (s *Server) showModerationEvent(w http.ResponseWriter, r *http.Request) error {
	return s.renderModerationEvent(w, r, http.StatusOK, views.Form{}, "")
}

func (s *Server) renderModerationEvent(w http.ResponseWriter, r *http.Request, status int, form views.Form, actionError string) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	sub, err := s.eventStore().Submission(r.Context(), id)
	if err != nil {
		return err
	}
	s.render(w, r, status, views.ModerationEventPage(views.ModerationEventView{Submission: sub, Form: form,
		ActionError: actionError}))
	return nil
}

// approveEvent publishes an event submission; the partner is mailed.
func (s *Server) approveEvent(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	_, err = s.agenda().ApproveSubmission(r.Context(), actor(r), id)
	switch {
	case err == nil:
		return s.redirectWithFlash(w, r, paths.Moderation(), "moderation.flash.approved")
	case errors.Is(err, events.ErrNotPending):
		return s.renderModerationEvent(w, r, http.StatusConflict, views.Form{}, "moderation.error.not_pending")
	}
	return err
}

// rejectEvent refuses an event submission with a reason; the partner is
// mailed the reason.
func (s *Server) rejectEvent(w http.ResponseWriter, r *http.Request) error {
	return s.decideEvent(w, r, "reject_reason", "moderation.flash.rejected", s.agenda().RejectSubmission)
}

// requestEventChanges sends an event submission back with a reason; the
// partner is mailed the reason.
func (s *Server) requestEventChanges(w http.ResponseWriter, r *http.Request) error {
	return s.decideEvent(w, r, "changes_reason", "moderation.flash.changes", s.agenda().RequestChanges)
}

func (s *Server) decideEvent(w http.ResponseWriter, r *http.Request, field, flash string,
	decide func(ctx context.Context, by audit.Actor, id int64, reason string) (events.Revision, error)) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	form, err := readForm(r, field)
	if err != nil {
		return err
	}
	require(form, field)
	if !plaintext.Valid(form.Value(field)) {
		form.SetError(field, "event.error.characters")
	}
	if !form.HasErrors() {
		_, err = decide(r.Context(), actor(r), id, form.Value(field))
		switch {
		case err == nil:
			return s.redirectWithFlash(w, r, paths.Moderation(), flash)
		case errors.Is(err, events.ErrReasonRequired):
			form.SetError(field, "form.required")
		case errors.Is(err, events.ErrNotPending):
			return s.renderModerationEvent(w, r, http.StatusConflict, views.Form{}, "moderation.error.not_pending")
		default:
			return err
		}
	}
	return s.renderModerationEvent(w, r, http.StatusUnprocessableEntity, form, "")
}

// showModerationProfile renders a profile change: what it changes and
// the decisions.
func (s *Server) showModerationProfile(w http.ResponseWriter, r *http.Request) error {
	return s.renderModerationProfile(w, r, http.StatusOK, views.Form{}, "")
}

func (s *Server) renderModerationProfile(w http.ResponseWriter, r *http.Request, status int, form views.Form, actionError string) error {
	ctx := r.Context()
	id, err := idParam(r)
	if err != nil {
		return err
	}
	review, err := s.partnerStore().DraftByID(ctx, id)
	if err != nil {
		return err
	}
	v := views.ModerationProfileView{Review: review, Form: form, ActionError: actionError}
	if review.LogoID != nil {
		img, err := images.NewStore(s.pool).ByID(ctx, *review.LogoID)
		switch {
		case err == nil:
			v.NewLogo = &img
		case !errors.Is(err, database.ErrNotFound):
			return err
		}
	}
	s.render(w, r, status, views.ModerationProfilePage(v))
	return nil
}

// approveProfile makes a profile change live; the partner is mailed.
func (s *Server) approveProfile(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	_, err = s.agenda().ApproveProfile(r.Context(), actor(r), id)
	switch {
	case err == nil:
		return s.redirectWithFlash(w, r, paths.Moderation(), "moderation.flash.approved")
	case errors.Is(err, partnerpkg.ErrNotPending):
		return s.renderModerationProfile(w, r, http.StatusConflict, views.Form{}, "moderation.error.not_pending")
	}
	return err
}

// rejectProfile refuses a profile change with a reason; the partner is
// mailed the reason.
func (s *Server) rejectProfile(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	form, err := readForm(r, "reject_reason")
	if err != nil {
		return err
	}
	require(form, "reject_reason")
	if !plaintext.Valid(form.Value("reject_reason")) {
		form.SetError("reject_reason", "event.error.characters")
	}
	if !form.HasErrors() {
		_, err = s.agenda().RejectProfile(r.Context(), actor(r), id, form.Value("reject_reason"))
		switch {
		case err == nil:
			return s.redirectWithFlash(w, r, paths.Moderation(), "moderation.flash.rejected")
		case errors.Is(err, partnerpkg.ErrReasonRequired):
			form.SetError("reject_reason", "form.required")
		case errors.Is(err, partnerpkg.ErrNotPending):
			return s.renderModerationProfile(w, r, http.StatusConflict, views.Form{}, "moderation.error.not_pending")
		default:
			return err
		}
	}
	return s.renderModerationProfile(w, r, http.StatusUnprocessableEntity, form, "")
}
