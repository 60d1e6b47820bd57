package web

import (
	"errors"
	"net/http"
	"time"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// ownPartner returns the organisation of the signed-in partner user. The
// partner routes take it from the session, never from the request, so a
// partner user can only reach their own organisation's records.
func ownPartner(r *http.Request) (int64, error) {
	u, _ := currentUser(r)
	if u.PartnerID == nil {
		return 0, errForbidden
	}
	return *u.PartnerID, nil
}

// showPartnerHome is the start page of the partner portal: the
// organisation's profile status and its coming events.
func (s *Server) showPartnerHome(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	pid, err := ownPartner(r)
	if err != nil {
		return err
	}
	p, err := s.partnerStore().ByID(ctx, pid)
	if err != nil {
		return err
	}
	draft, err := s.latestDraft(r, pid)
	if err != nil {
		return err
	}
	list, err := s.eventStore().PartnerEvents(ctx, pid)
	if err != nil {
		return err
	}
	v := views.PortalHomeView{Partner: p, Draft: draft}
	now := time.Now()
	// PartnerEvents is latest first; the start page lists the coming
	// ones, soonest first.
	for i := len(list) - 1; i >= 0; i-- {
		e := list[i]
		if e.HasPending {
			v.Waiting++
		}
		if e.EndsAt.After(now) && len(v.Events) < 5 {
			v.Events = append(v.Events, e)
		}
	}
	s.render(w, r, http.StatusOK, views.PortalHomePage(v))
	return nil
}

// latestDraft returns the organisation's latest profile change, nil when
// there is none.
func (s *Server) latestDraft(r *http.Request, pid int64) (*partnerpkg.Draft, error) {
	d, err := s.partnerStore().LatestDraft(r.Context(), pid)
	if errors.Is(err, database.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// showPortalProfile renders the profile form, filled with the change that
// waits for approval or else the live profile, with the status of the
// latest change and the moderator's reason.
func (s *Server) showPortalProfile(w http.ResponseWriter, r *http.Request) error {
	pid, err := ownPartner(r)
	if err != nil {
		return err
	}
	p, err := s.partnerStore().ByID(r.Context(), pid)
	if err != nil {
		return err
	}
	draft, err := s.latestDraft(r, pid)
	if err != nil {
		return err
	}
	shown := p.Profile
	if draft != nil && draft.Status == partnerpkg.DraftPending {
		shown = draft.Profile
	}
	return s.renderPortalProfile(w, r, http.StatusOK, p, draft, profileForm(shown))
}

func (s *Server) renderPortalProfile(w http.ResponseWriter, r *http.Request, status int, p partnerpkg.Partner, draft *partnerpkg.Draft, form views.Form) error {
	l := i18n.LangFrom(r.Context())
	s.render(w, r, status, views.PartnerProfilePage(views.PartnerProfileView{
		Title: i18n.T(l, "portal.profile.title"), Section: "partner_profile", Action: paths.PortalProfile(),
		Portal: true, Partner: p, Draft: draft, Form: form}))
	return nil
}

// submitPortalProfile sends the organisation's changed profile to
// moderation; the live profile stays until an editor approves it.
func (s *Server) submitPortalProfile(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	pid, err := ownPartner(r)
	if err != nil {
		return err
	}
	p, err := s.partnerStore().ByID(ctx, pid)
	if err != nil {
		return err
	}
	form, profile, status, err := s.readProfileForm(w, r, p, false)
	if err != nil {
		return err
	}
	if !form.HasErrors() {
		_, err := s.agenda().SubmitProfile(ctx, actor(r), pid, profile)
		if !setProfileErrors(&form, err) && err != nil {
			return err
		}
	}
	if form.HasErrors() {
		draft, err := s.latestDraft(r, pid)
		if err != nil {
			return err
		}
		return s.renderPortalProfile(w, r, status, p, draft, form)
	}
	return s.redirectWithFlash(w, r, paths.PortalProfile(), "portal.profile.submitted")
}

// profileFields are the text fields of the profile form.
var profileFields = []string{"slug", "name", "description_nl", "description_en", "website", "logo_alt", "remove_logo"}

// readProfileForm reads the profile form, with its logo upload, for
// partner p (the zero Partner for a new one). A new logo is checked,
// resized and stored only when the rest of the form is in order. It
// returns the form with errors at their fields, the profile and the status
// to answer with when there are errors.
func (s *Server) readProfileForm(w http.ResponseWriter, r *http.Request, p partnerpkg.Partner, askSlug bool) (views.Form, partnerpkg.Profile, int, error) {
	status := http.StatusUnprocessableEntity
	err := parseUploadForm(w, r)
	if errors.Is(err, errUploadTooLarge) {
		form := views.Form{Values: map[string]string{}}
		form.SetError("logo", "image.error.body", uploadMaxBytes>>20)
		return form, partnerpkg.Profile{}, http.StatusRequestEntityTooLarge, nil
	}
	if err != nil {
		return views.Form{}, partnerpkg.Profile{}, 0, err
	}
	form, err := readForm(r, profileFields...)
	if err != nil {
		return form, partnerpkg.Profile{}, 0, err
	}
	profile := partnerpkg.Profile{
		Name:          form.Value("name"),
		DescriptionNL: form.Value("description_nl"),
		DescriptionEN: form.Value("description_en"),
		Website:       form.Value("website"),
		LogoID:        p.LogoID,
		LogoAlt:       form.Value("logo_alt"),
		FocusAreas:    r.PostForm["focus_areas"],
	}
	for _, slug := range profile.FocusAreas {
		form.Values[views.FocusValue(slug)] = "on"
	}
	if form.Value("remove_logo") == "on" {
		profile.LogoID = nil
	}
	if askSlug {
		require(form, "slug")
		if v := form.Value("slug"); v != "" && !partnerpkg.ValidSlug(v) {
			form.SetError("slug", "portal.error.slug")
		}
	}
	fh := uploadedFile(r, "logo")
	if fh != nil && profile.LogoAlt == "" {
		form.SetError("logo_alt", "portal.error.logo_alt")
	}
	// Check the text before spending time on the picture.
	if _, err := profile.Normalize(); err != nil && !setProfileErrors(&form, err) {
		return form, profile, 0, err
	}
	if form.HasErrors() || fh == nil {
		return form, profile, status, nil
	}
	u, _ := currentUser(r)
	img, err := s.storeUpload(r.Context(), actor(r), fh, images.UploadMeta{AltNL: profile.LogoAlt,
		AltEN: profile.LogoAlt, UploadedBy: &u.ID})
	if key, st, ok := uploadErrorStatus(err); ok {
		form.SetError("logo", key)
		return form, profile, st, nil
	}
	if err != nil {
		return form, profile, 0, err
	}
	profile.LogoID = &img.ID
	return form, profile, status, nil
}

// setProfileErrors puts the errors of package partners at their fields.
// It reports false for any other error (and for nil).
func setProfileErrors(form *views.Form, err error) bool {
	var v *partnerpkg.ValidationError
	switch {
	case errors.As(err, &v):
		for field, code := range v.Fields {
			if form.Errors[field] != "" {
				continue
			}
			switch {
			case code == partnerpkg.CodeRequired && field == "logo_alt":
				form.SetError(field, "portal.error.logo_alt")
			case code == partnerpkg.CodeRequired:
				form.SetError(field, "form.required")
			case code == partnerpkg.CodeTooLong:
				form.SetError(field, "event.error.too_long")
			case code == partnerpkg.CodeBadText:
				form.SetError(field, "event.error.characters")
			case field == "website":
				form.SetError(field, "portal.error.website")
			case field == "focus_areas":
				form.SetError(field, "portal.error.focus")
			default:
				form.SetError(field, "event.error.invalid")
			}
		}
	case errors.Is(err, partnerpkg.ErrUnknownImage):
		form.SetError("logo", "portal.error.logo")
	case errors.Is(err, partnerpkg.ErrInvalidSlug):
		form.SetError("slug", "portal.error.slug")
	case errors.Is(err, partnerpkg.ErrSlugTaken):
		form.SetError("slug", "portal.error.slug_taken")
	default:
		return false
	}
	return true
}

// profileForm is the profile form filled with p.
func profileForm(p partnerpkg.Profile) views.Form {
	form := views.Form{Values: map[string]string{
		"name":           p.Name,
		"description_nl": p.DescriptionNL,
		"description_en": p.DescriptionEN,
		"website":        p.Website,
		"logo_alt":       p.LogoAlt,
	}}
	for _, slug := range p.FocusAreas {
		form.Values[views.FocusValue(slug)] = "on"
	}
	return form
}
