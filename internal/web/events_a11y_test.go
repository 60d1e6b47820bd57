package web

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/browsertest"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/mails"
)

// TestEventPagesPassAxe runs axe-core in headless Chromium on the agenda
// (list, month, archive), an event page, the registration form also with
// its errors, the steps behind the mailed links, the partner pages, every
// page of the partner portal (forms with errors included) and the
// moderation and event pages of the back office. Any WCAG 2.1 A or AA
// violation fails the test.
func TestEventPagesPassAxe(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	check := func(t *testing.T, name string, v []browsertest.Violation) {
		t.Helper()
		if len(v) > 0 {
			t.Errorf("axe-core found WCAG 2.1 A/AA violations on %s:\n%s", name, browsertest.FormatViolations(v))
		}
	}
	ctx := context.Background()

	// Content: a partner with a logo-less profile, a full event with a
	// waiting list, an online event, a cancelled one, a past one, and
	// submissions waiting for moderation.
	partnerBrowser, pu := site.signedIn(accounts.RolePartner)
	admin, _ := site.signedIn(accounts.RoleAdmin)
	p, err := partnerpkg.NewStore(site.pool).UpdateProfile(ctx, *pu.PartnerID, partnerpkg.Profile{
		Name: "Stichting Toegang", DescriptionNL: "Wij maken werk **toegankelijk**.", DescriptionEN: "We make work accessible.",
		Website: "https://toegang.example.org", FocusAreas: []string{"beperking", "neurodiversiteit"}})
	if err != nil {
		t.Fatal(err)
	}
	full := site.evPublish(&p.ID, evContent("Werkbezoek met gebarentolk", evSoon(5), new(1)))
	online := evContent("Online training inclusief werven", evSoon(6), nil)
	online.Type, online.Online, online.OnlineURL = events.TypeTraining, true, "https://meet.example.org/x"
	online.VenueName, online.Address, online.City, online.Province = "", "", "", ""
	site.evPublish(nil, online)
	cancelled := site.evPublish(&p.ID, evContent("Afgelaste meeloopdag", evSoon(7), nil))
	if _, err := events.NewStore(site.pool).CancelEvent(ctx, cancelled.ID); err != nil {
		t.Fatal(err)
	}
	past := site.evPublish(nil, evContent("Netwerkdag vorig jaar", evSoon(2), nil))
	if _, err := site.pool.Exec(ctx, `UPDATE events SET starts_at = now() - interval '100 days',
		ends_at = now() - interval '99 days' WHERE id = $1`, past.ID); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Eerste Gast", "Tweede Gast"} {
		if _, err := site.server.agenda().Confirm(ctx, site.evRegister(full, name)); err != nil {
			t.Fatal(err)
		}
	}
	changed := full.Content
	changed.TitleNL = "Werkbezoek met gebarentolk en lunch"
	pe, err := events.NewStore(site.pool).Update(ctx, p.ID, full.ID, pu.ID, changed)
	if err != nil {
		t.Fatal(err)
	}
	draft, err := partnerpkg.NewStore(site.pool).SubmitDraft(ctx, p.ID, pu.ID, partnerpkg.Profile{Name: "Stichting Toegang",
		DescriptionNL: "Nieuwe tekst.", Website: "https://toegang.example.org", FocusAreas: []string{"beperking"}})
	if err != nil {
		t.Fatal(err)
	}
	// A registration with its mailed links.
	wantRedirect(t, site.evPost("/agenda/"+full.Slug, url.Values{"name": {"Derde Gast"}, "email": {"derde@example.org"}}),
		"/agenda/"+full.Slug+"/aangemeld")
	confirmLink := site.evLink(site.evMail("derde@example.org", mails.KindRegistrationConfirm), "/agenda/aanmelding/bevestigen")
	cancelLink := site.evLink(site.evMail("tweede.gast@example.org", mails.KindRegistrationWaitlisted), "/agenda/aanmelding/afmelden")

	month := full.StartsAt.In(i18n.Amsterdam()).Format("2006-01")
	public := []string{
		"/agenda", "/agenda?soort=work_visit&rolstoel=on", "/agenda?maand=" + month, "/en/events?month=" + month, "/agenda/archief",
		"/agenda/" + full.Slug, "/agenda/" + cancelled.Slug, "/en/events", "/en/events/" + full.Slug,
		"/agenda/" + full.Slug + "/aangemeld", confirmLink, cancelLink, "/agenda/aanmelding/bevestigen?token=verlopen",
		"/partners", "/partners?aandachtsgebied=beperking", "/partners/" + p.Slug, "/en/partners/" + p.Slug,
	}
	upcoming := site.evUpcomingSlug()

	// signIn gives chrome the session of b.
	signIn := func(t *testing.T, chrome *browsertest.Browser, b *browser) {
		tab := chrome.NewTab(t)
		cctx, cancel := context.WithTimeout(tab, time.Minute)
		defer cancel()
		if _, err := chromedp.Call(cctx, network.SetCookie, network.SetCookieParams{
			Name: SessionCookie, Value: b.sessionCookie(), URL: site.http.URL, Path: "/",
			HTTPOnly: new(true), SameSite: network.CookieSameSiteLax,
		}); err != nil {
			t.Fatal(err)
		}
	}
	// visit audits each page of paths, checking it was not sent to sign in.
	visit := func(t *testing.T, chrome *browsertest.Browser, paths []string) {
		for _, path := range paths {
			t.Run(path, func(t *testing.T) {
				tab := chrome.Run(t, chromedp.Navigate(site.http.URL+path))
				if loc, err := chromedp.Run(tab, chromedp.Location()); err != nil || loc != site.http.URL+path {
					t.Fatalf("at %q (%v), want %s", loc, err, path)
				}
				check(t, path, chrome.AxeTab(t, tab))
			})
		}
	}
	// withErrors fills in a form with steps, submits it with the button
	// that submit selects and audits the page that shows the errors.
	withErrors := func(t *testing.T, chrome *browsertest.Browser, name, path, submit string, steps ...chromedp.Action[chromedp.Void]) {
		t.Run(name, func(t *testing.T) {
			all := append([]chromedp.Action[chromedp.Void]{chromedp.Navigate(site.http.URL + path)}, steps...)
			all = append(all,
				chromedp.Click(chromedp.CSS(submit)),
				chromedp.WaitVisible(chromedp.CSS(".error-summary")),
			)
			check(t, name, chrome.AxeTab(t, chrome.Run(t, all...)))
		})
	}

	// Three browsers audit the three parts side by side.
	t.Run("public", func(t *testing.T) {
		t.Parallel()
		chrome := browsertest.New(t)
		visit(t, chrome, public)
		withErrors(t, chrome, "registration form with errors", "/en/events/"+upcoming,
			`.event-register form[novalidate] button[type="submit"]`,
			chromedp.SetValue(chromedp.ID("field-email"), "geen-adres"))
	})
	t.Run("partner portal", func(t *testing.T) {
		t.Parallel()
		chrome := browsertest.New(t)
		signIn(t, chrome, partnerBrowser)
		visit(t, chrome, []string{"/partner/", "/partner/profile", "/partner/events", "/partner/events/new",
			paths.PortalEvent(full.ID), paths.PortalEvent(full.ID) + "/edit", paths.PortalEvent(cancelled.ID)})
		withErrors(t, chrome, "new event with errors", "/partner/events/new", `button[value="submit"]`,
			chromedp.SetValue(chromedp.ID("field-capacity"), "veel"),
			chromedp.SetValue(chromedp.ID("field-online_url"), "geen link"),
		)
		withErrors(t, chrome, "profile with errors", "/partner/profile", `form[novalidate] button[type="submit"]`,
			chromedp.SetValue(chromedp.ID("field-website"), "geen-url"),
		)
	})
	t.Run("back office", func(t *testing.T) {
		t.Parallel()
		chrome := browsertest.New(t)
		signIn(t, chrome, admin)
		visit(t, chrome, []string{"/admin/", "/admin/moderation", paths.ModerationEvent(pe.Pending.ID),
			paths.ModerationProfile(draft.ID), "/admin/events", "/admin/events?when=past", paths.AdminEvent(full.ID),
			"/admin/events/new", "/admin/partners", paths.AdminPartner(p.ID), "/admin/partners/new",
			paths.AdminPartner(p.ID) + "/invite", paths.AdminPartner(p.ID) + "/edit"})
		withErrors(t, chrome, "rejection without a reason", paths.ModerationEvent(pe.Pending.ID),
			`form[action$="/reject"] button[type="submit"]`)
		withErrors(t, chrome, "new partner with errors", "/admin/partners/new", `form[novalidate] button[type="submit"]`,
			chromedp.SetValue(chromedp.ID("field-slug"), "Geen Slug"),
		)
	})
}

// evUpcomingSlug is the slug of the first upcoming event.
func (s *testSite) evUpcomingSlug() string {
	s.t.Helper()
	page, err := events.NewStore(s.pool).Upcoming(context.Background(), events.ListQuery{Limit: 1})
	if err != nil || len(page.Events) == 0 {
		s.t.Fatalf("no upcoming event (%v)", err)
	}
	return page.Events[0].Slug
}
