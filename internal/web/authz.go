package web

import (
	"net/http"
	"net/url"
	"slices"

	"github.com/podium-portal/podium/internal/accounts"
)

// Authorization lives here and in the route groups of routes.go, nowhere
// else: a group states which roles may use it with requireRole, and
// TestBackOfficeAccess walks every route as every role.

var errForbidden = &httpError{http.StatusForbidden, "error.403"}

// requireRole lets signed-in users with one of roles through. Anonymous
// visitors are sent to sign in and brought back afterwards; other roles
// get 403. When the settings require two-step verification, a user
// without it is sent to set it up first.
func (s *Server) requireRole(roles ...accounts.Role) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return s.handle(func(w http.ResponseWriter, r *http.Request) error {
			u, ok := currentUser(r)
			if !ok {
				target := "/login"
				if r.Method == http.MethodGet {
					target += "?next=" + url.QueryEscape(r.URL.RequestURI())
				}
				http.Redirect(w, r, target, http.StatusSeeOther)
				return nil
			}
			if !slices.Contains(roles, u.Role) {
				return errForbidden
			}
			if !u.TOTPEnabled {
				required, err := accounts.NewSettings(s.pool).RequireTwoFactor(r.Context())
				if err != nil {
					return err
				}
				if required {
					http.Redirect(w, r, "/account/2fa", http.StatusSeeOther)
					return nil
				}
			}
			next.ServeHTTP(w, r)
			return nil
		})
	}
}

// requireSignedIn lets any signed-in user through (their own account pages,
// including setting up a required second factor).
func (s *Server) requireSignedIn(next http.Handler) http.Handler {
	return s.handle(func(w http.ResponseWriter, r *http.Request) error {
		if _, ok := currentUser(r); !ok {
			http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return nil
		}
		next.ServeHTTP(w, r)
		return nil
	})
}
