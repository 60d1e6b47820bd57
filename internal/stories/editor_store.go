package stories

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
)

// draftColumns are selected from stories s left-joined to images i, in the
// order scanDraft expects.
const draftColumns = `s.id, s.translation_key::text, s.lang, s.slug, s.person_name, s.role, s.department,
	s.portrait_id, s.portrait_alt, s.quote, s.intro, s.body_markdown, s.featured, s.status,
	s.published_at, s.scheduled_at, s.deleted_at, s.consent_given_on, s.consent_expires_on,
	s.consent_withdrawn_on, s.consent_note, s.consent_warned_at, s.created_by, s.updated_by,
	s.submitted_by, s.submitted_at, s.approved_by, s.approved_at, s.created_at, s.updated_at,
	coalesce((SELECT max(number) FROM story_revisions r WHERE r.story_id = s.id), 0),
	i.id, i.sha256, i.content_type, i.width, i.height`

func scanDraft(row pgx.Row) (Draft, error) {
	var d Draft
	var imgID *int64
	var sha, ct *string
	var w, h *int
	err := row.Scan(&d.ID, &d.TranslationKey, &d.Lang, &d.Slug, &d.PersonName, &d.Role, &d.Department,
		&d.PortraitID, &d.PortraitAlt, &d.Quote, &d.Intro, &d.BodyMarkdown, &d.Featured, &d.Status,
		&d.PublishedAt, &d.ScheduledAt, &d.DeletedAt, &d.ConsentGivenOn, &d.ConsentExpiresOn,
		&d.ConsentWithdrawnOn, &d.ConsentNote, &d.ConsentWarnedAt, &d.CreatedBy, &d.UpdatedBy,
		&d.SubmittedBy, &d.SubmittedAt, &d.ApprovedBy, &d.ApprovedAt, &d.CreatedAt, &d.UpdatedAt,
		&d.Revision, &imgID, &sha, &ct, &w, &h)
	if err != nil {
		return Draft{}, err
	}
	if imgID != nil {
		d.Portrait = &images.Image{ID: *imgID, SHA256: *sha, ContentType: *ct, Width: *w, Height: *h}
	}
	return d, nil
}

// ByID returns the story with id in any status, in the trash or not, with
// its themes and linked vacancies; database.ErrNotFound when there is none.
func (st *Store) ByID(ctx context.Context, id int64) (Draft, error) {
	d, err := st.draft(ctx, id, "")
	if err != nil {
		return Draft{}, fmt.Errorf("stories.ByID: %w", err)
	}
	return d, nil
}

// LockByID is ByID that also locks the story's row until the transaction
// ends, so that a workflow step reads and changes it without another step
// slipping in between. Call it on a transaction.
func (st *Store) LockByID(ctx context.Context, id int64) (Draft, error) {
	d, err := st.draft(ctx, id, " FOR UPDATE OF s")
	if err != nil {
		return Draft{}, fmt.Errorf("stories.LockByID: %w", err)
	}
	return d, nil
}

