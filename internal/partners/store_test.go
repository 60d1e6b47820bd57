package partners

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func mustPartner(t *testing.T, s *Store, slug string, p Profile) Partner {
	t.Helper()
	got, err := s.Create(context.Background(), slug, p)
	if err != nil {
		t.Fatalf("Create(%q): %v", slug, err)
	}
	return got
}

// editor creates an editor user, who decides on drafts.
func editor(t *testing.T, pool *pgxpool.Pool) int64 {
	t.Helper()
	u, err := accounts.NewStore(pool).Create(context.Background(),
		accounts.NewUser{Email: "editor@example.nl", Name: "Eva", Role: accounts.RoleEditor})
	if err != nil {
		t.Fatal(err)
	}
	return u.ID
}

func TestCreateAndPublicQueries(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	s := NewStore(pool)
	ctx := context.Background()
	img, err := images.NewStore(pool).Put(ctx, "image/png", 10, 10, []byte("logo bytes"))
	if err != nil {
		t.Fatal(err)
	}
	a := mustPartner(t, s, "netwerk-a", Profile{Name: "  Netwerk A ", DescriptionNL: "Over ons",
		Website: "https://a.example.nl", LogoID: &img.ID, LogoAlt: "Logo van Netwerk A",
		FocusAreas: []string{"lhbtiq", "beperking", "lhbtiq"}})
	if a.Name != "Netwerk A" || !a.Listed {
		t.Errorf("created %+v", a)
	}
	if !slices.Equal(a.FocusAreas, []string{"beperking", "lhbtiq"}) {
		t.Errorf("focus areas %v, want deduplicated in display order", a.FocusAreas)
	}
	if a.Logo == nil || a.Logo.SHA256 != img.SHA256 {
		t.Errorf("logo %+v", a.Logo)
	}
	b := mustPartner(t, s, "netwerk-b", Profile{Name: "B-netwerk", FocusAreas: []string{"leeftijd"}})

	got, err := s.PublicBySlug(ctx, "netwerk-a")
	if err != nil || got.ID != a.ID {
		t.Fatalf("PublicBySlug = %+v, %v", got, err)
	}
	list, err := s.Public(ctx, "")
	if err != nil || len(list) != 2 || list[0].ID != b.ID {
		t.Fatalf("Public = %v, %v; want B then A by name", list, err)
	}
	list, err = s.Public(ctx, "beperking")
	if err != nil || len(list) != 1 || list[0].ID != a.ID {
		t.Fatalf("Public(beperking) = %v, %v", list, err)
	}

	if err := s.SetListed(ctx, a.ID, false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PublicBySlug(ctx, "netwerk-a"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unlisted partner: PublicBySlug err = %v, want ErrNotFound", err)
	}
	if list, _ := s.Public(ctx, ""); len(list) != 1 {
		t.Errorf("unlisted partner still in the public list")
	}
	if _, err := s.ByID(ctx, a.ID); err != nil {
		t.Errorf("ByID of unlisted partner: %v", err)
	}
	if all, _ := s.All(ctx); len(all) != 2 {
		t.Errorf("All = %d partners", len(all))
	}
	if err := s.SetListed(ctx, 999999, true); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("SetListed unknown: %v", err)
	}
}

func TestCreateRefusesBadInput(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	s := NewStore(pool)
	ctx := context.Background()
	mustPartner(t, s, "bestaat", Profile{Name: "Bestaat"})
	missing := int64(424242)
	for _, tc := range []struct {
		name  string
		slug  string
		p     Profile
		want  error
		field string
	}{
		{"invalid slug", "Niet Goed", Profile{Name: "X"}, ErrInvalidSlug, ""},
		{"slug taken", "bestaat", Profile{Name: "X"}, ErrSlugTaken, ""},
		{"no name", "x", Profile{Name: " "}, nil, "name"},
		{"bad website", "x", Profile{Name: "X", Website: "javascript:alert(1)"}, nil, "website"},
		{"website with space", "x", Profile{Name: "X", Website: "https://a b.nl"}, nil, "website"},
		{"logo without alt", "x", Profile{Name: "X", LogoID: &missing}, nil, "logo_alt"},
		{"unknown focus area", "x", Profile{Name: "X", FocusAreas: []string{"ras"}}, nil, "focus_areas"},
		{"unknown logo", "x", Profile{Name: "X", LogoID: &missing, LogoAlt: "Logo"}, ErrUnknownImage, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Create(ctx, tc.slug, tc.p)
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v", err, tc.want)
				}
				return
			}
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Fields[tc.field] == "" {
				t.Fatalf("err = %v, want a validation error on %s", err, tc.field)
			}
		})
	}
}

