package vacancies

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/i18n"
)

// Sort is the order of a search result.
type Sort string

// The sort orders. Relevance is the default when the query has text, newest
// otherwise. Relevance adds up the words of the query found in a vacancy
// (ts_rank), each weighing most in the title, then in the organisation
// unit or city, then in the text; equal ranks go to the higher id, the
// more recently created.
const (
	SortRelevance Sort = "relevance"
	SortNewest    Sort = "newest"  // latest publication first
	SortClosing   Sort = "closing" // soonest closing date first
)

// ParseSort returns the sort named s, and false for an unknown name.
func ParseSort(s string) (Sort, bool) {
	switch Sort(s) {
	case SortRelevance, SortNewest, SortClosing:
		return Sort(s), true
	}
	return "", false
}

// Page sizes of Search.
const (
	DefaultLimit = 20
	MaxLimit     = 100
)

// Query is a public vacancy search. Within one filter the values are
// alternatives (province Utrecht or Zeeland); different filters all apply
// (Utrecht or Zeeland, and hbo). Empty filters do not filter.
type Query struct {
	Lang i18n.Lang
	// Text is free text as a candidate types it: words, "quoted phrases",
	// "or" and -excluded words (websearch_to_tsquery), stemmed in the
	// language's configuration (Dutch or English) and accent-insensitive.
	// A vacancy matches when all words are in its title, organisation
	// unit, city or text. Text of stop words only ("de het") matches
	// nothing.
	Text              string
	Provinces         []string // among Provinces()
	EducationLevels   []string // among EducationLevels()
	EmploymentTypes   []string // among EmploymentTypes()
	OrganisationUnits []string
	Labels            []string // among Labels()
	// Scales and Hours match a vacancy whose range overlaps one of them;
	// a vacancy without a salary scale matches no Scales filter.
	Scales []Range
	Hours  []Range
	// Sort is the order; empty for the default (see Sort). Relevance
	// without Text is newest.
	Sort Sort
	// Cursor asks for the page after (or, with Before, before) a position
	// from an earlier Result; nil for the first page. A cursor of another
	// sort order is ignored.
	Cursor *Cursor
	// Limit is the page size: DefaultLimit when 0, at most MaxLimit.
	Limit int
}

// Result is one page of a search.
type Result struct {
	Vacancies []Summary
	// Total counts every vacancy the query matches, on all pages.
	Total int
	// Sort is the order applied, after defaults.
	Sort Sort
	// Next is the cursor of the following page, nil on the last; Prev that
	// of the preceding page, nil on the first.
	Next, Prev *Cursor
	Facets     Facets
}

// FacetValue is one value of a filter with the number of vacancies the
// search would find with it chosen.
type FacetValue struct {
	Value    string
	Count    int
	Selected bool
}

// Facets holds the result count per filter value. Each filter's counts
// apply the text and all other filters but not the filter itself, the
// usual faceted-search semantics: the count says how many vacancies there
// are for that value, whatever else of that filter is chosen. Provinces,
// education levels, employment types and labels list every known value in
// their list's order, zeros included; organisation units list those with
// vacancies, and chosen ones, by name; Scales and Hours list
// ScaleBuckets() and HoursBuckets() by Range.String(), a vacancy counting
// in every bucket its range overlaps.
type Facets struct {
	Provinces         []FacetValue
	EducationLevels   []FacetValue
	EmploymentTypes   []FacetValue
	OrganisationUnits []FacetValue
	Labels            []FacetValue
	Scales            []FacetValue
	Hours             []FacetValue
}

// The filters, as bits of the "fails" value of the facet query.
const (
	dimProvince = 1 << iota
	dimEducation
	dimEmployment
	dimUnit
	dimLabels
	dimScale
	dimHours
)

// sqlArgs collects positional query arguments.
type sqlArgs []any

func (a *sqlArgs) add(v any) string {
	*a = append(*a, v)
	return "$" + strconv.Itoa(len(*a))
}

