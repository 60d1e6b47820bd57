package web

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/imaging"
	"github.com/podium-portal/podium/web/views"
)

// maxImageProcessing is how many uploads one server decodes and resizes
// at the same time; others wait for a slot. Decoding a 40-megapixel photo
// takes a few hundred megabytes, so this bounds the memory uploads use.
const maxImageProcessing = 2

// uploadMaxBytes caps the body of a form that carries an image: the
// largest file imaging accepts (15 MiB, imaging.DefaultLimits) plus room
// for the other fields. MAX_BODY_BYTES applies to every request as well;
// its default is this same 16 MiB, so an upload meets one limit, not two.
const uploadMaxBytes = 16 << 20

// uploadMemory is how much of a multipart body is held in memory; the rest
// of a large file waits in a temporary file that net/http removes after
// the request.
const uploadMemory = 1 << 20

// maxAltText bounds an alt text, as the stories package does for a
// portrait's.
const maxAltText = 400

// uploadLimitMiB is the body limit an upload meets, in whole MiB for the
// message: the smaller of uploadMaxBytes and MAX_BODY_BYTES.
func (s *Server) uploadLimitMiB() int64 {
	return max(1, min(s.cfg.MaxBodyBytes, uploadMaxBytes)>>20)
}

// errUploadTooLarge reports a form body over the upload limit: nothing of
// it could be read, so the form is shown again with the file field marked.
var errUploadTooLarge = errors.New("web: upload larger than the limit")

// errImagesBusy reports that no processing slot came free before the
// request's time ran out.
var errImagesBusy = &imaging.RejectError{Key: "image.error.busy", Message: "The server is busy processing images. Try again in a minute."}

// parseUploadForm reads a form that may carry a file (multipart) or not
// (URL-encoded), within uploadMaxBytes; afterwards readForm picks the
// fields. A body over the limit is errUploadTooLarge, any other unreadable
// body errBadRequest.
func parseUploadForm(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, uploadMaxBytes)
	var err error
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		err = r.ParseMultipartForm(uploadMemory)
	} else {
		err = r.ParseForm()
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return errUploadTooLarge
	case err != nil:
		return errBadRequest
	}
	// The site-wide guard (text_guard.go) checks URL-encoded forms only.
	if r.MultipartForm != nil && !storableValues(r.MultipartForm.Value) {
		return errUnstorableText
	}
	return nil
}

// uploadedFile returns the file sent in field name, nil when none was
// chosen (browsers send an empty part without a file name then).
func uploadedFile(r *http.Request, name string) *multipart.FileHeader {
	if r.MultipartForm == nil {
		return nil
	}
	files := r.MultipartForm.File[name]
	if len(files) == 0 || (files[0].Filename == "" && files[0].Size == 0) {
		return nil
	}
	return files[0]
}

// uploadErrorStatus tells whether err is about the uploaded file itself
// and, if so, the catalogue key to show at the file field and the status
// to answer with: 503 when the server was too busy, 422 otherwise.
func uploadErrorStatus(err error) (key string, status int, ok bool) {
	var reject *imaging.RejectError
	switch {
	case errors.Is(err, errImagesBusy):
		return errImagesBusy.Key, http.StatusServiceUnavailable, true
	case errors.As(err, &reject):
		return reject.Key, http.StatusUnprocessableEntity, true
	}
	return "", 0, false
}

// storeUpload checks, resizes and strips the uploaded file fh (package
// imaging, in one of the server's processing slots) and stores it in the
// media library with meta and an audit entry. A file imaging refuses is a
// *imaging.RejectError; see uploadErrorStatus.
func (s *Server) storeUpload(ctx context.Context, by audit.Actor, fh *multipart.FileHeader, meta images.UploadMeta) (images.Image, error) {
	f, err := fh.Open()
	if err != nil {
		return images.Image{}, fmt.Errorf("open upload: %w", err)
	}
	defer f.Close()
	processed, err := s.processUpload(ctx, f)
	if err != nil {
		return images.Image{}, err
	}
	meta.OriginalName = fh.Filename
	var img images.Image
	err = database.InTx(ctx, s.pool, func(tx pgx.Tx) error {
		var err error
		if img, err = images.NewStore(tx).PutUpload(ctx, processed, meta); err != nil {
			return err
		}
		return audit.NewLog(tx).Write(ctx, by, audit.Entry{Action: "image.upload", RecordType: "image",
			RecordID: strconv.FormatInt(img.ID, 10),
			Summary: fmt.Sprintf("uploaded image %d (%s, %d×%d, %d variants)", img.ID, processed.Format,
				processed.Width, processed.Height, len(img.Variants))})
	})
	if err != nil {
		return images.Image{}, err
	}
	return img, nil
}

// processUpload runs imaging.Process once a processing slot is free; it
// gives up with errImagesBusy when the request ends first.
func (s *Server) processUpload(ctx context.Context, f multipart.File) (imaging.Processed, error) {
	select {
	case s.imageSlots <- struct{}{}:
	case <-ctx.Done():
		return imaging.Processed{}, errImagesBusy
	}
	defer func() { <-s.imageSlots }()
	return imaging.Process(f, imaging.DefaultLimits())
}

// uploadMedia adds an image to the media library: the file and its alt
// text in both languages are required. A file that is not a JPEG, PNG or
// WebP, too large, with too many pixels or damaged is refused with the
// reason at the file field (422; 413 for a body over the limit).
func (s *Server) uploadMedia(w http.ResponseWriter, r *http.Request) error {
	err := parseUploadForm(w, r)
	if errors.Is(err, errUploadTooLarge) {
		form := views.Form{Values: map[string]string{}}
		form.SetError("file", "image.error.body", s.uploadLimitMiB())
		return s.renderMediaLibrary(w, r, http.StatusRequestEntityTooLarge, form)
	}
	if err != nil {
		return err
	}
	form, err := readForm(r, "alt_nl", "alt_en")
	if err != nil {
		return err
	}
	checkAltTexts(&form)
	fh := uploadedFile(r, "file")
	if fh == nil {
		form.SetError("file", "image.error.nofile")
	}
	if form.HasErrors() {
		return s.renderMediaLibrary(w, r, http.StatusUnprocessableEntity, form)
	}
	u, _ := currentUser(r)
	img, err := s.storeUpload(r.Context(), actor(r), fh, images.UploadMeta{
		AltNL: form.Value("alt_nl"), AltEN: form.Value("alt_en"), UploadedBy: &u.ID})
	if key, status, ok := uploadErrorStatus(err); ok {
		form.SetError("file", key)
		return s.renderMediaLibrary(w, r, status, form)
	}
	if err != nil {
		return err
	}
	return s.redirectWithFlash(w, r, views.AdminMediaPath(img.ID), "media.flash.uploaded")
}

// checkAltTexts requires the alt texts of both languages and bounds their
// length.
func checkAltTexts(form *views.Form) {
	for _, f := range []struct{ name, key string }{{"alt_nl", "media.error.alt_nl"}, {"alt_en", "media.error.alt_en"}} {
		switch v := form.Value(f.name); {
		case v == "":
			form.SetError(f.name, f.key)
		case len([]rune(v)) > maxAltText:
			form.SetError(f.name, "story.error.too_long")
		}
	}
}
