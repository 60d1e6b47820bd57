package web

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/accounts"
)

// who may use a back-office route.
type audience string

const (
	staff      audience = "admin+editor"
	adminsOnly audience = "admin"
	partners   audience = "partner"
	anyone     audience = "signed-in"
)

func (a audience) allows(role accounts.Role) bool {
	switch a {
	case staff:
		return role == accounts.RoleAdmin || role == accounts.RoleEditor
	case adminsOnly:
		return role == accounts.RoleAdmin
	case partners:
		return role == accounts.RolePartner
	}
	return true
}

// backOfficeRoutes is the role-by-route table: every route under /admin,
// /partner and /account, with who may use it. A route added to the router
// without an entry here fails TestBackOfficeAccess.
var backOfficeRoutes = map[string]audience{
	"GET /account/":                            anyone,
	"POST /account/password":                   anyone,
	"GET /account/2fa":                         anyone,
	"POST /account/2fa":                        anyone,
	"POST /account/2fa/recovery-codes":         anyone,
	"GET /admin/":                              staff,
	"GET /admin/users":                         adminsOnly,
	"GET /admin/users/invite":                  adminsOnly,
	"POST /admin/users/invite":                 adminsOnly,
	"GET /admin/users/{id}":                    adminsOnly,
	"POST /admin/users/{id}/role":              adminsOnly,
	"POST /admin/users/{id}/disable":           adminsOnly,
	"POST /admin/users/{id}/enable":            adminsOnly,
	"POST /admin/users/{id}/reset-2fa":         adminsOnly,
	"POST /admin/users/{id}/resend-invitation": adminsOnly,
	"GET /admin/settings":                      adminsOnly,
	"POST /admin/settings":                     adminsOnly,
	"GET /admin/audit":                         adminsOnly,
	"GET /admin/outbox":                        adminsOnly,
	"GET /admin/outbox/{id}":                   adminsOnly,
	"GET /partner/":                            partners,

	// Stories, media library, revisions, trash.
	"GET /admin/stories":                             staff,
	"GET /admin/stories/new":                         staff,
	"POST /admin/stories/new":                        staff,
	"GET /admin/stories/{id}":                        staff,
	"POST /admin/stories/{id}":                       staff,
	"GET /admin/stories/{id}/preview":                staff,
	"POST /admin/stories/{id}/submit":                staff,
	"POST /admin/stories/{id}/return-to-draft":       staff,
	"POST /admin/stories/{id}/publish":               staff,
	"POST /admin/stories/{id}/schedule":              staff,
	"POST /admin/stories/{id}/unschedule":            staff,
	"POST /admin/stories/{id}/unpublish":             staff,
	"POST /admin/stories/{id}/archive":               staff,
	"POST /admin/stories/{id}/withdraw-consent":      staff,
	"POST /admin/stories/{id}/trash":                 staff,
	"POST /admin/stories/{id}/restore":               staff,
	"POST /admin/stories/{id}/purge":                 staff,
	"POST /admin/stories/{id}/translation":           staff,
	"POST /admin/stories/{id}/unlink":                staff,
	"GET /admin/stories/{id}/revisions":              staff,
	"GET /admin/stories/{id}/revisions/{a}/diff/{b}": staff,
	"GET /admin/stories/{id}/revisions/compare":      staff,
	"POST /admin/stories/{id}/revisions/{n}/restore": staff,
	"GET /admin/media":                               staff,
	"POST /admin/media":                              staff,
	"GET /admin/media/{id}":                          staff,
	"POST /admin/media/{id}":                         staff,

	// Vacancies.
	"GET /admin/vacancies":                             staff,
	"GET /admin/vacancies/new":                         staff,
	"POST /admin/vacancies/new":                        staff,
	"GET /admin/vacancies/import":                      staff,
	"POST /admin/vacancies/import":                     staff,
	"GET /admin/vacancies/import/template.csv":         staff,
	"GET /admin/vacancies/{id}":                        staff,
	"POST /admin/vacancies/{id}":                       staff,
	"POST /admin/vacancies/{id}/publish":               staff,
	"POST /admin/vacancies/{id}/close":                 staff,
	"POST /admin/vacancies/{id}/archive":               staff,
	"POST /admin/vacancies/{id}/draft":                 staff,
	"GET /admin/vacancies/{id}/revisions":              staff,
	"GET /admin/vacancies/{id}/revisions/{n}":          staff,
	"POST /admin/vacancies/{id}/revisions/{n}/restore": staff,
	"POST /admin/inclusive/check":                      staff,

	// Events, partners and moderation; partner portal.
	"GET /admin/moderation":                              staff,
	"GET /admin/moderation/events/{id}":                  staff,
	"POST /admin/moderation/events/{id}/approve":         staff,
	"POST /admin/moderation/events/{id}/reject":          staff,
	"POST /admin/moderation/events/{id}/request-changes": staff,
	"GET /admin/moderation/profiles/{id}":                staff,
	"POST /admin/moderation/profiles/{id}/approve":       staff,
	"POST /admin/moderation/profiles/{id}/reject":        staff,
	"GET /admin/events":                                  staff,
	"GET /admin/events/new":                              staff,
	"POST /admin/events/new":                             staff,
	"GET /admin/events/{id}":                             staff,
	"GET /admin/events/{id}/edit":                        staff,
	"POST /admin/events/{id}/edit":                       staff,
	"POST /admin/events/{id}/cancel":                     staff,
	"GET /admin/events/{id}/registrations.csv":           staff,
	"GET /admin/partners":                                staff,
	"GET /admin/partners/{id}":                           staff,
	"GET /admin/partners/new":                            adminsOnly,
	"POST /admin/partners/new":                           adminsOnly,
	"GET /admin/partners/{id}/edit":                      adminsOnly,
	"POST /admin/partners/{id}/edit":                     adminsOnly,
	"POST /admin/partners/{id}/list":                     adminsOnly,
	"POST /admin/partners/{id}/unlist":                   adminsOnly,
	"GET /admin/partners/{id}/invite":                    adminsOnly,
	"POST /admin/partners/{id}/invite":                   adminsOnly,
	"GET /partner/profile":                               partners,
	"POST /partner/profile":                              partners,
	"GET /partner/events":                                partners,
	"GET /partner/events/new":                            partners,
	"POST /partner/events/new":                           partners,
	"GET /partner/events/{id}":                           partners,
	"GET /partner/events/{id}/edit":                      partners,
	"POST /partner/events/{id}/edit":                     partners,
	"POST /partner/events/{id}/cancel":                   partners,
	"GET /partner/events/{id}/registrations.csv":         partners,
}