// filter is one active filter: its bit and its SQL condition on v.
type filter struct {
	dim  int
	cond string
}

// normalize applies the defaults and drops empty and repeated values, so
// that equal searches are built alike.
func (q *Query) normalize() {
	if _, ok := i18n.Parse(string(q.Lang)); !ok {
		q.Lang = i18n.NL
	}
	q.Text = strings.Join(strings.Fields(q.Text), " ")
	for _, list := range []*[]string{&q.Provinces, &q.EducationLevels, &q.EmploymentTypes, &q.OrganisationUnits, &q.Labels} {
		clean := make([]string, 0, len(*list))
		for _, s := range *list {
			if s = strings.TrimSpace(s); s != "" && !slices.Contains(clean, s) {
				clean = append(clean, s)
			}
		}
		*list = clean
	}
	if _, ok := ParseSort(string(q.Sort)); !ok {
		q.Sort = ""
	}
	if q.Sort == "" && q.Text != "" {
		q.Sort = SortRelevance
	}
	if q.Sort == "" || (q.Sort == SortRelevance && q.Text == "") {
		q.Sort = SortNewest
	}
	if q.Cursor != nil && q.Cursor.Sort != q.Sort {
		q.Cursor = nil
	}
	if q.Limit <= 0 {
		q.Limit = DefaultLimit
	}
	q.Limit = min(q.Limit, MaxLimit)
	// Bounds against hostile query strings; no form offers more.
	if r := []rune(q.Text); len(r) > maxQueryText {
		q.Text = string(r[:maxQueryText])
	}
	q.Scales = q.Scales[:min(len(q.Scales), maxRanges)]
	q.Hours = q.Hours[:min(len(q.Hours), maxRanges)]
}

// Limits of a Query beyond which Search ignores the rest.
const (
	maxQueryText = 200 // runes of free text
	maxRanges    = 20  // scale or hours ranges
)

// The facet columns (migration 00007) pack the filterable values into
// integers: facet_kind holds the 1-based positions in Provinces(),
// EducationLevels() and EmploymentTypes() and a bit per label of Labels();
// facet_range the scale and hours ranges, 0 for a missing scale.
const (
	kindProvince   = "(v.facet_kind & 15)"
	kindEducation  = "((v.facet_kind >> 4) & 3)"
	kindEmployment = "((v.facet_kind >> 6) & 7)"
	kindLabels     = "((v.facet_kind >> 9) & 7)"
	rangeScaleMin  = "(v.facet_range & 31)"
	rangeScaleMax  = "((v.facet_range >> 5) & 31)"
	rangeHoursMin  = "((v.facet_range >> 10) & 63)"
	rangeHoursMax  = "((v.facet_range >> 16) & 63)"
)

// codes returns the 1-based positions of values in list; an unknown value
// gets -1, which matches nothing.
func codes(list, values []string) []int32 {
	out := make([]int32, len(values))
	for i, v := range values {
		out[i] = int32(slices.Index(list, v)) // -1 when unknown
		if out[i] >= 0 {
			out[i]++
		}
	}
	return out
}

// decode returns the value with 1-based code in list, "" for none.
func decode(list []string, code int) string {
	if code < 1 || code > len(list) {
		return ""
	}
	return list[code-1]
}

