package accounts

import (
	"context"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/testdb"
)

// TestGenerateTOTPCode checks the code generator against the SHA-1 test
// vectors of RFC 6238, appendix B, cut to six digits.
func TestGenerateTOTPCode(t *testing.T) {
	const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" // "12345678901234567890"
	for unix, want := range map[int64]string{
		59:         "287082",
		1111111109: "081804",
		1111111111: "050471",
		1234567890: "005924",
		2000000000: "279037",
	} {
		got, err := GenerateTOTPCode(secret, time.Unix(unix, 0))
		if err != nil || got != want {
			t.Errorf("GenerateTOTPCode(t=%d) = %q, %v; want %q", unix, got, err, want)
		}
	}
	if _, err := GenerateTOTPCode("not base32!", time.Now()); err == nil {
		t.Error("invalid secret accepted")
	}
}

// totpFixture is a user with two-factor authentication enabled on a store
// whose clock the test moves.
type totpFixture struct {
	s      *Store
	clock  *waitClock
	user   User
	secret string
	codes  []string
}

func (f *totpFixture) code(t *testing.T, offset time.Duration) string {
	t.Helper()
	c, err := GenerateTOTPCode(f.secret, f.clock.Now().Add(offset))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func enabledTOTP(t *testing.T) *totpFixture {
	t.Helper()
	clock := newClock()
	s := NewStoreWithOptions(testdb.New(t), StoreOptions{Password: testPasswordParams(), Now: clock.Now})
	f := &totpFixture{s: s, clock: clock}
	f.user = mustCreate(t, s, NewUser{Email: "twofa@example.nl", Role: RoleAdmin})
	ctx := context.Background()
	secret, _, err := s.StartTOTP(ctx, f.user.ID, "Podium", f.user.Email)
	if err != nil {
		t.Fatal(err)
	}
	f.secret = secret
	f.codes, err = s.ConfirmTOTP(ctx, f.user.ID, f.code(t, 0))
	if err != nil {
		t.Fatal(err)
	}
	// Move past the confirming code's step.
	clock.Advance(totpPeriod * time.Second)
	return f
}

func TestTOTPEnrolment(t *testing.T) {
	clock := newClock()
	s := NewStoreWithOptions(testdb.New(t), StoreOptions{Password: testPasswordParams(), Now: clock.Now})
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "twofa@example.nl", Role: RoleEditor})

	if _, err := s.ConfirmTOTP(ctx, u.ID, "123456"); !errors.Is(err, ErrTOTPNotStarted) {
		t.Errorf("confirm before start: %v", err)
	}
	if err := s.VerifyTOTP(ctx, u.ID, "123456"); !errors.Is(err, ErrTOTPNotEnabled) {
		t.Errorf("verify before enabling: %v", err)
	}
	secret, link, err := s.StartTOTP(ctx, u.ID, "Podium", u.Email)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := url.Parse(link)
	if err != nil || parsed.Scheme != "otpauth" || parsed.Host != "totp" || parsed.Query().Get("secret") != secret ||
		parsed.Query().Get("issuer") != "Podium" || !strings.Contains(parsed.Path, u.Email) {
		t.Errorf("otpauth URL %q (secret %q): %v", link, secret, err)
	}
	if len(secret) != 32 { // 20 bytes in base32
		t.Errorf("secret %q is not 20 bytes", secret)
	}
	// Starting again replaces the pending secret.
	secret2, _, err := s.StartTOTP(ctx, u.ID, "Podium", u.Email)
	if err != nil || secret2 == secret {
		t.Fatalf("second StartTOTP = %q, %v", secret2, err)
	}
	oldCode, _ := GenerateTOTPCode(secret, clock.Now())
	if _, err := s.ConfirmTOTP(ctx, u.ID, oldCode); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("code of the replaced secret: %v", err)
	}
	if got, _ := s.ByID(ctx, u.ID); got.TOTPEnabled {
		t.Fatal("enabled by a wrong code")
	}
	for _, bad := range []string{"", "12345", "1234567", "abcdef"} {
		if _, err := s.ConfirmTOTP(ctx, u.ID, bad); !errors.Is(err, ErrInvalidCode) {
			t.Errorf("ConfirmTOTP(%q): %v", bad, err)
		}
	}

	code, _ := GenerateTOTPCode(secret2, clock.Now())
	codes, err := s.ConfirmTOTP(ctx, u.ID, code[:3]+" "+code[3:])
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ByID(ctx, u.ID); !got.TOTPEnabled {
		t.Error("not enabled after ConfirmTOTP")
	}
	format := regexp.MustCompile(`^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{2}$`)
	seen := map[string]bool{}
	for _, c := range codes {
		if !format.MatchString(c) || seen[c] {
			t.Errorf("recovery code %q malformed or repeated", c)
		}
		seen[c] = true
	}
	if len(codes) != 10 {
		t.Errorf("%d recovery codes, want 10", len(codes))
	}
	if n, err := s.RemainingRecoveryCodes(ctx, u.ID); err != nil || n != 10 {
		t.Errorf("RemainingRecoveryCodes = %d, %v", n, err)
	}
	// The confirming code may not sign in as well.
	if err := s.VerifyTOTP(ctx, u.ID, code); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("confirming code reused for sign-in: %v", err)
	}
	if _, err := s.ConfirmTOTP(ctx, u.ID, code); !errors.Is(err, ErrTOTPEnabled) {
		t.Errorf("confirm twice: %v", err)
	}
	if _, _, err := s.StartTOTP(ctx, u.ID, "Podium", u.Email); !errors.Is(err, ErrTOTPEnabled) {
		t.Errorf("start while enabled: %v", err)
	}
	if _, _, err := s.StartTOTP(ctx, u.ID+100, "Podium", "x"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("start for unknown user: %v", err)
	}
}

