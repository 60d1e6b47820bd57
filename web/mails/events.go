package mails

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/a-h/templ"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/mail"
)

// The kinds of the agenda's mails, as stored in the outbox.
const (
	// KindRegistrationConfirm asks a candidate to confirm their address.
	KindRegistrationConfirm = "registration_confirm"
	// KindRegistrationConfirmed confirms a seat, with the .ics attached.
	KindRegistrationConfirmed = "registration_confirmed"
	// KindRegistrationWaitlisted says the event is full and the candidate
	// is on the waiting list.
	KindRegistrationWaitlisted = "registration_waitlisted"
	// KindRegistrationPromoted says a seat came free for someone on the
	// waiting list, with the .ics attached.
	KindRegistrationPromoted = "registration_promoted"
	// KindRegistrationDuplicate answers a second registration of an
	// address that is already registered, so the form itself never tells
	// who is registered.
	KindRegistrationDuplicate = "registration_duplicate"
	// KindEventCancelled tells registrants the event is called off, with
	// the cancelled .ics attached so calendars drop it.
	KindEventCancelled = "event_cancelled"
	// KindEventChanged tells registrants that the time or place of an
	// event changed, with the updated .ics attached.
	KindEventChanged = "event_changed"
	// KindEventReminder reminds registrants the day before.
	KindEventReminder = "event_reminder"
	// KindModerationOutcome tells a partner's users what an editor decided
	// about their event or profile, with the reason.
	KindModerationOutcome = "moderation_outcome"
	// KindModerationDigest tells editors what waits for moderation.
	KindModerationDigest = "moderation_digest"
)

// RegistrationData is what the mails to a candidate say about their
// registration for an event.
type RegistrationData struct {
	// To is the candidate's address; Name the name they registered with.
	To, Name string
	// Event is the event, in its live version.
	Event events.Event
	// EventURL is the absolute address of the event's page in the mail's
	// language.
	EventURL string
	// Link is the mail's own link: the confirmation page for
	// RegistrationConfirm, the cancellation page for RegistrationConfirmed
	// and RegistrationWaitlisted; other mails ignore it.
	Link string
	// Calendar is the event's .ics file, attached where a mail puts the
	// event in the candidate's calendar (or takes it out).
	Calendar []byte
}

// RegistrationConfirm writes the double opt-in mail: the link that
// confirms the registration, how long it works, and that nothing happens
// when the reader ignores it.
func RegistrationConfirm(lang i18n.Lang, d RegistrationData) (mail.Message, error) {
	t, et := textsFor(lang), eventTextsFor(lang)
	title := eventTitle(lang, d.Event)
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(et.confirmIntro, title)},
		Facts:    eventFacts(lang, d.Event, false),
		Button:   et.confirmButton,
		Link:     d.Link,
		After: []string{
			fmt.Sprintf(et.confirmValidity, duration(lang, events.ConfirmTTL)),
			et.confirmIgnore,
		},
	}
	return composeEvent(lang, KindRegistrationConfirm, d.To, d.Name, fmt.Sprintf(et.confirmSubject, title), m, nil)
}

// RegistrationConfirmed writes the mail that confirms a seat, with the
// event's .ics attached and the link that cancels the registration.
func RegistrationConfirmed(lang i18n.Lang, d RegistrationData) (mail.Message, error) {
	t, et := textsFor(lang), eventTextsFor(lang)
	title := eventTitle(lang, d.Event)
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(et.confirmedIntro, title), et.calendarAttached},
		Facts:    eventFacts(lang, d.Event, true),
		Button:   et.viewEvent,
		Link:     d.EventURL,
		Extra:    []mailLink{{Intro: et.cancelIntro, Label: et.cancelButton, URL: d.Link}},
	}
	return composeEvent(lang, KindRegistrationConfirmed, d.To, d.Name, fmt.Sprintf(et.confirmedSubject, title), m,
		calendarAttachment(d))
}

// RegistrationWaitlisted writes the mail that says the event is full and
// the candidate is on the waiting list, with the link that takes them off
// it.
func RegistrationWaitlisted(lang i18n.Lang, d RegistrationData) (mail.Message, error) {
	t, et := textsFor(lang), eventTextsFor(lang)
	title := eventTitle(lang, d.Event)
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(et.waitlistedIntro, title), et.waitlistedNext},
		Facts:    eventFacts(lang, d.Event, false),
		Button:   et.viewEvent,
		Link:     d.EventURL,
		Extra:    []mailLink{{Intro: et.leaveIntro, Label: et.leaveButton, URL: d.Link}},
	}
	return composeEvent(lang, KindRegistrationWaitlisted, d.To, d.Name, fmt.Sprintf(et.waitlistedSubject, title), m, nil)
}

