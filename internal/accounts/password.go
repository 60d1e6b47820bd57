package accounts

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Password length limits in characters (Unicode code points). The upper
// bound keeps hashing cost and request size bounded.
const (
	MinPasswordLength = 12
	MaxPasswordLength = 256
)

// PasswordProblem names the policy rule a password breaks, for choosing the
// form message.
type PasswordProblem string

// The password rules.
const (
	PasswordTooShort PasswordProblem = "too_short"
	PasswordTooLong  PasswordProblem = "too_long"
	PasswordIsEmail  PasswordProblem = "is_email"
)

// WeakPasswordError is the error ValidatePassword and SetPassword return for
// a password that breaks the policy. errors.Is(err, ErrWeakPassword) holds.
type WeakPasswordError struct {
	Problem PasswordProblem
	// Min and Max are the length limits, for messages such as "at least 12
	// characters".
	Min, Max int
}

func (e *WeakPasswordError) Error() string {
	return fmt.Sprintf("accounts: weak password: %s (length %d–%d)", e.Problem, e.Min, e.Max)
}

// Is makes errors.Is(err, ErrWeakPassword) true.
func (e *WeakPasswordError) Is(target error) bool { return target == ErrWeakPassword }

// ValidatePassword checks plain against the policy for the user with the
// given e-mail address: 12 to 256 characters and not the address itself
// (in any letter case, ignoring surrounding spaces). It returns nil or a
// *WeakPasswordError. Handlers call it before consuming a reset token, so a
// rejected password does not spend the link.
func ValidatePassword(plain, email string) error {
	weak := func(p PasswordProblem) error {
		return &WeakPasswordError{Problem: p, Min: MinPasswordLength, Max: MaxPasswordLength}
	}
	n := utf8.RuneCountInString(plain)
	switch {
	case n < MinPasswordLength:
		return weak(PasswordTooShort)
	case n > MaxPasswordLength:
		return weak(PasswordTooLong)
	case email != "" && strings.EqualFold(strings.TrimSpace(plain), strings.TrimSpace(email)):
		return weak(PasswordIsEmail)
	}
	return nil
}

// PasswordParams are the argon2id cost parameters for new password hashes.
type PasswordParams struct {
	Memory  uint32 // KiB
	Time    uint32 // passes
	Threads uint8
	SaltLen uint32 // bytes
	KeyLen  uint32 // bytes
}

// DefaultPasswordParams returns the production cost: 64 MiB, two passes,
// one thread (OWASP's argon2id recommendation), 16-byte salt, 32-byte key.
func DefaultPasswordParams() PasswordParams {
	return PasswordParams{Memory: 64 * 1024, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}
}

var errBadHash = errors.New("accounts: malformed password hash")

// hashPassword returns the argon2id hash of plain with a fresh random salt in
// PHC string format: $argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>, both in
// unpadded standard base64.
func hashPassword(plain string, p PasswordParams) (string, error) {
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hashPassword: %w", err)
	}
	key := argon2.IDKey([]byte(plain), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// decodeHash parses a PHC argon2id string into its parameters, salt and key.
func decodeHash(encoded string) (PasswordParams, []byte, []byte, error) {
	var p PasswordParams
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return p, nil, nil, errBadHash
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return p, nil, nil, errBadHash
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil {
		return p, nil, nil, errBadHash
	}
	// Bounds keep a corrupted or hostile row from making us allocate
	// unbounded memory or loop for ever.
	if p.Memory < 8 || p.Memory > 1<<21 || p.Time < 1 || p.Time > 64 || p.Threads < 1 {
		return p, nil, nil, errBadHash
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil || len(salt) < 8 {
		return p, nil, nil, errBadHash
	}
	key, err := b64.DecodeString(parts[5])
	if err != nil || len(key) < 16 || len(key) > 128 {
		return p, nil, nil, errBadHash
	}
	p.SaltLen, p.KeyLen = uint32(len(salt)), uint32(len(key))
	return p, salt, key, nil
}

// verifyPassword reports whether plain matches the PHC string encoded, and
// whether the hash was made with parameters other than want, so the caller
// can rehash it.
func verifyPassword(plain, encoded string, want PasswordParams) (ok, stale bool, err error) {
	p, salt, key, err := decodeHash(encoded)
	if err != nil {
		return false, false, err
	}
	got := argon2.IDKey([]byte(plain), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	ok = subtle.ConstantTimeCompare(got, key) == 1
	return ok, p != want, nil
}

// burnPasswordTime spends as long as checking plain against a hash made with
// p, so that a sign-in for an unknown address takes as long as one with a
// wrong password.
func burnPasswordTime(plain string, p PasswordParams) {
	salt := make([]byte, p.SaltLen)
	_ = argon2.IDKey([]byte(plain), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
}
