package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// adminStoriesPerPage is the length of a page of the editor's story list.
const adminStoriesPerPage = 25

// listAdminStories shows the stories in every status, most recently
// changed first, filtered by the query string: status, lang, theme, q
// (part of the name), scheduled, expiring (consent within
// editorial.WarnDays days), trash, and page. A filter it cannot read is
// shown at its field, with status 422 and no stories.
func (s *Server) listAdminStories(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	query := r.URL.Query()
	form := views.Form{Values: map[string]string{}, Errors: map[string]string{}}
	for _, name := range []string{"q", "status", "lang", "theme", "scheduled", "expiring", "trash"} {
		form.Values[name] = strings.TrimSpace(query.Get(name))
	}
	q := stories.EditorQuery{
		Search:    form.Value("q"),
		Theme:     form.Value("theme"),
		Scheduled: form.Value("scheduled") == "on",
		Trashed:   form.Value("trash") == "on",
		PerPage:   adminStoriesPerPage,
	}
	if v := form.Value("status"); v != "" {
		if q.Status = stories.Status(v); !q.Status.Valid() {
			form.SetError("status", "story.error.status_filter")
		}
	}
	if v := form.Value("lang"); v != "" {
		var ok bool
		if q.Lang, ok = i18n.Parse(v); !ok {
			form.SetError("lang", "story.error.lang")
		}
	}
	if form.Value("expiring") == "on" {
		q.ConsentExpiresWithin = editorial.WarnDays
	}
	if v := query.Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return errBadRequest
		}
		q.Page = n
	}
	themes, err := s.stories.Themes(ctx)
	if err != nil {
		return err
	}
	v := views.AdminStoriesView{Filter: form}
	for _, t := range themes {
		v.Themes = append(v.Themes, views.Option{Value: t.Slug, Label: t.Name(i18n.LangFrom(ctx))})
	}
	if form.HasErrors() {
		s.render(w, r, http.StatusUnprocessableEntity, views.AdminStoriesPage(v))
		return nil
	}
	if v.Page, err = s.stories.EditorList(ctx, q); err != nil {
		return err
	}
	pageURL := func(n int) string {
		p := r.URL.Query()
		p.Set("page", strconv.Itoa(n))
		return withQuery("/admin/stories", p)
	}
	if v.Page.Page > 1 {
		v.PrevURL = pageURL(v.Page.Page - 1)
	}
	if v.Page.Page < v.Page.Pages() {
		v.NextURL = pageURL(v.Page.Page + 1)
	}
	s.render(w, r, http.StatusOK, views.AdminStoriesPage(v))
	return nil
}
