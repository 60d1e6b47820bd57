package editorial

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/stories"
)

// Create stores in as a new draft written by by, with revision 1, and
// returns its id. An empty slug is made from the person's name. Refused
// input is a stories.FieldErrors error (errors.As).
func (s *Service) Create(ctx context.Context, by audit.Actor, in stories.StoryInput) (int64, error) {
	return s.create(ctx, "Create", by, in, 0)
}

// CreateTranslation stores in as a new draft in the translation group of
// story sourceID. It returns ErrSameLanguage when in.Lang is the source's
// language and ErrTranslationTaken when the group already has a story in
// in.Lang.
func (s *Service) CreateTranslation(ctx context.Context, by audit.Actor, sourceID int64, in stories.StoryInput) (int64, error) {
	return s.create(ctx, "CreateTranslation", by, in, sourceID)
}

func (s *Service) create(ctx context.Context, method string, by audit.Actor, in stories.StoryInput, sourceID int64) (int64, error) {
	var id int64
	err := s.inTx(ctx, method, func(t tx) error {
		key, summary := "", ""
		if sourceID != 0 {
			src, err := t.stories.LockByID(ctx, sourceID)
			if err != nil {
				return err
			}
			if src.Lang == in.Lang {
				return ErrSameLanguage
			}
			key, summary = src.TranslationKey, fmt.Sprintf(" as translation of story %d", src.ID)
		}
		var err error
		id, err = t.stories.CreateDraft(ctx, in, by.ID, key)
		if errors.Is(err, stories.ErrTranslationConflict) {
			return ErrTranslationTaken
		}
		if err != nil {
			return err
		}
		d, err := t.stories.ByID(ctx, id)
		if err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.create", RecordType: "story", RecordID: recordID(id),
			Summary: "created " + describe(d) + summary, After: stateOf(d)})
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

// Save stores in as the content of story id, by by, as a new revision.
// Saving unchanged content writes nothing (Saved.Changed is false), so a
// form sent twice does not make the sender an editor of the story. A story
// that is published or planned must keep valid consent: a save that would
// take it away is refused with a FieldErrors error on the consent field.
// With four-eyes publication on, changing a planned story cancels the plan,
// since the approver did not see the new content. A story in the trash is
// ErrTrashed.
func (s *Service) Save(ctx context.Context, by audit.Actor, id int64, in stories.StoryInput) (stories.Saved, error) {
	var saved stories.Saved
	err := s.withStory(ctx, "Save", id, func(t tx, d stories.Draft) error {
		var err error
		saved, err = s.save(ctx, t, by, d, "story.update", "", func() (stories.Saved, error) {
			return t.stories.UpdateLocked(ctx, d, in, by.ID)
		})
		return err
	})
	return saved, err
}

// Restore saves the content of revision n as the newest revision of story
// id, by by, under the same rules as Save. It returns database.ErrNotFound
// when there is no such revision and a FieldErrors error when the old
// content no longer passes (for example its slug is now another story's).
func (s *Service) Restore(ctx context.Context, by audit.Actor, id int64, n int) (stories.Saved, error) {
	var saved stories.Saved
	err := s.withStory(ctx, "Restore", id, func(t tx, d stories.Draft) error {
		var err error
		saved, err = s.save(ctx, t, by, d, "story.revision_restore", fmt.Sprintf("restored revision %d: ", n),
			func() (stories.Saved, error) { return t.stories.RestoreLocked(ctx, d, n, by.ID) })
		return err
	})
	return saved, err
}

func (s *Service) save(ctx context.Context, t tx, by audit.Actor, d stories.Draft, action, summary string,
	write func() (stories.Saved, error)) (stories.Saved, error) {
	if d.Trashed() {
		return stories.Saved{}, ErrTrashed
	}
	saved, err := write()
	if err != nil || !saved.Changed {
		return saved, err
	}
	after, err := t.stories.ByID(ctx, d.ID)
	if err != nil {
		return stories.Saved{}, err
	}
	today := stories.Today()
	if (d.Status == stories.StatusPublished || d.Scheduled()) && d.ConsentOn(today) == stories.ConsentValid {
		if c := after.ConsentOn(today); c != stories.ConsentValid {
			field := "consent_given_on"
			if c == stories.ConsentExpired {
				field = "consent_expires_on"
			}
			return stories.Saved{}, stories.FieldErrors{field: "story.error.consent_required"}
		}
		if d.Scheduled() && after.ConsentOn(*d.ScheduledAt) != stories.ConsentValid {
			return stories.Saved{}, stories.FieldErrors{"consent_expires_on": "story.error.consent_expires_before_publication"}
		}
	}
	changed := changedFields(saved.Before, saved.After)
	summary += fmt.Sprintf("saved %s as revision %d (%s)", describe(after), saved.Revision, strings.Join(changed, ", "))
	if saved.OldSlug != "" {
		summary += fmt.Sprintf("; old address %q redirects to %q", saved.OldSlug, saved.Slug)
	}
	if err := t.audit.Write(ctx, by, audit.Entry{Action: action, RecordType: "story", RecordID: recordID(d.ID),
		Summary: summary, After: map[string]any{"revision": saved.Revision, "changed": changed}}); err != nil {
		return stories.Saved{}, err
	}
	if d.Scheduled() {
		on, err := fourEyes(ctx, t)
		if err != nil {
			return stories.Saved{}, err
		}
		if on {
			if err := s.unschedule(ctx, t, by, d, "content changed after approval"); err != nil {
				return stories.Saved{}, err
			}
		}
	}
	return saved, nil
}

// changedFields names the fields that differ between two versions.
func changedFields(a, b stories.StoryInput) []string {
	var out []string
	for _, d := range stories.Diff(a, b) {
		out = append(out, d.Field)
	}
	return out
}

// SubmitForReview puts a draft (or an archived story) in review, submitted
// by by. ErrStatus for a story in review or published.
func (s *Service) SubmitForReview(ctx context.Context, by audit.Actor, id int64) error {
	return s.withStory(ctx, "SubmitForReview", id, func(t tx, d stories.Draft) error {
		if d.Trashed() {
			return ErrTrashed
		}
		if d.Status != stories.StatusDraft && d.Status != stories.StatusArchived {
			return ErrStatus
		}
		if err := t.stories.MarkSubmitted(ctx, d.ID, by.ID); err != nil {
			return err
		}
		after := stateOf(d)
		after.Status = stories.StatusInReview
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.submit", RecordType: "story", RecordID: recordID(d.ID),
			Summary: "submitted " + describe(d) + " for review", Before: stateOf(d), After: after})
	})
}

