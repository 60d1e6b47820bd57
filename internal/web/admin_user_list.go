package web

import (
	"net/http"

	"github.com/podium-portal/podium/web/views"
)

// listUsers shows every back-office user with role, status and two-step
// verification.
func (s *Server) listUsers(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	users, err := s.accounts.List(ctx)
	if err != nil {
		return err
	}
	partners, err := s.accounts.Partners(ctx)
	if err != nil {
		return err
	}
	names := make(map[int64]string, len(partners))
	for _, p := range partners {
		names[p.ID] = p.Name
	}
	v := views.AdminUsersView{Users: make([]views.AdminUserRow, len(users))}
	for i, u := range users {
		row := views.AdminUserRow{ID: u.ID, Name: u.Name, Email: u.Email, Role: u.Role,
			Status: views.StatusOf(u), TwoFactor: u.TOTPEnabled}
		if u.PartnerID != nil {
			row.Partner = names[*u.PartnerID]
		}
		v.Users[i] = row
	}
	s.render(w, r, http.StatusOK, views.AdminUsersPage(v))
	return nil
}
