package stories

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
)

// Status is where a story stands in the editorial workflow:
// draft → in review → published → archived. A planned publication is not
// a status of its own: a story with ScheduledAt set is "scheduled" while it
// keeps its status (draft or in review) until the job publishes it.
type Status string

// The workflow's statuses, as stored in stories.status.
const (
	StatusDraft     Status = "draft"
	StatusInReview  Status = "in_review"
	StatusPublished Status = "published"
	StatusArchived  Status = "archived"
)

// Statuses lists every status in workflow order, for the editor's filter.
func Statuses() []Status {
	return []Status{StatusDraft, StatusInReview, StatusPublished, StatusArchived}
}

// Valid reports whether s is one of Statuses().
func (s Status) Valid() bool { return slices.Contains(Statuses(), s) }

// DateLayout is how dates travel in StoryInput and revisions: the format
// that <input type="date"> sends.
const DateLayout = "2006-01-02"

// DefaultConsentPeriod is how long consent lasts when the editor gives no
// expiry date.
const DefaultConsentPeriod = 2 // years

// Draft is a story as the editor sees it: every field, in any status,
// including stories in the trash. Dates (the consent fields) are civil
// dates at midnight UTC.
type Draft struct {
	ID             int64
	TranslationKey string
	Lang           i18n.Lang
	Slug           string
	PersonName     string
	Role           string
	Department     string
	PortraitID     *int64
	Portrait       *images.Image
	PortraitAlt    string
	Quote          string
	Intro          string
	BodyMarkdown   string
	Featured       bool
	Themes         []Theme
	VacancyIDs     []int64

	Status      Status
	PublishedAt *time.Time
	// ScheduledAt is the planned publication; nil when none is planned.
	ScheduledAt *time.Time
	DeletedAt   *time.Time

	ConsentGivenOn     *time.Time
	ConsentExpiresOn   *time.Time
	ConsentWithdrawnOn *time.Time
	ConsentNote        string
	ConsentWarnedAt    *time.Time

	CreatedBy   *int64
	UpdatedBy   *int64
	SubmittedBy *int64
	SubmittedAt *time.Time
	ApprovedBy  *int64
	ApprovedAt  *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time

	// Revision is the number of the latest revision; 0 for a story that
	// was never saved through the editor (demo content).
	Revision int
}

// Scheduled reports whether a publication is planned.
func (d Draft) Scheduled() bool { return d.ScheduledAt != nil }

// Trashed reports whether the story is in the trash.
func (d Draft) Trashed() bool { return d.DeletedAt != nil }

// ThemeSlugs returns the slugs of the story's themes.
func (d Draft) ThemeSlugs() []string {
	out := make([]string, len(d.Themes))
	for i, t := range d.Themes {
		out[i] = t.Slug
	}
	return out
}

// Input returns the story's editable content, as the edit form starts with
// and as a revision keeps it.
func (d Draft) Input() StoryInput {
	in := StoryInput{
		Lang:         d.Lang,
		Slug:         d.Slug,
		PersonName:   d.PersonName,
		Role:         d.Role,
		Department:   d.Department,
		PortraitID:   d.PortraitID,
		PortraitAlt:  d.PortraitAlt,
		Quote:        d.Quote,
		Intro:        d.Intro,
		BodyMarkdown: d.BodyMarkdown,
		Featured:     d.Featured,
		ThemeSlugs:   d.ThemeSlugs(),
		VacancyIDs:   slices.Clone(d.VacancyIDs),
		ConsentNote:  d.ConsentNote,
	}
	if d.ConsentGivenOn != nil {
		in.ConsentGivenOn = d.ConsentGivenOn.Format(DateLayout)
	}
	if d.ConsentExpiresOn != nil {
		in.ConsentExpiresOn = d.ConsentExpiresOn.Format(DateLayout)
	}
	in.normalize()
	return in
}

// ConsentState says whether a story's consent allows publication on a day.
type ConsentState int

// The consent states, valid first.
const (
	ConsentValid ConsentState = iota
	// ConsentMissing: no date of consent recorded, or one after the day.
	ConsentMissing
	ConsentWithdrawn
	ConsentExpired
)

// ConsentOn returns the state of the story's consent on day (a civil date,
// see Day): valid when given on or before day, not withdrawn, and expiring
// on or after day. It matches the rule of the public_stories view.
func (d Draft) ConsentOn(day time.Time) ConsentState {
	day = Day(day)
	switch {
	case d.ConsentWithdrawnOn != nil:
		return ConsentWithdrawn
	case d.ConsentGivenOn == nil || d.ConsentGivenOn.After(day):
		return ConsentMissing
	case d.ConsentExpiresOn != nil && d.ConsentExpiresOn.Before(day):
		return ConsentExpired
	}
	return ConsentValid
}