// RegistrationPromoted writes the mail that tells someone on the waiting
// list that a seat came free and is now theirs, with the .ics attached.
// Their cancellation link is the one in the waiting-list mail.
func RegistrationPromoted(lang i18n.Lang, d RegistrationData) (mail.Message, error) {
	t, et := textsFor(lang), eventTextsFor(lang)
	title := eventTitle(lang, d.Event)
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(et.promotedIntro, title), et.calendarAttached},
		Facts:    eventFacts(lang, d.Event, true),
		Button:   et.viewEvent,
		Link:     d.EventURL,
		After:    []string{et.promotedCancel},
	}
	return composeEvent(lang, KindRegistrationPromoted, d.To, d.Name, fmt.Sprintf(et.promotedSubject, title), m,
		calendarAttachment(d))
}

// RegistrationDuplicate writes the answer to a registration of an address
// that is already registered for the event.
func RegistrationDuplicate(lang i18n.Lang, d RegistrationData) (mail.Message, error) {
	t, et := textsFor(lang), eventTextsFor(lang)
	title := eventTitle(lang, d.Event)
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(et.duplicateIntro, title), et.duplicateCancel},
		Facts:    eventFacts(lang, d.Event, false),
		Button:   et.viewEvent,
		Link:     d.EventURL,
		After:    []string{et.duplicateIgnore},
	}
	return composeEvent(lang, KindRegistrationDuplicate, d.To, d.Name, fmt.Sprintf(et.duplicateSubject, title), m, nil)
}

// EventCancelled writes the mail that tells a registrant the event is
// called off, with the cancelled .ics attached so their calendar drops it.
func EventCancelled(lang i18n.Lang, d RegistrationData) (mail.Message, error) {
	t, et := textsFor(lang), eventTextsFor(lang)
	title := eventTitle(lang, d.Event)
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(et.cancelledIntro, title), et.cancelledCalendar},
		Facts:    eventFacts(lang, d.Event, false),
		Button:   et.viewEvent,
		Link:     d.EventURL,
		After:    []string{et.cancelledSorry},
	}
	return composeEvent(lang, KindEventCancelled, d.To, d.Name, fmt.Sprintf(et.cancelledSubject, title), m,
		calendarAttachment(d))
}

// EventChanged writes the mail that tells a registrant the event's time or
// place changed, with the updated .ics attached.
func EventChanged(lang i18n.Lang, d RegistrationData) (mail.Message, error) {
	t, et := textsFor(lang), eventTextsFor(lang)
	title := eventTitle(lang, d.Event)
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(et.changedIntro, title), et.changedCalendar},
		Facts:    eventFacts(lang, d.Event, true),
		Button:   et.viewEvent,
		Link:     d.EventURL,
		After:    []string{et.changedCancel},
	}
	return composeEvent(lang, KindEventChanged, d.To, d.Name, fmt.Sprintf(et.changedSubject, title), m,
		calendarAttachment(d))
}

// EventReminder writes the reminder the day before the event.
func EventReminder(lang i18n.Lang, d RegistrationData) (mail.Message, error) {
	t, et := textsFor(lang), eventTextsFor(lang)
	title := eventTitle(lang, d.Event)
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(et.reminderIntro, title)},
		Facts:    eventFacts(lang, d.Event, true),
		Button:   et.viewEvent,
		Link:     d.EventURL,
		After:    []string{et.reminderCancel},
	}
	return composeEvent(lang, KindEventReminder, d.To, d.Name, fmt.Sprintf(et.reminderSubject, title), m, nil)
}

// Outcome is what a moderator decided.
type Outcome string

// The outcomes of moderation.
const (
	OutcomeApproved         Outcome = "approved"
	OutcomeRejected         Outcome = "rejected"
	OutcomeChangesRequested Outcome = "changes_requested"
)

