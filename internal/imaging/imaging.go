// Package imaging turns an uploaded picture into the files Podium serves:
// it recognises JPEG, PNG and WebP by their content, refuses oversized
// files and decompression bombs before decoding them, turns phone photos
// upright, drops all metadata (EXIF, GPS, XMP, ICC, comments) by decoding
// and re-encoding, and renders downscaled variants for srcset.
//
// It is pure Go: no cgo, no external programs.
package imaging

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"

	"golang.org/x/image/webp"
)

// Limits bound what Process accepts. A zero field takes the value of
// DefaultLimits, so the zero Limits is safe.
type Limits struct {
	// MaxBytes is the largest file accepted.
	MaxBytes int64
	// MaxPixels is the largest width × height accepted.
	MaxPixels int64
	// MaxSide is the largest width or height accepted.
	MaxSide int
}

// DefaultLimits returns the limits for portraits and logos: 15 MiB,
// 40 megapixels, 12 000 pixels on a side. A recent phone photo passes.
func DefaultLimits() Limits {
	return Limits{MaxBytes: 15 << 20, MaxPixels: 40_000_000, MaxSide: 12_000}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxBytes <= 0 {
		l.MaxBytes = d.MaxBytes
	}
	if l.MaxPixels <= 0 {
		l.MaxPixels = d.MaxPixels
	}
	if l.MaxSide <= 0 {
		l.MaxSide = d.MaxSide
	}
	return l
}

// RejectError says why an upload was refused, in words an editor can act
// on. Process returns it (possibly wrapped) for every problem with the
// file itself; use errors.As to get it and errors.Is to tell which.
type RejectError struct {
	// Key is the message-catalogue key of the explanation.
	Key string
	// Message is the English explanation, safe to show.
	Message string
}

func (e *RejectError) Error() string { return e.Message }

// The reasons Process refuses a file.
var (
	ErrUnsupportedFormat = &RejectError{Key: "image.error.format", Message: "Upload a JPEG, PNG or WebP image."}
	ErrTooLarge          = &RejectError{Key: "image.error.bytes", Message: "This file is too large. Upload a smaller image."}
	ErrTooManyPixels     = &RejectError{Key: "image.error.pixels", Message: "This image has too many pixels. Upload a smaller image."}
	ErrDamaged           = &RejectError{Key: "image.error.damaged", Message: "This image could not be read. It may be damaged; try saving it again."}
)

// Variant is one rendition of an upload, ready to store and serve.
type Variant struct {
	Width       int
	Height      int
	ContentType string // "image/jpeg" or "image/png"
	Data        []byte
}

// Processed is the result of Process.
type Processed struct {
	// Format is the detected input format: "jpeg", "png" or "webp".
	Format string
	// Width and Height are the original's dimensions as displayed, that
	// is after its EXIF orientation was applied.
	Width, Height int
	// Variants are the renditions, narrowest first; there is always at
	// least one, and the last is the widest.
	Variants []Variant
}

// Largest returns the widest variant.
func (p Processed) Largest() Variant { return p.Variants[len(p.Variants)-1] }

// format is an accepted input format with the decoders for it. Process
// calls them directly rather than through image.Decode, so that a format
// some other package registers (GIF, BMP, …) can never slip through.
type format struct {
	name         string
	decodeConfig func(io.Reader) (image.Config, error)
	decode       func(io.Reader) (image.Image, error)
}

// sniff decides the format from the first bytes, never from a file name
// or a declared content type.
func sniff(data []byte) (format, bool) {
	switch http.DetectContentType(data) {
	case "image/jpeg":
		return format{"jpeg", jpeg.DecodeConfig, jpeg.Decode}, true
	case "image/png":
		return format{"png", png.DecodeConfig, png.Decode}, true
	case "image/webp":
		return format{"webp", webp.DecodeConfig, webp.Decode}, true
	}
	return format{}, false
}

// Process reads an upload from r and returns its variants.
//
// The checks run cheapest first: at most limits.MaxBytes+1 bytes are read
// (ErrTooLarge), the format is recognised by content (ErrUnsupportedFormat),
// and the dimensions in the header are checked against limits.MaxPixels
// and limits.MaxSide (ErrTooManyPixels) before any pixel is decoded, so a
// small file that claims to be 50 000 × 50 000 is refused without
// allocating its pixels. A file that fails to decode gives ErrDamaged. All
// those are *RejectError; any other error comes from r.
//
// Variants are 320, 640 and 1280 pixels wide, never wider than the
// original: widths above it are skipped and the original's own width is
// added when it is below 1280, so an image 200 px wide gets one variant of
// 200 px and one 1000 px wide gets 320, 640 and 1000. Opaque images become
// JPEG, images with any transparency PNG. No metadata survives.
func Process(r io.Reader, limits Limits) (Processed, error) {
	limits = limits.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, limits.MaxBytes+1))
	if err != nil {
		return Processed{}, fmt.Errorf("imaging.Process: read: %w", err)
	}
	if int64(len(data)) > limits.MaxBytes {
		return Processed{}, fmt.Errorf("imaging.Process: more than %d bytes: %w", limits.MaxBytes, ErrTooLarge)
	}
	f, ok := sniff(data)
	if !ok {
		return Processed{}, fmt.Errorf("imaging.Process: content sniffed as %q: %w", http.DetectContentType(data), ErrUnsupportedFormat)
	}
	cfg, err := f.decodeConfig(bytes.NewReader(data))
	if err != nil {
		return Processed{}, fmt.Errorf("imaging.Process: %s header: %v: %w", f.name, err, ErrDamaged)
	}
	if err := limits.checkDimensions(cfg.Width, cfg.Height); err != nil {
		return Processed{}, fmt.Errorf("imaging.Process: %s %d×%d: %w", f.name, cfg.Width, cfg.Height, err)
	}
	src, err := f.decode(bytes.NewReader(data))
	if err != nil {
		return Processed{}, fmt.Errorf("imaging.Process: decode %s: %v: %w", f.name, err, ErrDamaged)
	}
	// The decoders allocate from the header just checked, but be sure the
	// pixels match it before working on them.
	if b := src.Bounds(); b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		return Processed{}, fmt.Errorf("imaging.Process: %s decoded as %v, header said %d×%d: %w",
			f.name, b, cfg.Width, cfg.Height, ErrDamaged)
	}
	orientation := 1
	if f.name == "jpeg" {
		orientation = jpegOrientation(data)
	}
	variants, err := renderVariants(src, orientation)
	if err != nil {
		return Processed{}, fmt.Errorf("imaging.Process: %w", err)
	}
	w, h := cfg.Width, cfg.Height
	if swapsSides(orientation) {
		w, h = h, w
	}
	return Processed{Format: f.name, Width: w, Height: h, Variants: variants}, nil
}

func (l Limits) checkDimensions(w, h int) error {
	if w <= 0 || h <= 0 {
		return ErrDamaged
	}
	if w > l.MaxSide || h > l.MaxSide || int64(w)*int64(h) > l.MaxPixels {
		return ErrTooManyPixels
	}
	return nil
}
