package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/housekeeping"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/middleware"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/vacancies"
)

// cardTitles returns the titles of the vacancy cards in sel, in order.
func cardTitles(sel *goquery.Selection) []string {
	var out []string
	sel.Find(".vacancy-card__title").Each(func(_ int, s *goquery.Selection) { out = append(out, strings.TrimSpace(s.Text())) })
	return out
}

func TestVacancyPageCarriesJobPostingJSONLD(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	v := site.addVacancy(vacancySpec{
		title: "Beleidsmedewerker data & <ethiek>", unit: "Directie Informatievoorziening", city: "Utrecht",
		province: "utrecht", salary: vacancies.Range{Min: 3500, Max: 5200}, hours: vacancies.Range{Min: 36, Max: 36},
		employment: "temporary", labels: []string{"banenafspraak"}, contactEmail: "sam@example.org",
		applyURL:    "https://werken.example.org/solliciteer?id=7&bron=podium",
		adjustments: "We bieden extra tijd bij de assessment.",
		body:        "## Wat ga je doen?\n\nJe maakt data *bruikbaar*.\n\n<script>alert(1)</script>",
	})
	resp := site.get(paths.Vacancy(i18n.NL, v.Slug))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); csp != middleware.ContentSecurityPolicy || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}

	// The only script is the data block: nothing runs.
	if n := doc.Find("script").Length(); n != 1 {
		t.Fatalf("%d scripts, want only the JSON-LD", n)
	}
	block := doc.Find(`script[type="application/ld+json"]`)
	var ld struct {
		Context        string   `json:"@context"`
		Type           string   `json:"@type"`
		Title          string   `json:"title"`
		Description    string   `json:"description"`
		URL            string   `json:"url"`
		DatePosted     string   `json:"datePosted"`
		ValidThrough   string   `json:"validThrough"`
		EmploymentType []string `json:"employmentType"`
		Hiring         struct {
			Type       string `json:"@type"`
			Name       string `json:"name"`
			SameAs     string `json:"sameAs"`
			Department struct{ Name string }
		} `json:"hiringOrganization"`
		JobLocation struct {
			Type    string `json:"@type"`
			Address struct {
				Type     string `json:"@type"`
				Locality string `json:"addressLocality"`
				Region   string `json:"addressRegion"`
				Country  string `json:"addressCountry"`
			} `json:"address"`
		} `json:"jobLocation"`
		BaseSalary struct {
			Type     string `json:"@type"`
			Currency string `json:"currency"`
			Value    struct {
				MinValue, MaxValue int
				UnitText           string
			} `json:"value"`
		} `json:"baseSalary"`
	}
	if err := json.Unmarshal([]byte(block.Text()), &ld); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, block.Text())
	}
	// Google's required and recommended properties are all there, with
	// the JSON types schema.org expects (the struct above would take a
	// missing one as empty).
	var raw map[string]any
	if err := json.Unmarshal([]byte(block.Text()), &raw); err != nil {
		t.Fatal(err)
	}
	for prop, kind := range map[string]string{
		"title": "string", "description": "string", "datePosted": "string", "validThrough": "string",
		"employmentType": "array", "hiringOrganization": "object", "jobLocation": "object", "baseSalary": "object",
		"identifier": "object", "directApply": "bool",
	} {
		got := "missing"
		switch raw[prop].(type) {
		case string:
			got = "string"
		case []any:
			got = "array"
		case map[string]any:
			got = "object"
		case bool:
			got = "bool"
		case float64:
			got = "number"
		}
		if got != kind {
			t.Errorf("JSON-LD %s is %s, want %s", prop, got, kind)
		}
	}
	if value, _ := raw["baseSalary"].(map[string]any)["value"].(map[string]any); value == nil ||
		reflect.TypeOf(value["minValue"]) != reflect.TypeOf(0.0) || reflect.TypeOf(value["maxValue"]) != reflect.TypeOf(0.0) {
		t.Errorf("baseSalary.value %v: minValue and maxValue must be numbers", value)
	}
	if ld.Context != "https://schema.org/" || ld.Type != "JobPosting" || ld.Title != v.Title {
		t.Errorf("@context %q @type %q title %q", ld.Context, ld.Type, ld.Title)
	}
	if !strings.Contains(ld.Description, "<h2") || !strings.Contains(ld.Description, "<em>bruikbaar</em>") || strings.Contains(ld.Description, "<script") {
		t.Errorf("description is not the sanitised body: %q", ld.Description)
	}
	if ld.URL != site.http.URL+paths.Vacancy(i18n.NL, v.Slug) {
		t.Errorf("url %q", ld.URL)
	}
	posted, err := time.Parse(time.RFC3339, ld.DatePosted)
	if err != nil || posted.Sub(*v.PublishedAt).Abs() > time.Second {
		t.Errorf("datePosted %q, published at %v", ld.DatePosted, v.PublishedAt)
	}
	through, err := time.Parse(time.RFC3339, ld.ValidThrough)
	if err != nil || through.In(i18n.Amsterdam()).Format("2006-01-02 15:04:05") != v.ClosingDate.Format(vacancies.DateLayout)+" 23:59:59" {
		t.Errorf("validThrough %q, want the end of %s in Amsterdam", ld.ValidThrough, v.ClosingDate.Format(vacancies.DateLayout))
	}
	if !reflect.DeepEqual(ld.EmploymentType, []string{"FULL_TIME", "TEMPORARY"}) {
		t.Errorf("employmentType %v", ld.EmploymentType)
	}
	if ld.Hiring.Type != "Organization" || ld.Hiring.Name != i18n.T(i18n.NL, "site.org") ||
		ld.Hiring.SameAs != site.http.URL+"/" || ld.Hiring.Department.Name != "Directie Informatievoorziening" {
		t.Errorf("hiringOrganization %+v", ld.Hiring)
	}
	if a := ld.JobLocation.Address; ld.JobLocation.Type != "Place" || a.Type != "PostalAddress" || a.Locality != "Utrecht" ||
		a.Region != "Utrecht" || a.Country != "NL" {
		t.Errorf("jobLocation %+v", ld.JobLocation)
	}
	if s := ld.BaseSalary; s.Type != "MonetaryAmount" || s.Currency != "EUR" || s.Value.MinValue != 3500 ||
		s.Value.MaxValue != 5200 || s.Value.UnitText != "MONTH" {
		t.Errorf("baseSalary %+v", s)
	}

	// What a candidate needs, on the page itself.
	facts := doc.Find(".facts").Text()
	for _, want := range []string{"€ 3.500 – € 5.200", "schaal 10–11", "36 uur per week", i18n.T(i18n.NL, "vacancy.education.hbo"),
		i18n.T(i18n.NL, "vacancy.employment.temporary"), "Utrecht", i18n.FormatDate(i18n.NL, v.ClosingDate)} {
		if !strings.Contains(facts, want) {
			t.Errorf("facts %q lack %q", facts, want)
		}
	}
	if got := doc.Find(".vacancy-labels dd").Text(); got != i18n.T(i18n.NL, "vacancy.label.banenafspraak.explain") {
		t.Errorf("the Banenafspraak label is not explained: %q", got)
	}
	if !strings.Contains(doc.Find(".vacancy__adjustments").Text(), "extra tijd bij de assessment") {
		t.Error("no note on reasonable adjustments")
	}
	if doc.Find(`.vacancy__contact a[href="mailto:sam@example.org"]`).Length() != 1 ||
		doc.Find(`.vacancy__contact a[href="tel:+31701234567"]`).Length() != 1 {
		t.Error("contact links missing")
	}
	apply := doc.Find(".vacancy__apply a.button").First()
	if href, _ := apply.Attr("href"); href != v.ApplyURL {
		t.Errorf("apply button leads to %q, want %q", href, v.ApplyURL)
	}
	if rel := apply.AttrOr("rel", ""); !strings.Contains(rel, "external") {
		t.Errorf("apply link rel %q", rel)
	}
	if doc.Find(".prose script").Length() != 0 || doc.Find(".prose h2").Text() != "Wat ga je doen?" {
		t.Error("the body is not rendered and sanitised")
	}
}

