package web

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/go-chi/chi/v5"
)

var mediaFile = regexp.MustCompile(`^([0-9a-f]{64})\.(svg|png|jpg|webp)$`)

// showMedia serves an image from the database at its content-addressed
// URL, cacheable forever since other bytes get another URL.
func (s *Server) showMedia(w http.ResponseWriter, r *http.Request) error {
	m := mediaFile.FindStringSubmatch(chi.URLParam(r, "file"))
	if m == nil {
		return errNotFound
	}
	img, data, err := s.images.BySHA256(r.Context(), m[1])
	if err != nil {
		return err
	}
	if img.Ext() != "."+m[2] {
		return errNotFound
	}
	h := w.Header()
	h.Set("Content-Type", img.ContentType)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", `"`+img.SHA256[:16]+`"`)
	if strings.HasSuffix(img.ContentType, "svg+xml") {
		// An SVG opened on its own must not run script, whatever it holds.
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
	}
	if r.Header.Get("If-None-Match") == h.Get("ETag") {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	_, _ = w.Write(data)
	return nil
}
