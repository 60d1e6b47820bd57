package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-ical"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/web/mails"
)

func TestRegistrationFormErrorsKeepInput(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	e := site.evPublish(nil, evContent("Training", evSoon(5), nil))
	path := "/agenda/" + e.Slug
	tests := []struct {
		name  string
		form  url.Values
		field string
		key   string
	}{
		{"no name", url.Values{"email": {"a@example.org"}}, "name", "form.required"},
		{"no address", url.Values{"name": {"Ada"}}, "email", "form.required"},
		{"bad address", url.Values{"name": {"Ada"}, "email": {"geen adres"}}, "email", "auth.error.email"},
		{"needs too long", url.Values{"name": {"Ada"}, "email": {"a@example.org"},
			"accessibility_needs": {strings.Repeat("x", events.MaxNeedsLen+1)}}, "accessibility_needs", "registration.error.too_long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := evDoc(t, site.evPost(path, tt.form), http.StatusUnprocessableEntity)
			wantFieldError(t, doc, tt.field, tt.key)
			for name, v := range tt.form {
				got, _ := doc.Find("#field-" + name).Attr("value")
				if name == "accessibility_needs" {
					got = doc.Find("#field-" + name).Text()
				}
				if got != v[0] {
					t.Errorf("%s not kept: %q", name, got)
				}
			}
		})
	}
	// Every field's error shows at once, not one per submit.
	doc := evDoc(t, site.evPost(path, url.Values{"email": {"geen adres"}}), http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "name", "form.required")
	wantFieldError(t, doc, "email", "auth.error.email")
	if n := len(site.evCounts(e.ID)); n != 0 {
		t.Errorf("failed submissions stored registrations: %v", site.evCounts(e.ID))
	}
	// Registration closed: the page says so at the form, 422.
	if _, err := site.pool.Exec(context.Background(), `UPDATE events SET registration_open = false WHERE id = $1`, e.ID); err != nil {
		t.Fatal(err)
	}
	doc = evDoc(t, site.evPost(path, url.Values{"name": {"Ada"}, "email": {"a@example.org"}}), http.StatusUnprocessableEntity)
	if !strings.Contains(doc.Find(".event-register").Text(), "Aanmelden voor deze activiteit kan niet meer.") {
		t.Error("closed registration not explained")
	}
}

