package eventadmin

import (
	"context"
	"fmt"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/mails"
)

// ApproveSubmission publishes pending event revision revisionID on behalf
// of moderator by. The partner's users are mailed the outcome; when seats
// were added, those who move up from the waiting list are mailed; when the
// time or place of a published event changed, its registrants get the
// updated .ics. It returns database.ErrNotFound and events.ErrNotPending.
func (s *Service) ApproveSubmission(ctx context.Context, by audit.Actor, revisionID int64) (events.Approval, error) {
	var a events.Approval
	err := s.inTx(ctx, "ApproveSubmission", func(t tx) error {
		before, err := t.events.Submission(ctx, revisionID)
		if err != nil {
			return err
		}
		if a, err = t.events.Approve(ctx, revisionID, by.ID); err != nil {
			return err
		}
		if err := t.audit.Write(ctx, by, audit.Entry{Action: "event.approve", RecordType: "event",
			RecordID: recordID(a.Event.ID), Summary: fmt.Sprintf("approved revision %d of %s", revisionID, describeEvent(a.Event)),
			Before: eventState{before.Event.Status, before.Event.Sequence}, After: a.Revision.Content}); err != nil {
			return err
		}
		if err := s.mailOutcome(ctx, t, a.Event, a.Revision.Content, mails.OutcomeApproved, "", false); err != nil {
			return err
		}
		if err := s.mailPromoted(ctx, t, a.Event.ID, a.Promoted); err != nil {
			return err
		}
		return s.mailChanged(ctx, t, before.Event, a.Event)
	})
	return a, err
}

// RejectSubmission refuses pending event revision revisionID with reason,
// which the partner's users are mailed. A change to a published event is
// dropped and the published version stays. It returns
// events.ErrReasonRequired, database.ErrNotFound and events.ErrNotPending.
func (s *Service) RejectSubmission(ctx context.Context, by audit.Actor, revisionID int64, reason string) (events.Revision, error) {
	return s.decide(ctx, "RejectSubmission", by, revisionID, reason, mails.OutcomeRejected)
}

// RequestChanges sends pending event revision revisionID back to the
// partner with reason, which its users are mailed. Errors are those of
// RejectSubmission.
func (s *Service) RequestChanges(ctx context.Context, by audit.Actor, revisionID int64, reason string) (events.Revision, error) {
	return s.decide(ctx, "RequestChanges", by, revisionID, reason, mails.OutcomeChangesRequested)
}

func (s *Service) decide(ctx context.Context, method string, by audit.Actor, revisionID int64, reason string, outcome mails.Outcome) (events.Revision, error) {
	var v events.Revision
	err := s.inTx(ctx, method, func(t tx) error {
		sub, err := t.events.Submission(ctx, revisionID)
		if err != nil {
			return err
		}
		action, verb := "event.reject", "rejected"
		if outcome == mails.OutcomeChangesRequested {
			v, err = t.events.RequestChanges(ctx, revisionID, by.ID, reason)
			action, verb = "event.request_changes", "sent back"
		} else {
			v, err = t.events.Reject(ctx, revisionID, by.ID, reason)
		}
		if err != nil {
			return err
		}
		if err := t.audit.Write(ctx, by, audit.Entry{Action: action, RecordType: "event", RecordID: recordID(sub.Event.ID),
			Summary: fmt.Sprintf("%s revision %d of %s: %s", verb, revisionID, describeEvent(sub.Event), v.Reason),
			After:   map[string]string{"status": string(v.Status), "reason": v.Reason}}); err != nil {
			return err
		}
		return s.mailOutcome(ctx, t, sub.Event, v.Content, outcome, v.Reason, !sub.New)
	})
	return v, err
}

// mailOutcome mails a moderation decision about event e, whose submitted
// content was c, to the users of its partner; the employer's own events
// have none.
func (s *Service) mailOutcome(ctx context.Context, t tx, e events.Event, c events.Content, outcome mails.Outcome, reason string, live bool) error {
	if e.PartnerID == nil {
		return nil
	}
	users, err := t.partnerUsers(ctx, *e.PartnerID)
	if err != nil {
		return err
	}
	for _, u := range users {
		title, _ := c.Title(u.Lang)
		err := t.enqueue(ctx)(mails.ModerationOutcome(u.Lang, mails.ModerationOutcomeData{To: u.Email, Name: u.Name,
			Title: title, Outcome: outcome, Reason: reason, Live: live, Link: s.Link(paths.PortalEvent(e.ID))}))
		if err != nil {
			return err
		}
	}
	return nil
}

