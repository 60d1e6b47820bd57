package mail

import (
	"context"
	"errors"
	"fmt"
)

// Sender delivers one message. SendWorker retries any error later, except
// ErrKept (the sender deliberately kept the message) and errors that wrap
// ErrPermanent (retrying cannot help, such as an unknown recipient).
type Sender interface {
	Send(ctx context.Context, msg Message) error
}

// ErrKept is what a Sender returns when it deliberately did not deliver a
// message; the worker marks the mail 'kept' so it stays readable in the
// outbox.
var ErrKept = errors.New("mail kept, not sent")

// ErrPermanent is wrapped by Sender errors that a retry cannot fix; the
// worker marks such a mail 'failed' at once.
var ErrPermanent = errors.New("permanent delivery failure")

// KeepSender sends nothing: every message is kept in the outbox, where
// /admin/outbox shows it. It is the sender for development, so that under
// "make run" no mail leaves the machine.
type KeepSender struct{}

// Send returns ErrKept.
func (KeepSender) Send(context.Context, Message) error { return ErrKept }

// NewSender returns the sender for the configuration: a KeepSender when
// smtpURL is empty, otherwise an SMTPSender for smtpURL (see ParseSMTPURL)
// that sends from the address from (MAIL_FROM, such as
// "Podium <noreply@example.org>").
func NewSender(smtpURL, from string) (Sender, error) {
	if smtpURL == "" {
		return KeepSender{}, nil
	}
	cfg, err := ParseSMTPURL(smtpURL)
	if err != nil {
		return nil, fmt.Errorf("mail.NewSender: %w", err)
	}
	cfg.From = from
	s, err := NewSMTPSender(cfg)
	if err != nil {
		return nil, fmt.Errorf("mail.NewSender: %w", err)
	}
	return s, nil
}
