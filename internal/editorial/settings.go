package editorial

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
)

// settingFourEyes is the key in the settings table (see accounts.Settings)
// of the four-eyes rule, a JSON boolean.
const settingFourEyes = "four_eyes_publication"

// fourEyes reads the four-eyes setting through db; off until an admin
// turns it on.
func fourEyes(ctx context.Context, db database.Querier) (bool, error) {
	var on bool
	err := db.QueryRow(ctx, `SELECT value::boolean FROM settings WHERE key = $1`, settingFourEyes).Scan(&on)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("four-eyes setting: %w", err)
	}
	return on, nil
}

// FourEyes reports whether publication needs the approval of someone who
// did not write, last save or submit the story.
func (s *Service) FourEyes(ctx context.Context) (bool, error) {
	on, err := fourEyes(ctx, s.pool)
	if err != nil {
		return false, fmt.Errorf("editorial.FourEyes: %w", err)
	}
	return on, nil
}

// SetFourEyes turns four-eyes publication on or off, by an admin. Planned
// publications approved before keep their approval.
func (s *Service) SetFourEyes(ctx context.Context, by audit.Actor, on bool) error {
	return s.inTx(ctx, "SetFourEyes", func(t tx) error {
		was, err := fourEyes(ctx, t)
		if err != nil {
			return err
		}
		if was == on {
			return nil
		}
		if _, err := t.Exec(ctx, `
			INSERT INTO settings (key, value) VALUES ($1, to_jsonb($2::boolean))
			ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
			settingFourEyes, on); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "settings.update", RecordType: "setting",
			RecordID: settingFourEyes, Summary: fmt.Sprintf("four-eyes publication %s", onOff(on)),
			Before: map[string]bool{settingFourEyes: was}, After: map[string]bool{settingFourEyes: on}})
	})
}

func onOff(on bool) string {
	if on {
		return "on"
	}
	return "off"
}
