package eventadmin

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/mails"
)

// ReminderArgs is the hourly job that mails the reminders of events that
// start within a day.
type ReminderArgs struct{}

// Kind names the job in River's tables.
func (ReminderArgs) Kind() string { return "event_reminders" }

// DigestArgs is the daily job that mails editors what waits for
// moderation.
type DigestArgs struct{}

// Kind names the job in River's tables.
func (DigestArgs) Kind() string { return "moderation_digest" }

// PurgeArgs is the daily job that deletes registrations after the
// retention period.
type PurgeArgs struct{}

// Kind names the job in River's tables.
func (PurgeArgs) Kind() string { return "registration_purge" }

// AddWorkers adds the workers of this package's jobs (event_reminders,
// moderation_digest, registration_purge) to workers. Call it before
// jobs.NewClient; the workers queue their mails through the client that
// runs them. baseURL makes the links in mails absolute; retention is how
// long after an event its registrations are kept.
func AddWorkers(workers *river.Workers, pool *pgxpool.Pool, baseURL *url.URL, retention time.Duration, logger *slog.Logger) {
	s := New(pool, nil, baseURL, logger)
	river.AddWorker(workers, &reminderWorker{s: s})
	river.AddWorker(workers, &digestWorker{s: s})
	river.AddWorker(workers, &purgeWorker{s: s, retention: retention})
}

