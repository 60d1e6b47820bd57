package eventadmin

import (
	"bytes"
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

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
	// A second submission the same day, and the job running again (a new
	// leader's start-up run): no second digest.
	if _, err := e.svc.CreateEvent(ctx, audit.Actor{ID: e.user.ID}, e.partner, content("Nog een", time.Now().Add(96*time.Hour), nil), false); err != nil {
		t.Fatal(err)
	}
	if n, err := e.svc.SendModerationDigest(ctx); err != nil || n != 0 {
		t.Errorf("second digest the same day: %d, %v", n, err)
	}
	perEditor := map[string]int{}
	for _, m := range e.mails(mails.KindModerationDigest) {
		perEditor[m.To]++
	}
	if perEditor["eva@example.nl"] != 1 || perEditor[admin.Email] != 1 || len(perEditor) != 2 {
		t.Errorf("digests per editor on one day: %v, want one each", perEditor)
	}
	// The next day, while items still wait: a new one.
	tomorrow := e.svc.WithClock(func() time.Time { return time.Now().Add(24 * time.Hour) })
	if n, err := tomorrow.SendModerationDigest(ctx); err != nil || n != 2 {
		t.Errorf("next day's digest: %d, %v; want 2", n, err)
	}
	// It lists both submissions and the profile change.
	latest := e.mails(mails.KindModerationDigest)
	full, _ = mail.NewOutbox(e.pool, nil).ByID(ctx, latest[len(latest)-1].ID)
	for _, want := range []string{"Nieuw", "Nog een", "Netwerk NL"} {
		if !strings.Contains(full.Text, want) {
			t.Errorf("next day's digest lacks %q:\n%s", want, full.Text)
		}
	}
}