// ModerationOutcomeData is what the mail to a partner's user about a
// moderation decision says.
type ModerationOutcomeData struct {
	// To is the partner user's address; Name their name, may be empty.
	To, Name string
	// Profile is true for a change of the organisation's profile, false
	// for an event.
	Profile bool
	// Title is the event's title, or the organisation's name.
	Title   string
	Outcome Outcome
	// Reason is the moderator's explanation; required unless approved.
	Reason string
	// Live is true when an earlier approved version stays public, as with
	// a refused change to a published event.
	Live bool
	// Link opens the event or the profile in the partner portal.
	Link string
}

// ModerationOutcome writes the mail that tells a partner's user what an
// editor decided about their event or profile, and why.
func ModerationOutcome(lang i18n.Lang, d ModerationOutcomeData) (mail.Message, error) {
	if d.Outcome != OutcomeApproved && strings.TrimSpace(d.Reason) == "" {
		return mail.Message{}, fmt.Errorf("mails: %s: no reason", KindModerationOutcome)
	}
	t, et := textsFor(lang), eventTextsFor(lang)
	key := string(d.Outcome)
	if d.Profile {
		key = "profile_" + key
	}
	o, ok := et.outcomes[key]
	if !ok {
		return mail.Message{}, fmt.Errorf("mails: %s: unknown outcome %q", KindModerationOutcome, d.Outcome)
	}
	m := eventMail{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(o.intro, d.Title)},
		Button:   o.button,
		Link:     d.Link,
	}
	if d.Reason != "" {
		m.QuoteLabel, m.Quote = et.reasonLabel, d.Reason
	}
	if d.Live && d.Outcome != OutcomeApproved {
		m.After = append(m.After, et.liveStays)
	}
	if o.next != "" {
		m.After = append(m.After, o.next)
	}
	return composeEvent(lang, KindModerationOutcome, d.To, d.Name, fmt.Sprintf(o.subject, d.Title), m, nil)
}

// DigestItem is one submission in the moderation digest.
type DigestItem struct {
	// Title names the event or organisation.
	Title string
	// Profile is true for a profile change, false for an event.
	Profile bool
	// Organisation is the partner that submitted it.
	Organisation string
	// SubmittedAt is when it was submitted.
	SubmittedAt time.Time
	// Link opens it in the moderation queue.
	Link string
}

// ModerationDigestData is what the editors' daily digest says.
type ModerationDigestData struct {
	// To is the editor's address; Name their name, may be empty.
	To, Name string
	// Items are the submissions waiting, oldest first; at least one.
	Items []DigestItem
	// QueueLink opens the moderation queue.
	QueueLink string
}

// ModerationDigest writes the editors' digest of what waits for
// moderation.
func ModerationDigest(lang i18n.Lang, d ModerationDigestData) (mail.Message, error) {
	if len(d.Items) == 0 {
		return mail.Message{}, fmt.Errorf("mails: %s: no items", KindModerationDigest)
	}
	if d.QueueLink == "" {
		return mail.Message{}, fmt.Errorf("mails: %s: no link", KindModerationDigest)
	}
	t, et := textsFor(lang), eventTextsFor(lang)
	subject := et.digestSubjectOne
	if len(d.Items) > 1 {
		subject = fmt.Sprintf(et.digestSubjectMany, len(d.Items))
	}
	l := list{
		Greeting: t.greeting(d.Name),
		Before:   []string{et.digestIntro},
		After:    []string{fmt.Sprintf(et.digestQueue, d.QueueLink), et.digestWhy},
	}
	for _, it := range d.Items {
		if it.Link == "" {
			return mail.Message{}, fmt.Errorf("mails: %s: no link", KindModerationDigest)
		}
		kind := et.digestEvent
		if it.Profile {
			kind = et.digestProfile
		}
		l.Items = append(l.Items, listItem{
			Title:  it.Title,
			Detail: fmt.Sprintf(et.digestDetail, kind, it.Organisation, i18n.FormatDate(lang, it.SubmittedAt)),
			Link:   it.Link,
		})
	}
	return composeList(lang, KindModerationDigest, d.To, d.Name, subject, l)
}

// eventMail is the view model of an agenda mail: greeting, explanation,
// the event's facts, a reason set apart, one main link as a button, and
// further links.
type eventMail struct {
	Greeting   string
	Before     []string
	QuoteLabel string
	Quote      string
	Facts      []fact
	Button     string
	Link       string
	CopyLink   string
	After      []string
	Extra      []mailLink
}

