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

// IfEmpty loads the demo content when the database holds no content yet
// (no stories, vacancies, partners or events), all in one transaction,
// and reports whether it did: story themes and stories, vacancies linked
// from some stories, partner organisations and the agenda. now anchors
// the publication dates, consent periods, closing dates and event dates;
// pass the current time, since the stores check closing dates against
// the real day.
func IfEmpty(ctx context.Context, pool *pgxpool.Pool, now time.Time, logger *slog.Logger) (bool, error) {
	empty, err := isEmpty(ctx, pool)
	if err != nil {
		return false, fmt.Errorf("seed.IfEmpty: %w", err)
	}
	if !empty {
		return false, nil
	}
	err = database.InTx(ctx, pool, func(tx pgx.Tx) error { return load(ctx, tx, now) })
	if err != nil {
		return false, fmt.Errorf("seed.IfEmpty: %w", err)
	}
	logger.Info("demo content loaded", "stories", len(demo.Stories()), "themes", len(demo.Themes()),
		"vacancies", len(demo.Vacancies()), "partners", len(demo.Partners()), "events", len(demo.Events()))
	return true, nil
}

// isEmpty reports whether the database holds none of the content the demo
// adds. Every kind counts, not only stories: a database with vacancies or
// partners of its own is in use, and the demo's slugs could clash with
// them. No store offers this question, hence the SQL here.
func isEmpty(ctx context.Context, db database.Querier) (bool, error) {
	var used bool
	err := db.QueryRow(ctx, `
		SELECT EXISTS (SELECT 1 FROM stories) OR EXISTS (SELECT 1 FROM vacancies)
			OR EXISTS (SELECT 1 FROM partners) OR EXISTS (SELECT 1 FROM events)`).Scan(&used)
	return !used, err
}

func load(ctx context.Context, tx pgx.Tx, now time.Time) error {
	storyIDs, err := loadStories(ctx, tx, now)
	if err != nil {
		return err
	}
	vacancyIDs, err := loadVacancies(ctx, tx, now)
	if err != nil {
		return err
	}
	if err := linkStoriesToVacancies(ctx, tx, storyIDs, vacancyIDs); err != nil {
		return err
	}
	partnerIDs, err := loadPartners(ctx, tx)
	if err != nil {
		return err
	}
	return loadEvents(ctx, tx, now, partnerIDs)
}

// loadStories loads the themes and the stories, and returns the stories'
// ids by langKey.
func loadStories(ctx context.Context, tx pgx.Tx, now time.Time) (map[string]int64, error) {
	st := stories.NewStore(tx)
	img := images.NewStore(tx)
	for i, t := range demo.Themes() {
		if err := st.UpsertTheme(ctx, stories.Theme{Slug: t.Slug, NameNL: t.NameNL, NameEN: t.NameEN}, i); err != nil {
			return nil, err
		}
	}
	ids := map[string]int64{}
	for _, s := range demo.Stories() {
		portrait, err := img.Put(ctx, "image/svg+xml", portraitSize, portraitSize, demo.PortraitFor(s))
		if err != nil {
			return nil, err
		}
		published := now.Add(-time.Duration(s.PublishedDaysAgo) * 24 * time.Hour).Truncate(time.Minute)
		consentGiven := published.AddDate(0, 0, -14)
		consentExpires := consentGiven.AddDate(2, 0, 0)
		if !consentExpires.After(now) {
			consentExpires = now.AddDate(1, 0, 0)
		}
		id, err := st.Create(ctx, stories.NewStory{
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
			return nil, err
		}
		ids[langKey(s.Lang, s.Key)] = id
	}
	return ids, nil
}

// langKey names a demo story or vacancy in one language: "nl/kofi-mensah".
func langKey(lang, key string) string { return lang + "/" + key }

// translationKey turns a demo key into the UUID its translations share,
// the same on every load.
func translationKey(key string) string {
	sum := sha256.Sum256([]byte("podium-demo:" + key))
	b := sum[:16]
	b[6] = b[6]&0x0f | 0x40 // version 4 layout
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
