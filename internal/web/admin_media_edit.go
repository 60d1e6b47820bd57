package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/web/views"
)

// imageFromURL returns the image named by the route's {id}; a 404 for a
// malformed or unknown id.
func (s *Server) imageFromURL(r *http.Request) (images.Image, error) {
	id, err := idParam(r)
	if err != nil {
		return images.Image{}, err
	}
	return s.images.ByID(r.Context(), id)
}

// showMediaImage shows one image of the library with its renditions and
// the form for its alt texts.
func (s *Server) showMediaImage(w http.ResponseWriter, r *http.Request) error {
	img, err := s.imageFromURL(r)
	if err != nil {
		return err
	}
	form := views.Form{Values: map[string]string{"alt_nl": img.AltNL, "alt_en": img.AltEN}}
	s.render(w, r, http.StatusOK, views.AdminMediaImagePage(views.AdminMediaImageView{Image: img, Form: form}))
	return nil
}

// saveMediaAlt replaces an image's default alt texts, both required, with
// an audit entry. Stories keep the alt text they were saved with.
func (s *Server) saveMediaAlt(w http.ResponseWriter, r *http.Request) error {
	img, err := s.imageFromURL(r)
	if err != nil {
		return err
	}
	form, err := readForm(r, "alt_nl", "alt_en")
	if err != nil {
		return err
	}
	checkAltTexts(&form)
	if form.HasErrors() {
		s.render(w, r, http.StatusUnprocessableEntity, views.AdminMediaImagePage(views.AdminMediaImageView{Image: img, Form: form}))
		return nil
	}
	err = database.InTx(r.Context(), s.pool, func(tx pgx.Tx) error {
		if err := images.NewStore(tx).SetAlt(r.Context(), img.ID, form.Value("alt_nl"), form.Value("alt_en")); err != nil {
			return err
		}
		return audit.NewLog(tx).Write(r.Context(), actor(r), audit.Entry{Action: "image.alt_update", RecordType: "image",
			RecordID: strconv.FormatInt(img.ID, 10), Summary: fmt.Sprintf("changed the alt texts of image %d", img.ID),
			Before: map[string]string{"alt_nl": img.AltNL, "alt_en": img.AltEN},
			After:  map[string]string{"alt_nl": form.Value("alt_nl"), "alt_en": form.Value("alt_en")}})
	})
	if err != nil {
		return err
	}
	return s.redirectWithFlash(w, r, views.AdminMediaPath(img.ID), "media.flash.saved")
}
