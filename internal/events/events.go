// Package events holds the agenda: events that partners submit and editors
// moderate, the public queries of the agenda, and candidates' registrations
// with double opt-in, capacity and a waiting list. It has no HTTP code and
// sends no mail; methods return what the caller needs to mail (the
// registrations to notify, the tokens for links).
//
// Moderation: an events row holds the current version of an event, which is
// the live, public version once approved. Every submission is also stored in
// event_revisions; a change to an approved event waits there, pending, while
// the approved version stays public, and is copied into the row when an
// editor approves it.
//
// Isolation: every method a partner user's request calls takes the partner
// id and filters on it in SQL, so another organisation's records answer
// database.ErrNotFound exactly like records that do not exist.
package events

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/plaintext"
)

// Type is the kind of event.
type Type string

// The event types.
const (
	TypeWorkVisit      Type = "work_visit"
	TypeTraining       Type = "training"
	TypeOpenDay        Type = "open_day"
	TypeNetworkMeeting Type = "network_meeting"
	TypeDiversityWeek  Type = "diversity_week"
	TypeOther          Type = "other"
)

// Types lists every event type in display order.
func Types() []Type {
	return []Type{TypeWorkVisit, TypeTraining, TypeOpenDay, TypeNetworkMeeting, TypeDiversityWeek, TypeOther}
}

// Valid reports whether t is one of Types().
func (t Type) Valid() bool { return slices.Contains(Types(), t) }

// Status is where an event stands; see the package comment and the
// migration for the meaning of each.
type Status string

// The event statuses.
const (
	StatusDraft            Status = "draft"
	StatusSubmitted        Status = "submitted"
	StatusApproved         Status = "approved"
	StatusRejected         Status = "rejected"
	StatusChangesRequested Status = "changes_requested"
	StatusCancelled        Status = "cancelled"
)

// Province is a Dutch province, by slug.
type Province struct {
	Slug string
	Name string // the same in Dutch and English, except Fryslân
}

// Provinces returns the twelve provinces in alphabetical order.
func Provinces() []Province {
	return []Province{
		{"drenthe", "Drenthe"}, {"flevoland", "Flevoland"}, {"friesland", "Fryslân"},
		{"gelderland", "Gelderland"}, {"groningen", "Groningen"}, {"limburg", "Limburg"},
		{"noord-brabant", "Noord-Brabant"}, {"noord-holland", "Noord-Holland"},
		{"overijssel", "Overijssel"}, {"utrecht", "Utrecht"}, {"zeeland", "Zeeland"},
		{"zuid-holland", "Zuid-Holland"},
	}
}

// ValidProvince reports whether slug names a province.
func ValidProvince(slug string) bool {
	return slices.ContainsFunc(Provinces(), func(p Province) bool { return p.Slug == slug })
}

// Content is what a partner writes about an event: everything a submission
// may change. It is stored as JSON in event_revisions, hence the tags.
// Descriptions are Markdown; titles and notes plain text. The English
// fields are optional: pages fall back to the Dutch text.
type Content struct {
	Type          Type      `json:"type"`
	TitleNL       string    `json:"title_nl"`
	TitleEN       string    `json:"title_en"`
	DescriptionNL string    `json:"description_nl"`
	DescriptionEN string    `json:"description_en"`
	StartsAt      time.Time `json:"starts_at"`
	EndsAt        time.Time `json:"ends_at"`
	// Online events have a link; hybrid events have a link and a venue.
	Online    bool   `json:"online"`
	OnlineURL string `json:"online_url"`
	VenueName string `json:"venue_name"`
	Address   string `json:"address"`
	City      string `json:"city"`
	Province  string `json:"province"` // slug; required with a venue, "" otherwise
	// Accessibility provisions.
	WheelchairAccessible    bool   `json:"wheelchair_accessible"`
	SignLanguageInterpreter bool   `json:"sign_language_interpreter"`
	QuietRoom               bool   `json:"quiet_room"`
	AccessibilityNoteNL     string `json:"accessibility_note_nl"`
	AccessibilityNoteEN     string `json:"accessibility_note_en"`
	// Capacity is the number of seats; nil for no limit.
	Capacity         *int `json:"capacity"`
	RegistrationOpen bool `json:"registration_open"`
}

