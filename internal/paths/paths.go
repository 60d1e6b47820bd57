// Package paths builds the public URLs of DESIGN.md for each language, so
// that handlers, templates and tests agree on one spelling: Dutch at the
// root, English under /en.
package paths

import (
	"net/url"

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