// Day returns the civil date of t in Europe/Amsterdam, at midnight UTC, the
// form in which pgx scans a date column.
func Day(t time.Time) time.Time {
	y, m, d := t.In(i18n.Amsterdam()).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Today is the current civil date in Europe/Amsterdam (see Day).
func Today() time.Time { return Day(time.Now()) }

// ErrNoSuchLocalTime is returned by ParseLocalDateTime for a wall-clock
// time that does not exist in Europe/Amsterdam: one in the hour skipped
// when summer time begins (02:00–03:00 on the last Sunday of March).
var ErrNoSuchLocalTime = errors.New("stories: this time does not exist in Europe/Amsterdam (change to summer time)")

// ParseLocalDateTime reads a date and time as <input type="datetime-local">
// sends it ("2026-05-01T09:30", seconds optional) as a wall-clock time in
// Europe/Amsterdam, with the offset in force on that day (+01:00 in
// winter, +02:00 in summer). A time in the hour skipped when summer time
// begins is ErrNoSuchLocalTime; a time in the hour that happens twice when
// it ends is read as the first of the two (still summer time), so the
// story is never published later than the editor expects.
func ParseLocalDateTime(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05"} {
		wall, err := time.Parse(layout, strings.TrimSpace(s))
		if err != nil {
			continue
		}
		t, ok := amsterdamWallClock(wall)
		if !ok {
			return time.Time{}, fmt.Errorf("stories.ParseLocalDateTime %q: %w", s, ErrNoSuchLocalTime)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("stories.ParseLocalDateTime: %q is not a date and time", s)
}

// amsterdamWallClock returns the earliest instant whose wall clock in
// Europe/Amsterdam reads as wall does in UTC; false when there is none.
// The zone's offsets half a day either side are the candidates: a day
// holds at most one change of offset.
func amsterdamWallClock(wall time.Time) (time.Time, bool) {
	ams := i18n.Amsterdam()
	var best time.Time
	found := false
	for _, probe := range []time.Time{wall.Add(-12 * time.Hour), wall.Add(12 * time.Hour)} {
		_, off := probe.In(ams).Zone()
		t := wall.Add(-time.Duration(off) * time.Second)
		if _, at := t.In(ams).Zone(); at != off {
			continue
		}
		if !found || t.Before(best) {
			best, found = t, true
		}
	}
	if !found {
		return time.Time{}, false
	}
	return best.In(ams), true
}

// StoryInput is a story's editable content: what the edit form sends and
// what a revision keeps (its JSON form is the revision snapshot). The
// consent dates are strings in DateLayout, empty when not set, so a form
// with an unreadable date can be shown again as typed. Lang is fixed once
// the story exists; changing it is ignored by Update.
type StoryInput struct {
	Lang i18n.Lang `json:"lang"`
	// Slug is the last part of the story's URL; empty to derive it from
	// PersonName.
	Slug         string   `json:"slug"`
	PersonName   string   `json:"person_name"`
	Role         string   `json:"role"`
	Department   string   `json:"department"`
	PortraitID   *int64   `json:"portrait_id"`
	PortraitAlt  string   `json:"portrait_alt"`
	Quote        string   `json:"quote"`
	Intro        string   `json:"intro"`
	BodyMarkdown string   `json:"body_markdown"`
	Featured     bool     `json:"featured"`
	ThemeSlugs   []string `json:"themes"`
	VacancyIDs   []int64  `json:"vacancies"`
	// ConsentGivenOn is the date the featured person consented.
	ConsentGivenOn string `json:"consent_given_on"`
	// ConsentExpiresOn defaults to ConsentGivenOn plus two years.
	ConsentExpiresOn string `json:"consent_expires_on"`
	// ConsentNote says where the signed consent is kept.
	ConsentNote string `json:"consent_note"`
}

// Equal reports whether in and other hold the same content, once both are
// normalised.
func (in StoryInput) Equal(other StoryInput) bool {
	in.normalize()
	other.normalize()
	return in.Lang == other.Lang && in.Slug == other.Slug && in.PersonName == other.PersonName &&
		in.Role == other.Role && in.Department == other.Department &&
		ptrEqual(in.PortraitID, other.PortraitID) && in.PortraitAlt == other.PortraitAlt &&
		in.Quote == other.Quote && in.Intro == other.Intro && in.BodyMarkdown == other.BodyMarkdown &&
		in.Featured == other.Featured && slices.Equal(in.ThemeSlugs, other.ThemeSlugs) &&
		slices.Equal(in.VacancyIDs, other.VacancyIDs) && in.ConsentGivenOn == other.ConsentGivenOn &&
		in.ConsentExpiresOn == other.ConsentExpiresOn && in.ConsentNote == other.ConsentNote
}

func ptrEqual[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// normalize trims the single-line fields, unifies line ends in the
// multi-line ones, lower-cases the slug, and sorts and de-duplicates the
// themes and vacancies, so that equal content compares equal.
func (in *StoryInput) normalize() {
	for _, f := range []*string{&in.Slug, &in.PersonName, &in.Role, &in.Department, &in.PortraitAlt,
		&in.ConsentGivenOn, &in.ConsentExpiresOn} {
		*f = strings.Join(strings.Fields(*f), " ")
	}
	in.Slug = strings.ToLower(in.Slug)
	for _, f := range []*string{&in.Quote, &in.Intro, &in.BodyMarkdown, &in.ConsentNote} {
		*f = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(*f, "\r\n", "\n"), "\r", "\n"))
	}
	if in.PortraitID != nil && *in.PortraitID <= 0 {
		in.PortraitID = nil
	}
	if in.PortraitID == nil {
		in.PortraitAlt = ""
	}
	themes := make([]string, 0, len(in.ThemeSlugs))
	for _, t := range in.ThemeSlugs {
		if t = strings.TrimSpace(t); t != "" {
			themes = append(themes, t)
		}
	}
	slices.Sort(themes)
	in.ThemeSlugs = slices.Compact(themes)
	vacancies := slices.Clone(in.VacancyIDs)
	slices.Sort(vacancies)
	in.VacancyIDs = slices.Compact(vacancies)
	if len(in.ThemeSlugs) == 0 {
		in.ThemeSlugs = nil
	}
	if len(in.VacancyIDs) == 0 {
		in.VacancyIDs = nil
	}
}

// FieldErrors maps a form field (the StoryInput JSON name, such as
// "person_name") to the catalogue key of its error message (such as
// "story.error.name"). As an error it is what Store.CreateDraft and
// Store.Update return when the input is refused; get it back with
// errors.As.
type FieldErrors map[string]string

func (fe FieldErrors) Error() string {
	keys := slices.Sorted(maps.Keys(fe))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + fe[k]
	}
	return "stories: invalid input: " + strings.Join(parts, ", ")
}

