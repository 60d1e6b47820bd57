package accounts

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/database"
)

func TestTokenSingleUse(t *testing.T) {
	s, pool := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "lars@example.nl", Role: RoleEditor})
	token, err := s.IssueToken(ctx, u.ID, TokenReset, ResetTokenTTL)
	if err != nil {
		t.Fatal(err)
	}
	if raw, err := base64.RawURLEncoding.DecodeString(token); err != nil || len(raw) != 32 || len(token) != 43 {
		t.Fatalf("token %q is not 32 bytes in base64url: %v", token, err)
	}
	// Only the SHA-256 is stored.
	var stored []byte
	var ttl float64
	if err := pool.QueryRow(ctx, `SELECT token_hash, extract(epoch FROM expires_at - created_at)::float8
		FROM user_tokens`).Scan(&stored, &ttl); err != nil {
		t.Fatal(err)
	}
	raw, _ := base64.RawURLEncoding.DecodeString(token)
	if sum := sha256.Sum256(raw); string(stored) != string(sum[:]) {
		t.Error("stored token_hash is not the SHA-256 of the token")
	}
	if ttl != 3600 {
		t.Errorf("reset token lives %vs, want 3600s", ttl)
	}

	// Peeking does not use it up.
	for range 2 {
		if got, err := s.PeekToken(ctx, TokenReset, token); err != nil || got.ID != u.ID {
			t.Fatalf("PeekToken = %+v, %v", got, err)
		}
	}
	if _, err := s.ConsumeToken(ctx, TokenInvite, token); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("consume with the wrong purpose: %v", err)
	}
	got, err := s.ConsumeToken(ctx, TokenReset, token)
	if err != nil || got.ID != u.ID {
		t.Fatalf("ConsumeToken = %+v, %v", got, err)
	}
	if _, err := s.ConsumeToken(ctx, TokenReset, token); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("second consume: %v", err)
	}
	if _, err := s.PeekToken(ctx, TokenReset, token); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("peek after consume: %v", err)
	}
}

func TestTokenRejections(t *testing.T) {
	s, pool := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "lars@example.nl", Role: RoleEditor})
	other := mustCreate(t, s, NewUser{Email: "other@example.nl", Role: RoleEditor})
	issue := func(id int64, p TokenPurpose) string {
		t.Helper()
		tok, err := s.IssueToken(ctx, id, p, InviteTokenTTL)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}

	expired := issue(u.ID, TokenInvite)
	if _, err := pool.Exec(ctx, `UPDATE user_tokens SET expires_at = now() - interval '1 second'`); err != nil {
		t.Fatal(err)
	}
	disabledUsers := issue(other.ID, TokenReset)
	if err := s.Disable(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	unknown := base64.RawURLEncoding.EncodeToString(make([]byte, 32))
	valid := issue(u.ID, TokenReset)

	tests := []struct {
		name    string
		purpose TokenPurpose
		token   string
	}{
		{"expired", TokenInvite, expired},
		{"of a disabled user", TokenReset, disabledUsers},
		{"unknown", TokenReset, unknown},
		{"other purpose", TokenInvite, valid},
		{"empty", TokenReset, ""},
		{"not base64url", TokenReset, "!!!not-a-token!!!"},
		{"too short", TokenReset, valid[:40]},
		{"padded", TokenReset, valid + "="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.PeekToken(ctx, tt.purpose, tt.token); !errors.Is(err, ErrTokenInvalid) {
				t.Errorf("PeekToken: %v", err)
			}
			if _, err := s.ConsumeToken(ctx, tt.purpose, tt.token); !errors.Is(err, ErrTokenInvalid) {
				t.Errorf("ConsumeToken: %v", err)
			}
		})
	}
	// The rejections used nothing up.
	if _, err := s.ConsumeToken(ctx, TokenReset, valid); err != nil {
		t.Errorf("valid token after rejections: %v", err)
	}
	// A re-enabled user's token works again while it has not expired.
	if err := s.Enable(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PeekToken(ctx, TokenReset, disabledUsers); err != nil {
		t.Errorf("token of re-enabled user: %v", err)
	}
}