// Title returns the title for a page in l and the language it is in: the
// English title on English pages when there is one, else the Dutch one
// (which the page marks with lang="nl").
func (c Content) Title(l i18n.Lang) (string, i18n.Lang) { return pick(l, c.TitleNL, c.TitleEN) }

// Description is like Title for the Markdown description.
func (c Content) Description(l i18n.Lang) (string, i18n.Lang) {
	return pick(l, c.DescriptionNL, c.DescriptionEN)
}

// AccessibilityNote is like Title for the free-text accessibility note.
func (c Content) AccessibilityNote(l i18n.Lang) (string, i18n.Lang) {
	return pick(l, c.AccessibilityNoteNL, c.AccessibilityNoteEN)
}

func pick(l i18n.Lang, nl, en string) (string, i18n.Lang) {
	if l == i18n.EN && en != "" {
		return en, i18n.EN
	}
	return nl, i18n.NL
}

// HasVenue reports whether the event takes place (also) at a venue.
func (c Content) HasVenue() bool { return c.VenueName != "" }

// Limits on content fields, in characters.
const (
	MaxTitleLen       = 200
	MaxDescriptionLen = 20000
	MaxShortLen       = 300 // venue, address, city, URL
	MaxNoteLen        = 2000
	MaxCapacity       = 100000
)

// Validation codes in ValidationError.Fields; the web layer maps them to
// messages.
const (
	CodeRequired        = "required"
	CodeInvalid         = "invalid"
	CodeTooLong         = "too_long"
	CodeEndsBeforeStart = "ends_before_start"
	// CodeBadText: the text is not valid UTF-8 or holds control
	// characters (see plaintext.Valid).
	CodeBadText = "bad_text"
)

// ValidationError says which fields were not acceptable, keyed by field
// (the JSON name: "title_nl", "ends_at", …) with a code such as
// CodeRequired.
type ValidationError struct{ Fields map[string]string }

func (e *ValidationError) Error() string {
	keys := make([]string, 0, len(e.Fields))
	for k, v := range e.Fields {
		keys = append(keys, k+": "+v)
	}
	slices.Sort(keys)
	return "events: invalid input (" + strings.Join(keys, ", ") + ")"
}

