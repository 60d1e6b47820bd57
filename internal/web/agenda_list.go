package web

import (
	"net/http"
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// eventsPerPage is the length of a page of the agenda and the archive.
const eventsPerPage = 20

// listEvents renders the agenda: the upcoming events one keyset page at a
// time, or with ?maand= (?month=) the events of one month, day by day;
// both filtered by type, province, online or at a venue, and provisions.
func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	query := r.URL.Query()
	a, err := parseAgendaQuery(l, query)
	if err != nil {
		return err
	}
	month, isMonth, err := parseMonth(query.Get(paths.MonthParam(l)))
	if err != nil {
		return err
	}
	v := views.AgendaView{
		Meta: views.Meta{Title: i18n.T(l, "agenda.title"), Description: i18n.T(l, "agenda.description"),
			Section: "events"},
		Mode: views.AgendaUpcoming,
	}
	if isMonth {
		v.Mode, v.Month = views.AgendaMonth, month
		v.Title = i18n.Tf(l, "agenda.month.title", monthName(l, month))
		list, err := s.eventStore().Month(ctx, month.Year(), month.Month(), a.filter())
		if err != nil {
			return err
		}
		v.Days = byDay(list, month)
		mp := paths.MonthParam(l)
		v.PrevMonthURL = a.url(l, paths.Events(l), mp, formatMonth(month.AddDate(0, -1, 0)))
		v.NextMonthURL = a.url(l, paths.Events(l), mp, formatMonth(month.AddDate(0, 1, 0)))
		v.AltURL = a.url(l.Other(), paths.Events(l.Other()), paths.MonthParam(l.Other()), formatMonth(month))
		v.Filter = a.form(l, paths.Events(l), formatMonth(month))
	} else {
		q := events.ListQuery{Filter: a.filter(), Limit: eventsPerPage}
		if q.After, q.Before, err = pageCursors(query); err != nil {
			return err
		}
		page, err := s.eventStore().Upcoming(ctx, q)
		if err != nil {
			return err
		}
		s.pageLinks(&v, l, a, paths.Events(l), page)
		v.AltURL = a.url(l.Other(), paths.Events(l.Other()))
		v.Filter = a.form(l, paths.Events(l), "")
	}
	s.agendaViews(&v, l, a)
	s.render(w, r, http.StatusOK, views.AgendaPage(v))
	return nil
}

// listArchive renders the events that have ended, latest first, with the
// agenda's filters.
func (s *Server) listArchive(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	query := r.URL.Query()
	a, err := parseAgendaQuery(l, query)
	if err != nil {
		return err
	}
	q := events.ListQuery{Filter: a.filter(), Limit: eventsPerPage}
	if q.After, q.Before, err = pageCursors(query); err != nil {
		return err
	}
	page, err := s.eventStore().Archive(ctx, q)
	if err != nil {
		return err
	}
	v := views.AgendaView{
		Meta: views.Meta{Title: i18n.T(l, "agenda.archive.title"), Description: i18n.T(l, "agenda.archive.lead"),
			AltURL: a.url(l.Other(), paths.EventsArchive(l.Other())), Section: "events"},
		Mode:   views.AgendaArchive,
		Filter: a.form(l, paths.EventsArchive(l), ""),
	}
	s.pageLinks(&v, l, a, paths.EventsArchive(l), page)
	s.agendaViews(&v, l, a)
	s.render(w, r, http.StatusOK, views.AgendaPage(v))
	return nil
}

// pageLinks sets the events of page and the links to its neighbours.
func (s *Server) pageLinks(v *views.AgendaView, l i18n.Lang, a agendaQuery, path string, page events.Page) {
	v.Events = page.Events
	if page.Prev != nil {
		v.PrevURL = a.url(l, path, "before", formatEventCursor(*page.Prev))
	}
	if page.Next != nil {
		v.NextURL = a.url(l, path, "after", formatEventCursor(*page.Next))
	}
}

// agendaViews links the three views of the agenda, keeping the filter.
func (s *Server) agendaViews(v *views.AgendaView, l i18n.Lang, a agendaQuery) {
	month := v.Month
	if month.IsZero() {
		now := time.Now().In(i18n.Amsterdam())
		month = time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, i18n.Amsterdam())
	}
	v.UpcomingURL = a.url(l, paths.Events(l))
	v.MonthURL = a.url(l, paths.Events(l), paths.MonthParam(l), formatMonth(month))
	v.ArchiveURL = a.url(l, paths.EventsArchive(l))
}

// byDay puts the events of month on each day of it they take place,
// in Europe/Amsterdam; days without events are left out.
func byDay(list []events.Event, month time.Time) []views.AgendaDay {
	next := month.AddDate(0, 1, 0)
	var days []views.AgendaDay
	for d := month; d.Before(next); d = d.AddDate(0, 0, 1) {
		end := d.AddDate(0, 0, 1)
		var on []events.Event
		for _, e := range list {
			if e.StartsAt.Before(end) && e.EndsAt.After(d) {
				on = append(on, e)
			}
		}
		if len(on) > 0 {
			days = append(days, views.AgendaDay{Date: d, Events: on})
		}
	}
	return days
}

// monthName names a month and year: "december 2026".
func monthName(l i18n.Lang, m time.Time) string {
	return i18n.T(l, "agenda.monthname."+m.Format("1")) + " " + m.Format("2006")
}
