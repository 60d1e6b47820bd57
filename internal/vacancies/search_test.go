package vacancies

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

// search runs q and returns the ids found, in order.
func search(t *testing.T, st *Store, q Query) ([]int64, Result) {
	t.Helper()
	res, err := st.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(res.Vacancies))
	for i, v := range res.Vacancies {
		ids[i] = v.ID
	}
	return ids, res
}

func sameSet(a, b []int64) bool {
	return slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b)))
}

func TestSearchDutchStemmingAndAccents(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	adviser := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Beleidsadviseur arbeidsmarkt", "Je schrijft adviezen over werk en inkomen."
	})
	accented := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Controller", "Je bewaakt het financiëel beheer van de directie."
	})
	plain := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Financieel adviseur", "Je adviseert over begrotingen."
	})
	cafe := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Toezichthouder horeca", "Je bezoekt elk café in de binnenstad."
	})
	cases := []struct {
		text string
		want []int64
	}{
		{"beleidsadviseurs", []int64{adviser}},
		{"Beleidsadviseur", []int64{adviser}},
		{"financieel", []int64{accented, plain}},
		{"financiëel", []int64{accented, plain}},
		{"cafe", []int64{cafe}},
		{"café", []int64{cafe}},
		{`"financieel adviseur"`, []int64{plain}},
		{"financieel -controller", []int64{plain}},
		{"begroting", []int64{plain}},
		{"arbeidsmarkt or horeca", []int64{adviser, cafe}},
		{"de het een", nil}, // stop words only
		{"zeppelin", nil},
	}
	for _, c := range cases {
		got, res := search(t, st, Query{Lang: i18n.NL, Text: c.text})
		if !sameSet(got, c.want) || res.Total != len(c.want) {
			t.Errorf("%q: got %v (total %d), want %v", c.text, got, res.Total, c.want)
		}
		if res.Sort != SortRelevance {
			t.Errorf("%q: sort %q, want relevance", c.text, res.Sort)
		}
	}
}

func TestSearchEnglishUsesEnglishStemming(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	en := mustPublish(t, st, func(in *VacancyInput) {
		in.Lang, in.Title, in.BodyMarkdown = i18n.EN, "Project lead", "You will be managing projects on social housing."
	})
	nl := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Projectleider", "You will be managing projects on social housing."
	})
	if got, _ := search(t, st, Query{Lang: i18n.EN, Text: "management houses"}); !slices.Equal(got, []int64{en}) {
		t.Errorf("English stems: got %v, want %v", got, []int64{en})
	}
	// The same text in a Dutch vacancy is stemmed as Dutch, where
	// "management" and "managing" differ.
	if got, _ := search(t, st, Query{Lang: i18n.NL, Text: "management houses"}); len(got) != 0 {
		t.Errorf("Dutch config matched English stems: %v", got)
	}
	if got, _ := search(t, st, Query{Lang: i18n.NL, Text: "managing"}); !slices.Equal(got, []int64{nl}) {
		t.Errorf("each language searches its own vacancies: got %v, want %v", got, []int64{nl})
	}
}

// facetSet is the data the filter and facet tests search.
type facetSet struct {
	ids map[string]int64
}