// filters returns the SQL conditions of q's active filters, adding their
// arguments to args.
func (q Query) filters(args *sqlArgs) []filter {
	var fs []filter
	in := func(dim int, expr string, list, values []string) {
		if len(values) > 0 {
			fs = append(fs, filter{dim, expr + " = ANY(" + args.add(codes(list, values)) + "::int[])"})
		}
	}
	in(dimProvince, kindProvince, Provinces(), q.Provinces)
	in(dimEducation, kindEducation, EducationLevels(), q.EducationLevels)
	in(dimEmployment, kindEmployment, EmploymentTypes(), q.EmploymentTypes)
	if len(q.OrganisationUnits) > 0 {
		fs = append(fs, filter{dimUnit, "v.organisation_unit = ANY(" + args.add(q.OrganisationUnits) + "::text[])"})
	}
	if len(q.Labels) > 0 {
		mask := 0
		for _, c := range codes(Labels(), q.Labels) {
			if c > 0 {
				mask |= 1 << (c - 1)
			}
		}
		fs = append(fs, filter{dimLabels, "(" + kindLabels + " & " + args.add(mask) + "::int) <> 0"})
	}
	overlaps := func(dim int, lo, hi string, ranges []Range) {
		if len(ranges) == 0 {
			return
		}
		alts := make([]string, len(ranges))
		for i, r := range ranges {
			alts[i] = fmt.Sprintf("(%s <= %s::int AND %s >= %s::int)", lo, args.add(r.Max), hi, args.add(r.Min))
		}
		fs = append(fs, filter{dim, "(" + strings.Join(alts, " OR ") + ")"})
	}
	// A missing scale is 0 in both places, so it overlaps no range of scales.
	overlaps(dimScale, rangeScaleMin, rangeScaleMax, q.Scales)
	overlaps(dimHours, rangeHoursMin, rangeHoursMax, q.Hours)
	return fs
}

// Search returns one page of the open vacancies in q.Lang that match q,
// with the total count and the facet counts. Paging is by keyset on the
// sort order (rank, publication time or closing date, then id), so a deep
// page costs about as much as the first.
func (st *Store) Search(ctx context.Context, q Query) (Result, error) {
	q.normalize()
	sq := buildSearch(q)
	res := Result{Sort: q.Sort}
	var ranks []float32
	var err error
	if sq.page != "" {
		if res.Vacancies, ranks, err = st.searchPage(ctx, sq); err != nil {
			return Result{}, fmt.Errorf("vacancies.Search: %w", err)
		}
	}
	counts, err := collectCounts(st.db.Query(ctx, sq.counts, withCustomPlan(sq.countsArgs)...))
	if err != nil {
		return Result{}, fmt.Errorf("vacancies.Search: counts: %w", err)
	}
	if sq.page == "" {
		// With text the counts statement chose the page.
		for _, c := range counts {
			if c.fails == -1 {
				if res.Vacancies, err = st.byIDs(ctx, c.ids); err != nil {
					return Result{}, fmt.Errorf("vacancies.Search: %w", err)
				}
				ranks = c.ranks
			}
		}
	}
	backwards := q.Cursor != nil && q.Cursor.Before
	more := len(res.Vacancies) > q.Limit
	if more {
		res.Vacancies, ranks = res.Vacancies[:q.Limit], ranks[:q.Limit]
	}
	if backwards {
		slices.Reverse(res.Vacancies)
		slices.Reverse(ranks)
	}
	if n := len(res.Vacancies); n > 0 {
		first := cursorAt(q.Sort, res.Vacancies[0], ranks[0])
		last := cursorAt(q.Sort, res.Vacancies[n-1], ranks[n-1])
		if (backwards && more) || (!backwards && q.Cursor != nil) {
			first.Before = true
			res.Prev = &first
		}
		if (!backwards && more) || backwards {
			res.Next = &last
		}
	}
	res.Facets, res.Total = facetsFrom(q, counts)
	return res, nil
}

// searchSQL is the statements of a search with their arguments.
type searchSQL struct {
	// page selects the page's summaries with their ranks; empty for a
	// search with text, whose counts statement selects the page.
	page     string
	pageArgs []any
	// counts returns the facet counts and, for a search with text, a last
	// row with fails -1 that holds the page's ids and ranks in order.
	counts     string
	countsArgs []any
}

