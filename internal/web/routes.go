package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	chimw "github.com/go-chi/chi/v5/middleware"

	"github.com/podium-portal/podium/internal/assets"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/metrics"
	"github.com/podium-portal/podium/internal/middleware"
	"github.com/podium-portal/podium/internal/paths"
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
	})

	// Public site in English, under /en.
	r.Route("/en", func(r chi.Router) {
		r.Use(withLang(i18n.EN))
		r.Get("/", s.handle(s.showHome))
		r.Get("/stories", s.handle(s.listStories))
		r.Get("/stories/{slug}", s.handle(s.showStory))
		r.Get("/accessibility", s.handle(s.showStatement("accessibility", 4, paths.Accessibility)))
		r.Get("/privacy", s.handle(s.showStatement("privacy", 4, paths.Privacy)))
	})
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
