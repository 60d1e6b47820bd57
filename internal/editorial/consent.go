package editorial

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/mails"
)

// warnConsentExpiring queues the consent warnings in one transaction: the
// stories due are locked and marked, so a second run (or a second replica)
// finds nothing to warn about. It returns the number of stories and mails.
// Without any active editor or admin nothing is marked, so the warning
// goes out once someone can act on it.
func (s *Service) warnConsentExpiring(ctx context.Context) (warned, sent int, err error) {
	err = s.inTx(ctx, "CheckConsent", func(t tx) error {
		due, err := t.stories.LockConsentWarningsDue(ctx, WarnDays)
		if err != nil || len(due) == 0 {
			return err
		}
		users, err := accounts.NewStore(t).List(ctx)
		if err != nil {
			return err
		}
		outbox := mail.NewOutbox(t, s.jobs)
		list := make([]mails.ExpiringStory, len(due))
		ids := make([]int64, len(due))
		for i, e := range due {
			ids[i] = e.ID
			list[i] = mails.ExpiringStory{PersonName: e.PersonName, Lang: e.Lang, ExpiresOn: e.ExpiresOn,
				Link: s.link(EditPath(e.ID))}
		}
		for _, u := range users {
			if !u.Active() || (u.Role != accounts.RoleAdmin && u.Role != accounts.RoleEditor) {
				continue
			}
			msg, err := mails.ConsentExpiring(u.Lang, mails.ConsentExpiringData{To: u.Email, Name: u.Name,
				Stories: list, Days: WarnDays})
			if err != nil {
				return err
			}
			if _, err := outbox.Enqueue(ctx, t.Tx, msg); err != nil {
				return err
			}
			sent++
		}
		if sent == 0 {
			return nil
		}
		if err := t.stories.MarkConsentWarned(ctx, ids); err != nil {
			return err
		}
		for _, e := range due {
			if err := t.audit.Write(ctx, system, audit.Entry{Action: "story.consent_warn", RecordType: "story",
				RecordID: recordID(e.ID), Summary: fmt.Sprintf("warned %d editors that consent for story %d (%s) expires on %s",
					sent, e.ID, e.Lang, e.ExpiresOn.Format(stories.DateLayout))}); err != nil {
				return err
			}
		}
		warned = len(due)
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	return warned, sent, nil
}

// PurgeTrash deletes for good the stories that have been in the trash for
// more than TrashDays days, each in its own transaction with an audit
// entry, and returns how many. The daily story_trash_purge job calls it.
func (s *Service) PurgeTrash(ctx context.Context) (int, error) {
	cutoff := time.Now().AddDate(0, 0, -TrashDays)
	ids, err := stories.NewStore(s.pool).TrashedBefore(ctx, cutoff)
	if err != nil {
		return 0, fmt.Errorf("editorial.PurgeTrash: %w", err)
	}
	n := 0
	for _, id := range ids {
		err := s.withStory(ctx, "PurgeTrash", id, func(t tx, d stories.Draft) error {
			if d.DeletedAt == nil || !d.DeletedAt.Before(cutoff) {
				return nil
			}
			n++
			return s.purge(ctx, t, system, d, fmt.Sprintf(" after %d days in the trash", TrashDays))
		})
		if errors.Is(err, database.ErrNotFound) {
			continue
		}
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
