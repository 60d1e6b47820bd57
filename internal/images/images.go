// Package images stores pictures in PostgreSQL, so that every replica
// serves the same files, and names each by the SHA-256 of its bytes so its
// URL can be cached forever.
//
// An uploaded image (PutUpload) is stored as renditions of several widths
// made by package imaging: the images row holds the widest (at most
// 1280 px), which is the image's src, width and height; the table
// image_variants holds the narrower ones. The original file is not kept,
// since it may carry EXIF and GPS metadata and be tens of megabytes.
// Images stored with Put (the SVG demo portraits) have no variants.
package images

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/imaging"
)

// Image describes a stored picture without its bytes. ID, SHA256,
// ContentType, Width and Height describe the rendition its URL serves.
type Image struct {
	ID          int64
	SHA256      string
	ContentType string
	Width       int
	Height      int

	// OriginalName is the uploaded file's name, for the media library
	// only; empty for images that were not uploaded.
	OriginalName string
	// OriginalWidth and OriginalHeight are the upload's size as displayed;
	// zero for images that were not uploaded.
	OriginalWidth, OriginalHeight int
	// AltNL and AltEN are the default alt texts; a use of the image (a
	// story's portrait) may have its own.
	AltNL, AltEN string
	// UploadedBy is the user who uploaded the image, nil when unknown.
	UploadedBy *int64
	CreatedAt  time.Time

	// Variants are the renditions for srcset, narrowest first, the image
	// itself last. Empty for an image without variants (SVG) and for an
	// Image whose variants were not loaded (see VariantsByImage).
	Variants []Variant
}

// Variant is one rendition of an image, without its bytes.
type Variant struct {
	ImageID     int64
	SHA256      string
	ContentType string
	Width       int
	Height      int
}

func extFor(contentType string) string {
	switch contentType {
	case "image/svg+xml":
		return ".svg"
	case "image/png":
		return ".png"
	case "image/webp":
		return ".webp"
	}
	return ".jpg"
}

// Ext is the file extension of the image's URL.
func (i Image) Ext() string { return extFor(i.ContentType) }

// URL is the image's fingerprinted, immutable URL.
func (i Image) URL() string { return "/media/" + i.SHA256 + i.Ext() }

// Ext is the file extension of the variant's URL.
func (v Variant) Ext() string { return extFor(v.ContentType) }

// URL is the variant's fingerprinted, immutable URL.
func (v Variant) URL() string { return "/media/" + v.SHA256 + v.Ext() }

// Uploaded reports whether the image came through PutUpload and so
// belongs to the media library.
func (i Image) Uploaded() bool { return i.OriginalWidth > 0 }

// Alt returns the default alt text in lang ("nl" or "en"), Dutch for any
// other code.
func (i Image) Alt(lang string) string {
	if lang == "en" {
		return i.AltEN
	}
	return i.AltNL
}

// Thumbnail returns the narrowest rendition, for lists and pickers; the
// image itself when it has no variants (or they were not loaded).
func (i Image) Thumbnail() Variant {
	if len(i.Variants) > 0 {
		return i.Variants[0]
	}
	return Variant{ImageID: i.ID, SHA256: i.SHA256, ContentType: i.ContentType, Width: i.Width, Height: i.Height}
}

// Srcset returns the value of an img element's srcset attribute, such as
// "/media/….jpg 320w, /media/….jpg 640w", or "" when the image has no
// variants loaded, in which case src alone is right (an SVG scales by
// itself). Write it with Sizes, and src, width and height from the Image:
//
//	<img src={ img.URL() } srcset={ img.Srcset() } sizes={ images.Sizes(480) }
//	     width={ img.Width } height={ img.Height } alt={ … }>
func (i Image) Srcset() string {
	var b strings.Builder
	for n, v := range i.Variants {
		if n > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.URL())
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(v.Width))
		b.WriteByte('w')
	}
	return b.String()
}

// Sizes returns the value of an img element's sizes attribute for an
// image shown at most maxWidth CSS pixels wide, and as wide as the
// viewport on screens narrower than that.
func Sizes(maxWidth int) string {
	w := strconv.Itoa(maxWidth)
	return "(max-width: " + w + "px) 100vw, " + w + "px"
}

// Store reads and writes images.
type Store struct{ db database.Querier }

// NewStore returns a Store on db (a pool or a transaction).
func NewStore(db database.Querier) *Store { return &Store{db: db} }

// Put stores data unless an image with the same bytes exists, and returns
// the stored image either way. It does not check data; uploads go
// through imaging.Process and PutUpload.
func (s *Store) Put(ctx context.Context, contentType string, width, height int, data []byte) (Image, error) {
	sum := sha256.Sum256(data)
	img := Image{SHA256: hex.EncodeToString(sum[:]), ContentType: contentType, Width: width, Height: height}
	err := s.db.QueryRow(ctx, `
		INSERT INTO images (sha256, content_type, width, height, data)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (sha256) DO UPDATE SET sha256 = EXCLUDED.sha256
		RETURNING id, content_type, width, height`,
		img.SHA256, contentType, width, height, data,
	).Scan(&img.ID, &img.ContentType, &img.Width, &img.Height)
	if err != nil {
		return Image{}, fmt.Errorf("images.Put: %w", err)
	}
	return img, nil
}

