package events

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/jackc/pgx/v5"
)

// StaffQuery selects a page of every event, in any status, for the back
// office.
type StaffQuery struct {
	// Past lists the events that have ended, latest first; otherwise those
	// that have not, soonest first.
	Past bool
	// Status limits the list to one status; "" lists all.
	Status Status
	// Own limits the list to the employer's own events.
	Own bool
	// After and Before page as in ListQuery; set at most one.
	After, Before *Cursor
	Limit         int // 50 when zero
}

// StaffPage is one page of StaffEvents.
type StaffPage struct {
	Events     []PartnerEventSummary
	Next, Prev *Cursor
}

// StaffEvents returns a page of every event, of every partner and the
// employer's own, in any status, with counts and whether a change waits
// for moderation.
func (s *Store) StaffEvents(ctx context.Context, q StaffQuery) (StaffPage, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	var w sqlWhere
	if q.Past {
		w.add("e.ends_at <= ?", s.now())
	} else {
		w.add("e.ends_at > ?", s.now())
	}
	if q.Status != "" {
		w.add("e.status = ?", q.Status)
	}
	if q.Own {
		w.add("e.partner_id IS NULL")
	}
	forward, backward, order := ">", "<", "ASC"
	if q.Past {
		forward, backward, order = "<", ">", "DESC"
	}
	backwards := q.Before != nil
	switch {
	case q.After != nil:
		w.add("(e.starts_at, e.id) "+forward+" (?, ?)", q.After.StartsAt, q.After.ID)
	case backwards:
		w.add("(e.starts_at, e.id) "+backward+" (?, ?)", q.Before.StartsAt, q.Before.ID)
		order = map[string]string{"ASC": "DESC", "DESC": "ASC"}[order]
	}
	args := append(w.args, q.Limit+1)
	rows, err := s.db.Query(ctx, `SELECT `+eventColumns+`,
			EXISTS (SELECT 1 FROM event_revisions v WHERE v.event_id = e.id AND v.status = 'pending')`+
		eventFrom+w.String()+`ORDER BY e.starts_at `+order+`, e.id `+order+` LIMIT $`+strconv.Itoa(len(args)), args...)
	if err != nil {
		return StaffPage{}, fmt.Errorf("events.StaffEvents: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (PartnerEventSummary, error) {
		var es PartnerEventSummary
		var err error
		es.Event, err = scanEvent(r, &es.HasPending)
		return es, err
	})
	if err != nil {
		return StaffPage{}, fmt.Errorf("events.StaffEvents: %w", err)
	}
	more := len(list) > q.Limit
	if more {
		list = list[:q.Limit]
	}
	if backwards {
		slices.Reverse(list)
	}
	p := StaffPage{Events: list}
	if len(list) > 0 {
		first, last := list[0], list[len(list)-1]
		if (backwards && more) || (!backwards && q.After != nil) {
			p.Prev = &Cursor{first.StartsAt, first.ID}
		}
		if (!backwards && more) || backwards {
			p.Next = &Cursor{last.StartsAt, last.ID}
		}
	}
	return p, nil
}
