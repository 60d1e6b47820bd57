// Package partners holds the partner organisations' public profiles: the
// live profile shown on /partners, and the changes partner users submit,
// which wait for an editor's approval before they go public. It has no HTTP
// code; the public pages, the partner portal and the moderation queue build
// on this API.
package partners

import (
	"errors"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/plaintext"
)

// FocusArea is a subject a partner organisation works on. The slugs match
// the story themes where they overlap, so a page can link the two.
type FocusArea struct {
	Slug   string
	NameNL string
	NameEN string
}

// Name returns the focus area's name in l.
func (f FocusArea) Name(l i18n.Lang) string {
	if l == i18n.EN {
		return f.NameEN
	}
	return f.NameNL
}

// FocusAreas returns every focus area in display order. The database
// refuses any other slug (a CHECK in migration 00008).
func FocusAreas() []FocusArea {
	return []FocusArea{
		{"culturele-achtergrond", "Culturele achtergrond", "Cultural background"},
		{"beperking", "Beperking", "Disability"},
		{"lhbtiq", "LHBTIQ+", "LGBTIQ+"},
		{"leeftijd", "Leeftijd", "Age"},
		{"gender", "Gender", "Gender"},
		{"sociale-achtergrond", "Sociale achtergrond", "Social background"},
		{"neurodiversiteit", "Neurodiversiteit", "Neurodiversity"},
		{"geloof", "Geloof en levensovertuiging", "Religion and belief"},
		{"statushouders", "Statushouders", "Refugees with a residence permit"},
	}
}

// FocusAreaBySlug returns the focus area with slug, and false for an
// unknown slug.
func FocusAreaBySlug(slug string) (FocusArea, bool) {
	for _, f := range FocusAreas() {
		if f.Slug == slug {
			return f, true
		}
	}
	return FocusArea{}, false
}

// Profile is the part of a partner that its users may change, subject to
// approval. Descriptions are Markdown; the page sanitises them.
type Profile struct {
	Name          string
	DescriptionNL string
	DescriptionEN string
	Website       string // absolute http(s) URL or empty
	LogoID        *int64
	LogoAlt       string // required with a logo
	FocusAreas    []string
}

// Description returns the description for a page in l and the language it
// is written in: the English one on English pages when there is one,
// otherwise the Dutch one, which the page then marks with lang="nl".
func (p Profile) Description(l i18n.Lang) (string, i18n.Lang) {
	if l == i18n.EN && strings.TrimSpace(p.DescriptionEN) != "" {
		return p.DescriptionEN, i18n.EN
	}
	return p.DescriptionNL, i18n.NL
}

// Partner is a partner organisation with its live profile.
type Partner struct {
	ID   int64
	Slug string
	Profile
	// Logo is the stored logo image; nil without one.
	Logo      *images.Image
	Listed    bool
	CreatedAt time.Time
	UpdatedAt time.Time
}

// DraftStatus is where a submitted profile change stands.
type DraftStatus string

// The draft statuses.
const (
	DraftPending    DraftStatus = "pending"
	DraftApproved   DraftStatus = "approved"
	DraftRejected   DraftStatus = "rejected"
	DraftSuperseded DraftStatus = "superseded" // replaced by a newer submission before a decision
)

// Draft is a profile change a partner user submitted.
type Draft struct {
	ID        int64
	PartnerID int64
	Profile
	Status      DraftStatus
	Reason      string // why it was rejected
	SubmittedBy *int64
	SubmittedAt time.Time
	DecidedBy   *int64
	DecidedAt   *time.Time
}

// DraftReview is a pending draft as the moderation queue shows it: the
// live partner next to the proposed profile and what would change.
type DraftReview struct {
	Draft
	Partner Partner
	Changes []FieldChange
}

// FieldChange is one field that differs between two versions. Field is a
// stable key (the column name, e.g. "description_nl") for the message
// catalogue; Old and New are the values as text, focus areas joined with
// ", " and a logo as its image id.
type FieldChange struct {
	Field string
	Old   string
	New   string
}

// Changes lists the fields in which next differs from prev, in form order.
// Surrounding white space is ignored; the order of focus areas is not.
func Changes(prev, next Profile) []FieldChange {
	var out []FieldChange
	add := func(field, a, b string) {
		if strings.TrimSpace(a) != strings.TrimSpace(b) {
			out = append(out, FieldChange{Field: field, Old: a, New: b})
		}
	}
	add("name", prev.Name, next.Name)
	add("description_nl", prev.DescriptionNL, next.DescriptionNL)
	add("description_en", prev.DescriptionEN, next.DescriptionEN)
	add("website", prev.Website, next.Website)
	add("logo", idText(prev.LogoID), idText(next.LogoID))
	add("logo_alt", prev.LogoAlt, next.LogoAlt)
	a, b := slices.Clone(prev.FocusAreas), slices.Clone(next.FocusAreas)
	slices.Sort(a)
	slices.Sort(b)
	if !slices.Equal(a, b) {
		out = append(out, FieldChange{Field: "focus_areas",
			Old: strings.Join(prev.FocusAreas, ", "), New: strings.Join(next.FocusAreas, ", ")})
	}
	return out
}

