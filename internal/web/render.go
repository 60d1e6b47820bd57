package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"

	"github.com/a-h/templ"

	"github.com/podium-portal/podium/internal/assets"
	"github.com/podium-portal/podium/internal/middleware"
)

// render writes component as a whole HTML page with status. The page is
// rendered into a buffer first, so a failure becomes a clean 500 rather
// than half a page. Successful pages carry an ETag and a matching
// If-None-Match answers 304 without a body.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	ctx := assets.WithAssets(r.Context(), s.assets)
	var buf bytes.Buffer
	if err := c.Render(ctx, &buf); err != nil {
		s.logger.ErrorContext(ctx, "render failed", "err", err, "path", r.URL.Path,
			"request_id", middleware.RequestIDFrom(ctx))
		if status == http.StatusInternalServerError {
			// The error page itself failed: fall back to plain text.
			http.Error(w, http.StatusText(status), status)
			return
		}
		s.renderError(w, r, errInternal)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	if status == http.StatusOK {
		sum := sha256.Sum256(buf.Bytes())
		etag := `W/"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if middleware.IfNoneMatch(r, etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		h.Set("Cache-Control", "no-store")
	}
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}
