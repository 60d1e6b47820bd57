// Package mail sends Podium's e-mail through a transactional outbox.
//
// An action that causes a mail (a password reset, an invitation) calls
// Outbox.Enqueue inside its own transaction. Enqueue stores the mail in
// outbox_mails and inserts a River job in that same transaction, so the mail
// exists exactly when the action committed. SendWorker, run by River on any
// replica, delivers the mail through a Sender (SMTPSender in production,
// KeepSender in development) and records the outcome on the row, which the
// back office shows at /admin/outbox.
package mail

import (
	"fmt"
	"mime"
	"net/mail"
	"regexp"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
)

// Message is one mail to one recipient, in one language.
type Message struct {
	// To is the recipient's bare address, such as "ada@example.org".
	To string
	// ToName is the recipient's display name; it may be empty.
	ToName string
	// Lang is the language the mail is written in.
	Lang i18n.Lang
	// Kind names what caused the mail, in snake case, such as
	// "password_reset" or "invitation".
	Kind string
	// Subject is the subject line, UTF-8; it is encoded for the header.
	Subject string
	// Text is the plain-text body; every mail has one.
	Text string
	// HTML is the HTML body; when empty the mail is sent as plain text only.
	HTML string
	// Attachments are files sent along, such as an event's .ics file.
	Attachments []Attachment
}

// Attachment is a file attached to a mail.
type Attachment struct {
	// Filename is the name the recipient sees, such as "event.ics".
	Filename string
	// ContentType is the file's media type, with parameters if needed,
	// such as "text/calendar; charset=utf-8; method=REQUEST".
	ContentType string
	// Data is the file's content.
	Data []byte
}

// Status is where a mail stands in the outbox.
type Status string

// The statuses a mail passes through. A new mail is queued; a worker marks
// it sending while it tries, then sent, kept or, after a permanent error or
// the last retry, failed. After a temporary error it is queued again.
const (
	StatusQueued  Status = "queued"
	StatusSending Status = "sending"
	StatusSent    Status = "sent"
	StatusKept    Status = "kept"
	StatusFailed  Status = "failed"
)

// Statuses lists every status, in the order a mail passes through them.
func Statuses() []Status {
	return []Status{StatusQueued, StatusSending, StatusSent, StatusKept, StatusFailed}
}

// Valid reports whether s is one of the statuses above.
func (s Status) Valid() bool {
	switch s {
	case StatusQueued, StatusSending, StatusSent, StatusKept, StatusFailed:
		return true
	}
	return false
}

// Done reports whether the worker is finished with a mail in status s.
func (s Status) Done() bool {
	return s == StatusSent || s == StatusKept || s == StatusFailed
}

// Mail is a message as stored in the outbox, with its delivery record.
type Mail struct {
	// ID identifies the mail in the outbox.
	ID int64
	Message
	// Status is where the mail stands.
	Status Status
	// Attempts counts the delivery attempts made so far, failed or not.
	Attempts int
	// LastError is the error of the most recent failed attempt, or empty.
	// A mail that was sent after a retry keeps the error that preceded it.
	LastError string
	// CreatedAt is when the mail was enqueued.
	CreatedAt time.Time
	// UpdatedAt is when the status last changed.
	UpdatedAt time.Time
	// SentAt is when the SMTP server accepted the mail; nil until then.
	SentAt *time.Time
}

var kindPattern = regexp.MustCompile(`^[a-z0-9]+(_[a-z0-9]+)*$`)

// validate reports the first reason msg cannot be sent, or nil.
func (m Message) validate() error {
	if _, err := parseRecipient(m.To); err != nil {
		return err
	}
	if strings.ContainsAny(m.ToName, "\r\n") {
		return fmt.Errorf("recipient name contains a line break")
	}
	if _, ok := i18n.Parse(string(m.Lang)); !ok {
		return fmt.Errorf("unsupported language %q", m.Lang)
	}
	if !kindPattern.MatchString(m.Kind) {
		return fmt.Errorf("kind %q is not snake case", m.Kind)
	}
	if strings.TrimSpace(m.Subject) == "" {
		return fmt.Errorf("empty subject")
	}
	if strings.TrimSpace(m.Text) == "" {
		return fmt.Errorf("empty text body")
	}
	for i, a := range m.Attachments {
		if a.Filename == "" || strings.ContainsAny(a.Filename, "\r\n/\\") {
			return fmt.Errorf("attachment %d: bad filename %q", i, a.Filename)
		}
		if _, _, err := mime.ParseMediaType(a.ContentType); err != nil {
			return fmt.Errorf("attachment %d: content type %q: %w", i, a.ContentType, err)
		}
	}
	return nil
}

// parseRecipient checks that addr is a bare ASCII address (no display name),
// which every SMTP server accepts without the SMTPUTF8 extension.
func parseRecipient(addr string) (*mail.Address, error) {
	a, err := mail.ParseAddress(addr)
	if err != nil {
		return nil, fmt.Errorf("recipient %q: %w", addr, err)
	}
	if a.Name != "" || a.Address != addr {
		return nil, fmt.Errorf("recipient %q: want a bare address", addr)
	}
	for _, r := range addr {
		if r > 0x7e {
			return nil, fmt.Errorf("recipient %q: non-ASCII address", addr)
		}
	}
	return a, nil
}