func TestRegistrationsArePurgedAfterRetention(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	ev := e.publish(content("Voorbij", time.Now().Add(48*time.Hour), new(10)))
	e.confirmed(ev, "ada")
	e.confirmed(ev, "bob")
	if err := e.svc.Register(ctx, events.NewRegistration{EventID: ev.ID, Name: "cor", Email: "cor@example.org"}); err != nil {
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
	// Mails to candidates stay in the outbox until then.
	mailsTo := func(addr string) int {
		var n int
		if err := e.pool.QueryRow(ctx, `SELECT count(*) FROM outbox_mails WHERE lower(to_address) = $1`, addr).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, addr := range []string{"ada@example.org", "bob@example.org", "cor@example.org"} {
		if mailsTo(addr) == 0 {
			t.Fatalf("no mails to %s before the purge", addr)
		}
	}
	// A registration for a later event, and the partner's mail, stay.
	later := e.publish(content("Later", time.Now().Add(10*24*time.Hour), nil))
	e.confirmed(later, "dirk")
	partnerMails := mailsTo(e.user.Email)

	// With 7 days of retention, they go, personal data and all, with the
	// mails the outbox kept.
	r, err := e.svc.PurgeRegistrations(ctx, 7*24*time.Hour)
	if err != nil || r.AfterEvent != 3 || count() != 0 {
		t.Fatalf("after retention: %+v %v, %d left", r, err, count())
	}
	for _, addr := range []string{"ada@example.org", "bob@example.org", "cor@example.org"} {
		if n := mailsTo(addr); n != 0 {
			t.Errorf("%d mails to %s are left in the outbox", n, addr)
		}
	}
	if mailsTo("dirk@example.org") != 1 || mailsTo(e.user.Email) != partnerMails || partnerMails == 0 {
		t.Errorf("the purge took other mails: %d to dirk, %d of %d to the partner",
			mailsTo("dirk@example.org"), mailsTo(e.user.Email), partnerMails)
	}

	// A registration never confirmed goes ConfirmTTL after it was made,
	// with its confirmation mail, though its event is still to come.
	if err := e.svc.Register(ctx, events.NewRegistration{EventID: later.ID, Name: "eva", Email: "eva@example.org"}); err != nil {
		t.Fatal(err)
	}
	if mailsTo("eva@example.org") != 1 {
		t.Fatal("no confirmation mail to eva")
	}
	if r, err := e.svc.PurgeRegistrations(ctx, events.DefaultRetention); err != nil || r.Unconfirmed != 0 {
		t.Errorf("a fresh unconfirmed registration was purged: %+v %v", r, err)
	}
	afterTTL := e.svc.WithClock(func() time.Time { return time.Now().Add(events.ConfirmTTL + time.Hour) })
	if r, err := afterTTL.PurgeRegistrations(ctx, events.DefaultRetention); err != nil || r.Unconfirmed != 1 || r.AfterEvent != 0 {
		t.Errorf("after the confirmation period: %+v %v", r, err)
	}
	if mailsTo("eva@example.org") != 0 || mailsTo("dirk@example.org") != 1 {
		t.Errorf("after the confirmation period: %d mails to eva, %d to dirk", mailsTo("eva@example.org"), mailsTo("dirk@example.org"))
	}

	recs, _ := audit.NewLog(e.pool).List(ctx, audit.Filter{Action: "registration.purge"})
	if len(recs) != 2 {
		t.Errorf("%d purge audit entries, want 2", len(recs))
	}
	for _, rec := range recs {
		if strings.Contains(rec.Summary+rec.Before+rec.After, "example.org") {
			t.Errorf("purge audit holds personal data: %+v", rec)
		}
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
	// The job runs again (the next hour, or a new leader's start-up run):
	// the reminder is not sent twice.
	res, err := client.Insert(context.Background(), ReminderArgs{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for {
		job, err := client.JobGet(context.Background(), res.Job.ID)
		if err != nil {
			t.Fatal(err)
		}
		if job.State == rivertype.JobStateCompleted {
			break
		}
		if job.State == rivertype.JobStateDiscarded || time.Now().After(deadline.Add(30*time.Second)) {
			t.Fatalf("second reminder run: %s, errors %v", job.State, job.Errors)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got := e.mails(mails.KindEventReminder); len(got) != 1 {
		t.Errorf("%d reminders after the job ran twice, want 1", len(got))
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

// TestRegistrationFormDoesNotFloodMailboxes: registering the same address
// for the same event again within events.ResendAfter mails nothing and
// keeps the mailed link working; after it, a new mail goes out. Another
// event is not affected.
func TestRegistrationFormDoesNotFloodMailboxes(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	ev := e.publish(content("Populair", time.Now().Add(72*time.Hour), nil))
	other := e.publish(content("Ander", time.Now().Add(96*time.Hour), nil))
	count := func(kind, to string) int {
		n := 0
		for _, m := range e.mails(kind) {
			if m.To == to {
				n++
			}
		}
		return n
	}
	hash := func() []byte {
		var h []byte
		if err := e.pool.QueryRow(ctx, `SELECT confirm_token_hash FROM registrations WHERE event_id = $1 AND email = 'ada@example.org'`,
			ev.ID).Scan(&h); err != nil {
			t.Fatal(err)
		}
		return h
	}
	register := func(svc *Service, event events.Event, name string) {
		t.Helper()
		if err := svc.Register(ctx, events.NewRegistration{EventID: event.ID, Name: name, Email: name + "@example.org"}); err != nil {
			t.Fatal(err)
		}
	}

	register(e.svc, ev, "ada")
	first := hash()
	for range 3 {
		register(e.svc, ev, "ada")
	}
	if n := count(mails.KindRegistrationConfirm, "ada@example.org"); n != 1 {
		t.Errorf("%d confirmation mails within %s, want 1", n, events.ResendAfter)
	}
	if !bytes.Equal(hash(), first) {
		t.Error("a suppressed repeat replaced the mailed link")
	}
	register(e.svc, other, "ada")
	if n := count(mails.KindRegistrationConfirm, "ada@example.org"); n != 2 {
		t.Errorf("another event's confirmation was held back: %d mails", n)
	}
	later := e.svc.WithClock(func() time.Time { return time.Now().Add(events.ResendAfter + time.Minute) })
	register(later, ev, "ada")
	if n := count(mails.KindRegistrationConfirm, "ada@example.org"); n != 3 || bytes.Equal(hash(), first) {
		t.Errorf("after %s: %d confirmation mails, link renewed %v", events.ResendAfter, n, !bytes.Equal(hash(), first))
	}

	// "You are registered already" goes out at most once per period too.
	e.confirmed(ev, "bob")
	for range 3 {
		register(e.svc, ev, "bob")
	}
	if n := count(mails.KindRegistrationDuplicate, "bob@example.org"); n != 1 {
		t.Errorf("%d already-registered mails within %s, want 1", n, events.ResendAfter)
	}
	register(later, ev, "bob")
	if n := count(mails.KindRegistrationDuplicate, "bob@example.org"); n != 2 {
		t.Errorf("after %s: %d already-registered mails, want 2", events.ResendAfter, n)
	}
}