func idText(id *int64) string {
	if id == nil {
		return ""
	}
	return strconv.FormatInt(*id, 10)
}

// Limits on profile fields, in characters.
const (
	MaxNameLen        = 200
	MaxDescriptionLen = 10000
	MaxWebsiteLen     = 500
	MaxLogoAltLen     = 300
)

// Validation codes in ValidationError.Fields; the web layer maps them to
// messages.
const (
	CodeRequired = "required"
	CodeInvalid  = "invalid"
	CodeTooLong  = "too_long"
	// CodeBadText: the text is not valid UTF-8 or holds control
	// characters (see plaintext.Valid).
	CodeBadText = "bad_text"
)

// ValidationError says which fields of a profile were not acceptable, keyed
// by field ("name", "website", …) with a code such as CodeRequired.
type ValidationError struct{ Fields map[string]string }

func (e *ValidationError) Error() string {
	keys := make([]string, 0, len(e.Fields))
	for k := range e.Fields {
		keys = append(keys, k+": "+e.Fields[k])
	}
	slices.Sort(keys)
	return "partners: invalid profile (" + strings.Join(keys, ", ") + ")"
}

// Normalize returns p with white space trimmed and focus areas deduplicated
// in display order, and a *ValidationError when a field is not acceptable:
// an empty name, a website that is not an absolute http(s) URL, a logo
// without alt text, an unknown focus area, a field over its limit or text
// that is not plaintext.Valid.
func (p Profile) Normalize() (Profile, error) {
	p.Name = strings.TrimSpace(p.Name)
	p.DescriptionNL = strings.TrimSpace(p.DescriptionNL)
	p.DescriptionEN = strings.TrimSpace(p.DescriptionEN)
	p.Website = strings.TrimSpace(p.Website)
	p.LogoAlt = strings.TrimSpace(p.LogoAlt)
	errs := map[string]string{}
	tooLong := func(field, v string, max int) {
		if utf8.RuneCountInString(v) > max {
			errs[field] = CodeTooLong
		}
	}
	if p.Name == "" {
		errs["name"] = CodeRequired
	}
	tooLong("name", p.Name, MaxNameLen)
	tooLong("description_nl", p.DescriptionNL, MaxDescriptionLen)
	tooLong("description_en", p.DescriptionEN, MaxDescriptionLen)
	if p.Website != "" && !ValidWebURL(p.Website) {
		errs["website"] = CodeInvalid
	}
	tooLong("website", p.Website, MaxWebsiteLen)
	if p.LogoID != nil && p.LogoAlt == "" {
		errs["logo_alt"] = CodeRequired
	}
	tooLong("logo_alt", p.LogoAlt, MaxLogoAltLen)
	chosen := map[string]bool{}
	for _, f := range p.FocusAreas {
		if _, ok := FocusAreaBySlug(f); !ok {
			errs["focus_areas"] = CodeInvalid
		}
		chosen[f] = true
	}
	p.FocusAreas = []string{}
	for _, f := range FocusAreas() {
		if chosen[f.Slug] {
			p.FocusAreas = append(p.FocusAreas, f.Slug)
		}
	}
	for field, v := range map[string]string{"name": p.Name, "description_nl": p.DescriptionNL,
		"description_en": p.DescriptionEN, "website": p.Website, "logo_alt": p.LogoAlt} {
		if !plaintext.Valid(v) {
			errs[field] = CodeBadText
		}
	}
	if len(errs) > 0 {
		return p, &ValidationError{Fields: errs}
	}
	return p, nil
}

// ValidWebURL reports whether s is an absolute http or https URL with a
// host and without white space, as the database's CHECKs demand.
func ValidWebURL(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// ValidSlug reports whether slug is lower-case letters and digits in words
// joined by single hyphens, as the CHECK on partners.slug demands.
func ValidSlug(slug string) bool {
	if slug == "" || slug[0] == '-' || slug[len(slug)-1] == '-' || strings.Contains(slug, "--") {
		return false
	}
	for _, c := range slug {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// Errors returned by this package besides database.ErrNotFound and
// *ValidationError.
var (
	// ErrInvalidSlug: the slug is not lower-case words joined by hyphens.
	ErrInvalidSlug = errors.New("partners: invalid slug")
	// ErrSlugTaken: another partner has that slug.
	ErrSlugTaken = errors.New("partners: slug already in use")
	// ErrNotPending: the draft was already decided or superseded.
	ErrNotPending = errors.New("partners: the profile change is no longer pending")
	// ErrReasonRequired: a rejection needs a reason for the partner.
	ErrReasonRequired = errors.New("partners: a reason is required")
	// ErrUnknownImage: the logo id names no stored image.
	ErrUnknownImage = errors.New("partners: unknown logo image")
)