func TestVacancyPageLinksTranslationAndColleagues(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	nl := site.addVacancy(vacancySpec{title: "Jurist", slug: "jurist", key: "7f1c8a43-3b43-4d2b-9f57-2e1d0f0f0a01"})
	en := site.addVacancy(vacancySpec{title: "Lawyer", slug: "lawyer", lang: i18n.EN, key: nl.TranslationKey})
	public := site.addStory(storySpec{slug: "amira", name: "Amira"})
	withdrawn := site.addStory(storySpec{slug: "bram", name: "Bram", withdrawn: true})
	draft := site.addStory(storySpec{slug: "cas", name: "Cas", status: "draft"})
	for i, id := range []int64{withdrawn, public, draft} {
		site.exec(`INSERT INTO story_vacancies (story_id, vacancy_id, position) VALUES ($1, $2, $3)`, id, nl.ID, i)
	}

	doc := site.page(paths.Vacancy(i18n.NL, nl.Slug), http.StatusOK)
	if href, _ := doc.Find(`link[rel="alternate"]`).Attr("href"); href != paths.Vacancy(i18n.EN, en.Slug) {
		t.Errorf("alternate %q, want the English translation", href)
	}
	colleagues := doc.Find(`section[aria-labelledby="colleagues-title"]`)
	if got := colleagueNames(colleagues); got != "Amira" {
		t.Errorf("colleagues %q, want only the public story", got)
	}
	if href, _ := colleagues.Find(".card__title a").Attr("href"); href != paths.Story(i18n.NL, "amira") {
		t.Errorf("colleague links to %q", href)
	}
	// The English page has no English story linked: no section.
	doc = site.page(paths.Vacancy(i18n.EN, en.Slug), http.StatusOK)
	if doc.Find("#colleagues-title").Length() != 0 {
		t.Error("the English page shows colleagues of another language")
	}
}

