package events

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/podium-portal/podium/internal/database"
)

// Store reads and writes events, their revisions and registrations.
type Store struct {
	db  database.Querier
	now func() time.Time
}

// NewStore returns a Store on db: a pool, a connection or a transaction.
// Methods that change several rows run in a transaction of their own, or in
// a savepoint when db is a transaction, so they compose with database.InTx
// (to write the audit log and the mail outbox in the same transaction).
func NewStore(db database.Querier) *Store { return &Store{db: db, now: time.Now} }

// WithQuerier returns a Store with the same clock that runs its queries on q.
func (s *Store) WithQuerier(q database.Querier) *Store { return &Store{db: q, now: s.now} }

// WithClock returns a Store that takes "now" from now, for tests. The
// clock decides what is upcoming and whether registration is still open;
// timestamps such as confirmed_at come from the database.
func (s *Store) WithClock(now func() time.Time) *Store { return &Store{db: s.db, now: now} }

// beginner is what a pool, a pooled connection and a transaction offer;
// on a transaction Begin starts a savepoint.
type beginner interface {
	Begin(ctx context.Context) (pgx.Tx, error)
}

func (s *Store) inTx(ctx context.Context, fn func(st *Store) error) error {
	b, ok := s.db.(beginner)
	if !ok {
		return errors.New("the querier cannot begin a transaction")
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

func isSentinel(err error) bool {
	for _, target := range []error{database.ErrNotFound, ErrNotPending, ErrReasonRequired, ErrCancelled,
		ErrNotDraft, ErrRegistrationClosed, ErrAlreadyRegistered, ErrTokenInvalid, ErrAlreadyConfirmed,
		ErrAlreadyCancelled} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

func pgCode(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code
	}
	return ""
}

const uniqueViolation = "23505"

// eventColumns are selected from events e left-joined to partners p and to
// the lateral counts c, in the order scanEvent expects.
const eventColumns = `e.id, e.partner_id, coalesce(p.name, ''), coalesce(p.slug, ''), e.slug, e.uid::text,
	e.type, e.title_nl, e.title_en, e.description_nl, e.description_en, e.starts_at, e.ends_at,
	e.online, e.online_url, e.venue_name, e.address, e.city, coalesce(e.province, ''),
	e.wheelchair_accessible, e.sign_language_interpreter, e.quiet_room,
	e.accessibility_note_nl, e.accessibility_note_en, e.capacity, e.registration_open,
	e.status, e.moderation_reason, e.sequence, e.published_at, e.cancelled_at, e.created_at, e.updated_at,
	c.confirmed, c.waitlisted, c.pending`

const eventFrom = ` FROM events e
	LEFT JOIN partners p ON p.id = e.partner_id
	CROSS JOIN LATERAL (
		SELECT count(*) FILTER (WHERE r.status = 'confirmed') AS confirmed,
			count(*) FILTER (WHERE r.status = 'waitlisted') AS waitlisted,
			count(*) FILTER (WHERE r.status = 'pending_confirmation') AS pending
		FROM registrations r WHERE r.event_id = e.id
	) c `

func scanEvent(row pgx.Row, extra ...any) (Event, error) {
	var e Event
	dest := append([]any{&e.ID, &e.PartnerID, &e.PartnerName, &e.PartnerSlug, &e.Slug, &e.UID,
		&e.Type, &e.TitleNL, &e.TitleEN, &e.DescriptionNL, &e.DescriptionEN, &e.StartsAt, &e.EndsAt,
		&e.Online, &e.OnlineURL, &e.VenueName, &e.Address, &e.City, &e.Province,
		&e.WheelchairAccessible, &e.SignLanguageInterpreter, &e.QuietRoom,
		&e.AccessibilityNoteNL, &e.AccessibilityNoteEN, &e.Capacity, &e.RegistrationOpen,
		&e.Status, &e.ModerationReason, &e.Sequence, &e.PublishedAt, &e.CancelledAt, &e.CreatedAt, &e.UpdatedAt,
		&e.Counts.Confirmed, &e.Counts.Waitlisted, &e.Counts.Pending}, extra...)
	if err := row.Scan(dest...); err != nil {
		return Event{}, err
	}
	if e.Capacity != nil {
		left := max(*e.Capacity-e.Counts.Confirmed, 0)
		e.Counts.SeatsLeft = &left
	}
	return e, nil
}

func collectEvents(rows pgx.Rows, err error) ([]Event, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Event, error) { return scanEvent(r) })
}

