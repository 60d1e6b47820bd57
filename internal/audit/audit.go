// Package audit keeps the append-only record of every back-office change:
// who did it, when, which action on which record, and what it looked like
// before and after. Entries are written in the transaction of the change
// they describe, so the log never claims a change that did not happen.
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
)

// Actor is who made a change; the zero Actor is the system itself (a job
// or the command line).
type Actor struct {
	ID         int64
	Email      string
	RemoteAddr string
}

// Entry is one change to record. Before and After are marshalled to JSON;
// leave them nil when there is nothing to show.
type Entry struct {
	Action     string // "user.invite", "user.role_change", "settings.update", …
	RecordType string // "user", "story", …
	RecordID   string
	Summary    string
	Before     any
	After      any
}

// Record is a stored entry as the audit page shows it.
type Record struct {
	ID         int64
	At         time.Time
	ActorID    *int64
	ActorEmail string
	Action     string
	RecordType string
	RecordID   string
	Summary    string
	Before     string // JSON, "" when none
	After      string
	RemoteAddr string
}

// Filter narrows the audit page; zero fields do not filter.
type Filter struct {
	ActorEmail string
	Action     string // prefix: "user" matches "user.invite"
	RecordType string
	RecordID   string
	From, To   time.Time // To is exclusive
	BeforeID   int64     // keyset paging: entries older than this id
	Limit      int
}

// Log writes and reads audit entries.
type Log struct{ db database.Querier }

// NewLog returns a Log on db (a pool or a transaction).
func NewLog(db database.Querier) *Log { return &Log{db: db} }

// Write appends e by actor. Call it with the transaction of the change.
func (l *Log) Write(ctx context.Context, actor Actor, e Entry) error {
	before, err := marshal(e.Before)
	if err != nil {
		return fmt.Errorf("audit.Write %s: before: %w", e.Action, err)
	}
	after, err := marshal(e.After)
	if err != nil {
		return fmt.Errorf("audit.Write %s: after: %w", e.Action, err)
	}
	var actorID *int64
	if actor.ID != 0 {
		actorID = &actor.ID
	}
	_, err = l.db.Exec(ctx, `
		INSERT INTO audit_log (actor_id, actor_email, action, record_type, record_id, summary, before, after, remote_addr)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		actorID, actor.Email, e.Action, e.RecordType, e.RecordID, e.Summary, before, after, actor.RemoteAddr)
	if err != nil {
		return fmt.Errorf("audit.Write %s: %w", e.Action, err)
	}
	return nil
}

func marshal(v any) ([]byte, error) {
	if v == nil {
		return nil, nil
	}
	return json.Marshal(v)
}

// List returns entries matching f, newest first.
func (l *Log) List(ctx context.Context, f Filter) ([]Record, error) {
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 50
	}
	var where []string
	var args []any
	add := func(cond string, v any) {
		args = append(args, v)
		where = append(where, strings.ReplaceAll(cond, "?", "$"+strconv.Itoa(len(args))))
	}
	if f.ActorEmail != "" {
		add("lower(actor_email) = lower(?)", f.ActorEmail)
	}
	if f.Action != "" {
		add("(action = ? OR starts_with(action, ? || '.'))", f.Action)
	}
	if f.RecordType != "" {
		add("record_type = ?", f.RecordType)
	}
	if f.RecordID != "" {
		add("record_id = ?", f.RecordID)
	}
	if !f.From.IsZero() {
		add("at >= ?", f.From)
	}
	if !f.To.IsZero() {
		add("at < ?", f.To)
	}
	if f.BeforeID > 0 {
		add("id < ?", f.BeforeID)
	}
	sql := `SELECT id, at, actor_id, actor_email, action, record_type, record_id, summary,
		coalesce(before::text, ''), coalesce(after::text, ''), remote_addr FROM audit_log`
	if len(where) > 0 {
		sql += " WHERE " + strings.Join(where, " AND ")
	}
	args = append(args, f.Limit)
	sql += " ORDER BY id DESC LIMIT $" + strconv.Itoa(len(args))
	rows, err := l.db.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("audit.List: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Record, error) {
		var rec Record
		err := r.Scan(&rec.ID, &rec.At, &rec.ActorID, &rec.ActorEmail, &rec.Action, &rec.RecordType,
			&rec.RecordID, &rec.Summary, &rec.Before, &rec.After, &rec.RemoteAddr)
		return rec, err
	})
	if err != nil {
		return nil, fmt.Errorf("audit.List: %w", err)
	}
	return list, nil
}