// ReturnToDraft sends a story in review (or an archived one) back to draft,
// cancelling any planned publication.
func (s *Service) ReturnToDraft(ctx context.Context, by audit.Actor, id int64) error {
	return s.setStatus(ctx, "ReturnToDraft", by, id, stories.StatusDraft, "story.return_to_draft", "returned %s to draft",
		stories.StatusInReview, stories.StatusArchived)
}

// Unpublish takes a published story off the site and back to draft, to be
// corrected and published again.
func (s *Service) Unpublish(ctx context.Context, by audit.Actor, id int64) error {
	return s.setStatus(ctx, "Unpublish", by, id, stories.StatusDraft, "story.unpublish", "unpublished %s",
		stories.StatusPublished)
}

// Archive takes a story in any other status to the archive: off the site,
// any planned publication cancelled.
func (s *Service) Archive(ctx context.Context, by audit.Actor, id int64) error {
	return s.setStatus(ctx, "Archive", by, id, stories.StatusArchived, "story.archive", "archived %s",
		stories.StatusDraft, stories.StatusInReview, stories.StatusPublished)
}

func (s *Service) setStatus(ctx context.Context, method string, by audit.Actor, id int64, to stories.Status,
	action, summary string, from ...stories.Status) error {
	return s.withStory(ctx, method, id, func(t tx, d stories.Draft) error {
		if d.Trashed() {
			return ErrTrashed
		}
		allowed := false
		for _, f := range from {
			allowed = allowed || d.Status == f
		}
		if !allowed {
			return ErrStatus
		}
		if err := t.stories.SetStatus(ctx, d.ID, to); err != nil {
			return err
		}
		if err := s.cancelPublishJobs(ctx, t, d.ID); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: action, RecordType: "story", RecordID: recordID(d.ID),
			Summary: fmt.Sprintf(summary, describe(d)), Before: stateOf(d), After: state{Status: to}})
	})
}

// checkApproval applies the four-eyes rule to by approving d, and checks
// that d may be published at all: not in the trash, not published.
func checkApproval(ctx context.Context, t tx, by audit.Actor, d stories.Draft) error {
	if d.Trashed() {
		return ErrTrashed
	}
	if d.Status == stories.StatusPublished {
		return ErrStatus
	}
	on, err := fourEyes(ctx, t)
	if err != nil || !on {
		return err
	}
	if d.Status != stories.StatusInReview {
		return ErrReviewRequired
	}
	if by.ID == 0 {
		return ErrFourEyes
	}
	for _, author := range []*int64{d.CreatedBy, d.UpdatedBy, d.SubmittedBy} {
		if author != nil && *author == by.ID {
			return ErrFourEyes
		}
	}
	return nil
}

