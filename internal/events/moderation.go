package events

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
)

// submissionQuery selects pending-or-not revisions v with their event e and
// the content of the revision decided before v (NULL when none).
const submissionQuery = `SELECT ` + eventColumns + `, ` + revisionColumns + `, prev.content` + eventFrom + `
	JOIN event_revisions v ON v.event_id = e.id
	LEFT JOIN LATERAL (
		SELECT w.content FROM event_revisions w
		WHERE w.event_id = v.event_id AND w.id < v.id
			AND w.status IN ('approved', 'rejected', 'changes_requested')
		ORDER BY w.id DESC LIMIT 1
	) prev ON true `

func scanSubmission(row pgx.Row) (Submission, error) {
	var sub Submission
	var content, prev []byte
	v := &sub.Revision
	e, err := scanEvent(row, &v.ID, &v.EventID, &content, &v.Status, &v.Reason, &v.SubmittedBy,
		&v.SubmittedAt, &v.DecidedBy, &v.DecidedAt, &prev)
	if err != nil {
		return Submission{}, err
	}
	sub.Event = e
	if err := json.Unmarshal(content, &v.Content); err != nil {
		return Submission{}, fmt.Errorf("revision %d: %w", v.ID, err)
	}
	sub.New = e.PublishedAt == nil
	var base Content
	switch {
	case !sub.New:
		base = e.Content
	case prev != nil:
		if err := json.Unmarshal(prev, &base); err != nil {
			return Submission{}, fmt.Errorf("revision before %d: %w", v.ID, err)
		}
	}
	sub.Changes = Changes(base, v.Content)
	return sub, nil
}

