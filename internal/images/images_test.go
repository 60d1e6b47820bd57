package images

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/imaging"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// upload encodes a w × h picture of the given shade as format ("jpeg" or
// "png"; a PNG with transparent set has a transparent band) and runs it
// through imaging.Process.
func upload(t *testing.T, format string, w, h int, shade uint8, transparent bool) imaging.Processed {
	t.Helper()
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.NRGBA{uint8(255 * x / w), shade, uint8(255 * y / h), 255}
			if transparent && y < h/4 {
				c.A = 0
			}
			m.SetNRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	var err error
	if format == "jpeg" {
		err = jpeg.Encode(&buf, m, nil)
	} else {
		err = png.Encode(&buf, m)
	}
	if err != nil {
		t.Fatal(err)
	}
	return process(t, buf.Bytes())
}

func process(t *testing.T, data []byte) imaging.Processed {
	t.Helper()
	p, err := imaging.Process(bytes.NewReader(data), imaging.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func ptr[T any](v T) *T { return &v }

func countVariants(t *testing.T, pool *pgxpool.Pool, imageID int64) int {
	t.Helper()
	var n int
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM image_variants WHERE image_id = $1`, imageID).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPutUploadStoresEveryRendition(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	p := upload(t, "jpeg", 1400, 700, 100, false)

	img, err := st.PutUpload(ctx, p, UploadMeta{
		OriginalName: `C:\Users\fatima\Pictures\IMG_2041.JPG`,
		AltNL:        " Fatima bij het raam ",
		AltEN:        "Fatima by the window",
		UploadedBy:   ptr(int64(7)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if img.Width != 1280 || img.Height != 640 || img.ContentType != "image/jpeg" || !strings.HasSuffix(img.URL(), ".jpg") {
		t.Errorf("image is %s %d×%d at %s, want the 1280×640 JPEG", img.ContentType, img.Width, img.Height, img.URL())
	}
	if img.OriginalWidth != 1400 || img.OriginalHeight != 700 || !img.Uploaded() {
		t.Errorf("original %d×%d, want 1400×700", img.OriginalWidth, img.OriginalHeight)
	}
	if img.OriginalName != "IMG_2041.JPG" || img.AltNL != "Fatima bij het raam" || img.Alt("en") != "Fatima by the window" ||
		img.UploadedBy == nil || *img.UploadedBy != 7 || img.CreatedAt.IsZero() {
		t.Errorf("metadata not stored as given: %+v", img)
	}
	var widths []int
	for _, v := range img.Variants {
		widths = append(widths, v.Width)
		if v.ImageID != img.ID {
			t.Errorf("variant %d px belongs to image %d, want %d", v.Width, v.ImageID, img.ID)
		}
	}
	if len(widths) != 3 || widths[0] != 320 || widths[1] != 640 || widths[2] != 1280 {
		t.Fatalf("variant widths %v, want [320 640 1280]", widths)
	}
	if last := img.Variants[2]; last.SHA256 != img.SHA256 {
		t.Errorf("widest variant %s is not the image itself %s", last.SHA256, img.SHA256)
	}
	if n := countVariants(t, pool, img.ID); n != 2 {
		t.Errorf("%d rows in image_variants, want the 2 narrower renditions (the widest is the images row)", n)
	}

	// Every rendition is served by its hash, with the bytes processed.
	for i, v := range img.Variants {
		got, data, err := st.BySHA256(ctx, v.SHA256)
		if err != nil {
			t.Fatalf("BySHA256(variant %d px): %v", v.Width, err)
		}
		if !bytes.Equal(data, p.Variants[i].Data) || got.ContentType != "image/jpeg" || got.Width != v.Width || got.ID != img.ID {
			t.Errorf("BySHA256(variant %d px) = %+v with %d bytes, want the %d px rendition of image %d",
				v.Width, got, len(data), v.Width, img.ID)
		}
		if got.Ext() != ".jpg" {
			t.Errorf("variant %d px has extension %s", v.Width, got.Ext())
		}
	}
	if _, _, err := st.BySHA256(ctx, strings.Repeat("0", 64)); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("BySHA256(unknown) err = %v, want ErrNotFound", err)
	}

	wantSrcset := img.Variants[0].URL() + " 320w, " + img.Variants[1].URL() + " 640w, " + img.URL() + " 1280w"
	if got := img.Srcset(); got != wantSrcset {
		t.Errorf("Srcset() = %q, want %q", got, wantSrcset)
	}
	if th := img.Thumbnail(); th.Width != 320 {
		t.Errorf("thumbnail %d px wide, want 320", th.Width)
	}

	// ByID and Variants agree with what PutUpload returned.
	again, err := st.ByID(ctx, img.ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.Srcset() != wantSrcset || again.AltEN != img.AltEN {
		t.Errorf("ByID = %+v, want what PutUpload returned", again)
	}
}

func TestPutUploadTwiceKeepsOneImage(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	p := upload(t, "jpeg", 700, 400, 30, false)

	first, err := st.PutUpload(ctx, p, UploadMeta{OriginalName: "a.jpg", AltNL: "Eerste"})
	if err != nil {
		t.Fatal(err)
	}
	second, err := st.PutUpload(ctx, p, UploadMeta{OriginalName: "b.jpg", AltNL: "Tweede", AltEN: "Second", UploadedBy: ptr(int64(3))})
	if err != nil {
		t.Fatal(err)
	}
	if second.ID != first.ID {
		t.Fatalf("second upload made image %d, want the existing %d", second.ID, first.ID)
	}
	if second.OriginalName != "a.jpg" || second.AltNL != "Eerste" || second.AltEN != "Second" || second.UploadedBy == nil {
		t.Errorf("after re-upload: %+v; want name and Dutch alt kept, empty English alt and uploader filled", second)
	}
	if n := countVariants(t, pool, first.ID); n != len(p.Variants)-1 {
		t.Errorf("%d variant rows after uploading twice, want %d", n, len(p.Variants)-1)
	}
}

func TestPutUploadSmallTransparentImage(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	// Smaller than the narrowest width: one rendition, not upscaled.
	img, err := st.PutUpload(ctx, upload(t, "png", 200, 120, 50, true), UploadMeta{AltNL: "Logo", AltEN: "Logo"})
	if err != nil {
		t.Fatal(err)
	}
	if img.Width != 200 || img.ContentType != "image/png" || len(img.Variants) != 1 {
		t.Fatalf("got %s %d px with %d variants, want one 200 px PNG", img.ContentType, img.Width, len(img.Variants))
	}
	if got, want := img.Srcset(), img.URL()+" 200w"; got != want {
		t.Errorf("Srcset() = %q, want %q", got, want)
	}
	if n := countVariants(t, pool, img.ID); n != 0 {
		t.Errorf("%d rows in image_variants, want 0", n)
	}
}

func TestSVGHasNoVariants(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	svg, err := st.Put(ctx, "image/svg+xml", 640, 640, []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 640"/>`))
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.ByID(ctx, svg.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Variants) != 0 || got.Srcset() != "" || got.Uploaded() {
		t.Errorf("SVG has variants %v, srcset %q", got.Variants, got.Srcset())
	}
	if th := got.Thumbnail(); th.URL() != svg.URL() {
		t.Errorf("SVG thumbnail %s, want the SVG itself %s", th.URL(), svg.URL())
	}
	if _, data, err := st.BySHA256(ctx, svg.SHA256); err != nil || !bytes.Contains(data, []byte("<svg")) {
		t.Errorf("BySHA256(svg) = %q, %v", data, err)
	}
	if _, err := st.ByID(ctx, svg.ID+1000); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("ByID(missing) err = %v, want ErrNotFound", err)
	}
}

