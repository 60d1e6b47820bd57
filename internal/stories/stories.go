// Package stories holds the role-model stories: their domain types and the
// repository that reads and writes them. Only stories in the public_stories
// view (published, publication time reached, valid consent) are ever
// returned by the Published… methods.
package stories

import (
	"time"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
)

// Theme is a subject a story speaks to, such as disability or LGBTI+.
type Theme struct {
	ID     int64
	Slug   string
	NameNL string
	NameEN string
}

// Name returns the theme's name in l.
func (t Theme) Name(l i18n.Lang) string {
	if l == i18n.EN {
		return t.NameEN
	}
	return t.NameNL
}

// ThemeCount is a theme with the number of public stories that carry it in
// one language.
type ThemeCount struct {
	Theme
	Stories int
}

// Summary is what a story card in a list shows.
type Summary struct {
	ID          int64
	Lang        i18n.Lang
	Slug        string
	PersonName  string
	Role        string
	Department  string
	Quote       string
	Portrait    *images.Image
	PortraitAlt string
	PublishedAt time.Time
	Themes      []Theme
}

// Story is a whole role-model story as its page shows it.
type Story struct {
	Summary
	TranslationKey string
	Intro          string
	BodyMarkdown   string
	Featured       bool
}

// Cursor marks a position in the list ordered newest first, for keyset
// paging: the page after a cursor starts with the next older story.
type Cursor struct {
	PublishedAt time.Time
	ID          int64
}

// Page is one page of a story list.
type Page struct {
	Stories []Summary
	// Next is the cursor of the following (older) page; nil on the last page.
	Next *Cursor
	// Prev is the cursor of the preceding (newer) page; nil on the first page.
	Prev *Cursor
}

// ListQuery selects a page of public stories.
type ListQuery struct {
	Lang  i18n.Lang
	Theme string // theme slug; empty for all themes
	// After asks for the stories older than this cursor; Before for those
	// newer than it. At most one is set; neither means the first page.
	After  *Cursor
	Before *Cursor
	Limit  int
}

// NewStory is what creating a story needs.
type NewStory struct {
	TranslationKey string // empty for a new translation group
	Lang           i18n.Lang
	Slug           string
	PersonName     string
	Role           string
	Department     string
	PortraitID     *int64
	PortraitAlt    string
	Quote          string
	Intro          string
	BodyMarkdown   string
	Featured       bool
	Status         string
	PublishedAt    *time.Time
	ConsentGivenOn *time.Time
	ConsentExpires *time.Time
	ThemeSlugs     []string
}
