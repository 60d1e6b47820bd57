package eventadmin

import (
	"context"
	"fmt"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/web/mails"
)

// SubmitProfile sends profile p of partner partnerID to moderation on
// behalf of partner user by; the live profile stays until an editor
// approves it. It returns database.ErrNotFound, partners.ErrUnknownImage
// and a *partners.ValidationError.
func (s *Service) SubmitProfile(ctx context.Context, by audit.Actor, partnerID int64, p partners.Profile) (partners.Draft, error) {
	var d partners.Draft
	err := s.inTx(ctx, "SubmitProfile", func(t tx) error {
		var err error
		if d, err = t.partners.SubmitDraft(ctx, partnerID, by.ID, p); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "partner.profile_submit", RecordType: "partner",
			RecordID: recordID(partnerID), Summary: fmt.Sprintf("submitted profile change %d of partner %d for moderation", d.ID, partnerID),
			After: d.Profile})
	})
	return d, err
}

// CreateEvent stores a new event of partner partnerID on behalf of its
// user by: as a draft when draft is true, otherwise sent to moderation. It
// returns a *events.ValidationError for content it cannot accept.
func (s *Service) CreateEvent(ctx context.Context, by audit.Actor, partnerID int64, c events.Content, draft bool) (events.Event, error) {
	var e events.Event
	err := s.inTx(ctx, "CreateEvent", func(t tx) error {
		var err error
		action, what := "event.submit", "submitted"
		if draft {
			e, err = t.events.CreateDraft(ctx, partnerID, by.ID, c)
			action, what = "event.draft_save", "saved draft"
		} else {
			e, err = t.events.Create(ctx, partnerID, by.ID, c)
		}
		if err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: action, RecordType: "event", RecordID: recordID(e.ID),
			Summary: fmt.Sprintf("%s new %s of partner %d", what, describeEvent(e), partnerID), After: e.Content})
	})
	return e, err
}

// UpdateEvent saves content c of event eventID of partner partnerID on
// behalf of its user by: into the draft when draft is true, otherwise as a
// submission for moderation (a change to a published event waits while the
// published version stays). It returns database.ErrNotFound for another
// organisation's event, events.ErrCancelled, events.ErrNotDraft and a
// *events.ValidationError.
func (s *Service) UpdateEvent(ctx context.Context, by audit.Actor, partnerID, eventID int64, c events.Content, draft bool) (events.PartnerEvent, error) {
	var pe events.PartnerEvent
	err := s.inTx(ctx, "UpdateEvent", func(t tx) error {
		before, err := t.events.PartnerEvent(ctx, partnerID, eventID)
		if err != nil {
			return err
		}
		action, what := "event.submit", "submitted a change of"
		if draft {
			pe, err = t.events.UpdateDraft(ctx, partnerID, eventID, by.ID, c)
			action, what = "event.draft_save", "saved draft"
		} else {
			pe, err = t.events.Update(ctx, partnerID, eventID, by.ID, c)
		}
		if err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: action, RecordType: "event", RecordID: recordID(eventID),
			Summary: fmt.Sprintf("%s %s", what, describeEvent(pe.Event)), Before: before.Content, After: c})
	})
	return pe, err
}

// CancelPartnerEvent cancels event eventID of partner partnerID on behalf
// of its user by, and mails every registrant with the cancelled .ics. It
// returns database.ErrNotFound for another organisation's event and
// events.ErrCancelled.
func (s *Service) CancelPartnerEvent(ctx context.Context, by audit.Actor, partnerID, eventID int64) (events.Cancellation, error) {
	var c events.Cancellation
	err := s.inTx(ctx, "CancelPartnerEvent", func(t tx) error {
		before, err := t.events.PartnerEvent(ctx, partnerID, eventID)
		if err != nil {
			return err
		}
		if c, err = t.events.CancelPartnerEvent(ctx, partnerID, eventID); err != nil {
			return err
		}
		return s.afterCancel(ctx, t, by, before.Event, c)
	})
	return c, err
}

// CancelEvent cancels any event on behalf of editor by, and mails every
// registrant with the cancelled .ics. It returns database.ErrNotFound and
// events.ErrCancelled.
func (s *Service) CancelEvent(ctx context.Context, by audit.Actor, eventID int64) (events.Cancellation, error) {
	var c events.Cancellation
	err := s.inTx(ctx, "CancelEvent", func(t tx) error {
		before, err := t.events.ByID(ctx, eventID)
		if err != nil {
			return err
		}
		if c, err = t.events.CancelEvent(ctx, eventID); err != nil {
			return err
		}
		return s.afterCancel(ctx, t, by, before, c)
	})
	return c, err
}

