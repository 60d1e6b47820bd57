package eventadmin

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/testdb"
	"github.com/podium-portal/podium/web/mails"
)

func TestMain(m *testing.M) { testdb.Main(m) }

var baseURL, _ = url.Parse("https://werkenbij.example.nl")

// env is a fresh database with a partner, its user and an editor.
type env struct {
	t       *testing.T
	pool    *pgxpool.Pool
	svc     *Service
	partner int64
	editor  accounts.User
	user    accounts.User
}

func newEnv(t *testing.T) *env {
	t.Helper()
	pool := testdb.New(t)
	ctx := context.Background()
	jobClient, err := jobs.NewInsertOnlyClient(pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := partners.NewStore(pool).Create(ctx, "netwerk", partners.Profile{Name: "Netwerk"})
	if err != nil {
		t.Fatal(err)
	}
	acc := accounts.NewStore(pool)
	editor, err := acc.Create(ctx, accounts.NewUser{Email: "eva@example.nl", Name: "Eva", Role: accounts.RoleEditor})
	if err != nil {
		t.Fatal(err)
	}
	user, err := acc.Create(ctx, accounts.NewUser{Email: "piet@example.nl", Role: accounts.RolePartner, PartnerID: &p.ID,
		Lang: i18n.EN})
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, pool: pool, svc: New(pool, jobClient, baseURL, nil), partner: p.ID, editor: editor, user: user}
}

func content(title string, start time.Time, capacity *int) events.Content {
	return events.Content{Type: events.TypeTraining, TitleNL: title, StartsAt: start, EndsAt: start.Add(2 * time.Hour),
		VenueName: "Zaal", City: "Utrecht", Province: "utrecht", Capacity: capacity, RegistrationOpen: true}
}

// publish creates and approves an event of the partner through the
// service.
func (e *env) publish(c events.Content) events.Event {
	e.t.Helper()
	ctx := context.Background()
	ev, err := e.svc.CreateEvent(ctx, audit.Actor{ID: e.user.ID, Email: e.user.Email}, e.partner, c, false)
	if err != nil {
		e.t.Fatal(err)
	}
	pe, err := events.NewStore(e.pool).PartnerEvent(ctx, e.partner, ev.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	a, err := e.svc.ApproveSubmission(ctx, audit.Actor{ID: e.editor.ID, Email: e.editor.Email}, pe.Pending.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	return a.Event
}

// confirmed registers and confirms name for event ev.
func (e *env) confirmed(ev events.Event, name string) {
	e.t.Helper()
	st := events.NewStore(e.pool)
	_, token, _, err := st.Register(context.Background(), events.NewRegistration{EventID: ev.ID, Name: name,
		Email: name + "@example.org"})
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.svc.Confirm(context.Background(), token); err != nil {
		e.t.Fatal(err)
	}
}

// mails returns the outbox's mails of kind, oldest first.
func (e *env) mails(kind string) []mail.Mail {
	e.t.Helper()
	list, err := mail.NewOutbox(e.pool, nil).List(context.Background(), mail.ListFilter{Limit: mail.MaxListLimit})
	if err != nil {
		e.t.Fatal(err)
	}
	var out []mail.Mail
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].Kind == kind {
			out = append(out, list[i])
		}
	}
	return out
}

func TestRemindersGoOutOnceTheDayBefore(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	tomorrow := e.publish(content("Morgen", time.Now().Add(20*time.Hour).Truncate(time.Minute), nil))
	later := e.publish(content("Volgende week", time.Now().Add(7*24*time.Hour).Truncate(time.Minute), nil))
	e.confirmed(tomorrow, "ada")
	e.confirmed(later, "bob")

	n, err := e.svc.SendReminders(ctx)
	if err != nil || n != 1 {
		t.Fatalf("SendReminders: %d, %v; want 1", n, err)
	}
	got := e.mails(mails.KindEventReminder)
	if len(got) != 1 || got[0].To != "ada@example.org" || !strings.Contains(got[0].Subject, "Morgen") {
		t.Fatalf("reminders: %+v", got)
	}
	if n, err := e.svc.SendReminders(ctx); err != nil || n != 0 {
		t.Errorf("second run: %d, %v; want 0", n, err)
	}
	// Six days on, the other event is due.
	inSixDays := e.svc.WithClock(func() time.Time { return time.Now().Add(6*24*time.Hour + time.Hour) })
	if n, err := inSixDays.SendReminders(ctx); err != nil || n != 1 {
		t.Errorf("six days on: %d, %v; want 1", n, err)
	}
	recs, _ := audit.NewLog(e.pool).List(ctx, audit.Filter{Action: "registration.remind"})
	if len(recs) != 2 {
		t.Errorf("%d reminder audit entries, want 2", len(recs))
	}
}

