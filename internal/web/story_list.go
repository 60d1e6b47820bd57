package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// storiesPerPage is the length of a page of the story list.
const storiesPerPage = 12

// listStories renders the story list, filtered by theme, one keyset page
// at a time (?after= or ?before= carry the cursor).
func (s *Server) listStories(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	query := r.URL.Query()
	q := stories.ListQuery{Lang: l, Theme: query.Get(paths.ThemeParam(l)), Limit: storiesPerPage}
	var err error
	if q.After, err = parseCursor(query.Get("after")); err != nil {
		return errBadRequest
	}
	if q.Before, err = parseCursor(query.Get("before")); err != nil || (q.After != nil && q.Before != nil) {
		return errBadRequest
	}
	themes, err := s.stories.ThemeCounts(ctx, l)
	if err != nil {
		return err
	}
	title := i18n.T(l, "stories.title")
	if q.Theme != "" {
		name, ok := themeName(themes, q.Theme, l)
		if !ok {
			return errNotFound
		}
		title = i18n.Tf(l, "stories.title.theme", name)
	}
	page, err := s.stories.PublishedPage(ctx, q)
	if err != nil {
		return err
	}
	if err := s.fillPortraitVariants(ctx, summaryPortraits(page.Stories)...); err != nil {
		return err
	}
	base := paths.StoriesByTheme(l, q.Theme)
	v := views.StoryListView{
		Meta: views.Meta{
			Title:       title,
			Description: i18n.T(l, "stories.description"),
			AltURL:      paths.StoriesByTheme(l.Other(), q.Theme),
			Section:     "stories",
		},
		Stories:     page.Stories,
		Themes:      themes,
		ActiveTheme: q.Theme,
	}
	if page.Prev != nil {
		v.PrevURL = withParam(base, "before", formatCursor(*page.Prev))
	}
	if page.Next != nil {
		v.NextURL = withParam(base, "after", formatCursor(*page.Next))
	}
	s.render(w, r, http.StatusOK, views.StoryListPage(v))
	return nil
}

// fillPortraitVariants loads the renditions of the given portraits (nil
// ones are skipped) with one query, so their img elements get a srcset.
// The stories store leaves them out: a page asks once for all its cards.
func (s *Server) fillPortraitVariants(ctx context.Context, portraits ...*images.Image) error {
	var ids []int64
	for _, p := range portraits {
		if p != nil {
			ids = append(ids, p.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	variants, err := s.images.VariantsByImage(ctx, ids...)
	if err != nil {
		return err
	}
	for _, p := range portraits {
		if p != nil {
			p.Variants = variants[p.ID]
		}
	}
	return nil
}

// summaryPortraits returns the portraits of list, nil for a story without
// one.
func summaryPortraits(list []stories.Summary) []*images.Image {
	out := make([]*images.Image, len(list))
	for i := range list {
		out[i] = list[i].Portrait
	}
	return out
}

func themeName(themes []stories.ThemeCount, slug string, l i18n.Lang) (string, bool) {
	for _, t := range themes {
		if t.Slug == slug {
			return t.Name(l), true
		}
	}
	return "", false
}

// formatCursor writes a cursor as "<microseconds since 1970>-<id>":
// PostgreSQL keeps microseconds, so the cursor is exact.
func formatCursor(c stories.Cursor) string {
	return strconv.FormatInt(c.PublishedAt.UnixMicro(), 10) + "-" + strconv.FormatInt(c.ID, 10)
}

// parseCursor reads what formatCursor wrote; "" is no cursor.
func parseCursor(raw string) (*stories.Cursor, error) {
	if raw == "" {
		return nil, nil
	}
	micros, id, ok := strings.Cut(raw, "-")
	if !ok {
		return nil, fmt.Errorf("cursor %q: no separator", raw)
	}
	us, err := strconv.ParseInt(micros, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("cursor %q: %w", raw, err)
	}
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return nil, fmt.Errorf("cursor %q: bad id", raw)
	}
	return &stories.Cursor{PublishedAt: time.UnixMicro(us), ID: n}, nil
}

func withParam(base, key, value string) string {
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + key + "=" + url.QueryEscape(value)
}
