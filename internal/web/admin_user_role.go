package web

import (
	"net/http"

	"github.com/podium-portal/podium/web/views"
)

// changeUserRole gives a user another role (and partner organisation). The
// user's sessions end, so the new rights apply from the next sign-in. The
// last active admin keeps the role: that is shown at the role field.
func (s *Server) changeUserRole(w http.ResponseWriter, r *http.Request) error {
	u, err := s.userFromURL(r)
	if err != nil {
		return err
	}
	form, err := readForm(r, "role", "partner")
	if err != nil {
		return err
	}
	role, partnerID := readRoleFields(&form)
	if !form.HasErrors() {
		err := s.users.ChangeRole(r.Context(), actor(r), u.ID, role, partnerID)
		if err != nil && !setAccountError(&form, err) {
			return err
		}
	}
	if form.HasErrors() {
		return s.renderUser(w, r, http.StatusUnprocessableEntity, u, form, "")
	}
	return s.redirectWithFlash(w, r, views.AdminUserPath(u.ID), "admin.flash.role")
}
