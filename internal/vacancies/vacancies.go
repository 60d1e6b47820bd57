// Package vacancies holds the vacancies: their domain types, validation,
// the repository that reads and writes them with their revisions, the
// public faceted full-text search, and the JobPosting structured data of a
// vacancy page.
//
// A vacancy is "open" while it is published and its closing date (the last
// day to apply, in Europe/Amsterdam) has not passed; the open_vacancies view
// is the one definition. Only open vacancies appear in search, lists, feeds
// and the sitemap. A closed vacancy's page stays reachable (PublishedBySlug
// returns it with Closed set) until an editor archives it.
//
// # How the search stays fast
//
// Migration 00007 shapes the table for Search:
//
//   - Two generated integers, facet_kind and facet_range, hold every
//     filterable value but the organisation unit. The indexes that the
//     sort orders walk (vacancies_newest_idx, vacancies_open_idx) include
//     them, so a page without text and all facet counts are index-only
//     scans, and paging by keyset goes straight to the cursor's place.
//   - The facet counts are one statement: each vacancy carries a bit per
//     filter it fails; GROUPING SETS count those failing none or one, and
//     facetsFrom adds each filter's counts from the vacancies failing no
//     other filter.
//   - With text, the matches come from vacancy_search (migration 00012):
//     a narrow copy of the published vacancies holding only what the
//     search reads (language, publication time, closing date, the facet
//     columns, the organisation unit and the weighted search vector, kept
//     in the row), with the full-text index. A trigger on vacancies keeps
//     it in step in the transaction of every write; open_vacancy_search
//     applies the open_vacancies conditions to it at query time, so a
//     closing date that passes removes a vacancy at once. A common word
//     matches thousands of vacancies, and each must be read to be ranked
//     and counted: some six share a page of the copy, where in the wide
//     table each filled a page of its own. The matches are read once for
//     the page and the counts together, and sorting by relevance ranks
//     only the matches that pass every filter.
//   - Each search is planned for its own arguments (no cached generic
//     plan), because a filter that keeps ten vacancies wants another plan
//     than one that keeps ten thousand.
//
// BenchmarkSearch measures it on 100 000 vacancies:
//
//	go test -run '^$' -bench Search -benchtime=200x ./internal/vacancies/
package vacancies

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
)

// Status is where a vacancy stands: draft → published → closed → archived.
// A published vacancy whose closing date has passed counts as closed before
// CloseExpired records it.
type Status string

// The statuses, as stored in vacancies.status.
const (
	StatusDraft     Status = "draft"
	StatusPublished Status = "published"
	StatusClosed    Status = "closed"
	StatusArchived  Status = "archived"
)

// Statuses lists every status in workflow order, for the back office's filter.
func Statuses() []Status {
	return []Status{StatusDraft, StatusPublished, StatusClosed, StatusArchived}
}

// Valid reports whether s is one of Statuses().
func (s Status) Valid() bool { return slices.Contains(Statuses(), s) }

// Provinces lists the slugs of the twelve Dutch provinces in alphabetical
// order, as stored in vacancies.province. The message catalogue names them
// under "province.<slug>".
func Provinces() []string {
	return []string{"drenthe", "flevoland", "friesland", "gelderland", "groningen", "limburg",
		"noord-brabant", "noord-holland", "overijssel", "utrecht", "zeeland", "zuid-holland"}
}

// EducationLevels lists the required education levels from lowest to highest.
func EducationLevels() []string { return []string{"mbo", "hbo", "wo"} }

// EmploymentTypes lists the kinds of employment, most common first.
// "temporary_to_permanent" is the Dutch "tijdelijk met uitzicht op vast";
// "secondment" is "detachering".
func EmploymentTypes() []string {
	return []string{"permanent", "temporary_to_permanent", "temporary", "traineeship", "internship", "secondment"}
}

// Labels lists the labels a vacancy can carry. "banenafspraak" marks jobs
// open to people with an occupational disability (the Banenafspraak),
// "starter" jobs for starters, "zij-instroom" jobs for career changers.
func Labels() []string { return []string{"banenafspraak", "starter", "zij-instroom"} }

// FullTimeHours is the full-time week of the Dutch central government.
const FullTimeHours = 36