// add records key for field unless the field already has an error, so the
// first problem found is the one shown.
func (fe FieldErrors) add(field, key string) {
	if _, ok := fe[field]; !ok {
		fe[field] = key
	}
}

// Field limits, in characters.
const (
	maxShort = 200    // name, role, department, slug
	maxAlt   = 400    // portrait alt text
	maxQuote = 600    // pull quote
	maxIntro = 3000   // intro
	maxBody  = 100000 // interview body
	maxNote  = 2000   // where the signed consent is kept
)

// Validate normalises in and checks what can be checked without the
// database, on the civil date today (see Day): required fields, lengths,
// the slug's format, portrait alt text, and sane consent dates. An empty
// ConsentExpiresOn next to a given date is set to two years after it. It
// returns nil when nothing is wrong. Store.CreateDraft and Store.Update call
// it and add the checks that need the database (slug taken, unknown theme
// or image).
func (in *StoryInput) Validate(today time.Time) FieldErrors {
	in.normalize()
	fe := FieldErrors{}
	if _, ok := i18n.Parse(string(in.Lang)); !ok {
		fe.add("lang", "story.error.lang")
	}
	required := []struct {
		field, key, value string
		limit             int
	}{
		{"person_name", "story.error.name", in.PersonName, maxShort},
		{"role", "story.error.role", in.Role, maxShort},
		{"department", "story.error.department", in.Department, maxShort},
		{"quote", "story.error.quote", in.Quote, maxQuote},
		{"intro", "story.error.intro", in.Intro, maxIntro},
		{"body_markdown", "story.error.body", in.BodyMarkdown, maxBody},
	}
	for _, r := range required {
		switch {
		case r.value == "":
			fe.add(r.field, r.key)
		case len([]rune(r.value)) > r.limit:
			fe.add(r.field, "story.error.too_long")
		}
	}
	if in.Slug != "" {
		if !slugPattern.MatchString(in.Slug) {
			fe.add("slug", "story.error.slug")
		} else if len(in.Slug) > maxSlug {
			fe.add("slug", "story.error.too_long")
		}
	}
	if in.PortraitID != nil {
		switch {
		case in.PortraitAlt == "":
			fe.add("portrait_alt", "story.error.portrait_alt")
		case len([]rune(in.PortraitAlt)) > maxAlt:
			fe.add("portrait_alt", "story.error.too_long")
		}
	}
	for _, id := range in.VacancyIDs {
		if id <= 0 {
			fe.add("vacancies", "story.error.vacancy")
		}
	}
	if len([]rune(in.ConsentNote)) > maxNote {
		fe.add("consent_note", "story.error.too_long")
	}
	given, givenOK := parseDate(in.ConsentGivenOn)
	expires, expiresOK := parseDate(in.ConsentExpiresOn)
	if !givenOK {
		fe.add("consent_given_on", "story.error.date")
	}
	if !expiresOK {
		fe.add("consent_expires_on", "story.error.date")
	}
	if givenOK && given != nil && given.After(Day(today)) {
		fe.add("consent_given_on", "story.error.consent_given_future")
	}
	if givenOK && expiresOK {
		switch {
		case given == nil && expires != nil:
			fe.add("consent_expires_on", "story.error.consent_expires_without_given")
		case given != nil && expires != nil && !expires.After(*given):
			fe.add("consent_expires_on", "story.error.consent_expires_before_given")
		case given != nil && expires == nil:
			in.ConsentExpiresOn = given.AddDate(DefaultConsentPeriod, 0, 0).Format(DateLayout)
		}
	}
	if len(fe) == 0 {
		return nil
	}
	return fe
}

