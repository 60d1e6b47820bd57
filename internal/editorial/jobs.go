package editorial

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/stories"
)

// PublishStoryArgs is the River job that publishes a story at its planned
// time. It is inserted with ScheduledAt = At in the transaction that plans
// the publication. The worker publishes only while the story's
// scheduled_at still equals At, so a job left over from an earlier plan
// does nothing, and it locks the story while it checks, so however many
// replicas run workers the story is published once.
type PublishStoryArgs struct {
	StoryID int64     `json:"story_id" river:"unique"`
	At      time.Time `json:"at" river:"unique"`
}

// Kind names the job in River's tables.
func (PublishStoryArgs) Kind() string { return "publish_story" }

// InsertOpts makes the job unique per story and time among the jobs still
// to run, so planning the same time twice inserts one job.
func (PublishStoryArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{
		ByArgs: true,
		ByState: []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
			rivertype.JobStateRetryable, rivertype.JobStateRunning, rivertype.JobStateScheduled},
	}}
}

// ConsentCheckArgs is the daily job that archives stories whose consent
// expired and warns editors of consent that expires within WarnDays days.
type ConsentCheckArgs struct{}

// Kind names the job in River's tables.
func (ConsentCheckArgs) Kind() string { return "story_consent_check" }

// TrashPurgeArgs is the daily job that purges stories that have been in
// the trash for more than TrashDays days.
type TrashPurgeArgs struct{}

// Kind names the job in River's tables.
func (TrashPurgeArgs) Kind() string { return "story_trash_purge" }

// AddWorkers adds the workers of this package's jobs (publish_story,
// story_consent_check, story_trash_purge) to workers. Call it before
// jobs.NewClient; the workers insert their own jobs and mails through the
// client that runs them. baseURL makes the links in mails absolute.
func AddWorkers(workers *river.Workers, pool *pgxpool.Pool, baseURL *url.URL, logger *slog.Logger) {
	s := New(pool, nil, baseURL, logger)
	river.AddWorker(workers, &publishWorker{s: s})
	river.AddWorker(workers, &consentWorker{s: s})
	river.AddWorker(workers, &trashWorker{s: s})
}

