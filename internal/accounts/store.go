package accounts

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
)

// Store reads and writes users, partners, tokens and two-factor state. It
// is safe for concurrent use when its Querier is (a pool is).
type Store struct {
	db       database.Querier
	password PasswordParams
	now      func() time.Time
	observe  func(PasswordParams)
}

// StoreOptions tune a Store; the zero value gives production behaviour.
type StoreOptions struct {
	// Password is the argon2id cost of new hashes; zero means
	// DefaultPasswordParams. Hashes made with other parameters still verify
	// and are rehashed at the next successful sign-in.
	Password PasswordParams
	// Now is the clock for TOTP codes; nil means time.Now.
	Now func() time.Time
	// ObserveKeyDerivation, when set, is told the parameters of every
	// argon2id derivation Authenticate makes, so a test can check that each
	// way of failing costs the same work.
	ObserveKeyDerivation func(PasswordParams)
}

// NewStore returns a Store on db (a pool or a transaction) with production
// settings.
func NewStore(db database.Querier) *Store { return NewStoreWithOptions(db, StoreOptions{}) }

// NewStoreWithOptions returns a Store on db with the given options.
func NewStoreWithOptions(db database.Querier, o StoreOptions) *Store {
	if o.Password == (PasswordParams{}) {
		o.Password = DefaultPasswordParams()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.ObserveKeyDerivation == nil {
		o.ObserveKeyDerivation = func(PasswordParams) {}
	}
	return &Store{db: db, password: o.Password, now: o.Now, observe: o.ObserveKeyDerivation}
}

// WithQuerier returns a copy of s, with the same options, that runs its
// queries on q; use it inside database.InTx.
func (s *Store) WithQuerier(q database.Querier) *Store {
	c := *s
	c.db = q
	return &c
}

// NormalizeEmail trims and lower-cases a plain e-mail address such as
// "Ana@Example.nl". It returns ErrInvalidEmail for anything else, including
// a display name ("Ana <ana@example.nl>"), a quoted local part, a domain
// without a dot, and addresses longer than 254 bytes.
func NormalizeEmail(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 254 {
		return "", ErrInvalidEmail
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return "", ErrInvalidEmail
	}
	at := strings.LastIndexByte(s, '@')
	domain := s[at+1:]
	if !strings.Contains(domain, ".") || strings.HasPrefix(domain, "[") ||
		strings.HasSuffix(domain, ".") || strings.Contains(domain, "..") {
		return "", ErrInvalidEmail
	}
	return strings.ToLower(s), nil
}

// checkRole validates a role and the partner that goes with it.
func checkRole(role Role, partnerID *int64) error {
	if _, err := ParseRole(string(role)); err != nil {
		return err
	}
	switch {
	case role == RolePartner && partnerID == nil:
		return ErrPartnerRequired
	case role != RolePartner && partnerID != nil:
		return ErrPartnerNotAllowed
	}
	return nil
}

// userColumns are selected from users in the order scanUser expects.
const userColumns = `id, email, name, role, partner_id, lang, password_hash IS NOT NULL,
	totp_enabled_at IS NOT NULL, disabled_at, password_changed_at, created_at, updated_at`

func scanUser(row pgx.Row, extra ...any) (User, error) {
	var u User
	dest := append([]any{&u.ID, &u.Email, &u.Name, &u.Role, &u.PartnerID, &u.Lang, &u.PasswordSet,
		&u.TOTPEnabled, &u.DisabledAt, &u.PasswordChangedAt, &u.CreatedAt, &u.UpdatedAt}, extra...)
	err := row.Scan(dest...)
	return u, err
}

func pgCode(err error) (code, constraint string) {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code, pgErr.ConstraintName
	}
	return "", ""
}

const (
	uniqueViolation     = "23505"
	foreignKeyViolation = "23503"
)

