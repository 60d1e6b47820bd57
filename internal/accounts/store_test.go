package accounts

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// testPasswordParams are cheap argon2id parameters so that tests under the
// race detector stay quick; TestSetPasswordProductionHash covers the real
// ones.
func testPasswordParams() PasswordParams {
	return PasswordParams{Memory: 1024, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}
}

// newTestStore returns a Store with cheap hashing on a fresh database.
func newTestStore(t *testing.T) (*Store, *pgxpool.Pool) {
	t.Helper()
	pool := testdb.New(t)
	return NewStoreWithOptions(pool, StoreOptions{Password: testPasswordParams()}), pool
}

func mustCreate(t *testing.T, s *Store, n NewUser) User {
	t.Helper()
	u, err := s.Create(context.Background(), n)
	if err != nil {
		t.Fatalf("Create(%+v): %v", n, err)
	}
	return u
}

func mustPartner(t *testing.T, s *Store, slug string) Partner {
	t.Helper()
	p, err := s.CreatePartner(context.Background(), slug, "Partner "+slug)
	if err != nil {
		t.Fatalf("CreatePartner(%q): %v", slug, err)
	}
	return p
}

func TestParseRole(t *testing.T) {
	for _, r := range Roles() {
		got, err := ParseRole(string(r))
		if err != nil || got != r {
			t.Errorf("ParseRole(%q) = %q, %v", r, got, err)
		}
	}
	for _, s := range []string{"", "Admin", "root", "partner "} {
		if _, err := ParseRole(s); !errors.Is(err, ErrInvalidRole) {
			t.Errorf("ParseRole(%q) error = %v, want ErrInvalidRole", s, err)
		}
	}
}

func TestNormalizeEmail(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"ana@example.nl", "ana@example.nl", true},
		{"  Ana.De-Vries+podium@Example.NL ", "ana.de-vries+podium@example.nl", true},
		{"", "", false},
		{"ana", "", false},
		{"ana@", "", false},
		{"@example.nl", "", false},
		{"Ana <ana@example.nl>", "", false},
		{`"ana de vries"@example.nl`, "", false},
		{"ana@localhost", "", false},
		{"ana@example..nl", "", false},
		{"ana@[192.0.2.1]", "", false},
		{"ana@example.nl, bob@example.nl", "", false},
	}
	for _, tt := range tests {
		got, err := NormalizeEmail(tt.in)
		if tt.ok && (err != nil || got != tt.want) {
			t.Errorf("NormalizeEmail(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
		if !tt.ok && !errors.Is(err, ErrInvalidEmail) {
			t.Errorf("NormalizeEmail(%q) = %q, %v; want ErrInvalidEmail", tt.in, got, err)
		}
	}
}

func TestCreate(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	p := mustPartner(t, s, "politie")
	missing := p.ID + 1000
	mustCreate(t, s, NewUser{Email: "taken@example.nl", Role: RoleEditor})

	tests := []struct {
		name    string
		in      NewUser
		wantErr error
	}{
		{"admin", NewUser{Email: "Admin@Example.NL", Name: " Ada ", Role: RoleAdmin}, nil},
		{"english editor", NewUser{Email: "ed@example.nl", Role: RoleEditor, Lang: i18n.EN}, nil},
		{"partner user", NewUser{Email: "pu@example.nl", Role: RolePartner, PartnerID: &p.ID}, nil},
		{"duplicate in other case", NewUser{Email: "TAKEN@example.nl", Role: RoleAdmin}, ErrEmailTaken},
		{"malformed e-mail", NewUser{Email: "not an address", Role: RoleAdmin}, ErrInvalidEmail},
		{"unknown role", NewUser{Email: "r@example.nl", Role: "owner"}, ErrInvalidRole},
		{"partner role without partner", NewUser{Email: "np@example.nl", Role: RolePartner}, ErrPartnerRequired},
		{"editor with partner", NewUser{Email: "ep@example.nl", Role: RoleEditor, PartnerID: &p.ID}, ErrPartnerNotAllowed},
		{"unknown partner", NewUser{Email: "up@example.nl", Role: RolePartner, PartnerID: &missing}, ErrUnknownPartner},
		{"unknown language", NewUser{Email: "de@example.nl", Role: RoleEditor, Lang: "de"}, ErrInvalidLang},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := s.Create(ctx, tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Create error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				if _, err := s.ByEmail(ctx, tt.in.Email); !errors.Is(err, database.ErrNotFound) && tt.wantErr != ErrEmailTaken {
					t.Errorf("rejected user was stored: ByEmail error = %v", err)
				}
				return
			}
			want, _ := NormalizeEmail(tt.in.Email)
			if u.Email != want || u.Role != tt.in.Role || u.PasswordSet || u.TOTPEnabled || !u.Active() {
				t.Errorf("Create returned %+v", u)
			}
			wantLang := tt.in.Lang
			if wantLang == "" {
				wantLang = i18n.NL
			}
			if u.Lang != wantLang {
				t.Errorf("Lang = %q, want %q", u.Lang, wantLang)
			}
			if (u.PartnerID == nil) != (tt.in.PartnerID == nil) || (u.PartnerID != nil && *u.PartnerID != *tt.in.PartnerID) {
				t.Errorf("PartnerID = %v, want %v", u.PartnerID, tt.in.PartnerID)
			}
			got, err := s.ByID(ctx, u.ID)
			if err != nil || got.Email != u.Email || got.Name != u.Name {
				t.Errorf("ByID = %+v, %v; want %+v", got, err, u)
			}
		})
	}
	if u, err := s.ByEmail(ctx, "admin@example.nl"); err != nil || u.Name != "Ada" {
		t.Errorf("name not trimmed: %+v, %v", u, err)
	}
}

