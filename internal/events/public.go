package events

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
)

// Filter narrows the public agenda; zero fields do not filter.
type Filter struct {
	Type     Type
	Province string
	// Online nil: all events; true: those with an online link (hybrid
	// included); false: those with a venue (hybrid included).
	Online *bool
	// Provisions the event must offer.
	WheelchairAccessible    bool
	SignLanguageInterpreter bool
	QuietRoom               bool
	// PartnerID limits the list to one organisation's events, for its
	// public profile page.
	PartnerID *int64
}

// Cursor marks a position in a list ordered by start time, for keyset
// paging.
type Cursor struct {
	StartsAt time.Time
	ID       int64
}

// ListQuery selects a page of the public agenda. Set at most one of After
// (the page after a cursor) and Before (the page before it).
type ListQuery struct {
	Filter
	After  *Cursor
	Before *Cursor
	Limit  int // 20 when zero
}

// Page is one page of the agenda.
type Page struct {
	Events []Event
	// Next is the cursor of the following page; nil on the last page.
	Next *Cursor
	// Prev is the cursor of the preceding page; nil on the first page.
	Prev *Cursor
}

// sqlWhere collects conditions with their arguments; "?" in a condition
// becomes the next placeholder.
type sqlWhere struct {
	conds []string
	args  []any
}

func (w *sqlWhere) add(cond string, args ...any) {
	for _, a := range args {
		w.args = append(w.args, a)
		cond = strings.Replace(cond, "?", "$"+strconv.Itoa(len(w.args)), 1)
	}
	w.conds = append(w.conds, cond)
}

func (w *sqlWhere) String() string { return "WHERE " + strings.Join(w.conds, " AND ") + " " }

func (f Filter) apply(w *sqlWhere) {
	if f.Type != "" {
		w.add("e.type = ?", f.Type)
	}
	if f.Province != "" {
		w.add("e.province = ?", f.Province)
	}
	if f.Online != nil {
		if *f.Online {
			w.add("e.online")
		} else {
			w.add("e.venue_name <> ''")
		}
	}
	if f.WheelchairAccessible {
		w.add("e.wheelchair_accessible")
	}
	if f.SignLanguageInterpreter {
		w.add("e.sign_language_interpreter")
	}
	if f.QuietRoom {
		w.add("e.quiet_room")
	}
	if f.PartnerID != nil {
		w.add("e.partner_id = ?", *f.PartnerID)
	}
}

// Upcoming returns a page of approved events that have not ended, soonest
// first, matching q's filter. Cancelled events are left out; their pages
// stay reachable by slug.
func (s *Store) Upcoming(ctx context.Context, q ListQuery) (Page, error) {
	var w sqlWhere
	w.add("e.status = 'approved'")
	w.add("e.ends_at > ?", s.now())
	p, err := s.page(ctx, w, q, true)
	return p, wrap("Upcoming", err)
}

// Archive returns a page of approved events that have ended, latest start
// first, matching q's filter.
func (s *Store) Archive(ctx context.Context, q ListQuery) (Page, error) {
	var w sqlWhere
	w.add("e.status = 'approved'")
	w.add("e.ends_at <= ?", s.now())
	p, err := s.page(ctx, w, q, false)
	return p, wrap("Archive", err)
}

// page runs a keyset-paged query on (starts_at, id), ascending when asc.
func (s *Store) page(ctx context.Context, w sqlWhere, q ListQuery, asc bool) (Page, error) {
	if q.Limit <= 0 {
		q.Limit = 20
	}
	q.Filter.apply(&w)
	forward, backward, order := ">", "<", "ASC"
	if !asc {
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
	// One row more than the page tells whether another page follows.
	args := append(w.args, q.Limit+1)
	rows, err := s.db.Query(ctx, `SELECT `+eventColumns+eventFrom+w.String()+`
		ORDER BY e.starts_at `+order+`, e.id `+order+` LIMIT $`+strconv.Itoa(len(args)), args...)
	list, err := collectEvents(rows, err)
	if err != nil {
		return Page{}, err
	}
	more := len(list) > q.Limit
	if more {
		list = list[:q.Limit]
	}
	if backwards {
		slices.Reverse(list)
	}
	p := Page{Events: list}
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

// Month returns the approved events that take place, wholly or partly, in
// the given calendar month in Europe/Amsterdam, soonest first, matching f.
// Past events are included, so a month view of an earlier month works.
func (s *Store) Month(ctx context.Context, year int, month time.Month, f Filter) ([]Event, error) {
	from := time.Date(year, month, 1, 0, 0, 0, 0, i18n.Amsterdam())
	to := from.AddDate(0, 1, 0)
	var w sqlWhere
	w.add("e.status = 'approved'")
	w.add("e.starts_at < ?", to)
	w.add("e.ends_at > ?", from)
	f.apply(&w)
	list, err := collectEvents(s.db.Query(ctx, `SELECT `+eventColumns+eventFrom+w.String()+`
		ORDER BY e.starts_at, e.id`, w.args...))
	return list, wrap("Month", err)
}

// PublicBySlug returns the event with slug when it has a public page:
// approved, or cancelled after it was published. It returns
// database.ErrNotFound for any other slug, including drafts, submissions
// and rejected events.
func (s *Store) PublicBySlug(ctx context.Context, slug string) (Event, error) {
	if !validSlug(slug) {
		// Not worth a query, and PostgreSQL refuses some such strings
		// (invalid UTF-8, NUL) with an error rather than no row.
		return Event{}, wrap("PublicBySlug", database.ErrNotFound)
	}
	e, err := s.oneEvent(ctx, `WHERE e.slug = $1 AND e.published_at IS NOT NULL
		AND e.status IN ('approved', 'cancelled')`, slug)
	return e, wrap("PublicBySlug", err)
}

// Feed returns the published events that have not ended, cancelled ones
// included so that subscribed calendars learn of the cancellation, soonest
// first, at most 1000.
func (s *Store) Feed(ctx context.Context) ([]Event, error) {
	list, err := collectEvents(s.db.Query(ctx, `SELECT `+eventColumns+eventFrom+`
		WHERE e.published_at IS NOT NULL AND e.status IN ('approved', 'cancelled') AND e.ends_at > $1
		ORDER BY e.starts_at, e.id LIMIT 1000`, s.now()))
	return list, wrap("Feed", err)
}

// ByID returns event id in any status, for editors; database.ErrNotFound
// when there is none. Partner users' requests use PartnerEvent instead.
func (s *Store) ByID(ctx context.Context, id int64) (Event, error) {
	e, err := s.oneEvent(ctx, `WHERE e.id = $1`, id)
	return e, wrap("ByID", err)
}
