package events

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

func statusCounts(t *testing.T, pool *pgxpool.Pool, event int64) map[RegistrationStatus]int {
	t.Helper()
	rows, err := pool.Query(context.Background(), `SELECT status, count(*) FROM registrations WHERE event_id = $1 GROUP BY status`, event)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	m := map[RegistrationStatus]int{}
	for rows.Next() {
		var s RegistrationStatus
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			t.Fatal(err)
		}
		m[s] = n
	}
	return m
}

// The last seats: 50 people confirm at the same moment, each on a
// connection of its own. Exactly capacity of them get a seat.
func TestLastSeatConcurrency(t *testing.T) {
	const people = 50
	ctx := context.Background()
	pool, err := database.Open(ctx, testdb.NewURL(t), people+5)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	f := fixtureOn(t, pool)
	for round, capacity := range []int{1, 5, 1, 5, 1, 5} {
		e := f.publish(t, f.a, content(fmt.Sprintf("Ronde %d", round), tomorrow(), ptr(capacity)))
		tokens := make([]string, people)
		for i := range people {
			_, tokens[i], _, err = f.s.Register(ctx, NewRegistration{EventID: e.ID,
				Name: fmt.Sprintf("Persoon %d", i), Email: fmt.Sprintf("p%d@example.nl", i)})
			if err != nil {
				t.Fatal(err)
			}
		}
		conns := make([]*pgxpool.Conn, people)
		for i := range conns {
			if conns[i], err = pool.Acquire(ctx); err != nil {
				t.Fatal(err)
			}
		}
		start := make(chan struct{})
		results := make(chan RegistrationStatus, people)
		var wg sync.WaitGroup
		for i := range people {
			wg.Go(func() {
				defer conns[i].Release()
				s := NewStore(conns[i])
				<-start
				r, _, err := s.Confirm(ctx, tokens[i])
				if err != nil {
					t.Errorf("round %d: Confirm %d: %v", round, i, err)
					return
				}
				results <- r.Status
			})
		}
		close(start)
		wg.Wait()
		close(results)
		got := map[RegistrationStatus]int{}
		for s := range results {
			got[s]++
		}
		if got[RegistrationConfirmed] != capacity || got[RegistrationWaitlisted] != people-capacity {
			t.Errorf("round %d (capacity %d): returned %v", round, capacity, got)
		}
		db := statusCounts(t, pool, e.ID)
		if db[RegistrationConfirmed] != capacity || db[RegistrationWaitlisted] != people-capacity {
			t.Errorf("round %d (capacity %d): stored %v", round, capacity, db)
		}
		if ev := f.event(t, e.ID); *ev.Counts.SeatsLeft != 0 || !ev.Full() {
			t.Errorf("round %d: counts %+v", round, ev.Counts)
		}
	}
}

