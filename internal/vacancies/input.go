package vacancies

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/plaintext"
)

// DateLayout is how the closing date travels in VacancyInput, CSV files and
// revisions: the format that <input type="date"> sends.
const DateLayout = "2006-01-02"

// VacancyInput is a vacancy's editable content: what the edit form and a
// CSV row send, and what a revision keeps (its JSON form, with the status,
// is the revision snapshot). Numbers and the date are strings as typed, so
// a form with an unreadable value can be shown again as it was; Validate
// reads them. The JSON names are the field names of FieldErrors.
type VacancyInput struct {
	Lang i18n.Lang `json:"lang"`
	// Slug is the last part of the vacancy's URL; empty to derive it from
	// the title.
	Slug             string `json:"slug"`
	Title            string `json:"title"`
	OrganisationUnit string `json:"organisation_unit"`
	City             string `json:"city"`
	Province         string `json:"province"` // one of Provinces()
	// ScaleMin and ScaleMax are salary scales 1–18; both empty only for an
	// internship.
	ScaleMin string `json:"scale_min"`
	ScaleMax string `json:"scale_max"`
	// SalaryMin and SalaryMax are gross euros per month; both or neither.
	// "3.500" and "€ 3500" are read as 3500.
	SalaryMin      string `json:"salary_min"`
	SalaryMax      string `json:"salary_max"`
	HoursMin       string `json:"hours_min"` // per week, 1–40
	HoursMax       string `json:"hours_max"`
	EducationLevel string `json:"education_level"` // one of EducationLevels()
	EmploymentType string `json:"employment_type"` // one of EmploymentTypes()
	// ClosingDate is the last day to apply, in DateLayout.
	ClosingDate string `json:"closing_date"`
	// ApplyURL is where candidates apply; without it, ContactEmail is
	// required.
	ApplyURL     string `json:"apply_url"`
	ContactName  string `json:"contact_name"`
	ContactEmail string `json:"contact_email"`
	ContactPhone string `json:"contact_phone"`
	BodyMarkdown string `json:"body_markdown"`
	// Labels are among Labels().
	Labels []string `json:"labels"`
	// AdjustmentsNote describes the reasonable adjustments offered in the
	// selection process.
	AdjustmentsNote string `json:"adjustments_note"`
}

// FieldErrors maps a field (a VacancyInput JSON name, such as "scale_min")
// to the catalogue key of its error message (such as
// "vacancy.error.scale"). As an error it is what Store.Create, Store.Update
// and Store.SetStatus return when they refuse the input; get it back with
// errors.As.
type FieldErrors map[string]string

func (fe FieldErrors) Error() string {
	keys := slices.Sorted(maps.Keys(fe))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + fe[k]
	}
	return "vacancies: invalid input: " + strings.Join(parts, ", ")
}

// add records key for field unless the field already has an error, so the
// first problem found is the one shown.
func (fe FieldErrors) add(field, key string) {
	if _, ok := fe[field]; !ok {
		fe[field] = key
	}
}

// The message keys of FieldErrors. The web layer's catalogue holds their
// texts in Dutch and English; MessageKeys lists them for its test.
const (
	ErrRequired         = "vacancy.error.required"          // field left empty
	ErrTooLong          = "vacancy.error.too_long"          // over the field's length limit
	ErrLang             = "vacancy.error.lang"              // not nl or en
	ErrSlug             = "vacancy.error.slug"              // not lower-case words joined by hyphens
	ErrSlugTaken        = "vacancy.error.slug_taken"        // another vacancy in the language has it
	ErrProvince         = "vacancy.error.province"          // not one of Provinces()
	ErrNumber           = "vacancy.error.number"            // not a whole number
	ErrScale            = "vacancy.error.scale"             // outside 1–18
	ErrScaleOrder       = "vacancy.error.scale_order"       // minimum above maximum
	ErrScaleRequired    = "vacancy.error.scale_required"    // missing, and not an internship
	ErrSalary           = "vacancy.error.salary"            // not between 1 and 99 999 euros
	ErrSalaryOrder      = "vacancy.error.salary_order"      // minimum above maximum
	ErrSalaryPair       = "vacancy.error.salary_pair"       // only one of minimum and maximum
	ErrHours            = "vacancy.error.hours"             // outside 1–40
	ErrHoursOrder       = "vacancy.error.hours_order"       // minimum above maximum
	ErrEducationLevel   = "vacancy.error.education_level"   // not one of EducationLevels()
	ErrEmploymentType   = "vacancy.error.employment_type"   // not one of EmploymentTypes()
	ErrDate             = "vacancy.error.date"              // not a date
	ErrClosingDatePast  = "vacancy.error.closing_date_past" // the day has passed
	ErrURL              = "vacancy.error.url"               // not an absolute http(s) URL
	ErrEmail            = "vacancy.error.email"             // not an e-mail address
	ErrPhone            = "vacancy.error.phone"             // characters a phone number has not
	ErrApplyRoute       = "vacancy.error.apply_route"       // neither apply URL nor contact e-mail
	ErrLabel            = "vacancy.error.label"             // not one of Labels()
	ErrTranslationTaken = "vacancy.error.translation_taken" // the group has a vacancy in this language
	ErrCharacters       = "vacancy.error.characters"        // invalid UTF-8 or control characters
)

