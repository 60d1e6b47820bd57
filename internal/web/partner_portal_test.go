package web

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/events"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/mails"
)

// TestPartnerIsolation walks every partner-portal route that takes an id
// as a user of organisation A with an event of organisation B: each
// answers 404, and B's event is left as it was.
func TestPartnerIsolation(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	a, _ := site.signedIn(accounts.RolePartner)
	userB := site.addUser("partner-b@podium.example", accounts.RolePartner)
	theirs := site.evPublish(userB.PartnerID, evContent("Van B", evSoon(5), new(10)))
	confirm := site.evRegister(theirs, "Gast Bee")
	if _, _, err := events.NewStore(site.pool).Confirm(context.Background(), confirm); err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(theirs.ID, 10)

	var routes []string
	err := chi.Walk(site.server.Handler().(chi.Routes), func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		if strings.HasPrefix(route, "/partner/") && strings.Contains(route, "{id}") && method != http.MethodHead {
			routes = append(routes, method+" "+route)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(routes) < 5 {
		t.Fatalf("found only %v", routes)
	}
	form := evFormValues(evContent("Overgenomen", evSoon(6), nil))
	for _, route := range routes {
		method, pattern, _ := strings.Cut(route, " ")
		path := strings.ReplaceAll(pattern, "{id}", id)
		t.Run(route, func(t *testing.T) {
			var resp *http.Response
			if method == http.MethodPost {
				resp = a.post(path, form)
			} else {
				resp = a.get(path)
			}
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s %s: %d, want 404", method, path, resp.StatusCode)
			}
			if ct := resp.Header.Get("Content-Type"); method == http.MethodGet && !strings.HasPrefix(ct, "text/html") {
				t.Errorf("%s %s: the 404 is %q, not the page", method, path, ct)
			}
		})
	}
	after, err := events.NewStore(site.pool).StaffEvent(context.Background(), theirs.ID)
	if err != nil {
		t.Fatal(err)
	}
	if after.Status != events.StatusApproved || after.TitleNL != "Van B" || after.Pending != nil {
		t.Errorf("B's event changed: %s %q pending %v", after.Status, after.TitleNL, after.Pending)
	}
	if site.evMailCount("gast.bee@example.org", mails.KindEventCancelled) != 0 {
		t.Error("B's registrant was mailed")
	}
	// The lists show only the own organisation.
	if strings.Contains(a.page("/partner/events", http.StatusOK).Find("main").Text(), "Van B") {
		t.Error("A's event list shows B's event")
	}
}

func TestPartnerSubmitsEventAndSeesModeration(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, u := site.signedIn(accounts.RolePartner)
	editor, _ := site.signedIn(accounts.RoleEditor)

	// Errors at their field, input kept.
	bad := evFormValues(evContent("Werkbezoek", evSoon(5), nil))
	bad.Del("type")
	bad.Set("ends_at", bad.Get("starts_at"))
	bad.Set("online", "on")
	bad.Set("capacity", "veel")
	doc := b.submit("/partner/events/new", bad, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "type", "event.error.type")
	wantFieldError(t, doc, "ends_at", "event.error.ends_before_start")
	wantFieldError(t, doc, "online_url", "event.error.online_url")
	wantFieldError(t, doc, "capacity", "event.error.capacity")
	if v, _ := doc.Find("#field-title_nl").Attr("value"); v != "Werkbezoek" {
		t.Errorf("title not kept: %q", v)
	}
	past := evFormValues(evContent("Te laat", evSoon(-2), nil))
	wantFieldError(t, b.submit("/partner/events/new", past, http.StatusUnprocessableEntity), "starts_at", "event.error.past")

	// A draft stays private; submitting sends it to moderation.
	c := evContent("Werkbezoek Utrecht", evSoon(7), new(12))
	draft := evFormValues(c)
	draft.Set("action", "draft")
	id := evIDFrom(t, b.post("/partner/events/new", draft), "/partner/events/")
	if e, _ := events.NewStore(site.pool).ByID(context.Background(), id); e.Status != events.StatusDraft {
		t.Fatalf("draft saved as %s", e.Status)
	}
	wantRedirect(t, b.post(paths.PortalEvent(id)+"/edit", evFormValues(c)), paths.PortalEvent(id))
	doc = b.page(paths.PortalEvent(id), http.StatusOK)
	if !strings.Contains(doc.Find("main").Text(), "Wacht op moderatie") {
		t.Error("the portal does not show the event waits for moderation")
	}
	if site.get("/agenda").StatusCode != http.StatusOK || evHas(evTitles(site.evPage("/agenda", http.StatusOK)), c.TitleNL) {
		t.Error("the submitted event is public before approval")
	}

	// The editor sends it back with a reason; the partner sees the reason
	// in the portal and in the form.
	queue := editor.page("/admin/moderation", http.StatusOK)
	href, _ := queue.Find(`a:contains("Werkbezoek Utrecht")`).Attr("href")
	if href == "" {
		t.Fatal("the submission is not in the moderation queue")
	}
	doc = editor.page(href, http.StatusOK)
	if doc.Find(".changes-table tbody tr").Length() < 5 {
		t.Error("a new submission shows too few fields")
	}
	doc = editor.submit(href+"/request-changes", url.Values{"changes_reason": {""}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "changes_reason", "form.required")
	wantRedirect(t, editor.post(href+"/request-changes", url.Values{"changes_reason": {"Vermeld de route voor rolstoelen."}}), "/admin/moderation")
	outcome := site.evMail(u.Email, mails.KindModerationOutcome)
	if !strings.Contains(outcome.Text, "Vermeld de route voor rolstoelen.") {
		t.Errorf("the partner's mail lacks the reason:\n%s", outcome.Text)
	}
	for _, path := range []string{paths.PortalEvent(id), paths.PortalEvent(id) + "/edit"} {
		if !strings.Contains(b.page(path, http.StatusOK).Find(".moderation-reason").Text(), "Vermeld de route voor rolstoelen.") {
			t.Errorf("%s does not show the reason", path)
		}
	}

	// Resubmitted and approved: public.
	c.AccessibilityNoteNL = "Route: ingang aan de achterkant."
	wantRedirect(t, b.post(paths.PortalEvent(id)+"/edit", evFormValues(c)), paths.PortalEvent(id))
	sub := site.evPendingRevision(id)
	wantRedirect(t, editor.post(paths.ModerationEvent(sub)+"/approve", nil), "/admin/moderation")
	e, _ := events.NewStore(site.pool).ByID(context.Background(), id)
	if !evHas(evTitles(site.evPage("/agenda", http.StatusOK)), c.TitleNL) {
		t.Fatal("the approved event is not in the agenda")
	}

	// A change of the published event waits; the published version stays.
	changed := c
	changed.TitleNL = "Werkbezoek Utrecht, nieuwe titel"
	wantRedirect(t, b.post(paths.PortalEvent(id)+"/edit", evFormValues(changed)), paths.PortalEvent(id))
	if got := strings.TrimSpace(site.evPage("/agenda/"+e.Slug, http.StatusOK).Find("h1").Text()); got != c.TitleNL {
		t.Errorf("public title during moderation: %q", got)
	}
	doc = b.page(paths.PortalEvent(id), http.StatusOK)
	if !strings.Contains(doc.Find(".changes-table").Text(), "nieuwe titel") {
		t.Error("the portal does not show the pending change")
	}
	rev := site.evPendingRevision(id)
	doc = editor.page(paths.ModerationEvent(rev), http.StatusOK)
	if rows := doc.Find(".changes-table tbody tr"); rows.Length() != 1 || !strings.Contains(rows.Text(), "nieuwe titel") {
		t.Errorf("the moderator sees %d changed fields: %q", rows.Length(), rows.Text())
	}
	wantRedirect(t, editor.post(paths.ModerationEvent(rev)+"/reject", url.Values{"reject_reason": {"Houd de oude titel."}}), "/admin/moderation")
	if got := strings.TrimSpace(site.evPage("/agenda/"+e.Slug, http.StatusOK).Find("h1").Text()); got != c.TitleNL {
		t.Errorf("public title after rejecting the change: %q", got)
	}
	if m := site.evMail(u.Email, mails.KindModerationOutcome); !strings.Contains(m.Text, "Houd de oude titel.") ||
		!strings.Contains(m.Text, "blijft ongewijzigd online") {
		t.Errorf("rejection mail:\n%s", m.Text)
	}
	// Deciding twice is refused.
	editor.submit(paths.ModerationEvent(rev)+"/approve", nil, http.StatusConflict)

	for _, action := range []string{"event.submit", "event.draft_save", "event.request_changes", "event.approve", "event.reject"} {
		if len(site.auditEntries(audit.Filter{Action: action, RecordID: strconv.FormatInt(id, 10)})) == 0 {
			t.Errorf("no %s audit entry", action)
		}
	}
}

// evPendingRevision is the id of the revision of event id waiting for
// moderation.
func (s *testSite) evPendingRevision(id int64) int64 {
	s.t.Helper()
	pe, err := events.NewStore(s.pool).StaffEvent(context.Background(), id)
	if err != nil || pe.Pending == nil {
		s.t.Fatalf("event %d has no pending revision (%v)", id, err)
	}
	return pe.Pending.ID
}

func TestPartnerCancelsEventAndDownloadsAttendees(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, u := site.signedIn(accounts.RolePartner)
	e := site.evPublish(u.PartnerID, evContent("Training", evSoon(4), new(1)))
	st := events.NewStore(site.pool)
	for _, name := range []string{"=Formule Man", "Wacht Lijst"} {
		if _, _, err := st.Confirm(context.Background(), site.evRegister(e, name)); err != nil {
			t.Fatal(err)
		}
	}
	doc := b.page(paths.PortalEvent(e.ID), http.StatusOK)
	rows := doc.Find("#registrations-caption").Closest("table").Find("tbody tr")
	if rows.Length() != 2 || !strings.Contains(rows.Eq(1).Text(), "Wachtlijst") {
		t.Errorf("registrations table: %q", rows.Text())
	}

	resp := b.get(paths.PortalEvent(e.ID) + "/registrations.csv")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
		!strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment;") {
		t.Fatalf("CSV: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
	}
	records, err := csv.NewReader(resp.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != 3 || records[0][0] != "name" || records[1][0] != "'=Formule Man" || records[2][2] != "waitlisted" {
		t.Errorf("CSV records: %q", records)
	}
	if resp.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("the attendee list may be cached: %q", resp.Header.Get("Cache-Control"))
	}
	// Who downloaded personal data is on record.
	if recs := site.auditEntries(audit.Filter{Action: "registration.export", RecordID: strconv.FormatInt(e.ID, 10)}); len(recs) != 1 ||
		recs[0].ActorID == nil || *recs[0].ActorID != u.ID {
		t.Errorf("export audit entries: %+v", recs)
	}

	wantRedirect(t, b.post(paths.PortalEvent(e.ID)+"/cancel", nil), paths.PortalEvent(e.ID))
	for _, addr := range []string{"=formule.man@example.org", "wacht.lijst@example.org"} {
		m := site.evMail(addr, mails.KindEventCancelled)
		if len(m.Attachments) != 1 || !strings.Contains(string(m.Attachments[0].Data), "STATUS:CANCELLED") {
			t.Errorf("cancellation mail to %s lacks the cancelled .ics", addr)
		}
	}
	if doc := site.evPage("/agenda/"+e.Slug, http.StatusOK); doc.Find(".event-cancelled").Length() != 1 {
		t.Error("the public page does not say the event is cancelled")
	}
	b.submit(paths.PortalEvent(e.ID)+"/cancel", nil, http.StatusConflict)
	if resp := b.get(paths.PortalEvent(e.ID) + "/edit"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("editing a cancelled event: %d", resp.StatusCode)
	}
}

func TestPartnerProfileChangeWaitsForApproval(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, u := site.signedIn(accounts.RolePartner)
	editor, _ := site.signedIn(accounts.RoleEditor)
	p, err := partnerpkg.NewStore(site.pool).ByID(context.Background(), *u.PartnerID)
	if err != nil {
		t.Fatal(err)
	}
	form := url.Values{"name": {p.Name}, "description_nl": {"Wij helpen **talent** met een beperking."},
		"website": {"geen-url"}, "focus_areas": {"beperking", "neurodiversiteit"}}
	doc := b.submit("/partner/profile", form, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "website", "portal.error.website")
	if doc.Find(`#field-focus-neurodiversiteit[checked]`).Length() != 1 {
		t.Error("focus areas not kept")
	}
	// A logo needs its text alternative.
	resp := b.postMultipart("/partner/profile", url.Values{"name": {p.Name}}, upload{"logo", "logo.png", testPNG(t, 200, 100)})
	wantFieldError(t, evDoc(t, resp, http.StatusUnprocessableEntity), "logo_alt", "portal.error.logo_alt")

	form.Set("website", "https://talent.example.org")
	form.Set("logo_alt", "Logo van "+p.Name)
	resp = b.postMultipart("/partner/profile", form, upload{"logo", "logo.png", testPNG(t, 200, 100)})
	wantRedirect(t, resp, "/partner/profile")
	if strings.Contains(site.evPage("/partners/"+p.Slug, http.StatusOK).Text(), "talent") {
		t.Error("the change is public before approval")
	}
	if !strings.Contains(b.page("/partner/profile", http.StatusOK).Find(".notice").Text(), "wacht op goedkeuring") {
		t.Error("the portal does not say the change waits")
	}

	d, err := partnerpkg.NewStore(site.pool).LatestDraft(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	doc = editor.page(paths.ModerationProfile(d.ID), http.StatusOK)
	changes := doc.Find(".changes-table").Text()
	for _, want := range []string{"Website", "Beschrijving", "talent"} {
		if !strings.Contains(changes, want) {
			t.Errorf("the moderator's diff lacks %q: %q", want, changes)
		}
	}
	if doc.Find(".changes-table img.moderation-logo").Length() != 1 {
		t.Error("the new logo is not shown to the moderator")
	}
	wantRedirect(t, editor.post(paths.ModerationProfile(d.ID)+"/approve", nil), "/admin/moderation")
	public := site.evPage("/partners/"+p.Slug, http.StatusOK)
	if public.Find(".prose strong").Text() != "talent" {
		t.Error("the approved description is not public")
	}
	if alt, _ := public.Find("img.partner__logo").Attr("alt"); alt != "Logo van "+p.Name {
		t.Errorf("logo alt %q", alt)
	}
	if m := site.evMail(u.Email, mails.KindModerationOutcome); !strings.Contains(m.Subject, p.Name) {
		t.Errorf("approval mail subject %q", m.Subject)
	}

	// A rejected change shows the reason in the portal; the profile stays.
	form.Set("description_nl", "Iets heel anders.")
	wantRedirect(t, b.post("/partner/profile", form), "/partner/profile")
	d, _ = partnerpkg.NewStore(site.pool).LatestDraft(context.Background(), p.ID)
	wantRedirect(t, editor.post(paths.ModerationProfile(d.ID)+"/reject", url.Values{"reject_reason": {"Te kort."}}), "/admin/moderation")
	if !strings.Contains(b.page("/partner/profile", http.StatusOK).Find(".moderation-reason").Text(), "Te kort.") {
		t.Error("the portal does not show why the change was rejected")
	}
	if site.evPage("/partners/"+p.Slug, http.StatusOK).Find(".prose strong").Text() != "talent" {
		t.Error("a rejected change altered the public profile")
	}
	for _, action := range []string{"partner.profile_submit", "partner.profile_approve", "partner.profile_reject"} {
		if len(site.auditEntries(audit.Filter{Action: action})) == 0 {
			t.Errorf("no %s audit entry", action)
		}
	}
}

func TestPartnerHomeAndDashboard(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, u := site.signedIn(accounts.RolePartner)
	editor, _ := site.signedIn(accounts.RoleEditor)
	if _, err := events.NewStore(site.pool).Create(context.Background(), *u.PartnerID, u.ID, evContent("Ter beoordeling", evSoon(8), nil)); err != nil {
		t.Fatal(err)
	}
	doc := b.page("/partner/", http.StatusOK)
	if !strings.Contains(doc.Find("main").Text(), "Ter beoordeling") || !strings.Contains(doc.Find("main").Text(), "Wacht op moderatie: 1.") {
		t.Errorf("partner home: %q", doc.Find("main").Text())
	}
	doc = editor.page("/admin/", http.StatusOK)
	if doc.Find(`a[href^="/admin/moderation/events/"]:contains("Ter beoordeling")`).Length() != 1 {
		t.Errorf("the dashboard does not list the submission: %q", doc.Find("main").Text())
	}
}

func TestPublicPartnerPages(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	p := site.evPartner("stichting-zichtbaar", "Stichting Zichtbaar")
	hidden := site.evPartner("stichting-verborgen", "Stichting Verborgen")
	if err := partnerpkg.NewStore(site.pool).SetListed(context.Background(), hidden.ID, false); err != nil {
		t.Fatal(err)
	}
	site.evPublish(&p.ID, evContent("Open dag bij Zichtbaar", evSoon(10), nil))
	// Neither a submission waiting for moderation nor a past event is
	// among the upcoming events.
	if _, err := events.NewStore(site.pool).Create(context.Background(), p.ID, 0, evContent("Nog in moderatie", evSoon(11), nil)); err != nil {
		t.Fatal(err)
	}
	past := site.evPublish(&p.ID, evContent("Al geweest", evSoon(2), nil))
	if _, err := site.pool.Exec(context.Background(), `UPDATE events SET starts_at = now() - interval '3 days',
		ends_at = now() - interval '3 days' + interval '2 hours' WHERE id = $1`, past.ID); err != nil {
		t.Fatal(err)
	}

	doc := site.evPage("/partners", http.StatusOK)
	if !strings.Contains(doc.Text(), "Stichting Zichtbaar") || strings.Contains(doc.Text(), "Stichting Verborgen") {
		t.Error("the list shows the wrong partners")
	}
	if doc := site.evPage("/partners?aandachtsgebied=geloof", http.StatusOK); strings.Contains(doc.Text(), "Stichting Zichtbaar") {
		t.Error("the focus filter lets through a partner without the area")
	}
	doc = site.evPage("/en/partners?focus=beperking", http.StatusOK)
	if !strings.Contains(doc.Text(), "Stichting Zichtbaar") || !strings.Contains(doc.Find("h1").Text(), "Disability") {
		t.Errorf("English filtered list: %q", doc.Find("h1").Text())
	}
	if alt, _ := doc.Find(`link[rel="alternate"]`).Attr("href"); alt != "/partners?aandachtsgebied=beperking" {
		t.Errorf("translation of the filtered list: %q", alt)
	}
	doc = site.evPage("/partners/stichting-zichtbaar", http.StatusOK)
	if got := evTitles(doc); len(got) != 1 || got[0] != "Open dag bij Zichtbaar" {
		t.Errorf("the partner page's upcoming events: %v", got)
	}
	if href, _ := doc.Find(`a[href="https://stichting-zichtbaar.example.org"]`).Attr("href"); href == "" {
		t.Error("no website link")
	}
	if got := strings.TrimSpace(doc.Find(".partner .prose").Text()); got != "Wij zijn Stichting Zichtbaar." {
		t.Errorf("description %q", got)
	}
	for _, slug := range []string{"beperking", "lhbtiq"} {
		if doc.Find(`.partner__facts a.tag[href="/partners?aandachtsgebied=`+slug+`"]`).Length() != 1 {
			t.Errorf("focus area %s is not shown as a link to the filtered list", slug)
		}
	}
	if got := strings.TrimSpace(site.evPage("/en/partners/stichting-zichtbaar", http.StatusOK).Find(".partner .prose").Text()); got != "We are Stichting Zichtbaar." {
		t.Errorf("English description %q", got)
	}
	for _, path := range []string{"/partners/stichting-verborgen", "/partners?aandachtsgebied=onbekend", "/en/partners/missing"} {
		if got := site.get(path).StatusCode; got != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, got)
		}
	}
}