// buildSearch writes the statements of the normalised query q.
//
// Without text, the page walks an index in the sort order that carries
// the filtered values, so the filters are checked on index entries alone
// and the table is read only for the page's rows; the counts are a second
// index-only scan. With text, the matches come from the full-text index
// on vacancy_search (migration 00012), the narrow copy of the published
// vacancies, and must be read from it anyway, so one statement reads them
// once, ranks them when sorting by relevance, and picks the page and the
// counts from the same materialised set.
func buildSearch(q Query) searchSQL {
	var args sqlArgs
	// The universe: open, in the language, matching the text. The text
	// query is immutable, so the planner folds it into a constant.
	universe := "v.lang = " + args.add(q.Lang)
	tsquery := ""
	if q.Text != "" {
		tsquery = "websearch_to_tsquery(vacancy_ts_config($1), podium_unaccent(" + args.add(q.Text) + "))"
		universe += " AND v.search @@ " + tsquery
	}
	filters := q.filters(&args)

	// For the counts, every vacancy of the universe carries a bit per
	// filter it fails: one that fails none counts everywhere, one that
	// fails only filter d counts only for d's values, and one that fails
	// two counts nowhere. Three grouping sets gather the values;
	// facetsFrom adds them up.
	fails := "0"
	if len(filters) > 0 {
		terms := make([]string, len(filters))
		for i, f := range filters {
			terms[i] = fmt.Sprintf("CASE WHEN %s THEN 0 ELSE %d END", f.cond, f.dim)
		}
		fails = strings.Join(terms, " + ")
	}
	const counts = `SELECT fails, GROUPING(facet_kind, organisation_unit, facet_range),
			facet_kind, organisation_unit, facet_range, count(*)`
	const grouping = `WHERE fails & (fails - 1) = 0
		GROUP BY GROUPING SETS ((fails, facet_kind), (fails, organisation_unit), (fails, facet_range))`

	// The page: the sort key, its direction, and the keyset condition of
	// the cursor, on a relation with the columns id, rank, published_at
	// and closing_date.
	pageArgs := args
	if q.Text == "" {
		pageArgs = slices.Clone(args)
	}
	backwards := q.Cursor != nil && q.Cursor.Before
	key, desc := "published_at", true
	switch q.Sort {
	case SortRelevance:
		key = "rank"
	case SortClosing:
		key, desc = "closing_date", false
	}
	if backwards {
		desc = !desc
	}
	cmp, dir := ">", "ASC"
	if desc {
		cmp, dir = "<", "DESC"
	}
	after := func(rel string) string {
		c := q.Cursor
		if c == nil {
			return ""
		}
		var at string
		switch q.Sort {
		case SortRelevance:
			at = pageArgs.add(c.Rank) + "::real"
		case SortClosing:
			at = pageArgs.add(c.ClosingDate) + "::date"
		default:
			at = pageArgs.add(c.PublishedAt) + "::timestamptz"
		}
		return fmt.Sprintf(" AND (%s.%s, %s.id) %s (%s, %s::bigint)", rel, key, rel, cmp, at, pageArgs.add(c.ID))
	}
	order := func(rel string) string {
		return rel + key + " " + dir + ", " + rel + "id " + dir
	}

	if q.Text == "" {
		where := universe
		for _, f := range filters {
			where += " AND " + f.cond
		}
		where += after("v")
		page := `SELECT ` + summaryColumns + `, 0::real
			FROM (
				SELECT v.id FROM open_vacancies v
				WHERE ` + where + `
				ORDER BY ` + order("v.") + `
				LIMIT ` + pageArgs.add(q.Limit+1) + `
			) p
			JOIN vacancies v ON v.id = p.id
			ORDER BY ` + order("v.")
		facets := counts + `, NULL::bigint[], NULL::real[]
			FROM (
				SELECT v.facet_kind, v.organisation_unit, v.facet_range, ` + fails + ` AS fails
				FROM open_vacancies v
				WHERE ` + universe + `
			) m
			` + grouping
		return searchSQL{page, pageArgs, facets, args}
	}

	var rank string
	if q.Sort == SortRelevance {
		// ts_rank of an AND query scores how close together the words
		// stand, so that two words side by side in the text would outrank
		// one in the title. Ranked as ORs (the operators are the only " & "
		// in a tsquery's text), each word found adds its weight: title
		// most, then organisation unit and city, then text.
		rank = "ts_rank(v.search, replace((" + tsquery + ")::text, ' & ', ' | ')::tsquery)"
		if len(filters) > 0 {
			// Only the matches that pass every filter can be on the page:
			// a common word with filters ranks hundreds, not thousands.
			rank = "CASE WHEN " + fails + " = 0 THEN " + rank + " ELSE 0 END"
		}
	}
	// The matches carry only the sort key besides what the counts need:
	// thousands of them are materialised and read twice.
	sortKey, pageKey := "v."+key, "m."+key+", 0::real AS rank"
	if q.Sort == SortRelevance {
		sortKey, pageKey = rank+" AS rank", "m.rank"
	}
	where := "m.fails = 0" + after("m")
	facets := `WITH m AS MATERIALIZED (
			SELECT v.id, ` + sortKey + `, v.facet_kind, v.organisation_unit, v.facet_range,
				` + fails + ` AS fails
			FROM open_vacancy_search v
			WHERE ` + universe + `
		), page AS (
			SELECT m.id, ` + pageKey + ` FROM m
			WHERE ` + where + `
			ORDER BY ` + order("m.") + `
			LIMIT ` + pageArgs.add(q.Limit+1) + `
		)
		` + counts + `, NULL::bigint[], NULL::real[]
		FROM m
		` + grouping + `
		UNION ALL
		SELECT -1, 0, NULL, NULL, NULL, 0, array_agg(id ORDER BY ` + order("") + `),
			array_agg(rank ORDER BY ` + order("") + `)
		FROM page`
	return searchSQL{"", nil, facets, pageArgs}
}

