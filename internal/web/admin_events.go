package web

import (
	"bytes"
	"errors"
	"net/http"
	"net/url"
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// adminEventsPerPage is the length of a page of the back office's event
// list.
const adminEventsPerPage = 50

// listAdminEvents lists every event, the partners' and the employer's own,
// coming or (?when=past) ended, optionally of one status, with counts.
func (s *Server) listAdminEvents(w http.ResponseWriter, r *http.Request) error {
	query := r.URL.Query()
	q := events.StaffQuery{Past: query.Get("when") == "past", Status: events.Status(query.Get("status")),
		Limit: adminEventsPerPage}
	switch q.Status {
	case "", events.StatusDraft, events.StatusSubmitted, events.StatusApproved, events.StatusRejected,
		events.StatusChangesRequested, events.StatusCancelled:
	default:
		return errBadRequest
	}
	var err error
	if q.After, q.Before, err = pageCursors(query); err != nil {
		return err
	}
	page, err := s.eventStore().StaffEvents(r.Context(), q)
	if err != nil {
		return err
	}
	link := func(past bool, extra ...string) string {
		v := url.Values{}
		if past {
			v.Set("when", "past")
		}
		if q.Status != "" {
			v.Set("status", string(q.Status))
		}
		for i := 0; i+1 < len(extra); i += 2 {
			v.Set(extra[i], extra[i+1])
		}
		return withQuery(paths.AdminEvents(), v)
	}
	v := views.AdminEventsView{
		Past:        q.Past,
		Filter:      views.Form{Values: map[string]string{"status": string(q.Status)}},
		Events:      page.Events,
		UpcomingURL: link(false),
		PastURL:     link(true),
	}
	if page.Prev != nil {
		v.PrevURL = link(q.Past, "before", formatEventCursor(*page.Prev))
	}
	if page.Next != nil {
		v.NextURL = link(q.Past, "after", formatEventCursor(*page.Next))
	}
	s.render(w, r, http.StatusOK, views.AdminEventsPage(v))
	return nil
}

// showAdminEvent shows any event with its status, what waits for
// moderation, its registrations and the actions.
func (s *Server) showAdminEvent(w http.ResponseWriter, r *http.Request) error {
	return s.renderAdminEvent(w, r, http.StatusOK, "")
}

func (s *Server) renderAdminEvent(w http.ResponseWriter, r *http.Request, status int, actionError string) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	pe, err := s.eventStore().StaffEvent(r.Context(), id)
	if err != nil {
		return err
	}
	regs, err := s.eventStore().StaffRegistrations(r.Context(), id)
	if err != nil {
		return err
	}
	return s.renderEventAdmin(w, r, status, pe, regs, true, actionError)
}

// renderAdminEventForm renders the back office's event form to create
// an own event (pe nil) or to edit pe, which applies at once.
func (s *Server) renderAdminEventForm(w http.ResponseWriter, r *http.Request, status int, pe *events.PartnerEvent, form views.Form) error {
	l := i18n.LangFrom(r.Context())
	v := views.EventFormView{
		Title: i18n.T(l, "adminevents.new"), Section: "events", Action: paths.AdminEvents() + "/new",
		Back: paths.AdminEvents(), BackLabel: "adminevents.back", Form: form,
		SubmitLabel: "adminevents.publish", Notice: i18n.T(l, "adminevents.form.notice"),
	}
	if pe != nil {
		v.Title = i18n.Tf(l, "portal.event.edit.title", pe.TitleNL)
		v.Action, v.Back, v.BackLabel = paths.AdminEvent(pe.ID)+"/edit", paths.AdminEvent(pe.ID), "portal.event.back"
		v.Notice = i18n.T(l, "adminevents.form.notice_edit")
	}
	s.render(w, r, status, views.EventFormPage(v))
	return nil
}

// newAdminEvent renders the empty form of an own event.
func (s *Server) newAdminEvent(w http.ResponseWriter, r *http.Request) error {
	return s.renderAdminEventForm(w, r, http.StatusOK, nil, newEventForm())
}

// createAdminEvent publishes an event of the employer itself at once.
func (s *Server) createAdminEvent(w http.ResponseWriter, r *http.Request) error {
	form, c, err := readEventForm(r)
	if err != nil {
		return err
	}
	checkEventStart(&form, c, nil, time.Now())
	if !form.HasErrors() {
		e, err := s.agenda().CreateOwnEvent(r.Context(), actor(r), c)
		switch {
		case err == nil:
			return s.redirectWithFlash(w, r, paths.AdminEvent(e.ID), "adminevents.flash.created")
		case !setEventErrors(&form, err):
			return err
		}
	}
	return s.renderAdminEventForm(w, r, http.StatusUnprocessableEntity, nil, form)
}

// editAdminEvent renders the form of any event, filled with the change
// that waits for moderation or else the event.
func (s *Server) editAdminEvent(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	pe, err := s.eventStore().StaffEvent(r.Context(), id)
	if err != nil {
		return err
	}
	if pe.Status == events.StatusCancelled {
		http.Redirect(w, r, paths.AdminEvent(id), http.StatusSeeOther)
		return nil
	}
	return s.renderAdminEventForm(w, r, http.StatusOK, &pe, contentForm(latestContent(pe)))
}

// updateAdminEvent applies an editor's change to any event at once and
// publishes it; a change waiting from the partner is superseded.
func (s *Server) updateAdminEvent(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := idParam(r)
	if err != nil {
		return err
	}
	pe, err := s.eventStore().StaffEvent(ctx, id)
	if err != nil {
		return err
	}
	form, c, err := readEventForm(r)
	if err != nil {
		return err
	}
	prev := latestContent(pe)
	checkEventStart(&form, c, &prev, time.Now())
	if !form.HasErrors() {
		_, err := s.agenda().EditEvent(ctx, actor(r), id, c)
		switch {
		case err == nil:
			return s.redirectWithFlash(w, r, paths.AdminEvent(id), "adminevents.flash.saved")
		case errors.Is(err, events.ErrCancelled):
			form.SetError("", "portal.error.cancelled")
		case !setEventErrors(&form, err):
			return err
		}
	}
	return s.renderAdminEventForm(w, r, http.StatusUnprocessableEntity, &pe, form)
}

// cancelAdminEvent cancels any event; everyone registered is mailed.
func (s *Server) cancelAdminEvent(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	_, err = s.agenda().CancelEvent(r.Context(), actor(r), id)
	switch {
	case err == nil:
		return s.redirectWithFlash(w, r, paths.AdminEvent(id), "portal.event.flash.cancelled")
	case errors.Is(err, events.ErrCancelled):
		return s.renderAdminEvent(w, r, http.StatusConflict, "portal.error.cancelled")
	}
	return err
}

// adminRegistrationsCSV downloads the attendee list of any event.
func (s *Server) adminRegistrationsCSV(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := idParam(r)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	e, err := s.agenda().ExportAttendees(ctx, actor(r), nil, id, &buf)
	if err != nil {
		return err
	}
	serveCSV(w, e.Slug, buf.Bytes())
	return nil
}