func (st *Store) draft(ctx context.Context, id int64, lock string) (Draft, error) {
	d, err := scanDraft(st.db.QueryRow(ctx, `SELECT `+draftColumns+`
		FROM stories s LEFT JOIN images i ON i.id = s.portrait_id
		WHERE s.id = $1`+lock, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return Draft{}, database.ErrNotFound
	}
	if err != nil {
		return Draft{}, err
	}
	if d.Themes, err = st.themesOf(ctx, id); err != nil {
		return Draft{}, err
	}
	if d.VacancyIDs, err = st.vacanciesOf(ctx, id); err != nil {
		return Draft{}, err
	}
	return d, nil
}

func (st *Store) themesOf(ctx context.Context, id int64) ([]Theme, error) {
	rows, err := st.db.Query(ctx, `
		SELECT t.id, t.slug, t.name_nl, t.name_en
		FROM story_themes st JOIN themes t ON t.id = st.theme_id
		WHERE st.story_id = $1 ORDER BY t.position, t.id`, id)
	if err != nil {
		return nil, fmt.Errorf("themes: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Theme, error) {
		var t Theme
		err := r.Scan(&t.ID, &t.Slug, &t.NameNL, &t.NameEN)
		return t, err
	})
}

func (st *Store) vacanciesOf(ctx context.Context, id int64) ([]int64, error) {
	rows, err := st.db.Query(ctx, `SELECT vacancy_id FROM story_vacancies WHERE story_id = $1 ORDER BY position, vacancy_id`, id)
	if err != nil {
		return nil, fmt.Errorf("vacancies: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if len(ids) == 0 {
		ids = nil
	}
	return ids, err
}

// Themes returns every theme in display order, for the editor's check boxes.
func (st *Store) Themes(ctx context.Context) ([]Theme, error) {
	rows, err := st.db.Query(ctx, `SELECT id, slug, name_nl, name_en FROM themes ORDER BY position, id`)
	if err != nil {
		return nil, fmt.Errorf("stories.Themes: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Theme, error) {
		var t Theme
		err := r.Scan(&t.ID, &t.Slug, &t.NameNL, &t.NameEN)
		return t, err
	})
	if err != nil {
		return nil, fmt.Errorf("stories.Themes: %w", err)
	}
	return list, nil
}

// EditorList returns one page of stories for the back office, most
// recently changed first (or, with ConsentExpiresWithin, soonest expiry
// first). Unlike the public methods it sees every status.
func (st *Store) EditorList(ctx context.Context, q EditorQuery) (EditorPage, error) {
	if q.PerPage <= 0 {
		q.PerPage = 25
	}
	q.PerPage = min(q.PerPage, 200)
	q.Page = max(q.Page, 1)
	var where []string
	var args []any
	add := func(cond string, v ...any) {
		for _, a := range v {
			args = append(args, a)
			cond = strings.Replace(cond, "?", "$"+strconv.Itoa(len(args)), 1)
		}
		where = append(where, cond)
	}
	if q.Trashed {
		add("s.deleted_at IS NOT NULL")
	} else {
		add("s.deleted_at IS NULL")
	}
	if q.Status != "" {
		add("s.status = ?", q.Status)
	}
	if q.Scheduled {
		add("s.scheduled_at IS NOT NULL")
	}
	if q.Lang != "" {
		add("s.lang = ?", q.Lang)
	}
	if q.Theme != "" {
		add(`EXISTS (SELECT 1 FROM story_themes st JOIN themes t ON t.id = st.theme_id
			WHERE st.story_id = s.id AND t.slug = ?)`, q.Theme)
	}
	if q.Search != "" {
		add(`s.person_name ILIKE '%' || ? || '%'`, escapeLike(q.Search))
	}
	order := "s.updated_at DESC, s.id DESC"
	if q.ConsentExpiresWithin > 0 {
		add(`s.status <> 'archived' AND s.consent_withdrawn_on IS NULL
			AND s.consent_expires_on <= (now() AT TIME ZONE 'Europe/Amsterdam')::date + ?::int`, q.ConsentExpiresWithin)
		order = "s.consent_expires_on, s.id"
	}
	cond := strings.Join(where, " AND ")
	var page EditorPage
	page.Page, page.PerPage = q.Page, q.PerPage
	if err := st.db.QueryRow(ctx, `SELECT count(*) FROM stories s WHERE `+cond, args...).Scan(&page.Total); err != nil {
		return EditorPage{}, fmt.Errorf("stories.EditorList: %w", err)
	}
	args = append(args, q.PerPage, (q.Page-1)*q.PerPage)
	rows, err := st.db.Query(ctx, `
		SELECT s.id, s.translation_key::text, s.lang, s.slug, s.person_name, s.role, s.status,
			s.published_at, s.scheduled_at, s.deleted_at, s.consent_expires_on, s.consent_withdrawn_on,
			s.updated_at
		FROM stories s WHERE `+cond+`
		ORDER BY `+order+`
		LIMIT $`+strconv.Itoa(len(args)-1)+` OFFSET $`+strconv.Itoa(len(args)), args...)
	if err != nil {
		return EditorPage{}, fmt.Errorf("stories.EditorList: %w", err)
	}
	page.Stories, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (EditorSummary, error) {
		var s EditorSummary
		err := r.Scan(&s.ID, &s.TranslationKey, &s.Lang, &s.Slug, &s.PersonName, &s.Role, &s.Status,
			&s.PublishedAt, &s.ScheduledAt, &s.DeletedAt, &s.ConsentExpiresOn, &s.ConsentWithdrawnOn,
			&s.UpdatedAt)
		return s, err
	})
	if err != nil {
		return EditorPage{}, fmt.Errorf("stories.EditorList: %w", err)
	}
	if len(page.Stories) > 0 {
		ids := make([]int64, len(page.Stories))
		index := make(map[int64]int, len(ids))
		for i, s := range page.Stories {
			ids[i], index[s.ID] = s.ID, i
		}
		rows, err := st.db.Query(ctx, `
			SELECT st.story_id, t.id, t.slug, t.name_nl, t.name_en
			FROM story_themes st JOIN themes t ON t.id = st.theme_id
			WHERE st.story_id = ANY($1) ORDER BY t.position, t.id`, ids)
		if err != nil {
			return EditorPage{}, fmt.Errorf("stories.EditorList: themes: %w", err)
		}
		var storyID int64
		var t Theme
		_, err = pgx.ForEachRow(rows, []any{&storyID, &t.ID, &t.Slug, &t.NameNL, &t.NameEN}, func() error {
			i := index[storyID]
			page.Stories[i].Themes = append(page.Stories[i].Themes, t)
			return nil
		})
		if err != nil {
			return EditorPage{}, fmt.Errorf("stories.EditorList: themes: %w", err)
		}
	}
	return page, nil
}

// escapeLike makes s match literally inside a LIKE pattern.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// Translations returns every story of the translation group key, in the
// trash or not, Dutch first.
func (st *Store) Translations(ctx context.Context, key string) ([]Translation, error) {
	rows, err := st.db.Query(ctx, `
		SELECT id, lang, slug, person_name, status, deleted_at FROM stories
		WHERE translation_key = $1::uuid ORDER BY lang = 'nl' DESC, lang`, key)
	if err != nil {
		return nil, fmt.Errorf("stories.Translations: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Translation, error) {
		var t Translation
		err := r.Scan(&t.ID, &t.Lang, &t.Slug, &t.PersonName, &t.Status, &t.DeletedAt)
		return t, err
	})
	if err != nil {
		return nil, fmt.Errorf("stories.Translations: %w", err)
	}
	return list, nil
}

// ErrTranslationConflict is returned by SetTranslationKey when the group
// already holds a story in the same language.
var ErrTranslationConflict = errors.New("stories: the translation group already has a story in this language")

// SetTranslationKey moves story id into the translation group key; an
// empty key starts a group of its own. It returns ErrTranslationConflict
// when the group already has a story in the story's language.
func (st *Store) SetTranslationKey(ctx context.Context, id int64, key string) error {
	tag, err := st.db.Exec(ctx, `
		UPDATE stories SET translation_key = coalesce(nullif($2, '')::uuid, gen_random_uuid()), updated_at = now()
		WHERE id = $1`, id, key)
	if isUniqueViolation(err, "stories_translation_key_lang_key") {
		return ErrTranslationConflict
	}
	if err != nil {
		return fmt.Errorf("stories.SetTranslationKey: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return database.ErrNotFound
	}
	return nil
}

func isUniqueViolation(err error, constraint string) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23505" && pgErr.ConstraintName == constraint
}

// SlugRedirect returns the current slug of the public story that had
// oldSlug in l before it was renamed, for a permanent redirect. It returns
// database.ErrNotFound when no story had that slug or the story is not
// public (a draft's new slug is not given away).
func (st *Store) SlugRedirect(ctx context.Context, l i18n.Lang, oldSlug string) (string, error) {
	var slug string
	err := st.db.QueryRow(ctx, `
		SELECT p.slug FROM story_slugs o JOIN public_stories p ON p.id = o.story_id
		WHERE o.lang = $1 AND o.slug = $2`, l, oldSlug).Scan(&slug)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", database.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("stories.SlugRedirect: %w", err)
	}
	return slug, nil
}

