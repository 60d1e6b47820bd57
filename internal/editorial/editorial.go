// Package editorial carries out the editorial workflow of role-model
// stories: create, save (with a revision), submit for review, publish now
// or at a planned time, unpublish, archive, withdraw consent, trash,
// restore and purge. Each action runs in one transaction that locks the
// story, checks the rules (four-eyes approval, valid consent), changes the
// story, writes the audit entry and queues any mail or job it causes, so
// either all of it happens or none of it.
//
// Planned publication is a River job inserted in the transaction that
// plans it; River runs it at its time, once, on one of the replicas. Two
// daily jobs archive stories whose consent expired, warn editors 30 days
// before consent expires, and purge stories that have been in the trash for
// 30 days.
//
// The package has no HTTP code; the back-office handlers build on it and
// read through stories.Store.
package editorial

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/stories"
)

// Error is a refusal the editor can act on: the action is not allowed for
// the story as it stands. Key is the message catalogue key of the text to
// show; compare with errors.Is against the values below, or get the key
// with errors.As.
type Error struct {
	Key string
	msg string
}

func (e *Error) Error() string { return "editorial: " + e.msg }

// The refusals.
var (
	// ErrFourEyes: four-eyes publication is on and the approver wrote,
	// last saved or submitted the story (or is the system).
	ErrFourEyes = &Error{"story.error.four_eyes", "someone who did not write or submit the story must approve it"}
	// ErrReviewRequired: four-eyes publication is on and the story is not
	// in review.
	ErrReviewRequired = &Error{"story.error.review_required", "the story must be submitted for review first"}
	// ErrConsentMissing: no consent recorded (or dated in the future).
	ErrConsentMissing = &Error{"story.error.consent_missing", "the featured person's consent is not recorded"}
	// ErrConsentWithdrawn: the featured person withdrew consent.
	ErrConsentWithdrawn = &Error{"story.error.consent_withdrawn", "the featured person withdrew consent"}
	// ErrConsentExpired: consent expired before today.
	ErrConsentExpired = &Error{"story.error.consent_expired", "the featured person's consent has expired"}
	// ErrConsentExpiresBeforePublication: consent ends before the planned
	// publication date.
	ErrConsentExpiresBeforePublication = &Error{"story.error.consent_expires_before_publication", "consent expires before the planned publication"}
	// ErrScheduleInPast: the planned time is not in the future.
	ErrScheduleInPast = &Error{"story.error.schedule_past", "the publication time is not in the future"}
	// ErrStatus: the action does not apply to a story in its status (such
	// as publishing a published story, or unpublishing a draft).
	ErrStatus = &Error{"story.error.status", "the action does not apply to the story in its current status"}
	// ErrTrashed: the story is in the trash; restore it first.
	ErrTrashed = &Error{"story.error.trashed", "the story is in the trash"}
	// ErrNotTrashed: only a story in the trash can be purged or restored.
	ErrNotTrashed = &Error{"story.error.not_trashed", "the story is not in the trash"}
	// ErrSameLanguage: a translation must be in the other language.
	ErrSameLanguage = &Error{"story.error.translation_lang", "a translation must be in another language"}
	// ErrTranslationTaken: the other story already has a translation in
	// this language.
	ErrTranslationTaken = &Error{"story.error.translation_taken", "the story already has a translation in this language"}
)

// WarnDays is how many days before consent expires the editors are mailed.
const WarnDays = 30

// TrashDays is how long a story stays in the trash before it is purged.
const TrashDays = 30

// EditPath is the back-office page of story id, where mailed links lead.
func EditPath(id int64) string { return "/admin/stories/" + strconv.FormatInt(id, 10) }

// Service performs the editorial actions.
type Service struct {
	pool    *pgxpool.Pool
	jobs    *river.Client[pgx.Tx]
	baseURL *url.URL
	logger  *slog.Logger
}

