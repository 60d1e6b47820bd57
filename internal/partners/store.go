package partners

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/images"
)

// Store reads and writes partner profiles and their drafts.
type Store struct{ db database.Querier }

// NewStore returns a Store on db: a pool, a connection or a transaction.
// Methods that change several rows run in a transaction of their own, or in
// a savepoint when db is a transaction, so they compose with database.InTx.
func NewStore(db database.Querier) *Store { return &Store{db: db} }

// WithQuerier returns a Store that runs its queries on q.
func (s *Store) WithQuerier(q database.Querier) *Store { return &Store{db: q} }

// beginner is what a pool, a pooled connection and a transaction offer;
// on a transaction Begin starts a savepoint.
type beginner interface {
	Begin(ctx context.Context) (pgx.Tx, error)
}

func (s *Store) inTx(ctx context.Context, fn func(st *Store) error) error {
	b, ok := s.db.(beginner)
	if !ok {
		return errors.New("partners: the querier cannot begin a transaction")
	}
	tx, err := b.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }() // a no-op after Commit
	if err := fn(s.WithQuerier(tx)); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

func pgCode(err error) (code, constraint string) {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code, pgErr.ConstraintName
	}
	return "", ""
}

const (
	uniqueViolation     = "23505"
	foreignKeyViolation = "23503"
)

// partnerColumns are selected from partners p left-joined to images i, in
// the order scanPartner expects.
const partnerColumns = `p.id, p.slug, p.name, p.description_nl, p.description_en, p.website,
	p.logo_id, p.logo_alt, p.focus_areas, p.listed, p.created_at, p.updated_at,
	i.sha256, i.content_type, i.width, i.height`

const partnerFrom = ` FROM partners p LEFT JOIN images i ON i.id = p.logo_id `

func scanPartner(row pgx.Row) (Partner, error) {
	var p Partner
	var sha, ct *string
	var w, h *int
	err := row.Scan(&p.ID, &p.Slug, &p.Name, &p.DescriptionNL, &p.DescriptionEN, &p.Website,
		&p.LogoID, &p.LogoAlt, &p.FocusAreas, &p.Listed, &p.CreatedAt, &p.UpdatedAt,
		&sha, &ct, &w, &h)
	if err != nil {
		return Partner{}, err
	}
	if p.LogoID != nil && sha != nil {
		p.Logo = &images.Image{ID: *p.LogoID, SHA256: *sha, ContentType: *ct, Width: *w, Height: *h}
	}
	return p, nil
}

func (s *Store) one(ctx context.Context, op, where string, args ...any) (Partner, error) {
	p, err := scanPartner(s.db.QueryRow(ctx, `SELECT `+partnerColumns+partnerFrom+where, args...))
	if errors.Is(err, pgx.ErrNoRows) {
		return Partner{}, database.ErrNotFound
	}
	if err != nil {
		return Partner{}, fmt.Errorf("partners.%s: %w", op, err)
	}
	return p, nil
}

func (s *Store) list(ctx context.Context, op, where string, args ...any) ([]Partner, error) {
	rows, err := s.db.Query(ctx, `SELECT `+partnerColumns+partnerFrom+where, args...)
	if err != nil {
		return nil, fmt.Errorf("partners.%s: %w", op, err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Partner, error) { return scanPartner(r) })
	if err != nil {
		return nil, fmt.Errorf("partners.%s: %w", op, err)
	}
	return list, nil
}

