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
	"github.com/podium-portal/podium/internal/vacancies"
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
		s.refuseUnstorableText,
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
		r.Get("/vacatures", s.handle(s.searchVacancies))
		r.Get("/vacatures/{slug}", s.handle(s.showVacancy))
		// Partners and agenda (nl).
		r.Get("/partners", s.handle(s.listPartners))
		r.Get("/partners/{slug}", s.handle(s.showPartner))
		r.Get("/agenda", s.handle(s.listEvents))
		r.Get("/agenda/archief", s.handle(s.listArchive))
		r.Get("/agenda/aanmelding/bevestigen", s.handle(s.showConfirmRegistration))
		r.Post("/agenda/aanmelding/bevestigen", s.handle(s.confirmRegistration))
		r.Get("/agenda/aanmelding/afmelden", s.handle(s.showCancelRegistration))
		r.Post("/agenda/aanmelding/afmelden", s.handle(s.cancelRegistration))
		r.Get("/agenda/{slug}", s.handle(s.showEvent)) // also {slug}.ics
		r.Post("/agenda/{slug}", s.handle(s.registerForEvent))
		r.Get("/agenda/{slug}/aangemeld", s.handle(s.showRegistrationSent))
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
		r.Get("/vacancies", s.handle(s.searchVacancies))
		r.Get("/vacancies/{slug}", s.handle(s.showVacancy))
		// Partners and agenda (en).
		r.Get("/partners", s.handle(s.listPartners))
		r.Get("/partners/{slug}", s.handle(s.showPartner))
		r.Get("/events", s.handle(s.listEvents))
		r.Get("/events/archive", s.handle(s.listArchive))
		r.Get("/events/registration/confirm", s.handle(s.showConfirmRegistration))
		r.Post("/events/registration/confirm", s.handle(s.confirmRegistration))
		r.Get("/events/registration/cancel", s.handle(s.showCancelRegistration))
		r.Post("/events/registration/cancel", s.handle(s.cancelRegistration))
		r.Get("/events/{slug}", s.handle(s.showEvent)) // also {slug}.ics
		r.Post("/events/{slug}", s.handle(s.registerForEvent))
		r.Get("/events/{slug}/registered", s.handle(s.showRegistrationSent))
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
		r.Get("/stories", s.handle(s.listAdminStories))
		r.Get("/stories/new", s.handle(s.showNewStory))
		r.Post("/stories/new", s.handle(s.createStory))
		r.Get("/stories/{id}", s.handle(s.showStoryEditor))
		r.Post("/stories/{id}", s.handle(s.saveStory))
		r.Get("/stories/{id}/preview", s.handle(s.previewStory))
		r.Post("/stories/{id}/submit", s.handle(s.submitStory))
		r.Post("/stories/{id}/return-to-draft", s.handle(s.returnStoryToDraft))
		r.Post("/stories/{id}/publish", s.handle(s.publishStory))
		r.Post("/stories/{id}/schedule", s.handle(s.scheduleStory))
		r.Post("/stories/{id}/unschedule", s.handle(s.unscheduleStory))
		r.Post("/stories/{id}/unpublish", s.handle(s.unpublishStory))
		r.Post("/stories/{id}/archive", s.handle(s.archiveStory))
		r.Post("/stories/{id}/withdraw-consent", s.handle(s.withdrawStoryConsent))
		r.Post("/stories/{id}/trash", s.handle(s.trashStory))
		r.Post("/stories/{id}/restore", s.handle(s.restoreStory))
		r.Post("/stories/{id}/purge", s.handle(s.purgeStory))
		r.Post("/stories/{id}/translation", s.handle(s.linkStoryTranslation))
		r.Post("/stories/{id}/unlink", s.handle(s.unlinkStoryTranslation))
		r.Get("/stories/{id}/revisions", s.handle(s.listStoryRevisions))
		r.Get("/stories/{id}/revisions/compare", s.handle(s.compareStoryRevisions))
		r.Get("/stories/{id}/revisions/{a}/diff/{b}", s.handle(s.diffStoryRevisions))
		r.Post("/stories/{id}/revisions/{n}/restore", s.handle(s.restoreStoryRevision))
		r.Get("/media", s.handle(s.listMedia))
		r.Post("/media", s.handle(s.uploadMedia))
		r.Get("/media/{id}", s.handle(s.showMediaImage))
		r.Post("/media/{id}", s.handle(s.saveMediaAlt))
		// Vacancies.
		r.Get("/vacancies", s.handle(s.listAdminVacancies))
		r.Get("/vacancies/new", s.handle(s.showNewVacancy))
		r.Post("/vacancies/new", s.handle(s.createVacancy))
		r.Get("/vacancies/import", s.handle(s.showVacancyImport))
		r.Post("/vacancies/import", s.handle(s.importVacancies))
		r.Get("/vacancies/import/template.csv", s.handle(s.downloadVacancyTemplate))
		r.Get("/vacancies/{id}", s.handle(s.showVacancyEditor))
		r.Post("/vacancies/{id}", s.handle(s.saveVacancy))
		r.Post("/vacancies/{id}/publish", s.handle(s.changeVacancyStatus(vacancies.StatusPublished)))
		r.Post("/vacancies/{id}/close", s.handle(s.changeVacancyStatus(vacancies.StatusClosed)))
		r.Post("/vacancies/{id}/archive", s.handle(s.changeVacancyStatus(vacancies.StatusArchived)))
		r.Post("/vacancies/{id}/draft", s.handle(s.changeVacancyStatus(vacancies.StatusDraft)))
		r.Get("/vacancies/{id}/revisions", s.handle(s.listVacancyRevisions))
		r.Get("/vacancies/{id}/revisions/{n}", s.handle(s.showVacancyRevision))
		r.Post("/vacancies/{id}/revisions/{n}/restore", s.handle(s.restoreVacancyRevision))
		r.Post("/inclusive/check", s.handle(s.checkInclusive))
		// Events, partners and moderation.
		r.Get("/moderation", s.handle(s.listModeration))
		r.Get("/moderation/events/{id}", s.handle(s.showModerationEvent))
		r.Post("/moderation/events/{id}/approve", s.handle(s.approveEvent))
		r.Post("/moderation/events/{id}/reject", s.handle(s.rejectEvent))
		r.Post("/moderation/events/{id}/request-changes", s.handle(s.requestEventChanges))
		r.Get("/moderation/profiles/{id}", s.handle(s.showModerationProfile))
		r.Post("/moderation/profiles/{id}/approve", s.handle(s.approveProfile))
		r.Post("/moderation/profiles/{id}/reject", s.handle(s.rejectProfile))
		r.Get("/events", s.handle(s.listAdminEvents))
		r.Get("/events/new", s.handle(s.newAdminEvent))
		r.Post("/events/new", s.handle(s.createAdminEvent))
		r.Get("/events/{id}", s.handle(s.showAdminEvent))
		r.Get("/events/{id}/edit", s.handle(s.editAdminEvent))
		r.Post("/events/{id}/edit", s.handle(s.updateAdminEvent))
		r.Post("/events/{id}/cancel", s.handle(s.cancelAdminEvent))
		r.Get("/events/{id}/registrations.csv", s.handle(s.adminRegistrationsCSV))
		r.Get("/partners", s.handle(s.listAdminPartners))
		r.Get("/partners/{id}", s.handle(s.showAdminPartner))
		r.Group(func(r chi.Router) {
			r.Use(s.requireRole(accounts.RoleAdmin))
			r.Get("/partners/new", s.handle(s.newAdminPartner))
			r.Post("/partners/new", s.handle(s.createAdminPartner))
			r.Get("/partners/{id}/edit", s.handle(s.editAdminPartner))
			r.Post("/partners/{id}/edit", s.handle(s.updateAdminPartner))
			r.Post("/partners/{id}/list", s.handle(s.listPartner))
			r.Post("/partners/{id}/unlist", s.handle(s.unlistPartner))
			r.Get("/partners/{id}/invite", s.handle(s.showInvitePartnerUser))
			r.Post("/partners/{id}/invite", s.handle(s.invitePartnerUser))
		})

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
		r.Get("/profile", s.handle(s.showPortalProfile))
		r.Post("/profile", s.handle(s.submitPortalProfile))
		r.Get("/events", s.handle(s.listPortalEvents))
		r.Get("/events/new", s.handle(s.newPortalEvent))
		r.Post("/events/new", s.handle(s.createPortalEvent))
		r.Get("/events/{id}", s.handle(s.showPortalEvent))
		r.Get("/events/{id}/edit", s.handle(s.editPortalEvent))
		r.Post("/events/{id}/edit", s.handle(s.updatePortalEvent))
		r.Post("/events/{id}/cancel", s.handle(s.cancelPortalEvent))
		r.Get("/events/{id}/registrations.csv", s.handle(s.portalRegistrationsCSV))
	})

	// Machine-readable: calendar feeds.
	r.Get("/feeds/events.ics", s.handle(s.showEventsFeed))
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