func TestIssueToken(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "lars@example.nl", Role: RoleEditor})

	first, _ := s.IssueToken(ctx, u.ID, TokenReset, ResetTokenTTL)
	invite, _ := s.IssueToken(ctx, u.ID, TokenInvite, InviteTokenTTL)
	second, err := s.IssueToken(ctx, u.ID, TokenReset, ResetTokenTTL)
	if err != nil {
		t.Fatal(err)
	}
	if first == second {
		t.Fatal("two tokens are equal")
	}
	if _, err := s.ConsumeToken(ctx, TokenReset, first); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("older reset token still works: %v", err)
	}
	if _, err := s.PeekToken(ctx, TokenInvite, invite); err != nil {
		t.Errorf("a reset token voided the invitation: %v", err)
	}
	if _, err := s.ConsumeToken(ctx, TokenReset, second); err != nil {
		t.Errorf("newest reset token: %v", err)
	}

	if _, err := s.IssueToken(ctx, u.ID+100, TokenReset, time.Hour); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unknown user: %v", err)
	}
	if err := s.Disable(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.IssueToken(ctx, u.ID, TokenReset, time.Hour); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("disabled user: %v", err)
	}
	if _, err := s.IssueToken(ctx, u.ID, "login", time.Hour); err == nil {
		t.Error("unknown purpose accepted")
	}
	if _, err := s.IssueToken(ctx, u.ID, TokenReset, -time.Hour); err == nil {
		t.Error("negative ttl accepted")
	}
}

func TestConcurrentConsumeSucceedsOnce(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "lars@example.nl", Role: RoleEditor})
	token, err := s.IssueToken(ctx, u.ID, TokenInvite, InviteTokenTTL)
	if err != nil {
		t.Fatal(err)
	}
	const n = 10
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { _, errs[i] = s.ConsumeToken(ctx, TokenInvite, token) })
	}
	wg.Wait()
	var ok int
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, ErrTokenInvalid):
			t.Errorf("unexpected error: %v", err)
		}
	}
	if ok != 1 {
		t.Errorf("%d of %d concurrent consumes succeeded, want 1", ok, n)
	}
}

func TestSetPasswordWithToken(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "new@example.nl", Role: RoleEditor})
	invite, _ := s.IssueToken(ctx, u.ID, TokenInvite, InviteTokenTTL)
	reset, _ := s.IssueToken(ctx, u.ID, TokenReset, ResetTokenTTL)

	// A weak password leaves the link usable.
	if _, err := s.SetPasswordWithToken(ctx, TokenInvite, invite, "new@example.nl"); !errors.Is(err, ErrWeakPassword) {
		t.Fatalf("weak password: %v", err)
	}
	if _, err := s.PeekToken(ctx, TokenInvite, invite); err != nil {
		t.Fatalf("weak password used up the link: %v", err)
	}
	if _, err := s.SetPasswordWithToken(ctx, TokenReset, invite, "a strong new password"); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("wrong purpose: %v", err)
	}

	got, err := s.SetPasswordWithToken(ctx, TokenInvite, invite, "a strong new password")
	if err != nil || got.ID != u.ID || !got.PasswordSet || got.PasswordChangedAt == nil {
		t.Fatalf("SetPasswordWithToken = %+v, %v", got, err)
	}
	if _, err := s.Authenticate(ctx, "new@example.nl", "a strong new password"); err != nil {
		t.Errorf("sign-in with the new password: %v", err)
	}
	if _, err := s.SetPasswordWithToken(ctx, TokenInvite, invite, "another new password"); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("link used twice: %v", err)
	}
	// Setting the password voided the other outstanding link.
	if _, err := s.PeekToken(ctx, TokenReset, reset); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("reset link survived the password change: %v", err)
	}
}

func TestSetPasswordVoidsLinks(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "lars@example.nl", Role: RoleEditor})
	reset, _ := s.IssueToken(ctx, u.ID, TokenReset, ResetTokenTTL)
	if err := s.SetPassword(ctx, u.ID, "changed in my profile"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ConsumeToken(ctx, TokenReset, reset); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("reset link survived SetPassword: %v", err)
	}
}

func TestDeleteStaleTokens(t *testing.T) {
	s, pool := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "lars@example.nl", Role: RoleEditor})
	used, _ := s.IssueToken(ctx, u.ID, TokenReset, ResetTokenTTL)
	if _, err := s.ConsumeToken(ctx, TokenReset, used); err != nil {
		t.Fatal(err)
	}
	live, _ := s.IssueToken(ctx, u.ID, TokenInvite, InviteTokenTTL)
	if n, err := s.DeleteStaleTokens(ctx); err != nil || n != 0 {
		t.Fatalf("DeleteStaleTokens with fresh tokens = %d, %v", n, err)
	}
	if _, err := pool.Exec(ctx, `UPDATE user_tokens SET used_at = used_at - interval '2 days' WHERE used_at IS NOT NULL`); err != nil {
		t.Fatal(err)
	}
	if n, err := s.DeleteStaleTokens(ctx); err != nil || n != 1 {
		t.Fatalf("DeleteStaleTokens = %d, %v; want 1", n, err)
	}
	if _, err := s.PeekToken(ctx, TokenInvite, live); err != nil {
		t.Errorf("live token deleted: %v", err)
	}
}
