package accounts

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/pquerna/otp"
	"github.com/pquerna/otp/hotp"
	"github.com/pquerna/otp/totp"

	"github.com/podium-portal/podium/internal/database"
)

// TOTP follows RFC 6238 with the parameters every authenticator app
// understands: HMAC-SHA1, 30-second steps, 6 digits. One step of clock skew
// either way is accepted.
const (
	totpPeriod     = 30
	totpDigits     = otp.DigitsSix
	totpSkew       = 1
	totpSecretSize = 20 // bytes, as RFC 4226 recommends
)

// RecoveryCodeCount is how many recovery codes ConfirmTOTP and
// NewRecoveryCodes hand out.
const RecoveryCodeCount = 10

// recoveryAlphabet is Crockford's base32 in lower case: no i, l, o or u, so
// a code read off paper is not misread.
const recoveryAlphabet = "0123456789abcdefghjkmnpqrstvwxyz"

func totpCode(secret string, step int64) (string, error) {
	return hotp.GenerateCodeCustom(secret, uint64(step), hotp.ValidateOpts{
		Digits: totpDigits, Algorithm: otp.AlgorithmSHA1,
	})
}

// GenerateTOTPCode returns the 6-digit code an authenticator app shows for
// secret (base32) at t. Tests use it to sign in; the server only verifies.
func GenerateTOTPCode(secret string, t time.Time) (string, error) {
	code, err := totpCode(secret, t.Unix()/totpPeriod)
	if err != nil {
		return "", fmt.Errorf("accounts.GenerateTOTPCode: %w", err)
	}
	return code, nil
}

// matchTOTP returns the earliest time step within the skew around now,
// later than after (when not nil), whose code is code.
func matchTOTP(secret, code string, now time.Time, after *int64) (int64, bool) {
	code = strings.ReplaceAll(code, " ", "")
	if len(code) != totpDigits.Length() {
		return 0, false
	}
	if _, err := strconv.ParseUint(code, 10, 32); err != nil {
		return 0, false
	}
	cur := now.Unix() / totpPeriod
	for step := cur - totpSkew; step <= cur+totpSkew; step++ {
		if after != nil && step <= *after {
			continue
		}
		want, err := totpCode(secret, step)
		if err != nil {
			return 0, false
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return step, true
		}
	}
	return 0, false
}

// StartTOTP gives the user userID a new, not yet enabled TOTP secret and
// returns it in base32 with its otpauth:// URL (for the QR code), labelled
// with issuer and accountName (usually the site name and the e-mail
// address). A secret from an earlier unconfirmed start is replaced. It
// returns ErrTOTPEnabled when two-factor authentication is already on (turn
// it off with ResetTOTP first) and database.ErrNotFound for an unknown user.
// The secret is stored as it is, since verifying needs it.
func (s *Store) StartTOTP(ctx context.Context, userID int64, issuer, accountName string) (secret, otpauthURL string, err error) {
	key, err := totp.Generate(totp.GenerateOpts{
		Issuer: issuer, AccountName: accountName, Period: totpPeriod, SecretSize: totpSecretSize,
		Digits: totpDigits, Algorithm: otp.AlgorithmSHA1,
	})
	if err != nil {
		return "", "", fmt.Errorf("accounts.StartTOTP: %w", err)
	}
	tag, err := s.db.Exec(ctx, `
		UPDATE users SET totp_secret = $2, totp_last_step = NULL, updated_at = now()
		WHERE id = $1 AND totp_enabled_at IS NULL`, userID, key.Secret())
	if err != nil {
		return "", "", fmt.Errorf("accounts.StartTOTP: %w", err)
	}
	if tag.RowsAffected() == 0 {
		if _, err := s.ByID(ctx, userID); err != nil {
			return "", "", err
		}
		return "", "", ErrTOTPEnabled
	}
	return key.Secret(), key.URL(), nil
}

// totpState is a user's TOTP columns.
type totpState struct {
	secret   *string
	enabled  bool
	lastStep *int64
}

func (s *Store) totpState(ctx context.Context, userID int64) (totpState, error) {
	var st totpState
	err := s.db.QueryRow(ctx, `SELECT totp_secret, totp_enabled_at IS NOT NULL, totp_last_step
		FROM users WHERE id = $1`, userID).Scan(&st.secret, &st.enabled, &st.lastStep)
	if errors.Is(err, pgx.ErrNoRows) {
		return st, database.ErrNotFound
	}
	return st, err
}

