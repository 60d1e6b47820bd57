package assets

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestStylesheetsAreBundledInNameOrder(t *testing.T) {
	a, err := New(fstest.MapFS{
		"css/20-b.css":  {Data: []byte(".b{}")},
		"css/00-a.css":  {Data: []byte(".a{}")},
		"favicon.svg":   {Data: []byte("<svg/>")},
		"js/enhance.js": {Data: []byte("void 0")},
	})
	if err != nil {
		t.Fatal(err)
	}
	url := a.URL("site.css")
	rec := httptest.NewRecorder()
	a.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, url, nil))
	body, _ := io.ReadAll(rec.Body)
	if rec.Code != http.StatusOK || string(body) != ".a{}\n.b{}\n" {
		t.Errorf("GET %s: %d %q", url, rec.Code, body)
	}
	if !strings.HasPrefix(url, "/static/site.") || a.URL("js/enhance.js") == "" {
		t.Errorf("urls %s %s", url, a.URL("js/enhance.js"))
	}
	defer func() {
		if recover() == nil {
			t.Error("URL of a bundled part should panic: only site.css is served")
		}
	}()
	a.URL("css/00-a.css")
}