// PeriodicJobs schedules the reminders every hour, the digest daily at
// 08:00 and the purge daily at 04:00, Europe/Amsterdam, and each when a
// replica becomes the leader. All three are safe to run more often: a
// reminder is marked sent in the transaction that queues it, the digest
// goes out once per day, and the purge deletes only what is due.
func PeriodicJobs() []*river.PeriodicJob {
	return []*river.PeriodicJob{
		river.NewPeriodicJob(river.PeriodicInterval(time.Hour),
			func() (river.JobArgs, *river.InsertOpts) { return ReminderArgs{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}),
		river.NewPeriodicJob(jobs.DailyAt(8, 0, i18n.Amsterdam()),
			func() (river.JobArgs, *river.InsertOpts) { return DigestArgs{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}),
		river.NewPeriodicJob(jobs.DailyAt(4, 0, i18n.Amsterdam()),
			func() (river.JobArgs, *river.InsertOpts) { return PurgeArgs{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}),
	}
}

// withClient returns a copy of s that inserts jobs through the client
// working the current job.
func (s *Service) withClient(ctx context.Context) (*Service, error) {
	client, err := river.ClientFromContextSafely[pgx.Tx](ctx)
	if err != nil {
		return nil, err
	}
	c := *s
	c.jobs = client
	return &c, nil
}

type reminderWorker struct {
	river.WorkerDefaults[ReminderArgs]
	s *Service
}

func (w *reminderWorker) Work(ctx context.Context, _ *river.Job[ReminderArgs]) error {
	s, err := w.s.withClient(ctx)
	if err != nil {
		return err
	}
	n, err := s.SendReminders(ctx)
	if err != nil {
		return err
	}
	s.logger.InfoContext(ctx, "event reminders sent", "mails", n)
	return nil
}

type digestWorker struct {
	river.WorkerDefaults[DigestArgs]
	s *Service
}

func (w *digestWorker) Work(ctx context.Context, _ *river.Job[DigestArgs]) error {
	s, err := w.s.withClient(ctx)
	if err != nil {
		return err
	}
	n, err := s.SendModerationDigest(ctx)
	if err != nil {
		return err
	}
	s.logger.InfoContext(ctx, "moderation digest done", "mails", n)
	return nil
}

type purgeWorker struct {
	river.WorkerDefaults[PurgeArgs]
	s         *Service
	retention time.Duration
}

func (w *purgeWorker) Work(ctx context.Context, _ *river.Job[PurgeArgs]) error {
	r, err := w.s.PurgeRegistrations(ctx, w.retention)
	if err != nil {
		return err
	}
	w.s.logger.InfoContext(ctx, "registrations purged", "after_event", r.AfterEvent, "unconfirmed", r.Unconfirmed)
	return nil
}

// Advisory locks that let one replica at a time run a job's transaction,
// so a job that runs twice at once (a new leader's start-up run beside the
// old leader's) does its work once.
const (
	remindersLockKey int64 = 0x706f6469756d0101
	digestLockKey    int64 = 0x706f6469756d0102
)

func lock(ctx context.Context, t tx, key int64) error {
	_, err := t.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, key)
	return err
}

// SendReminders mails every confirmed registrant of an event that starts
// within events.ReminderWindow, once, and returns how many mails it
// queued. The mails and the marks that they went out commit together.
func (s *Service) SendReminders(ctx context.Context) (int, error) {
	n := 0
	err := s.inTx(ctx, "SendReminders", func(t tx) error {
		if err := lock(ctx, t, remindersLockKey); err != nil {
			return err
		}
		due, err := t.events.DueReminders(ctx, s.now())
		if err != nil {
			return err
		}
		for _, m := range due {
			r := m.Registration
			if err := t.enqueueAbout(ctx, m.Event.ID, r.ID)(mails.EventReminder(r.Lang, s.registrationData(r, m.Event))); err != nil {
				return err
			}
			if err := t.events.MarkReminded(ctx, r.ID); err != nil {
				return err
			}
			n++
		}
		if n == 0 {
			return nil
		}
		return t.audit.Write(ctx, system, audit.Entry{Action: "registration.remind", RecordType: "registration",
			Summary: fmt.Sprintf("mailed %d reminders of events starting within %s", n, events.ReminderWindow)})
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// DigestAction is the audit action of a digest sent; the log records the
// day it went out.
const DigestAction = "moderation.digest"

// SendModerationDigest mails every active editor and admin, each in their
// language, the event submissions and profile changes waiting for
// moderation, at most once per day (Europe/Amsterdam) and only when
// something waits. It returns how many mails it queued. Without any active
// editor or admin nothing is recorded, so the digest goes out once someone
// can act on it.
func (s *Service) SendModerationDigest(ctx context.Context) (int, error) {
	sent := 0
	err := s.inTx(ctx, "SendModerationDigest", func(t tx) error {
		if err := lock(ctx, t, digestLockKey); err != nil {
			return err
		}
		now := s.now().In(i18n.Amsterdam())
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, i18n.Amsterdam())
		done, err := t.audit.List(ctx, audit.Filter{Action: DigestAction, From: today, Limit: 1})
		if err != nil || len(done) > 0 {
			return err
		}
		queue, err := t.events.ModerationQueue(ctx)
		if err != nil {
			return err
		}
		drafts, err := t.partners.PendingDrafts(ctx)
		if err != nil {
			return err
		}
		if len(queue)+len(drafts) == 0 {
			return nil
		}
		staff, err := t.staff(ctx)
		if err != nil {
			return err
		}
		for _, u := range staff {
			d := mails.ModerationDigestData{To: u.Email, Name: u.Name, QueueLink: s.Link(paths.Moderation())}
			for _, sub := range queue {
				title, _ := sub.Content.Title(u.Lang)
				d.Items = append(d.Items, mails.DigestItem{Title: title, Organisation: sub.Event.PartnerName,
					SubmittedAt: sub.SubmittedAt, Link: s.Link(paths.ModerationEvent(sub.ID))})
			}
			for _, dr := range drafts {
				d.Items = append(d.Items, mails.DigestItem{Title: dr.Name, Profile: true, Organisation: dr.Partner.Name,
					SubmittedAt: dr.SubmittedAt, Link: s.Link(paths.ModerationProfile(dr.ID))})
			}
			if err := t.enqueue(ctx)(mails.ModerationDigest(u.Lang, d)); err != nil {
				return err
			}
			sent++
		}
		if sent == 0 {
			return nil
		}
		return t.audit.Write(ctx, system, audit.Entry{Action: DigestAction, RecordType: "moderation",
			Summary: fmt.Sprintf("mailed %d editors: %d events and %d profile changes wait for moderation",
				sent, len(queue), len(drafts))})
	})
	if err != nil {
		return 0, err
	}
	return sent, nil
}

// PurgeReport is what a purge deleted.
type PurgeReport struct {
	// AfterEvent counts registrations of events that ended longer ago than
	// the retention period.
	AfterEvent int64
	// Unconfirmed counts registrations whose address was never confirmed
	// within events.ConfirmTTL.
	Unconfirmed int64
}

// PurgeRegistrations deletes, with their personal data and the mails to
// the candidates that the outbox kept, the registrations of events that
// ended more than retention ago and those never confirmed within
// events.ConfirmTTL, and records the counts in the audit log.
func (s *Service) PurgeRegistrations(ctx context.Context, retention time.Duration) (PurgeReport, error) {
	var r PurgeReport
	err := s.inTx(ctx, "PurgeRegistrations", func(t tx) error {
		var err error
		if r.AfterEvent, err = t.events.PurgeRegistrations(ctx, retention); err != nil {
			return err
		}
		if r.Unconfirmed, err = t.events.PurgeUnconfirmed(ctx, events.ConfirmTTL); err != nil {
			return err
		}
		if r.AfterEvent+r.Unconfirmed == 0 {
			return nil
		}
		return t.audit.Write(ctx, system, audit.Entry{Action: "registration.purge", RecordType: "registration",
			Summary: fmt.Sprintf("deleted %d registrations, and the mails to them, of events that ended more than %s ago and %d never confirmed",
				r.AfterEvent, retention, r.Unconfirmed)})
	})
	return r, err
}