// PeriodicJobs schedules the consent check daily at 00:15 and the trash
// purge daily at 03:30, Europe/Amsterdam, and both when a replica becomes
// the leader, so a day missed while the site was down is made up. Both are
// safe to run more often.
func PeriodicJobs() []*river.PeriodicJob {
	return []*river.PeriodicJob{
		river.NewPeriodicJob(jobs.DailyAt(0, 15, i18n.Amsterdam()),
			func() (river.JobArgs, *river.InsertOpts) { return ConsentCheckArgs{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true}),
		river.NewPeriodicJob(jobs.DailyAt(3, 30, i18n.Amsterdam()),
			func() (river.JobArgs, *river.InsertOpts) { return TrashPurgeArgs{}, nil },
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

type publishWorker struct {
	river.WorkerDefaults[PublishStoryArgs]
	s *Service
}

func (w *publishWorker) Work(ctx context.Context, job *river.Job[PublishStoryArgs]) error {
	s, err := w.s.withClient(ctx)
	if err != nil {
		return err
	}
	_, err = s.PublishScheduled(ctx, job.Args.StoryID, job.Args.At)
	return err
}

type consentWorker struct {
	river.WorkerDefaults[ConsentCheckArgs]
	s *Service
}

func (w *consentWorker) Work(ctx context.Context, _ *river.Job[ConsentCheckArgs]) error {
	s, err := w.s.withClient(ctx)
	if err != nil {
		return err
	}
	r, err := s.CheckConsent(ctx)
	if err != nil {
		return err
	}
	s.logger.InfoContext(ctx, "story consent check done", "archived", r.Archived, "warned", r.Warned, "mails", r.Mails)
	return nil
}

type trashWorker struct {
	river.WorkerDefaults[TrashPurgeArgs]
	s *Service
}

func (w *trashWorker) Work(ctx context.Context, _ *river.Job[TrashPurgeArgs]) error {
	s, err := w.s.withClient(ctx)
	if err != nil {
		return err
	}
	n, err := s.PurgeTrash(ctx)
	if err != nil {
		return err
	}
	s.logger.InfoContext(ctx, "story trash purged", "stories", n)
	return nil
}

// insertPublishJob inserts the job that publishes story id at at, in t.
func (s *Service) insertPublishJob(ctx context.Context, t tx, id int64, at time.Time) error {
	if s.jobs == nil {
		return errors.New("no job client to plan the publication with")
	}
	opts := PublishStoryArgs{}.InsertOpts()
	opts.ScheduledAt = at
	if _, err := s.jobs.InsertTx(ctx, t.Tx, PublishStoryArgs{StoryID: id, At: at}, &opts); err != nil {
		return fmt.Errorf("insert publish job: %w", err)
	}
	return nil
}

// cancelPublishJobs cancels the publish jobs of story id that have not
// started, in t. A job already running finds the plan changed and does
// nothing, so it is left alone.
func (s *Service) cancelPublishJobs(ctx context.Context, t tx, id int64) error {
	rows, err := t.Query(ctx, `
		SELECT id FROM river_job
		WHERE kind = $1 AND state IN ('available', 'scheduled', 'retryable', 'pending')
		  AND (args->>'story_id')::bigint = $2`, PublishStoryArgs{}.Kind(), id)
	if err != nil {
		return fmt.Errorf("find publish jobs: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("find publish jobs: %w", err)
	}
	if len(ids) > 0 && s.jobs == nil {
		return errors.New("no job client to cancel the planned publication with")
	}
	for _, jobID := range ids {
		if _, err := s.jobs.JobCancelTx(ctx, t.Tx, jobID); err != nil && !errors.Is(err, rivertype.ErrNotFound) {
			return fmt.Errorf("cancel publish job %d: %w", jobID, err)
		}
	}
	return nil
}

// PublishScheduled publishes story id if its planned publication is at
// at, reporting whether it did. A story no longer planned for at (plan
// changed or cancelled, story published, trashed or purged) is left as it
// is. When consent is no longer valid the plan is cancelled instead, with
// an audit entry. The publish_story job calls it; it is exported for tests
// and the command line.
func (s *Service) PublishScheduled(ctx context.Context, id int64, at time.Time) (bool, error) {
	published := false
	err := s.inTx(ctx, "PublishScheduled", func(t tx) error {
		d, err := t.stories.LockByID(ctx, id)
		if errors.Is(err, database.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		if d.Trashed() || d.Status == stories.StatusPublished || d.ScheduledAt == nil || !d.ScheduledAt.Equal(at) {
			return nil
		}
		if err := consentError(d.ConsentOn(time.Now())); err != nil {
			return s.unschedule(ctx, t, system, d, "consent no longer valid: "+err.(*Error).msg)
		}
		var approver int64
		if d.ApprovedBy != nil {
			approver = *d.ApprovedBy
		}
		if err := t.stories.MarkPublished(ctx, d.ID, approver, at); err != nil {
			return err
		}
		published = true
		return t.audit.Write(ctx, system, audit.Entry{Action: "story.publish", RecordType: "story",
			RecordID: recordID(d.ID), Summary: "published " + describe(d) + " as planned",
			Before: stateOf(d), After: map[string]any{"status": stories.StatusPublished, "approved_by": d.ApprovedBy}})
	})
	return published, err
}

// ConsentReport is what a consent check did.
type ConsentReport struct {
	// Archived counts stories archived because their consent expired.
	Archived int
	// Warned counts stories whose editors were warned.
	Warned int
	// Mails counts the warning mails queued (one per editor).
	Mails int
}

// CheckConsent archives the published or planned stories whose consent
// expired before today (they already left the public site at midnight;
// this records it and cancels plans), each in its own transaction with an
// audit entry; then it mails every active editor and admin, each in their
// language, one message listing the stories whose consent expires within
// WarnDays days, once per story. The daily story_consent_check job calls
// it.
func (s *Service) CheckConsent(ctx context.Context) (ConsentReport, error) {
	var r ConsentReport
	ids, err := stories.NewStore(s.pool).ConsentLapsed(ctx)
	if err != nil {
		return r, fmt.Errorf("editorial.CheckConsent: %w", err)
	}
	for _, id := range ids {
		err := s.withStory(ctx, "CheckConsent", id, func(t tx, d stories.Draft) error {
			if d.Trashed() || d.ConsentOn(time.Now()) != stories.ConsentExpired ||
				(d.Status != stories.StatusPublished && !d.Scheduled()) {
				return nil
			}
			if err := t.stories.SetStatus(ctx, d.ID, stories.StatusArchived); err != nil {
				return err
			}
			if err := s.cancelPublishJobs(ctx, t, d.ID); err != nil {
				return err
			}
			r.Archived++
			return t.audit.Write(ctx, system, audit.Entry{Action: "story.consent_expire", RecordType: "story",
				RecordID: recordID(d.ID), Summary: fmt.Sprintf("archived %s: consent expired on %s",
					describe(d), d.ConsentExpiresOn.Format(stories.DateLayout)),
				Before: stateOf(d), After: state{Status: stories.StatusArchived}})
		})
		if errors.Is(err, database.ErrNotFound) {
			continue
		}
		if err != nil {
			return r, err
		}
	}
	warned, mails, err := s.warnConsentExpiring(ctx)
	r.Warned, r.Mails = warned, mails
	return r, err
}
