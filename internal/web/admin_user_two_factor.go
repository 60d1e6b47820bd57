package web

import (
	"net/http"

	"github.com/podium-portal/podium/web/views"
)

// resetUserTwoFactor turns two-step verification off for a user who lost
// their device and ends their sessions. For a user without it there is
// nothing to reset, which the page says.
func (s *Server) resetUserTwoFactor(w http.ResponseWriter, r *http.Request) error {
	u, err := s.userFromURL(r)
	if err != nil {
		return err
	}
	if !u.TOTPEnabled {
		return s.renderUser(w, r, http.StatusUnprocessableEntity, u, views.Form{}, "admin.error.no_two_factor")
	}
	if err := s.users.ResetTwoFactor(r.Context(), actor(r), u.ID); err != nil {
		return err
	}
	return s.redirectWithFlash(w, r, views.AdminUserPath(u.ID), "admin.flash.reset2fa")
}
