package vacancies

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
)

// DB is what a Store runs on: a *pgxpool.Pool or a pgx.Tx. A write that
// takes several statements (the change and its revision) runs in a
// transaction of its own, which is a savepoint when DB is a transaction,
// so the Store works both alone and inside database.InTx with the audit
// entry of the change.
type DB interface {
	database.Querier
	Begin(ctx context.Context) (pgx.Tx, error)
}

// Store reads and writes vacancies and their revisions.
type Store struct{ db DB }

// NewStore returns a Store on db.
func NewStore(db DB) *Store { return &Store{db: db} }

// ErrTransition is returned by SetStatus for a status change the workflow
// does not allow, such as closing a draft.
var ErrTransition = errors.New("vacancies: status change not allowed")

// CanChange reports whether the workflow lets a vacancy go from status
// from to status to; the back office offers only these buttons. A closed
// vacancy can be published again (with a new closing date) and an archived
// one goes back to draft.
func CanChange(from, to Status) bool {
	var next []Status
	switch from {
	case StatusDraft:
		next = []Status{StatusPublished, StatusArchived}
	case StatusPublished:
		next = []Status{StatusDraft, StatusClosed, StatusArchived}
	case StatusClosed:
		next = []Status{StatusPublished, StatusArchived}
	case StatusArchived:
		next = []Status{StatusDraft}
	}
	return slices.Contains(next, to)
}

// summaryColumns are selected from vacancies v in the order scanSummary
// expects.
const summaryColumns = `v.id, v.lang, v.slug, v.title, v.organisation_unit, v.city, v.province,
	v.salary_scale_min, v.salary_scale_max, v.salary_min, v.salary_max, v.hours_min, v.hours_max,
	v.education_level, v.employment_type, v.closing_date, v.labels, v.status, v.published_at`

// vacancyColumns adds what a whole Vacancy holds to summaryColumns, in the
// order scanVacancy expects. closed mirrors the open_vacancies view.
const vacancyColumns = summaryColumns + `, v.translation_key::text, v.apply_url, v.contact_name,
	v.contact_email, v.contact_phone, v.body_markdown, v.adjustments_note, v.created_at, v.updated_at,
	NOT (v.status = 'published' AND v.published_at <= now()
		AND v.closing_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date),
	coalesce((SELECT max(r.revision) FROM vacancy_revisions r WHERE r.vacancy_id = v.id), 0)`

func scanSummary(row pgx.Row, extra ...any) (Summary, error) {
	var s Summary
	var scaleMin, scaleMax, salaryMin, salaryMax *int
	dest := append([]any{&s.ID, &s.Lang, &s.Slug, &s.Title, &s.OrganisationUnit, &s.City, &s.Province,
		&scaleMin, &scaleMax, &salaryMin, &salaryMax, &s.Hours.Min, &s.Hours.Max,
		&s.EducationLevel, &s.EmploymentType, &s.ClosingDate, &s.Labels, &s.Status, &s.PublishedAt}, extra...)
	if err := row.Scan(dest...); err != nil {
		return Summary{}, err
	}
	if scaleMin != nil && scaleMax != nil {
		s.Scale = Range{*scaleMin, *scaleMax}
	}
	if salaryMin != nil && salaryMax != nil {
		s.Salary = Range{*salaryMin, *salaryMax}
	}
	return s, nil
}

func scanVacancy(row pgx.Row) (Vacancy, error) {
	var v Vacancy
	sum, err := scanSummary(row, &v.TranslationKey, &v.ApplyURL, &v.ContactName, &v.ContactEmail,
		&v.ContactPhone, &v.BodyMarkdown, &v.AdjustmentsNote, &v.CreatedAt, &v.UpdatedAt, &v.Closed, &v.Revision)
	if err != nil {
		return Vacancy{}, err
	}
	v.Summary = sum
	return v, nil
}

func collectSummaries(rows pgx.Rows) ([]Summary, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Summary, error) { return scanSummary(r) })
}

