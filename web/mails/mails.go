// Package mails holds the e-mails Podium sends, in Dutch and English. Each
// mail is a function that takes the recipient and what the mail is about and
// returns a mail.Message with the subject, a plain-text body and an HTML body
// rendered from the templ components in this package, ready for
// mail.Outbox.Enqueue.
package mails

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/a-h/templ"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/mail"
)

// The kinds of mail this package writes, as stored in the outbox.
const (
	KindPasswordReset = "password_reset"
	KindInvitation    = "invitation"
)

// PasswordResetData is what a password-reset mail says.
type PasswordResetData struct {
	// To is the account's address; Name its holder's name, may be empty.
	To, Name string
	// Link sets a new password.
	Link string
	// ValidFor is how long Link works; zero means one hour.
	ValidFor time.Duration
}

// PasswordReset writes the mail with the link that sets a new password. It
// says how long the link works and that a reader who did not ask for it can
// ignore it.
func PasswordReset(lang i18n.Lang, d PasswordResetData) (mail.Message, error) {
	t, site := textsFor(lang), i18n.T(lang, "site.name")
	if d.ValidFor == 0 {
		d.ValidFor = time.Hour
	}
	a := action{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(t.resetIntro, site)},
		Button:   t.resetButton,
		Link:     d.Link,
		CopyLink: t.copyLink,
		After: []string{
			fmt.Sprintf(t.validity, duration(lang, d.ValidFor)),
			t.resetIgnore,
		},
	}
	return compose(lang, KindPasswordReset, d.To, d.Name, fmt.Sprintf(t.resetSubject, site), a)
}

// InvitationData is what an invitation to the back office says.
type InvitationData struct {
	// To is the invitee's address; Name the invitee's name, may be empty.
	To, Name string
	// InviterName is who sent the invitation; may be empty.
	InviterName string
	// Role is the account's role: "admin", "editor" or "partner". Other
	// values are shown as they are.
	Role string
	// Organisation is the partner organisation a partner user acts for;
	// empty for other roles.
	Organisation string
	// Link activates the account.
	Link string
	// ValidFor is how long Link works; zero means seven days.
	ValidFor time.Duration
}

// Invitation writes the mail that invites someone to the back office: who
// invited them, with which role, and the link that activates the account.
func Invitation(lang i18n.Lang, d InvitationData) (mail.Message, error) {
	t, site := textsFor(lang), i18n.T(lang, "site.name")
	if d.ValidFor == 0 {
		d.ValidFor = 7 * 24 * time.Hour
	}
	subject := fmt.Sprintf(t.inviteSubjectAnon, site)
	inviter := t.inviterAnon
	if d.InviterName != "" {
		subject = fmt.Sprintf(t.inviteSubject, site, d.InviterName)
		inviter = d.InviterName
	}
	intro := fmt.Sprintf(t.inviteIntro, site, inviter, t.role(d.Role))
	if d.Organisation != "" {
		intro = fmt.Sprintf(t.inviteIntroOrg, site, inviter, t.role(d.Role), d.Organisation)
	}
	a := action{
		Greeting: t.greeting(d.Name),
		Before:   []string{intro, t.inviteNext},
		Button:   t.inviteButton,
		Link:     d.Link,
		CopyLink: t.copyLink,
		After: []string{
			fmt.Sprintf(t.validity, duration(lang, d.ValidFor)),
			t.inviteIgnore,
		},
	}
	return compose(lang, KindInvitation, d.To, d.Name, subject, a)
}

// frame is what the layout shows around every mail.
type frame struct {
	Lang    i18n.Lang
	Subject string
	// Sender names the portal and the organisation behind it.
	Sender string
	// Footer says the mail was sent automatically.
	Footer string
}

// action is the view model of a mail that asks the reader to follow one
// link.
type action struct {
	Greeting string
	Before   []string
	Button   string
	Link     string
	CopyLink string
	After    []string
}

// compose renders a into both bodies of a mail message.
func compose(lang i18n.Lang, kind, to, name, subject string, a action) (mail.Message, error) {
	if a.Link == "" {
		return mail.Message{}, fmt.Errorf("mails: %s: no link", kind)
	}
	t := textsFor(lang)
	f := frame{
		Lang:    lang,
		Subject: subject,
		Sender:  i18n.T(lang, "site.name") + " · " + i18n.T(lang, "site.org"),
		Footer:  fmt.Sprintf(t.footer, i18n.T(lang, "site.name")),
	}
	var html bytes.Buffer
	ctx := templ.WithChildren(context.Background(), actionBody(a))
	if err := layout(f).Render(ctx, &html); err != nil {
		return mail.Message{}, fmt.Errorf("mails: %s: render: %w", kind, err)
	}
	return mail.Message{
		To:      to,
		ToName:  name,
		Lang:    lang,
		Kind:    kind,
		Subject: subject,
		Text:    actionText(f, a),
		HTML:    html.String(),
	}, nil
}

// actionText is the plain-text counterpart of layout with actionBody.
func actionText(f frame, a action) string {
	var b strings.Builder
	b.WriteString(f.Sender + "\n\n")
	b.WriteString(a.Greeting + "\n\n")
	for _, p := range a.Before {
		b.WriteString(p + "\n\n")
	}
	b.WriteString(a.Button + ":\n" + a.Link + "\n\n")
	for _, p := range a.After {
		b.WriteString(p + "\n\n")
	}
	// "-- " is the signature separator that mail clients recognise.
	b.WriteString("-- \n" + f.Footer + "\n")
	return b.String()
}

// duration writes d in whole days, hours or minutes ("7 dagen", "1 hour").
func duration(lang i18n.Lang, d time.Duration) string {
	t := textsFor(lang)
	n, unit := int(d/time.Minute), t.minutes
	switch {
	case d >= 24*time.Hour && d%(24*time.Hour) == 0:
		n, unit = int(d/(24*time.Hour)), t.days
	case d >= time.Hour && d%time.Hour == 0:
		n, unit = int(d/time.Hour), t.hours
	}
	if n == 1 {
		return "1 " + unit[0]
	}
	return fmt.Sprintf("%d %s", n, unit[1])
}
