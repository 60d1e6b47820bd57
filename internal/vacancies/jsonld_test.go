package vacancies

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
)

func sampleVacancy() Vacancy {
	published := time.Date(2026, 3, 2, 8, 15, 0, 0, time.UTC)
	return Vacancy{
		Summary: Summary{
			ID: 42, Lang: i18n.NL, Slug: "beleidsadviseur-klimaat", Title: "Beleidsadviseur klimaat",
			OrganisationUnit: "Ministerie van Economische Zaken en Klimaat", City: "Den Haag",
			Province: "zuid-holland", Scale: Range{10, 11}, Salary: Range{3500, 5200}, Hours: Range{32, 36},
			EducationLevel: "wo", EmploymentType: "temporary_to_permanent",
			ClosingDate: time.Date(2026, 7, 31, 0, 0, 0, 0, time.UTC), Status: StatusPublished,
			PublishedAt: &published,
		},
		ContactName: "Sam de Vries", ContactEmail: "sam@example.nl",
		CreatedAt: published.Add(-time.Hour),
	}
}

// TestJobPostingProperties parses the marshalled JobPosting as a search
// engine would and checks Google's required and recommended properties.
func TestJobPostingProperties(t *testing.T) {
	v := sampleVacancy()
	ld := JobPosting(v, "<p>Je werkt aan <strong>klimaatbeleid</strong>.</p>", "https://werkenbij.example.nl/",
		Employer{Name: "Rijksoverheid", URL: "https://www.rijksoverheid.nl", Logo: "https://werkenbij.example.nl/logo.png"})
	raw, err := json.Marshal(ld)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "<") {
		t.Errorf("markup must be escaped inside a script element: %s", raw)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	obj := func(m map[string]any, key string) map[string]any {
		t.Helper()
		o, ok := m[key].(map[string]any)
		if !ok {
			t.Fatalf("%s is not an object: %v", key, m[key])
		}
		return o
	}
	want := map[string]any{
		"@context":     "https://schema.org/",
		"@type":        "JobPosting",
		"title":        "Beleidsadviseur klimaat",
		"description":  "<p>Je werkt aan <strong>klimaatbeleid</strong>.</p>",
		"url":          "https://werkenbij.example.nl/vacatures/beleidsadviseur-klimaat",
		"datePosted":   "2026-03-02T09:15:00+01:00",
		"validThrough": "2026-07-31T23:59:59+02:00",
		"directApply":  false,
		"inLanguage":   "nl",
	}
	for k, w := range want {
		if doc[k] != w {
			t.Errorf("%s = %v, want %v", k, doc[k], w)
		}
	}
	for _, k := range []string{"title", "description", "datePosted", "validThrough", "employmentType",
		"hiringOrganization", "jobLocation", "baseSalary", "identifier", "directApply"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("property %s is missing", k)
		}
	}
	types, _ := doc["employmentType"].([]any)
	if len(types) != 3 || types[0] != "FULL_TIME" || types[1] != "PART_TIME" || types[2] != "TEMPORARY" {
		t.Errorf("employmentType = %v", doc["employmentType"])
	}
	org := obj(doc, "hiringOrganization")
	if org["@type"] != "Organization" || org["name"] != "Rijksoverheid" || org["sameAs"] != "https://www.rijksoverheid.nl" ||
		org["logo"] != "https://werkenbij.example.nl/logo.png" || obj(org, "department")["name"] != v.OrganisationUnit {
		t.Errorf("hiringOrganization = %v", org)
	}
	place := obj(doc, "jobLocation")
	addr := obj(place, "address")
	if place["@type"] != "Place" || addr["@type"] != "PostalAddress" || addr["addressLocality"] != "Den Haag" ||
		addr["addressRegion"] != "Zuid-Holland" || addr["addressCountry"] != "NL" {
		t.Errorf("jobLocation = %v", place)
	}
	salary := obj(doc, "baseSalary")
	value := obj(salary, "value")
	if salary["@type"] != "MonetaryAmount" || salary["currency"] != "EUR" || value["@type"] != "QuantitativeValue" ||
		value["minValue"] != 3500.0 || value["maxValue"] != 5200.0 || value["unitText"] != "MONTH" {
		t.Errorf("baseSalary = %v", salary)
	}
	id := obj(doc, "identifier")
	if id["@type"] != "PropertyValue" || id["name"] != "Rijksoverheid" || id["value"] != "42" {
		t.Errorf("identifier = %v", id)
	}
	contact := obj(doc, "applicationContact")
	if contact["email"] != "sam@example.nl" {
		t.Errorf("applicationContact = %v", contact)
	}
	for _, k := range []string{"validThrough", "datePosted"} {
		if _, err := time.Parse(time.RFC3339, doc[k].(string)); err != nil {
			t.Errorf("%s is not RFC 3339: %v", k, err)
		}
	}
}

func TestJobPostingWithoutSalaryOrEmployerName(t *testing.T) {
	v := sampleVacancy()
	v.Lang, v.Slug = i18n.EN, "policy adviser"
	v.Salary, v.Scale = Range{}, Range{}
	v.EmploymentType, v.Hours = "internship", Range{16, 24}
	v.PublishedAt = nil
	v.ContactName, v.ContactEmail = "", ""
	raw, err := json.Marshal(JobPosting(v, "<p>x</p>", "https://werkenbij.example.nl", Employer{}))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"baseSalary", "applicationContact"} {
		if _, ok := doc[k]; ok {
			t.Errorf("%s should be left out: %v", k, doc[k])
		}
	}
	if doc["url"] != "https://werkenbij.example.nl/en/vacancies/policy%20adviser" {
		t.Errorf("url = %v", doc["url"])
	}
	if doc["datePosted"] != "2026-03-02T08:15:00+01:00" {
		t.Errorf("an unpublished preview is dated by its creation: %v", doc["datePosted"])
	}
	if org := doc["hiringOrganization"].(map[string]any); org["name"] != v.OrganisationUnit {
		t.Errorf("without an employer name the unit hires: %v", org)
	}
}

func TestGoogleEmploymentTypes(t *testing.T) {
	for _, c := range []struct {
		kind  string
		hours Range
		want  []string
	}{
		{"permanent", Range{36, 36}, []string{"FULL_TIME"}},
		{"permanent", Range{24, 32}, []string{"PART_TIME"}},
		{"temporary", Range{32, 40}, []string{"FULL_TIME", "PART_TIME", "TEMPORARY"}},
		{"traineeship", Range{36, 40}, []string{"FULL_TIME", "TEMPORARY"}},
		{"secondment", Range{36, 36}, []string{"FULL_TIME", "TEMPORARY"}},
		{"internship", Range{16, 24}, []string{"PART_TIME", "INTERN"}},
	} {
		got := GoogleEmploymentTypes(Summary{EmploymentType: c.kind, Hours: c.hours})
		if !slices.Equal(got, c.want) {
			t.Errorf("%s %v: %v, want %v", c.kind, c.hours, got, c.want)
		}
	}
	for _, p := range Provinces() {
		if ProvinceName(p) == p {
			t.Errorf("province %s has no name", p)
		}
	}
}