// mailChanged sends the updated .ics to the registrants of a published
// event whose time or place changed from before to after.
func (s *Service) mailChanged(ctx context.Context, t tx, before, after events.Event) error {
	if before.PublishedAt == nil || (before.StartsAt.Equal(after.StartsAt) && before.EndsAt.Equal(after.EndsAt) &&
		before.Location() == after.Location() && before.OnlineURL == after.OnlineURL) {
		return nil
	}
	list, err := t.events.StaffRegistrations(ctx, after.ID)
	if err != nil {
		return err
	}
	n, err := s.mailRegistrants(ctx, t, after, list, mails.EventChanged)
	if err != nil || n == 0 {
		return err
	}
	return t.audit.Write(ctx, system, audit.Entry{Action: "event.registrants_notify", RecordType: "event",
		RecordID: recordID(after.ID), Summary: fmt.Sprintf("mailed %d registrants that the time or place of %s changed", n, describeEvent(after))})
}

// ApproveProfile makes pending profile change draftID the partner's live
// profile and mails its users. It returns database.ErrNotFound and
// partners.ErrNotPending.
func (s *Service) ApproveProfile(ctx context.Context, by audit.Actor, draftID int64) (partners.Partner, error) {
	var p partners.Partner
	err := s.inTx(ctx, "ApproveProfile", func(t tx) error {
		review, err := t.partners.DraftByID(ctx, draftID)
		if err != nil {
			return err
		}
		if p, err = t.partners.ApproveDraft(ctx, draftID, by.ID); err != nil {
			return err
		}
		if err := t.audit.Write(ctx, by, audit.Entry{Action: "partner.profile_approve", RecordType: "partner",
			RecordID: recordID(p.ID), Summary: fmt.Sprintf("approved profile change %d of partner %d %q", draftID, p.ID, p.Name),
			Before: review.Partner.Profile, After: p.Profile}); err != nil {
			return err
		}
		return s.mailProfileOutcome(ctx, t, p.ID, p.Name, mails.OutcomeApproved, "")
	})
	return p, err
}

// RejectProfile refuses pending profile change draftID with reason, which
// the partner's users are mailed; the live profile stays. It returns
// partners.ErrReasonRequired, database.ErrNotFound and
// partners.ErrNotPending.
func (s *Service) RejectProfile(ctx context.Context, by audit.Actor, draftID int64, reason string) (partners.Draft, error) {
	var d partners.Draft
	err := s.inTx(ctx, "RejectProfile", func(t tx) error {
		var err error
		if d, err = t.partners.RejectDraft(ctx, draftID, by.ID, reason); err != nil {
			return err
		}
		p, err := t.partners.ByID(ctx, d.PartnerID)
		if err != nil {
			return err
		}
		if err := t.audit.Write(ctx, by, audit.Entry{Action: "partner.profile_reject", RecordType: "partner",
			RecordID: recordID(p.ID), Summary: fmt.Sprintf("rejected profile change %d of partner %d %q: %s", draftID, p.ID, p.Name, d.Reason),
			After: map[string]string{"status": string(d.Status), "reason": d.Reason}}); err != nil {
			return err
		}
		return s.mailProfileOutcome(ctx, t, p.ID, p.Name, mails.OutcomeRejected, d.Reason)
	})
	return d, err
}

func (s *Service) mailProfileOutcome(ctx context.Context, t tx, partnerID int64, name string, outcome mails.Outcome, reason string) error {
	users, err := t.partnerUsers(ctx, partnerID)
	if err != nil {
		return err
	}
	for _, u := range users {
		err := t.enqueue(ctx)(mails.ModerationOutcome(u.Lang, mails.ModerationOutcomeData{To: u.Email, Name: u.Name,
			Profile: true, Title: name, Outcome: outcome, Reason: reason, Live: true, Link: s.Link(paths.PortalProfile())}))
		if err != nil {
			return err
		}
	}
	return nil
}