func TestModerationDigestAtMostDaily(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	acc := accounts.NewStore(e.pool)
	admin, err := acc.Create(ctx, accounts.NewUser{Email: "ada@example.nl", Role: accounts.RoleAdmin, Lang: i18n.EN})
	if err != nil {
		t.Fatal(err)
	}
	gone, err := acc.Create(ctx, accounts.NewUser{Email: "oud@example.nl", Role: accounts.RoleEditor})
	if err != nil {
		t.Fatal(err)
	}
	if err := acc.Disable(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}

	// Nothing waits: nothing is sent, and nothing recorded.
	if n, err := e.svc.SendModerationDigest(ctx); err != nil || n != 0 {
		t.Fatalf("empty queue: %d, %v", n, err)
	}
	if _, err := e.svc.CreateEvent(ctx, audit.Actor{ID: e.user.ID}, e.partner, content("Nieuw", time.Now().Add(72*time.Hour), nil), false); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.SubmitProfile(ctx, audit.Actor{ID: e.user.ID}, e.partner, partners.Profile{Name: "Netwerk NL"}); err != nil {
		t.Fatal(err)
	}
	if n, err := e.svc.SendModerationDigest(ctx); err != nil || n != 2 {
		t.Fatalf("digest: %d, %v; want 2 (the active editor and admin)", n, err)
	}
	got := e.mails(mails.KindModerationDigest)
	recipients := map[string]mail.Mail{}
	for _, m := range got {
		recipients[m.To] = m
	}
	if len(recipients) != 2 || recipients["eva@example.nl"].Subject != "Er wachten 2 inzendingen op moderatie" ||
		recipients[admin.Email].Lang != i18n.EN {
		t.Errorf("digest mails: %+v", recipients)
	}
	full, _ := mail.NewOutbox(e.pool, nil).ByID(ctx, recipients["eva@example.nl"].ID)
	for _, want := range []string{"Nieuw", "Netwerk NL", "https://werkenbij.example.nl/admin/moderation"} {
		if !strings.Contains(full.Text, want) {
			t.Errorf("digest lacks %q:\n%s", want, full.Text)
		}
	}
	// The same day: no second digest.
	if n, err := e.svc.SendModerationDigest(ctx); err != nil || n != 0 {
		t.Errorf("second digest the same day: %d, %v", n, err)
	}
	// The next day, while items still wait: a new one.
	tomorrow := e.svc.WithClock(func() time.Time { return time.Now().Add(24 * time.Hour) })
	if n, err := tomorrow.SendModerationDigest(ctx); err != nil || n != 2 {
		t.Errorf("next day's digest: %d, %v; want 2", n, err)
	}
}