func TestByEmailAndByID(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "noor@example.nl", Role: RoleEditor})
	for _, email := range []string{"noor@example.nl", "NOOR@EXAMPLE.NL", " Noor@Example.nl "} {
		got, err := s.ByEmail(ctx, email)
		if err != nil || got.ID != u.ID {
			t.Errorf("ByEmail(%q) = %+v, %v", email, got, err)
		}
	}
	for _, email := range []string{"other@example.nl", "garbage"} {
		if _, err := s.ByEmail(ctx, email); !errors.Is(err, database.ErrNotFound) {
			t.Errorf("ByEmail(%q) error = %v, want ErrNotFound", email, err)
		}
	}
	if _, err := s.ByID(ctx, u.ID+1); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("ByID(unknown) error = %v, want ErrNotFound", err)
	}
}

func TestList(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	for _, e := range []string{"zeynep@example.nl", "bram@example.nl", "mila@example.nl"} {
		mustCreate(t, s, NewUser{Email: e, Role: RoleEditor})
	}
	list, err := s.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range list {
		got = append(got, u.Email)
	}
	want := []string{"bram@example.nl", "mila@example.nl", "zeynep@example.nl"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("List = %v, want %v", got, want)
	}
}

func TestSetRole(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	p := mustPartner(t, s, "om")
	mustCreate(t, s, NewUser{Email: "boss@example.nl", Role: RoleAdmin})
	u := mustCreate(t, s, NewUser{Email: "ed@example.nl", Role: RoleEditor})

	if err := s.SetRole(ctx, u.ID, RolePartner, nil); !errors.Is(err, ErrPartnerRequired) {
		t.Errorf("partner without partner: %v", err)
	}
	missing := p.ID + 99
	if err := s.SetRole(ctx, u.ID, RolePartner, &missing); !errors.Is(err, ErrUnknownPartner) {
		t.Errorf("unknown partner: %v", err)
	}
	if err := s.SetRole(ctx, u.ID, RolePartner, &p.ID); err != nil {
		t.Fatal(err)
	}
	got, _ := s.ByID(ctx, u.ID)
	if got.Role != RolePartner || got.PartnerID == nil || *got.PartnerID != p.ID {
		t.Errorf("after SetRole partner: %+v", got)
	}
	if err := s.SetRole(ctx, u.ID, RoleAdmin, nil); err != nil {
		t.Fatal(err)
	}
	got, _ = s.ByID(ctx, u.ID)
	if got.Role != RoleAdmin || got.PartnerID != nil {
		t.Errorf("after SetRole admin: %+v", got)
	}
	if err := s.SetRole(ctx, u.ID+100, RoleEditor, nil); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unknown user: %v", err)
	}
}