func colleagueNames(sel *goquery.Selection) string {
	var out []string
	sel.Find(".card__title").Each(func(_ int, s *goquery.Selection) { out = append(out, strings.TrimSpace(s.Text())) })
	return strings.Join(out, ", ")
}

func TestClosedVacancyPageStaysAndPointsToSimilarOnes(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	closed := site.addVacancy(vacancySpec{title: "Gesloten door redactie", unit: "Directie Arbeidsmarkt", status: vacancies.StatusClosed})
	expired := site.addVacancy(vacancySpec{title: "Verlopen", unit: "Directie Arbeidsmarkt", expired: true})
	site.addVacancy(vacancySpec{title: "Zelfde directie", unit: "Directie Arbeidsmarkt", province: "groningen", education: "wo"})
	site.addVacancy(vacancySpec{title: "Niets gemeen", unit: "Directie Wonen", province: "zeeland", education: "mbo"})
	draft := site.addVacancy(vacancySpec{title: "Concept", status: vacancies.StatusDraft})
	archived := site.addVacancy(vacancySpec{title: "Archief", status: vacancies.StatusArchived})

	// The expired vacancy is hidden from the public as soon as its closing
	// date has passed (the open_vacancies view), before housekeeping
	// records it as closed, and stays hidden after.
	check := func(t *testing.T) {
		for _, v := range []vacancies.Vacancy{closed, expired} {
			doc := site.page(paths.Vacancy(i18n.NL, v.Slug), http.StatusOK)
			if got := doc.Find(".vacancy__closed h2").Text(); got != i18n.T(i18n.NL, "vacancy.page.closed") {
				t.Errorf("%s: closed notice %q", v.Title, got)
			}
			if doc.Find(`script[type="application/ld+json"]`).Length() != 0 {
				t.Errorf("%s: a closed vacancy still carries a JobPosting", v.Title)
			}
			if doc.Find(".vacancy__apply").Length() != 0 {
				t.Errorf("%s: a closed vacancy still offers to apply", v.Title)
			}
			similar := cardTitles(doc.Find(`section[aria-labelledby="similar-title"]`))
			if strings.Join(similar, "|") != "Zelfde directie" {
				t.Errorf("%s: similar vacancies %v, want the open one of the same unit only", v.Title, similar)
			}
		}
		for _, v := range []vacancies.Vacancy{draft, archived} {
			site.page(paths.Vacancy(i18n.NL, v.Slug), http.StatusNotFound)
		}
		site.page(paths.Vacancy(i18n.EN, closed.Slug), http.StatusNotFound)

		// Closed vacancies leave the search, its counts and the home page.
		doc := site.page(paths.Vacancies(i18n.NL), http.StatusOK)
		if got := strings.Join(cardTitles(doc.Find(".vacancy-search__results")), "|"); got != "Niets gemeen|Zelfde directie" {
			t.Errorf("search lists %q", got)
		}
		if got := facetLabel(doc, "organisatie", "Directie Arbeidsmarkt"); !strings.HasSuffix(got, "(1)") {
			t.Errorf("unit facet %q, want a count of 1 (the open vacancy only)", got)
		}
		if got := facetLabel(doc, "provincie", "zuid-holland"); got != "" {
			t.Errorf("province facet %q, want none: both Zuid-Holland vacancies are closed", got)
		}
		if got := facetLabel(doc, "provincie", "zeeland"); got != "Zeeland (1)" {
			t.Errorf("province facet %q, want Zeeland (1)", got)
		}
		doc = site.page(paths.Vacancies(i18n.NL)+"?q=verlopen", http.StatusOK)
		if n := len(cardTitles(doc.Find(".vacancy-search__results"))); n != 0 {
			t.Errorf("a text search finds %d closed vacancies", n)
		}
		doc = site.page("/", http.StatusOK)
		if got := strings.Join(cardTitles(doc.Find(".ways-in")), "|"); got != "Niets gemeen|Zelfde directie" {
			t.Errorf("home lists %q", got)
		}
	}
	t.Run("before housekeeping", check)

	worker := housekeeping.NewWorker(site.pool, site.server.cfg.Sessions, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err := worker.Work(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if got := site.vacancyByID(expired.ID).Status; got != vacancies.StatusClosed {
		t.Fatalf("after housekeeping the expired vacancy is %s, want closed", got)
	}
	t.Run("after housekeeping", check)
}

// searchSite is a site with vacancies to search: six varied ones, 22 of one
// kind for paging, and some the search must never show.
func searchSite(t *testing.T) *testSite {
	site := newTestSite(t)
	specs := []vacancySpec{
		{title: "Beleidsmedewerker arbeidsmarkt", province: "utrecht", unit: "Directie Arbeidsmarkt", publishedAgo: 1 * time.Hour, closingIn: 20},
		{title: "Jurist bestuursrecht", province: "zuid-holland", education: "wo", scale: vacancies.Range{Min: 11, Max: 12},
			hours: vacancies.Range{Min: 36, Max: 36}, employment: "temporary", unit: "Directie Juridische Zaken", publishedAgo: 2 * time.Hour, closingIn: 10},
		{title: "Data-analist", province: "utrecht", scale: vacancies.Range{Min: 9, Max: 10}, hours: vacancies.Range{Min: 24, Max: 32},
			employment: "temporary_to_permanent", unit: "Directie Informatievoorziening", labels: []string{"banenafspraak"}, publishedAgo: 3 * time.Hour, closingIn: 5},
		{title: "Financieel adviseur", province: "noord-holland", scale: vacancies.Range{Min: 11, Max: 11},
			hours: vacancies.Range{Min: 36, Max: 36}, unit: "Directie Financiën", publishedAgo: 4 * time.Hour, closingIn: 40},
		{title: "Stagiair communicatie", province: "utrecht", noScale: true, employment: "internship", hours: vacancies.Range{Min: 24, Max: 32},
			unit: "Directie Communicatie", labels: []string{"starter"}, publishedAgo: 5 * time.Hour, closingIn: 15},
		{title: "Secretaresse", province: "gelderland", education: "mbo", scale: vacancies.Range{Min: 6, Max: 7},
			hours: vacancies.Range{Min: 24, Max: 32}, unit: "Facilitair Bedrijf", publishedAgo: 6 * time.Hour, closingIn: 25},
		{title: "Policy officer", lang: i18n.EN, province: "utrecht"},
		{title: "Gesloten beleidsfunctie", province: "utrecht", status: vacancies.StatusClosed},
		{title: "Concept beleidsfunctie", province: "utrecht", status: vacancies.StatusDraft},
	}
	for i := range 22 {
		specs = append(specs, vacancySpec{title: fmt.Sprintf("Medewerker dienstverlening %02d", i+1), province: "utrecht",
			education: "mbo", scale: vacancies.Range{Min: 5, Max: 6}, unit: "Dienst Uitvoering",
			publishedAgo: time.Duration(10+i) * time.Hour, closingIn: 30 + i})
	}
	for _, sp := range specs {
		site.addVacancy(sp)
	}
	return site
}

// facetLabel returns the text of the label of the filter box name=value.
func facetLabel(doc *goquery.Document, name, value string) string {
	id, _ := doc.Find(`input[type="checkbox"][name="` + name + `"][value="` + value + `"]`).Attr("id")
	if id == "" {
		return ""
	}
	return strings.Join(strings.Fields(doc.Find(`label[for="`+id+`"]`).Text()), " ")
}

// submitSearch serialises the search form as a browser submits it.
func submitSearch(doc *goquery.Document) string {
	form := doc.Find(`form[role="search"]`)
	action, _ := form.Attr("action")
	q := url.Values{}
	form.Find("input, select").Each(func(_ int, s *goquery.Selection) {
		name, _ := s.Attr("name")
		typ, _ := s.Attr("type")
		switch {
		case name == "":
		case goquery.NodeName(s) == "select":
			q.Add(name, s.Find("option[selected]").AttrOr("value", s.Find("option").First().AttrOr("value", "")))
		case typ == "checkbox":
			if _, on := s.Attr("checked"); on {
				q.Add(name, s.AttrOr("value", "on"))
			}
		default:
			q.Add(name, s.AttrOr("value", ""))
		}
	})
	return action + "?" + q.Encode()
}

func TestVacancySearchFiltersFacetsAndQueryString(t *testing.T) {
	t.Parallel()
	site := searchSite(t)
	doc := site.page("/vacatures", http.StatusOK)
	if got := doc.Find("#results-title").Text(); got != "28 vacatures gevonden" {
		t.Errorf("heading %q", got)
	}
	// The counts per value; a value without vacancies is not offered.
	for _, c := range []struct{ name, value, want string }{
		{"provincie", "utrecht", "Utrecht (25)"},
		{"provincie", "zuid-holland", "Zuid-Holland (1)"},
		{"opleiding", "mbo", "mbo (23)"},
		{"schaal", "9-10", "Schaal 9–10 (2)"}, // Data-analist 9-10, Beleidsmedewerker 10-11
		{"uren", "25-32", "25–32 uur (26)"},
		{"dienstverband", "internship", "Stage (1)"},
		{"organisatie", "Dienst Uitvoering", "Dienst Uitvoering (22)"},
		{"label", "banenafspraak", "Banenafspraak (1)"},
		{"provincie", "zeeland", ""},
	} {
		if got := facetLabel(doc, c.name, c.value); got != c.want {
			t.Errorf("filter %s=%s: %q, want %q", c.name, c.value, got, c.want)
		}
	}

	// Filters combine: alternatives within one, all of them across.
	path := "/vacatures?provincie=utrecht&provincie=zuid-holland&opleiding=hbo&opleiding=wo&sorteer=closing"
	doc = site.page(path, http.StatusOK)
	want := []string{"Data-analist", "Jurist bestuursrecht", "Stagiair communicatie", "Beleidsmedewerker arbeidsmarkt"}
	if got := cardTitles(doc.Find(".vacancy-search__results")); !reflect.DeepEqual(got, want) {
		t.Errorf("by closing date: %v, want %v", got, want)
	}
	// Within the chosen provinces, the other province still counts what
	// it would add; education counts ignore the education filter.
	if got := facetLabel(doc, "provincie", "noord-holland"); got != "Noord-Holland (1)" {
		t.Errorf("noord-holland %q", got)
	}
	if got := facetLabel(doc, "opleiding", "mbo"); got != "mbo (22)" {
		t.Errorf("mbo %q", got)
	}
	// The form shows the state, and submitting it gives the same search.
	for _, sel := range []string{`input[name="provincie"][value="utrecht"][checked]`, `input[name="provincie"][value="zuid-holland"][checked]`,
		`input[name="opleiding"][value="hbo"][checked]`, `input[name="opleiding"][value="wo"][checked]`, `#search-sort option[value="closing"][selected]`} {
		if doc.Find(sel).Length() != 1 {
			t.Errorf("the form does not show %s", sel)
		}
	}
	again := site.page(submitSearch(doc), http.StatusOK)
	if got := cardTitles(again.Find(".vacancy-search__results")); !reflect.DeepEqual(got, want) {
		t.Errorf("after submitting the form: %v, want %v", got, want)
	}

	// Each active filter links to the search without it.
	var removed []string
	doc.Find(".active-filters__list a.active-filter").Each(func(_ int, s *goquery.Selection) {
		removed = append(removed, s.AttrOr("href", ""))
	})
	if len(removed) != 4 || removed[0] != "/vacatures?opleiding=hbo&opleiding=wo&provincie=zuid-holland&sorteer=closing" {
		t.Errorf("remove links %v", removed)
	}
	if href, _ := doc.Find(`link[rel="alternate"]`).Attr("href"); href != "/en/vacancies?education=hbo&education=wo&province=utrecht&province=zuid-holland&sort=closing" {
		t.Errorf("the language switch loses the filters: %q", href)
	}

	// Newest first; ranges, labels and units filter too.
	for _, c := range []struct{ path, want string }{
		{"/vacatures?opleiding=hbo&sorteer=newest", "Beleidsmedewerker arbeidsmarkt|Data-analist|Financieel adviseur|Stagiair communicatie"},
		{"/vacatures?schaal=11-12&uren=33-36", "Beleidsmedewerker arbeidsmarkt|Jurist bestuursrecht|Financieel adviseur"},
		{"/vacatures?label=banenafspraak", "Data-analist"},
		{"/vacatures?organisatie=Directie+Financi%C3%ABn", "Financieel adviseur"},
		{"/vacatures?dienstverband=internship&dienstverband=temporary", "Jurist bestuursrecht|Stagiair communicatie"},
		{"/en/vacancies?province=utrecht", "Policy officer"},
	} {
		got := strings.Join(cardTitles(site.page(c.path, http.StatusOK).Find(".vacancy-search__results")), "|")
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.path, got, c.want)
		}
	}
}

