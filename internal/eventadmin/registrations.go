package eventadmin

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/mails"
)

// tokenLink is the absolute URL of a mailed link's page with its token.
func (s *Service) tokenLink(path, token string) string {
	return s.Link(path + "?" + url.Values{"token": {token}}.Encode())
}

// registrationData is what the mails to r say about event e.
func (s *Service) registrationData(r events.Registration, e events.Event) mails.RegistrationData {
	return mails.RegistrationData{To: r.Email, Name: r.Name, Event: e,
		EventURL: s.Link(paths.Event(r.Lang, e.Slug))}
}

// errMailedRecently rolls back a registration whose mail would repeat one
// sent within events.ResendAfter.
var errMailedRecently = errors.New("eventadmin: mailed this address about this event recently")

// Register records a candidate's registration and mails the link that
// confirms it (double opt-in). An address that is already registered for
// the event gets a mail saying so instead, and Register answers as if it
// registered: the form never tells anyone who is registered. Either mail
// goes to an address at most once per events.ResendAfter; a repeat within
// that time changes nothing (the earlier link keeps working) and answers
// the same. It returns database.ErrNotFound for an event without a public
// page, events.ErrRegistrationClosed and a *events.ValidationError.
func (s *Service) Register(ctx context.Context, n events.NewRegistration) error {
	since := s.now().Add(-events.ResendAfter)
	err := s.inTx(ctx, "Register", func(t tx) error {
		r, confirm, _, err := t.events.Register(ctx, n)
		if err != nil {
			return err
		}
		recent, err := t.events.RecentMail(ctx, r.EventID, r.ID, r.Email, mails.KindRegistrationConfirm, since)
		if err != nil {
			return err
		}
		if recent {
			return errMailedRecently
		}
		e, err := t.events.ByID(ctx, r.EventID)
		if err != nil {
			return err
		}
		d := s.registrationData(r, e)
		d.Link = s.tokenLink(paths.RegistrationConfirm(r.Lang), confirm)
		if err := t.enqueueAbout(ctx, e.ID, r.ID)(mails.RegistrationConfirm(r.Lang, d)); err != nil {
			return err
		}
		return t.audit.Write(ctx, system, audit.Entry{Action: "registration.create", RecordType: "registration",
			RecordID: recordID(r.ID), Summary: fmt.Sprintf("registration %d for event %d, waiting for confirmation", r.ID, e.ID)})
	})
	if errors.Is(err, errMailedRecently) {
		s.logger.InfoContext(ctx, "registration: confirmation mailed recently, not again", "event", n.EventID)
		return nil
	}
	if !errors.Is(err, events.ErrAlreadyRegistered) {
		return err
	}
	err = s.inTx(ctx, "Register", func(t tx) error {
		n, err := n.Normalize()
		if err != nil {
			return err
		}
		recent, err := t.events.RecentMail(ctx, n.EventID, 0, n.Email, mails.KindRegistrationDuplicate, since)
		if err != nil {
			return err
		}
		if recent {
			return errMailedRecently
		}
		e, err := t.events.ByID(ctx, n.EventID)
		if err != nil {
			return err
		}
		d := s.registrationData(events.Registration{Name: n.Name, Email: n.Email, Lang: n.Lang}, e)
		if err := t.enqueueAbout(ctx, e.ID, 0)(mails.RegistrationDuplicate(n.Lang, d)); err != nil {
			return err
		}
		return t.audit.Write(ctx, system, audit.Entry{Action: "registration.duplicate", RecordType: "event",
			RecordID: recordID(e.ID), Summary: fmt.Sprintf("a registered address registered again for event %d", e.ID)})
	})
	if errors.Is(err, errMailedRecently) {
		s.logger.InfoContext(ctx, "registration: already registered, mailed recently, not again", "event", n.EventID)
		return nil
	}
	return err
}

// Confirm confirms the registration whose confirmation token is token and
// mails the outcome: a seat, with the event's .ics and the cancellation
// link, or a place on the waiting list, with the link that leaves it. It
// returns the registration, and the errors of events.Store.Confirm
// (events.ErrAlreadyConfirmed with the registration).
func (s *Service) Confirm(ctx context.Context, token string) (events.Registration, error) {
	var r events.Registration
	err := s.inTx(ctx, "Confirm", func(t tx) error {
		var cancel string
		var err error
		r, cancel, err = t.events.Confirm(ctx, token)
		if err != nil {
			return err
		}
		e, err := t.events.ByID(ctx, r.EventID)
		if err != nil {
			return err
		}
		d := s.registrationData(r, e)
		d.Link = s.tokenLink(paths.RegistrationCancel(r.Lang), cancel)
		if r.Status == events.RegistrationConfirmed {
			d.Calendar = s.CalendarFile(e, r.Lang)
			err = t.enqueueAbout(ctx, e.ID, r.ID)(mails.RegistrationConfirmed(r.Lang, d))
		} else {
			err = t.enqueueAbout(ctx, e.ID, r.ID)(mails.RegistrationWaitlisted(r.Lang, d))
		}
		if err != nil {
			return err
		}
		return t.audit.Write(ctx, system, audit.Entry{Action: "registration.confirm", RecordType: "registration",
			RecordID: recordID(r.ID), Summary: fmt.Sprintf("registration %d for event %d: %s", r.ID, e.ID, r.Status)})
	})
	return r, err
}