func TestRegistrationJourney(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	e := site.evPublish(nil, evContent("Meeloopdag", evSoon(5), new(10)))
	const address = "Ada@Example.org"

	// Register on the English page: the mails are English.
	resp := site.evPost("/en/events/"+e.Slug, url.Values{"name": {"Ada Lovelace"}, "email": {address},
		"accessibility_needs": {"Gebarentolk"}})
	wantRedirect(t, resp, "/en/events/"+e.Slug+"/registered")
	doc := site.evPage("/en/events/"+e.Slug+"/registered", http.StatusOK)
	if !strings.Contains(doc.Find("h1").Text(), "Check your email") {
		t.Errorf("after registering: %q", doc.Find("h1").Text())
	}
	if got := site.evStatus(e.ID, address); got != events.RegistrationPending {
		t.Fatalf("registration is %s before confirmation", got)
	}
	confirmMail := site.evMail("ada@example.org", mails.KindRegistrationConfirm)
	if confirmMail.Lang != "en" {
		t.Errorf("confirmation mail in %s", confirmMail.Lang)
	}
	link := site.evLink(confirmMail, "/en/events/registration/confirm")

	// The link itself changes nothing: mail scanners follow links.
	for range 2 {
		doc = site.evPage(link, http.StatusOK)
	}
	if got := site.evStatus(e.ID, address); got != events.RegistrationPending {
		t.Fatalf("GET of the link made the registration %s", got)
	}
	token, _ := doc.Find(`form input[name="token"]`).Attr("value")
	action, _ := doc.Find(`form[method="post"]`).Attr("action")
	resp = site.evPost(action, url.Values{"token": {token}})
	wantRedirect(t, resp, link)
	if resp.Header.Get("Cache-Control") != "no-store" && site.get(link).Header.Get("Cache-Control") != "no-store" {
		t.Error("the page of a mailed link may be cached")
	}
	doc = site.evPage(link, http.StatusOK)
	if !strings.Contains(doc.Find("h1").Text(), "You are registered") || doc.Find("form button").Length() != 0 {
		t.Errorf("after confirming: %q", doc.Find("main").Text())
	}
	if got := site.evStatus(e.ID, address); got != events.RegistrationConfirmed {
		t.Fatalf("registration is %s after confirming", got)
	}

	// The confirmation mail carries the .ics and the cancellation link.
	confirmed := site.evMail("ada@example.org", mails.KindRegistrationConfirmed)
	if len(confirmed.Attachments) != 1 || !strings.HasPrefix(confirmed.Attachments[0].ContentType, "text/calendar") {
		t.Fatalf("attachments: %+v", confirmed.Attachments)
	}
	cal, err := ical.NewDecoder(strings.NewReader(string(confirmed.Attachments[0].Data))).Decode()
	if err != nil || len(cal.Events()) != 1 {
		t.Fatalf("attached .ics: %v", err)
	}
	if uid := cal.Events()[0].Props.Get(ical.PropUID).Value; !strings.HasPrefix(uid, e.UID+"@") {
		t.Errorf("attached UID %q", uid)
	}
	cancel := site.evLink(confirmed, "/en/events/registration/cancel")

	// Registering again with the same address tells nothing on the page
	// and mails the address instead.
	wantRedirect(t, site.evPost("/agenda/"+e.Slug, url.Values{"name": {"Iemand"}, "email": {address}}),
		"/agenda/"+e.Slug+"/aangemeld")
	if site.evMailCount("ada@example.org", mails.KindRegistrationDuplicate) != 1 {
		t.Error("no mail about the double registration")
	}

	// Cancelling: the link shows a button, the button cancels.
	doc = site.evPage(cancel, http.StatusOK)
	if got := site.evStatus(e.ID, address); got != events.RegistrationConfirmed {
		t.Fatalf("GET of the cancellation link made it %s", got)
	}
	token, _ = doc.Find(`form input[name="token"]`).Attr("value")
	wantRedirect(t, site.evPost("/en/events/registration/cancel", url.Values{"token": {token}}), cancel)
	if got := site.evStatus(e.ID, address); got != events.RegistrationCancelled {
		t.Fatalf("after cancelling: %s", got)
	}
	if doc := site.evPage(cancel, http.StatusOK); !strings.Contains(doc.Find("h1").Text(), "cancelled") {
		t.Errorf("after cancelling the page says %q", doc.Find("h1").Text())
	}

	// Dead links answer 410.
	for _, path := range []string{"/agenda/aanmelding/bevestigen?token=onzin", "/agenda/aanmelding/afmelden?token=" + strings.Repeat("A", 43), link} {
		if got := site.get(path).StatusCode; got != http.StatusGone {
			t.Errorf("GET %s: %d, want 410", path, got)
		}
	}
	// Candidates' actions are audited without their details.
	for _, action := range []string{"registration.create", "registration.confirm", "registration.cancel"} {
		recs := site.auditEntries(audit.Filter{Action: action})
		if len(recs) == 0 {
			t.Errorf("no %s audit entry", action)
		}
		for _, r := range recs {
			if strings.Contains(r.Summary+r.After+r.ActorEmail+r.RemoteAddr, "ada") || r.RemoteAddr != "" {
				t.Errorf("%s audit entry holds personal data: %+v", action, r)
			}
		}
	}
}

