package web

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"

	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/internal/vacancyadmin"
	"github.com/podium-portal/podium/web/views"
)

// importMaxBytes caps a CSV import file: a thousand vacancies with long
// texts fit comfortably.
const importMaxBytes = 4 << 20

// showVacancyImport renders the import page: the template, the upload
// form and what the columns accept.
func (s *Server) showVacancyImport(w http.ResponseWriter, r *http.Request) error {
	s.render(w, r, http.StatusOK, views.AdminVacancyImportPage(views.AdminVacancyImportView{}))
	return nil
}

// downloadVacancyTemplate serves the CSV template, with a byte-order mark
// so spreadsheet programs open it as UTF-8.
func (s *Server) downloadVacancyTemplate(w http.ResponseWriter, r *http.Request) error {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	if err := vacancyadmin.WriteTemplate(&buf, vacancies.Today()); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": "vacancies-template.csv"}))
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	_, _ = w.Write(buf.Bytes())
	return nil
}

// importVacancies imports the uploaded CSV file as drafts, all or none:
// when any row has a problem the page lists every problem by line and
// column and nothing is stored (422); otherwise the list of drafts opens
// with a confirmation.
func (s *Server) importVacancies(w http.ResponseWriter, r *http.Request) error {
	var v views.AdminVacancyImportView
	r.Body = http.MaxBytesReader(w, r.Body, importMaxBytes)
	var err error
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		err = r.ParseMultipartForm(uploadMemory)
	} else {
		err = r.ParseForm()
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		v.Form.SetError("file", "vacancy.import.error.too_large", max(1, min(importMaxBytes, s.cfg.MaxBodyBytes)>>20))
		s.render(w, r, http.StatusRequestEntityTooLarge, views.AdminVacancyImportPage(v))
		return nil
	case err != nil:
		return errBadRequest
	}
	fh := uploadedFile(r, "file")
	if fh == nil {
		v.Form.SetError("file", "vacancy.import.error.no_file")
		s.render(w, r, http.StatusUnprocessableEntity, views.AdminVacancyImportPage(v))
		return nil
	}
	f, err := fh.Open()
	if err != nil {
		return err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return err
	}
	_, err = s.vacancyAdmin.Import(r.Context(), actor(r), data, fh.Filename)
	var refused *vacancyadmin.ImportError
	if errors.As(err, &refused) {
		v.FileName, v.Problems = fh.Filename, refused.Problems
		s.render(w, r, http.StatusUnprocessableEntity, views.AdminVacancyImportPage(v))
		return nil
	}
	if err != nil {
		return err
	}
	return s.redirectWithFlash(w, r, "/admin/vacancies?status=draft", "vacancy.flash.imported")
}