// oneEvent returns the event selected by where, or database.ErrNotFound.
func (s *Store) oneEvent(ctx context.Context, where string, args ...any) (Event, error) {
	e, err := scanEvent(s.db.QueryRow(ctx, `SELECT `+eventColumns+eventFrom+where, args...))
	if errors.Is(err, pgx.ErrNoRows) {
		return Event{}, database.ErrNotFound
	}
	return e, err
}

const revisionColumns = `v.id, v.event_id, v.content, v.status, v.reason, v.submitted_by, v.submitted_at,
	v.decided_by, v.decided_at`

func scanRevision(row pgx.Row) (Revision, error) {
	var v Revision
	var content []byte
	err := row.Scan(&v.ID, &v.EventID, &content, &v.Status, &v.Reason, &v.SubmittedBy, &v.SubmittedAt,
		&v.DecidedBy, &v.DecidedAt)
	if err != nil {
		return Revision{}, err
	}
	if err := json.Unmarshal(content, &v.Content); err != nil {
		return Revision{}, fmt.Errorf("revision %d: %w", v.ID, err)
	}
	return v, nil
}

// writeContent sets the content columns of event id to c.
func (s *Store) writeContent(ctx context.Context, id int64, c Content) error {
	_, err := s.db.Exec(ctx, `
		UPDATE events SET type = $2, title_nl = $3, title_en = $4, description_nl = $5, description_en = $6,
			starts_at = $7, ends_at = $8, online = $9, online_url = $10, venue_name = $11, address = $12,
			city = $13, province = nullif($14, ''), wheelchair_accessible = $15,
			sign_language_interpreter = $16, quiet_room = $17, accessibility_note_nl = $18,
			accessibility_note_en = $19, capacity = $20, registration_open = $21, updated_at = now()
		WHERE id = $1`,
		id, c.Type, c.TitleNL, c.TitleEN, c.DescriptionNL, c.DescriptionEN, c.StartsAt, c.EndsAt,
		c.Online, c.OnlineURL, c.VenueName, c.Address, c.City, c.Province, c.WheelchairAccessible,
		c.SignLanguageInterpreter, c.QuietRoom, c.AccessibilityNoteNL, c.AccessibilityNoteEN,
		c.Capacity, c.RegistrationOpen)
	return err
}

// insertEvent adds an event with content c and a unique slug made from its
// title and date, and returns its id.
func (s *Store) insertEvent(ctx context.Context, partnerID *int64, by *int64, c Content, status Status) (int64, error) {
	base := baseSlug(c.TitleNL, c.StartsAt)
	for n := 1; ; n++ {
		slug := base
		if n > 1 {
			slug = fmt.Sprintf("%s-%d", base, n)
		}
		if n > 50 {
			slug = base + "-" + randomSuffix()
		}
		var id int64
		err := s.db.QueryRow(ctx, `
			INSERT INTO events (partner_id, slug, status, created_by, type, title_nl, title_en,
				description_nl, description_en, starts_at, ends_at, online, online_url, venue_name, address,
				city, province, wheelchair_accessible, sign_language_interpreter, quiet_room,
				accessibility_note_nl, accessibility_note_en, capacity, registration_open)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, nullif($17, ''),
				$18, $19, $20, $21, $22, $23, $24)
			ON CONFLICT (slug) DO NOTHING
			RETURNING id`,
			partnerID, slug, status, by, c.Type, c.TitleNL, c.TitleEN, c.DescriptionNL, c.DescriptionEN,
			c.StartsAt, c.EndsAt, c.Online, c.OnlineURL, c.VenueName, c.Address, c.City, c.Province,
			c.WheelchairAccessible, c.SignLanguageInterpreter, c.QuietRoom, c.AccessibilityNoteNL,
			c.AccessibilityNoteEN, c.Capacity, c.RegistrationOpen).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			continue // slug taken
		}
		return id, err
	}
}

// insertRevision supersedes the pending revision of eventID, if any, and
// stores c as the new pending one. The caller holds the event's lock.
func (s *Store) insertRevision(ctx context.Context, eventID int64, by *int64, c Content) (Revision, error) {
	if _, err := s.db.Exec(ctx, `
		UPDATE event_revisions SET status = 'superseded', decided_at = now()
		WHERE event_id = $1 AND status = 'pending'`, eventID); err != nil {
		return Revision{}, err
	}
	content, err := json.Marshal(c)
	if err != nil {
		return Revision{}, err
	}
	return scanRevision(s.db.QueryRow(ctx, `
		INSERT INTO event_revisions AS v (event_id, content, submitted_by) VALUES ($1, $2, $3)
		RETURNING `+revisionColumns, eventID, content, by))
}