func isBackOffice(pattern string) bool {
	for _, p := range []string{"/admin", "/partner", "/account"} {
		if pattern == p || strings.HasPrefix(pattern, p+"/") {
			return true
		}
	}
	return false
}

// TestBackOfficeAccess walks every back-office route of the router as an
// anonymous visitor, a partner, an editor and an admin, and checks each is
// let through or refused exactly as the table says.
func TestBackOfficeAccess(t *testing.T) {
	site := newTestSite(t)
	target := site.addUser("target@podium.example", accounts.RoleEditor)
	var routes []string
	err := chi.Walk(site.server.Handler().(chi.Routes), func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		if isBackOffice(route) && method != http.MethodHead {
			routes = append(routes, method+" "+route)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(routes)
	seen := map[string]bool{}
	for _, r := range routes {
		seen[r] = true
		if _, ok := backOfficeRoutes[r]; !ok {
			t.Errorf("route %s has no entry in backOfficeRoutes: say who may use it", r)
		}
	}
	for r := range backOfficeRoutes {
		if !seen[r] {
			t.Errorf("backOfficeRoutes lists %s, which the router does not have", r)
		}
	}

	browsers := map[accounts.Role]*browser{}
	for _, role := range []accounts.Role{accounts.RolePartner, accounts.RoleEditor, accounts.RoleAdmin} {
		browsers[role], _ = site.signedIn(role)
	}
	anonymous := site.newBrowser()
	request := func(b *browser, route string) *http.Response {
		method, pattern, _ := strings.Cut(route, " ")
		path := strings.ReplaceAll(pattern, "{id}", strconv.FormatInt(target.ID, 10))
		if method == http.MethodPost {
			return b.post(path, url.Values{})
		}
		return b.get(path)
	}
	for _, route := range routes {
		who := backOfficeRoutes[route]
		t.Run(route, func(t *testing.T) {
			resp := request(anonymous, route)
			if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/login") {
				t.Errorf("anonymous: %d to %q, want 303 to /login", resp.StatusCode, loc)
			}
			for role, b := range browsers {
				resp := request(b, route)
				refused := resp.StatusCode == http.StatusForbidden
				toLogin := strings.HasPrefix(resp.Header.Get("Location"), "/login")
				switch {
				case who.allows(role) && (refused || toLogin || resp.StatusCode >= 500):
					t.Errorf("%s: refused with %d (Location %q), want allowed", role, resp.StatusCode, resp.Header.Get("Location"))
				case !who.allows(role) && !refused:
					t.Errorf("%s: %d, want 403", role, resp.StatusCode)
				}
			}
		})
	}
}

// TestCrossOriginPostsAreRefused checks cross-site request forgery
// protection on a public and a back-office form.
func TestCrossOriginPostsAreRefused(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	post := func(path string, headers map[string]string) int {
		req, _ := http.NewRequest(http.MethodPost, site.http.URL+path, strings.NewReader("email=a%40podium.example"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		return b.do(req).StatusCode
	}
	crossSite := []map[string]string{
		{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
		{"Sec-Fetch-Site": "same-site", "Origin": "https://sub.example"},
		{"Origin": "https://evil.example"},
	}
	for _, path := range []string{"/logout", "/password/forgot", "/admin/settings", "/login"} {
		for _, h := range crossSite {
			if got := post(path, h); got != http.StatusForbidden {
				t.Errorf("POST %s with %v: %d, want 403", path, h, got)
			}
		}
	}
	// None of the refused requests took effect: still signed in.
	if resp := b.get("/admin/"); resp.StatusCode != http.StatusOK {
		t.Fatalf("after refused cross-origin sign-outs: %d, want still signed in", resp.StatusCode)
	}
	same := map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": site.http.URL}
	if got := post("/password/forgot", same); got != http.StatusOK {
		t.Errorf("same-origin POST /password/forgot: %d", got)
	}
	if got := post("/logout", same); got != http.StatusSeeOther {
		t.Errorf("same-origin POST /logout: %d", got)
	}
	if resp := b.get("/admin/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("after sign-out /admin/ gives %d, want 303 to /login", resp.StatusCode)
	}
}