// Publish publishes story id now, approved by by. It needs valid consent
// today. With four-eyes publication on, the story must be in review and by
// must not have created, last saved or submitted it (ErrReviewRequired,
// ErrFourEyes). A story published before keeps its first publication date.
// Any planned publication is replaced.
func (s *Service) Publish(ctx context.Context, by audit.Actor, id int64) error {
	return s.withStory(ctx, "Publish", id, func(t tx, d stories.Draft) error {
		if err := checkApproval(ctx, t, by, d); err != nil {
			return err
		}
		if err := consentError(d.ConsentOn(time.Now())); err != nil {
			return err
		}
		if err := t.stories.MarkPublished(ctx, d.ID, by.ID, time.Now()); err != nil {
			return err
		}
		if err := s.cancelPublishJobs(ctx, t, d.ID); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.publish", RecordType: "story", RecordID: recordID(d.ID),
			Summary: "published " + describe(d), Before: stateOf(d), After: state{Status: stories.StatusPublished}})
	})
}

// Schedule plans the publication of story id at at (to the second),
// approved by by, under the rules of Publish; consent must also still be
// valid on the day of at (ErrConsentExpiresBeforePublication). The story
// keeps its status until a River job publishes it at at; planning again
// replaces the earlier plan. ErrScheduleInPast when at is not in the
// future. Parse a form's Europe/Amsterdam time with
// stories.ParseLocalDateTime.
func (s *Service) Schedule(ctx context.Context, by audit.Actor, id int64, at time.Time) error {
	at = at.Truncate(time.Second)
	return s.withStory(ctx, "Schedule", id, func(t tx, d stories.Draft) error {
		if !at.After(time.Now()) {
			return ErrScheduleInPast
		}
		if err := checkApproval(ctx, t, by, d); err != nil {
			return err
		}
		if err := consentError(d.ConsentOn(time.Now())); err != nil {
			return err
		}
		if d.ConsentOn(at) != stories.ConsentValid {
			return ErrConsentExpiresBeforePublication
		}
		if err := t.stories.SetSchedule(ctx, d.ID, by.ID, at); err != nil {
			return err
		}
		if err := s.cancelPublishJobs(ctx, t, d.ID); err != nil {
			return err
		}
		if err := s.insertPublishJob(ctx, t, d.ID, at); err != nil {
			return err
		}
		after := stateOf(d)
		after.ScheduledAt = &at
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.schedule", RecordType: "story", RecordID: recordID(d.ID),
			Summary: fmt.Sprintf("planned publication of %s at %s", describe(d), at.Format(time.RFC3339)),
			Before:  stateOf(d), After: after})
	})
}

// Unschedule cancels the planned publication of story id and its
// approval. ErrStatus when none is planned.
func (s *Service) Unschedule(ctx context.Context, by audit.Actor, id int64) error {
	return s.withStory(ctx, "Unschedule", id, func(t tx, d stories.Draft) error {
		if !d.Scheduled() {
			return ErrStatus
		}
		return s.unschedule(ctx, t, by, d, "")
	})
}

func (s *Service) unschedule(ctx context.Context, t tx, by audit.Actor, d stories.Draft, reason string) error {
	if err := t.stories.ClearSchedule(ctx, d.ID); err != nil {
		return err
	}
	if err := s.cancelPublishJobs(ctx, t, d.ID); err != nil {
		return err
	}
	summary := "cancelled the planned publication of " + describe(d)
	if reason != "" {
		summary += ": " + reason
	}
	after := stateOf(d)
	after.ScheduledAt = nil
	return t.audit.Write(ctx, by, audit.Entry{Action: "story.unschedule", RecordType: "story", RecordID: recordID(d.ID),
		Summary: summary, Before: stateOf(d), After: after})
}

// WithdrawConsent records that the featured person withdrew consent on
// day (zero or a future day means today). The story leaves the public site
// as the transaction commits, is archived, and cannot be published again.
// A story whose consent was already withdrawn is ErrConsentWithdrawn. It
// works on stories in the trash too.
func (s *Service) WithdrawConsent(ctx context.Context, by audit.Actor, id int64, day time.Time) error {
	today := stories.Today()
	if day.IsZero() || stories.Day(day).After(today) {
		day = today
	}
	return s.withStory(ctx, "WithdrawConsent", id, func(t tx, d stories.Draft) error {
		if d.ConsentWithdrawnOn != nil {
			return ErrConsentWithdrawn
		}
		if err := t.stories.MarkConsentWithdrawn(ctx, d.ID, day); err != nil {
			return err
		}
		if err := s.cancelPublishJobs(ctx, t, d.ID); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.consent_withdraw", RecordType: "story",
			RecordID: recordID(d.ID), Summary: fmt.Sprintf("recorded withdrawal of consent for %s on %s",
				describe(d), stories.Day(day).Format(stories.DateLayout)),
			Before: stateOf(d), After: state{Status: stories.StatusArchived, Trashed: d.Trashed(), Withdrawn: true}})
	})
}

