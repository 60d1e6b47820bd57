// Package images stores pictures in PostgreSQL, so that every replica
// serves the same files, and names each by the SHA-256 of its bytes so its
// URL can be cached forever.
package images

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
)

// Image describes a stored picture without its bytes.
type Image struct {
	ID          int64
	SHA256      string
	ContentType string
	Width       int
	Height      int
}

// Ext is the file extension of the image's URL.
func (i Image) Ext() string {
	switch i.ContentType {
	case "image/svg+xml":
		return ".svg"
	case "image/png":
		return ".png"
	case "image/webp":
		return ".webp"
	}
	return ".jpg"
}

// URL is the image's fingerprinted, immutable URL.
func (i Image) URL() string { return "/media/" + i.SHA256 + i.Ext() }

// Store reads and writes images.
type Store struct{ db database.Querier }

// NewStore returns a Store on db (a pool or a transaction).
func NewStore(db database.Querier) *Store { return &Store{db: db} }

// Put stores data unless an image with the same bytes exists, and returns
// the stored image either way.
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

// BySHA256 returns the image and its bytes; ErrNotFound when none has that hash.
func (s *Store) BySHA256(ctx context.Context, sha string) (Image, []byte, error) {
	var img Image
	var data []byte
	err := s.db.QueryRow(ctx, `
		SELECT id, sha256, content_type, width, height, data FROM images WHERE sha256 = $1`, sha,
	).Scan(&img.ID, &img.SHA256, &img.ContentType, &img.Width, &img.Height, &data)
	if errors.Is(err, pgx.ErrNoRows) {
		return Image{}, nil, database.ErrNotFound
	}
	if err != nil {
		return Image{}, nil, fmt.Errorf("images.BySHA256: %w", err)
	}
	return img, data, nil
}
