package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// adminVacanciesPerPage is the length of a page of the editors' list.
const adminVacanciesPerPage = 25

// listAdminVacancies shows the vacancies in every status, most recently
// changed first, filtered by the query string (status, lang, q: part of
// the title or unit), one keyset page at a time (after=<cursor>), each
// with the inclusive-language score of its texts. A filter it cannot read
// is shown at its field, with status 422 and no vacancies.
func (s *Server) listAdminVacancies(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	query := r.URL.Query()
	form := views.Form{Values: map[string]string{}, Errors: map[string]string{}}
	for _, name := range []string{"q", "status", "lang"} {
		form.Values[name] = strings.TrimSpace(query.Get(name))
	}
	q := vacancies.EditorQuery{Text: form.Value("q"), Limit: adminVacanciesPerPage}
	if v := form.Value("status"); v != "" {
		if q.Status = vacancies.Status(v); !q.Status.Valid() {
			form.SetError("status", "vacancy.error.status_filter")
		}
	}
	if v := form.Value("lang"); v != "" {
		var ok bool
		if q.Lang, ok = i18n.Parse(v); !ok {
			form.SetError("lang", vacancies.ErrLang)
		}
	}
	if v := query.Get("after"); v != "" {
		c, ok := parseEditorCursor(v)
		if !ok {
			return errBadRequest
		}
		q.After = &c
	}
	view := views.AdminVacanciesView{Filter: form}
	if form.HasErrors() {
		s.render(w, r, http.StatusUnprocessableEntity, views.AdminVacanciesPage(view))
		return nil
	}
	page, err := s.vacancies.EditorList(ctx, q)
	if err != nil {
		return err
	}
	ids := make([]int64, len(page.Items))
	for i, it := range page.Items {
		ids[i] = it.ID
	}
	texts, err := s.vacancies.Texts(ctx, ids)
	if err != nil {
		return err
	}
	for _, it := range page.Items {
		t := texts[it.ID]
		rep := s.inclusive.Check(string(t.Lang), t.Title+"\n\n"+t.BodyMarkdown+"\n\n"+t.AdjustmentsNote)
		view.Items = append(view.Items, views.AdminVacancyItem{EditorItem: it, Score: rep.Score, Findings: len(rep.Findings)})
	}
	view.Pager = views.Pager{OlderKey: "vacancy.list.older"}
	params := url.Values{}
	for _, name := range []string{"q", "status", "lang"} {
		if v := form.Value(name); v != "" {
			params.Set(name, v)
		}
	}
	if q.After != nil {
		view.Pager.NewestURL = withQuery("/admin/vacancies", params)
	}
	if page.Next != nil {
		params.Set("after", formatEditorCursor(*page.Next))
		view.Pager.OlderURL = withQuery("/admin/vacancies", params)
	}
	s.render(w, r, http.StatusOK, views.AdminVacanciesPage(view))
	return nil
}

// formatEditorCursor writes a position in the editors' list as
// "<microseconds since 1970>-<id>", exact to PostgreSQL's precision.
func formatEditorCursor(c vacancies.EditorCursor) string {
	return strconv.FormatInt(c.UpdatedAt.UnixMicro(), 10) + "-" + strconv.FormatInt(c.ID, 10)
}

func parseEditorCursor(s string) (vacancies.EditorCursor, bool) {
	micros, id, ok := strings.Cut(s, "-")
	if !ok {
		return vacancies.EditorCursor{}, false
	}
	m, err1 := strconv.ParseInt(micros, 10, 64)
	n, err2 := strconv.ParseInt(id, 10, 64)
	if err1 != nil || err2 != nil || n <= 0 {
		return vacancies.EditorCursor{}, false
	}
	return vacancies.EditorCursor{UpdatedAt: time.UnixMicro(m), ID: n}, true
}