func (s *Service) afterCancel(ctx context.Context, t tx, by audit.Actor, before events.Event, c events.Cancellation) error {
	n, err := s.mailRegistrants(ctx, t, c.Event, c.Notify, mails.EventCancelled)
	if err != nil {
		return err
	}
	return t.audit.Write(ctx, by, audit.Entry{Action: "event.cancel", RecordType: "event", RecordID: recordID(c.Event.ID),
		Summary: fmt.Sprintf("cancelled %s and mailed %d registrants", describeEvent(c.Event), n),
		Before:  eventState{before.Status, before.Sequence}, After: eventState{c.Event.Status, c.Event.Sequence}})
}

// CreateOwnEvent stores and publishes at once an event of the employer
// itself, made by editor by. It returns a *events.ValidationError.
func (s *Service) CreateOwnEvent(ctx context.Context, by audit.Actor, c events.Content) (events.Event, error) {
	var e events.Event
	err := s.inTx(ctx, "CreateOwnEvent", func(t tx) error {
		var err error
		if e, err = t.events.CreateOwn(ctx, by.ID, c); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "event.create", RecordType: "event", RecordID: recordID(e.ID),
			Summary: "created and published " + describeEvent(e), After: e.Content})
	})
	return e, err
}

// EditEvent applies content c to event eventID at once on behalf of editor
// by, without moderation, and publishes it if it was not yet. Registrants
// moved up by added seats are mailed, and so are all registrants when the
// time or place changed. It returns database.ErrNotFound,
// events.ErrCancelled and a *events.ValidationError.
func (s *Service) EditEvent(ctx context.Context, by audit.Actor, eventID int64, c events.Content) (events.Approval, error) {
	var a events.Approval
	err := s.inTx(ctx, "EditEvent", func(t tx) error {
		before, err := t.events.ByID(ctx, eventID)
		if err != nil {
			return err
		}
		if a, err = t.events.EditPublished(ctx, eventID, by.ID, c); err != nil {
			return err
		}
		if err := t.audit.Write(ctx, by, audit.Entry{Action: "event.edit", RecordType: "event", RecordID: recordID(eventID),
			Summary: "edited and published " + describeEvent(a.Event), Before: before.Content, After: a.Event.Content}); err != nil {
			return err
		}
		if err := s.mailPromoted(ctx, t, eventID, a.Promoted); err != nil {
			return err
		}
		return s.mailChanged(ctx, t, before, a.Event)
	})
	return a, err
}

// CreatePartner adds a listed partner organisation with profile p on
// behalf of admin by. It returns partners.ErrInvalidSlug,
// partners.ErrSlugTaken, partners.ErrUnknownImage and a
// *partners.ValidationError.
func (s *Service) CreatePartner(ctx context.Context, by audit.Actor, slug string, p partners.Profile) (partners.Partner, error) {
	var out partners.Partner
	err := s.inTx(ctx, "CreatePartner", func(t tx) error {
		var err error
		if out, err = t.partners.Create(ctx, slug, p); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "partner.create", RecordType: "partner", RecordID: recordID(out.ID),
			Summary: fmt.Sprintf("created partner %d %q (%s)", out.ID, out.Name, out.Slug), After: out.Profile})
	})
	return out, err
}

// UpdatePartner replaces the live profile of partner id at once on behalf
// of admin by; a pending change from the partner stays pending. It returns
// database.ErrNotFound, partners.ErrUnknownImage and a
// *partners.ValidationError.
func (s *Service) UpdatePartner(ctx context.Context, by audit.Actor, id int64, p partners.Profile) (partners.Partner, error) {
	var out partners.Partner
	err := s.inTx(ctx, "UpdatePartner", func(t tx) error {
		before, err := t.partners.ByID(ctx, id)
		if err != nil {
			return err
		}
		if out, err = t.partners.UpdateProfile(ctx, id, p); err != nil {
			return err
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "partner.update", RecordType: "partner", RecordID: recordID(id),
			Summary: fmt.Sprintf("edited the profile of partner %d %q", id, out.Name), Before: before.Profile, After: out.Profile})
	})
	return out, err
}

// SetListed shows or hides partner id on the public site on behalf of
// admin by. It returns database.ErrNotFound.
func (s *Service) SetListed(ctx context.Context, by audit.Actor, id int64, listed bool) error {
	return s.inTx(ctx, "SetListed", func(t tx) error {
		p, err := t.partners.ByID(ctx, id)
		if err != nil {
			return err
		}
		if err := t.partners.SetListed(ctx, id, listed); err != nil {
			return err
		}
		action, what := "partner.unlist", "hid"
		if listed {
			action, what = "partner.list", "listed"
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: action, RecordType: "partner", RecordID: recordID(id),
			Summary: fmt.Sprintf("%s partner %d %q on the public site", what, id, p.Name),
			Before:  map[string]bool{"listed": p.Listed}, After: map[string]bool{"listed": listed}})
	})
}