// OldSlugs returns the slugs story id had before, newest first.
func (st *Store) OldSlugs(ctx context.Context, id int64) ([]string, error) {
	rows, err := st.db.Query(ctx, `SELECT slug FROM story_slugs WHERE story_id = $1 ORDER BY created_at DESC, slug`, id)
	if err != nil {
		return nil, fmt.Errorf("stories.OldSlugs: %w", err)
	}
	list, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("stories.OldSlugs: %w", err)
	}
	return list, nil
}

// LinkedVacancy is a vacancy a story links to, as the editor lists it.
type LinkedVacancy struct {
	ID     int64
	Lang   i18n.Lang
	Title  string
	Status string // the vacancy's status: draft, published, closed, archived
}

// LinkedVacancies returns the vacancies among ids that exist, in the order
// of ids; an id without a vacancy is left out. It reads the vacancies
// table's own columns only, so the stories package needs nothing of the
// vacancies package.
func (st *Store) LinkedVacancies(ctx context.Context, ids []int64) ([]LinkedVacancy, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := st.db.Query(ctx, `
		SELECT v.id, v.lang, v.title, v.status
		FROM unnest($1::bigint[]) WITH ORDINALITY AS x(id, n) JOIN vacancies v ON v.id = x.id
		ORDER BY x.n`, ids)
	if err != nil {
		return nil, fmt.Errorf("stories.LinkedVacancies: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (LinkedVacancy, error) {
		var v LinkedVacancy
		err := r.Scan(&v.ID, &v.Lang, &v.Title, &v.Status)
		return v, err
	})
	if err != nil {
		return nil, fmt.Errorf("stories.LinkedVacancies: %w", err)
	}
	return list, nil
}

// slugLockKey serialises the choice of slugs within a transaction, so two
// editors saving "Fatima" at once get "fatima" and "fatima-2" instead of a
// constraint error.
const slugLockKey = "podium:story_slug"