// Create adds a user without a password; the invitation link lets them set
// one. It returns ErrInvalidEmail, ErrEmailTaken (also when only the letter
// case differs), ErrInvalidRole, ErrPartnerRequired, ErrPartnerNotAllowed,
// ErrUnknownPartner or ErrInvalidLang for input it cannot accept.
func (s *Store) Create(ctx context.Context, n NewUser) (User, error) {
	email, err := NormalizeEmail(n.Email)
	if err != nil {
		return User{}, err
	}
	if err := checkRole(n.Role, n.PartnerID); err != nil {
		return User{}, err
	}
	if n.Lang == "" {
		n.Lang = i18n.NL
	}
	if _, ok := i18n.Parse(string(n.Lang)); !ok {
		return User{}, ErrInvalidLang
	}
	u, err := scanUser(s.db.QueryRow(ctx, `
		INSERT INTO users (email, name, role, partner_id, lang) VALUES ($1, $2, $3, $4, $5)
		RETURNING `+userColumns,
		email, strings.TrimSpace(n.Name), n.Role, n.PartnerID, n.Lang))
	switch code, constraint := pgCode(err); {
	case err == nil:
		return u, nil
	case code == uniqueViolation && constraint == "users_email_lower_idx":
		return User{}, ErrEmailTaken
	case code == foreignKeyViolation:
		return User{}, ErrUnknownPartner
	}
	return User{}, fmt.Errorf("accounts.Create: %w", err)
}

// ByID returns the user with id, disabled or not; database.ErrNotFound when
// there is none.
func (s *Store) ByID(ctx context.Context, id int64) (User, error) {
	u, err := scanUser(s.db.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return User{}, database.ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("accounts.ByID: %w", err)
	}
	return u, nil
}

// ByEmail returns the user with the address email in any letter case,
// disabled or not; database.ErrNotFound when there is none or the address
// is malformed.
func (s *Store) ByEmail(ctx context.Context, email string) (User, error) {
	email, err := NormalizeEmail(email)
	if err != nil {
		return User{}, database.ErrNotFound
	}
	u, err := scanUser(s.db.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE lower(email) = $1`, email))
	if errors.Is(err, pgx.ErrNoRows) {
		return User{}, database.ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("accounts.ByEmail: %w", err)
	}
	return u, nil
}

// List returns every user, disabled ones included, ordered by e-mail address.
func (s *Store) List(ctx context.Context) ([]User, error) {
	rows, err := s.db.Query(ctx, `SELECT `+userColumns+` FROM users ORDER BY email, id`)
	if err != nil {
		return nil, fmt.Errorf("accounts.List: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (User, error) { return scanUser(r) })
	if err != nil {
		return nil, fmt.Errorf("accounts.List: %w", err)
	}
	return list, nil
}

// lastAdminGuard is true when more than one active admin exists, so the
// active admin being changed is not the last. It locks every active admin,
// the one being changed included, in id order before anything is updated:
// of two concurrent demotions of the last two admins the second waits, then
// counts one admin and fails, and neither can deadlock the other. (Counting
// only the others would let the planner push "id <> $1" into the locking
// subquery, so each statement would lock just the other row: a deadlock.)
const lastAdminGuard = `(SELECT count(*) FROM (
		SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE
	) a) > 1`

// guardFailed tells ErrLastAdmin from database.ErrNotFound after an update
// guarded by lastAdminGuard changed no row.
func (s *Store) guardFailed(ctx context.Context, id int64) error {
	var exists bool
	if err := s.db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM users WHERE id = $1)`, id).Scan(&exists); err != nil {
		return err
	}
	if exists {
		return ErrLastAdmin
	}
	return database.ErrNotFound
}

// SetRole gives the user id the role, with partnerID for the partner role
// (nil for the others). It returns database.ErrNotFound for an unknown user,
// ErrLastAdmin when it would demote the last active admin, and the errors
// of Create for an invalid role or partner.
func (s *Store) SetRole(ctx context.Context, id int64, role Role, partnerID *int64) error {
	if err := checkRole(role, partnerID); err != nil {
		return err
	}
	tag, err := s.db.Exec(ctx, `
		UPDATE users SET role = $2, partner_id = $3, updated_at = now()
		WHERE id = $1
		  AND ($2 = 'admin' OR role <> 'admin' OR disabled_at IS NOT NULL OR `+lastAdminGuard+`)`,
		id, role, partnerID)
	if code, _ := pgCode(err); code == foreignKeyViolation {
		return ErrUnknownPartner
	}
	if err == nil && tag.RowsAffected() == 0 {
		err = s.guardFailed(ctx, id)
	}
	if err != nil && !errors.Is(err, ErrLastAdmin) && !errors.Is(err, database.ErrNotFound) {
		return fmt.Errorf("accounts.SetRole: %w", err)
	}
	return err
}