// ByID returns the vacancy with id in any status; database.ErrNotFound
// when there is none.
func (st *Store) ByID(ctx context.Context, id int64) (Vacancy, error) {
	v, err := byID(ctx, st.db, id, "")
	if err != nil {
		return Vacancy{}, fmt.Errorf("vacancies.ByID: %w", err)
	}
	return v, nil
}

func byID(ctx context.Context, q database.Querier, id int64, lock string) (Vacancy, error) {
	v, err := scanVacancy(q.QueryRow(ctx, `SELECT `+vacancyColumns+` FROM vacancies v WHERE v.id = $1`+lock, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return Vacancy{}, database.ErrNotFound
	}
	return v, err
}

// PublishedBySlug returns the vacancy with slug in l as its public page
// shows it: published and open, or no longer open, in which case Closed is
// set. It returns database.ErrNotFound for drafts, archived vacancies, a
// publication time still to come, and unknown slugs.
func (st *Store) PublishedBySlug(ctx context.Context, l i18n.Lang, slug string) (Vacancy, error) {
	v, err := scanVacancy(st.db.QueryRow(ctx, `SELECT `+vacancyColumns+`
		FROM vacancies v
		WHERE v.lang = $1 AND v.slug = $2 AND v.status IN ('published', 'closed') AND v.published_at <= now()`,
		l, slug))
	if errors.Is(err, pgx.ErrNoRows) {
		return Vacancy{}, database.ErrNotFound
	}
	if err != nil {
		return Vacancy{}, fmt.Errorf("vacancies.PublishedBySlug: %w", err)
	}
	return v, nil
}

// TranslationSlug returns the slug of the translation in l of the vacancy
// group translationKey whose page is public (open or closed, as
// PublishedBySlug finds it); database.ErrNotFound when there is none.
func (st *Store) TranslationSlug(ctx context.Context, translationKey string, l i18n.Lang) (string, error) {
	var slug string
	err := st.db.QueryRow(ctx, `
		SELECT slug FROM vacancies
		WHERE translation_key = $1::uuid AND lang = $2 AND status IN ('published', 'closed') AND published_at <= now()`,
		translationKey, l).Scan(&slug)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", database.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("vacancies.TranslationSlug: %w", err)
	}
	return slug, nil
}

// Translations returns every vacancy of the translation group
// translationKey in any status, Dutch first, for the editor.
func (st *Store) Translations(ctx context.Context, translationKey string) ([]Summary, error) {
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+` FROM vacancies v
		WHERE v.translation_key = $1::uuid ORDER BY v.lang = 'nl' DESC, v.lang`, translationKey)
	if err != nil {
		return nil, fmt.Errorf("vacancies.Translations: %w", err)
	}
	list, err := collectSummaries(rows)
	if err != nil {
		return nil, fmt.Errorf("vacancies.Translations: %w", err)
	}
	return list, nil
}

// Saved describes a stored change: the vacancy's id and slug, the number of
// the revision written, and the content before and after, for the audit
// log. Changed is false when an update found nothing to change and wrote
// nothing.
type Saved struct {
	ID       int64
	Slug     string
	Revision int
	Changed  bool
	Before   VacancyInput // zero for a new vacancy
	After    VacancyInput
}

// Create checks in (see VacancyInput.Validate; the closing date may not
// have passed; an empty slug is made from the title and made unique) and
// stores it as a draft written by editor (0 for none) with revision 1.
// translationKey puts the vacancy in an existing translation group; empty
// starts a new one. Refused input is a FieldErrors error.
func (st *Store) Create(ctx context.Context, in VacancyInput, editor int64, translationKey string) (Saved, error) {
	var saved Saved
	err := pgx.BeginFunc(ctx, st.db, func(tx pgx.Tx) error {
		f, fe := in.check(Today())
		if len(fe) > 0 {
			return fe
		}
		if f.Slug == "" {
			slug, err := uniqueSlug(ctx, tx, f.Lang, f.Title, 0)
			if err != nil {
				return err
			}
			f.Slug = slug
		}
		var id int64
		err := tx.QueryRow(ctx, `
			INSERT INTO vacancies (translation_key, lang, slug, title, organisation_unit, city, province,
				salary_scale_min, salary_scale_max, salary_min, salary_max, hours_min, hours_max,
				education_level, employment_type, closing_date, apply_url, contact_name, contact_email,
				contact_phone, body_markdown, labels, adjustments_note)
			VALUES (coalesce(nullif($1, '')::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9,
				$10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
			RETURNING id`, append([]any{translationKey}, f.args()...)...).Scan(&id)
		if err != nil {
			return inputConflict(err)
		}
		n, err := writeRevision(ctx, tx, id, editor)
		if err != nil {
			return err
		}
		saved = Saved{ID: id, Slug: f.Slug, Revision: n, Changed: true, After: f.VacancyInput}
		return nil
	})
	if err != nil {
		return Saved{}, wrapInput("vacancies.Create", err)
	}
	return saved, nil
}

