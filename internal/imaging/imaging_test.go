package imaging

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// photo returns an opaque w × h gradient, something like a photograph.
func photo(w, h int) *image.NRGBA {
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			m.SetNRGBA(x, y, color.NRGBA{uint8(255 * x / w), uint8(255 * y / h), 90, 255})
		}
	}
	return m
}

func encodeJPEGBytes(t *testing.T, m image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, m, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func encodePNGBytes(t *testing.T, m image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// decodeVariant decodes v with the decoder its content type names and
// checks that the bytes really are of that type and size.
func decodeVariant(t *testing.T, v Variant) image.Image {
	t.Helper()
	if got := http.DetectContentType(v.Data); got != v.ContentType {
		t.Fatalf("variant %d px: bytes sniff as %q, labelled %q", v.Width, got, v.ContentType)
	}
	var m image.Image
	var err error
	switch v.ContentType {
	case "image/jpeg":
		m, err = jpeg.Decode(bytes.NewReader(v.Data))
	case "image/png":
		m, err = png.Decode(bytes.NewReader(v.Data))
	default:
		t.Fatalf("variant %d px: content type %q", v.Width, v.ContentType)
	}
	if err != nil {
		t.Fatalf("variant %d px: decode: %v", v.Width, err)
	}
	if b := m.Bounds(); b.Dx() != v.Width || b.Dy() != v.Height {
		t.Fatalf("variant says %d×%d, decodes as %v", v.Width, v.Height, b)
	}
	return m
}

func TestProcessAcceptsJPEGPNGAndWebP(t *testing.T) {
	t.Parallel()
	transparent := photo(700, 400)
	transparent.SetNRGBA(10, 10, color.NRGBA{0, 0, 0, 0})
	tests := []struct {
		name        string
		data        []byte
		format      string
		w, h        int
		contentType string
	}{
		{"jpeg photo", encodeJPEGBytes(t, photo(800, 600)), "jpeg", 800, 600, "image/jpeg"},
		{"opaque png", encodePNGBytes(t, photo(800, 600)), "png", 800, 600, "image/jpeg"},
		{"png with transparency", encodePNGBytes(t, transparent), "png", 700, 400, "image/png"},
		{"paletted png", encodePNGBytes(t, image.NewPaletted(image.Rect(0, 0, 30, 20), color.Palette{color.White})), "png", 30, 20, "image/jpeg"},
		{"lossy webp", readTestdata(t, "photo-48x32.webp"), "webp", 48, 32, "image/jpeg"},
		{"lossless webp with alpha", readTestdata(t, "transparent-48x32.webp"), "webp", 48, 32, "image/png"},
		{"lossy webp with alpha", readTestdata(t, "transparent-lossy-48x32.webp"), "webp", 48, 32, "image/png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := Process(bytes.NewReader(tt.data), Limits{})
			if err != nil {
				t.Fatalf("Process: %v", err)
			}
			if p.Format != tt.format || p.Width != tt.w || p.Height != tt.h {
				t.Errorf("got %s %d×%d, want %s %d×%d", p.Format, p.Width, p.Height, tt.format, tt.w, tt.h)
			}
			if len(p.Variants) == 0 {
				t.Fatal("no variants")
			}
			for _, v := range p.Variants {
				if v.ContentType != tt.contentType {
					t.Errorf("variant %d px is %s, want %s", v.Width, v.ContentType, tt.contentType)
				}
				decodeVariant(t, v)
			}
			if p.Largest().Width != min(tt.w, 1280) {
				t.Errorf("largest variant %d px wide, want %d", p.Largest().Width, min(tt.w, 1280))
			}
		})
	}
}

func TestProcessRefusesOtherFormats(t *testing.T) {
	t.Parallel()
	var gifBuf bytes.Buffer
	if err := gif.Encode(&gifBuf, image.NewPaletted(image.Rect(0, 0, 8, 8), color.Palette{color.Black, color.White}), nil); err != nil {
		t.Fatal(err)
	}
	validJPEG := encodeJPEGBytes(t, photo(64, 64))
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`), ErrUnsupportedFormat},
		{"svg with xml declaration", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), ErrUnsupportedFormat},
		{"text file renamed to .jpg", []byte("Dit is geen foto, maar een tekstbestand met de naam portret.jpg.\n"), ErrUnsupportedFormat},
		{"html", []byte("<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>"), ErrUnsupportedFormat},
		{"gif", gifBuf.Bytes(), ErrUnsupportedFormat},
		{"pdf", []byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), ErrUnsupportedFormat},
		{"empty", nil, ErrUnsupportedFormat},
		{"jpeg magic, no image", []byte("\xFF\xD8\xFF\xE0 not really a jpeg at all"), ErrDamaged},
		{"truncated jpeg", validJPEG[:len(validJPEG)/3], ErrDamaged},
		{"png signature only", []byte("\x89PNG\r\n\x1a\n"), ErrDamaged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Process(bytes.NewReader(tt.data), Limits{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var rej *RejectError
			if !errors.As(err, &rej) || rej.Key == "" || rej.Message == "" {
				t.Fatalf("err = %#v, want a *RejectError with a key and a message", err)
			}
		})
	}
	_, err := Process(strings.NewReader("<svg/>"), Limits{})
	var rej *RejectError
	if errors.As(err, &rej); rej == nil || rej.Message != "Upload a JPEG, PNG or WebP image." {
		t.Errorf("message shown for an SVG = %v", err)
	}
}

// pngHeader returns a well-formed PNG that claims w × h RGBA pixels but
// holds a single compressed scanline: a decompression bomb's header.
func pngHeader(w, h uint32) []byte {
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
	// zlib stream of one empty stored block: a minimal IDAT.
	chunk("IDAT", []byte{0x78, 0x01, 0x01, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01})
	chunk("IEND", nil)
	return b.Bytes()
}

// Not parallel: it measures the heap, which other tests would disturb.
func TestProcessRefusesDecompressionBombBeforeDecoding(t *testing.T) {
	bomb := pngHeader(50_000, 50_000) // 2.5 gigapixels, 10 GB as RGBA
	if cfg, err := png.DecodeConfig(bytes.NewReader(bomb)); err != nil || cfg.Width != 50_000 {
		t.Fatalf("crafted header does not parse: %v %+v", err, cfg)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := Process(bytes.NewReader(bomb), Limits{})
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooManyPixels) {
		t.Fatalf("err = %v, want ErrTooManyPixels", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("refusing the bomb allocated %d bytes; it must not allocate its pixels", alloc)
	}
	if elapsed > time.Second {
		t.Errorf("refusing the bomb took %v", elapsed)
	}
}

func TestProcessRefusesTooManyPixels(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		w, h uint32
		want error
	}{
		{"50 000 square", 50_000, 50_000, ErrTooManyPixels},
		{"49 megapixels", 7_000, 7_000, ErrTooManyPixels},
		{"side too long", 13_000, 10, ErrTooManyPixels},
		{"height too long", 10, 13_000, ErrTooManyPixels},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if _, err := Process(bytes.NewReader(pngHeader(tt.w, tt.h)), Limits{}); !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
	// A tighter limit applies to JPEG too.
	_, err := Process(bytes.NewReader(encodeJPEGBytes(t, photo(200, 100))), Limits{MaxPixels: 10_000})
	if !errors.Is(err, ErrTooManyPixels) {
		t.Errorf("200×100 JPEG with MaxPixels 10 000: err = %v, want ErrTooManyPixels", err)
	}
}

// countingReader counts what is read from an endless stream of bytes.
type countingReader struct{ n int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 0xFF
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestProcessRefusesTooManyBytes(t *testing.T) {
	t.Parallel()
	endless := &countingReader{}
	_, err := Process(endless, Limits{MaxBytes: 4096})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if endless.n > 4096+512 {
		t.Errorf("read %d bytes for a limit of 4096", endless.n)
	}

	jpg := encodeJPEGBytes(t, photo(300, 200))
	if _, err := Process(bytes.NewReader(jpg), Limits{MaxBytes: int64(len(jpg)) - 1}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("one byte over: err = %v, want ErrTooLarge", err)
	}
	if _, err := Process(bytes.NewReader(jpg), Limits{MaxBytes: int64(len(jpg))}); err != nil {
		t.Errorf("exactly at the limit: %v", err)
	}
}

func TestProcessVariantWidths(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		w, h       int
		wantWidths []int
		wantLast   int // height of the widest
	}{
		{"large", 1400, 700, []int{320, 640, 1280}, 640},
		{"exactly 1280", 1280, 720, []int{320, 640, 1280}, 720},
		{"between steps keeps its own width", 1000, 500, []int{320, 640, 1000}, 500},
		{"exactly 640", 640, 640, []int{320, 640}, 640},
		{"just above 320", 321, 100, []int{320, 321}, 100},
		{"exactly 320", 320, 200, []int{320}, 200},
		{"smaller than 320 is not upscaled", 200, 100, []int{200}, 100},
		{"one pixel", 1, 1, []int{1}, 1},
		{"tall and narrow", 100, 3000, []int{100}, 3000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := Process(bytes.NewReader(encodePNGBytes(t, photo(tt.w, tt.h))), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			var widths []int
			for i, v := range p.Variants {
				widths = append(widths, v.Width)
				decodeVariant(t, v)
				wantH := max(1, (tt.h*v.Width+tt.w/2)/tt.w)
				if v.Height != wantH {
					t.Errorf("variant %d: %d×%d, want height %d (aspect kept)", i, v.Width, v.Height, wantH)
				}
			}
			if !equalInts(widths, tt.wantWidths) {
				t.Errorf("widths %v, want %v", widths, tt.wantWidths)
			}
			if p.Largest().Height != tt.wantLast {
				t.Errorf("widest variant %d high, want %d", p.Largest().Height, tt.wantLast)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestProcessTransparencyBecomesPNG(t *testing.T) {
	t.Parallel()
	m := photo(900, 600)
	// The left half is a cut-out; the photo stays in the right half.
	for y := 0; y < 600; y++ {
		for x := 0; x < 450; x++ {
			m.SetNRGBA(x, y, color.NRGBA{255, 0, 0, 0})
		}
	}
	p, err := Process(bytes.NewReader(encodePNGBytes(t, m)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range p.Variants {
		if v.ContentType != "image/png" {
			t.Fatalf("variant %d px is %s, want image/png", v.Width, v.ContentType)
		}
		out := decodeVariant(t, v)
		if _, _, _, a := out.At(v.Width/8, v.Height/2).RGBA(); a != 0 {
			t.Errorf("variant %d px: cut-out has alpha %#x, want 0", v.Width, a)
		}
		if _, _, _, a := out.At(v.Width*7/8, v.Height/2).RGBA(); a != 0xffff {
			t.Errorf("variant %d px: photo has alpha %#x, want opaque", v.Width, a)
		}
	}
}

// exifSegment returns a JPEG APP1 segment with an EXIF block holding an
// orientation, a camera make and a GPS position, in the given byte order.
func exifSegment(order binary.ByteOrder, orientation uint16) []byte {
	var t bytes.Buffer
	if order == binary.BigEndian {
		t.WriteString("MM")
	} else {
		t.WriteString("II")
	}
	put16 := func(v uint16) { _ = binary.Write(&t, order, v) }
	put32 := func(v uint32) { _ = binary.Write(&t, order, v) }
	put16(42)
	put32(8) // IFD0 right after the header
	const ifd0Entries, gpsEntries = 3, 2
	ifd0End := uint32(8 + 2 + 12*ifd0Entries + 4)
	makeOff := ifd0End
	maker := "PodiumTestPhone\x00"
	gpsOff := makeOff + uint32(len(maker))
	gpsEnd := gpsOff + 2 + 12*gpsEntries + 4
	latOff := gpsEnd

	put16(ifd0Entries)
	put16(0x010F) // Make
	put16(2)      // ASCII
	put32(uint32(len(maker)))
	put32(makeOff)
	put16(0x0112) // Orientation
	put16(3)      // SHORT
	put32(1)
	put16(orientation)
	put16(0)
	put16(0x8825) // GPS IFD pointer
	put16(4)      // LONG
	put32(1)
	put32(gpsOff)
	put32(0) // no next IFD
	t.WriteString(maker)

	put16(gpsEntries)
	put16(0x0001) // GPSLatitudeRef
	put16(2)
	put32(2)
	t.WriteString("N\x00\x00\x00")
	put16(0x0002) // GPSLatitude: 52° 5' 26.52"
	put16(5)      // RATIONAL
	put32(3)
	put32(latOff)
	put32(0)
	for _, r := range [][2]uint32{{52, 1}, {5, 1}, {2652, 100}} {
		put32(r[0])
		put32(r[1])
	}

	payload := append([]byte("Exif\x00\x00"), t.Bytes()...)
	return segment(0xE1, payload)
}

func segment(marker byte, payload []byte) []byte {
	seg := []byte{0xFF, marker, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(payload)+2))
	return append(seg, payload...)
}

// withSegments inserts segments right after a JPEG's start-of-image marker.
func withSegments(jpg []byte, segs ...[]byte) []byte {
	out := append([]byte{}, jpg[:2]...)
	for _, s := range segs {
		out = append(out, s...)
	}
	return append(out, jpg[2:]...)
}

// pngWithText inserts a tEXt chunk after a PNG's IHDR chunk.
func pngWithText(p []byte, keyword, text string) []byte {
	data := []byte(keyword + "\x00" + text)
	var c bytes.Buffer
	_ = binary.Write(&c, binary.BigEndian, uint32(len(data)))
	crc := crc32.NewIEEE()
	crc.Write([]byte("tEXt"))
	crc.Write(data)
	c.WriteString("tEXt")
	c.Write(data)
	_ = binary.Write(&c, binary.BigEndian, crc.Sum32())
	const ihdrEnd = 8 + 4 + 4 + 13 + 4
	return append(append(append([]byte{}, p[:ihdrEnd]...), c.Bytes()...), p[ihdrEnd:]...)
}

func TestProcessStripsMetadata(t *testing.T) {
	t.Parallel()
	jpg := withSegments(encodeJPEGBytes(t, photo(700, 500)),
		exifSegment(binary.LittleEndian, 1),
		segment(0xE1, []byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><exif:GPSLatitude>52,5.442N</exif:GPSLatitude></x:xmpmeta>")),
		segment(0xE2, []byte("ICC_PROFILE\x00\x01\x01PodiumTestProfile")),
		segment(0xFE, []byte("secret comment: Lange Voorhout 9")),
	)
	if jpegOrientation(jpg) != 1 || !bytes.Contains(jpg, []byte("Exif")) {
		t.Fatal("test JPEG lacks its EXIF block")
	}
	if _, err := jpeg.Decode(bytes.NewReader(jpg)); err != nil {
		t.Fatalf("test JPEG does not decode: %v", err)
	}
	pngWithMeta := pngWithText(encodePNGBytes(t, photo(700, 500)), "Comment", "secret comment: Lange Voorhout 9")
	if _, err := png.Decode(bytes.NewReader(pngWithMeta)); err != nil {
		t.Fatalf("test PNG does not decode: %v", err)
	}
	forbidden := []string{"Exif", "PodiumTestPhone", "http://ns.adobe.com", "GPSLatitude", "ICC_PROFILE", "PodiumTestProfile", "Lange Voorhout", "tEXt"}
	for name, data := range map[string][]byte{"jpeg": jpg, "png": pngWithMeta} {
		p, err := Process(bytes.NewReader(data), Limits{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, v := range p.Variants {
			for _, s := range forbidden {
				if bytes.Contains(v.Data, []byte(s)) {
					t.Errorf("%s variant %d px still contains %q", name, v.Width, s)
				}
			}
		}
	}
}

func TestProcessAppliesEXIFOrientation(t *testing.T) {
	t.Parallel()
	red, green := color.NRGBA{220, 20, 20, 255}, color.NRGBA{20, 200, 20, 255}
	blue, white := color.NRGBA{20, 20, 220, 255}, color.NRGBA{250, 250, 250, 255}
	// Stored 80 × 40: red top left, green top right, blue bottom left,
	// white bottom right.
	stored := image.NewNRGBA(image.Rect(0, 0, 80, 40))
	for y := 0; y < 40; y++ {
		for x := 0; x < 80; x++ {
			c := map[[2]bool]color.NRGBA{{false, false}: red, {true, false}: green, {false, true}: blue, {true, true}: white}[[2]bool{x >= 40, y >= 20}]
			stored.SetNRGBA(x, y, c)
		}
	}
	plain := encodeJPEGBytes(t, stored)
	// Displayed corners: top left, top right, bottom left, bottom right.
	tests := []struct {
		orientation uint16
		order       binary.ByteOrder
		corners     [4]color.NRGBA
	}{
		{1, binary.LittleEndian, [4]color.NRGBA{red, green, blue, white}},
		{2, binary.BigEndian, [4]color.NRGBA{green, red, white, blue}},
		{3, binary.LittleEndian, [4]color.NRGBA{white, blue, green, red}},
		{4, binary.BigEndian, [4]color.NRGBA{blue, white, red, green}},
		{5, binary.LittleEndian, [4]color.NRGBA{red, blue, green, white}},
		{6, binary.BigEndian, [4]color.NRGBA{blue, red, white, green}},
		{7, binary.LittleEndian, [4]color.NRGBA{white, green, blue, red}},
		{8, binary.BigEndian, [4]color.NRGBA{green, white, red, blue}},
	}
	for _, tt := range tests {
		t.Run(string(rune('0'+tt.orientation)), func(t *testing.T) {
			t.Parallel()
			data := withSegments(plain, exifSegment(tt.order, tt.orientation))
			if got := jpegOrientation(data); got != int(tt.orientation) {
				t.Fatalf("jpegOrientation = %d, want %d", got, tt.orientation)
			}
			p, err := Process(bytes.NewReader(data), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			wantW, wantH := 80, 40
			if tt.orientation >= 5 {
				wantW, wantH = 40, 80
			}
			if p.Width != wantW || p.Height != wantH {
				t.Fatalf("original %d×%d, want %d×%d", p.Width, p.Height, wantW, wantH)
			}
			v := p.Largest()
			out := decodeVariant(t, v)
			if v.Width != wantW || v.Height != wantH {
				t.Fatalf("variant %d×%d, want %d×%d", v.Width, v.Height, wantW, wantH)
			}
			points := [4]image.Point{{wantW / 4, wantH / 4}, {wantW * 3 / 4, wantH / 4}, {wantW / 4, wantH * 3 / 4}, {wantW * 3 / 4, wantH * 3 / 4}}
			for i, pt := range points {
				if got := color.NRGBAModel.Convert(out.At(pt.X, pt.Y)).(color.NRGBA); !near(got, tt.corners[i]) {
					t.Errorf("corner %d at %v is %v, want %v", i, pt, got, tt.corners[i])
				}
			}
		})
	}
}

func near(a, b color.NRGBA) bool {
	d := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
	return d(a.R, b.R) < 40 && d(a.G, b.G) < 40 && d(a.B, b.B) < 40
}

func TestJPEGOrientationIgnoresBrokenEXIF(t *testing.T) {
	t.Parallel()
	good := exifSegment(binary.LittleEndian, 6)
	soi := []byte{0xFF, 0xD8}
	tests := map[string][]byte{
		"no exif":           encodeJPEGBytes(t, photo(8, 8)),
		"not a jpeg":        []byte("hello"),
		"truncated segment": append(append([]byte{}, soi...), good[:20]...),
		"length past end":   append(append([]byte{}, soi...), 0xFF, 0xE1, 0xFF, 0xFF, 'E', 'x'),
		"bad byte order":    append(append([]byte{}, soi...), segment(0xE1, []byte("Exif\x00\x00XX\x00\x2a\x00\x00\x00\x08"))...),
		"ifd offset beyond": append(append([]byte{}, soi...), segment(0xE1, []byte("Exif\x00\x00II\x2a\x00\xff\xff\xff\x7f"))...),
		"entry count lies":  append(append([]byte{}, soi...), segment(0xE1, []byte("Exif\x00\x00II\x2a\x00\x08\x00\x00\x00\xff\xff"))...),
		"orientation 9":     withSegments(encodeJPEGBytes(t, photo(8, 8)), exifSegment(binary.BigEndian, 9)),
	}
	for name, data := range tests {
		if got := jpegOrientation(data); got != 1 {
			t.Errorf("%s: orientation %d, want 1", name, got)
		}
	}
}

func FuzzJPEGOrientation(f *testing.F) {
	f.Add(append([]byte{0xFF, 0xD8}, exifSegment(binary.LittleEndian, 6)...))
	f.Add(append([]byte{0xFF, 0xD8}, exifSegment(binary.BigEndian, 8)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		if o := jpegOrientation(data); o < 1 || o > 8 {
			t.Fatalf("orientation %d", o)
		}
	})
}

func TestProcessReportsReadErrors(t *testing.T) {
	t.Parallel()
	boom := errors.New("connection reset")
	_, err := Process(io.MultiReader(strings.NewReader("\xFF\xD8"), errReader{boom}), Limits{})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the reader's error", err)
	}
	var rej *RejectError
	if errors.As(err, &rej) {
		t.Errorf("a read error is not the file's fault, got %v", rej)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
