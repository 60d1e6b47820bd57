package web

import (
	"net/http"

	"github.com/podium-portal/podium/web/views"
)

// mediaPageSize is how many images one page of the media library shows.
const mediaPageSize = 24

// listMedia shows the media library, newest first, with the upload form.
func (s *Server) listMedia(w http.ResponseWriter, r *http.Request) error {
	return s.renderMediaLibrary(w, r, http.StatusOK, views.Form{})
}

// renderMediaLibrary renders a page of the library (?before= pages on)
// with upload, the upload form as submitted, with its errors.
func (s *Server) renderMediaLibrary(w http.ResponseWriter, r *http.Request, status int, upload views.Form) error {
	before, err := beforeParam(r)
	if err != nil {
		return err
	}
	list, err := s.images.List(r.Context(), mediaPageSize+1, before)
	if err != nil {
		return err
	}
	more := len(list) > mediaPageSize
	list = list[:min(len(list), mediaPageSize)]
	v := views.AdminMediaView{Upload: upload, Images: list}
	if len(list) > 0 {
		v.Pager = pagerFor(r, "/admin/media", more, list[len(list)-1].ID, "media.older")
	}
	s.render(w, r, status, views.AdminMediaPage(v))
	return nil
}