// New returns a Service. jobs inserts the publication and mail jobs and may
// be an insert-only client; baseURL makes the links in mails absolute.
func New(pool *pgxpool.Pool, jobs *river.Client[pgx.Tx], baseURL *url.URL, logger *slog.Logger) *Service {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Service{pool: pool, jobs: jobs, baseURL: baseURL, logger: logger}
}

// link returns the absolute URL of path.
func (s *Service) link(path string) string {
	if s.baseURL == nil {
		return path
	}
	u := *s.baseURL
	u.Path += path
	return u.String()
}

// system is the actor of the jobs.
var system = audit.Actor{}

func recordID(id int64) string { return strconv.FormatInt(id, 10) }

// state is what the audit log keeps of a story's place in the workflow.
type state struct {
	Status      stories.Status `json:"status"`
	ScheduledAt *time.Time     `json:"scheduled_at,omitempty"`
	Trashed     bool           `json:"trashed,omitempty"`
	Withdrawn   bool           `json:"consent_withdrawn,omitempty"`
}

func stateOf(d stories.Draft) state {
	return state{Status: d.Status, ScheduledAt: d.ScheduledAt, Trashed: d.Trashed(), Withdrawn: d.ConsentWithdrawnOn != nil}
}

// describe names a story in an audit summary by number and language only:
// the audit log is kept for good, the featured person's name is not.
func describe(d stories.Draft) string {
	return fmt.Sprintf("story %d (%s)", d.ID, d.Lang)
}

// tx bundles what an action works with inside its transaction.
type tx struct {
	pgx.Tx
	stories *stories.Store
	audit   *audit.Log
}

// inTx runs fn in a transaction and wraps its error with the method name.
func (s *Service) inTx(ctx context.Context, method string, fn func(t tx) error) error {
	err := database.InTx(ctx, s.pool, func(t pgx.Tx) error {
		return fn(tx{Tx: t, stories: stories.NewStore(t), audit: audit.NewLog(t)})
	})
	if err != nil {
		return fmt.Errorf("editorial.%s: %w", method, err)
	}
	return nil
}

// withStory runs fn in a transaction on story id, locked.
func (s *Service) withStory(ctx context.Context, method string, id int64, fn func(t tx, d stories.Draft) error) error {
	return s.inTx(ctx, method, func(t tx) error {
		d, err := t.stories.LockByID(ctx, id)
		if err != nil {
			return err
		}
		return fn(t, d)
	})
}

// consentError maps a consent state to its refusal.
func consentError(c stories.ConsentState) error {
	switch c {
	case stories.ConsentMissing:
		return ErrConsentMissing
	case stories.ConsentWithdrawn:
		return ErrConsentWithdrawn
	case stories.ConsentExpired:
		return ErrConsentExpired
	}
	return nil
}

// Preview returns story id as its public page would show it, whatever its
// status or consent, for signed-in editors; database.ErrNotFound when there
// is no such story.
func (s *Service) Preview(ctx context.Context, id int64) (stories.Story, error) {
	st, err := stories.NewStore(s.pool).Preview(ctx, id)
	if err != nil {
		return stories.Story{}, fmt.Errorf("editorial.Preview: %w", err)
	}
	return st, nil
}

// ErrorKeys lists every catalogue key this package's refusals and the
// field errors it adds carry (beyond stories.ErrorKeys), so a test can check
// that the message catalogue has them all.
func ErrorKeys() []string {
	keys := []string{"story.error.consent_required"}
	for _, e := range []*Error{ErrFourEyes, ErrReviewRequired, ErrConsentMissing, ErrConsentWithdrawn,
		ErrConsentExpired, ErrConsentExpiresBeforePublication, ErrScheduleInPast, ErrStatus, ErrTrashed,
		ErrNotTrashed, ErrSameLanguage, ErrTranslationTaken} {
		keys = append(keys, e.Key)
	}
	return keys
}
