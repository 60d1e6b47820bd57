// Package paths builds the public URLs of DESIGN.md for each language, so
// that handlers, templates and tests agree on one spelling: Dutch at the
// root, English under /en.
package paths

import (
	"net/url"
	"strconv"

	"github.com/podium-portal/podium/internal/i18n"
)

// Home is the home page.
func Home(l i18n.Lang) string {
	if l == i18n.EN {
		return "/en"
	}
	return "/"
}

// Stories is the story list.
func Stories(l i18n.Lang) string { return pick(l, "/verhalen", "/en/stories") }

// Story is one story's page.
func Story(l i18n.Lang, slug string) string {
	return Stories(l) + "/" + url.PathEscape(slug)
}

// StoriesByTheme is the story list filtered by one theme.
func StoriesByTheme(l i18n.Lang, theme string) string {
	if theme == "" {
		return Stories(l)
	}
	return Stories(l) + "?" + ThemeParam(l) + "=" + url.QueryEscape(theme)
}

// ThemeParam is the query parameter of the story list's theme filter.
func ThemeParam(l i18n.Lang) string { return pick(l, "thema", "theme") }

// Vacancies is the vacancy search.
func Vacancies(l i18n.Lang) string { return pick(l, "/vacatures", "/en/vacancies") }

// Vacancy is one vacancy's page.
func Vacancy(l i18n.Lang, slug string) string { return Vacancies(l) + "/" + url.PathEscape(slug) }

// AdminVacancies is the back office's list of vacancies.
func AdminVacancies() string { return "/admin/vacancies" }

// AdminVacancy is one vacancy's editor in the back office; with an action,
// the address that action posts to ("publish", "revisions", …).
func AdminVacancy(id int64, action ...string) string {
	p := AdminVacancies() + "/" + strconv.FormatInt(id, 10)
	for _, a := range action {
		p += "/" + a
	}
	return p
}

// Events is the agenda.
func Events(l i18n.Lang) string { return pick(l, "/agenda", "/en/events") }

// Partners is the partner list.
func Partners(l i18n.Lang) string { return pick(l, "/partners", "/en/partners") }

// Accessibility is the accessibility statement.
func Accessibility(l i18n.Lang) string { return pick(l, "/toegankelijkheid", "/en/accessibility") }

// Privacy is the privacy statement.
func Privacy(l i18n.Lang) string { return pick(l, "/privacy", "/en/privacy") }

func pick(l i18n.Lang, nl, en string) string {
	if l == i18n.EN {
		return en
	}
	return nl
}

// Event is one event's page. Events carry their Dutch and English texts on
// one row, so the slug is the same in both languages.
func Event(l i18n.Lang, slug string) string { return Events(l) + "/" + url.PathEscape(slug) }

// EventCalendar is one event's iCalendar file.
func EventCalendar(l i18n.Lang, slug string) string { return Event(l, slug) + ".ics" }

// EventsArchive is the archive of past events.
func EventsArchive(l i18n.Lang) string { return pick(l, "/agenda/archief", "/en/events/archive") }

// EventRegistered is the page after a registration: check your mail.
func EventRegistered(l i18n.Lang, slug string) string {
	return Event(l, slug) + pick(l, "/aangemeld", "/registered")
}

// RegistrationConfirm is where the mailed confirmation link leads.
func RegistrationConfirm(l i18n.Lang) string {
	return pick(l, "/agenda/aanmelding/bevestigen", "/en/events/registration/confirm")
}

// RegistrationCancel is where the mailed cancellation link leads.
func RegistrationCancel(l i18n.Lang) string {
	return pick(l, "/agenda/aanmelding/afmelden", "/en/events/registration/cancel")
}

// EventsFeed is the iCalendar feed of every upcoming event.
func EventsFeed() string { return "/feeds/events.ics" }

// Partner is one partner organisation's page.
func Partner(l i18n.Lang, slug string) string { return Partners(l) + "/" + url.PathEscape(slug) }

// FocusParam is the query parameter of the partner list's focus-area filter.
func FocusParam(l i18n.Lang) string { return pick(l, "aandachtsgebied", "focus") }

// PartnersByFocus is the partner list filtered by one focus area.
func PartnersByFocus(l i18n.Lang, focus string) string {
	if focus == "" {
		return Partners(l)
	}
	return Partners(l) + "?" + FocusParam(l) + "=" + url.QueryEscape(focus)
}

// MonthParam is the agenda's query parameter that selects the month view,
// with a value such as 2026-12.
func MonthParam(l i18n.Lang) string { return pick(l, "maand", "month") }

// The back-office pages of the agenda, where mailed links lead.

// PortalProfile is the partner portal's profile form.
func PortalProfile() string { return "/partner/profile" }

// PortalEvents is the partner portal's list of the organisation's events.
func PortalEvents() string { return "/partner/events" }

// PortalEvent is one event of the organisation in the partner portal.
func PortalEvent(id int64) string { return PortalEvents() + "/" + strconv.FormatInt(id, 10) }

// Moderation is the moderation queue.
func Moderation() string { return "/admin/moderation" }

// ModerationEvent is the moderator's page of one event submission
// (a revision).
func ModerationEvent(revisionID int64) string {
	return Moderation() + "/events/" + strconv.FormatInt(revisionID, 10)
}

// ModerationProfile is the moderator's page of one profile change (a
// draft).
func ModerationProfile(draftID int64) string {
	return Moderation() + "/profiles/" + strconv.FormatInt(draftID, 10)
}

// AdminEvents is the back office's list of every event.
func AdminEvents() string { return "/admin/events" }

// AdminEvent is one event in the back office.
func AdminEvent(id int64) string { return AdminEvents() + "/" + strconv.FormatInt(id, 10) }

// AdminPartners is the back office's list of partner organisations.
func AdminPartners() string { return "/admin/partners" }

// AdminPartner is one partner organisation in the back office.
func AdminPartner(id int64) string { return AdminPartners() + "/" + strconv.FormatInt(id, 10) }
