package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// partnerEventsShown is how many upcoming events a partner's page lists.
const partnerEventsShown = 10

// listPartners renders the listed partner organisations, filtered by
// focus area (?aandachtsgebied= or ?focus=); an unknown area is 404.
func (s *Server) listPartners(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	focus := r.URL.Query().Get(paths.FocusParam(l))
	title := i18n.T(l, "partners.title")
	if focus != "" {
		f, ok := partnerpkg.FocusAreaBySlug(focus)
		if !ok {
			return errNotFound
		}
		title = i18n.Tf(l, "partners.title.focus", f.Name(l))
	}
	list, err := s.partnerStore().Public(ctx, focus)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.PartnerListPage(views.PartnerListView{
		Meta: views.Meta{Title: title, Description: i18n.T(l, "partners.description"),
			AltURL: paths.PartnersByFocus(l.Other(), focus), Section: "partners"},
		Partners: list,
		Active:   focus,
	}))
	return nil
}

// showPartner renders a listed partner organisation's page with its
// upcoming events.
func (s *Server) showPartner(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	p, err := s.partnerStore().PublicBySlug(ctx, chi.URLParam(r, "slug"))
	if err != nil {
		return err
	}
	desc, descLang := p.Description(l)
	html, err := s.markdown.HTML(desc)
	if err != nil {
		return err
	}
	page, err := s.eventStore().Upcoming(ctx, events.ListQuery{Filter: events.Filter{PartnerID: &p.ID},
		Limit: partnerEventsShown})
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, views.PartnerPage(views.PartnerPageView{
		Meta: views.Meta{Title: p.Name, Description: summary(desc), AltURL: paths.Partner(l.Other(), p.Slug),
			Section: "partners"},
		Partner:         p,
		DescriptionHTML: html,
		DescriptionLang: descLang,
		Events:          page.Events,
		MoreEvents:      page.Next != nil,
	}))
	return nil
}
