package web

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/useradmin"
	"github.com/podium-portal/podium/web/views"
)

// showForgotPassword renders the form that asks for a reset link.
func (s *Server) showForgotPassword(w http.ResponseWriter, r *http.Request) error {
	s.render(w, r, http.StatusOK, views.ForgotPasswordPage(views.Form{}, false))
	return nil
}

// submitForgotPassword mails a reset link to a known, active address and
// answers every well-formed address the same way, so the form cannot be
// used to find out who has an account. Requests count against the address
// throttle, so the form cannot be used to flood someone's mailbox.
func (s *Server) submitForgotPassword(w http.ResponseWriter, r *http.Request) error {
	form, err := readForm(r, "email")
	if err != nil {
		return err
	}
	require(form, "email")
	if form.Value("email") != "" {
		if _, err := accounts.NormalizeEmail(form.Value("email")); err != nil {
			form.SetError("email", "auth.error.email")
		}
	}
	if form.HasErrors() {
		s.render(w, r, http.StatusUnprocessableEntity, views.ForgotPasswordPage(form, false))
		return nil
	}
	ctx := r.Context()
	ipKey := accounts.IPKey(clientIP(r))
	decision, err := s.cfg.Throttle.Check(ctx, ipKey)
	if err != nil {
		return err
	}
	if !decision.Allowed {
		setThrottleError(&form, decision)
		s.render(w, r, http.StatusTooManyRequests, views.ForgotPasswordPage(form, false))
		return nil
	}
	if err := s.cfg.Throttle.Fail(ctx, ipKey); err != nil {
		return err
	}
	if err := s.users.RequestPasswordReset(ctx, form.Value("email"), actor(r)); err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.ForgotPasswordPage(form, true))
	return nil
}

// tokenPage describes the two pages behind mailed links.
type tokenPage struct {
	purpose accounts.TokenPurpose
	path    string
	title   string
}

func resetPage() tokenPage {
	return tokenPage{accounts.TokenReset, useradmin.ResetPath, "auth.setpassword"}
}

func invitePage() tokenPage {
	return tokenPage{accounts.TokenInvite, useradmin.InvitePath, "auth.invite.accept"}
}

// showSetPassword renders the set-password form when the link's token is
// valid (without using it up) and a "link no longer works" page otherwise.
func (s *Server) showSetPassword(p tokenPage) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		token := r.URL.Query().Get("token")
		u, err := s.accounts.PeekToken(r.Context(), p.purpose, token)
		if errors.Is(err, accounts.ErrTokenInvalid) {
			s.render(w, r, http.StatusGone, views.LinkInvalidPage())
			return nil
		}
		if err != nil {
			return err
		}
		r = r.WithContext(withUserLang(r.Context(), u))
		s.render(w, r, http.StatusOK, views.SetPasswordPage(views.SetPasswordView{
			Title: p.title, Action: p.path + "?token=" + url.QueryEscape(token), Email: u.Email}))
		return nil
	}
}

// submitSetPassword sets the password, uses the link up, ends every session
// of the user and sends them to sign in. A weak password keeps the link
// usable and shows the form again.
func (s *Server) submitSetPassword(p tokenPage) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		token := r.URL.Query().Get("token")
		u, err := s.accounts.PeekToken(r.Context(), p.purpose, token)
		if errors.Is(err, accounts.ErrTokenInvalid) {
			s.render(w, r, http.StatusGone, views.LinkInvalidPage())
			return nil
		}
		if err != nil {
			return err
		}
		r = r.WithContext(withUserLang(r.Context(), u))
		form, err := readForm(r, "password", "confirm")
		if err != nil {
			return err
		}
		checkNewPassword(&form)
		if !form.HasErrors() {
			_, err = s.users.SetPasswordWithToken(r.Context(), p.purpose, token, form.Value("password"), actor(r))
			switch {
			case errors.Is(err, accounts.ErrTokenInvalid):
				s.render(w, r, http.StatusGone, views.LinkInvalidPage())
				return nil
			case errors.Is(err, accounts.ErrWeakPassword):
				form.SetError("password", "auth.error.weak")
			case err != nil:
				return err
			}
		}
		if form.HasErrors() {
			s.render(w, r, http.StatusUnprocessableEntity, views.SetPasswordPage(views.SetPasswordView{
				Title: p.title, Action: p.path + "?token=" + url.QueryEscape(token), Email: u.Email, Form: form}))
			return nil
		}
		return s.redirectWithFlash(w, r, "/login", "auth.password.set")
	}
}

// checkNewPassword checks the new password and its repetition in form.
func checkNewPassword(form *views.Form) {
	require(*form, "password", "confirm")
	if form.HasErrors() {
		return
	}
	if err := accounts.ValidatePassword(form.Value("password"), ""); err != nil {
		form.SetError("password", "auth.error.weak")
		return
	}
	if form.Value("password") != form.Value("confirm") {
		form.SetError("confirm", "auth.error.mismatch")
	}
}
