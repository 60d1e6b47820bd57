package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// registerForEvent takes the registration form of an event's page: name,
// e-mail address and optional accessibility needs, in the page's language.
// It mails the confirmation link and sends the visitor to a page that says
// to check their mail; the same happens when the address was registered
// already (that mail says so), so the form tells no one who registered.
// Errors are shown at their field with the input kept (422).
func (s *Server) registerForEvent(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	slug := chi.URLParam(r, "slug")
	if strings.HasSuffix(slug, icsSuffix) {
		return errMethodNotAllowed
	}
	e, err := s.eventStore().PublicBySlug(ctx, slug)
	if err != nil {
		return err
	}
	form, err := readForm(r, "name", "email", "accessibility_needs")
	if err != nil {
		return err
	}
	// events.NewRegistration.Normalize checks every field at once (also
	// the required ones), so all errors show together.
	err = s.agenda().Register(ctx, events.NewRegistration{EventID: e.ID, Name: form.Value("name"),
		Email: form.Value("email"), AccessibilityNeeds: form.Value("accessibility_needs"), Lang: l})
	var invalid *events.ValidationError
	switch {
	case err == nil:
		http.Redirect(w, r, paths.EventRegistered(l, e.Slug), http.StatusSeeOther)
		return nil
	case errors.As(err, &invalid):
		for field, code := range invalid.Fields {
			form.SetError(field, registrationErrorKey(field, code))
		}
	case errors.Is(err, events.ErrRegistrationClosed):
		form.SetError("", "registration.error.closed")
	default:
		return err
	}
	// Counts may have moved since the page was shown.
	if e, err = s.eventStore().PublicBySlug(ctx, slug); err != nil {
		return err
	}
	return s.renderEvent(w, r, http.StatusUnprocessableEntity, e, form)
}

// registrationErrorKey is the catalogue key of validation code on a
// registration field.
func registrationErrorKey(field, code string) string {
	switch {
	case code == events.CodeRequired:
		return "form.required"
	case code == events.CodeBadText:
		return "event.error.characters"
	case field == "email":
		return "auth.error.email"
	case code == events.CodeTooLong:
		return "registration.error.too_long"
	}
	return "event.error.invalid"
}

// showRegistrationSent is the page after registering: check your mail.
func (s *Server) showRegistrationSent(w http.ResponseWriter, r *http.Request) error {
	l := i18n.LangFrom(r.Context())
	e, err := s.eventStore().PublicBySlug(r.Context(), chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.RegistrationStepPage(views.RegistrationStepView{
		Meta: views.Meta{Title: i18n.T(l, "registration.sent.title"), AltURL: paths.EventRegistered(l.Other(), e.Slug),
			Section: "events"},
		Event:   e,
		Heading: "registration.sent.title",
		Text:    []string{"registration.sent.text", "registration.sent.spam"},
	}))
	return nil
}
