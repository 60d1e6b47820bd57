package web

import (
	"context"
	"io"
	"net/http"
	"regexp"
	"testing"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/paths"
)

// missingText matches a catalogue key shown in brackets, which is how
// i18n.T shows a key the catalogue lacks.
var missingText = regexp.MustCompile(`\[(agenda|event|registration|partners|portal|moderation|adminevents|adminpartners|dashboard)\.[a-z_.0-9]+\]`)

// TestEventPagesShowNoMissingTexts renders every page of the area in both
// languages where it has them and fails on a text the catalogue lacks.
func TestEventPagesShowNoMissingTexts(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	partner, u := site.signedIn(accounts.RolePartner)
	admin, _ := site.signedIn(accounts.RoleAdmin)
	e := site.evPublish(u.PartnerID, evContent("Werkbezoek", evSoon(3), new(1)))
	ctx := context.Background()
	changed := e.Content
	changed.City = "Leiden"
	pe, err := events.NewStore(site.pool).Update(ctx, *u.PartnerID, e.ID, u.ID, changed)
	if err != nil {
		t.Fatal(err)
	}
	p, err := site.server.partnerStore().ByID(ctx, *u.PartnerID)
	if err != nil {
		t.Fatal(err)
	}
	anonymous := site.newBrowser()
	pages := []struct {
		b    *browser
		path string
	}{
		{anonymous, "/agenda"}, {anonymous, "/en/events"}, {anonymous, "/agenda?maand=2030-01"},
		{anonymous, "/en/events/archive"}, {anonymous, "/agenda/" + e.Slug}, {anonymous, "/en/events/" + e.Slug},
		{anonymous, "/agenda/" + e.Slug + "/aangemeld"}, {anonymous, "/en/events/registration/confirm?token=x"},
		{anonymous, "/partners"}, {anonymous, "/en/partners/" + p.Slug},
		{partner, "/partner/"}, {partner, "/partner/profile"}, {partner, "/partner/events"},
		{partner, "/partner/events/new"}, {partner, paths.PortalEvent(e.ID)}, {partner, paths.PortalEvent(e.ID) + "/edit"},
		{admin, "/admin/"}, {admin, "/admin/moderation"}, {admin, paths.ModerationEvent(pe.Pending.ID)},
		{admin, "/admin/events"}, {admin, paths.AdminEvent(e.ID)}, {admin, "/admin/events/new"},
		{admin, "/admin/partners"}, {admin, paths.AdminPartner(p.ID)}, {admin, paths.AdminPartner(p.ID) + "/edit"},
		{admin, "/admin/partners/new"}, {admin, paths.AdminPartner(p.ID) + "/invite"},
	}
	for _, pg := range pages {
		resp := pg.b.get(pg.path)
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusGone {
			t.Errorf("GET %s: %d", pg.path, resp.StatusCode)
		}
		if m := missingText.FindAllString(string(body), -1); len(m) > 0 {
			t.Errorf("GET %s shows missing texts %v", pg.path, m)
		}
	}
}