// MessageKeys lists every message key a FieldErrors value can hold.
func MessageKeys() []string {
	return []string{ErrRequired, ErrTooLong, ErrLang, ErrSlug, ErrSlugTaken, ErrProvince, ErrNumber,
		ErrScale, ErrScaleOrder, ErrScaleRequired, ErrSalary, ErrSalaryOrder, ErrSalaryPair, ErrHours,
		ErrHoursOrder, ErrEducationLevel, ErrEmploymentType, ErrDate, ErrClosingDatePast, ErrURL,
		ErrEmail, ErrPhone, ErrApplyRoute, ErrLabel, ErrTranslationTaken, ErrCharacters}
}

// Field limits, in characters.
const (
	maxSlug  = 120
	maxShort = 200    // title, organisation unit, city, contact fields
	maxURL   = 2000   // apply URL
	maxNote  = 5000   // adjustments note
	maxBody  = 100000 // Markdown body
)

var (
	slugPattern  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	phonePattern = regexp.MustCompile(`^\+?[0-9 ()\-]{6,30}$`)
)

// normalize trims the single-line fields, unifies line ends in the
// multi-line ones, lower-cases the slug and the code fields, and sorts and
// de-duplicates the labels, so that equal content compares equal.
func (in *VacancyInput) normalize() {
	for _, f := range []*string{&in.Slug, &in.Title, &in.OrganisationUnit, &in.City, &in.Province,
		&in.ScaleMin, &in.ScaleMax, &in.SalaryMin, &in.SalaryMax, &in.HoursMin, &in.HoursMax,
		&in.EducationLevel, &in.EmploymentType, &in.ClosingDate, &in.ApplyURL, &in.ContactName,
		&in.ContactEmail, &in.ContactPhone} {
		*f = strings.Join(strings.Fields(*f), " ")
	}
	for _, f := range []*string{&in.Slug, &in.Province, &in.EducationLevel, &in.EmploymentType} {
		*f = strings.ToLower(*f)
	}
	// Numbers are kept as typed unless they read as one, so "€ 3.500" and
	// "3500" are the same content.
	for _, f := range []*string{&in.ScaleMin, &in.ScaleMax, &in.SalaryMin, &in.SalaryMax, &in.HoursMin, &in.HoursMax} {
		if n, err := parseNumber(*f); err == nil {
			*f = strconv.Itoa(n)
		}
	}
	for _, f := range []*string{&in.BodyMarkdown, &in.AdjustmentsNote} {
		*f = strings.TrimSpace(strings.ReplaceAll(*f, "\r\n", "\n"))
	}
	labels := make([]string, 0, len(in.Labels))
	for _, l := range in.Labels {
		if l = strings.ToLower(strings.TrimSpace(l)); l != "" {
			labels = append(labels, l)
		}
	}
	slices.Sort(labels)
	in.Labels = slices.Compact(labels)
}

// Equal reports whether in and other hold the same content once both are
// normalised.
func (in VacancyInput) Equal(other VacancyInput) bool {
	in.normalize()
	other.normalize()
	// Every field is a string but Labels; comparing the JSON forms keeps
	// this right when a field is added.
	a, errA := json.Marshal(in)
	b, errB := json.Marshal(other)
	return errA == nil && errB == nil && bytes.Equal(a, b)
}