// ConfirmTOTP enables two-factor authentication for userID when code is
// right for the secret from StartTOTP, and returns RecoveryCodeCount fresh
// recovery codes to show once (formatted "xxxx-xxxx-xx"). It returns
// ErrInvalidCode for a wrong or malformed code, ErrTOTPNotStarted without
// a pending secret, ErrTOTPEnabled when already enabled and
// database.ErrNotFound for an unknown user.
func (s *Store) ConfirmTOTP(ctx context.Context, userID int64, code string) ([]string, error) {
	st, err := s.totpState(ctx, userID)
	if errors.Is(err, database.ErrNotFound) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("accounts.ConfirmTOTP: %w", err)
	}
	switch {
	case st.enabled:
		return nil, ErrTOTPEnabled
	case st.secret == nil:
		return nil, ErrTOTPNotStarted
	}
	step, ok := matchTOTP(*st.secret, code, s.now(), nil)
	if !ok {
		return nil, ErrInvalidCode
	}
	codes, hashes, err := newRecoveryCodes(userID)
	if err != nil {
		return nil, fmt.Errorf("accounts.ConfirmTOTP: %w", err)
	}
	// Enabling and storing the codes is one statement, conditional on the
	// secret still being the one the code was checked against.
	tag, err := s.db.Exec(ctx, `
		WITH enabled AS (
			UPDATE users SET totp_enabled_at = now(), totp_last_step = $3, updated_at = now()
			WHERE id = $1 AND totp_secret = $2 AND totp_enabled_at IS NULL
			RETURNING id
		), old AS (
			DELETE FROM recovery_codes WHERE user_id IN (SELECT id FROM enabled)
		)
		INSERT INTO recovery_codes (user_id, code_hash)
		SELECT enabled.id, h FROM enabled, unnest($4::text[]) AS h`,
		userID, *st.secret, step, hashes)
	if err != nil {
		return nil, fmt.Errorf("accounts.ConfirmTOTP: %w", err)
	}
	if tag.RowsAffected() == 0 {
		// A concurrent StartTOTP, ConfirmTOTP or ResetTOTP won.
		return nil, ErrInvalidCode
	}
	return codes, nil
}