// args returns the stored columns from lang to adjustments_note in the
// order of Create's INSERT and Update's SET.
func (f fields) args() []any {
	return []any{f.Lang, f.Slug, f.Title, f.OrganisationUnit, f.City, f.Province,
		nullInt(f.scale.Min), nullInt(f.scale.Max), nullInt(f.salary.Min), nullInt(f.salary.Max),
		f.hours.Min, f.hours.Max, f.EducationLevel, f.EmploymentType, f.closing, f.ApplyURL,
		f.ContactName, f.ContactEmail, f.ContactPhone, f.BodyMarkdown, f.Labels, f.AdjustmentsNote}
}

// Update checks in like Create and, when it differs from the stored
// content, saves it by editor as the next revision. The language stays the
// vacancy's own, and an empty slug keeps the current one. A closing date
// that has passed is refused only when it was changed, so an old vacancy
// can still be corrected. Refused input is a FieldErrors error; a missing
// vacancy database.ErrNotFound.
func (st *Store) Update(ctx context.Context, id int64, in VacancyInput, editor int64) (Saved, error) {
	var saved Saved
	err := pgx.BeginFunc(ctx, st.db, func(tx pgx.Tx) error {
		cur, err := byID(ctx, tx, id, " FOR UPDATE")
		if err != nil {
			return err
		}
		before := cur.Input()
		in.Lang = cur.Lang
		if in.Slug == "" {
			in.Slug = cur.Slug
		}
		in.normalize()
		today := Today()
		if in.ClosingDate == before.ClosingDate {
			today = time.Time{}
		}
		f, fe := in.check(today)
		if len(fe) > 0 {
			return fe
		}
		saved = Saved{ID: id, Slug: f.Slug, Revision: cur.Revision, Before: before, After: f.VacancyInput}
		if f.VacancyInput.Equal(before) {
			return nil
		}
		_, err = tx.Exec(ctx, `
			UPDATE vacancies SET lang = $2, slug = $3, title = $4, organisation_unit = $5, city = $6,
				province = $7, salary_scale_min = $8, salary_scale_max = $9, salary_min = $10,
				salary_max = $11, hours_min = $12, hours_max = $13, education_level = $14,
				employment_type = $15, closing_date = $16, apply_url = $17, contact_name = $18,
				contact_email = $19, contact_phone = $20, body_markdown = $21, labels = $22,
				adjustments_note = $23, updated_at = now()
			WHERE id = $1`, append([]any{id}, f.args()...)...)
		if err != nil {
			return inputConflict(err)
		}
		if saved.Revision, err = writeRevision(ctx, tx, id, editor); err != nil {
			return err
		}
		saved.Changed = true
		return nil
	})
	if err != nil {
		return Saved{}, wrapInput("vacancies.Update", err)
	}
	return saved, nil
}