// fields is a validated VacancyInput in the types the table stores.
type fields struct {
	VacancyInput
	scale, salary, hours Range
	closing              time.Time
}

// Validate normalises in and checks every field, returning nil when all
// are fine and otherwise one message key per field at fault. When today
// is not zero, a closing date before it is refused; the Store passes the
// current day unless the date is unchanged, so an old vacancy can still be
// corrected.
func (in *VacancyInput) Validate(today time.Time) FieldErrors {
	_, fe := in.check(today)
	if len(fe) == 0 {
		return nil
	}
	return fe
}

func (in *VacancyInput) check(today time.Time) (fields, FieldErrors) {
	in.normalize()
	fe := FieldErrors{}
	f := fields{VacancyInput: *in}
	if _, ok := i18n.Parse(string(in.Lang)); !ok {
		fe.add("lang", ErrLang)
	}
	if in.Slug != "" && !slugPattern.MatchString(in.Slug) {
		fe.add("slug", ErrSlug)
	}
	limits := []struct {
		field, value string
		max          int
		required     bool
	}{
		{"slug", in.Slug, maxSlug, false},
		{"title", in.Title, maxShort, true},
		{"organisation_unit", in.OrganisationUnit, maxShort, true},
		{"city", in.City, maxShort, true},
		{"province", in.Province, maxShort, true},
		{"hours_min", in.HoursMin, maxShort, true},
		{"hours_max", in.HoursMax, maxShort, true},
		{"education_level", in.EducationLevel, maxShort, true},
		{"employment_type", in.EmploymentType, maxShort, true},
		{"closing_date", in.ClosingDate, maxShort, true},
		{"apply_url", in.ApplyURL, maxURL, false},
		{"contact_name", in.ContactName, maxShort, false},
		{"contact_email", in.ContactEmail, maxShort, false},
		{"contact_phone", in.ContactPhone, maxShort, false},
		{"body_markdown", in.BodyMarkdown, maxBody, true},
		{"adjustments_note", in.AdjustmentsNote, maxNote, false},
	}
	for _, l := range limits {
		switch {
		case !plaintext.Valid(l.value):
			// A CSV import can carry what no browser sends (NUL, escapes).
			fe.add(l.field, ErrCharacters)
		case l.required && l.value == "":
			fe.add(l.field, ErrRequired)
		case utf8.RuneCountInString(l.value) > l.max:
			fe.add(l.field, ErrTooLong)
		}
	}
	if in.Province != "" && !slices.Contains(Provinces(), in.Province) {
		fe.add("province", ErrProvince)
	}
	if in.EducationLevel != "" && !slices.Contains(EducationLevels(), in.EducationLevel) {
		fe.add("education_level", ErrEducationLevel)
	}
	if in.EmploymentType != "" && !slices.Contains(EmploymentTypes(), in.EmploymentType) {
		fe.add("employment_type", ErrEmploymentType)
	}

	// Salary scale: required except for internships, which pay an allowance.
	scaleOptional := in.EmploymentType == "internship"
	f.scale = readRange(fe, "scale_min", in.ScaleMin, "scale_max", in.ScaleMax, 1, 18, ErrScale, ErrScaleOrder)
	if in.ScaleMin == "" && in.ScaleMax == "" && !scaleOptional {
		fe.add("scale_min", ErrScaleRequired)
	} else if (in.ScaleMin == "") != (in.ScaleMax == "") {
		fe.add(emptyOf("scale_min", in.ScaleMin, "scale_max"), ErrRequired)
	}
	f.salary = readRange(fe, "salary_min", in.SalaryMin, "salary_max", in.SalaryMax, 1, 99999, ErrSalary, ErrSalaryOrder)
	if (in.SalaryMin == "") != (in.SalaryMax == "") {
		fe.add(emptyOf("salary_min", in.SalaryMin, "salary_max"), ErrSalaryPair)
	}
	f.hours = readRange(fe, "hours_min", in.HoursMin, "hours_max", in.HoursMax, 1, 40, ErrHours, ErrHoursOrder)

	if in.ClosingDate != "" {
		d, err := time.Parse(DateLayout, in.ClosingDate)
		switch {
		case err != nil:
			fe.add("closing_date", ErrDate)
		case !today.IsZero() && d.Before(Day(today)):
			fe.add("closing_date", ErrClosingDatePast)
		}
		f.closing = d
	}
	if in.ApplyURL != "" && !validURL(in.ApplyURL) {
		fe.add("apply_url", ErrURL)
	}
	if in.ContactEmail != "" && !validEmail(in.ContactEmail) {
		fe.add("contact_email", ErrEmail)
	}
	if in.ApplyURL == "" && in.ContactEmail == "" {
		fe.add("apply_url", ErrApplyRoute)
	}
	if in.ContactPhone != "" && !phonePattern.MatchString(in.ContactPhone) {
		fe.add("contact_phone", ErrPhone)
	}
	for _, l := range in.Labels {
		if !slices.Contains(Labels(), l) {
			fe.add("labels", ErrLabel)
		}
	}
	return f, fe
}