func TestVacancySearchTextUsesStemmingAndAccents(t *testing.T) {
	t.Parallel()
	site := searchSite(t)
	for _, c := range []struct{ q, want string }{
		{"juristen", "Jurist bestuursrecht"},
		{"financien", "Financieel adviseur"},
		{"beleidsmedewerker arbeidsmarkt", "Beleidsmedewerker arbeidsmarkt"},
		{`"data-analist"`, "Data-analist"},
	} {
		doc := site.page("/vacatures?q="+url.QueryEscape(c.q), http.StatusOK)
		got := strings.Join(cardTitles(doc.Find(".vacancy-search__results")), "|")
		if got != c.want {
			t.Errorf("q=%s: %q, want %q", c.q, got, c.want)
		}
		if v, _ := doc.Find("#search-text").Attr("value"); v != c.q {
			t.Errorf("the text field shows %q", v)
		}
		if doc.Find(`#search-sort option[value="relevance"][selected]`).Length() != 1 {
			t.Error("a text search is not sorted by relevance")
		}
	}
}

func TestVacancySearchPagesKeepTheFilters(t *testing.T) {
	t.Parallel()
	site := searchSite(t)
	doc := site.page("/vacatures?provincie=utrecht&opleiding=mbo", http.StatusOK)
	first := cardTitles(doc.Find(".vacancy-search__results"))
	if len(first) != 20 || first[0] != "Medewerker dienstverlening 01" {
		t.Fatalf("first page %d: %v", len(first), first)
	}
	if doc.Find(`.pager a[rel="prev"]`).Length() != 0 {
		t.Error("the first page links to a previous one")
	}
	next := doc.Find(`.pager a[rel="next"]`).AttrOr("href", "")
	u, err := url.Parse(next)
	if err != nil || u.Path != "/vacatures" || u.Query().Get("provincie") != "utrecht" || u.Query().Get("opleiding") != "mbo" || u.Query().Get("pagina") == "" {
		t.Fatalf("next link %q does not keep the search", next)
	}
	doc = site.page(next, http.StatusOK)
	second := cardTitles(doc.Find(".vacancy-search__results"))
	if strings.Join(second, "|") != "Medewerker dienstverlening 21|Medewerker dienstverlening 22" {
		t.Errorf("second page %v", second)
	}
	if doc.Find("#results-title").Text() != "22 vacatures gevonden" || doc.Find(`.pager a[rel="next"]`).Length() != 0 {
		t.Error("the last page miscounts or links further")
	}
	prev := doc.Find(`.pager a[rel="prev"]`).AttrOr("href", "")
	if back := cardTitles(site.page(prev, http.StatusOK).Find(".vacancy-search__results")); !reflect.DeepEqual(back, first) {
		t.Errorf("previous page %v, want the first page again", back)
	}
	// A page of another sort order, or a damaged cursor, shows the first
	// page rather than failing.
	for _, p := range []string{"/vacatures?provincie=utrecht&opleiding=mbo&pagina=bogus", "/vacatures?provincie=utrecht&opleiding=mbo&sorteer=closing&" + u.Query().Encode()} {
		if got := cardTitles(site.page(p, http.StatusOK).Find(".vacancy-search__results")); len(got) != 20 {
			t.Errorf("%s: %d results", p, len(got))
		}
	}
}

