package accounts

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
)

// validSlug reports whether slug passes the CHECK on partners.slug:
// lower-case letters and digits in words joined by single hyphens.
func validSlug(slug string) bool {
	if slug == "" || slug[0] == '-' || slug[len(slug)-1] == '-' || strings.Contains(slug, "--") {
		return false
	}
	for _, c := range slug {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

const partnerColumns = `id, slug, name, created_at`

func scanPartner(row pgx.Row) (Partner, error) {
	var p Partner
	err := row.Scan(&p.ID, &p.Slug, &p.Name, &p.CreatedAt)
	return p, err
}

// CreatePartner adds a partner organisation. It returns ErrInvalidSlug for a
// slug that is not lower-case letters and digits joined by single hyphens,
// ErrSlugTaken when another partner has it, and an error for an empty name.
func (s *Store) CreatePartner(ctx context.Context, slug, name string) (Partner, error) {
	if !validSlug(slug) {
		return Partner{}, ErrInvalidSlug
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return Partner{}, errors.New("accounts.CreatePartner: empty name")
	}
	p, err := scanPartner(s.db.QueryRow(ctx, `
		INSERT INTO partners (slug, name) VALUES ($1, $2) RETURNING `+partnerColumns, slug, name))
	if code, _ := pgCode(err); code == uniqueViolation {
		return Partner{}, ErrSlugTaken
	}
	if err != nil {
		return Partner{}, fmt.Errorf("accounts.CreatePartner: %w", err)
	}
	return p, nil
}

// PartnerBySlug returns the partner with slug; database.ErrNotFound when
// there is none.
func (s *Store) PartnerBySlug(ctx context.Context, slug string) (Partner, error) {
	p, err := scanPartner(s.db.QueryRow(ctx, `SELECT `+partnerColumns+` FROM partners WHERE slug = $1`, slug))
	if errors.Is(err, pgx.ErrNoRows) {
		return Partner{}, database.ErrNotFound
	}
	if err != nil {
		return Partner{}, fmt.Errorf("accounts.PartnerBySlug: %w", err)
	}
	return p, nil
}

// PartnerByID returns the partner with id; database.ErrNotFound when there
// is none.
func (s *Store) PartnerByID(ctx context.Context, id int64) (Partner, error) {
	p, err := scanPartner(s.db.QueryRow(ctx, `SELECT `+partnerColumns+` FROM partners WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return Partner{}, database.ErrNotFound
	}
	if err != nil {
		return Partner{}, fmt.Errorf("accounts.PartnerByID: %w", err)
	}
	return p, nil
}

// Partners returns every partner organisation ordered by name.
func (s *Store) Partners(ctx context.Context) ([]Partner, error) {
	rows, err := s.db.Query(ctx, `SELECT `+partnerColumns+` FROM partners ORDER BY lower(name), id`)
	if err != nil {
		return nil, fmt.Errorf("accounts.Partners: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Partner, error) { return scanPartner(r) })
	if err != nil {
		return nil, fmt.Errorf("accounts.Partners: %w", err)
	}
	return list, nil
}
