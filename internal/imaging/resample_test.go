package imaging

import (
	"image"
	"image/color"
	"testing"

	xdraw "golang.org/x/image/draw"
)

// resample must give what golang.org/x/image/draw.CatmullRom gives, only
// with less memory.
func TestResampleMatchesXImageCatmullRom(t *testing.T) {
	t.Parallel()
	src := image.NewNRGBA(image.Rect(0, 0, 613, 401))
	for y := 0; y < 401; y++ {
		for x := 0; x < 613; x++ {
			// Smooth areas and hard edges both.
			c := color.NRGBA{uint8(x * 255 / 613), uint8((x * y) % 256), 40, 255}
			if (x/37+y/29)%2 == 0 {
				c.B = 230
			}
			src.SetNRGBA(x, y, c)
		}
	}
	for _, size := range []image.Point{{320, 209}, {100, 401}, {613, 50}, {7, 5}, {613, 401}} {
		got := resample(src, size.X, size.Y)
		want := image.NewRGBA(image.Rect(0, 0, size.X, size.Y))
		xdraw.CatmullRom.Scale(want, want.Rect, src, src.Bounds(), xdraw.Src, nil)
		var sum, worst int
		for i := range got.Pix {
			d := max(int(got.Pix[i])-int(want.Pix[i]), int(want.Pix[i])-int(got.Pix[i]))
			sum += d
			worst = max(worst, d)
		}
		if mean := float64(sum) / float64(len(got.Pix)); mean > 0.5 || worst > 4 {
			t.Errorf("%v: differs from x/image by %.2f on average, %d at worst", size, mean, worst)
		}
	}
}

func TestResampleKeepsTransparentColourOut(t *testing.T) {
	t.Parallel()
	// Fully transparent red next to opaque blue: the red must not bleed in.
	src := image.NewNRGBA(image.Rect(0, 0, 40, 10))
	for y := 0; y < 10; y++ {
		for x := 0; x < 40; x++ {
			if x < 20 {
				src.SetNRGBA(x, y, color.NRGBA{255, 0, 0, 0})
			} else {
				src.SetNRGBA(x, y, color.NRGBA{0, 0, 255, 255})
			}
		}
	}
	out := resample(src, 10, 3)
	for x := 0; x < 10; x++ {
		c := color.NRGBAModel.Convert(out.At(x, 1)).(color.NRGBA)
		if c.A > 0 && c.R > 10 {
			t.Errorf("x=%d: %v has red bled in from transparent pixels", x, c)
		}
	}
	for i := 0; i < len(out.Pix); i += 4 {
		if a := out.Pix[i+3]; out.Pix[i] > a || out.Pix[i+1] > a || out.Pix[i+2] > a {
			t.Fatalf("pixel %d: %v is not valid premultiplied colour", i/4, out.Pix[i:i+4])
		}
	}
}
