// Package eventadmin carries out what happens to partners, events and
// registrations: a partner submits a profile change or an event, an editor
// approves, rejects or sends it back, staff cancel an event, a candidate
// registers, confirms or cancels. Each action runs in one transaction that
// changes the records (through partners.Store and events.Store), queues the
// mails it causes in the outbox and writes the audit entry, so either all
// of it happens or none of it. The periodic jobs of the agenda live here
// too: reminders the day before, the editors' moderation digest and the
// deletion of registrations after the retention period.
//
// Candidates are not back-office users: what they do is audited without
// their name, address or IP address, since the audit log is kept for good
// and their registration is not.
//
// The package has no HTTP code; the handlers in internal/web build on it
// and read through the stores.
package eventadmin

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

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/ics"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/paths"
)

// Service performs the agenda's actions.
type Service struct {
	pool    *pgxpool.Pool
	jobs    *river.Client[pgx.Tx]
	baseURL *url.URL
	logger  *slog.Logger
	now     func() time.Time
}

// New returns a Service. jobs inserts the mail jobs and may be an
// insert-only client; baseURL makes the links in mails absolute and its
// host makes the events' iCalendar UIDs.
func New(pool *pgxpool.Pool, jobs *river.Client[pgx.Tx], baseURL *url.URL, logger *slog.Logger) *Service {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Service{pool: pool, jobs: jobs, baseURL: baseURL, logger: logger, now: time.Now}
}

// WithClock returns a copy of s that takes "now" from now, for tests: it
// decides what is upcoming, whether registration is open and which
// reminders are due.
func (s *Service) WithClock(now func() time.Time) *Service {
	c := *s
	c.now = now
	return &c
}

// Link returns the absolute URL of path (which may carry a query).
func (s *Service) Link(path string) string {
	if s.baseURL == nil {
		return path
	}
	u, err := s.baseURL.Parse(path)
	if err != nil {
		return path
	}
	return u.String()
}

// CalendarHost is the host name in the events' iCalendar UIDs: the
// site's canonical host, so that calendars match updates by UID.
func (s *Service) CalendarHost() string {
	if s.baseURL == nil || s.baseURL.Hostname() == "" {
		return "podium.invalid"
	}
	return s.baseURL.Hostname()
}

// CalendarFile returns e as an .ics file for readers of l, with the URL of
// its page.
func (s *Service) CalendarFile(e events.Event, l i18n.Lang) []byte {
	return ics.EventFile(e.CalendarEvent(l, s.Link(paths.Event(l, e.Slug)), s.CalendarHost()))
}

// FeedFile returns the events of list as one calendar for readers of l,
// named after the site's agenda, for subscription.
func (s *Service) FeedFile(l i18n.Lang, list []events.Event) []byte {
	evs := make([]ics.Event, len(list))
	for i, e := range list {
		evs[i] = e.CalendarEvent(l, s.Link(paths.Event(l, e.Slug)), s.CalendarHost())
	}
	return ics.Calendar(i18n.T(l, "site.name")+" · "+i18n.T(l, "nav.events"), evs...)
}

// system is the actor of the jobs and of candidates' actions.
var system = audit.Actor{}

func recordID(id int64) string { return strconv.FormatInt(id, 10) }

// tx bundles what an action works with inside its transaction.
type tx struct {
	pgx.Tx
	events   *events.Store
	partners *partners.Store
	accounts *accounts.Store
	audit    *audit.Log
	outbox   *mail.Outbox
}

// inTx runs fn in a transaction and wraps its error with the method name,
// keeping it comparable with errors.Is and errors.As.
func (s *Service) inTx(ctx context.Context, method string, fn func(t tx) error) error {
	err := database.InTx(ctx, s.pool, func(t pgx.Tx) error {
		return fn(tx{
			Tx:       t,
			events:   events.NewStore(t).WithClock(s.now),
			partners: partners.NewStore(t),
			accounts: accounts.NewStore(t),
			audit:    audit.NewLog(t),
			outbox:   mail.NewOutbox(t, s.jobs),
		})
	})
	if err != nil {
		return fmt.Errorf("eventadmin.%s: %w", method, err)
	}
	return nil
}

// enqueue returns a function that queues a mail in t's transaction; it
// takes what a mail function of package mails returns:
// t.enqueue(ctx)(mails.EventReminder(lang, d)).
func (t tx) enqueue(ctx context.Context) func(mail.Message, error) error {
	return func(msg mail.Message, err error) error {
		if err != nil {
			return err
		}
		_, err = t.outbox.Enqueue(ctx, t.Tx, msg)
		return err
	}
}

// enqueueAbout is enqueue for a mail to a candidate about event eventID
// and, unless registrationID is 0, their registration: the mail is tied to
// them so that it is deleted with the registration's personal data.
func (t tx) enqueueAbout(ctx context.Context, eventID, registrationID int64) func(mail.Message, error) error {
	return func(msg mail.Message, err error) error {
		if err != nil {
			return err
		}
		id, err := t.outbox.Enqueue(ctx, t.Tx, msg)
		if err != nil {
			return err
		}
		return t.events.LinkMail(ctx, id, eventID, registrationID)
	}
}

// partnerUsers returns the active users of partner organisation id, the
// people a moderation decision is mailed to.
func (t tx) partnerUsers(ctx context.Context, id int64) ([]accounts.User, error) {
	all, err := t.accounts.List(ctx)
	if err != nil {
		return nil, err
	}
	var out []accounts.User
	for _, u := range all {
		if u.Active() && u.Role == accounts.RolePartner && u.PartnerID != nil && *u.PartnerID == id {
			out = append(out, u)
		}
	}
	return out, nil
}

// staff returns the active editors and admins, who moderate.
func (t tx) staff(ctx context.Context) ([]accounts.User, error) {
	all, err := t.accounts.List(ctx)
	if err != nil {
		return nil, err
	}
	var out []accounts.User
	for _, u := range all {
		if u.Active() && (u.Role == accounts.RoleEditor || u.Role == accounts.RoleAdmin) {
			out = append(out, u)
		}
	}
	return out, nil
}

// eventState is what the audit log keeps of an event besides its content.
type eventState struct {
	Status   events.Status `json:"status"`
	Sequence int           `json:"sequence"`
}

// describeEvent names an event in an audit summary.
func describeEvent(e events.Event) string {
	return fmt.Sprintf("event %d %q", e.ID, e.TitleNL)
}
