package vacancyadmin

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/vacancies"
)

// These reads serve the vacancy pages where vacancies.Store has no method
// of the shape needed; each is one small query on the pool.

// Text is what the inclusive-language check reads of a vacancy.
type Text struct {
	Lang            i18n.Lang
	Title           string
	BodyMarkdown    string
	AdjustmentsNote string
}

// Texts returns the texts of the vacancies ids, by id; unknown ids are
// left out.
func (s *Service) Texts(ctx context.Context, ids []int64) (map[int64]Text, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT id, lang, title, body_markdown, adjustments_note FROM vacancies WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("vacancyadmin.Texts: %w", err)
	}
	out := map[int64]Text{}
	var id int64
	var t Text
	_, err = pgx.ForEachRow(rows, []any{&id, &t.Lang, &t.Title, &t.BodyMarkdown, &t.AdjustmentsNote}, func() error {
		out[id] = t
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("vacancyadmin.Texts: %w", err)
	}
	return out, nil
}

// summaryColumns are selected from a vacancy v in the order scanSummary
// expects.
const summaryColumns = `v.id, v.lang, v.slug, v.title, v.organisation_unit, v.city, v.province,
	coalesce(v.salary_scale_min, 0), coalesce(v.salary_scale_max, 0), coalesce(v.salary_min, 0),
	coalesce(v.salary_max, 0), v.hours_min, v.hours_max, v.education_level, v.employment_type,
	v.closing_date, v.labels, v.status, v.published_at`

func scanSummary(row pgx.CollectableRow) (vacancies.Summary, error) {
	var v vacancies.Summary
	err := row.Scan(&v.ID, &v.Lang, &v.Slug, &v.Title, &v.OrganisationUnit, &v.City, &v.Province,
		&v.Scale.Min, &v.Scale.Max, &v.Salary.Min, &v.Salary.Max, &v.Hours.Min, &v.Hours.Max,
		&v.EducationLevel, &v.EmploymentType, &v.ClosingDate, &v.Labels, &v.Status, &v.PublishedAt)
	return v, err
}

func (s *Service) summaries(ctx context.Context, method, sql string, args ...any) ([]vacancies.Summary, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("vacancyadmin.%s: %w", method, err)
	}
	list, err := pgx.CollectRows(rows, scanSummary)
	if err != nil {
		return nil, fmt.Errorf("vacancyadmin.%s: %w", method, err)
	}
	return list, nil
}

// NewestOpen returns up to limit open vacancies in l, the most recently
// published first, for the home page. Unlike a search it counts nothing.
func (s *Service) NewestOpen(ctx context.Context, l i18n.Lang, limit int) ([]vacancies.Summary, error) {
	return s.summaries(ctx, "NewestOpen", `SELECT `+summaryColumns+`
		FROM open_vacancies v WHERE v.lang = $1
		ORDER BY v.published_at DESC, v.id DESC LIMIT $2`, l, limit)
}

// ClosingWithin returns up to limit open vacancies in either language whose
// closing date is within days days from today (Europe/Amsterdam), soonest
// first, and how many there are in all.
func (s *Service) ClosingWithin(ctx context.Context, days, limit int) ([]vacancies.Summary, int, error) {
	last := vacancies.Today().AddDate(0, 0, days)
	list, err := s.summaries(ctx, "ClosingWithin", `SELECT `+summaryColumns+`
		FROM open_vacancies v WHERE v.closing_date <= $1
		ORDER BY v.closing_date, v.id LIMIT $2`, last, limit)
	if err != nil {
		return nil, 0, err
	}
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM open_vacancies WHERE closing_date <= $1`, last).Scan(&n); err != nil {
		return nil, 0, fmt.Errorf("vacancyadmin.ClosingWithin: %w", err)
	}
	return list, n, nil
}

// Colleagues returns up to limit public stories (the public_stories view:
// published, with valid consent) in l that are linked to vacancy id, in
// the order their editors linked them, for "meet your future colleagues".
// The portraits come without their renditions.
func (s *Service) Colleagues(ctx context.Context, id int64, l i18n.Lang, limit int) ([]stories.Summary, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT s.id, s.lang, s.slug, s.person_name, s.role, s.department, s.quote, s.portrait_alt,
			s.published_at, i.id, i.sha256, i.content_type, i.width, i.height
		FROM story_vacancies sv
		JOIN public_stories s ON s.id = sv.story_id
		LEFT JOIN images i ON i.id = s.portrait_id
		WHERE sv.vacancy_id = $1 AND s.lang = $2
		ORDER BY sv.position, s.published_at DESC, s.id
		LIMIT $3`, id, l, limit)
	if err != nil {
		return nil, fmt.Errorf("vacancyadmin.Colleagues: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (stories.Summary, error) {
		var st stories.Summary
		var imgID *int64
		var sha, ct *string
		var w, h *int
		var published time.Time
		if err := r.Scan(&st.ID, &st.Lang, &st.Slug, &st.PersonName, &st.Role, &st.Department, &st.Quote,
			&st.PortraitAlt, &published, &imgID, &sha, &ct, &w, &h); err != nil {
			return st, err
		}
		st.PublishedAt = published
		if imgID != nil {
			st.Portrait = &images.Image{ID: *imgID, SHA256: *sha, ContentType: *ct, Width: *w, Height: *h}
		}
		return st, nil
	})
	if err != nil {
		return nil, fmt.Errorf("vacancyadmin.Colleagues: %w", err)
	}
	return list, nil
}
