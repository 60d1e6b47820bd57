package web

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/accounts"
)

// TestUnstorableTextIsRefusedOnEveryRoute sends invalid UTF-8 and NUL
// characters to every route of the router, in the query string and in a
// form, and expects the styled 400 page — never a 500 from the database.
func TestUnstorableTextIsRefusedOnEveryRoute(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	admin, _ := site.signedIn(accounts.RoleAdmin)
	var routes [][2]string
	err := chi.Walk(site.server.Handler().(chi.Routes), func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		if method == http.MethodGet || method == http.MethodPost {
			routes = append(routes, [2]string{method, route})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(routes) < 50 {
		t.Fatalf("walked %d routes; the router has more", len(routes))
	}
	replacer := strings.NewReplacer("{id}", "1", "{a}", "1", "{b}", "2", "{n}", "1", "{slug}", "x", "{file}", "x.svg", "*", "x")
	bad := []string{"\xff", "a\x00b", "\xc3"}
	for _, route := range routes {
		method, path := route[0], replacer.Replace(route[1])
		for _, value := range bad {
			var resp *http.Response
			if method == http.MethodGet {
				resp = admin.get(path + "?q=" + url.QueryEscape(value) + "&page=2")
			} else {
				resp = admin.post(path, url.Values{"title": {value}, "name": {"ok"}, "email": {"a@podium.example"}})
			}
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "geen geldige tekst") && !strings.Contains(string(body), "not valid text") {
				t.Errorf("%s %s with %q: %d, want the 400 page about invalid text", method, path, value, resp.StatusCode)
			}
		}
	}
	// A field name can carry it too.
	if resp := admin.post("/admin/settings", url.Values{"x\xff": {"1"}}); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("invalid UTF-8 in a field name: %d, want 400", resp.StatusCode)
	}
}

// TestUnstorableTextInThePathIsNotFound checks that an address with
// invalid UTF-8 or NUL is a 404 in the address's language, and that valid
// non-ASCII text still goes through.
func TestUnstorableTextInThePathIsNotFound(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	for path, lang := range map[string]string{"/verhalen/%FF": "nl", "/vacatures/a%00b": "nl", "/en/stories/%C3": "en"} {
		doc := site.page(path, http.StatusNotFound)
		if got, _ := doc.Find("html").Attr("lang"); got != lang {
			t.Errorf("GET %s: page in %q, want %q", path, got, lang)
		}
	}
	resp := site.newBrowser().post("/password/forgot", url.Values{"email": {"zoë@podium.example"}})
	if resp.StatusCode != http.StatusOK {
		t.Errorf("a form with valid non-ASCII text: %d, want 200", resp.StatusCode)
	}
	if resp := site.get("/vacatures?q=" + url.QueryEscape("beleidsmedewerker ë")); resp.StatusCode != http.StatusOK {
		t.Errorf("a search with valid non-ASCII text: %d, want 200", resp.StatusCode)
	}
}

// TestUnstorableTextInUploadFormsIsRefused covers the forms that carry a
// file (multipart), which the site-wide guard leaves to parseUploadForm:
// the story editor, the media library and the partner profile.
func TestUnstorableTextInUploadFormsIsRefused(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	editor, _ := site.signedIn(accounts.RoleEditor)
	partner, _ := site.signedIn(accounts.RolePartner)
	for _, c := range []struct {
		b     *browser
		path  string
		field string
	}{
		{editor, "/admin/stories/new", "name"},
		{editor, "/admin/media", "alt_nl"},
		{partner, "/partner/profile", "name"},
	} {
		for _, value := range []string{"a\x00b", "\xff"} {
			var body bytes.Buffer
			mw := multipart.NewWriter(&body)
			if err := mw.WriteField(c.field, value); err != nil {
				t.Fatal(err)
			}
			if _, err := mw.CreateFormFile("file", ""); err != nil {
				t.Fatal(err)
			}
			mw.Close()
			req, _ := http.NewRequest(http.MethodPost, site.http.URL+c.path, &body)
			req.Header.Set("Content-Type", mw.FormDataContentType())
			req.Header.Set("Origin", site.http.URL)
			req.Header.Set("Sec-Fetch-Site", "same-origin")
			resp := c.b.do(req)
			page, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(page), "geen geldige tekst") {
				t.Errorf("POST %s with %q in %s: %d, want the 400 page about invalid text", c.path, value, c.field, resp.StatusCode)
			}
		}
	}
}