// publishFacetSet publishes six vacancies whose filter values are known:
//
//	name  province      level type        unit         scale  hours  labels
//	a     utrecht       hbo   permanent   Kadaster     9-10   32-36  banenafspraak
//	b     utrecht       wo    temporary   Kadaster     11-12  36     -
//	c     zeeland       hbo   permanent   Rijkswaterstaat 7-8 24-32  starter
//	d     zeeland       mbo   internship  Rijkswaterstaat -    16-24  banenafspraak, starter
//	e     zuid-holland  wo    permanent   UWV          13-15  36-40  -
//	f     utrecht       hbo   traineeship UWV          8-9    36     zij-instroom
func publishFacetSet(t *testing.T, st *Store) facetSet {
	t.Helper()
	rows := []struct {
		name, province, level, kind, unit, scaleMin, scaleMax, hoursMin, hoursMax string
		labels                                                                    []string
	}{
		{"a", "utrecht", "hbo", "permanent", "Kadaster", "9", "10", "32", "36", []string{"banenafspraak"}},
		{"b", "utrecht", "wo", "temporary", "Kadaster", "11", "12", "36", "36", nil},
		{"c", "zeeland", "hbo", "permanent", "Rijkswaterstaat", "7", "8", "24", "32", []string{"starter"}},
		{"d", "zeeland", "mbo", "internship", "Rijkswaterstaat", "", "", "16", "24", []string{"banenafspraak", "starter"}},
		{"e", "zuid-holland", "wo", "permanent", "UWV", "13", "15", "36", "40", nil},
		{"f", "utrecht", "hbo", "traineeship", "UWV", "8", "9", "36", "36", []string{"zij-instroom"}},
	}
	fs := facetSet{ids: map[string]int64{}}
	for _, r := range rows {
		fs.ids[r.name] = mustPublish(t, st, func(in *VacancyInput) {
			in.Slug = "vacature-" + r.name
			in.Province, in.EducationLevel, in.EmploymentType, in.OrganisationUnit = r.province, r.level, r.kind, r.unit
			in.ScaleMin, in.ScaleMax, in.HoursMin, in.HoursMax, in.Labels = r.scaleMin, r.scaleMax, r.hoursMin, r.hoursMax, r.labels
			if r.scaleMin == "" {
				in.SalaryMin, in.SalaryMax = "", ""
			}
		})
	}
	return fs
}

func (fs facetSet) pick(names ...string) []int64 {
	out := make([]int64, len(names))
	for i, n := range names {
		out[i] = fs.ids[n]
	}
	return out
}

func TestSearchFilters(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	fs := publishFacetSet(t, st)
	cases := []struct {
		name string
		q    Query
		want []string
	}{
		{"none", Query{}, []string{"a", "b", "c", "d", "e", "f"}},
		{"province", Query{Provinces: []string{"zeeland"}}, []string{"c", "d"}},
		{"two provinces", Query{Provinces: []string{"zeeland", "zuid-holland"}}, []string{"c", "d", "e"}},
		{"unknown province", Query{Provinces: []string{"atlantis"}}, nil},
		{"education", Query{EducationLevels: []string{"wo"}}, []string{"b", "e"}},
		{"employment", Query{EmploymentTypes: []string{"internship", "traineeship"}}, []string{"d", "f"}},
		{"unit", Query{OrganisationUnits: []string{"UWV"}}, []string{"e", "f"}},
		{"label", Query{Labels: []string{"banenafspraak"}}, []string{"a", "d"}},
		{"labels", Query{Labels: []string{"starter", "zij-instroom"}}, []string{"c", "d", "f"}},
		{"scale overlap", Query{Scales: []Range{{9, 10}}}, []string{"a", "f"}},
		{"scales", Query{Scales: []Range{{1, 8}, {15, 18}}}, []string{"c", "e", "f"}},
		{"hours", Query{Hours: []Range{{1, 24}}}, []string{"c", "d"}},
		{"hours full time", Query{Hours: []Range{{37, 40}}}, []string{"e"}},
		{"combined", Query{Provinces: []string{"utrecht"}, EducationLevels: []string{"hbo"}}, []string{"a", "f"}},
		{"combined with scale", Query{Provinces: []string{"utrecht"}, EducationLevels: []string{"hbo"}, Scales: []Range{{6, 8}}}, []string{"f"}},
	}
	for _, c := range cases {
		c.q.Lang = i18n.NL
		got, res := search(t, st, c.q)
		if !sameSet(got, fs.pick(c.want...)) || res.Total != len(c.want) {
			t.Errorf("%s: got %v (total %d), want %v", c.name, got, res.Total, fs.pick(c.want...))
		}
		// The same filters with text go through the other statement.
		c.q.Text = "klimaatbeleid"
		got, res = search(t, st, c.q)
		if !sameSet(got, fs.pick(c.want...)) || res.Total != len(c.want) {
			t.Errorf("%s with text: got %v (total %d), want %v", c.name, got, res.Total, fs.pick(c.want...))
		}
	}
}