// Cancellations and confirmations racing each other keep the invariant:
// never more confirmed than seats, and nobody waits while a seat is free.
func TestCancelAndConfirmRace(t *testing.T) {
	ctx := context.Background()
	pool, err := database.Open(ctx, testdb.NewURL(t), 45)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	f := fixtureOn(t, pool)
	const capacity = 5
	e := f.publish(t, f.a, content("Race", tomorrow(), ptr(capacity)))
	_, cancels := f.registered(t, e.ID, 20) // 5 seated, 15 waiting
	confirms := make([]string, 20)
	for i := range confirms {
		_, confirms[i], _, err = f.s.Register(ctx, NewRegistration{EventID: e.ID, Name: "N", Email: fmt.Sprintf("n%d@example.nl", i)})
		if err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	promoted := map[int64]int{}
	for i := range 20 {
		wg.Go(func() {
			_, p, err := f.s.Cancel(ctx, cancels[i])
			if err != nil {
				t.Errorf("Cancel: %v", err)
			}
			mu.Lock()
			for _, r := range p {
				promoted[r.ID]++
			}
			mu.Unlock()
		})
		wg.Go(func() {
			if _, _, err := f.s.Confirm(ctx, confirms[i]); err != nil {
				t.Errorf("Confirm: %v", err)
			}
		})
	}
	wg.Wait()
	for id, n := range promoted {
		if n != 1 {
			t.Errorf("registration %d promoted %d times", id, n)
		}
	}
	db := statusCounts(t, pool, e.ID)
	if db[RegistrationConfirmed] != capacity || db[RegistrationWaitlisted] != 15 || db[RegistrationCancelled] != 20 {
		t.Errorf("stored %v, want 5 confirmed, 15 waitlisted, 20 cancelled", db)
	}
}

func TestWaitingListPromotion(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e := f.publish(t, f.a, content("Twee plaatsen", tomorrow(), ptr(2)))
	regs, cancels := f.registered(t, e.ID, 4)
	want := []RegistrationStatus{RegistrationConfirmed, RegistrationConfirmed, RegistrationWaitlisted, RegistrationWaitlisted}
	for i, r := range regs {
		if r.Status != want[i] {
			t.Errorf("p%d: %s, want %s", i+1, r.Status, want[i])
		}
	}
	if list, _ := f.s.Registrations(ctx, f.a, e.ID); len(list) != 4 || list[2].Name != "p3" || list[3].Name != "p4" {
		t.Errorf("waiting list order: %+v", list)
	}

	// p2 cancels: p3, first in line, gets the seat and is returned for mailing.
	got, promoted, err := f.s.Cancel(ctx, cancels[1])
	if err != nil || got.Status != RegistrationCancelled || got.CancelledAt == nil {
		t.Fatalf("Cancel = %+v, %v", got, err)
	}
	if len(promoted) != 1 || promoted[0].ID != regs[2].ID || promoted[0].Status != RegistrationConfirmed ||
		promoted[0].PromotedAt == nil || promoted[0].Email != "p3@example.nl" {
		t.Fatalf("promoted = %+v, want p3", promoted)
	}
	if c := f.event(t, e.ID).Counts; c.Confirmed != 2 || c.Waitlisted != 1 {
		t.Errorf("counts = %+v", c)
	}
	// A waitlisted person cancelling frees no seat.
	if _, promoted, err := f.s.Cancel(ctx, cancels[3]); err != nil || len(promoted) != 0 {
		t.Errorf("cancel waitlisted: %v promoted, %v", promoted, err)
	}
	if _, _, err := f.s.Cancel(ctx, cancels[1]); !errors.Is(err, ErrAlreadyCancelled) {
		t.Errorf("cancel twice: %v", err)
	}
	if _, _, err := f.s.Cancel(ctx, "not-a-token"); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("bad token: %v", err)
	}
	// p1 cancels with nobody waiting: a seat is free again.
	if _, promoted, err := f.s.Cancel(ctx, cancels[0]); err != nil || len(promoted) != 0 {
		t.Errorf("cancel with empty waiting list: %v, %v", promoted, err)
	}
	if c := f.event(t, e.ID).Counts; *c.SeatsLeft != 1 {
		t.Errorf("seats left = %d, want 1", *c.SeatsLeft)
	}
}

