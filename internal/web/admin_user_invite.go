package web

import (
	"net/http"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// showInviteUser renders the empty invitation form: an editor writing in
// Dutch, the most common case.
func (s *Server) showInviteUser(w http.ResponseWriter, r *http.Request) error {
	form := views.Form{Values: map[string]string{"role": string(accounts.RoleEditor), "lang": string(i18n.NL)}}
	return s.renderInviteUser(w, r, http.StatusOK, form)
}

func (s *Server) renderInviteUser(w http.ResponseWriter, r *http.Request, status int, form views.Form) error {
	partners, err := s.partnerOptions(r)
	if err != nil {
		return err
	}
	s.render(w, r, status, views.AdminInvitePage(views.AdminInviteView{Form: form, Partners: partners}))
	return nil
}

// inviteUser creates the user and mails the invitation, in one
// transaction with its audit entry; input it cannot accept is shown at
// its field.
func (s *Server) inviteUser(w http.ResponseWriter, r *http.Request) error {
	form, err := readForm(r, "email", "name", "role", "partner", "lang")
	if err != nil {
		return err
	}
	lang := checkInvitation(&form)
	role, partnerID := readRoleFields(&form)
	if !form.HasErrors() {
		_, _, err := s.users.Invite(r.Context(), actor(r), inviterName(r), accounts.NewUser{
			Email: form.Value("email"), Name: form.Value("name"), Role: role, PartnerID: partnerID, Lang: lang})
		if err != nil && !setAccountError(&form, err) {
			return err
		}
	}
	if form.HasErrors() {
		return s.renderInviteUser(w, r, http.StatusUnprocessableEntity, form)
	}
	return s.redirectWithFlash(w, r, "/admin/users", "admin.flash.invited")
}

// checkInvitation checks the fields every invitation form has — address,
// name and language — marking what it cannot accept, and returns the
// language.
func checkInvitation(form *views.Form) i18n.Lang {
	require(*form, "email", "name")
	if form.Value("email") != "" {
		if _, err := accounts.NormalizeEmail(form.Value("email")); err != nil {
			form.SetError("email", "auth.error.email")
		}
	}
	lang, ok := i18n.Parse(form.Value("lang"))
	if !ok {
		form.SetError("lang", "admin.error.lang")
	}
	return lang
}