func TestVerifyTOTP(t *testing.T) {
	f := enabledTOTP(t)
	ctx := context.Background()
	id := f.user.ID

	code := f.code(t, 0)
	if err := f.s.VerifyTOTP(ctx, id, code); err != nil {
		t.Fatalf("current code: %v", err)
	}
	if err := f.s.VerifyTOTP(ctx, id, code); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("replayed code: %v", err)
	}

	f.clock.Advance(5 * totpPeriod * time.Second)
	wrong := "000000"
	if wrong == f.code(t, 0) {
		wrong = "000001"
	}
	tests := []struct {
		name   string
		offset time.Duration // of the code's time from now
		ok     bool
	}{
		{"two steps old", -2 * totpPeriod * time.Second, false},
		{"one step old", -totpPeriod * time.Second, true},
		// The previous case used the step before this one's, so the
		// current step is still unused.
		{"current", 0, true},
		{"one step old after the current was used", -totpPeriod * time.Second, false},
		{"one step ahead", totpPeriod * time.Second, true},
		{"current after a later one was used", 0, false},
		{"two steps ahead", 2 * totpPeriod * time.Second, false},
	}
	for _, tt := range tests {
		err := f.s.VerifyTOTP(ctx, id, f.code(t, tt.offset))
		if tt.ok && err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
		if !tt.ok && !errors.Is(err, ErrInvalidCode) {
			t.Errorf("%s: error = %v, want ErrInvalidCode", tt.name, err)
		}
	}
	f.clock.Advance(5 * totpPeriod * time.Second)
	for _, bad := range []string{wrong, "", "12345", "abcdef", "1234567"} {
		if bad == f.code(t, 0) {
			continue
		}
		if err := f.s.VerifyTOTP(ctx, id, bad); !errors.Is(err, ErrInvalidCode) {
			t.Errorf("VerifyTOTP(%q): %v", bad, err)
		}
	}
	if err := f.s.VerifyTOTP(ctx, id, f.code(t, 0)); err != nil {
		t.Errorf("current code after failures: %v", err)
	}
	if err := f.s.VerifyTOTP(ctx, id+100, "123456"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unknown user: %v", err)
	}
}

