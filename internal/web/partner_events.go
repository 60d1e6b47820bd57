package web

import (
	"bytes"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// The partner portal's events: every record is read with the partner id
// of the signed-in user, so another organisation's event answers 404 just
// like one that does not exist.

// listPortalEvents lists the organisation's events with their status and
// registration counts.
func (s *Server) listPortalEvents(w http.ResponseWriter, r *http.Request) error {
	pid, err := ownPartner(r)
	if err != nil {
		return err
	}
	list, err := s.eventStore().PartnerEvents(r.Context(), pid)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.PortalEventsPage(views.PortalEventsView{Events: list}))
	return nil
}

// showPortalEvent shows one of the organisation's events with what waits
// for moderation, the moderator's reason and its registrations.
func (s *Server) showPortalEvent(w http.ResponseWriter, r *http.Request) error {
	pid, id, err := ownEvent(r)
	if err != nil {
		return err
	}
	pe, err := s.eventStore().PartnerEvent(r.Context(), pid, id)
	if err != nil {
		return err
	}
	regs, err := s.eventStore().Registrations(r.Context(), pid, id)
	if err != nil {
		return err
	}
	return s.renderEventAdmin(w, r, http.StatusOK, pe, regs, false, "")
}

// renderEventAdmin renders an event's page of the partner portal, or of
// the back office when staff is true.
func (s *Server) renderEventAdmin(w http.ResponseWriter, r *http.Request, status int, pe events.PartnerEvent,
	regs []events.Registration, staff bool, actionError string) error {
	v := views.PortalEventView{PartnerEvent: pe, Staff: staff, Registrations: regs, ActionError: actionError}
	if pe.Pending != nil {
		v.Changes = events.Changes(pe.Content, pe.Pending.Content)
	}
	s.render(w, r, status, views.PortalEventPage(v))
	return nil
}

// ownEvent returns the signed-in partner user's organisation and the
// event id of the route.
func ownEvent(r *http.Request) (int64, int64, error) {
	pid, err := ownPartner(r)
	if err != nil {
		return 0, 0, err
	}
	id, err := idParam(r)
	return pid, id, err
}

// newPortalEvent renders the empty event form.
func (s *Server) newPortalEvent(w http.ResponseWriter, r *http.Request) error {
	if _, err := ownPartner(r); err != nil {
		return err
	}
	return s.renderPortalEventForm(w, r, http.StatusOK, nil, newEventForm())
}

// renderPortalEventForm renders the event form to create an event (pe
// nil) or to edit pe.
func (s *Server) renderPortalEventForm(w http.ResponseWriter, r *http.Request, status int, pe *events.PartnerEvent, form views.Form) error {
	l := i18n.LangFrom(r.Context())
	v := views.EventFormView{
		Title: i18n.T(l, "portal.event.new"), Section: "partner_events", Action: paths.PortalEvents() + "/new",
		Back: paths.PortalEvents(), BackLabel: "portal.events.back", Form: form, Drafts: true,
		SubmitLabel: "portal.event.submit", Notice: i18n.T(l, "portal.event.form.notice"),
	}
	if pe != nil {
		v.Title = i18n.Tf(l, "portal.event.edit.title", pe.TitleNL)
		v.Action, v.Back, v.BackLabel = paths.PortalEvent(pe.ID)+"/edit", paths.PortalEvent(pe.ID), "portal.event.back"
		v.Drafts = pe.Status == events.StatusDraft
		if pe.Status == events.StatusApproved {
			v.Notice = i18n.T(l, "portal.event.form.notice_live")
		}
		if d := pe.LastDecision; d != nil && d.Status != events.RevisionApproved && (pe.Pending == nil || d.ID > pe.Pending.ID) {
			v.Reason = d.Reason
		}
	}
	s.render(w, r, status, views.EventFormPage(v))
	return nil
}

