package imaging

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"

	"image/draw"
)

// variantWidths are the widths, in displayed pixels, that srcset offers.
// Together they cover a phone (320 CSS px at 1× to 640 at 2×) up to a
// wide column on a high-density screen.
var variantWidths = [...]int{320, 640, 1280}

// jpegQuality keeps photos sharp at roughly a tenth of their raw size.
const jpegQuality = 82

// targetWidths returns the variant widths for an image displayed w pixels
// wide, narrowest first: never wider than w, and w itself when it is
// below the widest step.
func targetWidths(w int) []int {
	widest := min(w, variantWidths[len(variantWidths)-1])
	var out []int
	for _, tw := range variantWidths {
		if tw < widest {
			out = append(out, tw)
		}
	}
	return append(out, widest)
}

// renderVariants scales src (as stored, before orientation) to every
// target width and encodes each upright. Each variant is scaled from the
// next wider one rather than from src: halving with Catmull-Rom keeps the
// quality, and only the widest pass pays for the original's size.
func renderVariants(src image.Image, orientation int) ([]Variant, error) {
	sw, sh := src.Bounds().Dx(), src.Bounds().Dy()
	dispW, dispH := sw, sh
	if swapsSides(orientation) {
		dispW, dispH = sh, sw
	}
	widths := targetWidths(dispW)
	encode, contentType := encodeJPEG, "image/jpeg"
	if !isOpaque(src) {
		encode, contentType = encodePNG, "image/png"
	}
	variants := make([]Variant, len(widths))
	prev := src
	for i := len(widths) - 1; i >= 0; i-- {
		tw := widths[i]
		th := max(1, (dispH*tw+dispW/2)/dispW)
		// The scaled image keeps the stored orientation until encoding.
		w, h := tw, th
		if swapsSides(orientation) {
			w, h = th, tw
		}
		var scaled *image.RGBA
		if pb := prev.Bounds(); w == pb.Dx() && h == pb.Dy() {
			scaled = image.NewRGBA(image.Rect(0, 0, w, h))
			draw.Draw(scaled, scaled.Rect, prev, pb.Min, draw.Src)
		} else {
			scaled = resample(prev, w, h)
		}
		upright := orient(scaled, orientation)
		data, err := encode(upright)
		if err != nil {
			return nil, fmt.Errorf("encode %d px variant: %w", tw, err)
		}
		variants[i] = Variant{Width: tw, Height: th, ContentType: contentType, Data: data}
		prev = scaled
	}
	return variants, nil
}

// isOpaque reports whether every pixel of m is fully opaque. The image
// types the decoders return all answer this themselves.
func isOpaque(m image.Image) bool {
	if o, ok := m.(interface{ Opaque() bool }); ok {
		return o.Opaque()
	}
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if _, _, _, a := m.At(x, y).RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}

func encodeJPEG(m image.Image) ([]byte, error) {
	var buf bytes.Buffer
	err := jpeg.Encode(&buf, m, &jpeg.Options{Quality: jpegQuality})
	return buf.Bytes(), err
}

func encodePNG(m image.Image) ([]byte, error) {
	var buf bytes.Buffer
	err := png.Encode(&buf, m)
	return buf.Bytes(), err
}
