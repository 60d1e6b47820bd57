package web

import (
	"net/http"
	"strconv"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/web/views"
)

// userFromURL returns the user named by the route's {id}: errNotFound for
// a malformed id, database.ErrNotFound (also a 404) for an unknown one.
func (s *Server) userFromURL(r *http.Request) (accounts.User, error) {
	id, err := idParam(r)
	if err != nil {
		return accounts.User{}, err
	}
	return s.accounts.ByID(r.Context(), id)
}

// showUser renders one user's page.
func (s *Server) showUser(w http.ResponseWriter, r *http.Request) error {
	u, err := s.userFromURL(r)
	if err != nil {
		return err
	}
	return s.renderUser(w, r, http.StatusOK, u, views.Form{}, "")
}

// renderUser renders u's page with status. roleForm carries a submitted
// role form back with its errors; without values it shows u's role.
// actionError is the catalogue key of why a button failed, "" for none.
func (s *Server) renderUser(w http.ResponseWriter, r *http.Request, status int, u accounts.User, roleForm views.Form, actionError string) error {
	ctx := r.Context()
	partners, err := s.partnerOptions(r)
	if err != nil {
		return err
	}
	if roleForm.Values == nil {
		roleForm.Values = map[string]string{"role": string(u.Role)}
		if u.PartnerID != nil {
			roleForm.Values["partner"] = strconv.FormatInt(*u.PartnerID, 10)
		}
	}
	me, _ := currentUser(r)
	v := views.AdminUserView{
		ID: u.ID, Name: u.Name, Email: u.Email, Role: u.Role, Lang: u.Lang,
		Status: views.StatusOf(u), TwoFactor: u.TOTPEnabled, PasswordSet: u.PasswordSet,
		CreatedAt: u.CreatedAt, DisabledAt: u.DisabledAt, Self: me.ID == u.ID,
		RoleForm: roleForm, Partners: partners, ActionError: actionError,
	}
	if u.PartnerID != nil {
		p, err := s.accounts.PartnerByID(ctx, *u.PartnerID)
		if err != nil {
			return err
		}
		v.Partner = p.Name
	}
	s.render(w, r, status, views.AdminUserPage(v))
	return nil
}