func TestVacancySearchWithoutResultsHelps(t *testing.T) {
	t.Parallel()
	site := searchSite(t)
	doc := site.page("/vacatures?q=astronaut&provincie=zeeland&opleiding=wo", http.StatusOK)
	if got := doc.Find("#results-title").Text(); got != i18n.T(i18n.NL, "vacancy.search.none") {
		t.Errorf("heading %q", got)
	}
	var links []string
	doc.Find(".vacancy-search__empty li a").Each(func(_ int, s *goquery.Selection) {
		links = append(links, s.Text()+" → "+s.AttrOr("href", ""))
	})
	want := []string{
		"Zonder Zoekwoorden: “astronaut” → /vacatures?opleiding=wo&provincie=zeeland",
		"Zonder Provincie: Zeeland → /vacatures?opleiding=wo&q=astronaut",
		"Zonder Opleidingsniveau: wo → /vacatures?provincie=zeeland&q=astronaut",
	}
	if !reflect.DeepEqual(links, want) {
		t.Errorf("remove links\n%s\nwant\n%s", strings.Join(links, "\n"), strings.Join(want, "\n"))
	}
	if href, _ := doc.Find(".vacancy-search__empty a.button").Attr("href"); href != "/vacatures" {
		t.Errorf("all vacancies link %q", href)
	}
	if doc.Find(".vacancy-search__empty").Text() == "" || !strings.Contains(doc.Find(".vacancy-search__empty").Text(), i18n.T(i18n.NL, "vacancy.search.none.text")) {
		t.Error("no advice about the search text")
	}
	// Removing the province filter finds the lawyer (wo).
	doc = site.page("/vacatures?opleiding=wo", http.StatusOK)
	if got := cardTitles(doc.Find(".vacancy-search__results")); len(got) != 1 {
		t.Errorf("wo: %v", got)
	}
}