// createPortalEvent stores a new event of the organisation, sent to
// moderation or, with "save as draft", kept as a draft.
func (s *Server) createPortalEvent(w http.ResponseWriter, r *http.Request) error {
	pid, err := ownPartner(r)
	if err != nil {
		return err
	}
	form, c, err := readEventForm(r)
	if err != nil {
		return err
	}
	checkEventStart(&form, c, nil, time.Now())
	draft := wantsDraft(r)
	if !form.HasErrors() {
		e, err := s.agenda().CreateEvent(r.Context(), actor(r), pid, c, draft)
		switch {
		case err == nil:
			return s.redirectWithFlash(w, r, paths.PortalEvent(e.ID), submittedFlash(draft))
		case !setEventErrors(&form, err):
			return err
		}
	}
	return s.renderPortalEventForm(w, r, http.StatusUnprocessableEntity, nil, form)
}

func submittedFlash(draft bool) string {
	if draft {
		return "portal.event.flash.draft"
	}
	return "portal.event.flash.submitted"
}

// editPortalEvent renders the form of one of the organisation's events,
// filled with the change that waits for moderation or else the event.
func (s *Server) editPortalEvent(w http.ResponseWriter, r *http.Request) error {
	pid, id, err := ownEvent(r)
	if err != nil {
		return err
	}
	pe, err := s.eventStore().PartnerEvent(r.Context(), pid, id)
	if err != nil {
		return err
	}
	if pe.Status == events.StatusCancelled {
		http.Redirect(w, r, paths.PortalEvent(id), http.StatusSeeOther)
		return nil
	}
	return s.renderPortalEventForm(w, r, http.StatusOK, &pe, contentForm(latestContent(pe)))
}

// latestContent is the newest version of pe: the change waiting for
// moderation, or the event as stored.
func latestContent(pe events.PartnerEvent) events.Content {
	if pe.Pending != nil {
		return pe.Pending.Content
	}
	return pe.Content
}

// updatePortalEvent submits a change of one of the organisation's events.
// A change to a published event waits for moderation while the published
// version stays online.
func (s *Server) updatePortalEvent(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	pid, id, err := ownEvent(r)
	if err != nil {
		return err
	}
	pe, err := s.eventStore().PartnerEvent(ctx, pid, id)
	if err != nil {
		return err
	}
	form, c, err := readEventForm(r)
	if err != nil {
		return err
	}
	prev := latestContent(pe)
	checkEventStart(&form, c, &prev, time.Now())
	draft := wantsDraft(r) && pe.Status == events.StatusDraft
	if !form.HasErrors() {
		_, err := s.agenda().UpdateEvent(ctx, actor(r), pid, id, c, draft)
		switch {
		case err == nil:
			return s.redirectWithFlash(w, r, paths.PortalEvent(id), submittedFlash(draft))
		case errors.Is(err, events.ErrCancelled):
			form.SetError("", "portal.error.cancelled")
		case !setEventErrors(&form, err):
			return err
		}
	}
	return s.renderPortalEventForm(w, r, http.StatusUnprocessableEntity, &pe, form)
}

// cancelPortalEvent cancels one of the organisation's events; everyone
// registered is mailed, with the cancelled .ics.
func (s *Server) cancelPortalEvent(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	pid, id, err := ownEvent(r)
	if err != nil {
		return err
	}
	_, err = s.agenda().CancelPartnerEvent(ctx, actor(r), pid, id)
	switch {
	case err == nil:
		return s.redirectWithFlash(w, r, paths.PortalEvent(id), "portal.event.flash.cancelled")
	case errors.Is(err, events.ErrCancelled):
		pe, err := s.eventStore().PartnerEvent(ctx, pid, id)
		if err != nil {
			return err
		}
		regs, err := s.eventStore().Registrations(ctx, pid, id)
		if err != nil {
			return err
		}
		return s.renderEventAdmin(w, r, http.StatusConflict, pe, regs, false, "portal.error.cancelled")
	}
	return err
}

// portalRegistrationsCSV downloads the attendee list of one of the
// organisation's events; the download is audited.
func (s *Server) portalRegistrationsCSV(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	pid, id, err := ownEvent(r)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	e, err := s.agenda().ExportAttendees(ctx, actor(r), &pid, id, &buf)
	if err != nil {
		return err
	}
	serveCSV(w, e.Slug, buf.Bytes())
	return nil
}

// serveCSV sends an attendee list as a download; it is personal data, so
// it is never cached.
func serveCSV(w http.ResponseWriter, slug string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="`+slug+`-aanmeldingen.csv"`)
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body)
}
