package accounts

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
)

// Settings reads and writes the site-wide sign-in settings that admins
// change at run time. Every replica reads them from the database.
type Settings struct{ db database.Querier }

// NewSettings returns Settings on db (a pool or a transaction).
func NewSettings(db database.Querier) *Settings { return &Settings{db: db} }

const settingRequireTwoFactor = "require_two_factor"

// RequireTwoFactor reports whether every back-office user must use
// two-factor authentication; false until an admin turns it on.
func (s *Settings) RequireTwoFactor(ctx context.Context) (bool, error) {
	var on bool
	err := s.db.QueryRow(ctx, `SELECT value::boolean FROM settings WHERE key = $1`,
		settingRequireTwoFactor).Scan(&on)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("accounts.RequireTwoFactor: %w", err)
	}
	return on, nil
}

// SetRequireTwoFactor turns the two-factor requirement on or off.
func (s *Settings) SetRequireTwoFactor(ctx context.Context, on bool) error {
	_, err := s.db.Exec(ctx, `
		INSERT INTO settings (key, value) VALUES ($1, to_jsonb($2::boolean))
		ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
		settingRequireTwoFactor, on)
	if err != nil {
		return fmt.Errorf("accounts.SetRequireTwoFactor: %w", err)
	}
	return nil
}