// parseDate reads a DateLayout date; empty is nil and fine.
func parseDate(s string) (*time.Time, bool) {
	if s == "" {
		return nil, true
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return nil, false
	}
	return &t, true
}

// EditorQuery selects a page of the editor's story list. Zero fields do
// not filter.
type EditorQuery struct {
	Status Status
	// Scheduled keeps only stories with a planned publication.
	Scheduled bool
	Lang      i18n.Lang
	Theme     string // theme slug
	// Search matches part of the person's name, in any letter case.
	Search string
	// Trashed lists the trash instead of the stories outside it.
	Trashed bool
	// ConsentExpiresWithin keeps stories outside the archive whose consent
	// has not been withdrawn and expires within this many days from today
	// (expired ones included), soonest first; 0 does not filter.
	ConsentExpiresWithin int
	Page                 int // 1-based; 0 is the first page
	PerPage              int // 0 means 25; at most 200
}

// EditorSummary is a row of the editor's story list.
type EditorSummary struct {
	ID                 int64
	TranslationKey     string
	Lang               i18n.Lang
	Slug               string
	PersonName         string
	Role               string
	Status             Status
	PublishedAt        *time.Time
	ScheduledAt        *time.Time
	DeletedAt          *time.Time
	ConsentExpiresOn   *time.Time
	ConsentWithdrawnOn *time.Time
	UpdatedAt          time.Time
	Themes             []Theme
}

// EditorPage is one page of the editor's story list.
type EditorPage struct {
	Stories []EditorSummary
	// Total counts every story that matches the query, on all pages.
	Total   int
	Page    int
	PerPage int
}

// Pages returns the number of pages, at least 1.
func (p EditorPage) Pages() int {
	if p.PerPage <= 0 || p.Total == 0 {
		return 1
	}
	return (p.Total + p.PerPage - 1) / p.PerPage
}

// Translation is one language version of a story group.
type Translation struct {
	ID         int64
	Lang       i18n.Lang
	Slug       string
	PersonName string
	Status     Status
	DeletedAt  *time.Time
}

// Saved reports what Store.Update did.
type Saved struct {
	// Changed is false when the input equalled the stored content: then
	// nothing was written, not even a revision.
	Changed bool
	// Revision is the number of the revision written (or the latest one
	// when nothing changed).
	Revision int
	// OldSlug is the slug before a rename, which now redirects to Slug;
	// empty when the slug stayed.
	OldSlug string
	Slug    string
	// ConsentChanged is true when the consent dates or note changed.
	ConsentChanged bool
	Before, After  StoryInput
}

// RevisionInfo is a revision as the history lists it.
type RevisionInfo struct {
	Number      int
	EditorID    *int64
	EditorEmail string // empty when the editor's account is gone or for demo content
	CreatedAt   time.Time
}

// Revision is a stored revision with its content.
type Revision struct {
	RevisionInfo
	Snapshot StoryInput
}

// ErrorKeys lists every catalogue key a FieldErrors from this package can
// hold, so a test can check that the message catalogue has them all.
func ErrorKeys() []string {
	return []string{
		"story.error.lang", "story.error.name", "story.error.role", "story.error.department",
		"story.error.quote", "story.error.intro", "story.error.body", "story.error.too_long",
		"story.error.slug", "story.error.slug_taken", "story.error.portrait_alt", "story.error.portrait",
		"story.error.theme", "story.error.vacancy", "story.error.vacancy_lang", "story.error.vacancy_unknown", "story.error.date", "story.error.consent_given_future",
		"story.error.consent_expires_before_given", "story.error.consent_expires_without_given",
	}
}

// DiffFields lists the Field names a FieldDiff can carry, in form order;
// the editor labels each with the catalogue key "story.field."+name.
func DiffFields() []string {
	return []string{"person_name", "role", "department", "slug", "portrait_id", "portrait_alt", "quote",
		"intro", "body_markdown", "themes", "vacancies", "featured", "consent_given_on",
		"consent_expires_on", "consent_note"}
}
