// Package seed loads the demo content of package demo into an empty
// database, so that `make run` shows a portal that reads like a real one.
package seed

import (
	"context"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/demo"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/stories"
)

// portraitSize is the width and height of a generated portrait.
const portraitSize = 640

// IfEmpty loads the demo content when the database holds no stories yet,
// all in one transaction, and reports whether it did. now anchors the
// publication dates and consent periods.
func IfEmpty(ctx context.Context, pool *pgxpool.Pool, now time.Time, logger *slog.Logger) (bool, error) {
	n, err := stories.NewStore(pool).Count(ctx)
	if err != nil {
		return false, fmt.Errorf("seed.IfEmpty: %w", err)
	}
	if n > 0 {
		return false, nil
	}
	err = database.InTx(ctx, pool, func(tx pgx.Tx) error { return load(ctx, tx, now) })
	if err != nil {
		return false, fmt.Errorf("seed.IfEmpty: %w", err)
	}
	logger.Info("demo content loaded", "stories", len(demo.Stories()), "themes", len(demo.Themes()))
	return true, nil
}

func load(ctx context.Context, tx pgx.Tx, now time.Time) error {
	st := stories.NewStore(tx)
	img := images.NewStore(tx)
	for i, t := range demo.Themes() {
		if err := st.UpsertTheme(ctx, stories.Theme{Slug: t.Slug, NameNL: t.NameNL, NameEN: t.NameEN}, i); err != nil {
			return err
		}
	}
	for _, s := range demo.Stories() {
		portrait, err := img.Put(ctx, "image/svg+xml", portraitSize, portraitSize, demo.PortraitFor(s))
		if err != nil {
			return err
		}
		published := now.Add(-time.Duration(s.PublishedDaysAgo) * 24 * time.Hour).Truncate(time.Minute)
		consentGiven := published.AddDate(0, 0, -14)
		consentExpires := consentGiven.AddDate(2, 0, 0)
		if !consentExpires.After(now) {
			consentExpires = now.AddDate(1, 0, 0)
		}
		_, err = st.Create(ctx, stories.NewStory{
			TranslationKey: translationKey(s.Key),
			Lang:           i18n.Lang(s.Lang),
			Slug:           s.Slug,
			PersonName:     s.PersonName,
			Role:           s.Role,
			Department:     s.Department,
			PortraitID:     &portrait.ID,
			PortraitAlt:    s.PortraitAlt,
			Quote:          s.Quote,
			Intro:          s.Intro,
			BodyMarkdown:   s.BodyMarkdown,
			Featured:       s.Featured,
			Status:         "published",
			PublishedAt:    &published,
			ConsentGivenOn: &consentGiven,
			ConsentExpires: &consentExpires,
			ThemeSlugs:     s.Themes,
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// translationKey turns a demo story's key into the UUID its translations
// share, the same on every load.
func translationKey(key string) string {
	sum := sha256.Sum256([]byte("podium-demo:" + key))
	b := sum[:16]
	b[6] = b[6]&0x0f | 0x40 // version 4 layout
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
