package accounts

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestValidatePassword(t *testing.T) {
	tests := []struct {
		name, password, email string
		want                  PasswordProblem // "" for accepted
	}{
		{"twelve characters", "abcdefghijkl", "ana@example.nl", ""},
		{"eleven characters", "abcdefghijk", "ana@example.nl", PasswordTooShort},
		{"empty", "", "ana@example.nl", PasswordTooShort},
		{"eleven two-byte characters", strings.Repeat("é", 11), "ana@example.nl", PasswordTooShort},
		{"twelve two-byte characters", strings.Repeat("é", 12), "ana@example.nl", ""},
		{"256 characters", strings.Repeat("a", 256), "ana@example.nl", ""},
		{"257 characters", strings.Repeat("a", 257), "ana@example.nl", PasswordTooLong},
		{"the e-mail address", "ana.devries@example.nl", "ana.devries@example.nl", PasswordIsEmail},
		{"the e-mail address in capitals", "ANA.DEVRIES@EXAMPLE.NL", "ana.devries@example.nl", PasswordIsEmail},
		{"the e-mail address with spaces", " ana.devries@example.nl ", "ana.devries@example.nl", PasswordIsEmail},
		{"containing the e-mail address", "ana.devries@example.nl!", "ana.devries@example.nl", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidatePassword(tt.password, tt.email)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				return
			}
			var weak *WeakPasswordError
			if !errors.Is(err, ErrWeakPassword) || !errors.As(err, &weak) {
				t.Fatalf("error = %v, want a *WeakPasswordError", err)
			}
			if weak.Problem != tt.want || weak.Min != 12 || weak.Max != 256 {
				t.Errorf("got %+v, want problem %q with limits 12–256", weak, tt.want)
			}
		})
	}
}

// TestSetPasswordProductionHash is the one test that hashes with the
// production parameters.
func TestSetPasswordProductionHash(t *testing.T) {
	pool := testdb.New(t)
	s := NewStore(pool)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "fatima@example.nl", Role: RoleEditor})
	if err := s.SetPassword(ctx, u.ID, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	var hash string
	if err := pool.QueryRow(ctx, `SELECT password_hash FROM users WHERE id = $1`, u.ID).Scan(&hash); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hash, "$argon2id$v=19$m=65536,t=2,p=1$") {
		t.Errorf("hash %q is not argon2id with the production parameters", hash)
	}
	p, salt, key, err := decodeHash(hash)
	if err != nil || p != DefaultPasswordParams() || len(salt) != 16 || len(key) != 32 {
		t.Errorf("decodeHash = %+v, %d-byte salt, %d-byte key, %v", p, len(salt), len(key), err)
	}
	if strings.Contains(hash, "correct horse") {
		t.Error("hash contains the password")
	}
	got, err := s.Authenticate(ctx, "Fatima@Example.nl", "correct horse battery")
	if err != nil || got.ID != u.ID || !got.PasswordSet || got.PasswordChangedAt == nil {
		t.Errorf("Authenticate = %+v, %v", got, err)
	}
}

func TestSetPassword(t *testing.T) {
	s, pool := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "sam@example.nl", Role: RoleEditor})

	err := s.SetPassword(ctx, u.ID, "short")
	var weak *WeakPasswordError
	if !errors.As(err, &weak) || weak.Problem != PasswordTooShort {
		t.Errorf("short password: %v", err)
	}
	if err := s.SetPassword(ctx, u.ID, "SAM@example.nl"); !errors.Is(err, ErrWeakPassword) {
		t.Errorf("e-mail as password: %v", err)
	}
	if got, _ := s.ByID(ctx, u.ID); got.PasswordSet || got.PasswordChangedAt != nil {
		t.Errorf("rejected password was stored: %+v", got)
	}
	if err := s.SetPassword(ctx, u.ID+100, "a good long password"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unknown user: %v", err)
	}

	if err := s.SetPassword(ctx, u.ID, "first long password"); err != nil {
		t.Fatal(err)
	}
	var first string
	pool.QueryRow(ctx, `SELECT password_hash FROM users WHERE id = $1`, u.ID).Scan(&first)
	if err := s.SetPassword(ctx, u.ID, "first long password"); err != nil {
		t.Fatal(err)
	}
	var second string
	pool.QueryRow(ctx, `SELECT password_hash FROM users WHERE id = $1`, u.ID).Scan(&second)
	if first == second {
		t.Error("the same password hashed twice gave the same hash: salt not random")
	}
}

