package web

import (
	"net/http"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// crossOriginProtection refuses every state-changing request (POST, PUT,
// PATCH, DELETE) that a browser reports as coming from another site, with
// a styled 403. Browsers mark requests with Sec-Fetch-Site (and Origin), which
// a page on another site cannot forge; so no form needs a token, and forms
// work without JavaScript and across replicas. Requests without either
// header do not come from a browser page and cannot carry a victim's
// cookies on another site's behalf. The portal's own BASE_URL is trusted
// as an origin, for deployments behind a proxy that rewrites Host.
func (s *Server) crossOriginProtection() func(http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	if s.cfg.BaseURL != nil {
		origin := s.cfg.BaseURL.Scheme + "://" + s.cfg.BaseURL.Host
		if err := cop.AddTrustedOrigin(origin); err != nil {
			s.logger.Warn("BASE_URL is not a valid origin for cross-origin checks", "origin", origin, "err", err)
		}
	}
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l := i18n.LangFrom(r.Context())
		s.render(w, r, http.StatusForbidden, views.ErrorPage(views.ErrorView{
			Meta:    views.Meta{Title: i18n.T(l, "error.403.title")},
			Status:  http.StatusForbidden,
			Message: i18n.T(l, "error.403.csrf"),
		}))
	}))
	return cop.Handler
}