// ModerationQueue returns the pending submissions, oldest first, each with
// the fields it changes.
func (s *Store) ModerationQueue(ctx context.Context) ([]Submission, error) {
	rows, err := s.db.Query(ctx, submissionQuery+`WHERE v.status = 'pending' ORDER BY v.submitted_at, v.id`)
	if err != nil {
		return nil, fmt.Errorf("events.ModerationQueue: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Submission, error) { return scanSubmission(r) })
	if err != nil {
		return nil, fmt.Errorf("events.ModerationQueue: %w", err)
	}
	return list, nil
}

// Submission returns revision revisionID, in any status, with its event and
// changes, for the moderator's page; database.ErrNotFound when there is
// none.
func (s *Store) Submission(ctx context.Context, revisionID int64) (Submission, error) {
	sub, err := scanSubmission(s.db.QueryRow(ctx, submissionQuery+`WHERE v.id = $1`, revisionID))
	if errors.Is(err, pgx.ErrNoRows) {
		return Submission{}, database.ErrNotFound
	}
	return sub, wrap("Submission", err)
}

// PendingCount returns how many submissions wait for moderation, for the
// editors' digest.
func (s *Store) PendingCount(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRow(ctx, `SELECT count(*) FROM event_revisions WHERE status = 'pending'`).Scan(&n)
	return n, wrap("PendingCount", err)
}

// lockRevision locks the event of revision id and then the revision, in
// the order every writer uses, and returns the revision and the event's
// status. It returns database.ErrNotFound for an unknown revision and
// ErrNotPending when it was decided or superseded.
func (s *Store) lockRevision(ctx context.Context, id int64) (Revision, Status, error) {
	var eventID int64
	err := s.db.QueryRow(ctx, `SELECT event_id FROM event_revisions WHERE id = $1`, id).Scan(&eventID)
	if errors.Is(err, pgx.ErrNoRows) {
		return Revision{}, "", database.ErrNotFound
	}
	if err != nil {
		return Revision{}, "", err
	}
	status, err := s.lockEvent(ctx, eventID, nil)
	if err != nil {
		return Revision{}, "", err
	}
	v, err := scanRevision(s.db.QueryRow(ctx, `SELECT `+revisionColumns+` FROM event_revisions v
		WHERE v.id = $1 FOR UPDATE`, id))
	if err != nil {
		return Revision{}, "", err
	}
	if v.Status != RevisionPending {
		return Revision{}, "", ErrNotPending
	}
	return v, status, nil
}

// Approve publishes pending revision revisionID on behalf of moderator: its
// content becomes the event's live version. Approving a change to a
// published event raises the event's SEQUENCE. When the new version has
// more seats, waitlisted registrations move up and are returned in
// Approval.Promoted. It returns database.ErrNotFound and ErrNotPending.
func (s *Store) Approve(ctx context.Context, revisionID, moderator int64) (Approval, error) {
	var a Approval
	err := s.inTx(ctx, func(st *Store) error {
		var err error
		a, err = st.approve(ctx, revisionID, moderator)
		return err
	})
	return a, wrap("Approve", err)
}

func (s *Store) approve(ctx context.Context, revisionID, moderator int64) (Approval, error) {
	v, status, err := s.lockRevision(ctx, revisionID)
	if err != nil {
		return Approval{}, err
	}
	if err := s.writeContent(ctx, v.EventID, v.Content); err != nil {
		return Approval{}, err
	}
	if _, err := s.db.Exec(ctx, `
		UPDATE events SET status = 'approved', moderation_reason = '',
			published_at = coalesce(published_at, now()),
			sequence = sequence + CASE WHEN $2 THEN 1 ELSE 0 END
		WHERE id = $1`, v.EventID, status == StatusApproved); err != nil {
		return Approval{}, err
	}
	a := Approval{}
	a.Revision, err = scanRevision(s.db.QueryRow(ctx, `
		UPDATE event_revisions v SET status = 'approved', decided_by = $2, decided_at = now()
		WHERE v.id = $1 RETURNING `+revisionColumns, revisionID, userRef(moderator)))
	if err != nil {
		return Approval{}, err
	}
	if a.Promoted, err = s.promote(ctx, v.EventID); err != nil {
		return Approval{}, err
	}
	a.Event, err = s.oneEvent(ctx, `WHERE e.id = $1`, v.EventID)
	return a, err
}

// Reject refuses pending revision revisionID with reason, which the
// partner is told. A change to an approved event is dropped and the live
// version stays public; an event never approved gets status rejected. It
// returns ErrReasonRequired, database.ErrNotFound and ErrNotPending.
func (s *Store) Reject(ctx context.Context, revisionID, moderator int64, reason string) (Revision, error) {
	v, err := s.decide(ctx, revisionID, moderator, reason, RevisionRejected)
	return v, wrap("Reject", err)
}

// RequestChanges sends pending revision revisionID back to the partner
// with reason; the partner answers with Update. The live version of an
// approved event stays public; an event never approved gets status
// changes_requested. Errors are those of Reject.
func (s *Store) RequestChanges(ctx context.Context, revisionID, moderator int64, reason string) (Revision, error) {
	v, err := s.decide(ctx, revisionID, moderator, reason, RevisionChangesRequested)
	return v, wrap("RequestChanges", err)
}

func (s *Store) decide(ctx context.Context, revisionID, moderator int64, reason string, to RevisionStatus) (Revision, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return Revision{}, ErrReasonRequired
	}
	var v Revision
	err := s.inTx(ctx, func(st *Store) error {
		cur, status, err := st.lockRevision(ctx, revisionID)
		if err != nil {
			return err
		}
		if status != StatusApproved {
			if _, err := st.db.Exec(ctx, `
				UPDATE events SET status = $2, moderation_reason = $3, updated_at = now() WHERE id = $1`,
				cur.EventID, string(to), reason); err != nil {
				return err
			}
		}
		v, err = scanRevision(st.db.QueryRow(ctx, `
			UPDATE event_revisions v SET status = $2, reason = $3, decided_by = $4, decided_at = now()
			WHERE v.id = $1 RETURNING `+revisionColumns, revisionID, to, reason, userRef(moderator)))
		return err
	})
	return v, err
}

// CreateOwn stores and publishes at once an event of the employer itself
// (no partner), made by editor by.
func (s *Store) CreateOwn(ctx context.Context, by int64, c Content) (Event, error) {
	c, err := c.Normalize()
	if err != nil {
		return Event{}, err
	}
	var e Event
	err = s.inTx(ctx, func(st *Store) error {
		id, err := st.insertEvent(ctx, nil, userRef(by), c, StatusSubmitted)
		if err != nil {
			return err
		}
		v, err := st.insertRevision(ctx, id, userRef(by), c)
		if err != nil {
			return err
		}
		a, err := st.approve(ctx, v.ID, by)
		e = a.Event
		return err
	})
	return e, wrap("CreateOwn", err)
}

// EditPublished applies c to event eventID at once on behalf of editor by,
// without moderation, and publishes the event if it was not yet; any
// pending change is superseded. It returns database.ErrNotFound,
// ErrCancelled and a *ValidationError.
func (s *Store) EditPublished(ctx context.Context, eventID, by int64, c Content) (Approval, error) {
	c, err := c.Normalize()
	if err != nil {
		return Approval{}, err
	}
	var a Approval
	err = s.inTx(ctx, func(st *Store) error {
		status, err := st.lockEvent(ctx, eventID, nil)
		if err != nil {
			return err
		}
		if status == StatusCancelled {
			return ErrCancelled
		}
		v, err := st.insertRevision(ctx, eventID, userRef(by), c)
		if err != nil {
			return err
		}
		a, err = st.approve(ctx, v.ID, by)
		return err
	})
	return a, wrap("EditPublished", err)
}

// userRef turns a user id into a nullable column value: 0 (the system)
// becomes NULL.
func userRef(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}