// Range is an inclusive range of whole numbers: salary scales, euros per
// month or hours per week. The zero Range means "none".
type Range struct {
	Min, Max int
}

// IsZero reports whether r is the zero Range.
func (r Range) IsZero() bool { return r == Range{} }

// Overlaps reports whether r and o share at least one number.
func (r Range) Overlaps(o Range) bool { return r.Min <= o.Max && o.Min <= r.Max }

// String writes r as "9-11", or "9" when Min equals Max; the form ParseRange
// reads and the search's query string uses.
func (r Range) String() string {
	if r.Min == r.Max {
		return strconv.Itoa(r.Min)
	}
	return strconv.Itoa(r.Min) + "-" + strconv.Itoa(r.Max)
}

// ParseRange reads "9-11" or "9". It fails on anything else, including a
// range whose minimum exceeds its maximum.
func ParseRange(s string) (Range, error) {
	lo, hi, found := strings.Cut(strings.TrimSpace(s), "-")
	if !found {
		hi = lo
	}
	a, errA := strconv.Atoi(strings.TrimSpace(lo))
	b, errB := strconv.Atoi(strings.TrimSpace(hi))
	if errA != nil || errB != nil || a > b {
		return Range{}, fmt.Errorf("vacancies.ParseRange: %q is not a range", s)
	}
	return Range{a, b}, nil
}

// ScaleBuckets are the salary-scale ranges the search offers as filter
// values and counts. A vacancy falls in every bucket its scale range
// overlaps.
func ScaleBuckets() []Range {
	return []Range{{1, 5}, {6, 8}, {9, 10}, {11, 12}, {13, 14}, {15, 18}}
}

// HoursBuckets are the hours-per-week ranges the search offers as filter
// values and counts, overlapping like ScaleBuckets.
func HoursBuckets() []Range {
	return []Range{{1, 24}, {25, 32}, {33, 36}, {37, 40}}
}

// Summary is what a vacancy card in a result list shows.
type Summary struct {
	ID               int64
	Lang             i18n.Lang
	Slug             string
	Title            string
	OrganisationUnit string
	City             string
	Province         string
	// Scale is the salary-scale range; zero for a vacancy without one
	// (internships).
	Scale Range
	// Salary is gross euros per month for full-time hours; zero when not given.
	Salary         Range
	Hours          Range
	EducationLevel string
	EmploymentType string
	// ClosingDate is the last day to apply: a civil date at midnight UTC,
	// as pgx scans a date column.
	ClosingDate time.Time
	Labels      []string
	Status      Status
	// PublishedAt is nil for a vacancy that was never published.
	PublishedAt *time.Time
}

// HasLabel reports whether the vacancy carries label.
func (s Summary) HasLabel(label string) bool { return slices.Contains(s.Labels, label) }

// Vacancy is a whole vacancy, as its page and the editor show it.
type Vacancy struct {
	Summary
	TranslationKey  string
	ApplyURL        string
	ContactName     string
	ContactEmail    string
	ContactPhone    string
	BodyMarkdown    string
	AdjustmentsNote string
	CreatedAt       time.Time
	UpdatedAt       time.Time
	// Closed is set by PublishedBySlug when the vacancy is no longer open:
	// closed by an editor or by CloseExpired, or past its closing date. Its
	// page then says so and points to SimilarOpen vacancies.
	Closed bool
	// Revision is the number of the latest revision; 0 for a vacancy
	// written without the Store (bulk-loaded data).
	Revision int
}

// Day returns the civil date of t in Europe/Amsterdam at midnight UTC, the
// form in which pgx scans a date column and in which ClosingDate is kept.
func Day(t time.Time) time.Time {
	y, m, d := t.In(i18n.Amsterdam()).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Today is the current civil date in Europe/Amsterdam (see Day).
func Today() time.Time { return Day(time.Now()) }

// OpenOn reports whether the vacancy is open on day (a civil date, see
// Day): published, and day not after the closing date. It matches the
// open_vacancies view, apart from a publication time later on that day.
func (s Summary) OpenOn(day time.Time) bool {
	return s.Status == StatusPublished && !Day(day).After(s.ClosingDate)
}
