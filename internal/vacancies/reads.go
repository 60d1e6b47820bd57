package vacancies

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/stories"
)

// Text is what the inclusive-language check reads of a vacancy.
type Text struct {
	Lang            i18n.Lang
	Title           string
	BodyMarkdown    string
	AdjustmentsNote string
}

// Texts returns the texts of the vacancies ids in any status, by id, for
// the back office's list to score; unknown ids are left out.
func (st *Store) Texts(ctx context.Context, ids []int64) (map[int64]Text, error) {
	rows, err := st.db.Query(ctx, `
		SELECT id, lang, title, body_markdown, adjustments_note FROM vacancies WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("vacancies.Texts: %w", err)
	}
	out := make(map[int64]Text, len(ids))
	var id int64
	var t Text
	_, err = pgx.ForEachRow(rows, []any{&id, &t.Lang, &t.Title, &t.BodyMarkdown, &t.AdjustmentsNote}, func() error {
		out[id] = t
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("vacancies.Texts: %w", err)
	}
	return out, nil
}

// NewestOpen returns up to limit open vacancies in l, the most recently
// published first, for the home page. Unlike Search it counts nothing.
func (st *Store) NewestOpen(ctx context.Context, l i18n.Lang, limit int) ([]Summary, error) {
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+`
		FROM open_vacancies v WHERE v.lang = $1
		ORDER BY v.published_at DESC, v.id DESC LIMIT $2`, l, limit)
	if err != nil {
		return nil, fmt.Errorf("vacancies.NewestOpen: %w", err)
	}
	list, err := collectSummaries(rows)
	if err != nil {
		return nil, fmt.Errorf("vacancies.NewestOpen: %w", err)
	}
	return list, nil
}

// ClosingWithin returns up to limit open vacancies in either language whose
// closing date is within days days from today (Europe/Amsterdam), soonest
// first, and how many there are in all, for the back office's dashboard.
func (st *Store) ClosingWithin(ctx context.Context, days, limit int) ([]Summary, int, error) {
	last := Today().AddDate(0, 0, days)
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+`
		FROM open_vacancies v WHERE v.closing_date <= $1
		ORDER BY v.closing_date, v.id LIMIT $2`, last, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("vacancies.ClosingWithin: %w", err)
	}
	list, err := collectSummaries(rows)
	if err != nil {
		return nil, 0, fmt.Errorf("vacancies.ClosingWithin: %w", err)
	}
	var n int
	if err := st.db.QueryRow(ctx, `SELECT count(*) FROM open_vacancies WHERE closing_date <= $1`, last).Scan(&n); err != nil {
		return nil, 0, fmt.Errorf("vacancies.ClosingWithin: %w", err)
	}
	return list, n, nil
}

// Colleagues returns up to limit public stories (the public_stories view:
// published, with valid consent) in l that are linked to vacancy id, in
// the order their editors linked them, for "meet your future colleagues".
// The portraits come without their renditions. It lives here rather than
// in package stories because it is the vacancy page's read of the link
// table.
func (st *Store) Colleagues(ctx context.Context, id int64, l i18n.Lang, limit int) ([]stories.Summary, error) {
	rows, err := st.db.Query(ctx, `
		SELECT s.id, s.lang, s.slug, s.person_name, s.role, s.department, s.quote, s.portrait_alt,
			s.published_at, i.id, i.sha256, i.content_type, i.width, i.height
		FROM story_vacancies sv
		JOIN public_stories s ON s.id = sv.story_id
		LEFT JOIN images i ON i.id = s.portrait_id
		WHERE sv.vacancy_id = $1 AND s.lang = $2
		ORDER BY sv.position, s.published_at DESC, s.id
		LIMIT $3`, id, l, limit)
	if err != nil {
		return nil, fmt.Errorf("vacancies.Colleagues: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (stories.Summary, error) {
		var s stories.Summary
		var imgID *int64
		var sha, ct *string
		var w, h *int
		var published time.Time
		if err := r.Scan(&s.ID, &s.Lang, &s.Slug, &s.PersonName, &s.Role, &s.Department, &s.Quote,
			&s.PortraitAlt, &published, &imgID, &sha, &ct, &w, &h); err != nil {
			return s, err
		}
		s.PublishedAt = published
		if imgID != nil {
			s.Portrait = &images.Image{ID: *imgID, SHA256: *sha, ContentType: *ct, Width: *w, Height: *h}
		}
		return s, nil
	})
	if err != nil {
		return nil, fmt.Errorf("vacancies.Colleagues: %w", err)
	}
	return list, nil
}
