package web

import (
	"errors"
	"net/http"
	"net/url"
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// The pages behind the mailed links. Mail scanners open links, so a GET
// only shows where the registration stands and a button; the button's
// POST does the work and leads back to the GET, which then shows the
// outcome. The pages carry a token, so they are never cached and send no
// referrer.

// privatePage keeps a page out of every cache and out of Referer headers:
// its headers are set last, over what render sets.
type privatePage struct{ http.ResponseWriter }

func (w privatePage) WriteHeader(status int) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.ResponseWriter.WriteHeader(status)
}

// step renders one step of a registration's journey.
func (s *Server) step(w http.ResponseWriter, r *http.Request, status int, v views.RegistrationStepView) {
	l := i18n.LangFrom(r.Context())
	v.Meta = views.Meta{Title: i18n.T(l, v.Heading), AltURL: paths.Events(l.Other()), Section: "events"}
	s.render(privatePage{w}, r, status, views.RegistrationStepPage(v))
}

// deadLink renders the page of a link that no longer works.
func (s *Server) deadLink(w http.ResponseWriter, r *http.Request) error {
	s.step(w, r, http.StatusGone, views.RegistrationStepView{Heading: "registration.link.invalid",
		Text: []string{"registration.link.invalid.text"}})
	return nil
}

// backWithToken answers a POST with 303 to the GET of the same link.
func backWithToken(w http.ResponseWriter, r *http.Request, path, token string) {
	http.Redirect(w, r, path+"?"+url.Values{"token": {token}}.Encode(), http.StatusSeeOther)
}

// showConfirmRegistration shows where the registration of the mailed
// confirmation link stands: a button to confirm it, or that it is
// confirmed, on the waiting list, closed or expired.
func (s *Server) showConfirmRegistration(w http.ResponseWriter, r *http.Request) error {
	l := i18n.LangFrom(r.Context())
	token := r.URL.Query().Get("token")
	reg, e, err := s.eventStore().ByConfirmToken(r.Context(), token)
	if errors.Is(err, events.ErrTokenInvalid) {
		return s.deadLink(w, r)
	}
	if err != nil {
		return err
	}
	v := views.RegistrationStepView{Event: e}
	switch reg.Status {
	case events.RegistrationConfirmed:
		v.Heading, v.Text = "registration.confirmed.title", []string{"registration.confirmed.text"}
	case events.RegistrationWaitlisted:
		v.Heading, v.Text = "registration.waitlisted.title", []string{"registration.waitlisted.text"}
	case events.RegistrationCancelled:
		return s.deadLink(w, r)
	default:
		now := time.Now()
		switch {
		case reg.CreatedAt.Before(now.Add(-events.ConfirmTTL)):
			return s.deadLink(w, r)
		case !e.AcceptsRegistrations(now):
			v.Heading, v.Text = "registration.closed.title", []string{closedReason(e, now)}
		default:
			v.Heading, v.Text = "registration.confirm.title", []string{"registration.confirm.text"}
			v.Button, v.Action, v.Token = "registration.confirm.submit", paths.RegistrationConfirm(l), token
		}
	}
	s.step(w, r, http.StatusOK, v)
	return nil
}

// closedReason is the catalogue key that says why e takes no
// registrations at now.
func closedReason(e events.Event, now time.Time) string {
	switch {
	case e.Status == events.StatusCancelled:
		return "registration.closed.cancelled"
	case !e.StartsAt.After(now):
		return "registration.closed.started"
	}
	return "registration.closed.none"
}

// confirmRegistration confirms the registration of the posted token: a
// seat when one is free, the waiting list otherwise. The mail that says
// which is queued in the same transaction.
func (s *Server) confirmRegistration(w http.ResponseWriter, r *http.Request) error {
	l := i18n.LangFrom(r.Context())
	form, err := readForm(r, "token")
	if err != nil {
		return err
	}
	token := form.Value("token")
	_, err = s.agenda().Confirm(r.Context(), token)
	switch {
	case err == nil, errors.Is(err, events.ErrAlreadyConfirmed), errors.Is(err, events.ErrRegistrationClosed):
		backWithToken(w, r, paths.RegistrationConfirm(l), token)
		return nil
	case errors.Is(err, events.ErrTokenInvalid):
		return s.deadLink(w, r)
	}
	return err
}

// showCancelRegistration shows the registration of the mailed
// cancellation link with a button to cancel it, or that it is cancelled.
func (s *Server) showCancelRegistration(w http.ResponseWriter, r *http.Request) error {
	l := i18n.LangFrom(r.Context())
	token := r.URL.Query().Get("token")
	reg, e, err := s.eventStore().ByCancelToken(r.Context(), token)
	if errors.Is(err, events.ErrTokenInvalid) {
		return s.deadLink(w, r)
	}
	if err != nil {
		return err
	}
	v := views.RegistrationStepView{Event: e}
	switch reg.Status {
	case events.RegistrationCancelled:
		v.Heading, v.Text = "registration.cancelled.title", []string{"registration.cancelled.text"}
	case events.RegistrationWaitlisted:
		v.Heading, v.Text = "registration.leave.title", []string{"registration.leave.text"}
		v.Button, v.Action, v.Token, v.Secondary = "registration.leave.submit", paths.RegistrationCancel(l), token, true
	default:
		v.Heading, v.Text = "registration.cancel.title", []string{"registration.cancel.text"}
		v.Button, v.Action, v.Token, v.Secondary = "registration.cancel.submit", paths.RegistrationCancel(l), token, true
	}
	s.step(w, r, http.StatusOK, v)
	return nil
}

// cancelRegistration cancels the registration of the posted token; the
// first on the waiting list takes the seat and is mailed.
func (s *Server) cancelRegistration(w http.ResponseWriter, r *http.Request) error {
	l := i18n.LangFrom(r.Context())
	form, err := readForm(r, "token")
	if err != nil {
		return err
	}
	token := form.Value("token")
	_, err = s.agenda().Cancel(r.Context(), token)
	switch {
	case err == nil, errors.Is(err, events.ErrAlreadyCancelled):
		backWithToken(w, r, paths.RegistrationCancel(l), token)
		return nil
	case errors.Is(err, events.ErrTokenInvalid):
		return s.deadLink(w, r)
	}
	return err
}
