package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// vacancyFormFields are the single-valued fields of the vacancy form,
// named as in vacancies.VacancyInput's JSON; the label check boxes
// ("labels") are read apart.
var vacancyFormFields = []string{"lang", "title", "organisation_unit", "city", "province", "scale_min",
	"scale_max", "salary_min", "salary_max", "hours_min", "hours_max", "education_level", "employment_type",
	"closing_date", "apply_url", "contact_name", "contact_email", "contact_phone", "body_markdown",
	"adjustments_note", "slug", "translation_of", "do"}

// vacancyForm returns the form of a vacancy's content.
func vacancyForm(in vacancies.VacancyInput) views.Form {
	return views.Form{Values: map[string]string{
		"lang":              string(in.Lang),
		"title":             in.Title,
		"organisation_unit": in.OrganisationUnit,
		"city":              in.City,
		"province":          in.Province,
		"scale_min":         in.ScaleMin,
		"scale_max":         in.ScaleMax,
		"salary_min":        in.SalaryMin,
		"salary_max":        in.SalaryMax,
		"hours_min":         in.HoursMin,
		"hours_max":         in.HoursMax,
		"education_level":   in.EducationLevel,
		"employment_type":   in.EmploymentType,
		"closing_date":      in.ClosingDate,
		"apply_url":         in.ApplyURL,
		"contact_name":      in.ContactName,
		"contact_email":     in.ContactEmail,
		"contact_phone":     in.ContactPhone,
		"body_markdown":     in.BodyMarkdown,
		"adjustments_note":  in.AdjustmentsNote,
		"labels":            strings.Join(in.Labels, ","),
		"slug":              in.Slug,
	}}
}

// readVacancyForm reads the submitted vacancy form; the label check boxes
// are joined into the value "labels".
func readVacancyForm(r *http.Request) (views.Form, error) {
	form, err := readForm(r, vacancyFormFields...)
	if err != nil {
		return views.Form{}, err
	}
	var labels []string
	for _, l := range r.PostForm["labels"] {
		if l = strings.TrimSpace(l); l != "" && !strings.Contains(l, ",") {
			labels = append(labels, l)
		}
	}
	form.Values["labels"] = strings.Join(labels, ",")
	return form, nil
}

// vacancyInput is the form's content as a VacancyInput in language l; the
// store checks it.
func vacancyInput(form views.Form, l i18n.Lang) vacancies.VacancyInput {
	in := vacancies.VacancyInput{
		Lang:             l,
		Slug:             form.Value("slug"),
		Title:            form.Value("title"),
		OrganisationUnit: form.Value("organisation_unit"),
		City:             form.Value("city"),
		Province:         form.Value("province"),
		ScaleMin:         form.Value("scale_min"),
		ScaleMax:         form.Value("scale_max"),
		SalaryMin:        form.Value("salary_min"),
		SalaryMax:        form.Value("salary_max"),
		HoursMin:         form.Value("hours_min"),
		HoursMax:         form.Value("hours_max"),
		EducationLevel:   form.Value("education_level"),
		EmploymentType:   form.Value("employment_type"),
		ClosingDate:      form.Value("closing_date"),
		ApplyURL:         form.Value("apply_url"),
		ContactName:      form.Value("contact_name"),
		ContactEmail:     form.Value("contact_email"),
		ContactPhone:     form.Value("contact_phone"),
		BodyMarkdown:     form.Value("body_markdown"),
		AdjustmentsNote:  form.Value("adjustments_note"),
	}
	if v := form.Value("labels"); v != "" {
		in.Labels = strings.Split(v, ",")
	}
	return in
}

// setVacancyErrors puts the field errors of the vacancies store at their
// fields ("lang" at the form as a whole when the form has no language
// field); it reports false for any other error, which the caller returns.
func setVacancyErrors(form *views.Form, err error, hasLang bool) bool {
	var fe vacancies.FieldErrors
	if !errors.As(err, &fe) {
		return false
	}
	for field, key := range fe {
		if field == "lang" && !hasLang {
			field = ""
		}
		form.SetError(field, key)
	}
	return true
}

// inclusiveResults checks the texts of the vacancy form in l: the title,
// the body and the note on adjustments.
func (s *Server) inclusiveResults(form views.Form, l i18n.Lang, ui i18n.Lang) []views.InclusiveResult {
	var out []views.InclusiveResult
	for _, field := range []string{"title", "body_markdown", "adjustments_note"} {
		text := form.Value(field)
		if strings.TrimSpace(text) == "" {
			continue
		}
		out = append(out, s.inclusiveResult("field-"+field, i18n.T(ui, views.VacancyFieldLabel(field)), l, text))
	}
	if out == nil {
		out = []views.InclusiveResult{}
	}
	return out
}