// lockEvent locks event id, only when it belongs to partnerID if that is
// not nil, and returns its status; database.ErrNotFound otherwise. Every
// change of an event or of its registrations' statuses holds this lock.
func (s *Store) lockEvent(ctx context.Context, id int64, partnerID *int64) (Status, error) {
	var st Status
	err := s.db.QueryRow(ctx, `
		SELECT status FROM events WHERE id = $1 AND ($2::bigint IS NULL OR partner_id = $2)
		FOR UPDATE`, id, partnerID).Scan(&st)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", database.ErrNotFound
	}
	return st, err
}

// Create stores a new event of partnerID submitted by user by (0 for the
// system) and sends it to moderation. It returns a *ValidationError for content it cannot
// accept.
func (s *Store) Create(ctx context.Context, partnerID, by int64, c Content) (Event, error) {
	e, err := s.create(ctx, &partnerID, userRef(by), c, StatusSubmitted)
	return e, wrap("Create", err)
}

// CreateDraft stores a new event of partnerID as a draft that is not sent
// to moderation; Update sends it later.
func (s *Store) CreateDraft(ctx context.Context, partnerID, by int64, c Content) (Event, error) {
	e, err := s.create(ctx, &partnerID, userRef(by), c, StatusDraft)
	return e, wrap("CreateDraft", err)
}

func (s *Store) create(ctx context.Context, partnerID, by *int64, c Content, status Status) (Event, error) {
	c, err := c.Normalize()
	if err != nil {
		return Event{}, err
	}
	var e Event
	err = s.inTx(ctx, func(st *Store) error {
		id, err := st.insertEvent(ctx, partnerID, by, c, status)
		if err != nil {
			return err
		}
		if status == StatusSubmitted {
			if _, err := st.insertRevision(ctx, id, by, c); err != nil {
				return err
			}
		}
		e, err = st.oneEvent(ctx, `WHERE e.id = $1`, id)
		return err
	})
	return e, err
}

// Update submits content c for event eventID of partnerID. An event that
// was never approved takes c at once and waits for moderation (status
// submitted); an approved event keeps its live version public while c waits
// as a pending revision, replacing any earlier pending one (content equal
// to the live version withdraws the pending change instead). It returns
// database.ErrNotFound when partnerID has no such event, ErrCancelled for a
// cancelled event and a *ValidationError for bad content.
func (s *Store) Update(ctx context.Context, partnerID, eventID, by int64, c Content) (PartnerEvent, error) {
	pe, err := s.update(ctx, &partnerID, eventID, userRef(by), c, false)
	return pe, wrap("Update", err)
}

// UpdateDraft saves c into the draft eventID of partnerID without sending
// it to moderation. It returns ErrNotDraft once the event was submitted.
func (s *Store) UpdateDraft(ctx context.Context, partnerID, eventID, by int64, c Content) (PartnerEvent, error) {
	pe, err := s.update(ctx, &partnerID, eventID, userRef(by), c, true)
	return pe, wrap("UpdateDraft", err)
}

func (s *Store) update(ctx context.Context, partnerID *int64, eventID int64, by *int64, c Content, draft bool) (PartnerEvent, error) {
	c, err := c.Normalize()
	if err != nil {
		return PartnerEvent{}, err
	}
	err = s.inTx(ctx, func(st *Store) error {
		status, err := st.lockEvent(ctx, eventID, partnerID)
		if err != nil {
			return err
		}
		switch {
		case status == StatusCancelled:
			return ErrCancelled
		case draft && status != StatusDraft:
			return ErrNotDraft
		case draft:
			return st.writeContent(ctx, eventID, c)
		case status == StatusApproved:
			live, err := st.oneEvent(ctx, `WHERE e.id = $1`, eventID)
			if err != nil {
				return err
			}
			if len(Changes(live.Content, c)) == 0 {
				// Back to the live version: nothing to moderate, and an
				// earlier pending change is withdrawn.
				_, err := st.db.Exec(ctx, `
					UPDATE event_revisions SET status = 'superseded', decided_at = now()
					WHERE event_id = $1 AND status = 'pending'`, eventID)
				return err
			}
		default:
			if err := st.writeContent(ctx, eventID, c); err != nil {
				return err
			}
			if _, err := st.db.Exec(ctx, `
				UPDATE events SET status = 'submitted', moderation_reason = '' WHERE id = $1`, eventID); err != nil {
				return err
			}
		}
		_, err = st.insertRevision(ctx, eventID, by, c)
		return err
	})
	if err != nil {
		return PartnerEvent{}, err
	}
	return s.partnerEvent(ctx, partnerID, eventID)
}

// PartnerEvent returns event eventID of partnerID with its pending change
// and last decision; database.ErrNotFound when partnerID has no such event.
func (s *Store) PartnerEvent(ctx context.Context, partnerID, eventID int64) (PartnerEvent, error) {
	pe, err := s.partnerEvent(ctx, &partnerID, eventID)
	return pe, wrap("PartnerEvent", err)
}