func TestAuthenticate(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	const pw = "een lang wachtwoord"
	active := mustCreate(t, s, NewUser{Email: "active@example.nl", Role: RoleEditor})
	disabled := mustCreate(t, s, NewUser{Email: "disabled@example.nl", Role: RoleEditor})
	mustCreate(t, s, NewUser{Email: "invited@example.nl", Role: RoleEditor})
	for _, id := range []int64{active.ID, disabled.ID} {
		if err := s.SetPassword(ctx, id, pw); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Disable(ctx, disabled.ID); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, email, password string
		wantID                int64 // 0: ErrInvalidCredentials
	}{
		{"right password", "active@example.nl", pw, active.ID},
		{"address in other case", " ACTIVE@example.NL", pw, active.ID},
		{"wrong password", "active@example.nl", pw + "!", 0},
		{"password in other case", "active@example.nl", strings.ToUpper(pw), 0},
		{"empty password", "active@example.nl", "", 0},
		{"unknown address", "nobody@example.nl", pw, 0},
		{"malformed address", "nobody", pw, 0},
		{"disabled user", "disabled@example.nl", pw, 0},
		{"no password set", "invited@example.nl", pw, 0},
		{"no password set, empty password", "invited@example.nl", "", 0},
		{"overlong password", "active@example.nl", strings.Repeat("x", 1000), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := s.Authenticate(ctx, tt.email, tt.password)
			if tt.wantID == 0 {
				if !errors.Is(err, ErrInvalidCredentials) {
					t.Errorf("error = %v, want ErrInvalidCredentials", err)
				}
				return
			}
			if err != nil || u.ID != tt.wantID {
				t.Errorf("Authenticate = %+v, %v; want user %d", u, err, tt.wantID)
			}
		})
	}
}

func TestAuthenticateRehashesWithNewParams(t *testing.T) {
	pool := testdb.New(t)
	ctx := context.Background()
	old := NewStoreWithOptions(pool, StoreOptions{Password: testPasswordParams()})
	u := mustCreate(t, old, NewUser{Email: "kim@example.nl", Role: RoleAdmin})
	if err := old.SetPassword(ctx, u.ID, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	hash := func() string {
		var h string
		if err := pool.QueryRow(ctx, `SELECT password_hash FROM users WHERE id = $1`, u.ID).Scan(&h); err != nil {
			t.Fatal(err)
		}
		return h
	}
	before := hash()

	newer := testPasswordParams()
	newer.Memory *= 2
	s := NewStoreWithOptions(pool, StoreOptions{Password: newer})
	if _, err := s.Authenticate(ctx, u.Email, "wrong password!!"); !errors.Is(err, ErrInvalidCredentials) {
		t.Fatal(err)
	}
	if hash() != before {
		t.Error("a failed sign-in rehashed the password")
	}
	if _, err := s.Authenticate(ctx, u.Email, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	after := hash()
	if after == before || !strings.HasPrefix(after, "$argon2id$v=19$m=2048,t=1,p=1$") {
		t.Errorf("hash after sign-in with new params = %q (was %q)", after, before)
	}
	if _, err := s.Authenticate(ctx, u.Email, "a long enough password"); err != nil {
		t.Errorf("sign-in with the rehashed password: %v", err)
	}
	// The old store still verifies the new hash, and rehashes back.
	if _, err := old.Authenticate(ctx, u.Email, "a long enough password"); err != nil {
		t.Errorf("old params on new hash: %v", err)
	}
}

// TestAuthenticateCostsTheSameForUnknownAddresses checks that a sign-in
// for an unknown address, a malformed one, or a user without a password
// derives one argon2id key with the same parameters as a wrong password
// does; without that, the unknown address would answer much faster and
// timing would reveal which addresses have accounts. Counting derivations
// keeps the test independent of the machine's speed.
func TestAuthenticateCostsTheSameForUnknownAddresses(t *testing.T) {
	pool := testdb.New(t)
	ctx := context.Background()
	params := testPasswordParams()
	var derived []PasswordParams
	s := NewStoreWithOptions(pool, StoreOptions{Password: params,
		ObserveKeyDerivation: func(p PasswordParams) { derived = append(derived, p) }})
	u := mustCreate(t, s, NewUser{Email: "known@example.nl", Role: RoleEditor})
	mustCreate(t, s, NewUser{Email: "invited@example.nl", Role: RoleEditor})
	if err := s.SetPassword(ctx, u.ID, "the real password"); err != nil {
		t.Fatal(err)
	}
	for _, email := range []string{"known@example.nl", "unknown@example.nl", "invited@example.nl", "not an address"} {
		derived = nil
		if _, err := s.Authenticate(ctx, email, "a wrong password"); !errors.Is(err, ErrInvalidCredentials) {
			t.Fatalf("Authenticate(%s): %v", email, err)
		}
		if len(derived) != 1 || derived[0] != params {
			t.Errorf("%s: derived %v, want exactly one key with %v", email, derived, params)
		}
	}
}

func TestDecodeHashRejectsMalformed(t *testing.T) {
	good, err := hashPassword("whatever password", testPasswordParams())
	if err != nil {
		t.Fatal(err)
	}
	if ok, stale, err := verifyPassword("whatever password", good, testPasswordParams()); !ok || stale || err != nil {
		t.Fatalf("verify own hash = %v, %v, %v", ok, stale, err)
	}
	parts := strings.Split(good, "$")
	bad := []string{
		"",
		"plain",
		strings.Replace(good, "argon2id", "argon2i", 1),
		strings.Replace(good, "v=19", "v=16", 1),
		strings.Replace(good, "m=1024", "m=99999999", 1),
		strings.Replace(good, "t=1", "t=0", 1),
		"$" + parts[1] + "$" + parts[2] + "$" + parts[3] + "$!!!$" + parts[5],
		"$" + parts[1] + "$" + parts[2] + "$" + parts[3] + "$" + parts[4] + "$" + parts[5][:4],
	}
	for _, h := range bad {
		if _, _, err := verifyPassword("whatever password", h, testPasswordParams()); err == nil {
			t.Errorf("verifyPassword accepted hash %q", h)
		}
	}
}