func TestRecoveryCodes(t *testing.T) {
	f := enabledTOTP(t)
	ctx := context.Background()
	id := f.user.ID

	if err := f.s.UseRecoveryCode(ctx, id, f.codes[0]); err != nil {
		t.Fatal(err)
	}
	if err := f.s.UseRecoveryCode(ctx, id, f.codes[0]); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("recovery code used twice: %v", err)
	}
	// Typed in capitals without hyphens it still counts.
	if err := f.s.UseRecoveryCode(ctx, id, strings.ToUpper(strings.ReplaceAll(f.codes[1], "-", " "))); err != nil {
		t.Errorf("normalised code: %v", err)
	}
	for _, bad := range []string{"", "aaaa-aaaa-aa", "zzzz", f.codes[2] + "x", "uuuu-uuuu-uu"} {
		if err := f.s.UseRecoveryCode(ctx, id, bad); !errors.Is(err, ErrInvalidCode) {
			t.Errorf("UseRecoveryCode(%q): %v", bad, err)
		}
	}
	other := mustCreate(t, f.s, NewUser{Email: "other@example.nl", Role: RoleEditor})
	if err := f.s.UseRecoveryCode(ctx, other.ID, f.codes[2]); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("another user's code: %v", err)
	}
	if n, err := f.s.RemainingRecoveryCodes(ctx, id); err != nil || n != 8 {
		t.Errorf("RemainingRecoveryCodes = %d, %v; want 8", n, err)
	}

	fresh, err := f.s.NewRecoveryCodes(ctx, id)
	if err != nil || len(fresh) != 10 {
		t.Fatalf("NewRecoveryCodes = %v, %v", fresh, err)
	}
	if err := f.s.UseRecoveryCode(ctx, id, f.codes[3]); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("old code after NewRecoveryCodes: %v", err)
	}
	if n, _ := f.s.RemainingRecoveryCodes(ctx, id); n != 10 {
		t.Errorf("RemainingRecoveryCodes after NewRecoveryCodes = %d", n)
	}
	if _, err := f.s.NewRecoveryCodes(ctx, other.ID); !errors.Is(err, ErrTOTPNotEnabled) {
		t.Errorf("NewRecoveryCodes without 2FA: %v", err)
	}
}

func TestResetTOTP(t *testing.T) {
	f := enabledTOTP(t)
	ctx := context.Background()
	id := f.user.ID
	if err := f.s.ResetTOTP(ctx, id); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.s.ByID(ctx, id); got.TOTPEnabled {
		t.Error("still enabled after ResetTOTP")
	}
	if n, _ := f.s.RemainingRecoveryCodes(ctx, id); n != 0 {
		t.Errorf("%d recovery codes left after ResetTOTP", n)
	}
	if err := f.s.UseRecoveryCode(ctx, id, f.codes[4]); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("recovery code after reset: %v", err)
	}
	if err := f.s.VerifyTOTP(ctx, id, f.code(t, 0)); !errors.Is(err, ErrTOTPNotEnabled) {
		t.Errorf("verify after reset: %v", err)
	}
	if _, err := f.s.ConfirmTOTP(ctx, id, f.code(t, 0)); !errors.Is(err, ErrTOTPNotStarted) {
		t.Errorf("old secret confirms after reset: %v", err)
	}
	// Enrolling again works and gives a new secret.
	secret, _, err := f.s.StartTOTP(ctx, id, "Podium", f.user.Email)
	if err != nil || secret == f.secret {
		t.Fatalf("StartTOTP after reset = %q, %v", secret, err)
	}
	if err := f.s.ResetTOTP(ctx, id+100); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("ResetTOTP unknown: %v", err)
	}
}