func TestVacancySearchRefusesUnknownValues(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	for _, p := range []string{
		"/vacatures?provincie=atlantis", "/vacatures?schaal=0-30", "/vacatures?schaal=elf", "/vacatures?uren=20-50",
		"/vacatures?sorteer=salaris", "/vacatures?opleiding=phd", "/vacatures?dienstverband=freelance",
		"/vacatures?label=vip", "/vacatures?q=" + strings.Repeat("a", 201), "/en/vacancies?province=atlantis",
		"/vacatures?schaal=9-", "/vacatures?schaal=12-9", "/vacatures?uren=-3", "/vacatures?q=%ff%fe",
		"/vacatures?organisatie=%c3%28", "/vacatures?q=jurist%00", "/vacatures?organisatie=" + strings.Repeat("x", 201),
		"/en/vacancies?sort=oldest", "/en/vacancies?hours=36&hours=x",
	} {
		if resp := site.get(p); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", p, resp.StatusCode)
		}
	}
	doc := site.page("/vacatures?q=%22%22%22&provincie=&pagina=x", http.StatusOK)
	if doc.Find("#results-title").Text() != i18n.T(i18n.NL, "vacancy.search.none") {
		t.Error("odd but harmless input fails")
	}
}

func TestSearchQueryRoundTrip(t *testing.T) {
	t.Parallel()
	queries := []vacancies.Query{
		{},
		{Text: "data & ethiek", Sort: vacancies.SortRelevance},
		{Provinces: []string{"utrecht", "zeeland"}, EducationLevels: []string{"hbo"}, EmploymentTypes: []string{"internship", "secondment"},
			OrganisationUnits: []string{"Directie A&B", "Dienst ü"}, Labels: []string{"banenafspraak", "starter"},
			Scales: []vacancies.Range{{Min: 9, Max: 10}, {Min: 15, Max: 18}}, Hours: []vacancies.Range{{Min: 36, Max: 36}},
			Sort: vacancies.SortClosing},
	}
	for _, l := range i18n.Langs() {
		for _, q := range queries {
			q.Lang = l
			u, err := url.Parse(searchURL(l, q, nil))
			if err != nil {
				t.Fatal(err)
			}
			if u.Path != paths.Vacancies(l) {
				t.Errorf("path %q", u.Path)
			}
			back, err := parseVacancySearch(l, u.Query())
			if err != nil {
				t.Fatalf("%s: %v", u, err)
			}
			if !reflect.DeepEqual(back, q) {
				t.Errorf("%s reads back as\n%+v\nwant\n%+v", u, back, q)
			}
		}
	}
	// A page cursor travels too.
	c := vacancies.Cursor{Sort: vacancies.SortNewest, PublishedAt: time.Date(2026, 3, 3, 12, 0, 0, 123000, time.UTC), ID: 42}
	u, _ := url.Parse(searchURL(i18n.NL, vacancies.Query{Lang: i18n.NL}, &c))
	back, err := parseVacancySearch(i18n.NL, u.Query())
	if err != nil || back.Cursor == nil || *back.Cursor != c {
		t.Errorf("cursor %v reads back as %v (%v)", c, back.Cursor, err)
	}
}

func TestHomeShowsNewestVacancies(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	for i, title := range []string{"Vierde", "Derde", "Tweede", "Eerste"} {
		site.addVacancy(vacancySpec{title: title, publishedAgo: time.Duration(4-i) * time.Hour})
	}
	site.addVacancy(vacancySpec{title: "English", lang: i18n.EN})
	doc := site.page("/", http.StatusOK)
	if got := strings.Join(cardTitles(doc.Find(".ways-in")), "|"); got != "Eerste|Tweede|Derde" {
		t.Errorf("home shows %q", got)
	}
	if got := doc.Find(".ways-in h4.vacancy-card__title").Length(); got != 3 {
		t.Errorf("%d cards with h4 under the panel's h3", got)
	}
	doc = site.page("/en", http.StatusOK)
	if got := strings.Join(cardTitles(doc.Find(".ways-in")), "|"); got != "English" {
		t.Errorf("English home shows %q", got)
	}
}