func TestDoubleOptIn(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e := f.publish(t, f.a, content("Eén plaats", tomorrow(), ptr(1)))
	var confirms, firstCancels []string
	for i := range 3 {
		r, confirm, cancel, err := f.s.Register(ctx, NewRegistration{EventID: e.ID, Name: fmt.Sprintf(" Naam %d ", i),
			Email: fmt.Sprintf(" Naam%d@Example.NL ", i), AccessibilityNeeds: "Rolstoel", Lang: i18n.EN})
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != RegistrationPending || r.Email != fmt.Sprintf("naam%d@example.nl", i) || r.Name != fmt.Sprintf("Naam %d", i) || r.Lang != i18n.EN {
			t.Errorf("registered %+v", r)
		}
		if len(confirm) != 43 || len(cancel) != 43 || confirm == cancel {
			t.Errorf("tokens %q %q", confirm, cancel)
		}
		confirms, firstCancels = append(confirms, confirm), append(firstCancels, cancel)
	}
	// Unconfirmed registrations take no seat.
	ev := f.event(t, e.ID)
	if ev.Counts.Pending != 3 || ev.Counts.Confirmed != 0 || *ev.Counts.SeatsLeft != 1 {
		t.Errorf("counts before confirmation: %+v", ev.Counts)
	}
	// Tokens are stored hashed only.
	var leaked int
	if err := f.pool.QueryRow(ctx, `SELECT count(*) FROM registrations
		WHERE encode(confirm_token_hash, 'escape') = $1 OR encode(cancel_token_hash, 'escape') = $1`, confirms[0]).Scan(&leaked); err != nil || leaked != 0 {
		t.Errorf("token stored in clear: %d, %v", leaked, err)
	}

	r, cancel, err := f.s.Confirm(ctx, confirms[1])
	if err != nil || r.Status != RegistrationConfirmed || r.ConfirmedAt == nil || cancel == "" {
		t.Fatalf("Confirm = %+v, %q, %v", r, cancel, err)
	}
	if again, _, err := f.s.Confirm(ctx, confirms[1]); !errors.Is(err, ErrAlreadyConfirmed) || again.ID != r.ID {
		t.Errorf("confirm twice: %+v, %v", again, err)
	}
	if r, _, err := f.s.Confirm(ctx, confirms[0]); err != nil || r.Status != RegistrationWaitlisted || r.WaitlistedAt == nil {
		t.Errorf("second confirmation: %+v, %v", r, err)
	}
	// Confirm replaces the cancellation token.
	if _, _, err := f.s.Cancel(ctx, firstCancels[1]); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("cancel with the token from Register after Confirm: %v", err)
	}
	if reg, ev, err := f.s.ByCancelToken(ctx, cancel); err != nil || reg.ID != r.ID || ev.ID != e.ID {
		t.Errorf("ByCancelToken = %+v, %v", reg, err)
	}
	if reg, _, err := f.s.ByConfirmToken(ctx, confirms[2]); err != nil || reg.Status != RegistrationPending {
		t.Errorf("ByConfirmToken = %+v, %v", reg, err)
	}
	for _, bad := range []string{"", "abc", strings.Repeat("A", 43)} {
		if _, _, err := f.s.Confirm(ctx, bad); !errors.Is(err, ErrTokenInvalid) {
			t.Errorf("Confirm(%q) = %v", bad, err)
		}
	}
	// The confirmation link expires.
	late := f.s.WithClock(func() time.Time { return time.Now().Add(ConfirmTTL + time.Hour) })
	if _, _, err := late.Confirm(ctx, confirms[2]); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("expired confirmation: %v", err)
	}
	// A pending registration can be cancelled; it frees nothing.
	if _, _, err := f.s.Cancel(ctx, firstCancels[2]); err != nil {
		t.Errorf("cancel pending: %v", err)
	}
	if _, err := late.PurgeUnconfirmed(ctx, ConfirmTTL); err != nil {
		t.Error(err)
	}
}

func TestDuplicateEmailRefused(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e := f.publish(t, f.a, content("Dubbel", tomorrow(), nil))
	reg := func(email string) (Registration, string, string, error) {
		return f.s.Register(ctx, NewRegistration{EventID: e.ID, Name: "Ana", Email: email})
	}
	first, confirm1, _, err := reg("ana@example.nl")
	if err != nil {
		t.Fatal(err)
	}
	// Registering again before confirming renews the link: same registration, new tokens.
	again, confirm2, _, err := reg("ANA@example.nl")
	if err != nil || again.ID != first.ID || confirm2 == confirm1 {
		t.Fatalf("re-register pending: %+v, %v", again, err)
	}
	if _, _, err := f.s.Confirm(ctx, confirm1); !errors.Is(err, ErrTokenInvalid) {
		t.Errorf("old confirmation link still works: %v", err)
	}
	_, cancel, err := f.s.Confirm(ctx, confirm2)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := reg("Ana@Example.nl"); !errors.Is(err, ErrAlreadyRegistered) {
		t.Errorf("duplicate address: %v, want ErrAlreadyRegistered", err)
	}
	// The database itself refuses a second active registration.
	_, err = f.pool.Exec(ctx, `INSERT INTO registrations (event_id, name, email, confirm_token_hash, cancel_token_hash)
		VALUES ($1, 'x', 'ANA@EXAMPLE.NL', sha256('a'), sha256('b'))`, e.ID)
	if pgCode(err) != uniqueViolation {
		t.Errorf("direct insert of a duplicate: %v", err)
	}
	// After cancelling, the address may register again.
	if _, _, err := f.s.Cancel(ctx, cancel); err != nil {
		t.Fatal(err)
	}
	if r, _, _, err := reg("ana@example.nl"); err != nil || r.ID == first.ID {
		t.Errorf("register after cancelling: %+v, %v", r, err)
	}
	// The same address may register for another event.
	other := f.publish(t, f.b, content("Ander", tomorrow(), nil))
	if _, _, _, err := f.s.Register(ctx, NewRegistration{EventID: other.ID, Name: "Ana", Email: "ana@example.nl"}); err != nil {
		t.Errorf("other event: %v", err)
	}
}

