package web

import (
	"net/http"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/web/views"
)

// showSettings renders the site-wide settings as they stand.
func (s *Server) showSettings(w http.ResponseWriter, r *http.Request) error {
	required, err := accounts.NewSettings(s.pool).RequireTwoFactor(r.Context())
	if err != nil {
		return err
	}
	fourEyes, err := s.editor.FourEyes(r.Context())
	if err != nil {
		return err
	}
	form := views.Form{Values: map[string]string{}}
	if required {
		form.Values["require_two_factor"] = "on"
	}
	if fourEyes {
		form.Values["four_eyes"] = "on"
	}
	s.render(w, r, http.StatusOK, views.AdminSettingsPage(views.AdminSettingsView{Form: form}))
	return nil
}

// saveSettings stores the settings, each changed one with its audit
// entry. An unticked checkbox is not submitted at all, so its absence
// means off.
func (s *Server) saveSettings(w http.ResponseWriter, r *http.Request) error {
	form, err := readForm(r, "require_two_factor", "four_eyes")
	if err != nil {
		return err
	}
	if err := s.users.SetRequireTwoFactor(r.Context(), actor(r), form.Value("require_two_factor") == "on"); err != nil {
		return err
	}
	if err := s.editor.SetFourEyes(r.Context(), actor(r), form.Value("four_eyes") == "on"); err != nil {
		return err
	}
	return s.redirectWithFlash(w, r, "/admin/settings", "admin.flash.settings")
}