func TestListPagesUploadsNewestFirst(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	if _, err := st.Put(ctx, "image/svg+xml", 10, 10, []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i := range 3 {
		img, err := st.PutUpload(ctx, upload(t, "jpeg", 700, 350, uint8(60*i), false), UploadMeta{AltNL: "Beeld", AltEN: "Picture"})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, img.ID)
	}

	page1, err := st.List(ctx, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(page1) != 2 || page1[0].ID != ids[2] || page1[1].ID != ids[1] {
		t.Fatalf("first page %v, want images %d and %d", idsOf(page1), ids[2], ids[1])
	}
	for _, img := range page1 {
		if th := img.Thumbnail(); th.Width != 320 || th.ImageID != img.ID {
			t.Errorf("image %d: thumbnail %+v, want its 320 px variant", img.ID, th)
		}
		if img.Srcset() == "" {
			t.Errorf("image %d listed without variants", img.ID)
		}
	}
	page2, err := st.List(ctx, 2, page1[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(page2) != 1 || page2[0].ID != ids[0] {
		t.Fatalf("second page %v, want image %d only (the SVG is no upload)", idsOf(page2), ids[0])
	}
	if none, err := st.List(ctx, 0, 0); err != nil || len(none) != 0 {
		t.Errorf("List(limit 0) = %v, %v", idsOf(none), err)
	}
}

func idsOf(imgs []Image) []int64 {
	var ids []int64
	for _, img := range imgs {
		ids = append(ids, img.ID)
	}
	return ids
}

func TestSetAlt(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	img, err := st.PutUpload(ctx, upload(t, "jpeg", 400, 300, 0, false), UploadMeta{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetAlt(ctx, img.ID, "Een zaal vol mensen", " A hall full of people "); err != nil {
		t.Fatal(err)
	}
	got, err := st.ByID(ctx, img.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Alt("nl") != "Een zaal vol mensen" || got.Alt("en") != "A hall full of people" {
		t.Errorf("alt texts %q / %q", got.AltNL, got.AltEN)
	}
	if err := st.SetAlt(ctx, img.ID+1000, "x", "y"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("SetAlt(missing) err = %v, want ErrNotFound", err)
	}
}

// Two uploads can share an identical rendition: here the second upload is
// the first one's 640 px file, fully transparent so that decoding and
// re-encoding it gives the very same bytes. Each image keeps its own row,
// and deleting one leaves the other whole.
func TestIdenticalRenditionsOfTwoImages(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewNRGBA(image.Rect(0, 0, 1280, 640))); err != nil {
		t.Fatal(err)
	}
	big, err := st.PutUpload(ctx, process(t, buf.Bytes()), UploadMeta{})
	if err != nil {
		t.Fatal(err)
	}
	_, medium, err := st.BySHA256(ctx, big.Variants[1].SHA256)
	if err != nil {
		t.Fatal(err)
	}
	small, err := st.PutUpload(ctx, process(t, medium), UploadMeta{})
	if err != nil {
		t.Fatal(err)
	}
	if small.ID == big.ID || small.SHA256 != big.Variants[1].SHA256 || small.Variants[0].SHA256 != big.Variants[0].SHA256 {
		t.Fatalf("test premise: renditions differ: %+v vs %+v", small.Variants, big.Variants)
	}
	if _, err := pool.Exec(ctx, `DELETE FROM images WHERE id = $1`, small.ID); err != nil {
		t.Fatal(err)
	}
	for _, v := range big.Variants {
		if _, _, err := st.BySHA256(ctx, v.SHA256); err != nil {
			t.Errorf("after deleting the other image, variant %d px: %v", v.Width, err)
		}
	}
	if _, err := pool.Exec(ctx, `DELETE FROM images WHERE id = $1`, big.ID); err != nil {
		t.Fatal(err)
	}
	if n := countVariants(t, pool, big.ID); n != 0 {
		t.Errorf("%d variants left after deleting their image", n)
	}
	if _, _, err := st.BySHA256(ctx, big.Variants[0].SHA256); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("variant of a deleted image still served: %v", err)
	}
}

func TestSrcsetAndSizes(t *testing.T) {
	t.Parallel()
	sha := func(c string) string { return strings.Repeat(c, 64) }
	tests := []struct {
		name string
		img  Image
		want string
	}{
		{"svg", Image{SHA256: sha("a"), ContentType: "image/svg+xml", Width: 640, Height: 640}, ""},
		{"variants not loaded", Image{SHA256: sha("b"), ContentType: "image/jpeg", Width: 1280, Height: 640}, ""},
		{"png variants", Image{Variants: []Variant{
			{SHA256: sha("c"), ContentType: "image/png", Width: 320},
			{SHA256: sha("d"), ContentType: "image/png", Width: 500},
		}}, "/media/" + sha("c") + ".png 320w, /media/" + sha("d") + ".png 500w"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.img.Srcset(); got != tt.want {
				t.Errorf("Srcset() = %q, want %q", got, tt.want)
			}
		})
	}
	if got, want := Sizes(480), "(max-width: 480px) 100vw, 480px"; got != want {
		t.Errorf("Sizes(480) = %q, want %q", got, want)
	}
}

func TestCleanName(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"portret.jpg":                      "portret.jpg",
		`C:\Users\me\Pictures\portret.jpg`: "portret.jpg",
		"../../etc/passwd":                 "passwd",
		"  naam\x00met\nstuurtekens.png  ": "naammetstuurtekens.png",
		"ongeldig\xff.png":                 "ongeldig.png",
		strings.Repeat("é", 300) + ".jpeg": strings.Repeat("é", 200),
	}
	for in, want := range tests {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}
