package web

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// upload is a file a test sends in a multipart form.
type upload struct {
	field, name string
	data        []byte
}

// postMultipart submits a same-origin multipart form to path, as a
// browser sends a form with a file input.
func (b *browser) postMultipart(path string, fields url.Values, files ...upload) *http.Response {
	b.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for name, values := range fields {
		for _, v := range values {
			if err := mw.WriteField(name, v); err != nil {
				b.t.Fatal(err)
			}
		}
	}
	for _, f := range files {
		w, err := mw.CreateFormFile(f.field, f.name)
		if err != nil {
			b.t.Fatal(err)
		}
		if _, err := w.Write(f.data); err != nil {
			b.t.Fatal(err)
		}
	}
	if err := mw.Close(); err != nil {
		b.t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, b.site.http.URL+path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", b.site.http.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.do(req)
}

// testPNG returns an opaque w × h PNG with a gradient, so that its
// renditions differ.
func testPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{R: uint8(x * 255 / w), G: uint8(y * 255 / h), B: 128, A: 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pngBombHeader returns a well-formed PNG that claims w × h pixels but
// holds almost nothing: a decompression bomb's header.
func pngBombHeader(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		_ = binary.Write(&b, binary.BigEndian, uint32(len(data)))
		crc := crc32.NewIEEE()
		crc.Write([]byte(typ))
		crc.Write(data)
		b.WriteString(typ)
		b.Write(data)
		_ = binary.Write(&b, binary.BigEndian, crc.Sum32())
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6 // 8-bit RGBA
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x01, 0x01, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01})
	chunk("IEND", nil)
	return b.Bytes()
}