// SetStatus moves the vacancy to status to on behalf of editor and writes
// a revision. Publishing sets the publication time the first time and is
// refused with a FieldErrors error on closing_date when that day has
// passed. Asking for the current status changes nothing; a change the
// workflow does not allow (see CanChange) is ErrTransition; a missing
// vacancy database.ErrNotFound.
func (st *Store) SetStatus(ctx context.Context, id int64, to Status, editor int64) error {
	err := pgx.BeginFunc(ctx, st.db, func(tx pgx.Tx) error {
		cur, err := byID(ctx, tx, id, " FOR UPDATE")
		if err != nil {
			return err
		}
		if cur.Status == to {
			return nil
		}
		if !CanChange(cur.Status, to) {
			return fmt.Errorf("%w: %s to %s", ErrTransition, cur.Status, to)
		}
		if to == StatusPublished && cur.ClosingDate.Before(Today()) {
			return FieldErrors{"closing_date": ErrClosingDatePast}
		}
		_, err = tx.Exec(ctx, `
			UPDATE vacancies SET status = $2, updated_at = now(),
				published_at = CASE WHEN $2 = 'published' THEN coalesce(published_at, now()) ELSE published_at END
			WHERE id = $1`, id, to)
		if err != nil {
			return err
		}
		_, err = writeRevision(ctx, tx, id, editor)
		return err
	})
	if err != nil {
		return wrapInput("vacancies.SetStatus", err)
	}
	return nil
}

// Publish is SetStatus(ctx, id, StatusPublished, editor).
func (st *Store) Publish(ctx context.Context, id, editor int64) error {
	return st.SetStatus(ctx, id, StatusPublished, editor)
}

// Close is SetStatus(ctx, id, StatusClosed, editor): the vacancy leaves
// search, lists, feeds and the sitemap at once; its page stays.
func (st *Store) Close(ctx context.Context, id, editor int64) error {
	return st.SetStatus(ctx, id, StatusClosed, editor)
}

// Archive is SetStatus(ctx, id, StatusArchived, editor): the page goes too.
func (st *Store) Archive(ctx context.Context, id, editor int64) error {
	return st.SetStatus(ctx, id, StatusArchived, editor)
}

// CloseExpired records as closed every published vacancy whose closing
// date has passed in Europe/Amsterdam, with a revision by no editor, and
// returns how many it closed. The open_vacancies view already hides them
// from the first minute of the next day; this keeps the status honest for
// the back office. A periodic job calls it.
func (st *Store) CloseExpired(ctx context.Context) (int, error) {
	var n int
	err := pgx.BeginFunc(ctx, st.db, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `
			UPDATE vacancies SET status = 'closed', updated_at = now()
			WHERE status = 'published' AND closing_date < (now() AT TIME ZONE 'Europe/Amsterdam')::date
			RETURNING id`)
		if err != nil {
			return err
		}
		ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return err
		}
		for _, id := range ids {
			if _, err := writeRevision(ctx, tx, id, 0); err != nil {
				return err
			}
		}
		n = len(ids)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("vacancies.CloseExpired: %w", err)
	}
	return n, nil
}

// Snapshot is a vacancy as a revision keeps it: its content and status.
type Snapshot struct {
	VacancyInput
	Status Status `json:"status"`
}

// RevisionInfo describes one revision in the history list.
type RevisionInfo struct {
	Number      int
	EditorID    *int64 // nil for a change by the system or a deleted account
	EditorEmail string
	CreatedAt   time.Time
}

// Revision is one stored state of a vacancy.
type Revision struct {
	RevisionInfo
	Snapshot Snapshot
}

// writeRevision stores the vacancy's current row as its next revision by
// editor (0 for none) and returns its number. The caller holds the row's
// lock or has just created it.
func writeRevision(ctx context.Context, tx pgx.Tx, id, editor int64) (int, error) {
	v, err := byID(ctx, tx, id, "")
	if err != nil {
		return 0, fmt.Errorf("revision: %w", err)
	}
	snap, err := json.Marshal(Snapshot{VacancyInput: v.Input(), Status: v.Status})
	if err != nil {
		return 0, fmt.Errorf("revision: %w", err)
	}
	var n int
	err = tx.QueryRow(ctx, `
		INSERT INTO vacancy_revisions (vacancy_id, revision, snapshot, editor_id)
		SELECT $1, coalesce(max(revision), 0) + 1, $2, $3 FROM vacancy_revisions WHERE vacancy_id = $1
		RETURNING revision`, id, snap, nullInt64(editor)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("revision: %w", err)
	}
	return n, nil
}

