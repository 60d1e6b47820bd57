package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"

	"github.com/gorilla/sessions"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/sessionstore"
	"github.com/podium-portal/podium/web/views"
)

// SessionCookie is the name of the back-office session cookie. Public
// pages never set it, so they stay cacheable.
const SessionCookie = "podium_session"

// Session keys besides the user id, which sessionstore keeps.
const (
	keyFlash       = "flash"
	keyPendingUser = "pending_user" // passed the password, awaits the second factor
	keyPendingAt   = "pending_at"
)

type sessionKey struct{}

// withSession loads the back-office session and its user (when active)
// into the request context, and turns a waiting flash message into a
// one-time notice on this page.
func (s *Server) withSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, err := s.cfg.Sessions.Get(r, SessionCookie)
		if err != nil && sess == nil {
			s.handle(func(http.ResponseWriter, *http.Request) error { return err })(w, r)
			return
		}
		ctx := context.WithValue(r.Context(), sessionKey{}, sess)
		lang := i18n.NL
		if id, ok := sessionstore.UserID(sess); ok {
			u, err := s.accounts.ByID(ctx, id)
			switch {
			case err == nil && u.Active():
				ctx = accounts.WithUser(ctx, u)
				lang = u.Lang
			case err != nil && !errors.Is(err, database.ErrNotFound):
				s.handle(func(http.ResponseWriter, *http.Request) error { return err })(w, r)
				return
			}
		} else if l, ok := i18n.Parse(r.URL.Query().Get("lang")); ok {
			lang = l
		}
		ctx = i18n.WithLang(ctx, lang)
		if key, ok := sess.Values[keyFlash].(string); ok {
			ctx = views.WithFlash(ctx, key)
			delete(sess.Values, keyFlash)
			if err := s.cfg.Sessions.Save(r, w, sess); err != nil && !errors.Is(err, sessionstore.ErrSessionEnded) {
				s.logger.WarnContext(ctx, "clearing flash", "err", err)
			}
		}
		// Back-office pages hold personal data: never cache them anywhere.
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// session returns the request's back-office session.
func session(r *http.Request) *sessions.Session {
	sess, _ := r.Context().Value(sessionKey{}).(*sessions.Session)
	return sess
}

// currentUser returns the signed-in user.
func currentUser(r *http.Request) (accounts.User, bool) { return accounts.UserFrom(r.Context()) }

// actor describes the signed-in user (or an anonymous visitor) for the
// audit log.
func actor(r *http.Request) audit.Actor {
	a := audit.Actor{RemoteAddr: clientIP(r)}
	if u, ok := currentUser(r); ok {
		a.ID, a.Email = u.ID, u.Email
	}
	return a
}

// clientIP is the address the request came from.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// redirectWithFlash answers a successful form with 303 to location, where
// the catalogue message flashKey is shown once.
func (s *Server) redirectWithFlash(w http.ResponseWriter, r *http.Request, location, flashKey string) error {
	if sess := session(r); sess != nil && flashKey != "" {
		sess.Values[keyFlash] = flashKey
		if err := s.cfg.Sessions.Save(r, w, sess); err != nil && !errors.Is(err, sessionstore.ErrSessionEnded) {
			return err
		}
	}
	http.Redirect(w, r, location, http.StatusSeeOther)
	return nil
}

// safeNext returns next when it is a path on this site, else fallback, so
// that a crafted sign-in link cannot send the user elsewhere.
func safeNext(next, fallback string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") ||
		strings.ContainsAny(next, "\r\n") {
		return fallback
	}
	return next
}

// homeFor is where a user lands after sign-in.
func homeFor(u accounts.User) string {
	if u.Role == accounts.RolePartner {
		return "/partner"
	}
	return "/admin"
}
