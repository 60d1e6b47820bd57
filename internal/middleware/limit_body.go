package middleware

import (
	"fmt"
	"net/http"
)

// LimitBody caps request bodies at maxBytes with http.MaxBytesReader: a read
// past the limit fails with *http.MaxBytesError, which handlers should map to
// 413, and the server closes the connection after the response instead of
// draining the rest. Bodies within the limit are untouched.
//
// LimitBody panics if maxBytes is not positive.
func LimitBody(maxBytes int64) func(http.Handler) http.Handler {
	if maxBytes <= 0 {
		panic(fmt.Sprintf("middleware.LimitBody: maxBytes must be positive, got %d", maxBytes))
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Body = http.MaxBytesReader(w, r.Body, maxBytes)
			next.ServeHTTP(w, r)
		})
	}
}
