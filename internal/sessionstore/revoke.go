package sessionstore

import (
	"context"
	"fmt"

	"github.com/gorilla/sessions"

	"github.com/podium-portal/podium/internal/database"
)

// userIDKey is the session value that holds the signed-in user's id. Save
// copies it to the user_id column, which DeleteForUser matches.
const userIDKey = "_user_id"

// SetUser records userID as the session's user; the next Save or Renew
// writes it to the user_id column so that DeleteForUser ends the session. At
// sign-in call Renew after it.
func (s *Store) SetUser(sess *sessions.Session, userID int64) {
	sess.Values[userIDKey] = userID
}

// UserID returns the user recorded by SetUser, or false when the session has
// none (anonymous, or signed out).
func UserID(sess *sessions.Session) (int64, bool) {
	id, ok := sess.Values[userIDKey].(int64)
	return id, ok
}

// DeleteForUser ends every session of userID and returns how many it ended.
// Call it when the user's password changes or the account is disabled or
// deleted; db may be a transaction, so that the sessions end exactly when
// the change commits. Requests already running with one of these sessions
// cannot save it again (Save returns ErrSessionEnded).
func (s *Store) DeleteForUser(ctx context.Context, db database.Querier, userID int64) (int64, error) {
	const q = `DELETE FROM sessions WHERE user_id = $1`
	tag, err := db.Exec(ctx, q, userID)
	if err != nil {
		return 0, fmt.Errorf("sessionstore.DeleteForUser: %w", err)
	}
	return tag.RowsAffected(), nil
}

// DeleteForUserExcept ends every session of userID except keep, and returns
// how many it ended; use it when users change their own password, so that
// they stay signed in where they did it. When keep is nil or has never been
// saved it ends all of the user's sessions, like DeleteForUser.
func (s *Store) DeleteForUserExcept(ctx context.Context, db database.Querier, userID int64, keep *sessions.Session) (int64, error) {
	// IS DISTINCT FROM, because with a NULL hash "<>" would match no row.
	const q = `DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2`
	var keepHash []byte
	if keep != nil {
		keepHash, _ = tokenHash(keep.ID)
	}
	tag, err := db.Exec(ctx, q, userID, keepHash)
	if err != nil {
		return 0, fmt.Errorf("sessionstore.DeleteForUserExcept: %w", err)
	}
	return tag.RowsAffected(), nil
}

// DeleteExpired deletes the sessions that have ended, idle or absolute, by
// the store's clock, and returns how many. Expired sessions never load, so
// this only reclaims space; run it periodically (e.g. hourly) on one replica
// or on all, it is idempotent.
func (s *Store) DeleteExpired(ctx context.Context) (int64, error) {
	// Same rule as Store.expired. The idle half has no index; the table holds
	// only live sessions plus those expired since the last run.
	const q = `DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2`
	now := s.now()
	tag, err := s.pool.Exec(ctx, q, now, now.Add(-s.opts.IdleTimeout))
	if err != nil {
		return 0, fmt.Errorf("sessionstore.DeleteExpired: %w", err)
	}
	return tag.RowsAffected(), nil
}
