// Package accounts holds the back-office people of Podium and what keeps
// their sign-in safe: users with roles, argon2id passwords, single-use reset
// and invitation tokens, TOTP two-factor authentication with recovery codes,
// a brute-force throttle and the site-wide sign-in settings. All state lives
// in PostgreSQL, so several replicas share it. It has no HTTP code; the
// handlers build on this API.
package accounts

import (
	"errors"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
)

// Role says what a back-office user may do.
type Role string

// The roles. An admin may do everything an editor may, plus manage users,
// partners and settings; a partner user works for one partner organisation.
const (
	RoleAdmin   Role = "admin"
	RoleEditor  Role = "editor"
	RolePartner Role = "partner"
)

// Roles lists every role, most powerful first.
func Roles() []Role { return []Role{RoleAdmin, RoleEditor, RolePartner} }

// ParseRole returns the role named s and ErrInvalidRole for any other
// string, including the empty one.
func ParseRole(s string) (Role, error) {
	switch r := Role(s); r {
	case RoleAdmin, RoleEditor, RolePartner:
		return r, nil
	}
	return "", ErrInvalidRole
}

// User is a back-office person. It never carries the password hash or the
// TOTP secret.
type User struct {
	ID    int64
	Email string // lower case
	Name  string
	Role  Role
	// PartnerID is the partner organisation of a partner user and nil for
	// every other role.
	PartnerID         *int64
	Lang              i18n.Lang
	PasswordSet       bool
	TOTPEnabled       bool
	DisabledAt        *time.Time
	PasswordChangedAt *time.Time
	CreatedAt         time.Time
	UpdatedAt         time.Time
}

// Active reports whether the user may sign in: not disabled.
func (u User) Active() bool { return u.DisabledAt == nil }

// NewUser is what Store.Create needs to add a user. Lang defaults to Dutch.
type NewUser struct {
	Email     string
	Name      string
	Role      Role
	PartnerID *int64
	Lang      i18n.Lang
}

// Partner is a partner organisation, as far as accounts need it.
type Partner struct {
	ID        int64
	Slug      string
	Name      string
	CreatedAt time.Time
}

// Errors returned by this package. Callers compare them with errors.Is; a
// missing user or partner is database.ErrNotFound.
var (
	// ErrInvalidEmail: the address is not a plain e-mail address.
	ErrInvalidEmail = errors.New("accounts: invalid e-mail address")
	// ErrEmailTaken: another user has that address, in any letter case.
	ErrEmailTaken = errors.New("accounts: e-mail address already in use")
	// ErrInvalidRole: the role is not one of Roles().
	ErrInvalidRole = errors.New("accounts: invalid role")
	// ErrInvalidLang: the language is not one the portal speaks.
	ErrInvalidLang = errors.New("accounts: invalid language")
	// ErrPartnerRequired: the partner role was given without a partner.
	ErrPartnerRequired = errors.New("accounts: a partner user needs a partner organisation")
	// ErrPartnerNotAllowed: a partner was given with the admin or editor role.
	ErrPartnerNotAllowed = errors.New("accounts: only partner users belong to a partner organisation")
	// ErrUnknownPartner: the partner id names no partner organisation.
	ErrUnknownPartner = errors.New("accounts: unknown partner organisation")
	// ErrSlugTaken: another partner has that slug.
	ErrSlugTaken = errors.New("accounts: partner slug already in use")
	// ErrInvalidSlug: the slug is not lower-case words joined by hyphens.
	ErrInvalidSlug = errors.New("accounts: invalid partner slug")
	// ErrLastAdmin: the change would leave no active admin.
	ErrLastAdmin = errors.New("accounts: the last active admin cannot be demoted or disabled")
	// ErrWeakPassword: the password breaks the policy; the error is a
	// *WeakPasswordError that says which rule.
	ErrWeakPassword = errors.New("accounts: password does not meet the policy")
	// ErrInvalidCredentials: unknown e-mail, wrong password, no password
	// set or a disabled user. Deliberately one error for all of them.
	ErrInvalidCredentials = errors.New("accounts: invalid e-mail address or password")
	// ErrTokenInvalid: the token is unknown, used, expired, of another
	// purpose or belongs to a disabled user.
	ErrTokenInvalid = errors.New("accounts: invalid or expired link")
	// ErrInvalidCode: a wrong, reused or malformed TOTP or recovery code.
	ErrInvalidCode = errors.New("accounts: invalid code")
	// ErrTOTPNotStarted: ConfirmTOTP without a secret from StartTOTP.
	ErrTOTPNotStarted = errors.New("accounts: two-factor set-up not started")
	// ErrTOTPEnabled: two-factor authentication is already on.
	ErrTOTPEnabled = errors.New("accounts: two-factor authentication already enabled")
	// ErrTOTPNotEnabled: two-factor authentication is off for the user.
	ErrTOTPNotEnabled = errors.New("accounts: two-factor authentication not enabled")
)