// slugTaken reports whether slug in l belongs to a story other than
// self (0 for none), as its current or one of its old slugs.
func (st *Store) slugTaken(ctx context.Context, l i18n.Lang, slug string, self int64) (bool, error) {
	var taken bool
	err := st.db.QueryRow(ctx, `
		SELECT EXISTS (SELECT 1 FROM stories WHERE lang = $1 AND slug = $2 AND id <> $3)
		    OR EXISTS (SELECT 1 FROM story_slugs WHERE lang = $1 AND slug = $2 AND story_id <> $3)`,
		l, slug, self).Scan(&taken)
	return taken, err
}

// uniqueSlug returns base, or base-2, base-3, … : the first that no other
// story than self uses in l, now or as an old slug.
func (st *Store) uniqueSlug(ctx context.Context, l i18n.Lang, base string, self int64) (string, error) {
	if base == "" {
		// A name without Latin letters leaves nothing to build on.
		base = "verhaal"
		if l == i18n.EN {
			base = "story"
		}
	}
	rows, err := st.db.Query(ctx, `
		SELECT slug FROM stories WHERE lang = $1 AND id <> $3 AND (slug = $2 OR slug LIKE $2 || '-%')
		UNION
		SELECT slug FROM story_slugs WHERE lang = $1 AND story_id <> $3 AND (slug = $2 OR slug LIKE $2 || '-%')`,
		l, base, self)
	if err != nil {
		return "", err
	}
	used, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", err
	}
	taken := make(map[string]bool, len(used))
	for _, s := range used {
		taken[s] = true
	}
	slug := base
	for n := 2; taken[slug]; n++ {
		slug = base + "-" + strconv.Itoa(n)
	}
	return slug, nil
}