func TestWaitingListPromotion(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	e := site.evPublish(nil, evContent("Netwerkborrel", evSoon(4), new(1)))
	confirm := func(name string) {
		t.Helper()
		token := site.evRegister(e, name)
		path := "/agenda/aanmelding/bevestigen"
		wantRedirect(t, site.evPost(path, url.Values{"token": {token}}), path+"?"+url.Values{"token": {token}}.Encode())
	}
	confirm("Eerste Persoon")
	confirm("Tweede Persoon")
	if got := site.evStatus(e.ID, "tweede.persoon@example.org"); got != events.RegistrationWaitlisted {
		t.Fatalf("second registration is %s, want waitlisted", got)
	}
	waitMail := site.evMail("tweede.persoon@example.org", mails.KindRegistrationWaitlisted)
	if len(waitMail.Attachments) != 0 {
		t.Error("the waiting-list mail carries a calendar file")
	}
	doc := site.evPage("/agenda/"+e.Slug, http.StatusOK)
	if !strings.Contains(doc.Find(".event-register").Text(), "wachtlijst") {
		t.Error("a full event does not offer the waiting list")
	}

	// The first cancels through the mailed link; the second moves up and
	// is mailed, with the .ics.
	cancel := site.evLink(site.evMail("eerste.persoon@example.org", mails.KindRegistrationConfirmed), "/agenda/aanmelding/afmelden")
	token, _ := url.ParseQuery(strings.SplitN(cancel, "?", 2)[1])
	wantRedirect(t, site.evPost("/agenda/aanmelding/afmelden", url.Values{"token": {token.Get("token")}}), cancel)
	if got := site.evStatus(e.ID, "tweede.persoon@example.org"); got != events.RegistrationConfirmed {
		t.Fatalf("after the cancellation the second is %s", got)
	}
	promoted := site.evMail("tweede.persoon@example.org", mails.KindRegistrationPromoted)
	if len(promoted.Attachments) != 1 || !strings.Contains(promoted.Subject, "Netwerkborrel") {
		t.Errorf("promotion mail: %q with %d attachments", promoted.Subject, len(promoted.Attachments))
	}
	if len(site.auditEntries(audit.Filter{Action: "registration.promote"})) != 1 {
		t.Error("promotion not audited")
	}
}

// TestLastSeatThroughHTTP confirms 30 registrations at once through the
// handler against an event with 5 seats: exactly 5 get a seat, the others
// the waiting list, each with the right mail.
func TestLastSeatThroughHTTP(t *testing.T) {
	t.Parallel()
	const people, capacity = 30, 5
	site := newTestSite(t)
	e := site.evPublish(nil, evContent("Populair werkbezoek", evSoon(3), new(capacity)))
	tokens := make([]string, people)
	for i := range people {
		tokens[i] = site.evRegister(e, "Persoon "+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	start := make(chan struct{})
	codes := make(chan int, people)
	var wg sync.WaitGroup
	for i := range people {
		b := site.newBrowser()
		wg.Go(func() {
			<-start
			req, _ := http.NewRequest(http.MethodPost, site.http.URL+"/agenda/aanmelding/bevestigen",
				strings.NewReader(url.Values{"token": {tokens[i]}}.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Sec-Fetch-Site", "same-origin")
			req.Header.Set("Origin", site.http.URL)
			resp, err := b.client.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			codes <- resp.StatusCode
		})
	}
	close(start)
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != http.StatusSeeOther {
			t.Errorf("a confirmation answered %d", c)
		}
	}
	counts := site.evCounts(e.ID)
	if counts[events.RegistrationConfirmed] != capacity || counts[events.RegistrationWaitlisted] != people-capacity {
		t.Fatalf("counts %v, want %d confirmed and %d waitlisted", counts, capacity, people-capacity)
	}
	var confirmedMails, waitlistMails int
	if err := site.pool.QueryRow(context.Background(), `SELECT
		count(*) FILTER (WHERE kind = $1), count(*) FILTER (WHERE kind = $2) FROM outbox_mails`,
		mails.KindRegistrationConfirmed, mails.KindRegistrationWaitlisted).Scan(&confirmedMails, &waitlistMails); err != nil {
		t.Fatal(err)
	}
	if confirmedMails != capacity || waitlistMails != people-capacity {
		t.Errorf("mails: %d seats and %d waiting list", confirmedMails, waitlistMails)
	}
	doc := site.evPage("/agenda/"+e.Slug, http.StatusOK)
	if !strings.Contains(doc.Find(".event__facts").Text(), "Vol") {
		t.Error("the full event does not say so")
	}
}
