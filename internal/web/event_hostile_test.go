package web

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/events"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
)

// TestAgendaHostileInput sends what no browser sends — invalid UTF-8, NUL
// and other control characters, absurd cursors and months — to the public
// agenda, the partner pages, the registration form, the partner portal and
// moderation. Nothing answers 500 (PostgreSQL refuses such text with an
// error, not a row): addresses answer 4xx; invalid UTF-8 and NUL in a query
// or form meet the site-wide guard (400, see text_guard.go); other control
// characters reach the forms, which name the field.
func TestAgendaHostileInput(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	partner, u := site.signedIn(accounts.RolePartner)
	editor, _ := site.signedIn(accounts.RoleEditor)
	e := site.evPublish(u.PartnerID, evContent("Werkbezoek", evSoon(5), new(3)))

	gets := []struct {
		path string
		want int
	}{
		{"/agenda/%FF", http.StatusNotFound},
		{"/agenda/a%00b", http.StatusNotFound},
		{"/agenda/%FF.ics", http.StatusNotFound},
		{"/agenda/%FF/aangemeld", http.StatusNotFound},
		{"/en/events/%C3%28", http.StatusNotFound},
		{"/en/events/Werkbezoek", http.StatusNotFound},
		{"/partners/%FF", http.StatusNotFound},
		{"/en/partners/a%00", http.StatusNotFound},
		{"/partners?aandachtsgebied=%FF", http.StatusBadRequest},
		{"/partners?aandachtsgebied=%07", http.StatusNotFound},
		{"/agenda?soort=%FF", http.StatusBadRequest},
		{"/agenda?provincie=%00", http.StatusBadRequest},
		{"/agenda?maand=%FF", http.StatusBadRequest},
		{"/agenda?maand=2026-1", http.StatusBadRequest},
		{"/agenda?maand=0001-01", http.StatusBadRequest},
		{"/agenda?before=-9223372036854775807-1", http.StatusBadRequest},
		{"/agenda?after=1-99999999999999999999", http.StatusBadRequest},
		{"/agenda?after=9223372036854775807-1", http.StatusOK},
		{"/agenda/archief?before=9223372036854775807-9223372036854775807", http.StatusOK},
		{"/feeds/events.ics?lang=%FF", http.StatusBadRequest},
		{"/feeds/events.ics?lang=%07", http.StatusOK},
		{"/agenda/aanmelding/bevestigen?token=%FF", http.StatusBadRequest},
		{"/agenda/aanmelding/bevestigen?token=%07", http.StatusGone},
		{"/agenda/aanmelding/afmelden?token=%00%00", http.StatusBadRequest},
		{"/agenda/aanmelding/afmelden?token=%1B%1B", http.StatusGone},
	}
	for _, g := range gets {
		if got := site.get(g.path).StatusCode; got != g.want {
			t.Errorf("GET %s: %d, want %d", g.path, got, g.want)
		}
	}
	for _, path := range []string{"/partner/events/99999999999999999999", "/partner/events/-1", "/partner/events/%FF/edit"} {
		if got := partner.get(path).StatusCode; got != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, got)
		}
	}
	for _, path := range []string{"/admin/moderation/events/%FF", "/admin/moderation/profiles/99999999999999999999"} {
		if got := editor.get(path).StatusCode; got != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, got)
		}
	}

	// The registration form names the field.
	regs := []struct {
		name, field string
		form        url.Values
	}{
		{"bell in name", "name", url.Values{"name": {"Ann\x07"}, "email": {"a@example.org"}}},
		{"DEL in name", "name", url.Values{"name": {"A\x7fB"}, "email": {"b@example.org"}}},
		{"escape in needs", "accessibility_needs", url.Values{"name": {"Ann"}, "email": {"c@example.org"},
			"accessibility_needs": {"x\x1b[31my"}}},
	}
	for _, r := range regs {
		t.Run(r.name, func(t *testing.T) {
			doc := evDoc(t, site.evPost("/agenda/"+e.Slug, r.form), http.StatusUnprocessableEntity)
			wantFieldError(t, doc, r.field, "event.error.characters")
		})
	}
	if got := site.evPost("/agenda/"+e.Slug, url.Values{"name": {"A\x00B"}, "email": {"e@example.org"}}).StatusCode; got != http.StatusBadRequest {
		t.Errorf("NUL in the registration form: %d, want the guard's 400", got)
	}
	if n := len(site.evCounts(e.ID)); n != 0 {
		t.Errorf("hostile registrations were stored: %v", site.evCounts(e.ID))
	}
	// Tabs and line breaks are ordinary text.
	wantRedirect(t, site.evPost("/agenda/"+e.Slug, url.Values{"name": {"Ann Tab"}, "email": {"d@example.org"},
		"accessibility_needs": {"Gebarentolk\r\nen\tringleiding"}}), "/agenda/"+e.Slug+"/aangemeld")

	// The partner's event and profile forms.
	bad := evFormValues(evContent("Titel \x07", evSoon(6), nil))
	bad.Set("description_nl", "a\x1bb")
	doc := partner.submit("/partner/events/new", bad, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "title_nl", "event.error.characters")
	wantFieldError(t, doc, "description_nl", "event.error.characters")
	doc = partner.submit("/partner/profile", url.Values{"name": {"Netwerk\x7f"}, "description_nl": {"\x07"}},
		http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "name", "event.error.characters")
	wantFieldError(t, doc, "description_nl", "event.error.characters")

	// Moderation reasons.
	if _, err := events.NewStore(site.pool).Create(context.Background(), *u.PartnerID, u.ID,
		evContent("Ter beoordeling", evSoon(7), nil)); err != nil {
		t.Fatal(err)
	}
	draft, err := partnerpkg.NewStore(site.pool).SubmitDraft(context.Background(), *u.PartnerID, u.ID,
		partnerpkg.Profile{Name: "Netwerk nieuw"})
	if err != nil {
		t.Fatal(err)
	}
	var rev int64
	if err := site.pool.QueryRow(context.Background(), `SELECT id FROM event_revisions WHERE status = 'pending'`).Scan(&rev); err != nil {
		t.Fatal(err)
	}
	for _, action := range []struct{ path, field string }{
		{paths.ModerationEvent(rev) + "/reject", "reject_reason"},
		{paths.ModerationEvent(rev) + "/request-changes", "changes_reason"},
		{paths.ModerationProfile(draft.ID) + "/reject", "reject_reason"},
	} {
		doc := editor.submit(action.path, url.Values{action.field: {"Nee\x07\x1b"}}, http.StatusUnprocessableEntity)
		wantFieldError(t, doc, action.field, "event.error.characters")
	}
}