// checkInput validates in (see StoryInput.Validate) and adds the checks
// that need the database: the slug is free in the language (generating
// one from the name when empty), the themes, the portrait and the linked
// vacancies exist. self is the story being saved, 0 for a new one. On
// success in.Slug holds the slug to store.
func (st *Store) checkInput(ctx context.Context, in *StoryInput, self int64) error {
	fe := in.Validate(Today())
	if fe == nil {
		fe = FieldErrors{}
	}
	if _, err := st.db.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, slugLockKey); err != nil {
		return err
	}
	if _, bad := fe["slug"]; !bad && fe["lang"] == "" {
		if in.Slug == "" {
			slug, err := st.uniqueSlug(ctx, in.Lang, Slugify(in.PersonName), self)
			if err != nil {
				return err
			}
			in.Slug = slug
		} else {
			taken, err := st.slugTaken(ctx, in.Lang, in.Slug, self)
			if err != nil {
				return err
			}
			if taken {
				fe.add("slug", "story.error.slug_taken")
			}
		}
	}
	if len(in.ThemeSlugs) > 0 {
		var known int
		if err := st.db.QueryRow(ctx, `SELECT count(*) FROM themes WHERE slug = ANY($1)`, in.ThemeSlugs).Scan(&known); err != nil {
			return err
		}
		if known != len(in.ThemeSlugs) {
			fe.add("themes", "story.error.theme")
		}
	}
	if len(in.VacancyIDs) > 0 && fe["vacancies"] == "" {
		linked, err := st.LinkedVacancies(ctx, in.VacancyIDs)
		if err != nil {
			return err
		}
		switch {
		case len(linked) != len(in.VacancyIDs):
			fe.add("vacancies", "story.error.vacancy_unknown")
		case slices.ContainsFunc(linked, func(v LinkedVacancy) bool { return v.Lang != in.Lang }):
			fe.add("vacancies", "story.error.vacancy_lang")
		}
	}
	if in.PortraitID != nil {
		var ok bool
		if err := st.db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM images WHERE id = $1)`, *in.PortraitID).Scan(&ok); err != nil {
			return err
		}
		if !ok {
			fe.add("portrait_id", "story.error.portrait")
		}
	}
	if len(fe) > 0 {
		return fe
	}
	return nil
}

// CreateDraft checks in (see StoryInput.Validate; an empty slug is made
// from the name and made unique), stores it as a draft written by editor
// (0 for none) with revision 1, and returns the story's id. translationKey
// puts the story in an existing translation group; empty starts a new one.
// Refused input is a FieldErrors error. Call it on a transaction: it takes
// a lock that serialises the choice of slugs.
func (st *Store) CreateDraft(ctx context.Context, in StoryInput, editor int64, translationKey string) (int64, error) {
	if err := st.checkInput(ctx, &in, 0); err != nil {
		return 0, wrapInput("stories.CreateDraft", err)
	}
	var id int64
	err := st.db.QueryRow(ctx, `
		INSERT INTO stories (translation_key, lang, slug, person_name, role, department, portrait_id,
			portrait_alt, quote, intro, body_markdown, featured, status, consent_given_on,
			consent_expires_on, consent_note, created_by, updated_by)
		VALUES (coalesce(nullif($1, '')::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10,
			$11, $12, 'draft', nullif($13, '')::date, nullif($14, '')::date, $15, $16, $16)
		RETURNING id`,
		translationKey, in.Lang, in.Slug, in.PersonName, in.Role, in.Department, in.PortraitID,
		in.PortraitAlt, in.Quote, in.Intro, in.BodyMarkdown, in.Featured, in.ConsentGivenOn,
		in.ConsentExpiresOn, in.ConsentNote, nullID(editor),
	).Scan(&id)
	if isUniqueViolation(err, "stories_translation_key_lang_key") {
		return 0, fmt.Errorf("stories.CreateDraft: %w", ErrTranslationConflict)
	}
	if err != nil {
		return 0, fmt.Errorf("stories.CreateDraft: %w", err)
	}
	if err := st.writeLinks(ctx, id, in); err != nil {
		return 0, fmt.Errorf("stories.CreateDraft: %w", err)
	}
	if _, err := st.writeRevision(ctx, id, in, editor); err != nil {
		return 0, fmt.Errorf("stories.CreateDraft: %w", err)
	}
	return id, nil
}

// wrapInput returns field errors as they are, so errors.As finds them
// without the method name in the way, and wraps anything else.
func wrapInput(method string, err error) error {
	var fe FieldErrors
	if errors.As(err, &fe) {
		return fe
	}
	return fmt.Errorf("%s: %w", method, err)
}

func nullID(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}

// writeLinks replaces the story's themes and vacancies with those of in.
func (st *Store) writeLinks(ctx context.Context, id int64, in StoryInput) error {
	b := &pgx.Batch{}
	b.Queue(`DELETE FROM story_themes WHERE story_id = $1`, id)
	b.Queue(`INSERT INTO story_themes (story_id, theme_id) SELECT $1, id FROM themes WHERE slug = ANY($2)`,
		id, in.ThemeSlugs)
	b.Queue(`DELETE FROM story_vacancies WHERE story_id = $1`, id)
	b.Queue(`INSERT INTO story_vacancies (story_id, vacancy_id, position)
		SELECT $1, v, n FROM unnest($2::bigint[]) WITH ORDINALITY AS x(v, n)`, id, in.VacancyIDs)
	if err := st.db.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("links: %w", err)
	}
	return nil
}

// writeRevision stores in as the story's next revision and returns its
// number. The caller holds the story's row lock (or has just created it).
func (st *Store) writeRevision(ctx context.Context, id int64, in StoryInput, editor int64) (int, error) {
	snap, err := json.Marshal(in)
	if err != nil {
		return 0, fmt.Errorf("revision: %w", err)
	}
	var n int
	err = st.db.QueryRow(ctx, `
		INSERT INTO story_revisions (story_id, number, snapshot, editor_id)
		SELECT $1, coalesce(max(number), 0) + 1, $2, $3 FROM story_revisions WHERE story_id = $1
		RETURNING number`, id, snap, nullID(editor)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("revision: %w", err)
	}
	return n, nil
}

// Update checks in like CreateDraft and, when it differs from the stored
// content, saves it by editor as the next revision. The language stays
// the story's own. A renamed story keeps its old slug in story_slugs, so
// the old URL redirects. A changed consent expiry date re-arms the expiry
// warning. When nothing changed it writes nothing and returns Saved with
// Changed false. Refused input is a FieldErrors error; a missing story
// database.ErrNotFound. Call it on a transaction.
func (st *Store) Update(ctx context.Context, id int64, in StoryInput, editor int64) (Saved, error) {
	cur, err := st.LockByID(ctx, id)
	if err != nil {
		return Saved{}, fmt.Errorf("stories.Update: %w", err)
	}
	return st.update(ctx, cur, in, editor)
}

// UpdateLocked is Update for a story the caller has already locked with
// LockByID, passed as cur.
func (st *Store) UpdateLocked(ctx context.Context, cur Draft, in StoryInput, editor int64) (Saved, error) {
	return st.update(ctx, cur, in, editor)
}

func (st *Store) update(ctx context.Context, cur Draft, in StoryInput, editor int64) (Saved, error) {
	in.Lang = cur.Lang
	before := cur.Input()
	if err := st.checkInput(ctx, &in, cur.ID); err != nil {
		return Saved{}, wrapInput("stories.Update", err)
	}
	saved := Saved{Slug: in.Slug, Revision: cur.Revision, Before: before, After: in}
	if in.Equal(before) && cur.Revision > 0 {
		return saved, nil
	}
	saved.Changed = true
	saved.ConsentChanged = in.ConsentGivenOn != before.ConsentGivenOn ||
		in.ConsentExpiresOn != before.ConsentExpiresOn || in.ConsentNote != before.ConsentNote
	_, err := st.db.Exec(ctx, `
		UPDATE stories SET slug = $2, person_name = $3, role = $4, department = $5, portrait_id = $6,
			portrait_alt = $7, quote = $8, intro = $9, body_markdown = $10, featured = $11,
			consent_given_on = nullif($12, '')::date, consent_expires_on = nullif($13, '')::date,
			consent_note = $14, updated_by = $15, updated_at = now(),
			consent_warned_at = CASE WHEN consent_expires_on IS NOT DISTINCT FROM nullif($13, '')::date
				THEN consent_warned_at END
		WHERE id = $1`,
		cur.ID, in.Slug, in.PersonName, in.Role, in.Department, in.PortraitID, in.PortraitAlt, in.Quote,
		in.Intro, in.BodyMarkdown, in.Featured, in.ConsentGivenOn, in.ConsentExpiresOn, in.ConsentNote,
		nullID(editor))
	if isUniqueViolation(err, "stories_lang_slug_key") {
		return Saved{}, FieldErrors{"slug": "story.error.slug_taken"}
	}
	if err != nil {
		return Saved{}, fmt.Errorf("stories.Update: %w", err)
	}
	if in.Slug != cur.Slug {
		saved.OldSlug = cur.Slug
		// The new slug stops being an old one; the old one starts to be.
		b := &pgx.Batch{}
		b.Queue(`DELETE FROM story_slugs WHERE lang = $1 AND slug = $2 AND story_id = $3`, cur.Lang, in.Slug, cur.ID)
		b.Queue(`INSERT INTO story_slugs (lang, slug, story_id) VALUES ($1, $2, $3)
			ON CONFLICT (lang, slug) DO UPDATE SET story_id = EXCLUDED.story_id, created_at = now()`,
			cur.Lang, cur.Slug, cur.ID)
		if err := st.db.SendBatch(ctx, b).Close(); err != nil {
			return Saved{}, fmt.Errorf("stories.Update: old slug: %w", err)
		}
	}
	if err := st.writeLinks(ctx, cur.ID, in); err != nil {
		return Saved{}, fmt.Errorf("stories.Update: %w", err)
	}
	if saved.Revision, err = st.writeRevision(ctx, cur.ID, in, editor); err != nil {
		return Saved{}, fmt.Errorf("stories.Update: %w", err)
	}
	return saved, nil
}

// Revisions returns the story's revisions, newest first.
func (st *Store) Revisions(ctx context.Context, id int64) ([]RevisionInfo, error) {
	rows, err := st.db.Query(ctx, `
		SELECT r.number, r.editor_id, coalesce(u.email, ''), r.created_at
		FROM story_revisions r LEFT JOIN users u ON u.id = r.editor_id
		WHERE r.story_id = $1 ORDER BY r.number DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("stories.Revisions: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (RevisionInfo, error) {
		var ri RevisionInfo
		err := r.Scan(&ri.Number, &ri.EditorID, &ri.EditorEmail, &ri.CreatedAt)
		return ri, err
	})
	if err != nil {
		return nil, fmt.Errorf("stories.Revisions: %w", err)
	}
	return list, nil
}

