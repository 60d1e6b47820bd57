package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// listVacancyRevisions shows a vacancy's history, newest revision first.
func (s *Server) listVacancyRevisions(w http.ResponseWriter, r *http.Request) error {
	v, err := s.vacancyFromURL(r)
	if err != nil {
		return err
	}
	revs, err := s.vacancies.Revisions(r.Context(), v.ID)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.AdminVacancyRevisionsPage(views.AdminVacancyRevisionsView{Vacancy: v, Revisions: revs}))
	return nil
}

// showVacancyRevision shows revision {n} of a vacancy: what changed from
// the revision before it, with the long texts diffed word by word, and
// its whole content.
func (s *Server) showVacancyRevision(w http.ResponseWriter, r *http.Request) error {
	v, err := s.vacancyFromURL(r)
	if err != nil {
		return err
	}
	n, err := revisionParam(r, "n")
	if err != nil {
		return err
	}
	rev, err := s.vacancies.Revision(r.Context(), v.ID, n)
	if err != nil {
		return err
	}
	view := views.AdminVacancyRevisionView{Vacancy: v, Revision: rev, Latest: v.Revision,
		Fields: snapshotFields(rev.Snapshot)}
	if n > 1 {
		prev, err := s.vacancies.Revision(r.Context(), v.ID, n-1)
		switch {
		case err == nil:
			view.Previous = prev.Number
			view.Changes = snapshotChanges(prev.Snapshot, rev.Snapshot)
		case !errors.Is(err, database.ErrNotFound):
			return err
		}
	}
	s.render(w, r, http.StatusOK, views.AdminVacancyRevisionPage(view))
	return nil
}

// restoreVacancyRevision saves the content of revision {n} as the
// vacancy's newest revision. When that content no longer passes (its
// closing date has passed, its address went to another vacancy), the
// editor shows it with the problems at their fields, to correct and save.
func (s *Server) restoreVacancyRevision(w http.ResponseWriter, r *http.Request) error {
	v, err := s.vacancyFromURL(r)
	if err != nil {
		return err
	}
	n, err := revisionParam(r, "n")
	if err != nil {
		return err
	}
	saved, err := s.vacancyAdmin.Restore(r.Context(), actor(r), v.ID, n)
	var fe vacancies.FieldErrors
	switch {
	case err == nil:
		flash := "vacancy.flash.restored"
		if !saved.Changed {
			flash = "vacancy.flash.unchanged"
		}
		return s.redirectWithFlash(w, r, views.AdminVacancyPath(v.ID), flash)
	case errors.As(err, &fe):
		rev, err := s.vacancies.Revision(r.Context(), v.ID, n)
		if err != nil {
			return err
		}
		form := vacancyForm(rev.Snapshot.VacancyInput)
		setVacancyErrors(&form, fe, false)
		return s.renderVacancyEditor(w, r, http.StatusUnprocessableEntity, v, vacancyEditorState{form: form})
	}
	return err
}

// snapshotValues lists a revision's fields in form order with their
// values as text; the long texts come last.
func snapshotValues(sn vacancies.Snapshot) [][2]string {
	in := sn.VacancyInput
	return [][2]string{
		{"status", string(sn.Status)},
		{"title", in.Title}, {"organisation_unit", in.OrganisationUnit}, {"city", in.City},
		{"province", in.Province}, {"scale_min", in.ScaleMin}, {"scale_max", in.ScaleMax},
		{"salary_min", in.SalaryMin}, {"salary_max", in.SalaryMax}, {"hours_min", in.HoursMin},
		{"hours_max", in.HoursMax}, {"education_level", in.EducationLevel},
		{"employment_type", in.EmploymentType}, {"closing_date", in.ClosingDate},
		{"apply_url", in.ApplyURL}, {"contact_name", in.ContactName}, {"contact_email", in.ContactEmail},
		{"contact_phone", in.ContactPhone}, {"labels", strings.Join(in.Labels, ", ")}, {"slug", in.Slug},
		{"adjustments_note", in.AdjustmentsNote}, {"body_markdown", in.BodyMarkdown},
	}
}

// longTexts are the fields a revision diffs word by word.
var longTexts = map[string]bool{"body_markdown": true, "adjustments_note": true, "title": true}

func snapshotFields(sn vacancies.Snapshot) []views.VacancyChange {
	var out []views.VacancyChange
	for _, fv := range snapshotValues(sn) {
		out = append(out, views.VacancyChange{Field: fv[0], New: fv[1]})
	}
	return out
}

// snapshotChanges lists the fields that differ from a to b.
func snapshotChanges(a, b vacancies.Snapshot) []views.VacancyChange {
	before := snapshotValues(a)
	var out []views.VacancyChange
	for i, fv := range snapshotValues(b) {
		old := before[i][1]
		if old == fv[1] {
			continue
		}
		c := views.VacancyChange{Field: fv[0], Old: old, New: fv[1]}
		if longTexts[c.Field] {
			c.Parts = stories.DiffText(old, fv[1])
		}
		out = append(out, c)
	}
	return out
}