func TestLastActiveAdminStays(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	a := mustCreate(t, s, NewUser{Email: "a@example.nl", Role: RoleAdmin})
	b := mustCreate(t, s, NewUser{Email: "b@example.nl", Role: RoleAdmin})

	if err := s.Disable(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	// b is disabled, so a is the last active admin.
	if err := s.SetRole(ctx, a.ID, RoleEditor, nil); !errors.Is(err, ErrLastAdmin) {
		t.Errorf("demote last admin: %v", err)
	}
	if err := s.Disable(ctx, a.ID); !errors.Is(err, ErrLastAdmin) {
		t.Errorf("disable last admin: %v", err)
	}
	// Changing a disabled admin is always allowed.
	if err := s.SetRole(ctx, b.ID, RoleEditor, nil); err != nil {
		t.Errorf("demote disabled admin: %v", err)
	}
	if err := s.Disable(ctx, a.ID+100); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("disable unknown: %v", err)
	}
	if got, _ := s.ByID(ctx, a.ID); got.Role != RoleAdmin || !got.Active() {
		t.Errorf("last admin changed: %+v", got)
	}
}

// TestConcurrentDemotionsKeepAnAdmin demotes two admins at once, many
// times over: exactly one demotion must win each time.
func TestConcurrentDemotionsKeepAnAdmin(t *testing.T) {
	s, pool := newTestStore(t)
	ctx := context.Background()
	a := mustCreate(t, s, NewUser{Email: "a@example.nl", Role: RoleAdmin})
	b := mustCreate(t, s, NewUser{Email: "b@example.nl", Role: RoleAdmin})
	for round := range 20 {
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, id := range []int64{a.ID, b.ID} {
			wg.Go(func() { errs[i] = s.SetRole(ctx, id, RoleEditor, nil) })
		}
		wg.Wait()
		var admins int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM users WHERE role = 'admin'`).Scan(&admins); err != nil {
			t.Fatal(err)
		}
		if admins != 1 {
			t.Fatalf("round %d: %d admins left (errors %v)", round, admins, errs)
		}
		if (errs[0] == nil) == (errs[1] == nil) || !(errors.Is(errs[0], ErrLastAdmin) || errors.Is(errs[1], ErrLastAdmin)) {
			t.Fatalf("round %d: errors %v, want one nil and one ErrLastAdmin", round, errs)
		}
		if _, err := pool.Exec(ctx, `UPDATE users SET role = 'admin'`); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDisableEnable(t *testing.T) {
	s, pool := newTestStore(t)
	ctx := context.Background()
	u := mustCreate(t, s, NewUser{Email: "ed@example.nl", Role: RoleEditor})
	if err := s.Disable(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	got, _ := s.ByID(ctx, u.ID)
	if got.Active() || got.DisabledAt == nil {
		t.Fatalf("after Disable: %+v", got)
	}
	// Disabling again keeps the original time.
	if _, err := pool.Exec(ctx, `UPDATE users SET disabled_at = disabled_at - interval '1 day'`); err != nil {
		t.Fatal(err)
	}
	before, _ := s.ByID(ctx, u.ID)
	if err := s.Disable(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	again, _ := s.ByID(ctx, u.ID)
	if !again.DisabledAt.Equal(*before.DisabledAt) {
		t.Errorf("second Disable moved disabled_at from %v to %v", before.DisabledAt, again.DisabledAt)
	}
	if err := s.Enable(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ByID(ctx, u.ID); !got.Active() {
		t.Errorf("after Enable: %+v", got)
	}
	if err := s.Enable(ctx, u.ID+100); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("Enable unknown: %v", err)
	}
}

func TestWithQuerierRunsInTransaction(t *testing.T) {
	s, pool := newTestStore(t)
	ctx := context.Background()
	rollback := errors.New("roll back")
	err := database.InTx(ctx, pool, func(tx pgx.Tx) error {
		ts := s.WithQuerier(tx)
		u, err := ts.Create(ctx, NewUser{Email: "tx@example.nl", Role: RoleEditor})
		if err != nil {
			return err
		}
		if _, err := ts.IssueToken(ctx, u.ID, TokenInvite, InviteTokenTTL); err != nil {
			return err
		}
		// Inside the transaction the user exists; outside it does not yet.
		if _, err := ts.ByEmail(ctx, "tx@example.nl"); err != nil {
			t.Errorf("inside: %v", err)
		}
		if _, err := s.ByEmail(ctx, "tx@example.nl"); !errors.Is(err, database.ErrNotFound) {
			t.Errorf("outside before commit: %v", err)
		}
		return rollback
	})
	if !errors.Is(err, rollback) {
		t.Fatal(err)
	}
	if _, err := s.ByEmail(ctx, "tx@example.nl"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("after rollback: %v", err)
	}
}

func TestPartners(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	zb := mustPartner(t, s, "zorgbalans")
	ab := mustPartner(t, s, "abn-netwerk")
	if _, err := s.CreatePartner(ctx, "zorgbalans", "Again"); !errors.Is(err, ErrSlugTaken) {
		t.Errorf("duplicate slug: %v", err)
	}
	for _, slug := range []string{"", "Upper", "two--hyphens", "-lead", "trail-", "spa ce", "ümlaut"} {
		if _, err := s.CreatePartner(ctx, slug, "X"); !errors.Is(err, ErrInvalidSlug) {
			t.Errorf("CreatePartner(%q) error = %v, want ErrInvalidSlug", slug, err)
		}
	}
	if _, err := s.CreatePartner(ctx, "leeg", "  "); err == nil {
		t.Error("empty name accepted")
	}
	got, err := s.PartnerBySlug(ctx, "zorgbalans")
	if err != nil || got.ID != zb.ID || got.Name != "Partner zorgbalans" {
		t.Errorf("PartnerBySlug = %+v, %v", got, err)
	}
	if _, err := s.PartnerBySlug(ctx, "nope"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("PartnerBySlug(unknown) = %v", err)
	}
	if got, err := s.PartnerByID(ctx, ab.ID); err != nil || got.Slug != "abn-netwerk" {
		t.Errorf("PartnerByID = %+v, %v", got, err)
	}
	list, err := s.Partners(ctx)
	if err != nil || len(list) != 2 || list[0].ID != ab.ID || list[1].ID != zb.ID {
		t.Errorf("Partners = %+v, %v", list, err)
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewSettings(pool)
	if on, err := st.RequireTwoFactor(ctx); err != nil || on {
		t.Fatalf("default RequireTwoFactor = %v, %v; want false", on, err)
	}
	for _, want := range []bool{true, true, false, true} {
		if err := st.SetRequireTwoFactor(ctx, want); err != nil {
			t.Fatal(err)
		}
		// A second Settings on the same database sees it, as another
		// replica would.
		if on, err := NewSettings(pool).RequireTwoFactor(ctx); err != nil || on != want {
			t.Fatalf("RequireTwoFactor = %v, %v; want %v", on, err, want)
		}
	}
}

// waitClock is a settable clock for tests.
type waitClock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *waitClock {
	return &waitClock{now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
}

func (c *waitClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *waitClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}