// Cancel cancels the registration whose cancellation token is token. When
// that frees a seat, whoever moves up from the waiting list is mailed,
// with the event's .ics. It returns the registration, and the errors of
// events.Store.Cancel (events.ErrAlreadyCancelled with the registration).
func (s *Service) Cancel(ctx context.Context, token string) (events.Registration, error) {
	var r events.Registration
	err := s.inTx(ctx, "Cancel", func(t tx) error {
		var promoted []events.Registration
		var err error
		r, promoted, err = t.events.Cancel(ctx, token)
		if err != nil {
			return err
		}
		if err := t.audit.Write(ctx, system, audit.Entry{Action: "registration.cancel", RecordType: "registration",
			RecordID: recordID(r.ID), Summary: fmt.Sprintf("registration %d for event %d cancelled", r.ID, r.EventID)}); err != nil {
			return err
		}
		return s.mailPromoted(ctx, t, r.EventID, promoted)
	})
	return r, err
}

// mailPromoted mails the registrations that moved up from the waiting list
// of event id, and audits each.
func (s *Service) mailPromoted(ctx context.Context, t tx, id int64, promoted []events.Registration) error {
	if len(promoted) == 0 {
		return nil
	}
	e, err := t.events.ByID(ctx, id)
	if err != nil {
		return err
	}
	for _, p := range promoted {
		d := s.registrationData(p, e)
		d.Calendar = s.CalendarFile(e, p.Lang)
		if err := t.enqueueAbout(ctx, e.ID, p.ID)(mails.RegistrationPromoted(p.Lang, d)); err != nil {
			return err
		}
		if err := t.audit.Write(ctx, system, audit.Entry{Action: "registration.promote", RecordType: "registration",
			RecordID: recordID(p.ID), Summary: fmt.Sprintf("registration %d for event %d moved up from the waiting list", p.ID, e.ID)}); err != nil {
			return err
		}
	}
	return nil
}

// mailRegistrants mails every confirmed and waitlisted registration of
// event e with write, which makes the mail in the registrant's language,
// with e's .ics attached.
func (s *Service) mailRegistrants(ctx context.Context, t tx, e events.Event, list []events.Registration,
	write func(i18n.Lang, mails.RegistrationData) (mail.Message, error)) (int, error) {
	n := 0
	for _, r := range list {
		if r.Status != events.RegistrationConfirmed && r.Status != events.RegistrationWaitlisted {
			continue
		}
		d := s.registrationData(r, e)
		d.Calendar = s.CalendarFile(e, r.Lang)
		if err := t.enqueueAbout(ctx, e.ID, r.ID)(write(r.Lang, d)); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// ExportAttendees writes the attendee list of event eventID as CSV to w
// and records in the audit log who downloaded it, since it holds personal
// data. With partnerID it is a partner user's download and only that
// organisation's event is found; without, an editor's of any event. It
// returns the event, and database.ErrNotFound.
func (s *Service) ExportAttendees(ctx context.Context, by audit.Actor, partnerID *int64, eventID int64, w io.Writer) (events.Event, error) {
	var e events.Event
	err := s.inTx(ctx, "ExportAttendees", func(t tx) error {
		if partnerID != nil {
			pe, err := t.events.PartnerEvent(ctx, *partnerID, eventID)
			if err != nil {
				return err
			}
			e = pe.Event
			if err := t.events.AttendeesCSV(ctx, *partnerID, eventID, w); err != nil {
				return err
			}
		} else {
			var err error
			if e, err = t.events.ByID(ctx, eventID); err != nil {
				return err
			}
			if err := t.events.StaffAttendeesCSV(ctx, eventID, w); err != nil {
				return err
			}
		}
		return t.audit.Write(ctx, by, audit.Entry{Action: "registration.export", RecordType: "event", RecordID: recordID(e.ID),
			Summary: "downloaded the attendee list of " + describeEvent(e)})
	})
	return e, err
}
