package web

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// The vacancy search keeps its whole state in the query string, with
// parameter names in the page's language, so a search can be shared and
// bookmarked and every link (a page, a filter removed) keeps the rest of
// it. The values are the stored codes ("utrecht", "hbo", "9-10"), the same
// in both languages, so the language switch keeps the filters that mean
// the same there.

// vacancyParams are the search's query parameters in one language.
type vacancyParams struct {
	text, province, scale, hours, education, employment, unit, label, sort, page string
}

func vacancyParamsFor(l i18n.Lang) vacancyParams {
	if l == i18n.EN {
		return vacancyParams{text: "q", province: "province", scale: "scale", hours: "hours", education: "education",
			employment: "employment", unit: "unit", label: "label", sort: "sort", page: "page"}
	}
	return vacancyParams{text: "q", province: "provincie", scale: "schaal", hours: "uren", education: "opleiding",
		employment: "dienstverband", unit: "organisatie", label: "label", sort: "sorteer", page: "pagina"}
}

// Bounds on what a search may ask, so a crafted URL costs no more than a
// real one.
const (
	maxSearchText   = 200 // characters
	maxUnitFilters  = 20
	maxUnitLength   = 200
	maxRangeFilters = 10
)

// parseVacancySearch reads a search in l from the query string. A value
// the search does not know (a province that does not exist, a scale
// outside 1–18) is errBadRequest; an unreadable or stale page cursor is
// dropped, showing the first page.
func parseVacancySearch(l i18n.Lang, q url.Values) (vacancies.Query, error) {
	p := vacancyParamsFor(l)
	// Text PostgreSQL cannot store (bytes that are not UTF-8, a NUL) would
	// fail the query; no form sends it.
	for _, values := range q {
		for _, v := range values {
			if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
				return vacancies.Query{Lang: l}, errBadRequest
			}
		}
	}
	query := vacancies.Query{Lang: l, Text: strings.TrimSpace(q.Get(p.text))}
	if utf8.RuneCountInString(query.Text) > maxSearchText {
		return query, errBadRequest
	}
	var err error
	if query.Provinces, err = knownValues(q[p.province], vacancies.Provinces()); err != nil {
		return query, err
	}
	if query.EducationLevels, err = knownValues(q[p.education], vacancies.EducationLevels()); err != nil {
		return query, err
	}
	if query.EmploymentTypes, err = knownValues(q[p.employment], vacancies.EmploymentTypes()); err != nil {
		return query, err
	}
	if query.Labels, err = knownValues(q[p.label], vacancies.Labels()); err != nil {
		return query, err
	}
	if query.Scales, err = ranges(q[p.scale], 1, 18); err != nil {
		return query, err
	}
	if query.Hours, err = ranges(q[p.hours], 1, 40); err != nil {
		return query, err
	}
	for _, u := range q[p.unit] {
		u = strings.TrimSpace(u)
		if u == "" || slices.Contains(query.OrganisationUnits, u) {
			continue
		}
		if utf8.RuneCountInString(u) > maxUnitLength || len(query.OrganisationUnits) == maxUnitFilters {
			return query, errBadRequest
		}
		query.OrganisationUnits = append(query.OrganisationUnits, u)
	}
	if v := q.Get(p.sort); v != "" {
		sort, ok := vacancies.ParseSort(v)
		if !ok {
			return query, errBadRequest
		}
		query.Sort = sort
	}
	if v := q.Get(p.page); v != "" {
		if c, err := vacancies.DecodeCursor(v); err == nil {
			query.Cursor = &c
		}
	}
	return query, nil
}

// knownValues returns values without empties and repeats, in the order of
// known; any value not in known is errBadRequest.
func knownValues(values, known []string) ([]string, error) {
	var out []string
	for _, v := range values {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if !slices.Contains(known, v) {
			return nil, errBadRequest
		}
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return slices.Index(known, a) - slices.Index(known, b) })
	return out, nil
}

