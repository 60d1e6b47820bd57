package web

import (
	"errors"
	"net/http"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/web/views"
)

// disableUser stops a user from signing in and ends their sessions. An
// admin cannot disable their own account, nor the last active admin.
func (s *Server) disableUser(w http.ResponseWriter, r *http.Request) error {
	u, err := s.userFromURL(r)
	if err != nil {
		return err
	}
	if me, _ := currentUser(r); me.ID == u.ID {
		return s.renderUser(w, r, http.StatusUnprocessableEntity, u, views.Form{}, "admin.error.self_disable")
	}
	err = s.users.Disable(r.Context(), actor(r), u.ID)
	if errors.Is(err, accounts.ErrLastAdmin) {
		return s.renderUser(w, r, http.StatusUnprocessableEntity, u, views.Form{}, "admin.error.last_admin")
	}
	if err != nil {
		return err
	}
	return s.redirectWithFlash(w, r, views.AdminUserPath(u.ID), "admin.flash.disabled")
}

// enableUser lets a disabled user sign in again.
func (s *Server) enableUser(w http.ResponseWriter, r *http.Request) error {
	u, err := s.userFromURL(r)
	if err != nil {
		return err
	}
	if err := s.users.Enable(r.Context(), actor(r), u.ID); err != nil {
		return err
	}
	return s.redirectWithFlash(w, r, views.AdminUserPath(u.ID), "admin.flash.enabled")
}