// facetCounts turns a facet's values into a map of the non-zero counts.
func facetCounts(values []FacetValue) map[string]int {
	m := map[string]int{}
	for _, v := range values {
		if v.Count > 0 {
			m[v.Value] = v.Count
		}
	}
	return m
}

func TestSearchFacetCounts(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	publishFacetSet(t, st)
	for _, text := range []string{"", "klimaatbeleid"} {
		// Without filters every facet counts every vacancy.
		_, res := search(t, st, Query{Lang: i18n.NL, Text: text})
		f := res.Facets
		checks := []struct {
			name string
			got  []FacetValue
			want map[string]int
		}{
			{"provinces", f.Provinces, map[string]int{"utrecht": 3, "zeeland": 2, "zuid-holland": 1}},
			{"levels", f.EducationLevels, map[string]int{"mbo": 1, "hbo": 3, "wo": 2}},
			{"types", f.EmploymentTypes, map[string]int{"permanent": 3, "temporary": 1, "internship": 1, "traineeship": 1}},
			{"units", f.OrganisationUnits, map[string]int{"Kadaster": 2, "Rijkswaterstaat": 2, "UWV": 2}},
			{"labels", f.Labels, map[string]int{"banenafspraak": 2, "starter": 2, "zij-instroom": 1}},
			// a 9-10, b 11-12, c 7-8, e 13-15, f 8-9; d has no scale
			{"scales", f.Scales, map[string]int{"6-8": 2, "9-10": 2, "11-12": 1, "13-14": 1, "15-18": 1}},
			// a 32-36, b 36, c 24-32, d 16-24, e 36-40, f 36
			{"hours", f.Hours, map[string]int{"1-24": 2, "25-32": 2, "33-36": 4, "37-40": 1}},
		}
		for _, c := range checks {
			if got := facetCounts(c.got); fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("text %q, no filters, %s: got %v, want %v", text, c.name, got, c.want)
			}
		}
		if len(f.Provinces) != 12 || len(f.EducationLevels) != 3 || len(f.EmploymentTypes) != 6 ||
			len(f.Scales) != len(ScaleBuckets()) || len(f.Hours) != len(HoursBuckets()) {
			t.Errorf("fixed facets must list every value: %+v", f)
		}

		// With province utrecht and level hbo chosen, the province counts
		// apply only the level, the level counts only the province, and
		// every other facet both.
		_, res = search(t, st, Query{Lang: i18n.NL, Text: text, Provinces: []string{"utrecht"},
			EducationLevels: []string{"hbo"}, OrganisationUnits: []string{"Logius"}})
		if res.Total != 0 {
			t.Errorf("text %q: no vacancy is at Logius, total %d", text, res.Total)
		}
		_, res = search(t, st, Query{Lang: i18n.NL, Text: text, Provinces: []string{"utrecht"}, EducationLevels: []string{"hbo"}})
		f = res.Facets
		if res.Total != 2 {
			t.Errorf("text %q: total %d, want 2", text, res.Total)
		}
		checks = []struct {
			name string
			got  []FacetValue
			want map[string]int
		}{
			{"provinces", f.Provinces, map[string]int{"utrecht": 2, "zeeland": 1}},
			{"levels", f.EducationLevels, map[string]int{"hbo": 2, "wo": 1}},
			{"types", f.EmploymentTypes, map[string]int{"permanent": 1, "traineeship": 1}},
			{"units", f.OrganisationUnits, map[string]int{"Kadaster": 1, "UWV": 1}},
			{"labels", f.Labels, map[string]int{"banenafspraak": 1, "zij-instroom": 1}},
			{"scales", f.Scales, map[string]int{"6-8": 1, "9-10": 2}},
			{"hours", f.Hours, map[string]int{"33-36": 2, "25-32": 1}},
		}
		for _, c := range checks {
			if got := facetCounts(c.got); fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("text %q, utrecht+hbo, %s: got %v, want %v", text, c.name, got, c.want)
			}
		}
		for _, v := range f.Provinces {
			if v.Selected != (v.Value == "utrecht") {
				t.Errorf("province %s selected = %v", v.Value, v.Selected)
			}
		}

		// A chosen unit without vacancies is still listed, so it can be
		// unchosen; a scale filter counts the other facets too.
		_, res = search(t, st, Query{Lang: i18n.NL, Text: text, OrganisationUnits: []string{"Logius"}, Scales: []Range{{9, 10}}})
		var logius *FacetValue
		for i, v := range res.Facets.OrganisationUnits {
			if v.Value == "Logius" {
				logius = &res.Facets.OrganisationUnits[i]
			}
		}
		if logius == nil || !logius.Selected || logius.Count != 0 {
			t.Errorf("text %q: chosen empty unit: %+v", text, res.Facets.OrganisationUnits)
		}
		if got := facetCounts(res.Facets.OrganisationUnits); fmt.Sprint(got) != fmt.Sprint(map[string]int{"Kadaster": 1, "UWV": 1}) {
			t.Errorf("text %q: units with scale 9-10: %v", text, got)
		}
		if got := facetCounts(res.Facets.Scales); fmt.Sprint(got) != "map[]" {
			t.Errorf("text %q: scales at Logius: %v", text, got)
		}
	}
}