// readRange reads a pair of whole numbers between lo and hi into a Range,
// recording errors under the pair's field names. Empty fields give the
// zero Range (the caller decides whether that is allowed).
func readRange(fe FieldErrors, minField, minValue, maxField, maxValue string, lo, hi int, outside, order string) Range {
	read := func(field, value string) (int, bool) {
		if value == "" {
			return 0, false
		}
		n, err := parseNumber(value)
		if err != nil {
			fe.add(field, ErrNumber)
			return 0, false
		}
		if n < lo || n > hi {
			fe.add(field, outside)
			return 0, false
		}
		return n, true
	}
	a, okA := read(minField, minValue)
	b, okB := read(maxField, maxValue)
	if !okA || !okB {
		return Range{}
	}
	if a > b {
		fe.add(maxField, order)
		return Range{}
	}
	return Range{a, b}
}

func emptyOf(a, aValue, b string) string {
	if aValue == "" {
		return a
	}
	return b
}

// thousands matches a number written with dots between groups of three
// digits, the Dutch way: "3.500".
var thousands = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9]{3})+$`)

// parseNumber reads a whole number, allowing a leading euro sign and
// Dutch thousands separators ("€ 3.500"), as salaries are often typed.
func parseNumber(s string) (int, error) {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "€"))
	s = strings.TrimSuffix(s, ",-")
	if thousands.MatchString(s) {
		s = strings.ReplaceAll(s, ".", "")
	}
	return strconv.Atoi(s)
}

func validURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && !strings.ContainsAny(s, " <>\"")
}

func validEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	return err == nil && a.Address == s && strings.Contains(s[strings.LastIndexByte(s, '@'):], ".")
}

// Input returns the vacancy's editable content, as the edit form starts
// with and as a revision keeps it.
func (v Vacancy) Input() VacancyInput {
	in := VacancyInput{
		Lang:             v.Lang,
		Slug:             v.Slug,
		Title:            v.Title,
		OrganisationUnit: v.OrganisationUnit,
		City:             v.City,
		Province:         v.Province,
		EducationLevel:   v.EducationLevel,
		EmploymentType:   v.EmploymentType,
		ApplyURL:         v.ApplyURL,
		ContactName:      v.ContactName,
		ContactEmail:     v.ContactEmail,
		ContactPhone:     v.ContactPhone,
		BodyMarkdown:     v.BodyMarkdown,
		Labels:           slices.Clone(v.Labels),
		AdjustmentsNote:  v.AdjustmentsNote,
		HoursMin:         strconv.Itoa(v.Hours.Min),
		HoursMax:         strconv.Itoa(v.Hours.Max),
	}
	if !v.Scale.IsZero() {
		in.ScaleMin, in.ScaleMax = strconv.Itoa(v.Scale.Min), strconv.Itoa(v.Scale.Max)
	}
	if !v.Salary.IsZero() {
		in.SalaryMin, in.SalaryMax = strconv.Itoa(v.Salary.Min), strconv.Itoa(v.Salary.Max)
	}
	if !v.ClosingDate.IsZero() {
		in.ClosingDate = v.ClosingDate.Format(DateLayout)
	}
	in.normalize()
	return in
}