// StaffEvent is PartnerEvent for editors: any event, of any partner.
func (s *Store) StaffEvent(ctx context.Context, eventID int64) (PartnerEvent, error) {
	pe, err := s.partnerEvent(ctx, nil, eventID)
	return pe, wrap("StaffEvent", err)
}

func (s *Store) partnerEvent(ctx context.Context, partnerID *int64, eventID int64) (PartnerEvent, error) {
	e, err := s.oneEvent(ctx, `WHERE e.id = $1 AND ($2::bigint IS NULL OR e.partner_id = $2)`, eventID, partnerID)
	if err != nil {
		return PartnerEvent{}, err
	}
	pe := PartnerEvent{Event: e}
	pe.Pending, err = s.latestRevision(ctx, eventID, `v.status = 'pending'`)
	if err != nil {
		return PartnerEvent{}, err
	}
	pe.LastDecision, err = s.latestRevision(ctx, eventID, `v.status IN ('approved', 'rejected', 'changes_requested')`)
	if err != nil {
		return PartnerEvent{}, err
	}
	return pe, nil
}

func (s *Store) latestRevision(ctx context.Context, eventID int64, cond string) (*Revision, error) {
	v, err := scanRevision(s.db.QueryRow(ctx, `SELECT `+revisionColumns+` FROM event_revisions v
		WHERE v.event_id = $1 AND `+cond+` ORDER BY v.id DESC LIMIT 1`, eventID))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// PartnerEvents returns every event of partnerID, latest start first, with
// counts; HasPending on each says whether a change waits for moderation.
func (s *Store) PartnerEvents(ctx context.Context, partnerID int64) ([]PartnerEventSummary, error) {
	rows, err := s.db.Query(ctx, `SELECT `+eventColumns+`,
			EXISTS (SELECT 1 FROM event_revisions v WHERE v.event_id = e.id AND v.status = 'pending')`+
		eventFrom+`WHERE e.partner_id = $1 ORDER BY e.starts_at DESC, e.id DESC`, partnerID)
	if err != nil {
		return nil, fmt.Errorf("events.PartnerEvents: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (PartnerEventSummary, error) {
		var es PartnerEventSummary
		var err error
		es.Event, err = scanEvent(r, &es.HasPending)
		return es, err
	})
	if err != nil {
		return nil, fmt.Errorf("events.PartnerEvents: %w", err)
	}
	return list, nil
}

// PartnerEventSummary is a row of the partner portal's event list.
type PartnerEventSummary struct {
	Event
	HasPending bool
}

// CancelPartnerEvent cancels event eventID of partnerID: it is called off,
// stays public with STATUS:CANCELLED when it was published (its SEQUENCE
// raised), and any pending change is dropped. It returns the registrations
// to notify, database.ErrNotFound when partnerID has no such event and
// ErrCancelled when it was cancelled before.
func (s *Store) CancelPartnerEvent(ctx context.Context, partnerID, eventID int64) (Cancellation, error) {
	c, err := s.cancelEvent(ctx, &partnerID, eventID)
	return c, wrap("CancelPartnerEvent", err)
}

// CancelEvent is CancelPartnerEvent for editors: any event.
func (s *Store) CancelEvent(ctx context.Context, eventID int64) (Cancellation, error) {
	c, err := s.cancelEvent(ctx, nil, eventID)
	return c, wrap("CancelEvent", err)
}

func (s *Store) cancelEvent(ctx context.Context, partnerID *int64, eventID int64) (Cancellation, error) {
	var out Cancellation
	err := s.inTx(ctx, func(st *Store) error {
		status, err := st.lockEvent(ctx, eventID, partnerID)
		if err != nil {
			return err
		}
		if status == StatusCancelled {
			return ErrCancelled
		}
		if _, err := st.db.Exec(ctx, `
			UPDATE events SET status = 'cancelled', cancelled_at = now(), updated_at = now(),
				sequence = sequence + CASE WHEN published_at IS NULL THEN 0 ELSE 1 END
			WHERE id = $1`, eventID); err != nil {
			return err
		}
		if _, err := st.db.Exec(ctx, `
			UPDATE event_revisions SET status = 'superseded', decided_at = now()
			WHERE event_id = $1 AND status = 'pending'`, eventID); err != nil {
			return err
		}
		if out.Event, err = st.oneEvent(ctx, `WHERE e.id = $1`, eventID); err != nil {
			return err
		}
		out.Notify, err = st.registrations(ctx, nil, eventID)
		return err
	})
	return out, err
}
