package middleware

import (
	"compress/gzip"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// compressionLevel trades a little ratio for speed: pages are rendered per
// request, so compression runs on every response.
const compressionLevel = 5

// Compress gzips responses whose Content-Type is text/html, text/css,
// text/plain, application/javascript, image/svg+xml, application/json,
// application/xml, application/atom+xml or text/calendar, when the request's
// Accept-Encoding allows gzip (q=0 is honoured). Every response of those types
// gets Vary: Accept-Encoding, compressed or not, so caches keep the two
// representations apart.
//
// When it compresses, Compress drops Content-Length and Accept-Ranges (both
// describe the uncompressed bytes) and turns a strong ETag into a weak one
// (W/"..."): the gzip bytes differ from the identity bytes, and a strong ETag
// promises byte-identical bodies. Browsers then revalidate with
// If-None-Match: W/"...", so handlers must compare ETags weakly, as
// http.ServeContent does and IfNoneMatch helps to.
//
// Responses are left alone when they already have a Content-Encoding, when
// they are partial (206 or Content-Range, since ranges refer to uncompressed
// bytes), or when their status carries no body (1xx, 204, 304). A handler
// that writes without setting Content-Type gets one sniffed from its first
// write, as net/http would have done.
//
// The returned handler keeps a pool of gzip writers for reuse across requests.
func Compress(next http.Handler) http.Handler {
	pool := &sync.Pool{New: func() any {
		gz, _ := gzip.NewWriterLevel(io.Discard, compressionLevel) // error only for an invalid level
		return gz
	}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &compressWriter{
			ResponseWriter: w,
			pool:           pool,
			acceptsGzip:    acceptsGzip(r.Header.Values("Accept-Encoding")),
		}
		// On a panic the gzip stream is deliberately left unterminated: the
		// response is broken and should look broken to the client.
		defer cw.release()
		next.ServeHTTP(cw, r)
		cw.finish()
	})
}

// compressWriter decides at WriteHeader time whether to compress the response.
type compressWriter struct {
	http.ResponseWriter
	pool        *sync.Pool
	acceptsGzip bool
	wroteHeader bool
	gz          *gzip.Writer // non-nil while the body is being compressed
}

func (w *compressWriter) WriteHeader(code int) {
	if code >= 100 && code <= 199 {
		// Informational responses (103 Early Hints) precede the real one.
		w.ResponseWriter.WriteHeader(code)
		return
	}
	if !w.wroteHeader {
		w.wroteHeader = true
		w.prepare(code)
	}
	// A second call is passed on so net/http can log it as superfluous.
	w.ResponseWriter.WriteHeader(code)
}

// prepare sets the headers for status code and, when the response is to be
// compressed, takes a gzip writer from the pool.
func (w *compressWriter) prepare(code int) {
	h := w.Header()
	if code == http.StatusNoContent || code == http.StatusNotModified || code == http.StatusPartialContent ||
		h.Get("Content-Encoding") != "" || h.Get("Content-Range") != "" ||
		!compressibleType(h.Get("Content-Type")) {
		return
	}
	if !headerHasToken(h, "Vary", "Accept-Encoding") {
		h.Add("Vary", "Accept-Encoding")
	}
	if !w.acceptsGzip {
		return
	}
	h.Set("Content-Encoding", "gzip")
	h.Del("Content-Length")
	h.Del("Accept-Ranges")
	if etag := h.Get("ETag"); strings.HasPrefix(etag, `"`) {
		h.Set("ETag", "W/"+etag)
	}
	w.gz = w.pool.Get().(*gzip.Writer)
	w.gz.Reset(w.ResponseWriter)
}

func (w *compressWriter) Write(p []byte) (int, error) {
	if !w.wroteHeader {
		h := w.Header()
		if _, typed := h["Content-Type"]; !typed && len(p) > 0 && h.Get("Content-Encoding") == "" {
			h.Set("Content-Type", http.DetectContentType(p))
		}
		w.WriteHeader(http.StatusOK)
	}
	if w.gz != nil {
		return w.gz.Write(p)
	}
	return w.ResponseWriter.Write(p)
}

// Flush sends what has been compressed so far, for streamed responses.
func (w *compressWriter) Flush() {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	if w.gz != nil {
		// An error means the client is gone; the next Write reports it.
		_ = w.gz.Flush()
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *compressWriter) Unwrap() http.ResponseWriter {
	return w.ResponseWriter
}

// finish terminates the gzip stream after the handler returned normally.
func (w *compressWriter) finish() {
	if w.gz != nil {
		// An error means the client is gone; there is no one left to tell.
		_ = w.gz.Close()
	}
}

// release returns the gzip writer to the pool.
func (w *compressWriter) release() {
	if w.gz != nil {
		w.gz.Reset(io.Discard)
		w.pool.Put(w.gz)
		w.gz = nil
	}
}

// compressibleType reports whether a response with Content-Type contentType
// is worth gzipping. Images other than SVG, fonts and archives are already
// compressed.
func compressibleType(contentType string) bool {
	mediaType, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	switch mediaType {
	case "text/html", "text/css", "text/plain", "application/javascript", "image/svg+xml",
		"application/json", "application/xml", "application/atom+xml", "text/calendar":
		return true
	}
	return false
}

// acceptsGzip reports whether Accept-Encoding header values allow gzip: an
// explicit gzip (or x-gzip) entry decides by its q-value, otherwise a "*"
// entry does. No header means no compression.
func acceptsGzip(values []string) bool {
	gzipQ, anyQ := -1.0, -1.0
	for _, v := range values {
		for entry := range strings.SplitSeq(v, ",") {
			name, params, _ := strings.Cut(entry, ";")
			q := qValue(params)
			switch strings.ToLower(strings.TrimSpace(name)) {
			case "gzip", "x-gzip":
				gzipQ = max(gzipQ, q)
			case "*":
				anyQ = max(anyQ, q)
			}
		}
	}
	if gzipQ >= 0 {
		return gzipQ > 0
	}
	return anyQ > 0
}

// qValue returns the q parameter in params (";q=0.5"), 1 when there is none,
// and 0 when it is malformed, so a garbled entry never enables an encoding.
func qValue(params string) float64 {
	for param := range strings.SplitSeq(params, ";") {
		key, value, _ := strings.Cut(param, "=")
		if !strings.EqualFold(strings.TrimSpace(key), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil || q < 0 || q > 1 {
			return 0
		}
		return q
	}
	return 1
}

// headerHasToken reports whether the comma-separated header name in h lists
// token, or "*".
func headerHasToken(h http.Header, name, token string) bool {
	for _, v := range h.Values(name) {
		for t := range strings.SplitSeq(v, ",") {
			t = strings.TrimSpace(t)
			if t == "*" || strings.EqualFold(t, token) {
				return true
			}
		}
	}
	return false
}

// IfNoneMatch reports whether r's If-None-Match header matches etag under the
// weak comparison RFC 9110 prescribes for it, so a handler can answer 304. It
// must be used instead of string equality because Compress weakens ETags:
// a gzip client sends back W/"abc" for a handler's "abc". "*" matches any
// etag; a missing header or an empty etag matches nothing.
func IfNoneMatch(r *http.Request, etag string) bool {
	if etag == "" {
		return false
	}
	want := strings.TrimPrefix(etag, "W/")
	for _, v := range r.Header.Values("If-None-Match") {
		for candidate := range strings.SplitSeq(v, ",") {
			candidate = strings.TrimSpace(candidate)
			if candidate == "*" || strings.TrimPrefix(candidate, "W/") == want {
				return true
			}
		}
	}
	return false
}