// Revision returns revision n of the story with its content;
// database.ErrNotFound when there is no such revision.
func (st *Store) Revision(ctx context.Context, id int64, n int) (Revision, error) {
	var r Revision
	var snap []byte
	err := st.db.QueryRow(ctx, `
		SELECT r.number, r.editor_id, coalesce(u.email, ''), r.created_at, r.snapshot
		FROM story_revisions r LEFT JOIN users u ON u.id = r.editor_id
		WHERE r.story_id = $1 AND r.number = $2`, id, n,
	).Scan(&r.Number, &r.EditorID, &r.EditorEmail, &r.CreatedAt, &snap)
	if errors.Is(err, pgx.ErrNoRows) {
		return Revision{}, database.ErrNotFound
	}
	if err != nil {
		return Revision{}, fmt.Errorf("stories.Revision: %w", err)
	}
	if err := json.Unmarshal(snap, &r.Snapshot); err != nil {
		return Revision{}, fmt.Errorf("stories.Revision %d/%d: %w", id, n, err)
	}
	return r, nil
}

// Restore saves the content of revision n as the story's newest revision
// (history is never rewritten), by editor. It fails like Update, for
// example with a FieldErrors error when the old slug has since been taken
// by another story; database.ErrNotFound when there is no such revision.
// Call it on a transaction.
func (st *Store) Restore(ctx context.Context, id int64, n int, editor int64) (Saved, error) {
	cur, err := st.LockByID(ctx, id)
	if err != nil {
		return Saved{}, fmt.Errorf("stories.Restore: %w", err)
	}
	return st.RestoreLocked(ctx, cur, n, editor)
}