// Revisions returns the vacancy's revisions, newest first; an empty list
// for an unknown vacancy.
func (st *Store) Revisions(ctx context.Context, id int64) ([]RevisionInfo, error) {
	rows, err := st.db.Query(ctx, `
		SELECT r.revision, r.editor_id, coalesce(u.email, ''), r.created_at
		FROM vacancy_revisions r LEFT JOIN users u ON u.id = r.editor_id
		WHERE r.vacancy_id = $1 ORDER BY r.revision DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("vacancies.Revisions: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (RevisionInfo, error) {
		var ri RevisionInfo
		err := r.Scan(&ri.Number, &ri.EditorID, &ri.EditorEmail, &ri.CreatedAt)
		return ri, err
	})
	if err != nil {
		return nil, fmt.Errorf("vacancies.Revisions: %w", err)
	}
	return list, nil
}

// Revision returns revision n of the vacancy with its snapshot;
// database.ErrNotFound when there is no such revision. Restoring it is
// Update with r.Snapshot.VacancyInput.
func (st *Store) Revision(ctx context.Context, id int64, n int) (Revision, error) {
	var r Revision
	var snap []byte
	err := st.db.QueryRow(ctx, `
		SELECT r.revision, r.editor_id, coalesce(u.email, ''), r.created_at, r.snapshot
		FROM vacancy_revisions r LEFT JOIN users u ON u.id = r.editor_id
		WHERE r.vacancy_id = $1 AND r.revision = $2`, id, n,
	).Scan(&r.Number, &r.EditorID, &r.EditorEmail, &r.CreatedAt, &snap)
	if errors.Is(err, pgx.ErrNoRows) {
		return Revision{}, database.ErrNotFound
	}
	if err != nil {
		return Revision{}, fmt.Errorf("vacancies.Revision: %w", err)
	}
	if err := json.Unmarshal(snap, &r.Snapshot); err != nil {
		return Revision{}, fmt.Errorf("vacancies.Revision %d/%d: %w", id, n, err)
	}
	return r, nil
}

// uniqueSlug makes a slug from title (accents folded by the database's
// unaccent, anything else a hyphen) that no other vacancy than self uses in
// l, adding "-2", "-3", … when needed. It serialises slug choices with a
// transaction-scoped lock, so two vacancies with one title cannot both
// pick the same slug.
func uniqueSlug(ctx context.Context, tx pgx.Tx, l i18n.Lang, title string, self int64) (string, error) {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('vacancies.slug'))`); err != nil {
		return "", fmt.Errorf("slug: %w", err)
	}
	var base string
	err := tx.QueryRow(ctx, `
		SELECT trim(both '-' from left(regexp_replace(lower(podium_unaccent($1)), '[^a-z0-9]+', '-', 'g'), 80))`,
		title).Scan(&base)
	if err != nil {
		return "", fmt.Errorf("slug: %w", err)
	}
	if base == "" {
		base = "vacature"
		if l == i18n.EN {
			base = "vacancy"
		}
	}
	rows, err := tx.Query(ctx, `
		SELECT slug FROM vacancies WHERE lang = $1 AND id <> $3 AND (slug = $2 OR slug LIKE $2 || '-%')`,
		l, base, self)
	if err != nil {
		return "", fmt.Errorf("slug: %w", err)
	}
	used, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", fmt.Errorf("slug: %w", err)
	}
	slug := base
	for n := 2; slices.Contains(used, slug); n++ {
		slug = base + "-" + strconv.Itoa(n)
	}
	return slug, nil
}

// inputConflict turns a violated unique constraint into the field error
// the editor can act on.
func inputConflict(err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		switch pgErr.ConstraintName {
		case "vacancies_lang_slug_key":
			return FieldErrors{"slug": ErrSlugTaken}
		case "vacancies_translation_key_lang_key":
			return FieldErrors{"lang": ErrTranslationTaken}
		}
	}
	return err
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

func nullInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func nullInt64(n int64) *int64 {
	if n == 0 {
		return nil
	}
	return &n
}