// fact is one line of an event's facts: "When: …".
type fact struct{ Label, Value string }

// mailLink is a further link with a sentence that introduces it.
type mailLink struct{ Intro, Label, URL string }

// composeEvent renders m into both bodies of a mail message, with the
// attachment when it is not nil.
func composeEvent(lang i18n.Lang, kind, to, name, subject string, m eventMail, att *mail.Attachment) (mail.Message, error) {
	if m.Link == "" {
		return mail.Message{}, fmt.Errorf("mails: %s: no link", kind)
	}
	for _, x := range m.Extra {
		if x.URL == "" {
			return mail.Message{}, fmt.Errorf("mails: %s: no link", kind)
		}
	}
	t := textsFor(lang)
	m.CopyLink = t.copyLink
	f := frame{
		Lang:    lang,
		Subject: subject,
		Sender:  i18n.T(lang, "site.name") + " · " + i18n.T(lang, "site.org"),
		Footer:  fmt.Sprintf(t.footer, i18n.T(lang, "site.name")),
	}
	var html bytes.Buffer
	ctx := templ.WithChildren(context.Background(), eventBody(m))
	if err := layout(f).Render(ctx, &html); err != nil {
		return mail.Message{}, fmt.Errorf("mails: %s: render: %w", kind, err)
	}
	msg := mail.Message{
		To:      to,
		ToName:  name,
		Lang:    lang,
		Kind:    kind,
		Subject: subject,
		Text:    eventText(f, m),
		HTML:    html.String(),
	}
	if att != nil {
		msg.Attachments = []mail.Attachment{*att}
	}
	return msg, nil
}

