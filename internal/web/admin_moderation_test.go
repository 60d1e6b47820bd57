package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/mail"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/smtptest"
)

// evSMTP starts a real SMTP server and a River client that delivers the
// outbox to it, as a replica of the portal does.
func (s *testSite) evSMTP() *smtptest.Server {
	s.t.Helper()
	server := smtptest.Start(s.t, smtptest.Options{})
	sender, err := mail.NewSMTPSender(mail.SMTPConfig{Host: server.Host, Port: server.Port, From: "Podium <noreply@podium.example>"})
	if err != nil {
		s.t.Fatal(err)
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, mail.NewSendWorker(s.pool, sender, nil, func(int) time.Duration { return 50 * time.Millisecond }))
	client, err := jobs.NewClient(s.pool, workers, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	if err := client.Start(context.Background()); err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = client.Stop(ctx)
	})
	return server
}

// evReceive waits for the next mail on server, checks its recipient and
// returns its decoded text.
func evReceive(t *testing.T, server *smtptest.Server, to string) string {
	t.Helper()
	msg := server.Wait(t, 15*time.Second)
	if len(msg.To) != 1 || msg.To[0] != to {
		t.Fatalf("mail went to %v, want %s", msg.To, to)
	}
	return evSMTPText(t, msg.Data)
}

// TestModerationRoundTripOverSMTP: a partner submits an event and a
// profile change; an editor sends the event back, approves it after the
// fix and rejects the profile change; each outcome, with the reason,
// reaches the partner's user through the outbox on a real SMTP server.
func TestModerationRoundTripOverSMTP(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	server := site.evSMTP()
	partner, u := site.signedIn(accounts.RolePartner)
	editor, _ := site.signedIn(accounts.RoleEditor)

	c := evContent("Kennismaken met de rechtspraak", evSoon(9), new(25))
	id := evIDFrom(t, partner.post("/partner/events/new", evFormValues(c)), "/partner/events/")
	rev := site.evPendingRevision(id)
	wantRedirect(t, editor.post(paths.ModerationEvent(rev)+"/request-changes",
		url.Values{"changes_reason": {"Zet erbij of er een gebarentolk is."}}), paths.Moderation())
	text := evReceive(t, server, u.Email)
	for _, want := range []string{"Wijzigingen gevraagd: Kennismaken met de rechtspraak", "Zet erbij of er een gebarentolk is.",
		site.http.URL + paths.PortalEvent(id)} {
		if !strings.Contains(text, want) {
			t.Errorf("changes-requested mail lacks %q:\n%s", want, text)
		}
	}

	c.SignLanguageInterpreter = true
	wantRedirect(t, partner.post(paths.PortalEvent(id)+"/edit", evFormValues(c)), paths.PortalEvent(id))
	wantRedirect(t, editor.post(paths.ModerationEvent(site.evPendingRevision(id))+"/approve", nil), paths.Moderation())
	text = evReceive(t, server, u.Email)
	if !strings.Contains(text, "Goedgekeurd: Kennismaken met de rechtspraak") {
		t.Errorf("approval mail:\n%s", text)
	}

	p, _ := partnerpkg.NewStore(site.pool).ByID(context.Background(), *u.PartnerID)
	wantRedirect(t, partner.post("/partner/profile", url.Values{"name": {p.Name + " en partners"}}), "/partner/profile")
	d, err := partnerpkg.NewStore(site.pool).LatestDraft(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantRedirect(t, editor.post(paths.ModerationProfile(d.ID)+"/reject",
		url.Values{"reject_reason": {"De naam moet gelijk zijn aan die in het handelsregister."}}), paths.Moderation())
	text = evReceive(t, server, u.Email)
	for _, want := range []string{"Profielwijziging niet goedgekeurd", "De naam moet gelijk zijn aan die in het handelsregister."} {
		if !strings.Contains(text, want) {
			t.Errorf("profile rejection mail lacks %q:\n%s", want, text)
		}
	}
	time.Sleep(200 * time.Millisecond)
	if n := server.Count(); n != 3 {
		t.Errorf("SMTP server received %d mails, want 3", n)
	}
}

func TestModerationQueue(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	editor, _ := site.signedIn(accounts.RoleEditor)
	p := site.evPartner("netwerk-q", "Netwerk Q")
	live := site.evPublish(&p.ID, evContent("Al gepubliceerd", evSoon(5), nil))
	changed := live.Content
	changed.City = "Delft"
	ctx := context.Background()
	if _, err := events.NewStore(site.pool).Update(ctx, p.ID, live.ID, 0, changed); err != nil {
		t.Fatal(err)
	}
	if _, err := events.NewStore(site.pool).Create(ctx, p.ID, 0, evContent("Gloednieuw", evSoon(6), nil)); err != nil {
		t.Fatal(err)
	}
	if _, err := partnerpkg.NewStore(site.pool).SubmitDraft(ctx, p.ID, 0, partnerpkg.Profile{Name: "Netwerk Q!"}); err != nil {
		t.Fatal(err)
	}
	doc := editor.page("/admin/moderation", http.StatusOK)
	rows := doc.Find("#queue-events-caption").Closest("table").Find("tbody tr")
	if rows.Length() != 2 || !strings.Contains(rows.Eq(0).Text(), "Wijziging") || !strings.Contains(rows.Eq(1).Text(), "Nieuwe activiteit") {
		t.Errorf("event queue: %q", rows.Text())
	}
	if doc.Find(`#queue-profiles-caption`).Closest("table").Find("tbody tr").Length() != 1 {
		t.Error("the profile change is not in the queue")
	}
	// A change shows only what differs from the live version.
	doc = editor.page(paths.ModerationEvent(site.evPendingRevision(live.ID)), http.StatusOK)
	cells := doc.Find(".changes-table tbody tr")
	if cells.Length() != 1 || !strings.Contains(cells.Text(), "Den Haag") || !strings.Contains(cells.Text(), "Delft") {
		t.Errorf("diff of the change: %q", cells.Text())
	}
	for _, path := range []string{"/admin/moderation/events/999999", "/admin/moderation/profiles/999999"} {
		editor.page(path, http.StatusNotFound)
	}
}
