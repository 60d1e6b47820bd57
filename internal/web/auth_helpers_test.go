package web

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
)

// testPasswordParams makes argon2id cheap in tests; the accounts package
// tests the production parameters.
var testPasswordParams = accounts.PasswordParams{Memory: 8 * 1024, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

// testPassword is every test user's password.
const testPassword = "correct horse battery staple"

// browser is a cookie-keeping client that does not follow redirects and
// sends the Origin header a browser sends with same-site forms.
type browser struct {
	t      *testing.T
	site   *testSite
	client *http.Client
}

func (s *testSite) newBrowser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: s.t, site: s, client: &http.Client{
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

// addUser creates an active user with testPassword; a partner user gets a
// partner organisation of its own unless partnerID is given.
func (s *testSite) addUser(email string, role accounts.Role, partnerID ...int64) accounts.User {
	s.t.Helper()
	ctx := context.Background()
	store := accounts.NewStoreWithOptions(s.pool, accounts.StoreOptions{Password: testPasswordParams})
	n := accounts.NewUser{Email: email, Name: "Test " + string(role), Role: role}
	if role == accounts.RolePartner {
		if len(partnerID) > 0 {
			n.PartnerID = &partnerID[0]
		} else {
			slug := strings.ToLower(strings.NewReplacer("@", "-", ".", "-", "_", "-").Replace(email))
			p, err := store.CreatePartner(ctx, slug, "Partner "+email)
			if err != nil {
				s.t.Fatal(err)
			}
			n.PartnerID = &p.ID
		}
	}
	u, err := store.Create(ctx, n)
	if err != nil {
		s.t.Fatal(err)
	}
	if err := store.SetPassword(ctx, u.ID, testPassword); err != nil {
		s.t.Fatal(err)
	}
	u, err = store.ByID(ctx, u.ID)
	if err != nil {
		s.t.Fatal(err)
	}
	return u
}

// signedIn returns a browser signed in as a new user with role.
func (s *testSite) signedIn(role accounts.Role) (*browser, accounts.User) {
	s.t.Helper()
	u := s.addUser(string(role)+"-"+strings.ReplaceAll(s.t.Name(), "/", "-")+"@podium.example", role)
	b := s.newBrowser()
	resp := b.post("/login", url.Values{"email": {u.Email}, "password": {testPassword}})
	if resp.StatusCode != http.StatusSeeOther {
		body, _ := io.ReadAll(resp.Body)
		s.t.Fatalf("sign-in as %s: %d\n%s", role, resp.StatusCode, body)
	}
	return b, u
}

func (b *browser) do(req *http.Request) *http.Response {
	b.t.Helper()
	resp, err := b.client.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	b.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// get fetches path.
func (b *browser) get(path string) *http.Response {
	b.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, b.site.http.URL+path, nil)
	req.Header.Set("Sec-Fetch-Site", "none")
	return b.do(req)
}

// post submits a same-origin form to path.
func (b *browser) post(path string, form url.Values) *http.Response {
	b.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, b.site.http.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", b.site.http.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.do(req)
}

// page fetches path, asserts the status and parses the HTML.
func (b *browser) page(path string, wantStatus int) *goquery.Document {
	b.t.Helper()
	return b.parse(b.get(path), "GET "+path, wantStatus)
}

// submit posts a form, asserts the status and parses the HTML.
func (b *browser) submit(path string, form url.Values, wantStatus int) *goquery.Document {
	b.t.Helper()
	return b.parse(b.post(path, form), "POST "+path, wantStatus)
}

func (b *browser) parse(resp *http.Response, what string, wantStatus int) *goquery.Document {
	b.t.Helper()
	if resp.StatusCode != wantStatus {
		body, _ := io.ReadAll(resp.Body)
		b.t.Fatalf("%s: status %d, want %d (Location %q)\n%s", what, resp.StatusCode, wantStatus, resp.Header.Get("Location"), body)
	}
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		b.t.Fatal(err)
	}
	return doc
}

// sessionCookie returns the browser's session cookie value, "" if none.
func (b *browser) sessionCookie() string {
	u, _ := url.Parse(b.site.http.URL)
	for _, c := range b.client.Jar.Cookies(u) {
		if c.Name == SessionCookie {
			return c.Value
		}
	}
	return ""
}
