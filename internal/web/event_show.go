package web

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/middleware"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// icsSuffix marks the iCalendar file of an event: /agenda/{slug}.ics.
// Slugs never hold a dot, so the two cannot be confused.
const icsSuffix = ".ics"

// showEvent renders an event's public page, or with the .ics suffix its
// calendar file. Events that were approved and later cancelled keep their
// page, which says so.
func (s *Server) showEvent(w http.ResponseWriter, r *http.Request) error {
	slug := chi.URLParam(r, "slug")
	if base, ok := strings.CutSuffix(slug, icsSuffix); ok {
		return s.eventCalendar(w, r, base)
	}
	e, err := s.eventStore().PublicBySlug(r.Context(), slug)
	if err != nil {
		return err
	}
	return s.renderEvent(w, r, http.StatusOK, e, views.Form{})
}

// renderEvent renders the page of event e with the registration form.
func (s *Server) renderEvent(w http.ResponseWriter, r *http.Request, status int, e events.Event, form views.Form) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	title, _ := e.Title(l)
	desc, descLang := e.Description(l)
	html, err := s.markdown.HTML(desc)
	if err != nil {
		return err
	}
	v := views.EventPageView{
		Meta: views.Meta{
			Title:       title,
			Description: summary(desc),
			AltURL:      paths.Event(l.Other(), e.Slug),
			Section:     "events",
		},
		Event:           e,
		DescriptionHTML: html,
		DescriptionLang: descLang,
		Form:            form,
	}
	now := time.Now()
	switch {
	case e.AcceptsRegistrations(now):
		v.Accepts = true
	case e.Status == events.StatusCancelled:
		v.Closed = "registration.closed.cancelled"
	case !e.StartsAt.After(now):
		v.Closed = "registration.closed.started"
	default:
		v.Closed = "registration.closed.none"
	}
	if e.PartnerID != nil {
		p, err := s.partnerStore().ByID(ctx, *e.PartnerID)
		switch {
		case err == nil && p.Listed:
			v.PartnerURL = paths.Partner(l, p.Slug)
		case err != nil && !errors.Is(err, database.ErrNotFound):
			return err
		}
	}
	v.JSONLD = s.eventJSONLD(l, e, desc, v.PartnerURL)
	s.render(w, r, status, views.EventPage(v))
	return nil
}

// summary is the first paragraph of a Markdown text, shortened for a meta
// description.
func summary(md string) string {
	para, _, _ := strings.Cut(strings.TrimSpace(md), "\n\n")
	para = strings.Join(strings.Fields(strings.NewReplacer("#", "", "*", "", "_", "").Replace(para)), " ")
	if r := []rune(para); len(r) > 200 {
		return string(r[:199]) + "…"
	}
	return para
}

// eventCalendar serves event slug as an iCalendar file in the page's
// language, with an ETag so calendar clients that poll get 304.
func (s *Server) eventCalendar(w http.ResponseWriter, r *http.Request, slug string) error {
	e, err := s.eventStore().PublicBySlug(r.Context(), slug)
	if err != nil {
		return err
	}
	body := s.agenda().CalendarFile(e, i18n.LangFrom(r.Context()))
	serveCalendar(w, r, body, `attachment; filename="`+e.Slug+`.ics"`)
	return nil
}

// serveCalendar writes an iCalendar body with its validators.
func serveCalendar(w http.ResponseWriter, r *http.Request, body []byte, disposition string) {
	sum := sha256.Sum256(body)
	etag := `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`
	h := w.Header()
	h.Set("Content-Type", "text/calendar; charset=utf-8")
	h.Set("Content-Disposition", disposition)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", etag)
	if middleware.IfNoneMatch(r, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body)
}

// showEventsFeed serves every upcoming event, cancelled ones included so
// that subscribed calendars drop them, as one calendar; ?lang=en gives the
// English texts.
func (s *Server) showEventsFeed(w http.ResponseWriter, r *http.Request) error {
	l, ok := i18n.Parse(r.URL.Query().Get("lang"))
	if !ok {
		l = i18n.NL
	}
	list, err := s.eventStore().Feed(r.Context())
	if err != nil {
		return err
	}
	body := s.agenda().FeedFile(l, list)
	serveCalendar(w, r, body, `inline; filename="events.ics"`)
	return nil
}