// Create adds a listed partner organisation with profile p (an admin's
// action, so it is public at once). It returns ErrInvalidSlug, ErrSlugTaken,
// ErrUnknownImage or a *ValidationError for input it cannot accept.
func (s *Store) Create(ctx context.Context, slug string, p Profile) (Partner, error) {
	if !ValidSlug(slug) {
		return Partner{}, ErrInvalidSlug
	}
	p, err := p.Normalize()
	if err != nil {
		return Partner{}, err
	}
	var id int64
	err = s.db.QueryRow(ctx, `
		INSERT INTO partners (slug, name, description_nl, description_en, website, logo_id, logo_alt, focus_areas)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		slug, p.Name, p.DescriptionNL, p.DescriptionEN, p.Website, p.LogoID, p.LogoAlt, p.FocusAreas,
	).Scan(&id)
	switch code, _ := pgCode(err); {
	case code == uniqueViolation:
		return Partner{}, ErrSlugTaken
	case code == foreignKeyViolation:
		return Partner{}, ErrUnknownImage
	case err != nil:
		return Partner{}, fmt.Errorf("partners.Create: %w", err)
	}
	return s.ByID(ctx, id)
}

// ByID returns the partner with id, listed or not; database.ErrNotFound
// when there is none. A partner user's own organisation is ByID of the
// partner id in their session.
func (s *Store) ByID(ctx context.Context, id int64) (Partner, error) {
	return s.one(ctx, "ByID", `WHERE p.id = $1`, id)
}

// PublicBySlug returns the listed partner with slug; database.ErrNotFound
// when no listed partner has it.
func (s *Store) PublicBySlug(ctx context.Context, slug string) (Partner, error) {
	if !ValidSlug(slug) {
		// PostgreSQL would refuse some such strings (invalid UTF-8, NUL)
		// with an error rather than no row.
		return Partner{}, database.ErrNotFound
	}
	return s.one(ctx, "PublicBySlug", `WHERE p.slug = $1 AND p.listed`, slug)
}

// Public returns the listed partners ordered by name, only those working on
// focusArea when it is not empty.
func (s *Store) Public(ctx context.Context, focusArea string) ([]Partner, error) {
	return s.list(ctx, "Public", `WHERE p.listed AND ($1 = '' OR $1 = ANY (p.focus_areas))
		ORDER BY lower(p.name), p.id`, focusArea)
}

// All returns every partner, listed or not, ordered by name, for admins.
func (s *Store) All(ctx context.Context) ([]Partner, error) {
	return s.list(ctx, "All", `ORDER BY lower(p.name), p.id`)
}

// UpdateProfile replaces the live profile of partner id at once (an
// admin's edit; partner users submit drafts instead). A pending draft stays
// pending. It returns database.ErrNotFound, ErrUnknownImage or a
// *ValidationError.
func (s *Store) UpdateProfile(ctx context.Context, id int64, p Profile) (Partner, error) {
	p, err := p.Normalize()
	if err != nil {
		return Partner{}, err
	}
	if err := s.apply(ctx, id, p); err != nil {
		if errors.Is(err, database.ErrNotFound) || errors.Is(err, ErrUnknownImage) {
			return Partner{}, err
		}
		return Partner{}, fmt.Errorf("partners.UpdateProfile: %w", err)
	}
	return s.ByID(ctx, id)
}

func (s *Store) apply(ctx context.Context, id int64, p Profile) error {
	tag, err := s.db.Exec(ctx, `
		UPDATE partners SET name = $2, description_nl = $3, description_en = $4, website = $5,
			logo_id = $6, logo_alt = $7, focus_areas = $8, updated_at = now()
		WHERE id = $1`,
		id, p.Name, p.DescriptionNL, p.DescriptionEN, p.Website, p.LogoID, p.LogoAlt, p.FocusAreas)
	if code, _ := pgCode(err); code == foreignKeyViolation {
		return ErrUnknownImage
	}
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return database.ErrNotFound
	}
	return nil
}

// SetListed shows or hides partner id on the public site; ErrNotFound when
// there is no such partner.
func (s *Store) SetListed(ctx context.Context, id int64, listed bool) error {
	tag, err := s.db.Exec(ctx, `UPDATE partners SET listed = $2, updated_at = now() WHERE id = $1`, id, listed)
	if err != nil {
		return fmt.Errorf("partners.SetListed: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return database.ErrNotFound
	}
	return nil
}