// uploadPortrait adds a w × h PNG to the media library through the
// upload form and returns its id.
func uploadPortrait(t *testing.T, b *browser, w, h int) int64 {
	t.Helper()
	resp := b.postMultipart("/admin/media", url.Values{"alt_nl": {"Portret van een collega"}, "alt_en": {"Portrait of a colleague"}},
		upload{"file", "portret.png", testPNG(t, w, h)})
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/admin/media/") {
		t.Fatalf("upload: %d to %q", resp.StatusCode, loc)
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(loc, "/admin/media/"), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// wantFileError asserts that the file field named field carries the
// message of key, tied to it and in the error summary.
func wantFileError(t *testing.T, doc *goquery.Document, field, key string) {
	t.Helper()
	wantFieldError(t, doc, field, key)
	if d, _ := doc.Find("#field-" + field).Attr("aria-describedby"); !strings.Contains(d, "field-"+field+"-error") {
		t.Errorf("#field-%s is not described by its error (aria-describedby %q)", field, d)
	}
}

func TestMediaUpload(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)

	id := uploadPortrait(t, b, 800, 600)
	doc := b.page(views.AdminMediaPath(id), http.StatusOK)
	if got := doc.Find(".flash").Text(); got != i18n.T(i18n.NL, "media.flash.uploaded") {
		t.Errorf("flash %q", got)
	}
	img, _ := doc.Find("img.media-detail__image").Attr("srcset")
	if !strings.Contains(img, " 320w") || !strings.Contains(img, " 640w") || !strings.Contains(img, " 800w") {
		t.Errorf("srcset %q, want 320, 640 and 800 pixels wide renditions", img)
	}
	if v, _ := doc.Find("#field-alt_nl").Attr("value"); v != "Portret van een collega" {
		t.Errorf("alt_nl %q", v)
	}
	// Each rendition is served at its fingerprinted URL.
	src, _ := doc.Find("img.media-detail__image").Attr("src")
	if resp := site.get(src); resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "image/jpeg" {
		t.Errorf("GET %s: %d %s", src, resp.StatusCode, resp.Header.Get("Content-Type"))
	}

	// The library lists it with its alt texts.
	list := b.page("/admin/media", http.StatusOK)
	if got := list.Find(".media-item").Text(); !strings.Contains(got, "Portrait of a colleague") || !strings.Contains(got, "portret.png") {
		t.Errorf("library item %q", got)
	}

	// Changing the alt texts: both are required.
	doc = b.submit(views.AdminMediaPath(id), url.Values{"alt_nl": {"Nieuwe tekst"}, "alt_en": {""}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "alt_en", "media.error.alt_en")
	if v, _ := doc.Find("#field-alt_nl").Attr("value"); v != "Nieuwe tekst" {
		t.Errorf("typed alt_nl not kept: %q", v)
	}
	wantRedirect(t, b.post(views.AdminMediaPath(id), url.Values{"alt_nl": {"Nieuwe tekst"}, "alt_en": {"New text"}}), views.AdminMediaPath(id))
	got, err := site.server.images.ByID(context.Background(), id)
	if err != nil || got.AltNL != "Nieuwe tekst" || got.AltEN != "New text" || *got.UploadedBy != editor.ID {
		t.Errorf("stored %+v, %v", got, err)
	}
	actions := map[string]bool{}
	for _, e := range site.auditEntries(audit.Filter{RecordType: "image", RecordID: strconv.FormatInt(id, 10)}) {
		actions[e.Action] = true
	}
	if !actions["image.upload"] || !actions["image.alt_update"] {
		t.Errorf("audit actions %v, want image.upload and image.alt_update", actions)
	}
}

// TestMediaUploadRefusesWhatIsNoPhoto sends files that must never reach
// the library: each answers 4xx with the reason at the file field, and
// the alt texts typed are kept.
func TestMediaUploadRefusesWhatIsNoPhoto(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	tests := []struct {
		name   string
		file   upload
		status int
		key    string
	}{
		{"PNG header of 50 000 × 50 000 pixels", upload{"file", "bom.png", pngBombHeader(50_000, 50_000)},
			http.StatusUnprocessableEntity, "image.error.pixels"},
		{"SVG", upload{"file", "logo.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`)},
			http.StatusUnprocessableEntity, "image.error.format"},
		{"text file renamed to .jpg", upload{"file", "foto.jpg", []byte("Dit is geen foto maar een tekstbestand.\n")},
			http.StatusUnprocessableEntity, "image.error.format"},
		{"PNG cut short", upload{"file", "kapot.png", testPNG(t, 64, 64)[:100]},
			http.StatusUnprocessableEntity, "image.error.damaged"},
		{"no file chosen", upload{"file", "", nil}, http.StatusUnprocessableEntity, "image.error.nofile"},
		// The test server caps bodies at 1 MiB, as MAX_BODY_BYTES would.
		{"body over the limit", upload{"file", "groot.png", bytes.Repeat([]byte{0x89}, 3<<20)},
			http.StatusRequestEntityTooLarge, "image.error.body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := b.postMultipart("/admin/media", url.Values{"alt_nl": {"Een foto"}, "alt_en": {"A photo"}}, tt.file)
			doc := b.parse(resp, "upload", tt.status)
			want := i18n.T(i18n.NL, tt.key)
			if tt.key == "image.error.body" {
				want = i18n.Tf(i18n.NL, tt.key, 1) // the test server's 1 MiB
			}
			if got := doc.Find("#field-file-error").Text(); !strings.Contains(got, want) {
				t.Errorf("file error %q, want %q", got, want)
			}
			if doc.Find(`.error-summary a[href="#field-file"]`).Length() != 1 {
				t.Error("the error summary does not lead to the file field")
			}
			if tt.status == http.StatusUnprocessableEntity {
				if v, _ := doc.Find("#field-alt_en").Attr("value"); v != "A photo" {
					t.Errorf("alt_en not kept: %q", v)
				}
			}
		})
	}
	list, err := site.server.images.List(context.Background(), 10, 0)
	if err != nil || len(list) != 0 {
		t.Errorf("library holds %d images (%v), want none", len(list), err)
	}
}

func TestMediaUploadNeedsAltTexts(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleEditor)
	resp := b.postMultipart("/admin/media", url.Values{"alt_nl": {""}, "alt_en": {" "}}, upload{"file", "p.png", testPNG(t, 40, 40)})
	doc := b.parse(resp, "upload", http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "alt_nl", "media.error.alt_nl")
	wantFieldError(t, doc, "alt_en", "media.error.alt_en")
}

// TestImageProcessingIsBounded checks that at most maxImageProcessing
// uploads are processed at once: with every slot taken, an upload waits,
// and gives up with 503 and a message at the field when its time is up.
func TestImageProcessingIsBounded(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	if cap(site.server.imageSlots) != maxImageProcessing {
		t.Fatalf("%d slots, want %d", cap(site.server.imageSlots), maxImageProcessing)
	}
	for range maxImageProcessing {
		site.server.imageSlots <- struct{}{}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := site.server.processUpload(ctx, nil); err != errImagesBusy {
		t.Fatalf("with every slot taken: %v, want errImagesBusy", err)
	}
	key, status, ok := uploadErrorStatus(errImagesBusy)
	if !ok || status != http.StatusServiceUnavailable || key != "image.error.busy" {
		t.Errorf("busy maps to %q %d %v", key, status, ok)
	}
	<-site.server.imageSlots
	b, _ := site.signedIn(accounts.RoleEditor)
	uploadPortrait(t, b, 50, 50) // one slot free: it goes through
}