// Disable stops the user id from signing in and from using any token; it
// keeps the original time when the user is already disabled. It returns
// database.ErrNotFound for an unknown user and ErrLastAdmin for the last
// active admin. Ending the user's sessions is the session store's job.
func (s *Store) Disable(ctx context.Context, id int64) error {
	tag, err := s.db.Exec(ctx, `
		UPDATE users SET disabled_at = coalesce(disabled_at, now()), updated_at = now()
		WHERE id = $1 AND (role <> 'admin' OR disabled_at IS NOT NULL OR `+lastAdminGuard+`)`, id)
	if err == nil && tag.RowsAffected() == 0 {
		err = s.guardFailed(ctx, id)
	}
	if err != nil && !errors.Is(err, ErrLastAdmin) && !errors.Is(err, database.ErrNotFound) {
		return fmt.Errorf("accounts.Disable: %w", err)
	}
	return err
}

// Enable lets a disabled user id sign in again; enabling an active user
// changes nothing. It returns database.ErrNotFound for an unknown user.
func (s *Store) Enable(ctx context.Context, id int64) error {
	tag, err := s.db.Exec(ctx, `UPDATE users SET disabled_at = NULL, updated_at = now() WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("accounts.Enable: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return database.ErrNotFound
	}
	return nil
}

// SetPassword checks plain against the policy (see ValidatePassword), stores
// its argon2id hash for the user id and records the time of the change. It
// also voids the user's unused reset and invitation links, which a changed
// password makes moot. It returns a *WeakPasswordError (errors.Is
// ErrWeakPassword) for a weak password and database.ErrNotFound for an
// unknown user.
func (s *Store) SetPassword(ctx context.Context, id int64, plain string) error {
	var email string
	err := s.db.QueryRow(ctx, `SELECT email FROM users WHERE id = $1`, id).Scan(&email)
	if errors.Is(err, pgx.ErrNoRows) {
		return database.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("accounts.SetPassword: %w", err)
	}
	if err := ValidatePassword(plain, email); err != nil {
		return err
	}
	hash, err := hashPassword(plain, s.password)
	if err != nil {
		return fmt.Errorf("accounts.SetPassword: %w", err)
	}
	tag, err := s.db.Exec(ctx, `
		WITH voided AS (DELETE FROM user_tokens WHERE user_id = $1 AND used_at IS NULL)
		UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now()
		WHERE id = $1`, id, hash)
	if err != nil {
		return fmt.Errorf("accounts.SetPassword: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return database.ErrNotFound
	}
	return nil
}

// Authenticate returns the active user with the address email and the
// password plain. It returns ErrInvalidCredentials alike for an unknown or
// malformed address, a wrong password, a user without a password and a
// disabled user, and takes about as long for each, so neither the answer
// nor its timing tells which addresses exist. A hash made with older cost
// parameters is replaced by one made with the current ones. Callers check
// and feed a Throttle around it, and ask for a TOTP code next when the
// user has TOTPEnabled.
func (s *Store) Authenticate(ctx context.Context, email, plain string) (User, error) {
	if utf8.RuneCountInString(plain) > MaxPasswordLength {
		// No account could have such a password; refusing before the
		// lookup reveals nothing about the address.
		return User{}, ErrInvalidCredentials
	}
	norm, err := NormalizeEmail(email)
	if err != nil {
		burnPasswordTime(plain, s.password)
		s.observe(s.password)
		return User{}, ErrInvalidCredentials
	}
	var hash *string
	u, err := scanUser(s.db.QueryRow(ctx, `SELECT `+userColumns+`, password_hash
		FROM users WHERE lower(email) = $1`, norm), &hash)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && hash == nil) {
		burnPasswordTime(plain, s.password)
		s.observe(s.password)
		return User{}, ErrInvalidCredentials
	}
	if err != nil {
		return User{}, fmt.Errorf("accounts.Authenticate: %w", err)
	}
	ok, stale, err := verifyPassword(plain, *hash, s.password)
	if err != nil {
		return User{}, fmt.Errorf("accounts.Authenticate: user %d: %w", u.ID, err)
	}
	if p, _, _, err := decodeHash(*hash); err == nil {
		s.observe(p)
	}
	if !ok || !u.Active() {
		return User{}, ErrInvalidCredentials
	}
	if stale {
		s.rehash(ctx, u.ID, plain, *hash)
	}
	return u, nil
}

// rehash replaces old with a hash of plain at the current cost, unless the
// password changed meanwhile. Failure is harmless: the old hash still
// verifies and the next sign-in tries again, so it is not reported.
func (s *Store) rehash(ctx context.Context, id int64, plain, old string) {
	hash, err := hashPassword(plain, s.password)
	if err != nil {
		return
	}
	_, _ = s.db.Exec(ctx, `UPDATE users SET password_hash = $3 WHERE id = $1 AND password_hash = $2`, id, old, hash)
}
