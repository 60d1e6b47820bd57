package middleware

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func gunzip(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("body is not gzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	return string(out)
}

func TestCompress(t *testing.T) {
	page := strings.Repeat("<p>Er was eens een molen aan de Vecht.</p>\n", 50)
	tests := []struct {
		name           string
		acceptEncoding string
		contentType    string // "" leaves it to sniffing
		status         int
		extraHeader    http.Header
		wantGzip       bool
		wantVary       bool
		wantETag       string // "" skips the check
	}{
		{name: "html with gzip", acceptEncoding: "gzip", contentType: "text/html; charset=utf-8",
			wantGzip: true, wantVary: true, wantETag: `W/"v1"`},
		{name: "html without Accept-Encoding", acceptEncoding: "", contentType: "text/html; charset=utf-8",
			wantGzip: false, wantVary: true, wantETag: `"v1"`},
		{name: "browser header", acceptEncoding: "gzip, deflate, br, zstd", contentType: "text/css",
			wantGzip: true, wantVary: true},
		{name: "gzip refused with q=0", acceptEncoding: "br, gzip;q=0", contentType: "text/html",
			wantGzip: false, wantVary: true, wantETag: `"v1"`},
		{name: "gzip with low q", acceptEncoding: "br, gzip;q=0.2", contentType: "application/json",
			wantGzip: true, wantVary: true},
		{name: "wildcard", acceptEncoding: "*", contentType: "text/calendar",
			wantGzip: true, wantVary: true},
		{name: "wildcard refused but gzip allowed", acceptEncoding: "*;q=0, GZIP", contentType: "image/svg+xml",
			wantGzip: true, wantVary: true},
		{name: "deflate only", acceptEncoding: "deflate", contentType: "text/plain",
			wantGzip: false, wantVary: true},
		{name: "every listed type: javascript", acceptEncoding: "gzip", contentType: "application/javascript",
			wantGzip: true, wantVary: true},
		{name: "every listed type: xml", acceptEncoding: "gzip", contentType: "application/xml",
			wantGzip: true, wantVary: true},
		{name: "every listed type: atom", acceptEncoding: "gzip", contentType: "application/atom+xml; charset=utf-8",
			wantGzip: true, wantVary: true},
		{name: "png is left alone", acceptEncoding: "gzip", contentType: "image/png",
			wantGzip: false, wantVary: false, wantETag: `"v1"`},
		{name: "sniffed html is compressed", acceptEncoding: "gzip", contentType: "",
			wantGzip: true, wantVary: true},
		{name: "weak etag stays weak", acceptEncoding: "gzip", contentType: "text/html",
			extraHeader: http.Header{"Etag": {`W/"w1"`}}, wantGzip: true, wantVary: true, wantETag: `W/"w1"`},
		{name: "existing Vary is kept and extended", acceptEncoding: "gzip", contentType: "text/html",
			extraHeader: http.Header{"Vary": {"Cookie"}}, wantGzip: true, wantVary: true},
		{name: "already encoded", acceptEncoding: "gzip", contentType: "text/html",
			extraHeader: http.Header{"Content-Encoding": {"br"}}, wantGzip: false, wantVary: false, wantETag: `"v1"`},
		{name: "partial content", acceptEncoding: "gzip", contentType: "text/plain", status: http.StatusPartialContent,
			extraHeader: http.Header{"Content-Range": {"bytes 0-9/100"}}, wantGzip: false, wantVary: false},
		{name: "not found page is compressed", acceptEncoding: "gzip", contentType: "text/html", status: http.StatusNotFound,
			wantGzip: true, wantVary: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := Compress(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.contentType != "" {
					w.Header().Set("Content-Type", tt.contentType)
				}
				w.Header().Set("ETag", `"v1"`)
				w.Header().Set("Content-Length", "2150")
				w.Header().Set("Accept-Ranges", "bytes")
				for k, v := range tt.extraHeader {
					w.Header()[k] = v
				}
				if tt.status != 0 {
					w.WriteHeader(tt.status)
				}
				// Two writes, to check the stream spans them.
				_, _ = io.WriteString(w, page[:100])
				_, _ = io.WriteString(w, page[100:])
			}))
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			if tt.acceptEncoding != "" {
				req.Header.Set("Accept-Encoding", tt.acceptEncoding)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()

			if tt.status != 0 && res.StatusCode != tt.status {
				t.Errorf("status = %d, want %d", res.StatusCode, tt.status)
			}
			if tt.wantGzip {
				if ce := res.Header.Get("Content-Encoding"); ce != "gzip" {
					t.Fatalf("Content-Encoding = %q, want gzip", ce)
				}
				if got := gunzip(t, rec.Body.Bytes()); got != page {
					t.Errorf("decompressed body differs from the original (%d vs %d bytes)", len(got), len(page))
				}
				if rec.Body.Len() >= len(page) {
					t.Errorf("compressed body %d bytes, not smaller than %d", rec.Body.Len(), len(page))
				}
				for _, k := range []string{"Content-Length", "Accept-Ranges"} {
					if v := res.Header.Get(k); v != "" {
						t.Errorf("%s = %q kept on a compressed body", k, v)
					}
				}
			} else {
				if ce := res.Header.Get("Content-Encoding"); ce == "gzip" {
					t.Errorf("Content-Encoding = gzip, want none")
				}
				if got := rec.Body.String(); got != page {
					t.Errorf("body altered although not compressed")
				}
			}
			if got := headerHasToken(res.Header, "Vary", "Accept-Encoding"); got != tt.wantVary {
				t.Errorf("Vary: Accept-Encoding present = %v, want %v (Vary %q)", got, tt.wantVary, res.Header.Values("Vary"))
			}
			if v := res.Header.Values("Vary"); tt.extraHeader.Get("Vary") != "" && (len(v) != 2 || v[0] != "Cookie") {
				t.Errorf("Vary = %q, want the handler's Cookie kept", v)
			}
			if tt.wantETag != "" {
				if got := res.Header.Get("ETag"); got != tt.wantETag {
					t.Errorf("ETag = %q, want %q", got, tt.wantETag)
				}
			}
		})
	}
}