// Trash moves story id to the trash, from where it is purged after
// TrashDays days. A published story is archived on the way; any planned
// publication is cancelled. ErrTrashed when it is in the trash already.
func (s *Service) Trash(ctx context.Context, by audit.Actor, id int64) error {
	return s.withStory(ctx, "Trash", id, func(t tx, d stories.Draft) error {
		if d.Trashed() {
			return ErrTrashed
		}
		if err := t.stories.MarkTrashed(ctx, d.ID); err != nil {
			return err
		}
		if err := s.cancelPublishJobs(ctx, t, d.ID); err != nil {
			return err
		}
		after := state{Status: d.Status, Trashed: true, Withdrawn: d.ConsentWithdrawnOn != nil}
		if d.Status == stories.StatusPublished {
			after.Status = stories.StatusArchived
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.trash", RecordType: "story", RecordID: recordID(d.ID),
			Summary: "moved " + describe(d) + " to the trash", Before: stateOf(d), After: after})
	})
}

// RestoreFromTrash takes story id out of the trash in the status it had
// there. ErrNotTrashed when it is not in the trash.
func (s *Service) RestoreFromTrash(ctx context.Context, by audit.Actor, id int64) error {
	return s.withStory(ctx, "RestoreFromTrash", id, func(t tx, d stories.Draft) error {
		if !d.Trashed() {
			return ErrNotTrashed
		}
		if err := t.stories.MarkRestored(ctx, d.ID); err != nil {
			return err
		}
		after := stateOf(d)
		after.Trashed = false
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.untrash", RecordType: "story", RecordID: recordID(d.ID),
			Summary: "restored " + describe(d) + " from the trash", Before: stateOf(d), After: after})
	})
}

// Purge deletes story id for good, with its revisions and old slugs; only
// a story in the trash (ErrNotTrashed otherwise). The audit entry keeps the
// story's number and language, not its content.
func (s *Service) Purge(ctx context.Context, by audit.Actor, id int64) error {
	return s.withStory(ctx, "Purge", id, func(t tx, d stories.Draft) error {
		return s.purge(ctx, t, by, d, "")
	})
}

func (s *Service) purge(ctx context.Context, t tx, by audit.Actor, d stories.Draft, reason string) error {
	if !d.Trashed() {
		return ErrNotTrashed
	}
	if err := s.cancelPublishJobs(ctx, t, d.ID); err != nil {
		return err
	}
	if err := t.stories.Purge(ctx, d.ID); err != nil {
		return err
	}
	return t.audit.Write(ctx, by, audit.Entry{Action: "story.purge", RecordType: "story", RecordID: recordID(d.ID),
		Summary: "deleted " + describe(d) + " for good" + reason, Before: stateOf(d)})
}

// LinkTranslation makes story id a translation of story otherID: id joins
// otherID's translation group. ErrSameLanguage when both are in one
// language; ErrTranslationTaken when otherID's group already has a story
// in id's language.
func (s *Service) LinkTranslation(ctx context.Context, by audit.Actor, id, otherID int64) error {
	return s.inTx(ctx, "LinkTranslation", func(t tx) error {
		// Lock both in id order, so two opposite links cannot deadlock.
		first, second := min(id, otherID), max(id, otherID)
		a, err := t.stories.LockByID(ctx, first)
		if err != nil {
			return err
		}
		b, err := t.stories.LockByID(ctx, second)
		if err != nil {
			return err
		}
		d, other := a, b
		if d.ID != id {
			d, other = b, a
		}
		if d.Lang == other.Lang {
			return ErrSameLanguage
		}
		if d.TranslationKey == other.TranslationKey {
			return nil
		}
		err = t.stories.SetTranslationKey(ctx, d.ID, other.TranslationKey)
		if errors.Is(err, stories.ErrTranslationConflict) {
			return ErrTranslationTaken
		}
		if err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.translation_link", RecordType: "story",
			RecordID: recordID(d.ID), Summary: fmt.Sprintf("linked %s as translation of %s", describe(d), describe(other)),
			Before: map[string]string{"translation_key": d.TranslationKey},
			After:  map[string]string{"translation_key": other.TranslationKey}})
	})
}

// UnlinkTranslation takes story id out of its translation group; its
// former translations stay linked to each other.
func (s *Service) UnlinkTranslation(ctx context.Context, by audit.Actor, id int64) error {
	return s.withStory(ctx, "UnlinkTranslation", id, func(t tx, d stories.Draft) error {
		if err := t.stories.SetTranslationKey(ctx, d.ID, ""); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "story.translation_unlink", RecordType: "story",
			RecordID: recordID(d.ID), Summary: "unlinked " + describe(d) + " from its translations",
			Before: map[string]string{"translation_key": d.TranslationKey}})
	})
}