// eventText is the plain-text counterpart of layout with eventBody.
func eventText(f frame, m eventMail) string {
	var b strings.Builder
	b.WriteString(f.Sender + "\n\n")
	b.WriteString(m.Greeting + "\n\n")
	for _, p := range m.Before {
		b.WriteString(p + "\n\n")
	}
	if len(m.Facts) > 0 {
		for _, fa := range m.Facts {
			b.WriteString(fa.Label + ": " + fa.Value + "\n")
		}
		b.WriteString("\n")
	}
	if m.Quote != "" {
		b.WriteString(m.QuoteLabel + "\n")
		for _, line := range strings.Split(m.Quote, "\n") {
			b.WriteString("> " + strings.TrimRight(line, "\r") + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(m.Button + ":\n" + m.Link + "\n\n")
	for _, p := range m.After {
		b.WriteString(p + "\n\n")
	}
	for _, x := range m.Extra {
		b.WriteString(x.Intro + "\n" + x.Label + ":\n" + x.URL + "\n\n")
	}
	b.WriteString("-- \n" + f.Footer + "\n")
	return b.String()
}

// calendarAttachment is d's .ics file as an attachment, nil without one.
func calendarAttachment(d RegistrationData) *mail.Attachment {
	if len(d.Calendar) == 0 {
		return nil
	}
	name := d.Event.Slug
	if name == "" {
		name = "event"
	}
	return &mail.Attachment{
		Filename:    name + ".ics",
		ContentType: "text/calendar; charset=utf-8; method=PUBLISH",
		Data:        d.Calendar,
	}
}

// eventTitle is the event's title in lang, Dutch when it has no English one.
func eventTitle(lang i18n.Lang, e events.Event) string {
	title, _ := e.Title(lang)
	return title
}

// eventFacts are the lines that say what, when and where; withLink adds
// the online link, which only registrants get in a mail.
func eventFacts(lang i18n.Lang, e events.Event, withLink bool) []fact {
	et := eventTextsFor(lang)
	facts := []fact{
		{et.factWhat, eventTitle(lang, e)},
		{et.factWhen, EventWhen(lang, e.StartsAt, e.EndsAt)},
	}
	where := ""
	switch {
	case e.HasVenue() && e.Online:
		where = e.Location() + " " + et.alsoOnline
	case e.HasVenue():
		where = e.Location()
	default:
		where = et.online
	}
	facts = append(facts, fact{et.factWhere, where})
	if withLink && e.Online && e.OnlineURL != "" {
		facts = append(facts, fact{et.factLink, e.OnlineURL})
	}
	return facts
}

// EventWhen writes an event's time in Europe/Amsterdam for readers of
// lang: "dinsdag 12 maart 2026, 14:00–16:00", or with both days when it
// ends on a later day.
func EventWhen(lang i18n.Lang, start, end time.Time) string {
	et := eventTextsFor(lang)
	s, e := start.In(i18n.Amsterdam()), end.In(i18n.Amsterdam())
	day := func(t time.Time) string { return et.weekdays[t.Weekday()] + " " + i18n.FormatDate(lang, t) }
	if s.Year() == e.Year() && s.YearDay() == e.YearDay() {
		return day(s) + ", " + s.Format("15:04") + "–" + e.Format("15:04")
	}
	return day(s) + " " + s.Format("15:04") + " – " + day(e) + " " + e.Format("15:04")
}

// outcomeTexts are the sentences of one kind of moderation decision.
type outcomeTexts struct {
	// subject and intro take the event's title or the organisation's name.
	subject, intro string
	button         string
	next           string
}

// eventTexts holds the sentences of the agenda's mails in one language,
// apart from texts so that these mails live in their own files.
type eventTexts struct {
	weekdays [7]string

	factWhat, factWhen, factWhere, factLink string
	online, alsoOnline                      string
	viewEvent, calendarAttached             string

	// The subjects and intros below take the event's title.
	confirmSubject, confirmIntro, confirmButton string
	// confirmValidity takes a duration.
	confirmValidity, confirmIgnore string

	confirmedSubject, confirmedIntro string
	cancelIntro, cancelButton        string

	waitlistedSubject, waitlistedIntro, waitlistedNext string
	leaveIntro, leaveButton                            string

	promotedSubject, promotedIntro, promotedCancel string

	duplicateSubject, duplicateIntro, duplicateCancel, duplicateIgnore string

	cancelledSubject, cancelledIntro, cancelledCalendar, cancelledSorry string

	changedSubject, changedIntro, changedCalendar, changedCancel string

	reminderSubject, reminderIntro, reminderCancel string

	reasonLabel, liveStays string
	// outcomes by outcome, "profile_" prefixed for profile changes.
	outcomes map[string]outcomeTexts

	digestSubjectOne string
	// digestSubjectMany takes the number of items.
	digestSubjectMany, digestIntro string
	// digestDetail takes the kind, the organisation and the date.
	digestDetail               string
	digestEvent, digestProfile string
	// digestQueue takes the queue's link.
	digestQueue, digestWhy string
}

// eventTextsFor returns the agenda mails' texts in lang; any language but
// English gets Dutch.
func eventTextsFor(lang i18n.Lang) eventTexts {
	if lang == i18n.EN {
		return eventTexts{
			weekdays:         [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
			factWhat:         "What",
			factWhen:         "When",
			factWhere:        "Where",
			factLink:         "Online link",
			online:           "Online",
			alsoOnline:       "(also online)",
			viewEvent:        "View the event",
			calendarAttached: "The event is attached as a calendar file: open it to add the event to your calendar.",

			confirmSubject:  "Confirm your registration for %s",
			confirmIntro:    "You registered for %s. Confirm your registration with the button below; until then no seat is reserved for you.",
			confirmButton:   "Confirm my registration",
			confirmValidity: "The link is valid for %s.",
			confirmIgnore:   "Did you not register? Then you can ignore this e-mail: without confirmation your details are deleted automatically.",

			confirmedSubject: "You are registered for %s",
			confirmedIntro:   "Your registration for %s is confirmed. A seat is reserved for you.",
			cancelIntro:      "Can you not make it after all? Cancel your registration, so that someone on the waiting list gets your seat.",
			cancelButton:     "Cancel my registration",

			waitlistedSubject: "You are on the waiting list for %s",
			waitlistedIntro:   "%s is fully booked. You are on the waiting list.",
			waitlistedNext:    "When a seat comes free it goes to the first person on the waiting list, and we will mail you at once.",
			leaveIntro:        "No longer interested? Take yourself off the waiting list.",
			leaveButton:       "Leave the waiting list",

			promotedSubject: "A seat came free for you: %s",
			promotedIntro:   "Good news: a seat came free for %s, and it is yours. You no longer need to do anything.",
			promotedCancel:  "Can you not make it after all? Cancel with the link in the mail that put you on the waiting list, so that the next person gets the seat.",

			duplicateSubject: "You are already registered for %s",
			duplicateIntro:   "Someone registered this e-mail address for %s again, but it is already registered.",
			duplicateCancel:  "Your earlier confirmation mail has a link to cancel the registration.",
			duplicateIgnore:  "Was it not you? Then you can ignore this e-mail; nothing has changed.",

			cancelledSubject:  "Cancelled: %s",
			cancelledIntro:    "Unfortunately %s has been cancelled by the organiser. Your registration has lapsed.",
			cancelledCalendar: "The attached calendar file removes the event from your calendar.",
			cancelledSorry:    "We are sorry. Look in the agenda for other events.",

			changedSubject:  "Changed: %s",
			changedIntro:    "The time or place of %s has changed. Your registration stays as it is.",
			changedCalendar: "The attached calendar file updates the event in your calendar.",
			changedCancel:   "Can you no longer make it? Cancel with the link in your confirmation mail, so that someone else gets your seat.",

			reminderSubject: "Tomorrow: %s",
			reminderIntro:   "A reminder: you are registered for %s.",
			reminderCancel:  "Can you not make it after all? Cancel with the link in your confirmation mail, so that someone on the waiting list gets your seat.",

			reasonLabel: "The editor's explanation:",
			liveStays:   "The version that was already published stays online unchanged.",
			outcomes: map[string]outcomeTexts{
				"approved": {
					subject: "Approved: %s",
					intro:   "An editor has approved %s. It is now in the agenda.",
					button:  "View in the partner portal",
				},
				"rejected": {
					subject: "Not approved: %s",
					intro:   "An editor has not approved %s.",
					button:  "View in the partner portal",
					next:    "Questions about this decision? Reply through your contact at the ministry.",
				},
				"changes_requested": {
					subject: "Changes requested: %s",
					intro:   "An editor asks you to change %s before it can be published.",
					button:  "Make the changes",
					next:    "Submit the event again when you have made the changes.",
				},
				"profile_approved": {
					subject: "Profile approved: %s",
					intro:   "An editor has approved the changes to the profile of %s. They are now on the website.",
					button:  "View in the partner portal",
				},
				"profile_rejected": {
					subject: "Profile change not approved: %s",
					intro:   "An editor has not approved the changes to the profile of %s.",
					button:  "Edit the profile",
					next:    "You can submit a new change at any time.",
				},
			},

			digestSubjectOne:  "1 submission is waiting for moderation",
			digestSubjectMany: "%d submissions are waiting for moderation",
			digestIntro:       "Partners submitted these events and profile changes, which are waiting for your decision:",
			digestDetail:      "%s by %s, submitted on %s",
			digestEvent:       "Event",
			digestProfile:     "Profile change",
			digestQueue:       "All submissions are in the moderation queue: %s",
			digestWhy:         "You receive this digest at most once a day, on days when something is waiting.",
		}
	}
	return eventTexts{
		weekdays:         [7]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
		factWhat:         "Wat",
		factWhen:         "Wanneer",
		factWhere:        "Waar",
		factLink:         "Onlinelink",
		online:           "Online",
		alsoOnline:       "(ook online)",
		viewEvent:        "Bekijk de activiteit",
		calendarAttached: "De activiteit zit als agendabestand bij deze mail: open het om de activiteit in je agenda te zetten.",

		confirmSubject:  "Bevestig je aanmelding voor %s",
		confirmIntro:    "Je hebt je aangemeld voor %s. Bevestig je aanmelding met de knop hieronder; tot die tijd is er geen plek voor je gereserveerd.",
		confirmButton:   "Aanmelding bevestigen",
		confirmValidity: "De link is %s geldig.",
		confirmIgnore:   "Heb je je niet aangemeld? Dan kun je deze e-mail negeren: zonder bevestiging worden je gegevens vanzelf verwijderd.",

		confirmedSubject: "Je bent aangemeld voor %s",
		confirmedIntro:   "Je aanmelding voor %s is bevestigd. Er is een plek voor je gereserveerd.",
		cancelIntro:      "Kun je toch niet? Meld je dan af, zodat iemand van de wachtlijst je plek krijgt.",
		cancelButton:     "Afmelden",

		waitlistedSubject: "Je staat op de wachtlijst voor %s",
		waitlistedIntro:   "%s is vol. Je staat op de wachtlijst.",
		waitlistedNext:    "Komt er een plek vrij, dan gaat die naar de eerste op de wachtlijst en mailen we je meteen.",
		leaveIntro:        "Geen interesse meer? Haal jezelf van de wachtlijst.",
		leaveButton:       "Van de wachtlijst af",

		promotedSubject: "Er is een plek vrijgekomen: %s",
		promotedIntro:   "Goed nieuws: er is een plek vrijgekomen bij %s, en die is voor jou. Je hoeft niets meer te doen.",
		promotedCancel:  "Kun je toch niet? Meld je af met de link uit de mail over de wachtlijst, zodat de volgende de plek krijgt.",

		duplicateSubject: "Je bent al aangemeld voor %s",
		duplicateIntro:   "Iemand heeft dit e-mailadres opnieuw aangemeld voor %s, maar het is al aangemeld.",
		duplicateCancel:  "In je eerdere bevestigingsmail staat een link om je af te melden.",
		duplicateIgnore:  "Was jij dit niet? Dan kun je deze e-mail negeren; er is niets veranderd.",

		cancelledSubject:  "Gaat niet door: %s",
		cancelledIntro:    "Helaas gaat %s niet door; de organisator heeft de activiteit afgelast. Je aanmelding vervalt.",
		cancelledCalendar: "Het agendabestand bij deze mail haalt de activiteit uit je agenda.",
		cancelledSorry:    "Het spijt ons. Kijk in de agenda voor andere activiteiten.",

		changedSubject:  "Gewijzigd: %s",
		changedIntro:    "De tijd of plaats van %s is gewijzigd. Je aanmelding blijft staan.",
		changedCalendar: "Het agendabestand bij deze mail werkt de activiteit in je agenda bij.",
		changedCancel:   "Kun je nu niet meer? Meld je af met de link uit je bevestigingsmail, zodat iemand anders je plek krijgt.",

		reminderSubject: "Morgen: %s",
		reminderIntro:   "Een herinnering: je bent aangemeld voor %s.",
		reminderCancel:  "Kun je toch niet? Meld je af met de link uit je bevestigingsmail, zodat iemand van de wachtlijst je plek krijgt.",

		reasonLabel: "De toelichting van de redactie:",
		liveStays:   "De versie die al gepubliceerd was, blijft ongewijzigd online.",
		outcomes: map[string]outcomeTexts{
			"approved": {
				subject: "Goedgekeurd: %s",
				intro:   "De redactie heeft %s goedgekeurd. Het staat nu in de agenda.",
				button:  "Bekijk in het partnerportaal",
			},
			"rejected": {
				subject: "Niet goedgekeurd: %s",
				intro:   "De redactie heeft %s niet goedgekeurd.",
				button:  "Bekijk in het partnerportaal",
				next:    "Vragen over dit besluit? Neem contact op met je contactpersoon bij het ministerie.",
			},
			"changes_requested": {
				subject: "Wijzigingen gevraagd: %s",
				intro:   "De redactie vraagt je %s aan te passen voordat het gepubliceerd kan worden.",
				button:  "Wijzigingen aanbrengen",
				next:    "Dien de activiteit opnieuw in als je de wijzigingen hebt gedaan.",
			},
			"profile_approved": {
				subject: "Profiel goedgekeurd: %s",
				intro:   "De redactie heeft de wijzigingen in het profiel van %s goedgekeurd. Ze staan nu op de website.",
				button:  "Bekijk in het partnerportaal",
			},
			"profile_rejected": {
				subject: "Profielwijziging niet goedgekeurd: %s",
				intro:   "De redactie heeft de wijzigingen in het profiel van %s niet goedgekeurd.",
				button:  "Profiel bewerken",
				next:    "Je kunt op elk moment een nieuwe wijziging indienen.",
			},
		},

		digestSubjectOne:  "Er wacht 1 inzending op moderatie",
		digestSubjectMany: "Er wachten %d inzendingen op moderatie",
		digestIntro:       "Partners hebben deze activiteiten en profielwijzigingen ingediend, die op je besluit wachten:",
		digestDetail:      "%s van %s, ingediend op %s",
		digestEvent:       "Activiteit",
		digestProfile:     "Profielwijziging",
		digestQueue:       "Alle inzendingen staan in de moderatiewachtrij: %s",
		digestWhy:         "Je krijgt dit overzicht hooguit één keer per dag, op dagen dat er iets wacht.",
	}
}
