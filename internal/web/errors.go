package web

import (
	"errors"
	"net/http"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/middleware"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// httpError is an error that carries the status to answer with. Its
// title and text come from the catalogue, so they are safe to show.
type httpError struct {
	status int
	key    string // catalogue prefix: error.404 → error.404.title, error.404.text
}

func (e *httpError) Error() string { return http.StatusText(e.status) }

var (
	errBadRequest       = &httpError{http.StatusBadRequest, "error.400"}
	errNotFound         = &httpError{http.StatusNotFound, "error.404"}
	errMethodNotAllowed = &httpError{http.StatusMethodNotAllowed, "error.405"}
	errTooLarge         = &httpError{http.StatusRequestEntityTooLarge, "error.413"}
	errInternal         = &httpError{http.StatusInternalServerError, "error.500"}
)

// handlerFunc is a handler that reports failure by returning an error.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts a handlerFunc: an *httpError becomes its styled page,
// database.ErrNotFound the 404 page, anything else a logged 500 page
// whose text never contains the error.
func (s *Server) handle(fn handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		err := fn(w, r)
		if err == nil {
			return
		}
		var he *httpError
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &he):
		case errors.Is(err, database.ErrNotFound):
			he = errNotFound
		case errors.As(err, &tooLarge):
			he = errTooLarge
		default:
			s.logger.ErrorContext(r.Context(), "request failed", "err", err,
				"path", r.URL.Path, "request_id", middleware.RequestIDFrom(r.Context()))
			he = errInternal
		}
		s.renderError(w, r, he)
	}
}

// renderError writes the styled page for he in the request's language.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, he *httpError) {
	l := i18n.LangFrom(r.Context())
	page := views.ErrorPage(views.ErrorView{
		Meta: views.Meta{
			Title:  i18n.T(l, he.key+".title"),
			AltURL: paths.Home(l.Other()),
		},
		Status:  he.status,
		Message: i18n.T(l, he.key+".text"),
	})
	s.render(w, r, he.status, page)
}

// servePanic renders the 500 page after Recover caught a panic.
func (s *Server) servePanic(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, errInternal)
}