// RestoreLocked is Restore for a story the caller has locked with LockByID.
func (st *Store) RestoreLocked(ctx context.Context, cur Draft, n int, editor int64) (Saved, error) {
	rev, err := st.Revision(ctx, cur.ID, n)
	if err != nil {
		return Saved{}, fmt.Errorf("stories.Restore: %w", err)
	}
	return st.update(ctx, cur, rev.Snapshot, editor)
}

// Preview returns the story as its public page would show it, whatever
// its status, consent or place in the trash: for signed-in editors only.
// PublishedAt is the publication time, or the planned one, or now.
func (st *Store) Preview(ctx context.Context, id int64) (Story, error) {
	var s Story
	row := st.db.QueryRow(ctx, `SELECT s.id, s.lang, s.slug, s.person_name, s.role, s.department, s.quote,
			s.portrait_alt, coalesce(s.published_at, s.scheduled_at, now()), i.id, i.sha256, i.content_type,
			i.width, i.height, s.translation_key::text, s.intro, s.body_markdown, s.featured
		FROM stories s LEFT JOIN images i ON i.id = s.portrait_id
		WHERE s.id = $1`, id)
	sum, err := scanSummary(row, &s.TranslationKey, &s.Intro, &s.BodyMarkdown, &s.Featured)
	if errors.Is(err, pgx.ErrNoRows) {
		return Story{}, database.ErrNotFound
	}
	if err != nil {
		return Story{}, fmt.Errorf("stories.Preview: %w", err)
	}
	list := []Summary{sum}
	if err := st.attachThemes(ctx, list); err != nil {
		return Story{}, fmt.Errorf("stories.Preview: %w", err)
	}
	s.Summary = list[0]
	return s, nil
}

// Workflow changes. Each sets the columns its name says on story id and
// returns database.ErrNotFound when there is no such story; the rules of
// when a change is allowed live with the caller (package editorial), which
// holds the row lock from LockByID.

