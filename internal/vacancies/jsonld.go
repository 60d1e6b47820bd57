package vacancies

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
)

// Employer is the organisation that publishes the portal, as JobPosting
// names it.
type Employer struct {
	Name string // "Rijksoverheid", "Politie"
	URL  string // its website, absolute
	Logo string // absolute URL of its logo; empty for none
}

// JobPostingLD is the schema.org JobPosting of a vacancy page with the
// properties Google requires and recommends for job search. Marshal it
// with encoding/json, whose default escaping of <, > and & keeps it safe
// inside <script type="application/ld+json">.
type JobPostingLD struct {
	Context            string            `json:"@context"`
	Type               string            `json:"@type"`
	Title              string            `json:"title"`
	Description        string            `json:"description"`
	URL                string            `json:"url"`
	Identifier         PropertyValueLD   `json:"identifier"`
	DatePosted         string            `json:"datePosted"`
	ValidThrough       string            `json:"validThrough"`
	EmploymentType     []string          `json:"employmentType"`
	HiringOrganization OrganizationLD    `json:"hiringOrganization"`
	JobLocation        PlaceLD           `json:"jobLocation"`
	BaseSalary         *MonetaryAmountLD `json:"baseSalary,omitempty"`
	DirectApply        bool              `json:"directApply"`
	WorkHours          string            `json:"workHours"`
	InLanguage         string            `json:"inLanguage"`
	ApplicationContact *ContactPointLD   `json:"applicationContact,omitempty"`
}

// PropertyValueLD is a schema.org PropertyValue, used for the identifier.
type PropertyValueLD struct {
	Type  string `json:"@type"`
	Name  string `json:"name"`
	Value string `json:"value"`
}

// OrganizationLD is a schema.org Organization.
type OrganizationLD struct {
	Type       string          `json:"@type"`
	Name       string          `json:"name"`
	SameAs     string          `json:"sameAs,omitempty"`
	URL        string          `json:"url,omitempty"`
	Logo       string          `json:"logo,omitempty"`
	Department *OrganizationLD `json:"department,omitempty"`
}

// PlaceLD is a schema.org Place with its address.
type PlaceLD struct {
	Type    string          `json:"@type"`
	Address PostalAddressLD `json:"address"`
}

// PostalAddressLD is a schema.org PostalAddress.
type PostalAddressLD struct {
	Type            string `json:"@type"`
	AddressLocality string `json:"addressLocality"`
	AddressRegion   string `json:"addressRegion"`
	AddressCountry  string `json:"addressCountry"`
}

// MonetaryAmountLD is a schema.org MonetaryAmount: the salary range.
type MonetaryAmountLD struct {
	Type     string              `json:"@type"`
	Currency string              `json:"currency"`
	Value    QuantitativeValueLD `json:"value"`
}

// QuantitativeValueLD is a schema.org QuantitativeValue.
type QuantitativeValueLD struct {
	Type     string `json:"@type"`
	MinValue int    `json:"minValue"`
	MaxValue int    `json:"maxValue"`
	UnitText string `json:"unitText"`
}

// ContactPointLD is a schema.org ContactPoint.
type ContactPointLD struct {
	Type      string `json:"@type"`
	Name      string `json:"name,omitempty"`
	Email     string `json:"email,omitempty"`
	Telephone string `json:"telephone,omitempty"`
}

// provinceNames are the provinces' names as an address gives them.
var provinceNames = map[string]string{
	"drenthe": "Drenthe", "flevoland": "Flevoland", "friesland": "Friesland", "gelderland": "Gelderland",
	"groningen": "Groningen", "limburg": "Limburg", "noord-brabant": "Noord-Brabant",
	"noord-holland": "Noord-Holland", "overijssel": "Overijssel", "utrecht": "Utrecht",
	"zeeland": "Zeeland", "zuid-holland": "Zuid-Holland",
}

// ProvinceName returns the name of the province with slug, as an address
// writes it ("noord-holland" → "Noord-Holland"); the slug itself when it
// is unknown.
func ProvinceName(slug string) string {
	if n, ok := provinceNames[slug]; ok {
		return n
	}
	return slug
}