// setTimes gives the vacancies in ids publication times one hour apart,
// the first the newest, and closing dates one day apart, the first the
// soonest.
func setTimes(t *testing.T, pool *pgxpool.Pool, ids []int64) {
	t.Helper()
	for i, id := range ids {
		exec(t, pool, `UPDATE vacancies SET published_at = now() - $2 * interval '1 hour',
			closing_date = current_date + 1 + $2::int WHERE id = $1`, id, i)
	}
}

func TestSearchSorts(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	bodyOnly := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Controller", "Je werkt nauw samen met de jurist van de directie."
	})
	inTitle := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Jurist omgevingsrecht", "Je adviseert over vergunningen."
	})
	both := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Jurist", "Als jurist adviseer je andere juristen."
	})
	other := mustPublish(t, st, func(in *VacancyInput) { in.Title = "Archivaris" })
	setTimes(t, pool, []int64{other, bodyOnly, inTitle, both})

	if got, _ := search(t, st, Query{Lang: i18n.NL}); !slices.Equal(got, []int64{other, bodyOnly, inTitle, both}) {
		t.Errorf("newest: %v", got)
	}
	if got, res := search(t, st, Query{Lang: i18n.NL, Sort: SortRelevance}); !slices.Equal(got, []int64{other, bodyOnly, inTitle, both}) || res.Sort != SortNewest {
		t.Errorf("relevance without text is newest: %v, %s", got, res.Sort)
	}
	if got, _ := search(t, st, Query{Lang: i18n.NL, Sort: SortClosing}); !slices.Equal(got, []int64{other, bodyOnly, inTitle, both}) {
		t.Errorf("closing: %v", got)
	}
	// Relevance: more matches and matches in the title rank higher.
	if got, _ := search(t, st, Query{Lang: i18n.NL, Text: "jurist"}); !slices.Equal(got, []int64{both, inTitle, bodyOnly}) {
		t.Errorf("relevance: %v, want %v", got, []int64{both, inTitle, bodyOnly})
	}
}

func TestSearchRelevanceWeighsTitleThenPlace(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	// Created best match first, so that ranking by id alone would give the
	// opposite order.
	titleBoth := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.City, in.BodyMarkdown = "Jurist omgevingsrecht", "Den Haag", "Je adviseert."
	})
	titleAndCity := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.City, in.BodyMarkdown = "Jurist", "Utrecht", "Je werkt aan omgevingsrecht."
	})
	titleOne := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.City, in.BodyMarkdown = "Jurist", "Den Haag", "Je werkt aan omgevingsrecht in Utrecht."
	})
	bodyOnly := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.City, in.BodyMarkdown = "Adviseur", "Den Haag", "Samen met de jurist werk je aan omgevingsrecht."
	})
	// Both words in the title, then one there and one in the text (a tie,
	// so the higher id first), then both in the text, however close.
	want := []int64{titleBoth, titleOne, titleAndCity, bodyOnly}
	if got, _ := search(t, st, Query{Lang: i18n.NL, Text: "jurist omgevingsrecht"}); !slices.Equal(got, want) {
		t.Errorf("two words: %v, want %v", got, want)
	}
	if got, _ := search(t, st, Query{Lang: i18n.NL, Text: "jurist utrecht"}); !slices.Equal(got, []int64{titleAndCity, titleOne}) {
		t.Errorf("title and city: %v, want %v", got, []int64{titleAndCity, titleOne})
	}
	// With filters only the matches that pass them are ranked; the order
	// among those stays the same.
	withFilter := Query{Lang: i18n.NL, Text: "jurist omgevingsrecht", Provinces: []string{"zuid-holland"}, EducationLevels: []string{"wo"}}
	if got, _ := search(t, st, withFilter); !slices.Equal(got, want) {
		t.Errorf("two words with filters: %v, want %v", got, want)
	}
	exec(t, pool, `UPDATE vacancies SET education_level = 'hbo' WHERE id = $1`, titleOne)
	if got, _ := search(t, st, withFilter); !slices.Equal(got, []int64{titleBoth, titleAndCity, bodyOnly}) {
		t.Errorf("two words with filters, one left out: %v", got)
	}
}