// UploadMeta is what PutUpload stores beside the pixels.
type UploadMeta struct {
	// OriginalName is the file name the editor's device gave; it is shown
	// in the media library and decides nothing.
	OriginalName string
	AltNL, AltEN string
	UploadedBy   *int64
}

// PutUpload stores the renditions of a processed upload and returns the
// image with its variants. Processing is deterministic, so uploading the
// same file again finds the stored image and returns it: its name,
// uploader and non-empty alt texts are kept, and empty ones filled from
// meta.
func (s *Store) PutUpload(ctx context.Context, p imaging.Processed, meta UploadMeta) (Image, error) {
	if len(p.Variants) == 0 {
		return Image{}, errors.New("images.PutUpload: no variants")
	}
	main := p.Largest()
	mainSum := sha256.Sum256(main.Data)
	narrower := p.Variants[:len(p.Variants)-1]
	var (
		widths, heights = make([]int32, len(narrower)), make([]int32, len(narrower))
		types, sums     = make([]string, len(narrower)), make([]string, len(narrower))
		datas           = make([][]byte, len(narrower))
	)
	for i, v := range narrower {
		sum := sha256.Sum256(v.Data)
		widths[i], heights[i] = int32(v.Width), int32(v.Height)
		types[i], sums[i], datas[i] = v.ContentType, hex.EncodeToString(sum[:]), v.Data
	}
	var id int64
	err := s.db.QueryRow(ctx, `
		WITH img AS (
			INSERT INTO images (sha256, content_type, width, height, data,
			                    original_name, original_width, original_height, alt_nl, alt_en, uploaded_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
			ON CONFLICT (sha256) DO UPDATE SET
				original_name   = CASE WHEN images.original_name = '' THEN EXCLUDED.original_name ELSE images.original_name END,
				original_width  = COALESCE(images.original_width, EXCLUDED.original_width),
				original_height = COALESCE(images.original_height, EXCLUDED.original_height),
				alt_nl          = CASE WHEN images.alt_nl = '' THEN EXCLUDED.alt_nl ELSE images.alt_nl END,
				alt_en          = CASE WHEN images.alt_en = '' THEN EXCLUDED.alt_en ELSE images.alt_en END,
				uploaded_by     = COALESCE(images.uploaded_by, EXCLUDED.uploaded_by)
			RETURNING id
		), variants AS (
			INSERT INTO image_variants (image_id, width, height, content_type, sha256, data)
			SELECT img.id, v.width, v.height, v.content_type, v.sha256, v.data
			FROM img, unnest($12::integer[], $13::integer[], $14::text[], $15::text[], $16::bytea[])
			     AS v (width, height, content_type, sha256, data)
			ON CONFLICT (image_id, width) DO NOTHING
		)
		SELECT id FROM img`,
		hex.EncodeToString(mainSum[:]), main.ContentType, main.Width, main.Height, main.Data,
		cleanName(meta.OriginalName), p.Width, p.Height,
		strings.TrimSpace(meta.AltNL), strings.TrimSpace(meta.AltEN), meta.UploadedBy,
		widths, heights, types, sums, datas,
	).Scan(&id)
	if err != nil {
		return Image{}, fmt.Errorf("images.PutUpload: %w", err)
	}
	img, err := s.ByID(ctx, id)
	if err != nil {
		return Image{}, fmt.Errorf("images.PutUpload: %w", err)
	}
	return img, nil
}

// cleanName keeps the last path element of an uploaded file's name,
// without control characters, at most 200 characters long.
func cleanName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '\uFFFD' {
			return -1
		}
		return r
	}, strings.ToValidUTF8(name, ""))
	if r := []rune(strings.TrimSpace(name)); len(r) > 200 {
		return string(r[:200])
	}
	return strings.TrimSpace(name)
}

// BySHA256 returns the rendition with that hash and its bytes: an image
// itself or one of its variants, for the media handler. For a variant,
// the Image carries the variant's hash, type and size and its image's ID.
// ErrNotFound when nothing has that hash.
func (s *Store) BySHA256(ctx context.Context, sha string) (Image, []byte, error) {
	var img Image
	var data []byte
	err := s.db.QueryRow(ctx, `
		SELECT id, sha256, content_type, width, height, data FROM images WHERE sha256 = $1
		UNION ALL
		(SELECT image_id, sha256, content_type, width, height, data FROM image_variants WHERE sha256 = $1 LIMIT 1)
		LIMIT 1`, sha,
	).Scan(&img.ID, &img.SHA256, &img.ContentType, &img.Width, &img.Height, &data)
	if errors.Is(err, pgx.ErrNoRows) {
		return Image{}, nil, database.ErrNotFound
	}
	if err != nil {
		return Image{}, nil, fmt.Errorf("images.BySHA256: %w", err)
	}
	return img, data, nil
}

