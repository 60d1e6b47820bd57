package mail

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/database"
)

// Outbox stores mails and hands them to River for delivery.
type Outbox struct {
	db   database.Querier
	jobs *river.Client[pgx.Tx]
}

// NewOutbox returns an outbox that reads through db and enqueues delivery
// jobs with jobs, which may be an insert-only client (jobs.NewClient with no
// workers). With a nil jobs the outbox can list mails but not enqueue them.
func NewOutbox(db database.Querier, jobs *river.Client[pgx.Tx]) *Outbox {
	return &Outbox{db: db, jobs: jobs}
}

// Enqueue validates msg, stores it as queued and inserts the River job that
// sends it, both in tx: when the caller rolls tx back, neither the mail nor
// the job remains. The mail is sent only after tx commits. It returns the
// mail's ID.
func (o *Outbox) Enqueue(ctx context.Context, tx pgx.Tx, msg Message) (int64, error) {
	if o.jobs == nil {
		return 0, errors.New("mail.Enqueue: outbox has no job client")
	}
	if err := msg.validate(); err != nil {
		return 0, fmt.Errorf("mail.Enqueue: %w", err)
	}
	const insertMail = `
		INSERT INTO outbox_mails (to_address, to_name, lang, kind, subject, text_body, html_body)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		RETURNING id`
	var id int64
	err := tx.QueryRow(ctx, insertMail,
		msg.To, msg.ToName, string(msg.Lang), msg.Kind, msg.Subject, msg.Text, msg.HTML,
	).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("mail.Enqueue: insert mail: %w", err)
	}
	if len(msg.Attachments) > 0 {
		const insertAttachment = `
			INSERT INTO outbox_attachments (mail_id, position, filename, content_type, data)
			VALUES ($1, $2, $3, $4, $5)`
		b := &pgx.Batch{}
		for i, a := range msg.Attachments {
			b.Queue(insertAttachment, id, i, a.Filename, a.ContentType, a.Data)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return 0, fmt.Errorf("mail.Enqueue: insert attachments: %w", err)
		}
	}
	if _, err := o.jobs.InsertTx(ctx, tx, SendArgs{MailID: id}, nil); err != nil {
		return 0, fmt.Errorf("mail.Enqueue: insert job: %w", err)
	}
	return id, nil
}

// ListFilter selects mails for List.
type ListFilter struct {
	// Status keeps only mails in that status; empty keeps all.
	Status Status
	// Limit caps the number of mails; zero or less means DefaultListLimit,
	// and more than MaxListLimit means MaxListLimit.
	Limit int
	// Before, when not zero, keeps only mails enqueued before the mail with
	// that ID, for the next page: pass the ID of the last mail shown.
	Before int64
}

// List limits.
const (
	DefaultListLimit = 50
	MaxListLimit     = 500
)

// List returns the mails that match f, newest first. To keep the listing
// light it leaves Text, HTML and Attachments empty; ByID fills them. An
// unknown f.Status is an error. A Before that names no mail gives no mails.
func (o *Outbox) List(ctx context.Context, f ListFilter) ([]Mail, error) {
	if f.Status != "" && !f.Status.Valid() {
		return nil, fmt.Errorf("mail.List: unknown status %q", f.Status)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultListLimit
	}
	limit = min(limit, MaxListLimit)
	const q = `
		SELECT id, to_address, to_name, lang, kind, subject, status, attempts, last_error,
		       created_at, updated_at, sent_at
		FROM outbox_mails
		WHERE ($1::text = '' OR status = $1::text)
		  AND ($2::bigint = 0 OR (created_at, id) < (SELECT created_at, id FROM outbox_mails WHERE id = $2::bigint))
		ORDER BY created_at DESC, id DESC
		LIMIT $3`
	rows, err := o.db.Query(ctx, q, string(f.Status), f.Before, limit)
	if err != nil {
		return nil, fmt.Errorf("mail.List: %w", err)
	}
	mails, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Mail, error) {
		var m Mail
		err := row.Scan(&m.ID, &m.To, &m.ToName, &m.Lang, &m.Kind, &m.Subject, &m.Status,
			&m.Attempts, &m.LastError, &m.CreatedAt, &m.UpdatedAt, &m.SentAt)
		return m, err
	})
	if err != nil {
		return nil, fmt.Errorf("mail.List: %w", err)
	}
	return mails, nil
}

// ByID returns the mail with its bodies and attachments, or
// database.ErrNotFound when there is no mail with that ID.
func (o *Outbox) ByID(ctx context.Context, id int64) (Mail, error) {
	m, err := mailByID(ctx, o.db, id)
	if err != nil {
		return Mail{}, fmt.Errorf("mail.ByID: %w", err)
	}
	return m, nil
}

func mailByID(ctx context.Context, db database.Querier, id int64) (Mail, error) {
	const q = `
		SELECT id, to_address, to_name, lang, kind, subject, text_body, html_body, status,
		       attempts, last_error, created_at, updated_at, sent_at
		FROM outbox_mails
		WHERE id = $1`
	var m Mail
	err := db.QueryRow(ctx, q, id).Scan(&m.ID, &m.To, &m.ToName, &m.Lang, &m.Kind, &m.Subject,
		&m.Text, &m.HTML, &m.Status, &m.Attempts, &m.LastError, &m.CreatedAt, &m.UpdatedAt, &m.SentAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return Mail{}, database.ErrNotFound
	}
	if err != nil {
		return Mail{}, err
	}
	if m.Attachments, err = attachments(ctx, db, id); err != nil {
		return Mail{}, err
	}
	return m, nil
}

func attachments(ctx context.Context, db database.Querier, mailID int64) ([]Attachment, error) {
	const q = `
		SELECT filename, content_type, data
		FROM outbox_attachments
		WHERE mail_id = $1
		ORDER BY position`
	rows, err := db.Query(ctx, q, mailID)
	if err != nil {
		return nil, fmt.Errorf("attachments: %w", err)
	}
	as, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Attachment, error) {
		var a Attachment
		err := row.Scan(&a.Filename, &a.ContentType, &a.Data)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("attachments: %w", err)
	}
	return as, nil
}