// GoogleEmploymentTypes maps the vacancy to Google's employmentType
// values: FULL_TIME when the hours reach FullTimeHours, PART_TIME when
// they can be fewer (both for "32–36 hours"), plus TEMPORARY for fixed-term
// kinds (temporary, temporary to permanent, traineeship, secondment) and
// INTERN for an internship.
func GoogleEmploymentTypes(s Summary) []string {
	var out []string
	if s.Hours.Max >= FullTimeHours {
		out = append(out, "FULL_TIME")
	}
	if s.Hours.Min < FullTimeHours {
		out = append(out, "PART_TIME")
	}
	switch s.EmploymentType {
	case "temporary", "temporary_to_permanent", "traineeship", "secondment":
		out = append(out, "TEMPORARY")
	case "internship":
		out = append(out, "INTERN")
	}
	return out
}

// JobPosting returns the structured data of v's page. descriptionHTML is
// the body rendered from Markdown and sanitised, as the page shows it;
// baseURL is the portal's absolute root ("https://werkenbij.example.nl").
// validThrough is the end of the closing day in Europe/Amsterdam;
// datePosted the publication time (the creation time for an unpublished
// preview). baseSalary is left out when the vacancy gives no salary.
func JobPosting(v Vacancy, descriptionHTML, baseURL string, e Employer) JobPostingLD {
	ams := i18n.Amsterdam()
	posted := v.CreatedAt
	if v.PublishedAt != nil {
		posted = *v.PublishedAt
	}
	y, m, d := v.ClosingDate.Date()
	validThrough := time.Date(y, m, d, 23, 59, 59, 0, ams)
	org := OrganizationLD{Type: "Organization", Name: e.Name, SameAs: e.URL, URL: e.URL, Logo: e.Logo}
	if org.Name == "" {
		org.Name = v.OrganisationUnit
	} else if v.OrganisationUnit != "" && v.OrganisationUnit != e.Name {
		org.Department = &OrganizationLD{Type: "Organization", Name: v.OrganisationUnit}
	}
	ld := JobPostingLD{
		Context:     "https://schema.org/",
		Type:        "JobPosting",
		Title:       v.Title,
		Description: descriptionHTML,
		URL:         strings.TrimRight(baseURL, "/") + paths.Vacancies(v.Lang) + "/" + url.PathEscape(v.Slug),
		Identifier: PropertyValueLD{Type: "PropertyValue", Name: org.Name,
			Value: strconv.FormatInt(v.ID, 10)},
		DatePosted:         posted.In(ams).Format(time.RFC3339),
		ValidThrough:       validThrough.Format(time.RFC3339),
		EmploymentType:     GoogleEmploymentTypes(v.Summary),
		HiringOrganization: org,
		JobLocation: PlaceLD{Type: "Place", Address: PostalAddressLD{Type: "PostalAddress",
			AddressLocality: v.City, AddressRegion: ProvinceName(v.Province), AddressCountry: "NL"}},
		DirectApply: false,
		WorkHours:   hoursText(v.Lang, v.Hours),
		InLanguage:  string(v.Lang),
	}
	if !v.Salary.IsZero() {
		ld.BaseSalary = &MonetaryAmountLD{Type: "MonetaryAmount", Currency: "EUR",
			Value: QuantitativeValueLD{Type: "QuantitativeValue", MinValue: v.Salary.Min,
				MaxValue: v.Salary.Max, UnitText: "MONTH"}}
	}
	if v.ContactName != "" || v.ContactEmail != "" || v.ContactPhone != "" {
		ld.ApplicationContact = &ContactPointLD{Type: "ContactPoint", Name: v.ContactName,
			Email: v.ContactEmail, Telephone: v.ContactPhone}
	}
	return ld
}

// hoursText writes the hours per week as workHours: "32-36 uur per week".
func hoursText(l i18n.Lang, h Range) string {
	if l == i18n.EN {
		return h.String() + " hours per week"
	}
	return h.String() + " uur per week"
}
