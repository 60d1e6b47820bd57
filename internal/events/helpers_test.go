package events

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// fixture is a fresh database with two partner organisations and an editor.
type fixture struct {
	pool   *pgxpool.Pool
	s      *Store
	a, b   int64 // partner ids
	editor int64
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	return fixtureOn(t, testdb.New(t))
}

func fixtureOn(t *testing.T, pool *pgxpool.Pool) fixture {
	t.Helper()
	ctx := context.Background()
	ps := partners.NewStore(pool)
	a, err := ps.Create(ctx, "netwerk-a", partners.Profile{Name: "Netwerk A"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ps.Create(ctx, "netwerk-b", partners.Profile{Name: "Netwerk B"})
	if err != nil {
		t.Fatal(err)
	}
	u, err := accounts.NewStore(pool).Create(ctx, accounts.NewUser{Email: "editor@example.nl", Name: "Eva", Role: accounts.RoleEditor})
	if err != nil {
		t.Fatal(err)
	}
	return fixture{pool: pool, s: NewStore(pool), a: a.ID, b: b.ID, editor: u.ID}
}

func ptr[T any](v T) *T { return &v }

// content is a valid in-person event starting at start, two hours long.
func content(title string, start time.Time, capacity *int) Content {
	return Content{
		Type:             TypeWorkVisit,
		TitleNL:          title,
		DescriptionNL:    "Een middag meelopen.",
		StartsAt:         start,
		EndsAt:           start.Add(2 * time.Hour),
		VenueName:        "Stadhuis",
		Address:          "Spui 70",
		City:             "Den Haag",
		Province:         "zuid-holland",
		Capacity:         capacity,
		RegistrationOpen: true,
	}
}

// publish creates an event of partner and approves it.
func (f fixture) publish(t *testing.T, partner int64, c Content) Event {
	t.Helper()
	ctx := context.Background()
	e, err := f.s.Create(ctx, partner, 0, c)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	pe, err := f.s.PartnerEvent(ctx, partner, e.ID)
	if err != nil || pe.Pending == nil {
		t.Fatalf("PartnerEvent: %+v, %v", pe, err)
	}
	a, err := f.s.Approve(ctx, pe.Pending.ID, f.editor)
	if err != nil {
		t.Fatalf("Approve: %v", err)
	}
	return a.Event
}

// registered registers and confirms n people for event, named p1..pn, and
// returns their registrations and cancellation tokens.
func (f fixture) registered(t *testing.T, event int64, n int) ([]Registration, []string) {
	t.Helper()
	var regs []Registration
	var cancels []string
	for i := 1; i <= n; i++ {
		_, confirm, _, err := f.s.Register(context.Background(), NewRegistration{EventID: event,
			Name: fmt.Sprintf("p%d", i), Email: fmt.Sprintf("p%d@example.nl", i)})
		if err != nil {
			t.Fatalf("Register p%d: %v", i, err)
		}
		r, cancel, err := f.s.Confirm(context.Background(), confirm)
		if err != nil {
			t.Fatalf("Confirm p%d: %v", i, err)
		}
		regs = append(regs, r)
		cancels = append(cancels, cancel)
	}
	return regs, cancels
}

func (f fixture) event(t *testing.T, id int64) Event {
	t.Helper()
	e, err := f.s.ByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// tomorrow is a start time safely in the future, on the minute.
func tomorrow() time.Time { return time.Now().Add(48 * time.Hour).Truncate(time.Minute) }
