package web

import (
	"context"
	"errors"
	"net/http"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// withUserLang shows a page in the language of the user it is about.
func withUserLang(ctx context.Context, u accounts.User) context.Context {
	return i18n.WithLang(ctx, u.Lang)
}

// showAccount renders the signed-in user's account page.
func (s *Server) showAccount(w http.ResponseWriter, r *http.Request) error {
	return s.renderAccount(w, r, http.StatusOK, views.Form{})
}

func (s *Server) renderAccount(w http.ResponseWriter, r *http.Request, status int, form views.Form) error {
	u, _ := currentUser(r)
	v := views.AccountView{PasswordForm: form, TwoFactorOn: u.TOTPEnabled}
	if u.TOTPEnabled {
		n, err := s.accounts.RemainingRecoveryCodes(r.Context(), u.ID)
		if err != nil {
			return err
		}
		v.RecoveryCodesLeft = n
	}
	s.render(w, r, status, views.AccountPage(v))
	return nil
}

// changePassword changes the signed-in user's password; their other
// sessions end, this one stays.
func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) error {
	form, err := readForm(r, "current", "password", "confirm")
	if err != nil {
		return err
	}
	require(form, "current")
	checkNewPassword(&form)
	if !form.HasErrors() {
		err := s.users.ChangePassword(r.Context(), actor(r), form.Value("current"), form.Value("password"), session(r))
		switch {
		case errors.Is(err, accounts.ErrInvalidCredentials):
			form.SetError("current", "auth.error.current")
		case errors.Is(err, accounts.ErrWeakPassword):
			form.SetError("password", "auth.error.weak")
		case err != nil:
			return err
		}
	}
	if form.HasErrors() {
		return s.renderAccount(w, r, http.StatusUnprocessableEntity, form)
	}
	return s.redirectWithFlash(w, r, "/account", "auth.password.changed")
}

// showTwoFactorSetup starts (or restarts) setting up TOTP and shows the key.
func (s *Server) showTwoFactorSetup(w http.ResponseWriter, r *http.Request) error {
	u, _ := currentUser(r)
	if u.TOTPEnabled {
		http.Redirect(w, r, "/account", http.StatusSeeOther)
		return nil
	}
	ctx := r.Context()
	secret, url, err := s.accounts.StartTOTP(ctx, u.ID, i18n.T(i18n.LangFrom(ctx), "backoffice.name"), u.Email)
	if err != nil {
		return err
	}
	// The key is shown again after a mistyped code, so it lives in the
	// (server-side) session until set-up is confirmed.
	sess := session(r)
	sess.Values[keyTOTPSecret], sess.Values[keyTOTPURL] = secret, url
	if err := s.cfg.Sessions.Save(r, w, sess); err != nil {
		return err
	}
	return s.renderTwoFactorSetup(w, r, http.StatusOK, views.Form{})
}

// Session keys of an unconfirmed TOTP set-up.
const (
	keyTOTPSecret = "totp_secret"
	keyTOTPURL    = "totp_url"
)

func (s *Server) renderTwoFactorSetup(w http.ResponseWriter, r *http.Request, status int, form views.Form) error {
	ctx := r.Context()
	sess := session(r)
	secret, _ := sess.Values[keyTOTPSecret].(string)
	url, _ := sess.Values[keyTOTPURL].(string)
	if secret == "" {
		http.Redirect(w, r, "/account/2fa", http.StatusSeeOther)
		return nil
	}
	required, err := accounts.NewSettings(s.pool).RequireTwoFactor(ctx)
	if err != nil {
		return err
	}
	s.render(w, r, status, views.TwoFactorSetupPage(views.TwoFactorSetupView{
		Secret: secret, OTPAuthURL: url, Required: required, Form: form}))
	return nil
}

// confirmTwoFactor turns TOTP on when the code matches the key and shows
// the recovery codes, once.
func (s *Server) confirmTwoFactor(w http.ResponseWriter, r *http.Request) error {
	u, _ := currentUser(r)
	form, err := readForm(r, "code")
	if err != nil {
		return err
	}
	require(form, "code")
	if !form.HasErrors() {
		codes, err := s.accounts.ConfirmTOTP(r.Context(), u.ID, form.Value("code"))
		switch {
		case err == nil:
			sess := session(r)
			delete(sess.Values, keyTOTPSecret)
			delete(sess.Values, keyTOTPURL)
			if err := s.cfg.Sessions.Save(r, w, sess); err != nil {
				return err
			}
			if err := s.users.RecordSignIn(r.Context(), actor(r), "user.two_factor_enable"); err != nil {
				return err
			}
			s.render(w, r, http.StatusOK, views.RecoveryCodesPage(codes))
			return nil
		case errors.Is(err, accounts.ErrInvalidCode):
			form.SetError("code", "auth.error.code")
		case errors.Is(err, accounts.ErrTOTPEnabled):
			http.Redirect(w, r, "/account", http.StatusSeeOther)
			return nil
		default:
			return err
		}
	}
	// A wrong code shows the form again with the same key.
	return s.renderTwoFactorSetup(w, r, http.StatusUnprocessableEntity, form)
}

// newRecoveryCodes replaces the recovery codes and shows the new ones.
func (s *Server) newRecoveryCodes(w http.ResponseWriter, r *http.Request) error {
	u, _ := currentUser(r)
	codes, err := s.accounts.NewRecoveryCodes(r.Context(), u.ID)
	if errors.Is(err, accounts.ErrTOTPNotEnabled) {
		http.Redirect(w, r, "/account/2fa", http.StatusSeeOther)
		return nil
	}
	if err != nil {
		return err
	}
	if err := s.users.RecordSignIn(r.Context(), actor(r), "user.recovery_codes_renew"); err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.RecoveryCodesPage(codes))
	return nil
}
