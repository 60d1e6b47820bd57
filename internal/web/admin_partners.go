package web

import (
	"errors"
	"net/http"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// isAdmin reports whether the signed-in user is an admin: editors see the
// partners, admins also manage them.
func isAdmin(r *http.Request) bool {
	u, _ := currentUser(r)
	return u.Role == accounts.RoleAdmin
}

// listAdminPartners lists every partner organisation, listed or not, with
// its number of users.
func (s *Server) listAdminPartners(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	list, err := s.partnerStore().All(ctx)
	if err != nil {
		return err
	}
	users, err := s.accounts.List(ctx)
	if err != nil {
		return err
	}
	counts := map[int64]int{}
	for _, u := range users {
		if u.PartnerID != nil {
			counts[*u.PartnerID]++
		}
	}
	s.render(w, r, http.StatusOK, views.AdminPartnersPage(views.AdminPartnersView{Partners: list, Users: counts,
		CanEdit: isAdmin(r)}))
	return nil
}

// showAdminPartner shows a partner organisation with its users, events
// and any profile change waiting.
func (s *Server) showAdminPartner(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := idParam(r)
	if err != nil {
		return err
	}
	p, err := s.partnerStore().ByID(ctx, id)
	if err != nil {
		return err
	}
	v := views.AdminPartnerView{Partner: p, CanEdit: isAdmin(r)}
	if d, err := s.latestDraft(r, id); err != nil {
		return err
	} else if d != nil && d.Status == partnerpkg.DraftPending {
		v.Draft = d
	}
	users, err := s.accounts.List(ctx)
	if err != nil {
		return err
	}
	for _, u := range users {
		if u.PartnerID != nil && *u.PartnerID == id {
			v.Users = append(v.Users, u)
		}
	}
	if v.Events, err = s.eventStore().PartnerEvents(ctx, id); err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.AdminPartnerPage(v))
	return nil
}

// renderAdminPartnerForm renders the profile form for an admin: a new
// partner (p nil, with its slug) or the live profile of p, which changes
// at once.
func (s *Server) renderAdminPartnerForm(w http.ResponseWriter, r *http.Request, status int, p *partnerpkg.Partner, form views.Form) error {
	l := i18n.LangFrom(r.Context())
	v := views.PartnerProfileView{Title: i18n.T(l, "adminpartners.new"), Section: "partners",
		Action: paths.AdminPartners() + "/new", Back: paths.AdminPartners(), BackLabel: "adminpartners.back",
		AskSlug: true, Form: form}
	if p != nil {
		v.Title = i18n.Tf(l, "adminpartners.edit.title", p.Name)
		v.Action, v.Back, v.AskSlug, v.Partner = paths.AdminPartner(p.ID)+"/edit", paths.AdminPartner(p.ID), false, *p
		v.BackLabel = "adminpartners.back_partner"
	}
	s.render(w, r, status, views.PartnerProfilePage(v))
	return nil
}

// newAdminPartner renders the empty form of a new partner.
func (s *Server) newAdminPartner(w http.ResponseWriter, r *http.Request) error {
	return s.renderAdminPartnerForm(w, r, http.StatusOK, nil, views.Form{})
}

// createAdminPartner adds a partner organisation, listed at once.
func (s *Server) createAdminPartner(w http.ResponseWriter, r *http.Request) error {
	form, profile, status, err := s.readProfileForm(w, r, partnerpkg.Partner{}, true)
	if err != nil {
		return err
	}
	if !form.HasErrors() {
		p, err := s.agenda().CreatePartner(r.Context(), actor(r), form.Value("slug"), profile)
		switch {
		case err == nil:
			return s.redirectWithFlash(w, r, paths.AdminPartner(p.ID), "adminpartners.flash.created")
		case !setProfileErrors(&form, err):
			return err
		}
	}
	return s.renderAdminPartnerForm(w, r, status, nil, form)
}

// editAdminPartner renders the live profile of a partner for an admin.
func (s *Server) editAdminPartner(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	p, err := s.partnerStore().ByID(r.Context(), id)
	if err != nil {
		return err
	}
	return s.renderAdminPartnerForm(w, r, http.StatusOK, &p, profileForm(p.Profile))
}

// updateAdminPartner changes a partner's live profile at once; a change
// the partner submitted stays waiting for moderation.
func (s *Server) updateAdminPartner(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	p, err := s.partnerStore().ByID(r.Context(), id)
	if err != nil {
		return err
	}
	form, profile, status, err := s.readProfileForm(w, r, p, false)
	if err != nil {
		return err
	}
	if !form.HasErrors() {
		_, err := s.agenda().UpdatePartner(r.Context(), actor(r), id, profile)
		switch {
		case err == nil:
			return s.redirectWithFlash(w, r, paths.AdminPartner(id), "adminpartners.flash.saved")
		case !setProfileErrors(&form, err):
			return err
		}
	}
	return s.renderAdminPartnerForm(w, r, status, &p, form)
}

// listPartner shows a hidden partner on the public site again.
func (s *Server) listPartner(w http.ResponseWriter, r *http.Request) error {
	return s.setPartnerListed(w, r, true)
}

// unlistPartner hides a partner from the public site without deleting it.
func (s *Server) unlistPartner(w http.ResponseWriter, r *http.Request) error {
	return s.setPartnerListed(w, r, false)
}

func (s *Server) setPartnerListed(w http.ResponseWriter, r *http.Request, listed bool) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	if err := s.agenda().SetListed(r.Context(), actor(r), id, listed); err != nil {
		return err
	}
	flash := "adminpartners.flash.hidden"
	if listed {
		flash = "adminpartners.flash.listed"
	}
	return s.redirectWithFlash(w, r, paths.AdminPartner(id), flash)
}

// showInvitePartnerUser renders the form that invites a user for a
// partner organisation.
func (s *Server) showInvitePartnerUser(w http.ResponseWriter, r *http.Request) error {
	return s.renderInvitePartnerUser(w, r, http.StatusOK, views.Form{Values: map[string]string{"lang": string(i18n.NL)}})
}

func (s *Server) renderInvitePartnerUser(w http.ResponseWriter, r *http.Request, status int, form views.Form) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	p, err := s.partnerStore().ByID(r.Context(), id)
	if err != nil {
		return err
	}
	s.render(w, r, status, views.AdminPartnerInvitePage(views.AdminPartnerInviteView{Partner: p, Form: form}))
	return nil
}

// invitePartnerUser invites someone as a user of the partner organisation:
// the account, the invitation mail and the audit entry in one
// transaction, as the user admin does.
func (s *Server) invitePartnerUser(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	if _, err := s.partnerStore().ByID(r.Context(), id); err != nil {
		return err
	}
	form, err := readForm(r, "email", "name", "lang")
	if err != nil {
		return err
	}
	lang := checkInvitation(&form)
	if !form.HasErrors() {
		_, _, err := s.users.Invite(r.Context(), actor(r), inviterName(r), accounts.NewUser{
			Email: form.Value("email"), Name: form.Value("name"), Role: accounts.RolePartner, PartnerID: &id, Lang: lang})
		switch {
		case errors.Is(err, database.ErrNotFound), errors.Is(err, accounts.ErrUnknownPartner):
			return errNotFound
		case err != nil && !setAccountError(&form, err):
			return err
		}
	}
	if form.HasErrors() {
		return s.renderInvitePartnerUser(w, r, http.StatusUnprocessableEntity, form)
	}
	return s.redirectWithFlash(w, r, paths.AdminPartner(id), "admin.flash.invited")
}