func (st *Store) exec(ctx context.Context, method, sql string, args ...any) error {
	tag, err := st.db.Exec(ctx, sql, args...)
	if err != nil {
		return fmt.Errorf("stories.%s: %w", method, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("stories.%s: %w", method, database.ErrNotFound)
	}
	return nil
}

// MarkSubmitted puts the story in review, submitted by editor now.
func (st *Store) MarkSubmitted(ctx context.Context, id, editor int64) error {
	return st.exec(ctx, "MarkSubmitted", `
		UPDATE stories SET status = 'in_review', submitted_by = $2, submitted_at = now(), updated_at = now()
		WHERE id = $1`, id, nullID(editor))
}

// MarkPublished publishes the story, approved by approver (0 for none).
// A story published before keeps its first publication time; a first
// publication is dated at. Any planned publication is cleared.
func (st *Store) MarkPublished(ctx context.Context, id, approver int64, at time.Time) error {
	return st.exec(ctx, "MarkPublished", `
		UPDATE stories SET status = 'published', published_at = coalesce(published_at, $3),
			approved_by = coalesce($2, approved_by), approved_at = CASE WHEN $2::bigint IS NULL THEN approved_at ELSE now() END,
			scheduled_at = NULL, updated_at = now()
		WHERE id = $1`, id, nullID(approver), at)
}

// SetSchedule plans publication at at, approved by approver.
func (st *Store) SetSchedule(ctx context.Context, id, approver int64, at time.Time) error {
	return st.exec(ctx, "SetSchedule", `
		UPDATE stories SET scheduled_at = $3, approved_by = $2, approved_at = now(), updated_at = now()
		WHERE id = $1`, id, nullID(approver), at)
}

// ClearSchedule cancels a planned publication and its approval.
func (st *Store) ClearSchedule(ctx context.Context, id int64) error {
	return st.exec(ctx, "ClearSchedule", `
		UPDATE stories SET scheduled_at = NULL, approved_by = NULL, approved_at = NULL, updated_at = now()
		WHERE id = $1`, id)
}

// SetStatus sets the story's status and cancels any planned publication;
// a story leaving publication also loses its approval. Publishing goes
// through MarkPublished.
func (st *Store) SetStatus(ctx context.Context, id int64, s Status) error {
	if !s.Valid() || s == StatusPublished {
		return fmt.Errorf("stories.SetStatus: cannot set %q", s)
	}
	return st.exec(ctx, "SetStatus", `
		UPDATE stories SET status = $2, scheduled_at = NULL, approved_by = NULL, approved_at = NULL,
			updated_at = now()
		WHERE id = $1`, id, s)
}

// MarkConsentWithdrawn records that consent was withdrawn on day and
// archives the story, cancelling any planned publication. The story leaves
// public_stories as the transaction commits.
func (st *Store) MarkConsentWithdrawn(ctx context.Context, id int64, day time.Time) error {
	return st.exec(ctx, "MarkConsentWithdrawn", `
		UPDATE stories SET consent_withdrawn_on = $2::date, status = 'archived', scheduled_at = NULL,
			approved_by = NULL, approved_at = NULL, updated_at = now()
		WHERE id = $1`, id, Day(day).Format(DateLayout))
}

// MarkTrashed moves the story to the trash; a published story is archived
// on the way, so that restoring it does not publish it again unseen.
func (st *Store) MarkTrashed(ctx context.Context, id int64) error {
	return st.exec(ctx, "MarkTrashed", `
		UPDATE stories SET deleted_at = now(), scheduled_at = NULL, approved_by = NULL, approved_at = NULL,
			status = CASE WHEN status = 'published' THEN 'archived' ELSE status END, updated_at = now()
		WHERE id = $1 AND deleted_at IS NULL`, id)
}

// MarkRestored takes the story out of the trash, in the status it had.
func (st *Store) MarkRestored(ctx context.Context, id int64) error {
	return st.exec(ctx, "MarkRestored", `
		UPDATE stories SET deleted_at = NULL, updated_at = now() WHERE id = $1 AND deleted_at IS NOT NULL`, id)
}

// Purge deletes a story in the trash for good, with its revisions, old
// slugs and links. A story outside the trash is database.ErrNotFound.
func (st *Store) Purge(ctx context.Context, id int64) error {
	return st.exec(ctx, "Purge", `DELETE FROM stories WHERE id = $1 AND deleted_at IS NOT NULL`, id)
}

// TrashedBefore returns the ids of stories moved to the trash before t.
func (st *Store) TrashedBefore(ctx context.Context, t time.Time) ([]int64, error) {
	rows, err := st.db.Query(ctx, `SELECT id FROM stories WHERE deleted_at < $1 ORDER BY id`, t)
	if err != nil {
		return nil, fmt.Errorf("stories.TrashedBefore: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("stories.TrashedBefore: %w", err)
	}
	return ids, nil
}

// ConsentLapsed returns the ids of stories outside the trash whose consent
// expired before today (Europe/Amsterdam) while they are published or
// planned: those the daily consent job archives.
func (st *Store) ConsentLapsed(ctx context.Context) ([]int64, error) {
	rows, err := st.db.Query(ctx, `
		SELECT id FROM stories
		WHERE deleted_at IS NULL AND consent_withdrawn_on IS NULL
		  AND consent_expires_on < (now() AT TIME ZONE 'Europe/Amsterdam')::date
		  AND (status = 'published' OR scheduled_at IS NOT NULL)
		ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("stories.ConsentLapsed: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("stories.ConsentLapsed: %w", err)
	}
	return ids, nil
}

// ExpiringConsent is a story whose consent expires soon.
type ExpiringConsent struct {
	ID         int64
	Lang       i18n.Lang
	PersonName string
	ExpiresOn  time.Time
}

// LockConsentWarningsDue returns the stories that are published, in review
// or planned, outside the trash, whose consent has not been withdrawn and
// expires within days from today (Europe/Amsterdam) but not before today,
// and whose editors have not been warned yet. It locks them, skipping rows
// another transaction holds, so two runs never warn twice. Call it on a
// transaction and mark them with MarkConsentWarned.
func (st *Store) LockConsentWarningsDue(ctx context.Context, days int) ([]ExpiringConsent, error) {
	rows, err := st.db.Query(ctx, `
		SELECT id, lang, person_name, consent_expires_on FROM stories
		WHERE deleted_at IS NULL AND consent_withdrawn_on IS NULL AND consent_warned_at IS NULL
		  AND (status IN ('published', 'in_review') OR scheduled_at IS NOT NULL)
		  AND consent_expires_on >= (now() AT TIME ZONE 'Europe/Amsterdam')::date
		  AND consent_expires_on <= (now() AT TIME ZONE 'Europe/Amsterdam')::date + $1::int
		ORDER BY consent_expires_on, id
		FOR UPDATE SKIP LOCKED`, days)
	if err != nil {
		return nil, fmt.Errorf("stories.LockConsentWarningsDue: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (ExpiringConsent, error) {
		var e ExpiringConsent
		err := r.Scan(&e.ID, &e.Lang, &e.PersonName, &e.ExpiresOn)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("stories.LockConsentWarningsDue: %w", err)
	}
	return list, nil
}

// MarkConsentWarned records that the editors were warned about the
// consent of the stories ids.
func (st *Store) MarkConsentWarned(ctx context.Context, ids []int64) error {
	if _, err := st.db.Exec(ctx, `UPDATE stories SET consent_warned_at = now() WHERE id = ANY($1)`, ids); err != nil {
		return fmt.Errorf("stories.MarkConsentWarned: %w", err)
	}
	return nil
}