const imageColumns = `id, sha256, content_type, width, height,
	original_name, COALESCE(original_width, 0), COALESCE(original_height, 0),
	alt_nl, alt_en, uploaded_by, created_at`

func scanImage(row pgx.Row) (Image, error) {
	var i Image
	err := row.Scan(&i.ID, &i.SHA256, &i.ContentType, &i.Width, &i.Height,
		&i.OriginalName, &i.OriginalWidth, &i.OriginalHeight,
		&i.AltNL, &i.AltEN, &i.UploadedBy, &i.CreatedAt)
	return i, err
}

// ByID returns the image with its variants; ErrNotFound when no image has
// that id.
func (s *Store) ByID(ctx context.Context, id int64) (Image, error) {
	img, err := scanImage(s.db.QueryRow(ctx, `SELECT `+imageColumns+` FROM images WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return Image{}, database.ErrNotFound
	}
	if err != nil {
		return Image{}, fmt.Errorf("images.ByID: %w", err)
	}
	if img.Variants, err = s.Variants(ctx, id); err != nil {
		return Image{}, fmt.Errorf("images.ByID: %w", err)
	}
	return img, nil
}

// Variants returns the renditions of an uploaded image, narrowest first
// and the image itself last; none for an image that was not uploaded or
// does not exist.
func (s *Store) Variants(ctx context.Context, imageID int64) ([]Variant, error) {
	m, err := s.VariantsByImage(ctx, imageID)
	if err != nil {
		return nil, fmt.Errorf("images.Variants: %w", err)
	}
	return m[imageID], nil
}

// VariantsByImage returns the renditions of several images in one query,
// keyed by image id, each narrowest first and the image itself last, so a
// list page can fill Image.Variants for srcset. Images without variants
// are absent from the map.
func (s *Store) VariantsByImage(ctx context.Context, imageIDs ...int64) (map[int64][]Variant, error) {
	out := make(map[int64][]Variant)
	if len(imageIDs) == 0 {
		return out, nil
	}
	rows, err := s.db.Query(ctx, `
		SELECT id, sha256, content_type, width, height
		FROM images WHERE id = ANY($1) AND original_width IS NOT NULL
		UNION ALL
		SELECT image_id, sha256, content_type, width, height
		FROM image_variants WHERE image_id = ANY($1)
		ORDER BY 1, 4`, imageIDs)
	if err != nil {
		return nil, fmt.Errorf("images.VariantsByImage: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v Variant
		if err := rows.Scan(&v.ImageID, &v.SHA256, &v.ContentType, &v.Width, &v.Height); err != nil {
			return nil, fmt.Errorf("images.VariantsByImage: %w", err)
		}
		out[v.ImageID] = append(out[v.ImageID], v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("images.VariantsByImage: %w", err)
	}
	return out, nil
}

// List returns up to limit uploaded images for the media library, newest
// first, with their variants, starting below beforeID (0 for the newest).
// Pass the last ID of a page as beforeID to get the next. Images that
// were not uploaded (the SVG demo portraits) are not listed.
func (s *Store) List(ctx context.Context, limit int, beforeID int64) ([]Image, error) {
	if limit <= 0 {
		return nil, nil
	}
	if beforeID <= 0 {
		beforeID = math.MaxInt64
	}
	rows, err := s.db.Query(ctx, `
		SELECT `+imageColumns+`
		FROM images
		WHERE original_width IS NOT NULL AND id < $1
		ORDER BY id DESC
		LIMIT $2`, beforeID, limit)
	if err != nil {
		return nil, fmt.Errorf("images.List: %w", err)
	}
	imgs, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Image, error) { return scanImage(row) })
	if err != nil {
		return nil, fmt.Errorf("images.List: %w", err)
	}
	ids := make([]int64, len(imgs))
	for i, img := range imgs {
		ids[i] = img.ID
	}
	variants, err := s.VariantsByImage(ctx, ids...)
	if err != nil {
		return nil, fmt.Errorf("images.List: %w", err)
	}
	for i := range imgs {
		imgs[i].Variants = variants[imgs[i].ID]
	}
	return imgs, nil
}

// SetAlt replaces an image's default alt texts; ErrNotFound when no image
// has that id.
func (s *Store) SetAlt(ctx context.Context, id int64, altNL, altEN string) error {
	tag, err := s.db.Exec(ctx, `UPDATE images SET alt_nl = $2, alt_en = $3 WHERE id = $1`,
		id, strings.TrimSpace(altNL), strings.TrimSpace(altEN))
	if err != nil {
		return fmt.Errorf("images.SetAlt: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return database.ErrNotFound
	}
	return nil
}
