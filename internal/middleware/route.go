package middleware

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// unmatchedRoute is reported for requests that matched no chi route, instead
// of the raw path, which the client controls.
const unmatchedRoute = "unmatched"

// routePattern returns the chi route pattern r was routed to, or
// unmatchedRoute. It is only meaningful after the router has handled r.
func routePattern(r *http.Request) string {
	if p := chi.RouteContext(r.Context()).RoutePattern(); p != "" {
		return p
	}
	return unmatchedRoute
}

// finalStatus returns the status a wrapped response ended with. A handler that
// wrote nothing and returned normally got net/http's implicit 200; one that
// wrote nothing and panicked is counted as a 500.
func finalStatus(written int, returned bool) int {
	switch {
	case written != 0:
		return written
	case returned:
		return http.StatusOK
	default:
		return http.StatusInternalServerError
	}
}