func TestCompressNoBodyStatuses(t *testing.T) {
	for _, status := range []int{http.StatusNoContent, http.StatusNotModified} {
		h := Compress(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("ETag", `"v1"`)
			w.WriteHeader(status)
		}))
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Header.Set("Accept-Encoding", "gzip")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != status || rec.Header().Get("Content-Encoding") != "" || rec.Body.Len() != 0 || rec.Header().Get("ETag") != `"v1"` {
			t.Errorf("status %d: got code %d, Content-Encoding %q, ETag %q, %d body bytes; want it untouched",
				status, rec.Code, rec.Header().Get("Content-Encoding"), rec.Header().Get("ETag"), rec.Body.Len())
		}
	}
}

// TestCompressReusesWriters runs sequential requests through one handler so
// that a pooled gzip writer carrying state from the last request would show.
func TestCompressReusesWriters(t *testing.T) {
	h := Compress(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, r.URL.Query().Get("s"))
	}))
	for _, s := range []string{"een", "twee", "drie", "vier"} {
		req := httptest.NewRequest(http.MethodGet, "/?s="+s, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if got := gunzip(t, rec.Body.Bytes()); got != s {
			t.Errorf("body = %q, want %q", got, s)
		}
	}
}

func TestCompressFlushSendsWhatWasWritten(t *testing.T) {
	flushed := make(chan []byte, 1)
	h := Compress(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, "eerste deel")
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Errorf("Flush: %v", err)
		}
		flushed <- bytes.Clone(w.(interface{ Unwrap() http.ResponseWriter }).Unwrap().(*httptest.ResponseRecorder).Body.Bytes())
		_, _ = io.WriteString(w, ", tweede deel")
	}))
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)

	zr, err := gzip.NewReader(bytes.NewReader(<-flushed))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr) // the stream is unterminated at this point
	if string(got) != "eerste deel" {
		t.Errorf("after Flush the client can read %q, want %q", got, "eerste deel")
	}
	if !rec.Flushed {
		t.Error("Flush did not reach the underlying writer")
	}
	if all := gunzip(t, rec.Body.Bytes()); all != "eerste deel, tweede deel" {
		t.Errorf("full body = %q", all)
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header []string
		want   bool
	}{
		{nil, false},
		{[]string{""}, false},
		{[]string{"gzip"}, true},
		{[]string{"x-gzip"}, true},
		{[]string{"identity"}, false},
		{[]string{"gzip;q=0"}, false},
		{[]string{"gzip; q=0.000"}, false},
		{[]string{"gzip;q=1.0"}, true},
		{[]string{"gzip;q=nonsense"}, false},
		{[]string{"gzip;q=2"}, false},
		{[]string{"*"}, true},
		{[]string{"*;q=0"}, false},
		{[]string{"*", "gzip;q=0"}, false},
		{[]string{"br", "gzip"}, true},
		{[]string{"gzipfoo"}, false},
	}
	for _, tt := range tests {
		if got := acceptsGzip(tt.header); got != tt.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestIfNoneMatch(t *testing.T) {
	tests := []struct {
		name   string
		header string // "" sends none
		etag   string
		want   bool
	}{
		{name: "no header", header: "", etag: `"v1"`, want: false},
		{name: "strong equal", header: `"v1"`, etag: `"v1"`, want: true},
		{name: "weakened by Compress", header: `W/"v1"`, etag: `"v1"`, want: true},
		{name: "weak etag from handler", header: `"v1"`, etag: `W/"v1"`, want: true},
		{name: "different", header: `"v2"`, etag: `"v1"`, want: false},
		{name: "list", header: `"v0", W/"v1"`, etag: `"v1"`, want: true},
		{name: "star", header: `*`, etag: `"v1"`, want: true},
		{name: "empty etag", header: `*`, etag: "", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			if tt.header != "" {
				r.Header.Set("If-None-Match", tt.header)
			}
			if got := IfNoneMatch(r, tt.etag); got != tt.want {
				t.Errorf("IfNoneMatch(%q, %q) = %v, want %v", tt.header, tt.etag, got, tt.want)
			}
		})
	}
}