func TestRegisterRefusals(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	submitted, _ := f.s.Create(ctx, f.a, 0, content("Ingediend", tomorrow(), nil))
	closedC := content("Gesloten", tomorrow(), nil)
	closedC.RegistrationOpen = false
	closed := f.publish(t, f.a, closedC)
	past := f.publish(t, f.a, content("Voorbij", time.Now().Add(-3*time.Hour), nil))
	open := f.publish(t, f.a, content("Open", tomorrow(), nil))
	for _, tc := range []struct {
		name  string
		n     NewRegistration
		want  error
		field string
	}{
		{"not published", NewRegistration{EventID: submitted.ID, Name: "A", Email: "a@example.nl"}, database.ErrNotFound, ""},
		{"unknown event", NewRegistration{EventID: 999999, Name: "A", Email: "a@example.nl"}, database.ErrNotFound, ""},
		{"registration closed", NewRegistration{EventID: closed.ID, Name: "A", Email: "a@example.nl"}, ErrRegistrationClosed, ""},
		{"started", NewRegistration{EventID: past.ID, Name: "A", Email: "a@example.nl"}, ErrRegistrationClosed, ""},
		{"no name", NewRegistration{EventID: open.ID, Name: " ", Email: "a@example.nl"}, nil, "name"},
		{"bad email", NewRegistration{EventID: open.ID, Name: "A", Email: "Ana <a@example.nl>"}, nil, "email"},
		{"no email", NewRegistration{EventID: open.ID, Name: "A"}, nil, "email"},
		{"long needs", NewRegistration{EventID: open.ID, Name: "A", Email: "a@example.nl",
			AccessibilityNeeds: strings.Repeat("x", MaxNeedsLen+1)}, nil, "accessibility_needs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, _, err := f.s.Register(ctx, tc.n)
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

func TestReminders(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	now := time.Now()
	soon := f.publish(t, f.a, content("Morgen", now.Add(12*time.Hour), ptr(1)))
	later := f.publish(t, f.a, content("Later", now.Add(72*time.Hour), nil))
	f.registered(t, soon.ID, 2) // p1 confirmed, p2 waitlisted
	f.registered(t, later.ID, 1)
	if _, _, _, err := f.s.Register(ctx, NewRegistration{EventID: soon.ID, Name: "Onbevestigd", Email: "o@example.nl"}); err != nil {
		t.Fatal(err)
	}
	due, err := f.s.DueReminders(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(due) != 1 || due[0].Registration.Name != "p1" || due[0].Event.ID != soon.ID || due[0].Event.TitleNL != "Morgen" {
		t.Fatalf("due = %+v, want p1 for the event tomorrow", due)
	}
	if err := f.s.MarkReminded(ctx, due[0].Registration.ID); err != nil {
		t.Fatal(err)
	}
	if due, _ := f.s.DueReminders(ctx, now); len(due) != 0 {
		t.Errorf("still due after MarkReminded: %+v", due)
	}
	// Two days on, the later event's reminder is due.
	if due, _ := f.s.DueReminders(ctx, now.Add(60*time.Hour)); len(due) != 1 || due[0].Event.ID != later.ID {
		t.Errorf("due in two days: %+v", due)
	}
	if err := f.s.MarkReminded(ctx, 999999); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("MarkReminded unknown: %v", err)
	}
}

func TestPurgeAfterRetention(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	now := time.Now()
	// Register for both events while they lay ahead, 40 days ago.
	back := f.s.WithClock(func() time.Time { return now.Add(-40 * 24 * time.Hour) })
	old := f.publish(t, f.a, content("Lang geleden", now.Add(-31*24*time.Hour), nil))
	recent := f.publish(t, f.a, content("Kort geleden", now.Add(-29*24*time.Hour), nil))
	upcoming := f.publish(t, f.a, content("Straks", tomorrow(), nil))
	for _, e := range []Event{old, recent} {
		for i := range 3 {
			_, confirm, _, err := back.Register(ctx, NewRegistration{EventID: e.ID, Name: "A", Email: fmt.Sprintf("a%d@example.nl", i)})
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := back.Confirm(ctx, confirm); err != nil {
				t.Fatal(err)
			}
		}
	}
	f.registered(t, upcoming.ID, 2)
	n, err := f.s.PurgeRegistrations(ctx, DefaultRetention)
	if err != nil || n != 3 {
		t.Fatalf("PurgeRegistrations = %d, %v; want the 3 of the event 31 days ago", n, err)
	}
	for e, want := range map[int64]int{old.ID: 0, recent.ID: 3, upcoming.ID: 2} {
		if got := f.event(t, e).Counts.Confirmed; got != want {
			t.Errorf("event %d keeps %d registrations, want %d", e, got, want)
		}
	}
	// A shorter retention takes the other past event too.
	if n, err := f.s.PurgeRegistrations(ctx, 7*24*time.Hour); err != nil || n != 3 {
		t.Errorf("PurgeRegistrations(7 days) = %d, %v", n, err)
	}
	if _, err := f.s.PurgeRegistrations(ctx, -time.Hour); err == nil {
		t.Error("negative retention accepted")
	}
}

func TestAttendeesCSV(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e := f.publish(t, f.a, content("Lijst", tomorrow(), ptr(3)))
	people := []struct{ name, email, needs string }{
		{"=HYPERLINK(\"http://evil\",\"x\")", "a@example.nl", "Rolstoel, en \"hulp\""},
		{"+31 6 1234", "b@example.nl", "-2+3"},
		{"@SUM(A1)", "=c@example.nl", "Regel 1\nRegel 2"},
		{"Zoë de Vries", "d@example.nl", "  =SUM(1)"},
	}
	for _, p := range people {
		_, confirm, _, err := f.s.Register(ctx, NewRegistration{EventID: e.ID, Name: p.name, Email: p.email, AccessibilityNeeds: p.needs})
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := f.s.Confirm(ctx, confirm); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.s.AttendeesCSV(ctx, f.a, e.ID, &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\r\n") {
		t.Error("rows do not end in CRLF")
	}
	records, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"name", "email", "status", "accessibility_needs", "registered_at"},
		{"'=HYPERLINK(\"http://evil\",\"x\")", "a@example.nl", "confirmed", "Rolstoel, en \"hulp\""},
		{"'+31 6 1234", "b@example.nl", "confirmed", "'-2+3"},
		{"'@SUM(A1)", "'=c@example.nl", "confirmed", "Regel 1\nRegel 2"},
		{"Zoë de Vries", "d@example.nl", "waitlisted", "'=SUM(1)"},
	}
	if len(records) != len(want) {
		t.Fatalf("%d records: %q", len(records), records)
	}
	for i, w := range want {
		for j, cell := range w {
			if records[i][j] != cell {
				t.Errorf("row %d col %d = %q, want %q", i, j, records[i][j], cell)
			}
		}
	}
	if _, err := time.ParseInLocation("2006-01-02 15:04", records[1][4], i18n.Amsterdam()); err != nil {
		t.Errorf("registered_at %q: %v", records[1][4], err)
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "Ana": "Ana", "=1+1": "'=1+1", "+1": "'+1", "-1": "'-1", "@x": "'@x",
		"\t=1": "'\t=1", "\r=1": "'\r=1", "a=b": "a=b",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}