// ranges reads "9-10" or "9" values within lo–hi, without repeats.
func ranges(values []string, lo, hi int) ([]vacancies.Range, error) {
	var out []vacancies.Range
	for _, v := range values {
		if strings.TrimSpace(v) == "" {
			continue
		}
		r, err := vacancies.ParseRange(v)
		if err != nil || r.Min < lo || r.Max > hi {
			return nil, errBadRequest
		}
		if !slices.Contains(out, r) {
			if len(out) == maxRangeFilters {
				return nil, errBadRequest
			}
			out = append(out, r)
		}
	}
	return out, nil
}

// searchValues writes the search q (without its page) as query parameters
// in l: what parseVacancySearch reads back as the same search.
func searchValues(l i18n.Lang, q vacancies.Query) url.Values {
	p := vacancyParamsFor(l)
	v := url.Values{}
	if q.Text != "" {
		v.Set(p.text, q.Text)
	}
	add := func(name string, values []string) {
		for _, s := range values {
			v.Add(name, s)
		}
	}
	rangeValues := func(rs []vacancies.Range) []string {
		out := make([]string, len(rs))
		for i, r := range rs {
			out[i] = r.String()
		}
		return out
	}
	add(p.province, q.Provinces)
	add(p.scale, rangeValues(q.Scales))
	add(p.hours, rangeValues(q.Hours))
	add(p.education, q.EducationLevels)
	add(p.employment, q.EmploymentTypes)
	add(p.unit, q.OrganisationUnits)
	add(p.label, q.Labels)
	if q.Sort != "" {
		v.Set(p.sort, string(q.Sort))
	}
	return v
}

// searchURL is the address of search q in l, at the page of cursor c (nil
// for the first).
func searchURL(l i18n.Lang, q vacancies.Query, c *vacancies.Cursor) string {
	v := searchValues(l, q)
	if c != nil {
		v.Set(vacancyParamsFor(l).page, c.Encode())
	}
	return withQuery(paths.Vacancies(l), v)
}

// searchVacancies is the public vacancy search: free text, filters with
// their counts, sort order and keyset pages, all in the query string.
func (s *Server) searchVacancies(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	q, err := parseVacancySearch(l, r.URL.Query())
	if err != nil {
		return err
	}
	res, err := s.vacancies.Search(ctx, q)
	if err != nil {
		return err
	}
	p := vacancyParamsFor(l)
	// The language switch keeps the filters that mean the same in the
	// other language; text and organisation units are written in one.
	other := q
	other.Lang, other.Text, other.OrganisationUnits, other.Cursor = l.Other(), "", nil, nil
	v := views.VacancySearchView{
		Meta: views.Meta{
			Title:       i18n.T(l, "vacancy.search.title"),
			Description: i18n.T(l, "vacancy.search.description"),
			AltURL:      searchURL(l.Other(), other, nil),
			Section:     "vacancies",
		},
		Action:    paths.Vacancies(l),
		TextParam: p.text,
		SortParam: p.sort,
		Text:      q.Text,
		Sort:      string(res.Sort),
		Result:    res,
		ClearURL:  paths.Vacancies(l),
		Groups:    facetGroups(l, res.Facets),
		Active:    activeFilters(l, q),
	}
	for _, sort := range []vacancies.Sort{vacancies.SortRelevance, vacancies.SortNewest, vacancies.SortClosing} {
		v.SortOptions = append(v.SortOptions, views.Option{Value: string(sort), Label: i18n.T(l, "vacancy.sort."+string(sort))})
	}
	page := q
	page.Cursor = nil
	if res.Prev != nil {
		v.PrevURL = searchURL(l, page, res.Prev)
	}
	if res.Next != nil {
		v.NextURL = searchURL(l, page, res.Next)
	}
	s.render(w, r, http.StatusOK, views.VacancySearchPage(v))
	return nil
}

