package web

import (
	"net/http"

	"github.com/podium-portal/podium/web/views"
)

// resendInvitation mails a fresh invitation link to a user who has not set
// a password yet. An activated or disabled account gets no invitation.
func (s *Server) resendInvitation(w http.ResponseWriter, r *http.Request) error {
	u, err := s.userFromURL(r)
	if err != nil {
		return err
	}
	switch {
	case u.PasswordSet:
		return s.renderUser(w, r, http.StatusUnprocessableEntity, u, views.Form{}, "admin.error.password_set")
	case !u.Active():
		return s.renderUser(w, r, http.StatusUnprocessableEntity, u, views.Form{}, "admin.error.invite_off")
	}
	if err := s.users.ResendInvitation(r.Context(), actor(r), inviterName(r), u.ID); err != nil {
		return err
	}
	return s.redirectWithFlash(w, r, views.AdminUserPath(u.ID), "admin.flash.resent")
}
