// Package assets serves the embedded static files at fingerprinted URLs
// (/static/site.3f9a1c2b.css) that may be cached forever, because a change
// to a file changes its URL.
package assets

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// Prefix is the URL path under which assets are served.
const Prefix = "/static/"

type file struct {
	name        string
	data        []byte
	contentType string
	etag        string
}

// Assets maps logical file names to fingerprinted URLs and serves them.
type Assets struct {
	byName map[string]*file // "site.css" → file
	byURL  map[string]*file // "site.3f9a1c2b.css" → file
}

// bundleDir holds stylesheets that are served as one file, site.css, in
// the order of their names, so each area of the site keeps its own file
// while a page loads a single stylesheet.
const bundleDir, bundleName = "css", "site.css"

// New reads every file of fsys into memory and fingerprints it; the files
// in css/ become the one stylesheet site.css.
func New(fsys fs.FS) (*Assets, error) {
	a := &Assets{byName: map[string]*file{}, byURL: map[string]*file{}}
	var bundle bytes.Buffer
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if path.Dir(p) == bundleDir && path.Ext(p) == ".css" {
			// WalkDir visits names in lexical order.
			bundle.Write(data)
			bundle.WriteByte('\n')
			return nil
		}
		a.add(p, data)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("assets.New: %w", err)
	}
	if bundle.Len() > 0 {
		a.add(bundleName, bundle.Bytes())
	}
	return a, nil
}

// add fingerprints one file under name p.
func (a *Assets) add(p string, data []byte) {
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])[:12]
	ext := path.Ext(p)
	ct := mime.TypeByExtension(ext)
	if ct == "" {
		ct = http.DetectContentType(data)
	}
	f := &file{name: p, data: data, contentType: ct, etag: `"` + hash + `"`}
	a.byName[p] = f
	a.byURL[strings.TrimSuffix(p, ext)+"."+hash+ext] = f
}

// URL returns the fingerprinted URL of the named file. It panics for a name
// that is not embedded, so that a typo fails every test that renders it.
func (a *Assets) URL(name string) string {
	f, ok := a.byName[name]
	if !ok {
		panic("assets: no static file named " + name)
	}
	ext := path.Ext(name)
	return Prefix + strings.TrimSuffix(name, ext) + "." + f.etag[1:13] + ext
}

// ServeHTTP serves a fingerprinted file with an immutable cache header; an
// unknown or stale fingerprint answers 404.
func (a *Assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, ok := a.byURL[strings.TrimPrefix(r.URL.Path, Prefix)]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.contentType)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", f.etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(f.data))
}

type ctxKey struct{}

// WithAssets returns a context through which templates find asset URLs.
func WithAssets(ctx context.Context, a *Assets) context.Context {
	return context.WithValue(ctx, ctxKey{}, a)
}

// URLFrom returns the fingerprinted URL of name using the Assets in ctx.
func URLFrom(ctx context.Context, name string) string {
	a, ok := ctx.Value(ctxKey{}).(*Assets)
	if !ok {
		panic("assets: context carries no Assets")
	}
	return a.URL(name)
}