// facetGroups turns the search's facets into the filter groups of the
// form, in the order of the issue: province, scale, hours, education,
// organisation unit, employment type, then labels.
func facetGroups(l i18n.Lang, f vacancies.Facets) []views.FacetGroup {
	p := vacancyParamsFor(l)
	group := func(param, legend string, values []vacancies.FacetValue, label func(string) string) views.FacetGroup {
		g := views.FacetGroup{Param: param, Legend: i18n.T(l, legend)}
		for _, fv := range values {
			g.Values = append(g.Values, views.FacetOption{Value: fv.Value, Label: label(fv.Value), Count: fv.Count, Selected: fv.Selected})
		}
		return g
	}
	return []views.FacetGroup{
		group(p.province, "vacancy.filter.province", f.Provinces, func(v string) string { return filterValueLabel(l, "province", v) }),
		group(p.scale, "vacancy.filter.scale", f.Scales, func(v string) string { return filterValueLabel(l, "scale", v) }),
		group(p.hours, "vacancy.filter.hours", f.Hours, func(v string) string { return filterValueLabel(l, "hours", v) }),
		group(p.education, "vacancy.filter.education", f.EducationLevels, func(v string) string { return filterValueLabel(l, "education", v) }),
		group(p.unit, "vacancy.filter.unit", f.OrganisationUnits, func(v string) string { return v }),
		group(p.employment, "vacancy.filter.employment", f.EmploymentTypes, func(v string) string { return filterValueLabel(l, "employment", v) }),
		group(p.label, "vacancy.filter.label", f.Labels, func(v string) string { return filterValueLabel(l, "label", v) }),
	}
}

// filterValueLabel names the value of a filter of kind in l.
func filterValueLabel(l i18n.Lang, kind, value string) string {
	switch kind {
	case "province":
		return i18n.T(l, "province."+value)
	case "scale", "hours":
		r, err := vacancies.ParseRange(value)
		if err != nil {
			return value
		}
		text := r.String()
		if r.Min != r.Max {
			text = strings.Replace(text, "-", "–", 1)
		}
		return i18n.Tf(l, "vacancy.filter."+kind+".value", text)
	case "education":
		return i18n.T(l, "vacancy.education."+value)
	case "employment":
		return i18n.T(l, "vacancy.employment."+value)
	case "label":
		return i18n.T(l, "vacancy.label."+value)
	}
	return value
}

// activeFilters lists every chosen value of q, and its text, each with the
// address of the search without it.
func activeFilters(l i18n.Lang, q vacancies.Query) []views.ActiveFilter {
	q.Cursor = nil
	var out []views.ActiveFilter
	add := func(name string, value string, without vacancies.Query) {
		out = append(out, views.ActiveFilter{
			Label:     i18n.T(l, "vacancy.filter."+name) + ": " + value,
			RemoveURL: searchURL(l, without, nil),
		})
	}
	if q.Text != "" {
		without := q
		without.Text = ""
		if without.Sort == vacancies.SortRelevance {
			without.Sort = ""
		}
		add("text", "“"+q.Text+"”", without)
	}
	dropString := func(list []string, i int) []string { return slices.Delete(slices.Clone(list), i, i+1) }
	dropRange := func(list []vacancies.Range, i int) []vacancies.Range {
		return slices.Delete(slices.Clone(list), i, i+1)
	}
	for i, v := range q.Provinces {
		without := q
		without.Provinces = dropString(q.Provinces, i)
		add("province", filterValueLabel(l, "province", v), without)
	}
	for i, r := range q.Scales {
		without := q
		without.Scales = dropRange(q.Scales, i)
		add("scale", filterValueLabel(l, "scale", r.String()), without)
	}
	for i, r := range q.Hours {
		without := q
		without.Hours = dropRange(q.Hours, i)
		add("hours", filterValueLabel(l, "hours", r.String()), without)
	}
	for i, v := range q.EducationLevels {
		without := q
		without.EducationLevels = dropString(q.EducationLevels, i)
		add("education", filterValueLabel(l, "education", v), without)
	}
	for i, v := range q.OrganisationUnits {
		without := q
		without.OrganisationUnits = dropString(q.OrganisationUnits, i)
		add("unit", v, without)
	}
	for i, v := range q.EmploymentTypes {
		without := q
		without.EmploymentTypes = dropString(q.EmploymentTypes, i)
		add("employment", filterValueLabel(l, "employment", v), without)
	}
	for i, v := range q.Labels {
		without := q
		without.Labels = dropString(q.Labels, i)
		add("label", filterValueLabel(l, "label", v), without)
	}
	return out
}