func TestDraftRoundTrip(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	s := NewStore(pool)
	ctx := context.Background()
	mod := editor(t, pool)
	p := mustPartner(t, s, "netwerk", Profile{Name: "Netwerk", DescriptionNL: "Oud"})
	other := mustPartner(t, s, "ander", Profile{Name: "Ander"})

	first, err := s.SubmitDraft(ctx, p.ID, 0, Profile{Name: "Netwerk", DescriptionNL: "Eerste versie"})
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.SubmitDraft(ctx, p.ID, 0, Profile{Name: "Netwerk NL", DescriptionNL: "Nieuw",
		FocusAreas: []string{"gender"}})
	if err != nil {
		t.Fatal(err)
	}
	// The live profile has not changed.
	live, _ := s.PublicBySlug(ctx, "netwerk")
	if live.DescriptionNL != "Oud" || live.Name != "Netwerk" {
		t.Fatalf("live profile changed before approval: %+v", live.Profile)
	}
	queue, err := s.PendingDrafts(ctx)
	if err != nil || len(queue) != 1 || queue[0].ID != second.ID {
		t.Fatalf("PendingDrafts = %+v, %v; want only the newest", queue, err)
	}
	fields := map[string]FieldChange{}
	for _, c := range queue[0].Changes {
		fields[c.Field] = c
	}
	if len(fields) != 3 || fields["name"].Old != "Netwerk" || fields["name"].New != "Netwerk NL" ||
		fields["description_nl"].New != "Nieuw" || fields["focus_areas"].New != "gender" {
		t.Errorf("changes = %+v", queue[0].Changes)
	}
	if n, _ := s.PendingDraftCount(ctx); n != 1 {
		t.Errorf("PendingDraftCount = %d", n)
	}

	// The superseded draft can no longer be approved.
	if _, err := s.ApproveDraft(ctx, first.ID, mod); !errors.Is(err, ErrNotPending) {
		t.Errorf("approve superseded: %v, want ErrNotPending", err)
	}
	got, err := s.ApproveDraft(ctx, second.ID, mod)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Netwerk NL" || got.DescriptionNL != "Nieuw" || !slices.Equal(got.FocusAreas, []string{"gender"}) {
		t.Errorf("approved profile = %+v", got.Profile)
	}
	if live, _ := s.PublicBySlug(ctx, "netwerk"); live.DescriptionNL != "Nieuw" {
		t.Errorf("public profile after approval = %+v", live.Profile)
	}
	if _, err := s.ApproveDraft(ctx, second.ID, mod); !errors.Is(err, ErrNotPending) {
		t.Errorf("approve twice: %v", err)
	}

	// A rejection needs a reason, leaves the live profile and tells why.
	third, err := s.SubmitDraft(ctx, p.ID, 0, Profile{Name: "Netwerk!!!", DescriptionNL: "Reclame"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RejectDraft(ctx, third.ID, mod, "  "); !errors.Is(err, ErrReasonRequired) {
		t.Errorf("reject without reason: %v", err)
	}
	rej, err := s.RejectDraft(ctx, third.ID, mod, "Geen reclame, graag.")
	if err != nil || rej.Status != DraftRejected || rej.DecidedBy == nil || *rej.DecidedBy != mod {
		t.Fatalf("RejectDraft = %+v, %v", rej, err)
	}
	if live, _ := s.PublicBySlug(ctx, "netwerk"); live.DescriptionNL != "Nieuw" {
		t.Errorf("rejected draft went live: %+v", live.Profile)
	}
	latest, err := s.LatestDraft(ctx, p.ID)
	if err != nil || latest.ID != third.ID || latest.Reason != "Geen reclame, graag." {
		t.Errorf("LatestDraft = %+v, %v", latest, err)
	}
	if _, err := s.LatestDraft(ctx, other.ID); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("another partner's LatestDraft: %v, want ErrNotFound", err)
	}
	if _, err := s.SubmitDraft(ctx, 999999, 0, Profile{Name: "X"}); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("SubmitDraft for unknown partner: %v", err)
	}
	if r, err := s.DraftByID(ctx, third.ID); err != nil || r.Partner.ID != p.ID {
		t.Errorf("DraftByID = %+v, %v", r, err)
	}
}

// Concurrent submissions and decisions neither deadlock nor leave two
// pending drafts.
func TestConcurrentDrafts(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	s := NewStore(pool)
	ctx := context.Background()
	mod := editor(t, pool)
	p := mustPartner(t, s, "netwerk", Profile{Name: "Netwerk"})
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 20 {
		wg.Go(func() {
			d, err := s.SubmitDraft(ctx, p.ID, 0, Profile{Name: "Netwerk", DescriptionNL: string(rune('a' + i))})
			if err != nil {
				errs <- err
				return
			}
			if _, err := s.ApproveDraft(ctx, d.ID, mod); err != nil && !errors.Is(err, ErrNotPending) {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var pending int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM partner_profile_drafts WHERE status = 'pending'`).Scan(&pending); err != nil {
		t.Fatal(err)
	}
	if pending > 1 {
		t.Errorf("%d pending drafts", pending)
	}
}

func TestChanges(t *testing.T) {
	t.Parallel()
	logo := int64(7)
	for _, tc := range []struct {
		name       string
		prev, next Profile
		want       []string
	}{
		{"same", Profile{Name: "A", FocusAreas: []string{"gender", "leeftijd"}},
			Profile{Name: " A ", FocusAreas: []string{"leeftijd", "gender"}}, nil},
		{"logo and website", Profile{Name: "A"}, Profile{Name: "A", LogoID: &logo, LogoAlt: "L", Website: "https://a.nl"},
			[]string{"website", "logo", "logo_alt"}},
		{"everything", Profile{}, Profile{Name: "A", DescriptionNL: "n", DescriptionEN: "e", FocusAreas: []string{"geloof"}},
			[]string{"name", "description_nl", "description_en", "focus_areas"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range Changes(tc.prev, tc.next) {
				got = append(got, c.Field)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Changes = %v, want %v", got, tc.want)
			}
		})
	}
}
