package mail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/database"
)

// MaxAttempts is how often a mail is tried before it is marked failed. With
// River's default backoff (attempt⁴ seconds) the last try comes about 1¼
// hours after the first.
const MaxAttempts = 8

// SendArgs is the River job that delivers one outbox mail.
type SendArgs struct {
	MailID int64 `json:"mail_id"`
}

// Kind names the job in River's tables.
func (SendArgs) Kind() string { return "mail_send" }

// InsertOpts gives mail jobs MaxAttempts tries.
func (SendArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: MaxAttempts}
}

// SendWorker is the River worker for SendArgs. Register it with
// river.AddWorker(workers, mail.NewSendWorker(...)).
//
// Delivery is at least once: should the process die between the SMTP
// server's acceptance and the row's update, River retries the job and the
// recipient may get the mail twice. A mail whose row is already sent, kept
// or failed is not sent again.
type SendWorker struct {
	river.WorkerDefaults[SendArgs]
	db      database.Querier
	sender  Sender
	logger  *slog.Logger
	backoff func(attempt int) time.Duration
}

// NewSendWorker returns a worker that reads and updates mails through db and
// delivers them with sender. backoff gives the wait before the next try
// after the attempt-th failure; nil means River's default exponential
// backoff. Tests pass a short one.
func NewSendWorker(db database.Querier, sender Sender, logger *slog.Logger, backoff func(attempt int) time.Duration) *SendWorker {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &SendWorker{db: db, sender: sender, logger: logger, backoff: backoff}
}

// NextRetry schedules the next try with the worker's backoff, or leaves it
// to River's default policy when there is none.
func (w *SendWorker) NextRetry(job *river.Job[SendArgs]) time.Time {
	if w.backoff == nil {
		return time.Time{}
	}
	return time.Now().Add(w.backoff(job.Attempt))
}

// Timeout bounds one try; the SMTP sender has its own, shorter bound.
func (w *SendWorker) Timeout(*river.Job[SendArgs]) time.Duration { return 2 * time.Minute }

// Work delivers the job's mail and records the outcome on its row. It
// returns an error, so that River retries, only after a temporary failure
// before the last attempt.
func (w *SendWorker) Work(ctx context.Context, job *river.Job[SendArgs]) error {
	id := job.Args.MailID
	log := w.logger.With("mail_id", id, "job_id", job.ID, "attempt", job.Attempt)
	m, err := w.claim(ctx, id)
	if errors.Is(err, errAlreadyDone) {
		log.Info("mail already handled, not sending again")
		return nil
	}
	if errors.Is(err, database.ErrNotFound) {
		return river.JobCancel(fmt.Errorf("mail.SendWorker: mail %d: %w", id, err))
	}
	if err != nil {
		return fmt.Errorf("mail.SendWorker: %w", err)
	}
	log = log.With("kind", m.Kind)

	sendErr := w.sender.Send(ctx, m.Message)

	// Record the outcome even when the job's context has ended (shutdown,
	// timeout): the attempt happened.
	bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	switch {
	case sendErr == nil:
		if err := w.markSent(bctx, id); err != nil {
			// Returning the error would send the mail again.
			log.Error("mail sent but not marked sent", "err", err)
			return nil
		}
		log.Info("mail sent")
		return nil
	case errors.Is(sendErr, ErrKept):
		if err := w.markKept(bctx, id); err != nil {
			return fmt.Errorf("mail.SendWorker: %w", err)
		}
		log.Info("mail kept in outbox, not sent")
		return nil
	case errors.Is(sendErr, ErrPermanent):
		if err := w.markFailedAttempt(bctx, id, sendErr, true); err != nil {
			log.Error("recording mail failure", "err", err)
		}
		log.Warn("mail failed permanently", "err", sendErr)
		return river.JobCancel(fmt.Errorf("mail.SendWorker: %w", sendErr))
	default:
		final := job.Attempt >= job.MaxAttempts
		if err := w.markFailedAttempt(bctx, id, sendErr, final); err != nil {
			log.Error("recording mail failure", "err", err)
		}
		if final {
			log.Warn("mail failed after last attempt", "err", sendErr)
		} else {
			log.Warn("mail not sent, will retry", "err", sendErr)
		}
		return fmt.Errorf("mail.SendWorker: %w", sendErr)
	}
}

var errAlreadyDone = errors.New("mail already handled")

// claim marks the mail sending and returns it, errAlreadyDone when it was
// sent, kept or failed already, or database.ErrNotFound when it is gone.
func (w *SendWorker) claim(ctx context.Context, id int64) (Mail, error) {
	const q = `
		UPDATE outbox_mails SET status = 'sending', updated_at = now()
		WHERE id = $1 AND status IN ('queued', 'sending')
		RETURNING id`
	var got int64
	err := w.db.QueryRow(ctx, q, id).Scan(&got)
	if errors.Is(err, pgx.ErrNoRows) {
		m, err := mailByID(ctx, w.db, id)
		if err != nil {
			return Mail{}, fmt.Errorf("claim: %w", err)
		}
		if m.Status.Done() {
			return Mail{}, errAlreadyDone
		}
		return Mail{}, fmt.Errorf("claim: mail %d has status %q", id, m.Status)
	}
	if err != nil {
		return Mail{}, fmt.Errorf("claim: %w", err)
	}
	m, err := mailByID(ctx, w.db, id)
	if err != nil {
		return Mail{}, fmt.Errorf("claim: %w", err)
	}
	return m, nil
}

func (w *SendWorker) markSent(ctx context.Context, id int64) error {
	const q = `
		UPDATE outbox_mails
		SET status = 'sent', attempts = attempts + 1, sent_at = now(), updated_at = now()
		WHERE id = $1`
	if _, err := w.db.Exec(ctx, q, id); err != nil {
		return fmt.Errorf("markSent: %w", err)
	}
	return nil
}

func (w *SendWorker) markKept(ctx context.Context, id int64) error {
	const q = `UPDATE outbox_mails SET status = 'kept', updated_at = now() WHERE id = $1`
	if _, err := w.db.Exec(ctx, q, id); err != nil {
		return fmt.Errorf("markKept: %w", err)
	}
	return nil
}

// markFailedAttempt counts a failed attempt and records its error; the mail
// is queued for the next try, or failed when final.
func (w *SendWorker) markFailedAttempt(ctx context.Context, id int64, sendErr error, final bool) error {
	status := StatusQueued
	if final {
		status = StatusFailed
	}
	const q = `
		UPDATE outbox_mails
		SET status = $2, attempts = attempts + 1, last_error = $3, updated_at = now()
		WHERE id = $1`
	if _, err := w.db.Exec(ctx, q, id, string(status), truncate(sendErr.Error(), 2000)); err != nil {
		return fmt.Errorf("markFailedAttempt: %w", err)
	}
	return nil
}

// truncate shortens s to at most n bytes without splitting a character.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