func TestSearchSortsWithText(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	bodyOnly := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Controller", "Je werkt nauw samen met de jurist van de directie."
	})
	inTitle := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Jurist omgevingsrecht", "Je adviseert over vergunningen."
	})
	both := mustPublish(t, st, func(in *VacancyInput) {
		in.Title, in.BodyMarkdown = "Jurist", "Als jurist adviseer je andere juristen."
	})
	other := mustPublish(t, st, func(in *VacancyInput) { in.Title = "Archivaris" })
	setTimes(t, pool, []int64{other, bodyOnly, inTitle, both})
	if got, _ := search(t, st, Query{Lang: i18n.NL, Text: "jurist", Sort: SortNewest}); !slices.Equal(got, []int64{bodyOnly, inTitle, both}) {
		t.Errorf("text sorted newest: %v", got)
	}
	if got, _ := search(t, st, Query{Lang: i18n.NL, Text: "jurist", Sort: SortClosing}); !slices.Equal(got, []int64{bodyOnly, inTitle, both}) {
		t.Errorf("text sorted by closing date: %v", got)
	}
}

func TestSearchPagingWalksEverythingOnce(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	const n = 33
	var ids []int64
	for i := range n {
		ids = append(ids, mustPublish(t, st, func(in *VacancyInput) {
			in.Slug = fmt.Sprintf("adviseur-%d", i)
			in.Title = "Adviseur"
			// Ranks tie in groups of three; publication times and closing
			// dates tie in pairs, so the id must break ties everywhere.
			for range i % 3 {
				in.BodyMarkdown += " Een adviseur adviseert."
			}
			in.Province = Provinces()[i%2]
		}))
	}
	for i, id := range ids {
		exec(t, pool, `UPDATE vacancies SET published_at = date_trunc('hour', now()) - $2 * interval '1 hour',
			closing_date = current_date + 1 + $2::int WHERE id = $1`, id, i/2)
	}
	for _, q := range []Query{
		{Sort: SortNewest}, {Sort: SortClosing}, {Text: "adviseur"}, {Text: "adviseur", Sort: SortNewest},
		{Sort: SortClosing, Provinces: []string{Provinces()[1]}},
	} {
		q.Lang, q.Limit = i18n.NL, 5
		name := fmt.Sprintf("sort %s text %q provinces %v", q.Sort, q.Text, q.Provinces)
		want := n
		if len(q.Provinces) > 0 {
			want = n / 2
		}
		// Forwards, following Next.
		var forward []int64
		var pages []Result
		for {
			ids, res := search(t, st, q)
			if res.Total != want {
				t.Fatalf("%s: total %d, want %d", name, res.Total, want)
			}
			if (q.Cursor == nil) != (res.Prev == nil) {
				t.Fatalf("%s: page %d has Prev %v", name, len(pages), res.Prev)
			}
			forward = append(forward, ids...)
			pages = append(pages, res)
			if res.Next == nil {
				break
			}
			// The cursor travels as a string.
			next, err := DecodeCursor(res.Next.Encode())
			if err != nil {
				t.Fatal(err)
			}
			q.Cursor = &next
			if len(pages) > n {
				t.Fatalf("%s: paging does not end", name)
			}
		}
		if len(forward) != want || len(slices.Compact(slices.Sorted(slices.Values(forward)))) != want {
			t.Fatalf("%s: walked %d results, %d distinct, want %d", name, len(forward), len(slices.Compact(slices.Sorted(slices.Values(forward)))), want)
		}
		// Backwards from the last page, following Prev, gives the same
		// pages.
		var backward []int64
		res := pages[len(pages)-1]
		for i := len(pages) - 2; i >= 0; i-- {
			if res.Prev == nil {
				t.Fatalf("%s: page %d has no Prev", name, i+1)
			}
			q.Cursor = res.Prev
			var ids []int64
			ids, res = search(t, st, q)
			if !slices.Equal(ids, idsOf(pages[i])) {
				t.Fatalf("%s: page %d backwards is %v, forwards %v", name, i, ids, idsOf(pages[i]))
			}
			backward = append(ids, backward...)
		}
		if res.Prev != nil {
			t.Errorf("%s: the first page reached backwards has a Prev", name)
		}
		if !slices.Equal(append(backward, idsOf(pages[len(pages)-1])...), forward) {
			t.Errorf("%s: backwards walk differs", name)
		}
	}
}

