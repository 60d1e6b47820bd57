package accounts

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
)

// TokenPurpose says what a mailed link lets its holder do.
type TokenPurpose string

// The token purposes.
const (
	// TokenReset lets a user who forgot their password set a new one.
	TokenReset TokenPurpose = "reset"
	// TokenInvite lets a newly created user set their first password.
	TokenInvite TokenPurpose = "invite"
)

// How long links stay valid.
const (
	ResetTokenTTL  = time.Hour
	InviteTokenTTL = 7 * 24 * time.Hour
)

const tokenBytes = 32

// tokenHash returns the SHA-256 of the raw bytes of token, and false when
// token is not the base64url form of a token IssueToken could have made.
func tokenHash(token string) ([]byte, bool) {
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(raw) != tokenBytes {
		return nil, false
	}
	sum := sha256.Sum256(raw)
	return sum[:], true
}

// IssueToken creates a link token for the active user userID, valid for ttl,
// and returns it: 32 random bytes in unpadded base64url (43 characters). Only
// its SHA-256 is stored. Issuing voids the user's earlier unused tokens of
// the same purpose, so only the newest mailed link works. It returns
// database.ErrNotFound when no active user has that id.
func (s *Store) IssueToken(ctx context.Context, userID int64, purpose TokenPurpose, ttl time.Duration) (string, error) {
	if purpose != TokenReset && purpose != TokenInvite {
		return "", fmt.Errorf("accounts.IssueToken: unknown purpose %q", purpose)
	}
	if ttl <= 0 {
		return "", fmt.Errorf("accounts.IssueToken: ttl %v is not positive", ttl)
	}
	raw := make([]byte, tokenBytes)
	if _, err := rand.Read(raw); err != nil {
		return "", fmt.Errorf("accounts.IssueToken: %w", err)
	}
	sum := sha256.Sum256(raw)
	tag, err := s.db.Exec(ctx, `
		WITH voided AS (
			DELETE FROM user_tokens WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL
		)
		INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at)
		SELECT id, $2, $3, now() + $4 * interval '1 microsecond'
		FROM users WHERE id = $1 AND disabled_at IS NULL`,
		userID, purpose, sum[:], ttl.Microseconds())
	if err != nil {
		return "", fmt.Errorf("accounts.IssueToken: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return "", database.ErrNotFound
	}
	return base64.RawURLEncoding.EncodeToString(raw), nil
}

// PeekToken returns the user whose valid token of purpose this is, without
// using it up, so a page can show the set-password form. It returns
// ErrTokenInvalid when the token is malformed, unknown, of another purpose,
// used, expired or belongs to a disabled user.
func (s *Store) PeekToken(ctx context.Context, purpose TokenPurpose, token string) (User, error) {
	hash, ok := tokenHash(token)
	if !ok {
		return User{}, ErrTokenInvalid
	}
	u, err := scanUser(s.db.QueryRow(ctx, `
		SELECT `+userColumns+` FROM users
		WHERE disabled_at IS NULL AND id = (
			SELECT user_id FROM user_tokens
			WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now())`,
		hash, purpose))
	if errors.Is(err, pgx.ErrNoRows) {
		return User{}, ErrTokenInvalid
	}
	if err != nil {
		return User{}, fmt.Errorf("accounts.PeekToken: %w", err)
	}
	return u, nil
}

// ConsumeToken uses up the token of purpose and returns its user. Of two
// concurrent calls with one token, exactly one succeeds. It returns
// ErrTokenInvalid when the token is malformed, unknown, of another purpose,
// used, expired or belongs to a disabled user.
func (s *Store) ConsumeToken(ctx context.Context, purpose TokenPurpose, token string) (User, error) {
	hash, ok := tokenHash(token)
	if !ok {
		return User{}, ErrTokenInvalid
	}
	u, err := scanUser(s.db.QueryRow(ctx, `
		WITH used AS (
			UPDATE user_tokens t SET used_at = now()
			FROM users u
			WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()
			  AND u.id = t.user_id AND u.disabled_at IS NULL
			RETURNING t.user_id
		)
		SELECT `+userColumns+` FROM users WHERE id = (SELECT user_id FROM used)`, hash, purpose))
	if errors.Is(err, pgx.ErrNoRows) {
		return User{}, ErrTokenInvalid
	}
	if err != nil {
		return User{}, fmt.Errorf("accounts.ConsumeToken: %w", err)
	}
	return u, nil
}

// SetPasswordWithToken is the set-password form of a reset or invitation
// link in one step: it checks plain against the policy for the token's
// user, then uses up the token and stores the password atomically, so a
// rejected password leaves the link usable and a used link sets nothing.
// It returns ErrTokenInvalid as ConsumeToken does, or a *WeakPasswordError.
// Other unused links of the user are voided as by SetPassword.
func (s *Store) SetPasswordWithToken(ctx context.Context, purpose TokenPurpose, token, plain string) (User, error) {
	u, err := s.PeekToken(ctx, purpose, token)
	if err != nil {
		return User{}, err
	}
	if err := ValidatePassword(plain, u.Email); err != nil {
		return User{}, err
	}
	hash, err := hashPassword(plain, s.password)
	if err != nil {
		return User{}, fmt.Errorf("accounts.SetPasswordWithToken: %w", err)
	}
	tokenSum, _ := tokenHash(token)
	// The token's row is claimed first; the password is stored only for the
	// user whose token this statement used, and only if its e-mail address
	// is still the one the policy was checked against.
	u, err = scanUser(s.db.QueryRow(ctx, `
		WITH used AS (
			UPDATE user_tokens t SET used_at = now()
			FROM users u
			WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()
			  AND u.id = t.user_id AND u.disabled_at IS NULL AND u.email = $4
			RETURNING t.user_id, t.id
		), voided AS (
			DELETE FROM user_tokens
			WHERE user_id = (SELECT user_id FROM used) AND used_at IS NULL AND id <> (SELECT id FROM used)
		)
		UPDATE users SET password_hash = $3, password_changed_at = now(), updated_at = now()
		WHERE id = (SELECT user_id FROM used)
		RETURNING `+userColumns, tokenSum, purpose, hash, u.Email))
	if errors.Is(err, pgx.ErrNoRows) {
		return User{}, ErrTokenInvalid
	}
	if err != nil {
		return User{}, fmt.Errorf("accounts.SetPasswordWithToken: %w", err)
	}
	return u, nil
}

// DeleteStaleTokens removes tokens that expired or were used more than a day
// ago, and returns how many; a periodic job calls it.
func (s *Store) DeleteStaleTokens(ctx context.Context) (int64, error) {
	tag, err := s.db.Exec(ctx, `
		DELETE FROM user_tokens
		WHERE expires_at < now() - interval '1 day' OR used_at < now() - interval '1 day'`)
	if err != nil {
		return 0, fmt.Errorf("accounts.DeleteStaleTokens: %w", err)
	}
	return tag.RowsAffected(), nil
}
