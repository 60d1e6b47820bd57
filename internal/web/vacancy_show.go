package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// How many colleagues and similar vacancies a vacancy page shows.
const (
	vacancyColleagues = 3
	similarVacancies  = 3
)

// showVacancy renders one vacancy's public page. A closed vacancy (closed
// by an editor, or past its closing date) keeps its page, which says so,
// points to similar open vacancies, offers no way to apply and carries no
// JobPosting, so search engines drop it; drafts and archived vacancies
// are 404.
func (s *Server) showVacancy(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	v, err := s.vacancies.PublishedBySlug(ctx, l, chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	alt := paths.Vacancies(l.Other())
	switch slug, err := s.vacancies.TranslationSlug(ctx, v.TranslationKey, l.Other()); {
	case err == nil:
		alt = paths.Vacancy(l.Other(), slug)
	case !errors.Is(err, database.ErrNotFound):
		return err
	}
	body, err := s.markdown.HTML(v.BodyMarkdown)
	if err != nil {
		return err
	}
	colleagues, err := s.vacancies.Colleagues(ctx, v.ID, l, vacancyColleagues)
	if err != nil {
		return err
	}
	if err := s.fillPortraitVariants(ctx, summaryPortraits(colleagues)...); err != nil {
		return err
	}
	page := views.VacancyPageView{
		Meta: views.Meta{
			Title:       v.Title,
			Description: vacancyDescription(l, v),
			AltURL:      alt,
			Section:     "vacancies",
		},
		Vacancy:    v,
		BodyHTML:   body,
		Colleagues: colleagues,
	}
	if v.Closed {
		if page.Similar, err = s.vacancies.SimilarOpen(ctx, v, similarVacancies); err != nil {
			return err
		}
	} else {
		base := strings.TrimRight(s.cfg.BaseURL.String(), "/")
		page.JSONLD = vacancies.JobPosting(v, body, base, vacancies.Employer{
			Name: i18n.T(l, "site.org"),
			URL:  base + paths.Home(l),
		})
	}
	s.render(w, r, http.StatusOK, views.VacancyPage(page))
	return nil
}

// vacancyDescription is the page's meta description: where, how much and
// until when, then the start of the text.
func vacancyDescription(l i18n.Lang, v vacancies.Vacancy) string {
	return i18n.Tf(l, "vacancy.page.description", v.OrganisationUnit, v.City, i18n.FormatDate(l, v.ClosingDate)) +
		" " + summary(v.BodyMarkdown)
}