// Normalize returns c with white space trimmed, the link dropped when the
// event is not online and times truncated to the second, and a
// *ValidationError when a field is not acceptable: an unknown type, no
// Dutch title, missing or reversed times, an online event without an
// http(s) link, an event with neither link nor venue, a venue without city
// or province, a capacity below 1, a field over its limit, or text that is
// not plaintext.Valid (CodeBadText). Whether the start lies in the future is the
// caller's rule to apply.
func (c Content) Normalize() (Content, error) {
	for _, p := range []*string{&c.TitleNL, &c.TitleEN, &c.DescriptionNL, &c.DescriptionEN, &c.OnlineURL,
		&c.VenueName, &c.Address, &c.City, &c.Province, &c.AccessibilityNoteNL, &c.AccessibilityNoteEN} {
		*p = strings.TrimSpace(*p)
	}
	c.StartsAt = c.StartsAt.Truncate(time.Second)
	c.EndsAt = c.EndsAt.Truncate(time.Second)
	if !c.Online {
		c.OnlineURL = ""
	}
	errs := map[string]string{}
	tooLong := func(field, v string, max int) {
		if utf8.RuneCountInString(v) > max {
			errs[field] = CodeTooLong
		}
	}
	var badText []string
	for field, v := range map[string]string{"title_nl": c.TitleNL, "title_en": c.TitleEN,
		"description_nl": c.DescriptionNL, "description_en": c.DescriptionEN, "online_url": c.OnlineURL,
		"venue_name": c.VenueName, "address": c.Address, "city": c.City, "province": c.Province,
		"accessibility_note_nl": c.AccessibilityNoteNL, "accessibility_note_en": c.AccessibilityNoteEN} {
		if !plaintext.Valid(v) {
			badText = append(badText, field)
		}
	}
	if !c.Type.Valid() {
		errs["type"] = CodeRequired
	}
	if c.TitleNL == "" {
		errs["title_nl"] = CodeRequired
	}
	tooLong("title_nl", c.TitleNL, MaxTitleLen)
	tooLong("title_en", c.TitleEN, MaxTitleLen)
	tooLong("description_nl", c.DescriptionNL, MaxDescriptionLen)
	tooLong("description_en", c.DescriptionEN, MaxDescriptionLen)
	switch {
	case c.StartsAt.IsZero():
		errs["starts_at"] = CodeRequired
	case c.EndsAt.IsZero():
		errs["ends_at"] = CodeRequired
	case !c.EndsAt.After(c.StartsAt):
		errs["ends_at"] = CodeEndsBeforeStart
	}
	if c.Online {
		switch {
		case c.OnlineURL == "":
			errs["online_url"] = CodeRequired
		case !validWebURL(c.OnlineURL):
			errs["online_url"] = CodeInvalid
		}
	}
	tooLong("online_url", c.OnlineURL, MaxShortLen)
	venue := c.VenueName != "" || c.Address != "" || c.City != ""
	if !c.Online || venue {
		if c.VenueName == "" {
			errs["venue_name"] = CodeRequired
		}
		if c.City == "" {
			errs["city"] = CodeRequired
		}
		if c.Province == "" {
			errs["province"] = CodeRequired
		}
	}
	if c.Province != "" && !ValidProvince(c.Province) {
		errs["province"] = CodeInvalid
	}
	tooLong("venue_name", c.VenueName, MaxShortLen)
	tooLong("address", c.Address, MaxShortLen)
	tooLong("city", c.City, MaxShortLen)
	tooLong("accessibility_note_nl", c.AccessibilityNoteNL, MaxNoteLen)
	tooLong("accessibility_note_en", c.AccessibilityNoteEN, MaxNoteLen)
	if c.Capacity != nil && (*c.Capacity < 1 || *c.Capacity > MaxCapacity) {
		errs["capacity"] = CodeInvalid
	}
	// Unusable characters say more than whatever else the field fails.
	for _, field := range badText {
		errs[field] = CodeBadText
	}
	if len(errs) > 0 {
		return c, &ValidationError{Fields: errs}
	}
	return c, nil
}

func validWebURL(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	scheme, rest, ok := strings.Cut(s, "://")
	return ok && (scheme == "http" || scheme == "https") && rest != "" && rest[0] != '/'
}

// FieldChange is one field that differs between two versions of an event.
// Field is the JSON name of the Content field, a stable key for the message
// catalogue. Old and New are the values as text: times as "2006-01-02
// 15:04" in Europe/Amsterdam, booleans as "true"/"false", no capacity and no
// province as "".
type FieldChange struct {
	Field string
	Old   string
	New   string
}

// Changes lists the fields in which next differs from prev, in form order.
// Compared with the zero Content it lists every field a new event fills in.
func Changes(prev, next Content) []FieldChange {
	a, b := fieldTexts(prev), fieldTexts(next)
	var out []FieldChange
	for i := range a {
		if a[i].text != b[i].text {
			out = append(out, FieldChange{Field: a[i].field, Old: a[i].text, New: b[i].text})
		}
	}
	return out
}

type fieldText struct{ field, text string }

func fieldTexts(c Content) []fieldText {
	tm := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(i18n.Amsterdam()).Format("2006-01-02 15:04")
	}
	capacity := ""
	if c.Capacity != nil {
		capacity = strconv.Itoa(*c.Capacity)
	}
	typ := string(c.Type)
	return []fieldText{
		{"type", typ},
		{"title_nl", c.TitleNL},
		{"title_en", c.TitleEN},
		{"description_nl", c.DescriptionNL},
		{"description_en", c.DescriptionEN},
		{"starts_at", tm(c.StartsAt)},
		{"ends_at", tm(c.EndsAt)},
		{"online", strconv.FormatBool(c.Online)},
		{"online_url", c.OnlineURL},
		{"venue_name", c.VenueName},
		{"address", c.Address},
		{"city", c.City},
		{"province", c.Province},
		{"wheelchair_accessible", strconv.FormatBool(c.WheelchairAccessible)},
		{"sign_language_interpreter", strconv.FormatBool(c.SignLanguageInterpreter)},
		{"quiet_room", strconv.FormatBool(c.QuietRoom)},
		{"accessibility_note_nl", c.AccessibilityNoteNL},
		{"accessibility_note_en", c.AccessibilityNoteEN},
		{"capacity", capacity},
		{"registration_open", strconv.FormatBool(c.RegistrationOpen)},
	}
}

