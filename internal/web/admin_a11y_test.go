package web

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/browsertest"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/web/views"
)

// TestBackOfficePagesPassAxe runs axe-core in headless Chromium on the
// sign-in pages, the account page and every admin page, signed in as an
// admin through the session cookie, including forms shown again with their
// errors; any WCAG 2.1 A or AA violation fails the test.
func TestBackOfficePagesPassAxe(t *testing.T) {
	site := newTestSite(t)
	browser := browsertest.New(t)
	check := func(t *testing.T, name string, v []browsertest.Violation) {
		t.Helper()
		if len(v) > 0 {
			t.Errorf("axe-core found WCAG 2.1 A/AA violations on %s:\n%s", name, browsertest.FormatViolations(v))
		}
	}

	// Signed out: the sign-in pages.
	for _, path := range []string{"/login", "/password/forgot"} {
		t.Run(path, func(t *testing.T) { check(t, path, browser.Axe(t, site.http.URL+path)) })
	}

	// Something to show on every admin page: a partner user, a pending
	// invitation with its mail, an audit trail.
	b, _ := site.signedIn(accounts.RoleAdmin)
	p := site.addPartner("toegankelijk", "Stichting Toegankelijk")
	site.addUser("partner-a11y@podium.example", accounts.RolePartner, p.ID)
	if resp := b.post("/admin/users/invite", url.Values{
		"email": {"nieuw-a11y@podium.example"}, "name": {"Nieuwe Collega"}, "role": {"editor"}, "lang": {"nl"},
	}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("invite: %d", resp.StatusCode)
	}
	invited, err := site.server.accounts.ByEmail(context.Background(), "nieuw-a11y@podium.example")
	if err != nil {
		t.Fatal(err)
	}
	if resp := b.post(userPath(invited.ID, "role"), url.Values{"role": {"admin"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("role change: %d", resp.StatusCode)
	}
	mails, err := site.server.outbox.List(context.Background(), mail.ListFilter{})
	if err != nil || len(mails) == 0 {
		t.Fatalf("no mail in the outbox (%v)", err)
	}

	// The browser takes over the admin's session.
	tab := browser.NewTab(t)
	ctx, cancel := context.WithTimeout(tab, time.Minute)
	defer cancel()
	if _, err := chromedp.Call(ctx, network.SetCookie, network.SetCookieParams{
		Name: SessionCookie, Value: b.sessionCookie(), URL: site.http.URL, Path: "/",
		HTTPOnly: new(true), SameSite: network.CookieSameSiteLax,
	}); err != nil {
		t.Fatal(err)
	}

	pages := []string{
		"/account/",
		"/admin/users",
		"/admin/users/invite",
		userPath(invited.ID),
		"/admin/settings",
		"/admin/audit",
		"/admin/audit?from=2026-13-01",
		"/admin/outbox",
		views.AdminOutboxPath(mails[0].ID),
	}
	for _, path := range pages {
		t.Run(path, func(t *testing.T) {
			tab := browser.Run(t, chromedp.Navigate(site.http.URL+path))
			// A lost session would audit the sign-in page instead.
			if loc, err := chromedp.Run(tab, chromedp.Location()); err != nil || loc != site.http.URL+path {
				t.Fatalf("at %q (%v), want %s", loc, err, path)
			}
			check(t, path, browser.AxeTab(t, tab))
		})
	}

	// Forms shown again with their errors, reached by submitting them.
	forms := []struct {
		name  string
		path  string
		steps []chromedp.Action[chromedp.Void]
	}{
		{
			name: "invite with errors",
			path: "/admin/users/invite",
			steps: []chromedp.Action[chromedp.Void]{
				chromedp.SetValue(chromedp.ID("field-email"), "geen-adres"),
				chromedp.SetValue(chromedp.ID("field-role"), "partner"),
			},
		},
		{
			name: "role change with errors",
			path: userPath(invited.ID),
			steps: []chromedp.Action[chromedp.Void]{
				chromedp.SetValue(chromedp.ID("field-role"), "partner"),
			},
		},
	}
	for _, f := range forms {
		t.Run(f.name, func(t *testing.T) {
			steps := append([]chromedp.Action[chromedp.Void]{chromedp.Navigate(site.http.URL + f.path)}, f.steps...)
			steps = append(steps,
				chromedp.Click(chromedp.CSS(`form[novalidate] button[type="submit"]`)),
				chromedp.WaitVisible(chromedp.CSS(".error-summary")),
			)
			tab := browser.Run(t, steps...)
			check(t, f.name, browser.AxeTab(t, tab))
		})
	}
}
