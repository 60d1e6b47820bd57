package stories

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
)

// Store reads and writes stories.
type Store struct{ db database.Querier }

// NewStore returns a Store on db (a pool or a transaction).
func NewStore(db database.Querier) *Store { return &Store{db: db} }

// summaryColumns are selected from public_stories s left-joined to images i,
// in the order scanSummary expects.
const summaryColumns = `s.id, s.lang, s.slug, s.person_name, s.role, s.department, s.quote,
	s.portrait_alt, s.published_at, i.id, i.sha256, i.content_type, i.width, i.height`

func scanSummary(row pgx.Row, extra ...any) (Summary, error) {
	var s Summary
	var imgID *int64
	var sha, ct *string
	var w, h *int
	dest := append([]any{&s.ID, &s.Lang, &s.Slug, &s.PersonName, &s.Role, &s.Department, &s.Quote,
		&s.PortraitAlt, &s.PublishedAt, &imgID, &sha, &ct, &w, &h}, extra...)
	if err := row.Scan(dest...); err != nil {
		return Summary{}, err
	}
	if imgID != nil {
		s.Portrait = &images.Image{ID: *imgID, SHA256: *sha, ContentType: *ct, Width: *w, Height: *h}
	}
	return s, nil
}

// PublishedPage returns one page of public stories in q.Lang, newest first,
// optionally limited to one theme. Paging is by keyset, so a deep page costs
// as little as the first.
func (st *Store) PublishedPage(ctx context.Context, q ListQuery) (Page, error) {
	if q.Limit <= 0 {
		q.Limit = 12
	}
	args := []any{q.Lang}
	where := []string{"s.lang = $1"}
	if q.Theme != "" {
		args = append(args, q.Theme)
		where = append(where, fmt.Sprintf(`EXISTS (SELECT 1 FROM story_themes st JOIN themes t ON t.id = st.theme_id
			WHERE st.story_id = s.id AND t.slug = $%d)`, len(args)))
	}
	order := "DESC"
	backwards := q.Before != nil
	switch {
	case q.After != nil:
		args = append(args, q.After.PublishedAt, q.After.ID)
		where = append(where, fmt.Sprintf("(s.published_at, s.id) < ($%d, $%d)", len(args)-1, len(args)))
	case backwards:
		args = append(args, q.Before.PublishedAt, q.Before.ID)
		where = append(where, fmt.Sprintf("(s.published_at, s.id) > ($%d, $%d)", len(args)-1, len(args)))
		order = "ASC"
	}
	// One row more than the page tells whether another page follows.
	args = append(args, q.Limit+1)
	sql := `SELECT ` + summaryColumns + `
		FROM public_stories s LEFT JOIN images i ON i.id = s.portrait_id
		WHERE ` + strings.Join(where, " AND ") + `
		ORDER BY s.published_at ` + order + `, s.id ` + order + `
		LIMIT $` + fmt.Sprint(len(args))
	rows, err := st.db.Query(ctx, sql, args...)
	if err != nil {
		return Page{}, fmt.Errorf("stories.PublishedPage: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Summary, error) { return scanSummary(r) })
	if err != nil {
		return Page{}, fmt.Errorf("stories.PublishedPage: %w", err)
	}
	more := len(list) > q.Limit
	if more {
		list = list[:q.Limit]
	}
	if backwards {
		for i, j := 0, len(list)-1; i < j; i, j = i+1, j-1 {
			list[i], list[j] = list[j], list[i]
		}
	}
	var p Page
	p.Stories = list
	if len(list) > 0 {
		first, last := list[0], list[len(list)-1]
		if (backwards && more) || (!backwards && q.After != nil) {
			p.Prev = &Cursor{first.PublishedAt, first.ID}
		}
		if (!backwards && more) || backwards {
			p.Next = &Cursor{last.PublishedAt, last.ID}
		}
	}
	if err := st.attachThemes(ctx, p.Stories); err != nil {
		return Page{}, fmt.Errorf("stories.PublishedPage: %w", err)
	}
	return p, nil
}

// Featured returns up to limit featured public stories in l, newest first.
func (st *Store) Featured(ctx context.Context, l i18n.Lang, limit int) ([]Summary, error) {
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+`
		FROM public_stories s LEFT JOIN images i ON i.id = s.portrait_id
		WHERE s.lang = $1 AND s.featured
		ORDER BY s.published_at DESC, s.id DESC LIMIT $2`, l, limit)
	if err != nil {
		return nil, fmt.Errorf("stories.Featured: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Summary, error) { return scanSummary(r) })
	if err != nil {
		return nil, fmt.Errorf("stories.Featured: %w", err)
	}
	if err := st.attachThemes(ctx, list); err != nil {
		return nil, fmt.Errorf("stories.Featured: %w", err)
	}
	return list, nil
}

// PublishedBySlug returns the public story with slug in l. It returns
// database.ErrNotFound when no public story has that slug, which includes
// drafts and stories whose consent was withdrawn or expired.
func (st *Store) PublishedBySlug(ctx context.Context, l i18n.Lang, slug string) (Story, error) {
	var s Story
	row := st.db.QueryRow(ctx, `SELECT `+summaryColumns+`, s.translation_key::text, s.intro, s.body_markdown, s.featured
		FROM public_stories s LEFT JOIN images i ON i.id = s.portrait_id
		WHERE s.lang = $1 AND s.slug = $2`, l, slug)
	sum, err := scanSummary(row, &s.TranslationKey, &s.Intro, &s.BodyMarkdown, &s.Featured)
	if errors.Is(err, pgx.ErrNoRows) {
		return Story{}, database.ErrNotFound
	}
	if err != nil {
		return Story{}, fmt.Errorf("stories.PublishedBySlug: %w", err)
	}
	s.Summary = sum
	list := []Summary{s.Summary}
	if err := st.attachThemes(ctx, list); err != nil {
		return Story{}, fmt.Errorf("stories.PublishedBySlug: %w", err)
	}
	s.Summary = list[0]
	return s, nil
}

// TranslationSlug returns the slug of the public translation in l of the
// story group translationKey; database.ErrNotFound when there is none.
func (st *Store) TranslationSlug(ctx context.Context, translationKey string, l i18n.Lang) (string, error) {
	var slug string
	err := st.db.QueryRow(ctx, `SELECT slug FROM public_stories WHERE translation_key = $1 AND lang = $2`,
		translationKey, l).Scan(&slug)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", database.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("stories.TranslationSlug: %w", err)
	}
	return slug, nil
}

// Related returns up to limit other public stories in the same language,
// those sharing the most themes with s first, then the newest.
func (st *Store) Related(ctx context.Context, s Story, limit int) ([]Summary, error) {
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+`
		FROM public_stories s
		LEFT JOIN images i ON i.id = s.portrait_id
		LEFT JOIN LATERAL (
			SELECT count(*) AS shared FROM story_themes a
			JOIN story_themes b ON b.theme_id = a.theme_id AND b.story_id = $2
			WHERE a.story_id = s.id
		) r ON true
		WHERE s.lang = $1 AND s.id <> $2
		ORDER BY r.shared DESC, s.published_at DESC, s.id DESC
		LIMIT $3`, s.Lang, s.ID, limit)
	if err != nil {
		return nil, fmt.Errorf("stories.Related: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Summary, error) { return scanSummary(r) })
	if err != nil {
		return nil, fmt.Errorf("stories.Related: %w", err)
	}
	if err := st.attachThemes(ctx, list); err != nil {
		return nil, fmt.Errorf("stories.Related: %w", err)
	}
	return list, nil
}

// OpenVacancy is an open vacancy a story links to, as the story's page
// lists it.
type OpenVacancy struct {
	Slug             string
	Title            string
	OrganisationUnit string
	City             string
	ClosingDate      time.Time
}

// OpenVacancies returns the vacancies story id links to that are open now
// (the open_vacancies view, the vacancies' own rule of what candidates may
// see) and in the story's language l, in the order the editor linked them.
func (st *Store) OpenVacancies(ctx context.Context, id int64, l i18n.Lang) ([]OpenVacancy, error) {
	rows, err := st.db.Query(ctx, `
		SELECT v.slug, v.title, v.organisation_unit, v.city, v.closing_date
		FROM story_vacancies sv JOIN open_vacancies v ON v.id = sv.vacancy_id
		WHERE sv.story_id = $1 AND v.lang = $2
		ORDER BY sv.position, v.id`, id, l)
	if err != nil {
		return nil, fmt.Errorf("stories.OpenVacancies: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (OpenVacancy, error) {
		var v OpenVacancy
		err := r.Scan(&v.Slug, &v.Title, &v.OrganisationUnit, &v.City, &v.ClosingDate)
		return v, err
	})
	if err != nil {
		return nil, fmt.Errorf("stories.OpenVacancies: %w", err)
	}
	return list, nil
}

// ThemeCounts returns every theme with the number of public stories in l
// that carry it, in the themes' display order.
func (st *Store) ThemeCounts(ctx context.Context, l i18n.Lang) ([]ThemeCount, error) {
	rows, err := st.db.Query(ctx, `
		SELECT t.id, t.slug, t.name_nl, t.name_en, count(s.id)
		FROM themes t
		LEFT JOIN story_themes st ON st.theme_id = t.id
		LEFT JOIN public_stories s ON s.id = st.story_id AND s.lang = $1
		GROUP BY t.id
		ORDER BY t.position, t.id`, l)
	if err != nil {
		return nil, fmt.Errorf("stories.ThemeCounts: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (ThemeCount, error) {
		var tc ThemeCount
		err := r.Scan(&tc.ID, &tc.Slug, &tc.NameNL, &tc.NameEN, &tc.Stories)
		return tc, err
	})
	if err != nil {
		return nil, fmt.Errorf("stories.ThemeCounts: %w", err)
	}
	return list, nil
}

// attachThemes fills in the themes of each story in list with one query.
func (st *Store) attachThemes(ctx context.Context, list []Summary) error {
	if len(list) == 0 {
		return nil
	}
	ids := make([]int64, len(list))
	index := make(map[int64]int, len(list))
	for i, s := range list {
		ids[i] = s.ID
		index[s.ID] = i
	}
	rows, err := st.db.Query(ctx, `
		SELECT st.story_id, t.id, t.slug, t.name_nl, t.name_en
		FROM story_themes st JOIN themes t ON t.id = st.theme_id
		WHERE st.story_id = ANY($1)
		ORDER BY t.position, t.id`, ids)
	if err != nil {
		return fmt.Errorf("attachThemes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var storyID int64
		var t Theme
		if err := rows.Scan(&storyID, &t.ID, &t.Slug, &t.NameNL, &t.NameEN); err != nil {
			return fmt.Errorf("attachThemes: %w", err)
		}
		i := index[storyID]
		list[i].Themes = append(list[i].Themes, t)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("attachThemes: %w", err)
	}
	return nil
}

// UpsertTheme creates the theme or updates its names and position.
func (st *Store) UpsertTheme(ctx context.Context, t Theme, position int) error {
	_, err := st.db.Exec(ctx, `
		INSERT INTO themes (slug, name_nl, name_en, position) VALUES ($1, $2, $3, $4)
		ON CONFLICT (slug) DO UPDATE SET name_nl = EXCLUDED.name_nl, name_en = EXCLUDED.name_en,
			position = EXCLUDED.position`, t.Slug, t.NameNL, t.NameEN, position)
	if err != nil {
		return fmt.Errorf("stories.UpsertTheme: %w", err)
	}
	return nil
}

// Create inserts a story with its themes and returns its id. Unknown theme
// slugs are an error, so a typo cannot silently drop a theme.
func (st *Store) Create(ctx context.Context, n NewStory) (int64, error) {
	var id int64
	err := st.db.QueryRow(ctx, `
		INSERT INTO stories (translation_key, lang, slug, person_name, role, department, portrait_id,
			portrait_alt, quote, intro, body_markdown, featured, status, published_at,
			consent_given_on, consent_expires_on)
		VALUES (coalesce(nullif($1, '')::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9,
			$10, $11, $12, $13, $14, $15, $16)
		RETURNING id`,
		n.TranslationKey, n.Lang, n.Slug, n.PersonName, n.Role, n.Department, n.PortraitID,
		n.PortraitAlt, n.Quote, n.Intro, n.BodyMarkdown, n.Featured, n.Status, n.PublishedAt,
		n.ConsentGivenOn, n.ConsentExpires,
	).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("stories.Create %s/%s: %w", n.Lang, n.Slug, err)
	}
	if len(n.ThemeSlugs) > 0 {
		tag, err := st.db.Exec(ctx, `
			INSERT INTO story_themes (story_id, theme_id)
			SELECT $1, id FROM themes WHERE slug = ANY($2)`, id, n.ThemeSlugs)
		if err != nil {
			return 0, fmt.Errorf("stories.Create %s/%s: themes: %w", n.Lang, n.Slug, err)
		}
		if int(tag.RowsAffected()) != len(n.ThemeSlugs) {
			return 0, fmt.Errorf("stories.Create %s/%s: unknown theme among %v", n.Lang, n.Slug, n.ThemeSlugs)
		}
	}
	return id, nil
}

// Count returns the number of stories in any state, for the demo loader.
func (st *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := st.db.QueryRow(ctx, `SELECT count(*) FROM stories`).Scan(&n); err != nil {
		return 0, fmt.Errorf("stories.Count: %w", err)
	}
	return n, nil
}
