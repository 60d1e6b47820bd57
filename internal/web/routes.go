package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	chimw "github.com/go-chi/chi/v5/middleware"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/assets"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/metrics"
	"github.com/podium-portal/podium/internal/middleware"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/useradmin"
)

// Handler returns the whole site: every route of the portal in one place.
func (s *Server) Handler() http.Handler {
	r := chi.NewRouter()
	r.Use(
		middleware.RequestID,
		s.metrics.Middleware,
		middleware.AccessLog(s.logger),
		middleware.Recover(s.logger, http.HandlerFunc(s.servePanic)),
		middleware.SecurityHeaders(middleware.SecurityOptions{HSTS: s.cfg.HSTS}),
		s.crossOriginProtection(),
		middleware.LimitBody(s.cfg.MaxBodyBytes),
		chimw.Timeout(s.cfg.RequestTimeout),
		chimw.GetHead,
		middleware.Compress,
	)
	r.NotFound(s.handle(func(w http.ResponseWriter, r *http.Request) error { return errNotFound }))
	r.MethodNotAllowed(s.handle(func(w http.ResponseWriter, r *http.Request) error { return errMethodNotAllowed }))

	// Operations: liveness, readiness, metrics.
	r.Get("/healthz", s.healthz)
	r.Get("/readyz", s.readyz)
	r.Method(http.MethodGet, "/metrics", metrics.Handler(s.registry))

	// Static files at fingerprinted URLs and images from the database.
	r.Method(http.MethodGet, assets.Prefix+"*", s.assets)
	r.Get("/media/{file}", s.handle(s.showMedia))

	// Public site in Dutch, at the root.
	r.Group(func(r chi.Router) {
		r.Use(withLang(i18n.NL))
		r.Get("/", s.handle(s.showHome))
		r.Get("/verhalen", s.handle(s.listStories))
		r.Get("/verhalen/{slug}", s.handle(s.showStory))
		r.Get("/toegankelijkheid", s.handle(s.showStatement("accessibility", 4, paths.Accessibility)))
		r.Get("/privacy", s.handle(s.showStatement("privacy", 4, paths.Privacy)))
		// Vacancies (nl).
		// Partners and agenda (nl).
	})

	// Public site in English, under /en.
	r.Route("/en", func(r chi.Router) {
		r.Use(withLang(i18n.EN))
		r.Get("/", s.handle(s.showHome))
		r.Get("/stories", s.handle(s.listStories))
		r.Get("/stories/{slug}", s.handle(s.showStory))
		r.Get("/accessibility", s.handle(s.showStatement("accessibility", 4, paths.Accessibility)))
		r.Get("/privacy", s.handle(s.showStatement("privacy", 4, paths.Privacy)))
		// Vacancies (en).
		// Partners and agenda (en).
	})

	// Sign-in, sign-out, forgotten password and mailed links.
	r.Group(func(r chi.Router) {
		r.Use(s.withSession)
		r.Get("/login", s.handle(s.showLogin))
		r.Post("/login", s.handle(s.submitLogin))
		r.Get("/login/2fa", s.handle(s.showTwoFactor))
		r.Post("/login/2fa", s.handle(s.submitTwoFactor))
		r.Post("/logout", s.handle(s.logout))
		r.Get("/password/forgot", s.handle(s.showForgotPassword))
		r.Post("/password/forgot", s.handle(s.submitForgotPassword))
		r.Get(useradmin.ResetPath, s.handle(s.showSetPassword(resetPage())))
		r.Post(useradmin.ResetPath, s.handle(s.submitSetPassword(resetPage())))
		r.Get(useradmin.InvitePath, s.handle(s.showSetPassword(invitePage())))
		r.Post(useradmin.InvitePath, s.handle(s.submitSetPassword(invitePage())))
	})

	// The signed-in user's own account, for every role.
	r.Route("/account", func(r chi.Router) {
		r.Use(s.withSession, s.requireSignedIn)
		r.Get("/", s.handle(s.showAccount))
		r.Post("/password", s.handle(s.changePassword))
		r.Get("/2fa", s.handle(s.showTwoFactorSetup))
		r.Post("/2fa", s.handle(s.confirmTwoFactor))
		r.Post("/2fa/recovery-codes", s.handle(s.newRecoveryCodes))
	})

	// Back office for editors and admins.
	r.Route("/admin", func(r chi.Router) {
		r.Use(s.withSession, s.requireRole(accounts.RoleAdmin, accounts.RoleEditor))
		r.Get("/", s.handle(s.showDashboard))
		// Stories, media library, revisions, trash.
		// Vacancies.
		// Events, partners and moderation.

		// Admins only: users, settings, audit log, outbox.
		r.Group(func(r chi.Router) {
			r.Use(s.requireRole(accounts.RoleAdmin))
			r.Get("/users", s.handle(s.listUsers))
			r.Get("/users/invite", s.handle(s.showInviteUser))
			r.Post("/users/invite", s.handle(s.inviteUser))
			r.Get("/users/{id}", s.handle(s.showUser))
			r.Post("/users/{id}/role", s.handle(s.changeUserRole))
			r.Post("/users/{id}/disable", s.handle(s.disableUser))
			r.Post("/users/{id}/enable", s.handle(s.enableUser))
			r.Post("/users/{id}/reset-2fa", s.handle(s.resetUserTwoFactor))
			r.Post("/users/{id}/resend-invitation", s.handle(s.resendInvitation))
			r.Get("/settings", s.handle(s.showSettings))
			r.Post("/settings", s.handle(s.saveSettings))
			r.Get("/audit", s.handle(s.listAudit))
			r.Get("/outbox", s.handle(s.listOutbox))
			r.Get("/outbox/{id}", s.handle(s.showOutboxMail))
		})
	})

	// Partner portal: partner users, scoped to their own organisation.
	r.Route("/partner", func(r chi.Router) {
		r.Use(s.withSession, s.requireRole(accounts.RolePartner))
		r.Get("/", s.handle(s.showPartnerHome))
		// Partner portal: profile, events, registrations.
	})

	// Machine-readable: calendar feeds.
	return r
}

// withLang sets the language of every page in a route group.
func withLang(l i18n.Lang) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r.WithContext(i18n.WithLang(r.Context(), l)))
		})
	}
}