// withCustomPlan puts QueryExecModeCacheDescribe before args, so that
// PostgreSQL plans each search for its own arguments: a filter or word that
// keeps ten vacancies wants another plan than one that keeps ten thousand,
// which a cached generic plan cannot give. Planning costs well under a
// millisecond.
func withCustomPlan(args []any) []any {
	return append([]any{pgx.QueryExecModeCacheDescribe}, args...)
}

// searchPage runs the page statement of a search without text.
func (st *Store) searchPage(ctx context.Context, sq searchSQL) ([]Summary, []float32, error) {
	rows, err := st.db.Query(ctx, sq.page, withCustomPlan(sq.pageArgs)...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var list []Summary
	var ranks []float32
	for rows.Next() {
		var rank float32
		s, err := scanSummary(rows, &rank)
		if err != nil {
			return nil, nil, err
		}
		list, ranks = append(list, s), append(ranks, rank)
	}
	return list, ranks, rows.Err()
}

// collectCounts reads the rows of a counts statement.
func collectCounts(rows pgx.Rows, err error) ([]facetRow, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (facetRow, error) {
		var f facetRow
		err := r.Scan(&f.fails, &f.grouping, &f.kind, &f.unit, &f.ranges, &f.count, &f.ids, &f.ranks)
		return f, err
	})
}

