package web

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/sessionstore"
	"github.com/podium-portal/podium/web/views"
)

// pendingSignInTTL is how long the second-factor step may take.
const pendingSignInTTL = 5 * time.Minute

// showLogin renders the sign-in form; a signed-in user goes to their home.
func (s *Server) showLogin(w http.ResponseWriter, r *http.Request) error {
	if u, ok := currentUser(r); ok {
		http.Redirect(w, r, homeFor(u), http.StatusSeeOther)
		return nil
	}
	if r.URL.Query().Get("signed_out") == "1" {
		r = r.WithContext(views.WithFlash(r.Context(), "auth.signedout"))
	}
	s.render(w, r, http.StatusOK, views.LoginPage(views.LoginView{Next: safeNext(r.URL.Query().Get("next"), "")}))
	return nil
}

// submitLogin checks the password under the brute-force throttle. With
// two-step verification on, the session only remembers that the password
// passed; otherwise the user is signed in under a new session id.
func (s *Server) submitLogin(w http.ResponseWriter, r *http.Request) error {
	form, err := readForm(r, "email", "password", "next")
	if err != nil {
		return err
	}
	next := safeNext(form.Value("next"), "")
	rerender := func(status int) error {
		s.render(w, r, status, views.LoginPage(views.LoginView{Form: form, Next: next}))
		return nil
	}
	require(form, "email", "password")
	if form.HasErrors() {
		return rerender(http.StatusUnprocessableEntity)
	}
	ctx := r.Context()
	keys := []string{accounts.AccountKey(form.Value("email")), accounts.IPKey(clientIP(r))}
	decision, err := s.cfg.Throttle.Check(ctx, keys...)
	if err != nil {
		return err
	}
	if !decision.Allowed {
		setThrottleError(&form, decision)
		w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds(decision)))
		return rerender(http.StatusTooManyRequests)
	}
	u, err := s.accounts.Authenticate(ctx, form.Value("email"), form.Value("password"))
	if errors.Is(err, accounts.ErrInvalidCredentials) {
		if err := s.cfg.Throttle.Fail(ctx, keys...); err != nil {
			return err
		}
		form.Errors["password"] = "auth.error.credentials"
		return rerender(http.StatusUnprocessableEntity)
	}
	if err != nil {
		return err
	}
	if err := s.cfg.Throttle.Succeed(ctx, keys[0]); err != nil {
		return err
	}
	sess := session(r)
	if u.TOTPEnabled {
		sess.Values[keyPendingUser] = u.ID
		sess.Values[keyPendingAt] = time.Now().Unix()
		sess.Values["next"] = next
		if err := s.cfg.Sessions.Renew(r, w, sess); err != nil {
			return err
		}
		http.Redirect(w, r, "/login/2fa", http.StatusSeeOther)
		return nil
	}
	return s.completeSignIn(w, r, u, next)
}

// completeSignIn makes u the session's user under a fresh session id, so an
// id planted before sign-in (session fixation) is worthless afterwards.
func (s *Server) completeSignIn(w http.ResponseWriter, r *http.Request, u accounts.User, next string) error {
	sess := session(r)
	delete(sess.Values, keyPendingUser)
	delete(sess.Values, keyPendingAt)
	delete(sess.Values, "next")
	s.cfg.Sessions.SetUser(sess, u.ID)
	if err := s.cfg.Sessions.Renew(r, w, sess); err != nil {
		return err
	}
	if err := s.users.RecordSignIn(r.Context(), audit.Actor{ID: u.ID, Email: u.Email, RemoteAddr: clientIP(r)}, "session.sign_in"); err != nil {
		return err
	}
	http.Redirect(w, r, safeNext(next, homeFor(u)), http.StatusSeeOther)
	return nil
}

func setThrottleError(form *views.Form, d accounts.Decision) {
	if d.Locked {
		form.SetError("", "auth.error.locked", d.RetryAfterMinutes())
		return
	}
	form.SetError("", "auth.error.wait", retryAfterSeconds(d))
}

func retryAfterSeconds(d accounts.Decision) int {
	return max(1, int((d.RetryAfter+time.Second-1)/time.Second))
}

// showTwoFactor asks for the second factor of a pending sign-in.
func (s *Server) showTwoFactor(w http.ResponseWriter, r *http.Request) error {
	if _, ok := pendingUser(r); !ok {
		return s.redirectWithFlash(w, r, "/login", "auth.error.expired")
	}
	s.render(w, r, http.StatusOK, views.TwoFactorPage(views.Form{}))
	return nil
}

// submitTwoFactor accepts a TOTP code or a recovery code, under the same
// throttle as passwords.
func (s *Server) submitTwoFactor(w http.ResponseWriter, r *http.Request) error {
	userID, ok := pendingUser(r)
	if !ok {
		return s.redirectWithFlash(w, r, "/login", "auth.error.expired")
	}
	form, err := readForm(r, "code")
	if err != nil {
		return err
	}
	ctx := r.Context()
	u, err := s.accounts.ByID(ctx, userID)
	if err != nil {
		return err
	}
	keys := []string{accounts.AccountKey(u.Email), accounts.IPKey(clientIP(r))}
	decision, err := s.cfg.Throttle.Check(ctx, keys...)
	if err != nil {
		return err
	}
	if !decision.Allowed {
		setThrottleError(&form, decision)
		s.render(w, r, http.StatusTooManyRequests, views.TwoFactorPage(form))
		return nil
	}
	require(form, "code")
	if !form.HasErrors() {
		err = s.accounts.VerifyTOTP(ctx, userID, form.Value("code"))
		if errors.Is(err, accounts.ErrInvalidCode) {
			err = s.accounts.UseRecoveryCode(ctx, userID, form.Value("code"))
		}
		switch {
		case errors.Is(err, accounts.ErrInvalidCode):
			if err := s.cfg.Throttle.Fail(ctx, keys...); err != nil {
				return err
			}
			form.Errors["code"] = "auth.error.code"
		case err != nil:
			return err
		}
	}
	if form.HasErrors() {
		s.render(w, r, http.StatusUnprocessableEntity, views.TwoFactorPage(form))
		return nil
	}
	if err := s.cfg.Throttle.Succeed(ctx, keys[0]); err != nil {
		return err
	}
	next, _ := session(r).Values["next"].(string)
	return s.completeSignIn(w, r, u, next)
}

// pendingUser returns the user who passed the password step less than
// pendingSignInTTL ago.
func pendingUser(r *http.Request) (int64, bool) {
	sess := session(r)
	id, ok := sess.Values[keyPendingUser].(int64)
	at, ok2 := sess.Values[keyPendingAt].(int64)
	if !ok || !ok2 || time.Since(time.Unix(at, 0)) > pendingSignInTTL {
		return 0, false
	}
	return id, true
}

// logout ends the session for good: its row is deleted, so a copied
// cookie is worthless too.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	sess := session(r)
	if u, ok := currentUser(r); ok {
		if err := s.users.RecordSignIn(r.Context(), actor(r), "session.sign_out"); err != nil {
			s.logger.WarnContext(r.Context(), "audit sign-out", "err", err, "user", u.ID)
		}
	}
	sess.Options.MaxAge = -1
	if err := s.cfg.Sessions.Save(r, w, sess); err != nil && !errors.Is(err, sessionstore.ErrSessionEnded) {
		return err
	}
	http.Redirect(w, r, "/login?signed_out=1", http.StatusSeeOther)
	return nil
}