func idsOf(res Result) []int64 {
	ids := make([]int64, len(res.Vacancies))
	for i, v := range res.Vacancies {
		ids[i] = v.ID
	}
	return ids
}

func TestSearchLeavesOutWhatIsNotOpen(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	ctx := context.Background()
	open := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "open" })
	mustCreate(t, st, func(in *VacancyInput) { in.Slug = "draft" })
	closed := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "closed" })
	if err := st.Close(ctx, closed, 0); err != nil {
		t.Fatal(err)
	}
	expired := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "expired" })
	exec(t, pool, `UPDATE vacancies SET closing_date = current_date - 1 WHERE id = $1`, expired)
	scheduled := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "scheduled" })
	exec(t, pool, `UPDATE vacancies SET published_at = now() + interval '1 day' WHERE id = $1`, scheduled)
	archived := mustPublish(t, st, func(in *VacancyInput) { in.Slug = "archived" })
	if err := st.Archive(ctx, archived, 0); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", "klimaatbeleid"} {
		got, res := search(t, st, Query{Lang: i18n.NL, Text: text})
		if !slices.Equal(got, []int64{open}) || res.Total != 1 || facetCounts(res.Facets.Provinces)["zuid-holland"] != 1 {
			t.Errorf("text %q: got %v, total %d", text, got, res.Total)
		}
	}
	for _, slug := range []string{"closed", "expired"} {
		v, err := st.PublishedBySlug(ctx, i18n.NL, slug)
		if err != nil || !v.Closed {
			t.Errorf("%s: %+v, %v", slug, v, err)
		}
	}
	for _, slug := range []string{"draft", "scheduled", "archived"} {
		if _, err := st.PublishedBySlug(ctx, i18n.NL, slug); err == nil {
			t.Errorf("%s is public", slug)
		}
	}
}

func TestCursorEncoding(t *testing.T) {
	at := time.Date(2026, 5, 1, 9, 30, 0, 123456000, time.UTC)
	for _, c := range []Cursor{
		{Sort: SortRelevance, Rank: 0.0607927, ID: 42},
		{Sort: SortRelevance, Rank: 1e-20, ID: 1, Before: true},
		{Sort: SortNewest, PublishedAt: at, ID: 123456789},
		{Sort: SortClosing, ClosingDate: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC), ID: 7, Before: true},
	} {
		s := c.Encode()
		for _, r := range s {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
				t.Errorf("%s is not URL-safe", s)
			}
		}
		got, err := DecodeCursor(s)
		if err != nil {
			t.Fatalf("%#v: %v", c, err)
		}
		if got.Sort != c.Sort || got.Before != c.Before || got.ID != c.ID || got.Rank != c.Rank ||
			!got.PublishedAt.Equal(c.PublishedAt) || !got.ClosingDate.Equal(c.ClosingDate) {
			t.Errorf("round trip: %#v became %#v", c, got)
		}
	}
	enc := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	for _, bad := range []string{"", "abc", "!!!", Cursor{Sort: SortNewest, ID: 0}.Encode(),
		enc("2.newest.a.1.1"), enc("1.oldest.a.1.1"), enc("1.newest.x.1.1"), enc("1.closing.a.2026.1"),
		enc("1.relevance.a.zzzzzzzzz.1"), enc("1.newest.a.1")} {
		if _, err := DecodeCursor(bad); !errors.Is(err, ErrBadCursor) {
			t.Errorf("DecodeCursor(%q) = %v", bad, err)
		}
	}
}