// Counts are an event's registrations by status. Unconfirmed registrations
// do not take a seat.
type Counts struct {
	Confirmed  int
	Waitlisted int
	Pending    int // e-mail address not yet confirmed
	// SeatsLeft is the number of free seats, never below zero (the capacity
	// may have been lowered below the confirmed count); nil when the event
	// has no capacity limit.
	SeatsLeft *int
}

// Event is an event as stored: the live version when it is approved.
type Event struct {
	ID int64
	// PartnerID is the organisation that submitted the event; nil for the
	// employer's own events.
	PartnerID   *int64
	PartnerName string
	PartnerSlug string
	Slug        string
	// UID is a UUID that never changes; CalendarUID makes the iCalendar UID.
	UID string
	Content
	Status Status
	// ModerationReason is the reason given when a first submission was
	// rejected or sent back; empty otherwise.
	ModerationReason string
	// Sequence is the iCalendar SEQUENCE, raised on each published change.
	Sequence    int
	PublishedAt *time.Time
	CancelledAt *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
	Counts      Counts
}

// Public reports whether the event has a public page: it was approved, and
// it may have been cancelled since.
func (e Event) Public() bool {
	return e.PublishedAt != nil && (e.Status == StatusApproved || e.Status == StatusCancelled)
}

// AcceptsRegistrations reports whether candidates may register at now: the
// event is approved, registration is open and it has not started. A full
// event still accepts registrations, for the waiting list.
func (e Event) AcceptsRegistrations(now time.Time) bool {
	return e.Status == StatusApproved && e.RegistrationOpen && e.StartsAt.After(now)
}

// Full reports whether every seat is taken.
func (e Event) Full() bool { return e.Counts.SeatsLeft != nil && *e.Counts.SeatsLeft == 0 }

// CalendarUID returns the event's iCalendar UID, "<uuid>@<host>". Keep host
// fixed (the site's canonical host): calendars match updates by UID.
func (e Event) CalendarUID(host string) string { return e.UID + "@" + host }

// RevisionStatus is where a submission stands.
type RevisionStatus string

// The revision statuses.
const (
	RevisionPending          RevisionStatus = "pending"
	RevisionApproved         RevisionStatus = "approved"
	RevisionRejected         RevisionStatus = "rejected"
	RevisionChangesRequested RevisionStatus = "changes_requested"
	// RevisionSuperseded: replaced by a newer submission, or the event was
	// cancelled, before a decision.
	RevisionSuperseded RevisionStatus = "superseded"
)

// Revision is one submission of an event's content.
type Revision struct {
	ID          int64
	EventID     int64
	Content     Content
	Status      RevisionStatus
	Reason      string // given with a rejection or a request for changes
	SubmittedBy *int64
	SubmittedAt time.Time
	DecidedBy   *int64
	DecidedAt   *time.Time
}

// Submission is an item of the moderation queue: a pending revision, the
// event as stored and what the revision changes. For a change to an
// approved event Changes compares with the live version; for an event never
// approved it compares with the previous decided submission, or with
// nothing (every filled-in field) for a first submission.
type Submission struct {
	Revision
	Event Event
	// New is true while the event has never been approved.
	New     bool
	Changes []FieldChange
}

// PartnerEvent is an event as its partner's portal shows it: the stored
// version with the pending change, if any, and the last decision.
type PartnerEvent struct {
	Event
	Pending *Revision
	// LastDecision is the most recent approved, rejected or sent-back
	// revision, with its reason; nil before the first decision.
	LastDecision *Revision
}

