package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/mails"
)

func TestStaffEventsOwnEventAndCancel(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	editor, _ := site.signedIn(accounts.RoleEditor)
	p := site.evPartner("netwerk-s", "Netwerk S")
	partnerEvent := site.evPublish(&p.ID, evContent("Van de partner", evSoon(3), new(2)))
	if _, err := events.NewStore(site.pool).Create(context.Background(), p.ID, 0, evContent("Ingediend", evSoon(4), nil)); err != nil {
		t.Fatal(err)
	}

	// An own event is public at once.
	c := evContent("Eigen open dag", evSoon(6), nil)
	c.Type = events.TypeOpenDay
	id := evIDFrom(t, editor.post("/admin/events/new", evFormValues(c)), "/admin/events/")
	e, err := events.NewStore(site.pool).ByID(context.Background(), id)
	if err != nil || e.Status != events.StatusApproved {
		t.Fatalf("own event: %+v %v", e.Status, err)
	}
	if !evHas(evTitles(site.evPage("/agenda", http.StatusOK)), "Eigen open dag") {
		t.Error("the own event is not public")
	}

	doc := editor.page("/admin/events", http.StatusOK)
	text := doc.Find("#admin-events-caption").Closest("table").Text()
	for _, want := range []string{"Van de partner", "Ingediend", "Eigen open dag", "Netwerk S", "Eigen activiteit"} {
		if !strings.Contains(text, want) {
			t.Errorf("the staff list lacks %q", want)
		}
	}
	doc = editor.page("/admin/events?status=submitted", http.StatusOK)
	if rows := doc.Find("#admin-events-caption").Closest("table").Find("tbody tr"); rows.Length() != 1 {
		t.Errorf("status filter: %d rows", rows.Length())
	}
	if got := editor.get("/admin/events?status=bestaat-niet").StatusCode; got != http.StatusBadRequest {
		t.Errorf("bad status filter: %d", got)
	}

	// Editing the time of a published event mails its registrants the
	// updated .ics.
	if _, _, err := events.NewStore(site.pool).Confirm(context.Background(), site.evRegister(partnerEvent, "Gast Een")); err != nil {
		t.Fatal(err)
	}
	moved := partnerEvent.Content
	moved.StartsAt, moved.EndsAt = moved.StartsAt.Add(24*time.Hour), moved.EndsAt.Add(24*time.Hour)
	wantRedirect(t, editor.post(paths.AdminEvent(partnerEvent.ID)+"/edit", evFormValues(moved)), paths.AdminEvent(partnerEvent.ID))
	changed := site.evMail("gast.een@example.org", mails.KindEventChanged)
	if len(changed.Attachments) != 1 || !strings.Contains(string(changed.Attachments[0].Data), "SEQUENCE:1") {
		t.Errorf("change mail lacks the updated .ics")
	}

	// Staff cancel any event; registrants are mailed.
	doc = editor.page(paths.AdminEvent(partnerEvent.ID), http.StatusOK)
	if !strings.Contains(doc.Find("#registrations-caption").Closest("table").Text(), "Gast Een") {
		t.Error("the staff page does not list the registration")
	}
	wantRedirect(t, editor.post(paths.AdminEvent(partnerEvent.ID)+"/cancel", nil), paths.AdminEvent(partnerEvent.ID))
	if site.evMailCount("gast.een@example.org", mails.KindEventCancelled) != 1 {
		t.Error("the registrant was not mailed the cancellation")
	}
	resp := editor.get(paths.AdminEvent(partnerEvent.ID) + "/registrations.csv")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Errorf("staff CSV: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	for _, action := range []string{"event.create", "event.edit", "event.cancel", "event.registrants_notify", "registration.export"} {
		if len(site.auditEntries(audit.Filter{Action: action})) == 0 {
			t.Errorf("no %s audit entry", action)
		}
	}
	editor.page("/admin/events/999999", http.StatusNotFound)
	if got := editor.get("/admin/events/999999/registrations.csv").StatusCode; got != http.StatusNotFound {
		t.Errorf("CSV of a missing event: %d", got)
	}
}

func TestAdminCreatesPartnerAndInvitesUser(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	admin, _ := site.signedIn(accounts.RoleAdmin)
	editor, _ := site.signedIn(accounts.RoleEditor)

	doc := admin.submit("/admin/partners/new", url.Values{"slug": {"Niet Goed"}, "name": {""}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "slug", "portal.error.slug")
	wantFieldError(t, doc, "name", "form.required")
	form := url.Values{"slug": {"stichting-nieuw"}, "name": {"Stichting Nieuw"}, "website": {"https://nieuw.example.org"},
		"focus_areas": {"leeftijd"}}
	id := evIDFrom(t, admin.post("/admin/partners/new", form), "/admin/partners/")
	doc = admin.submit("/admin/partners/new", form, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "slug", "portal.error.slug_taken")
	if !strings.Contains(site.evPage("/partners", http.StatusOK).Text(), "Stichting Nieuw") {
		t.Error("the new partner is not public")
	}

	// Invite a partner user: the account belongs to the partner.
	invite := paths.AdminPartner(id) + "/invite"
	wantFieldError(t, admin.submit(invite, url.Values{"email": {"geen"}, "name": {"X"}, "lang": {"nl"}}, http.StatusUnprocessableEntity),
		"email", "auth.error.email")
	wantRedirect(t, admin.post(invite, url.Values{"email": {"nieuw@partner.example"}, "name": {"Nina"}, "lang": {"en"}}), paths.AdminPartner(id))
	u, err := site.server.accounts.ByEmail(context.Background(), "nieuw@partner.example")
	if err != nil || u.Role != accounts.RolePartner || u.PartnerID == nil || *u.PartnerID != id {
		t.Fatalf("invited user: %+v %v", u, err)
	}
	if m := site.mailsTo("nieuw@partner.example"); len(m) != 1 || !strings.Contains(m[0].Text, "Stichting Nieuw") {
		t.Error("no invitation naming the organisation")
	}
	if !strings.Contains(editor.page(paths.AdminPartner(id), http.StatusOK).Find("main").Text(), "Nina") {
		t.Error("the partner page does not list its user")
	}

	// Admins edit the live profile directly and hide the partner.
	form.Set("name", "Stichting Nieuw en Oud")
	wantRedirect(t, admin.post(paths.AdminPartner(id)+"/edit", form), paths.AdminPartner(id))
	if !strings.Contains(site.evPage("/partners/stichting-nieuw", http.StatusOK).Find("h1").Text(), "Nieuw en Oud") {
		t.Error("the admin's edit is not live")
	}
	wantRedirect(t, admin.post(paths.AdminPartner(id)+"/unlist", nil), paths.AdminPartner(id))
	if site.get("/partners/stichting-nieuw").StatusCode != http.StatusNotFound {
		t.Error("a hidden partner is still public")
	}
	for _, action := range []string{"partner.create", "user.invite", "partner.update", "partner.unlist"} {
		if len(site.auditEntries(audit.Filter{Action: action})) == 0 {
			t.Errorf("no %s audit entry", action)
		}
	}
	// Editors see partners but cannot change them.
	if editor.page("/admin/partners", http.StatusOK).Find(`a[href="/admin/partners/new"]`).Length() != 0 {
		t.Error("editors are offered to add partners")
	}
}