func TestSearchIgnoresACursorOfAnotherSort(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	a := mustPublish(t, st, nil)
	b := mustPublish(t, st, nil)
	setTimes(t, pool, []int64{a, b})
	got, res := search(t, st, Query{Lang: i18n.NL, Sort: SortClosing, Cursor: &Cursor{Sort: SortNewest, ID: a, PublishedAt: time.Now()}})
	if !slices.Equal(got, []int64{a, b}) || res.Prev != nil {
		t.Errorf("got %v, prev %v", got, res.Prev)
	}
}

// TestFacetCodesMatchTheMigration checks every province, education level
// and employment type through the integer codes that the generated column
// facet_kind stores and Search decodes: each is found by its filter and
// counted under its own value.
func TestFacetCodesMatchTheMigration(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	byProvince := map[string]int64{}
	for i, p := range Provinces() {
		byProvince[p] = mustPublish(t, st, func(in *VacancyInput) {
			in.Slug = "vacature-" + p
			in.Province = p
			in.EducationLevel = EducationLevels()[i%3]
			in.EmploymentType = EmploymentTypes()[i%6]
			in.Labels = []string{Labels()[i%3]}
			in.ScaleMin, in.ScaleMax = fmt.Sprint(i+1), fmt.Sprint(i+7)
			in.HoursMin, in.HoursMax = fmt.Sprint(i+28), fmt.Sprint(40)
		})
	}
	_, res := search(t, st, Query{Lang: i18n.NL})
	for _, c := range []struct {
		name   string
		values []FacetValue
		want   int
		n      int
	}{
		{"provinces", res.Facets.Provinces, 1, 12},
		{"levels", res.Facets.EducationLevels, 4, 3},
		{"types", res.Facets.EmploymentTypes, 2, 6},
		{"labels", res.Facets.Labels, 4, 3},
	} {
		if len(c.values) != c.n {
			t.Errorf("%s: %d values", c.name, len(c.values))
		}
		for _, v := range c.values {
			if v.Count != c.want {
				t.Errorf("%s %s: count %d, want %d", c.name, v.Value, v.Count, c.want)
			}
		}
	}
	for p, id := range byProvince {
		if got, _ := search(t, st, Query{Lang: i18n.NL, Provinces: []string{p}}); !slices.Equal(got, []int64{id}) {
			t.Errorf("province %s: %v, want %d", p, got, id)
		}
	}
	for i, level := range EducationLevels() {
		if _, res := search(t, st, Query{Lang: i18n.NL, EducationLevels: []string{level}}); res.Total != 4 {
			t.Errorf("level %d %s: total %d", i, level, res.Total)
		}
	}
	for _, kind := range EmploymentTypes() {
		if _, res := search(t, st, Query{Lang: i18n.NL, EmploymentTypes: []string{kind}}); res.Total != 2 {
			t.Errorf("type %s: total %d", kind, res.Total)
		}
	}
	// Scales run from i+1 to i+7 and hours from i+28 to 40 for i = 0…11.
	if _, res := search(t, st, Query{Lang: i18n.NL, Scales: []Range{{18, 18}}}); res.Total != 1 {
		t.Errorf("scale 18: total %d", res.Total)
	}
	if _, res := search(t, st, Query{Lang: i18n.NL, Scales: []Range{{1, 1}}}); res.Total != 1 {
		t.Errorf("scale 1: total %d", res.Total)
	}
	if _, res := search(t, st, Query{Lang: i18n.NL, Hours: []Range{{1, 30}}}); res.Total != 3 {
		t.Errorf("up to 30 hours: total %d", res.Total)
	}
}
