package web

import (
	"net/http"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// featuredOnHome is how many featured stories the home page shows.
const featuredOnHome = 4

// vacanciesOnHome is how many of the newest open vacancies it shows.
const vacanciesOnHome = 3

// showHome renders the home page with featured stories and themes.
func (s *Server) showHome(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	featured, err := s.stories.Featured(ctx, l, featuredOnHome)
	if err != nil {
		return err
	}
	if err := s.fillPortraitVariants(ctx, summaryPortraits(featured)...); err != nil {
		return err
	}
	themes, err := s.stories.ThemeCounts(ctx, l)
	if err != nil {
		return err
	}
	newest, err := s.vacancies.NewestOpen(ctx, l, vacanciesOnHome)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.HomePage(views.HomeView{
		Meta: views.Meta{
			Title:       i18n.T(l, "home.pagetitle"),
			Description: i18n.T(l, "home.description"),
			AltURL:      paths.Home(l.Other()),
			Section:     "home",
		},
		Featured: featured,
		Themes:   themes,

		Vacancies: newest,
	}))
	return nil
}