func TestRegistrationsArePurgedAfterRetention(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	ev := e.publish(content("Voorbij", time.Now().Add(48*time.Hour), new(10)))
	e.confirmed(ev, "ada")
	e.confirmed(ev, "bob")
	if _, _, _, err := events.NewStore(e.pool).Register(ctx, events.NewRegistration{EventID: ev.ID, Name: "cor",
		Email: "cor@example.org"}); err != nil {
		t.Fatal(err)
	}
	count := func() int {
		var n int
		if err := e.pool.QueryRow(ctx, `SELECT count(*) FROM registrations WHERE event_id = $1`, ev.ID).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	// The event ended 20 days ago: within 30 days of retention nothing
	// goes.
	if _, err := e.pool.Exec(ctx, `UPDATE events SET starts_at = now() - interval '20 days 2 hours',
		ends_at = now() - interval '20 days' WHERE id = $1`, ev.ID); err != nil {
		t.Fatal(err)
	}
	if r, err := e.svc.PurgeRegistrations(ctx, events.DefaultRetention); err != nil || r.AfterEvent != 0 || count() != 3 {
		t.Fatalf("within retention: %+v %v, %d left", r, err, count())
	}
	// With 7 days of retention, they go, personal data and all.
	r, err := e.svc.PurgeRegistrations(ctx, 7*24*time.Hour)
	if err != nil || r.AfterEvent != 3 || count() != 0 {
		t.Fatalf("after retention: %+v %v, %d left", r, err, count())
	}
	recs, _ := audit.NewLog(e.pool).List(ctx, audit.Filter{Action: "registration.purge"})
	if len(recs) != 1 || strings.Contains(recs[0].Summary, "ada") {
		t.Errorf("purge audit: %+v", recs)
	}
}

// TestJobsRunThroughRiver runs the reminder job on a River client, as a
// replica would, and finds the reminder in the outbox.
func TestJobsRunThroughRiver(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ev := e.publish(content("Bijna", time.Now().Add(5*time.Hour).Truncate(time.Minute), nil))
	e.confirmed(ev, "ada")
	workers := river.NewWorkers()
	AddWorkers(workers, e.pool, baseURL, events.DefaultRetention, nil)
	river.AddWorker(workers, mail.NewSendWorker(e.pool, mail.KeepSender{}, nil, nil))
	client, err := jobs.NewClient(e.pool, workers, nil, PeriodicJobs())
	if err != nil {
		t.Fatal(err)
	}
	if err := client.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = client.Stop(ctx)
	})
	deadline := time.Now().Add(30 * time.Second)
	for len(e.mails(mails.KindEventReminder)) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no reminder within 30s of the periodic job's start")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if m := e.mails(mails.KindEventReminder)[0]; m.To != "ada@example.org" {
		t.Errorf("reminder to %s", m.To)
	}
}

func TestDailyAt(t *testing.T) {
	t.Parallel()
	d := dailyAt{hour: 8}
	ams := i18n.Amsterdam()
	tests := []struct{ now, want time.Time }{
		{time.Date(2026, 3, 10, 7, 0, 0, 0, ams), time.Date(2026, 3, 10, 8, 0, 0, 0, ams)},
		{time.Date(2026, 3, 10, 8, 0, 0, 0, ams), time.Date(2026, 3, 11, 8, 0, 0, 0, ams)},
		{time.Date(2026, 3, 28, 9, 0, 0, 0, ams), time.Date(2026, 3, 29, 8, 0, 0, 0, ams)}, // summer time begins
	}
	for _, tt := range tests {
		if got := d.Next(tt.now); !got.Equal(tt.want) {
			t.Errorf("Next(%v) = %v, want %v", tt.now, got, tt.want)
		}
	}
}

func TestModerationMailsGoToThePartnersUsers(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	other, err := partners.NewStore(e.pool).Create(ctx, "ander", partners.Profile{Name: "Ander"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := accounts.NewStore(e.pool).Create(ctx, accounts.NewUser{Email: "ander@example.nl", Role: accounts.RolePartner,
		PartnerID: &other.ID}); err != nil {
		t.Fatal(err)
	}
	ev, err := e.svc.CreateEvent(ctx, audit.Actor{ID: e.user.ID}, e.partner, content("Training", time.Now().Add(72*time.Hour), nil), false)
	if err != nil {
		t.Fatal(err)
	}
	pe, _ := events.NewStore(e.pool).PartnerEvent(ctx, e.partner, ev.ID)
	if _, err := e.svc.RejectSubmission(ctx, audit.Actor{ID: e.editor.ID}, pe.Pending.ID, " "); err == nil {
		t.Fatal("a rejection without a reason was accepted")
	}
	if _, err := e.svc.RejectSubmission(ctx, audit.Actor{ID: e.editor.ID}, pe.Pending.ID, "Not for us."); err != nil {
		t.Fatal(err)
	}
	got := e.mails(mails.KindModerationOutcome)
	if len(got) != 1 || got[0].To != e.user.Email || got[0].Lang != i18n.EN || got[0].Subject != "Not approved: Training" {
		t.Errorf("outcome mails: %+v", got)
	}
}
