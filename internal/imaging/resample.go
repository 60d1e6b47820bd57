package imaging

import (
	"image"
	"image/draw"
	"math"
)

// resample scales src to dw × dh with the Catmull-Rom kernel, the filter
// of golang.org/x/image/draw.CatmullRom, but streaming: x/image/draw keeps
// the whole horizontally scaled image as float64s (dw × source height × 32
// bytes, half a gigabyte for a tall 40-megapixel photo), whereas this keeps
// only the few rows the vertical kernel spans. Each source row is
// converted to RGBA once by image/draw (which has fast paths for the
// decoders' YCbCr, NRGBA, Gray and CMYK), scaled across, and blended down.
// Colours are filtered premultiplied by alpha, so transparent pixels do
// not bleed their colour into the edges of what is visible.
func resample(src image.Image, dw, dh int) *image.RGBA {
	sb := src.Bounds()
	sw, sh := sb.Dx(), sb.Dy()
	across := catmullRomWeights(dw, sw)
	down := catmullRomWeights(dh, sh)

	span := 0
	for _, c := range down {
		span = max(span, len(c.weights))
	}
	rows := make([][]float32, span) // horizontally scaled rows, by source row % span
	for i := range rows {
		rows[i] = make([]float32, 4*dw)
	}
	loaded := make([]int, span)
	for i := range loaded {
		loaded[i] = -1
	}
	line := image.NewRGBA(image.Rect(0, 0, sw, 1))
	scaleRow := func(sy int, out []float32) {
		draw.Draw(line, line.Rect, src, image.Pt(sb.Min.X, sb.Min.Y+sy), draw.Src)
		for dx, c := range across {
			var r, g, b, a float32
			p := line.Pix[4*c.first:]
			for k, w := range c.weights {
				r += w * float32(p[4*k])
				g += w * float32(p[4*k+1])
				b += w * float32(p[4*k+2])
				a += w * float32(p[4*k+3])
			}
			out[4*dx], out[4*dx+1], out[4*dx+2], out[4*dx+3] = r, g, b, a
		}
	}

	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	acc := make([]float32, 4*dw)
	for dy, c := range down {
		clear(acc)
		// The windows only move down, so a row evicted from its slot is
		// never needed again.
		for k, w := range c.weights {
			sy := c.first + k
			slot := sy % span
			if loaded[slot] != sy {
				scaleRow(sy, rows[slot])
				loaded[slot] = sy
			}
			for i, v := range rows[slot] {
				acc[i] += w * v
			}
		}
		pix := dst.Pix[dy*dst.Stride:]
		for dx := 0; dx < dw; dx++ {
			a := clamp8(acc[4*dx+3])
			// Catmull-Rom overshoots; premultiplied colour may not
			// exceed its alpha.
			pix[4*dx] = min(clamp8(acc[4*dx]), a)
			pix[4*dx+1] = min(clamp8(acc[4*dx+1]), a)
			pix[4*dx+2] = min(clamp8(acc[4*dx+2]), a)
			pix[4*dx+3] = a
		}
	}
	return dst
}

func clamp8(v float32) uint8 {
	switch {
	case v <= 0:
		return 0
	case v >= 255:
		return 255
	}
	return uint8(v + 0.5)
}

// contribution says which source pixels make one destination pixel:
// weights[k] applies to source pixel first+k. The weights sum to 1.
type contribution struct {
	first   int
	weights []float32
}

// catmullRomWeights distributes n source pixels over m destination pixels
// along one axis. When shrinking, the kernel is widened by the scale so
// that every source pixel contributes (no aliasing).
func catmullRomWeights(m, n int) []contribution {
	scale := float64(n) / float64(m)
	stretch := max(scale, 1)
	support := 2 * stretch
	out := make([]contribution, m)
	for i := range out {
		center := (float64(i) + 0.5) * scale
		lo := max(0, int(math.Floor(center-support)))
		hi := min(n, int(math.Ceil(center+support)))
		ws := make([]float64, 0, hi-lo)
		sum := 0.0
		for j := lo; j < hi; j++ {
			w := catmullRom(math.Abs(float64(j)+0.5-center) / stretch)
			ws = append(ws, w)
			sum += w
		}
		c := contribution{first: lo, weights: make([]float32, len(ws))}
		for k, w := range ws {
			c.weights[k] = float32(w / sum)
		}
		out[i] = c
	}
	return out
}

// catmullRom is the cubic BC-spline with B=0, C=0.5, for t ≥ 0.
func catmullRom(t float64) float64 {
	switch {
	case t < 1:
		return (1.5*t-2.5)*t*t + 1
	case t < 2:
		return ((-0.5*t+2.5)*t-4)*t + 2
	}
	return 0
}