// VerifyTOTP checks a sign-in code of userID. Each time step's code is
// accepted once: a code that was already used, or one older than the last
// accepted code, is ErrInvalidCode, as is a wrong or malformed one. It
// returns ErrTOTPNotEnabled when two-factor authentication is off and
// database.ErrNotFound for an unknown user. Six digits can be guessed, so
// callers throttle failures (see Throttle).
func (s *Store) VerifyTOTP(ctx context.Context, userID int64, code string) error {
	st, err := s.totpState(ctx, userID)
	if errors.Is(err, database.ErrNotFound) {
		return err
	}
	if err != nil {
		return fmt.Errorf("accounts.VerifyTOTP: %w", err)
	}
	if !st.enabled {
		return ErrTOTPNotEnabled
	}
	step, ok := matchTOTP(*st.secret, code, s.now(), st.lastStep)
	if !ok {
		return ErrInvalidCode
	}
	// The condition on the last step makes two concurrent uses of one code
	// fail for all but one.
	tag, err := s.db.Exec(ctx, `
		UPDATE users SET totp_last_step = $3
		WHERE id = $1 AND totp_enabled_at IS NOT NULL AND totp_secret = $2
		  AND (totp_last_step IS NULL OR totp_last_step < $3)`, userID, *st.secret, step)
	if err != nil {
		return fmt.Errorf("accounts.VerifyTOTP: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return ErrInvalidCode
	}
	return nil
}

// UseRecoveryCode spends one of userID's recovery codes in place of a TOTP
// code. Letter case, spaces and hyphens do not matter, and o, i and l are
// read as 0, 1 and 1. It returns ErrInvalidCode for a wrong, malformed or
// already used code, and when two-factor authentication is off.
func (s *Store) UseRecoveryCode(ctx context.Context, userID int64, code string) error {
	canonical, ok := canonicalRecoveryCode(code)
	if !ok {
		return ErrInvalidCode
	}
	tag, err := s.db.Exec(ctx, `
		UPDATE recovery_codes SET used_at = now()
		WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
		  AND EXISTS (SELECT 1 FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL)`,
		userID, recoveryCodeHash(userID, canonical))
	if err != nil {
		return fmt.Errorf("accounts.UseRecoveryCode: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return ErrInvalidCode
	}
	return nil
}

// RemainingRecoveryCodes returns how many unused recovery codes userID has;
// 0 for an unknown user or one without two-factor authentication.
func (s *Store) RemainingRecoveryCodes(ctx context.Context, userID int64) (int, error) {
	var n int
	err := s.db.QueryRow(ctx, `SELECT count(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
		userID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("accounts.RemainingRecoveryCodes: %w", err)
	}
	return n, nil
}

// NewRecoveryCodes replaces all of userID's recovery codes, used or not,
// with RecoveryCodeCount fresh ones and returns them to show once. It
// returns ErrTOTPNotEnabled when two-factor authentication is off.
func (s *Store) NewRecoveryCodes(ctx context.Context, userID int64) ([]string, error) {
	codes, hashes, err := newRecoveryCodes(userID)
	if err != nil {
		return nil, fmt.Errorf("accounts.NewRecoveryCodes: %w", err)
	}
	tag, err := s.db.Exec(ctx, `
		WITH u AS (
			SELECT id FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL FOR UPDATE
		), old AS (
			DELETE FROM recovery_codes WHERE user_id IN (SELECT id FROM u)
		)
		INSERT INTO recovery_codes (user_id, code_hash)
		SELECT u.id, h FROM u, unnest($2::text[]) AS h`, userID, hashes)
	if err != nil {
		return nil, fmt.Errorf("accounts.NewRecoveryCodes: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return nil, ErrTOTPNotEnabled
	}
	return codes, nil
}

// ResetTOTP turns two-factor authentication off for userID: it clears the
// secret, pending or enabled, and deletes the recovery codes. An admin uses
// it for someone who lost their device; it returns database.ErrNotFound for
// an unknown user.
func (s *Store) ResetTOTP(ctx context.Context, userID int64) error {
	tag, err := s.db.Exec(ctx, `
		WITH codes AS (DELETE FROM recovery_codes WHERE user_id = $1)
		UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, updated_at = now()
		WHERE id = $1`, userID)
	if err != nil {
		return fmt.Errorf("accounts.ResetTOTP: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return database.ErrNotFound
	}
	return nil
}

// newRecoveryCodes returns RecoveryCodeCount random codes for display and
// their hashes for storage. Each has 50 random bits, enough that an
// unsalted fast hash cannot be reversed by guessing; the user id in the
// hash keeps one table of guesses from serving every user.
func newRecoveryCodes(userID int64) (codes, hashes []string, err error) {
	for range RecoveryCodeCount {
		raw := make([]byte, 10)
		if _, err := rand.Read(raw); err != nil {
			return nil, nil, err
		}
		var b strings.Builder
		for i, c := range raw {
			if i == 4 || i == 8 {
				b.WriteByte('-')
			}
			// 256 is a multiple of 32, so the masked byte is uniform.
			b.WriteByte(recoveryAlphabet[c&31])
		}
		code := b.String()
		canonical, _ := canonicalRecoveryCode(code)
		codes = append(codes, code)
		hashes = append(hashes, recoveryCodeHash(userID, canonical))
	}
	return codes, hashes, nil
}

// canonicalRecoveryCode returns code as ten lower-case alphabet characters,
// forgiving case, spaces, hyphens and the letters Crockford reads as digits.
func canonicalRecoveryCode(code string) (string, bool) {
	if len(code) > 64 {
		return "", false
	}
	var b strings.Builder
	for _, c := range strings.ToLower(code) {
		switch c {
		case ' ', '-':
			continue
		case 'o':
			c = '0'
		case 'i', 'l':
			c = '1'
		}
		if !strings.ContainsRune(recoveryAlphabet, c) {
			return "", false
		}
		b.WriteRune(c)
	}
	if b.Len() != 10 {
		return "", false
	}
	return b.String(), true
}

func recoveryCodeHash(userID int64, canonical string) string {
	sum := sha256.Sum256([]byte(strconv.FormatInt(userID, 10) + ":" + canonical))
	return hex.EncodeToString(sum[:])
}