// Approval is the outcome of approving a submission.
type Approval struct {
	Event    Event
	Revision Revision
	// Promoted are waitlisted registrations that got a seat because the
	// approved version has more seats (or no limit); mail them.
	Promoted []Registration
}

// Cancellation is the outcome of cancelling an event.
type Cancellation struct {
	Event Event
	// Notify are the confirmed and waitlisted registrations; mail them.
	Notify []Registration
}

// RegistrationStatus is where a registration stands.
type RegistrationStatus string

// The registration statuses.
const (
	RegistrationPending    RegistrationStatus = "pending_confirmation"
	RegistrationConfirmed  RegistrationStatus = "confirmed"
	RegistrationWaitlisted RegistrationStatus = "waitlisted"
	RegistrationCancelled  RegistrationStatus = "cancelled"
)

// Registration is a candidate's registration for an event.
type Registration struct {
	ID                 int64
	EventID            int64
	Name               string
	Email              string // lower case
	AccessibilityNeeds string
	// Lang is the language of the pages the candidate registered on, for
	// the mails they get.
	Lang         i18n.Lang
	Status       RegistrationStatus
	CreatedAt    time.Time
	ConfirmedAt  *time.Time
	WaitlistedAt *time.Time
	PromotedAt   *time.Time
	RemindedAt   *time.Time
	CancelledAt  *time.Time
}

// NewRegistration is what a candidate fills in.
type NewRegistration struct {
	EventID            int64
	Name               string
	Email              string
	AccessibilityNeeds string
	Lang               i18n.Lang
}

// Reminder is a confirmed registration whose event starts soon.
type Reminder struct {
	Registration Registration
	Event        Event
}

// Retention and token lifetimes.
const (
	// DefaultRetention is how long after an event its registrations are
	// kept when the configuration says nothing else.
	DefaultRetention = 30 * 24 * time.Hour
	// ConfirmTTL is how long a confirmation link works.
	ConfirmTTL = 48 * time.Hour
	// ResendAfter is how long the registration form waits before it mails
	// the same address about the same event again (a new confirmation
	// link, or "you are registered already"), so that it cannot be used
	// to flood someone's mailbox.
	ResendAfter = 10 * time.Minute
	// ReminderWindow is how far ahead of the start the reminder is due.
	ReminderWindow = 24 * time.Hour
)

// Errors returned by this package besides database.ErrNotFound and
// *ValidationError.
var (
	// ErrNotPending: the submission was decided or superseded meanwhile.
	ErrNotPending = errors.New("events: the submission is no longer pending")
	// ErrReasonRequired: a rejection or request for changes needs a reason.
	ErrReasonRequired = errors.New("events: a reason is required")
	// ErrCancelled: the event is cancelled and can no longer change.
	ErrCancelled = errors.New("events: the event is cancelled")
	// ErrNotDraft: only a draft can be saved as a draft.
	ErrNotDraft = errors.New("events: the event is no longer a draft")
	// ErrRegistrationClosed: the event does not accept registrations (or
	// confirmations) now: registration is closed, it started or it is
	// cancelled.
	ErrRegistrationClosed = errors.New("events: registration is closed")
	// ErrAlreadyRegistered: the address has a confirmed or waitlisted
	// registration for the event.
	ErrAlreadyRegistered = errors.New("events: already registered")
	// ErrTokenInvalid: the link's token is malformed, unknown, expired or
	// belongs to a cancelled registration.
	ErrTokenInvalid = errors.New("events: invalid or expired link")
	// ErrAlreadyConfirmed: the registration was confirmed before; the
	// registration is returned with it.
	ErrAlreadyConfirmed = errors.New("events: registration already confirmed")
	// ErrAlreadyCancelled: the registration was cancelled before; the
	// registration is returned with it.
	ErrAlreadyCancelled = errors.New("events: registration already cancelled")
)

func wrap(op string, err error) error {
	var v *ValidationError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &v), isSentinel(err):
		return err
	}
	return fmt.Errorf("events.%s: %w", op, err)
}