// byIDs returns the summaries of the vacancies ids in that order.
func (st *Store) byIDs(ctx context.Context, ids []int64) ([]Summary, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+` FROM vacancies v WHERE v.id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	list, err := collectSummaries(rows)
	if err != nil {
		return nil, err
	}
	if len(list) != len(ids) {
		return nil, fmt.Errorf("byIDs: %d of %d vacancies", len(list), len(ids))
	}
	slices.SortFunc(list, func(a, b Summary) int { return slices.Index(ids, a.ID) - slices.Index(ids, b.ID) })
	return list, nil
}

func cursorAt(s Sort, v Summary, rank float32) Cursor {
	c := Cursor{Sort: s, ID: v.ID, Rank: rank, ClosingDate: v.ClosingDate}
	if v.PublishedAt != nil {
		c.PublishedAt = *v.PublishedAt
	}
	return c
}

// facetRow is one row of the facet query; the columns outside its
// grouping set are NULL.
type facetRow struct {
	fails, grouping int
	kind, ranges    *int
	unit            *string
	count           int
	// ids and ranks are the page of a search with text, on the row with
	// fails -1.
	ids   []int64
	ranks []float32
}

// facetsFrom adds up the facet query's rows into the facets of q and the
// total.
func facetsFrom(q Query, rows []facetRow) (Facets, int) {
	counts := map[int]map[string]int{}
	for _, d := range []int{dimProvince, dimEducation, dimEmployment, dimUnit, dimLabels, dimScale, dimHours} {
		counts[d] = map[string]int{}
	}
	// countsFor returns filter d's counts when the row fails no other filter.
	countsFor := func(r facetRow, d int) map[string]int {
		if r.fails == 0 || r.fails == d {
			return counts[d]
		}
		return nil
	}
	total := 0
	for _, r := range rows {
		// GROUPING(facet_kind, organisation_unit, facet_range) has a bit set
		// for each of those columns left out of the row's grouping set.
		switch {
		case r.grouping == 0b011 && r.kind != nil:
			k := *r.kind
			if r.fails == 0 {
				total += r.count
			}
			if m := countsFor(r, dimProvince); m != nil {
				m[decode(Provinces(), k&15)] += r.count
			}
			if m := countsFor(r, dimEducation); m != nil {
				m[decode(EducationLevels(), k>>4&3)] += r.count
			}
			if m := countsFor(r, dimEmployment); m != nil {
				m[decode(EmploymentTypes(), k>>6&7)] += r.count
			}
			if m := countsFor(r, dimLabels); m != nil {
				for i, l := range Labels() {
					if k>>9&(1<<i) != 0 {
						m[l] += r.count
					}
				}
			}
		case r.grouping == 0b101 && r.unit != nil:
			if m := countsFor(r, dimUnit); m != nil {
				m[*r.unit] += r.count
			}
		case r.grouping == 0b110 && r.ranges != nil:
			rg := *r.ranges
			scale := Range{rg & 31, rg >> 5 & 31}
			hours := Range{rg >> 10 & 63, rg >> 16 & 63}
			if m := countsFor(r, dimScale); m != nil && !scale.IsZero() {
				for _, b := range ScaleBuckets() {
					if b.Overlaps(scale) {
						m[b.String()] += r.count
					}
				}
			}
			if m := countsFor(r, dimHours); m != nil {
				for _, b := range HoursBuckets() {
					if b.Overlaps(hours) {
						m[b.String()] += r.count
					}
				}
			}
		}
	}
	list := func(values []string, m map[string]int, selected []string) []FacetValue {
		out := make([]FacetValue, len(values))
		for i, v := range values {
			out[i] = FacetValue{Value: v, Count: m[v], Selected: slices.Contains(selected, v)}
		}
		return out
	}
	units := make([]string, 0, len(counts[dimUnit])+len(q.OrganisationUnits))
	for u := range counts[dimUnit] {
		units = append(units, u)
	}
	for _, u := range q.OrganisationUnits {
		if _, ok := counts[dimUnit][u]; !ok {
			units = append(units, u)
		}
	}
	slices.SortFunc(units, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return Facets{
		Provinces:         list(Provinces(), counts[dimProvince], q.Provinces),
		EducationLevels:   list(EducationLevels(), counts[dimEducation], q.EducationLevels),
		EmploymentTypes:   list(EmploymentTypes(), counts[dimEmployment], q.EmploymentTypes),
		OrganisationUnits: list(units, counts[dimUnit], q.OrganisationUnits),
		Labels:            list(Labels(), counts[dimLabels], q.Labels),
		Scales:            list(rangeStrings(ScaleBuckets()), counts[dimScale], rangeStrings(q.Scales)),
		Hours:             list(rangeStrings(HoursBuckets()), counts[dimHours], rangeStrings(q.Hours)),
	}, total
}

func rangeStrings(rs []Range) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.String()
	}
	return out
}

// SimilarOpen returns up to limit open vacancies in v's language other
// than v, for the page of a closed vacancy: those in the same organisation
// unit first, then at the same education level, then in the same province,
// the newest first among equals. Vacancies sharing none of the three are
// not returned.
func (st *Store) SimilarOpen(ctx context.Context, v Vacancy, limit int) ([]Summary, error) {
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+`
		FROM open_vacancies v
		WHERE v.lang = $1 AND v.id <> $2
		  AND (v.organisation_unit = $3 OR v.education_level = $4 OR v.province = $5)
		ORDER BY (v.organisation_unit = $3)::int * 4 + (v.education_level = $4)::int * 2
			+ (v.province = $5)::int DESC, v.published_at DESC, v.id DESC
		LIMIT $6`, v.Lang, v.ID, v.OrganisationUnit, v.EducationLevel, v.Province, limit)
	if err != nil {
		return nil, fmt.Errorf("vacancies.SimilarOpen: %w", err)
	}
	list, err := collectSummaries(rows)
	if err != nil {
		return nil, fmt.Errorf("vacancies.SimilarOpen: %w", err)
	}
	return list, nil
}

// EditorQuery selects a page of the back office's vacancy list.
type EditorQuery struct {
	Status Status    // empty for every status
	Lang   i18n.Lang // empty for both languages
	// Text matches part of the title or organisation unit, ignoring case.
	Text string
	// After asks for the page following this cursor; nil for the first.
	After *EditorCursor
	Limit int // 25 when 0
}

// EditorCursor marks a position in the back office's list, which is
// ordered by last change, newest first.
type EditorCursor struct {
	UpdatedAt time.Time
	ID        int64
}

// EditorItem is one row of the back office's list.
type EditorItem struct {
	Summary
	UpdatedAt time.Time
	// Closed is true when the vacancy is not open (see Vacancy.Closed);
	// for a draft it says nothing.
	Closed bool
}

// EditorPage is one page of the back office's list.
type EditorPage struct {
	Items []EditorItem
	Next  *EditorCursor // nil on the last page
}

// EditorList returns one page of vacancies in any status for the back
// office, most recently changed first.
func (st *Store) EditorList(ctx context.Context, q EditorQuery) (EditorPage, error) {
	if q.Limit <= 0 {
		q.Limit = 25
	}
	var args sqlArgs
	where := []string{"true"}
	if q.Status != "" {
		where = append(where, "v.status = "+args.add(q.Status))
	}
	if q.Lang != "" {
		where = append(where, "v.lang = "+args.add(q.Lang))
	}
	if t := strings.TrimSpace(q.Text); t != "" {
		p := args.add("%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(t) + "%")
		where = append(where, "(v.title ILIKE "+p+" OR v.organisation_unit ILIKE "+p+")")
	}
	if q.After != nil {
		where = append(where, fmt.Sprintf("(v.updated_at, v.id) < (%s, %s)", args.add(q.After.UpdatedAt), args.add(q.After.ID)))
	}
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+`, v.updated_at,
			NOT (v.status = 'published' AND v.published_at <= now()
				AND v.closing_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)
		FROM vacancies v
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY v.updated_at DESC, v.id DESC
		LIMIT `+args.add(q.Limit+1), args...)
	if err != nil {
		return EditorPage{}, fmt.Errorf("vacancies.EditorList: %w", err)
	}
	items, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (EditorItem, error) {
		var it EditorItem
		s, err := scanSummary(r, &it.UpdatedAt, &it.Closed)
		it.Summary = s
		return it, err
	})
	if err != nil {
		return EditorPage{}, fmt.Errorf("vacancies.EditorList: %w", err)
	}
	var p EditorPage
	if len(items) > q.Limit {
		items = items[:q.Limit]
		last := items[len(items)-1]
		p.Next = &EditorCursor{last.UpdatedAt, last.ID}
	}
	p.Items = items
	return p, nil
}
