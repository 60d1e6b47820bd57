package web

import (
	"errors"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/plaintext"
)

// errUnstorableText answers a request carrying text PostgreSQL cannot
// store: invalid UTF-8 or a NUL character.
var errUnstorableText = &httpError{http.StatusBadRequest, "error.text"}

// refuseUnstorableText guards every handler against text that PostgreSQL
// refuses to store or compare (invalid UTF-8, NUL characters), which would
// otherwise surface as a database error and a 500. A path with such text
// answers 404, since no page has that address; a query string or a
// URL-encoded form answers 400 with a page that says what is wrong.
// Multipart forms (uploads) are checked by parseUploadForm after parsing.
func (s *Server) refuseUnstorableText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/en" || strings.HasPrefix(r.URL.Path, "/en/") {
			r = r.WithContext(i18n.WithLang(r.Context(), i18n.EN))
		}
		if !plaintext.Storable(r.URL.Path) {
			s.renderError(w, r, errNotFound)
			return
		}
		if query, err := url.ParseQuery(r.URL.RawQuery); err == nil && !storableValues(query) {
			s.renderError(w, r, errUnstorableText)
			return
		}
		if isURLEncodedForm(r) {
			if err := r.ParseForm(); err != nil {
				var tooLarge *http.MaxBytesError
				if errors.As(err, &tooLarge) {
					s.renderError(w, r, errTooLarge)
				} else {
					s.renderError(w, r, errBadRequest)
				}
				return
			}
			if !storableValues(r.PostForm) {
				s.renderError(w, r, errUnstorableText)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// isURLEncodedForm reports whether r carries a URL-encoded form body.
func isURLEncodedForm(r *http.Request) bool {
	if r.Method != http.MethodPost && r.Method != http.MethodPut && r.Method != http.MethodPatch {
		return false
	}
	mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mediaType == "application/x-www-form-urlencoded"
}

// storableValues reports whether every key and value of v is storable.
func storableValues(v url.Values) bool {
	for key, values := range v {
		if !plaintext.Storable(key) {
			return false
		}
		for _, value := range values {
			if !plaintext.Storable(value) {
				return false
			}
		}
	}
	return true
}
