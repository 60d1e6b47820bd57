package mails

import (
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/mail"
)

func testEvent() events.Event {
	start := time.Date(2026, 3, 10, 14, 0, 0, 0, i18n.Amsterdam()) // a Tuesday
	return events.Event{ID: 7, Slug: "werkbezoek-2026-03-10", Content: events.Content{
		TitleNL: "Werkbezoek <Den Haag>", TitleEN: "Work visit", StartsAt: start, EndsAt: start.Add(2 * time.Hour),
		VenueName: "Stadhuis", Address: "Spui 70", City: "Den Haag", Online: true, OnlineURL: "https://meet.example.org/a"}}
}

func TestEventMailsInBothLanguages(t *testing.T) {
	t.Parallel()
	d := RegistrationData{To: "ada@example.org", Name: "Ada", Event: testEvent(),
		EventURL: "https://podium.test/agenda/werkbezoek", Link: "https://podium.test/agenda/aanmelding/afmelden?token=abc",
		Calendar: []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")}
	tests := []struct {
		name    string
		lang    i18n.Lang
		render  func(i18n.Lang, RegistrationData) (mail.Message, error)
		kind    string
		subject string
		want    []string
		attach  bool
	}{
		{"confirm nl", i18n.NL, RegistrationConfirm, KindRegistrationConfirm, "Bevestig je aanmelding voor Werkbezoek <Den Haag>",
			[]string{"dinsdag 10 maart 2026, 14:00–16:00", "2 dagen geldig", "Aanmelding bevestigen"}, false},
		{"confirmed en", i18n.EN, RegistrationConfirmed, KindRegistrationConfirmed, "You are registered for Work visit",
			[]string{"Tuesday 10 March 2026, 14:00–16:00", "Cancel my registration", "https://meet.example.org/a"}, true},
		{"waitlisted nl", i18n.NL, RegistrationWaitlisted, KindRegistrationWaitlisted, "Je staat op de wachtlijst voor Werkbezoek <Den Haag>",
			[]string{"Van de wachtlijst af", "afmelden?token=abc"}, false},
		{"promoted en", i18n.EN, RegistrationPromoted, KindRegistrationPromoted, "A seat came free for you: Work visit",
			[]string{"it is yours"}, true},
		{"cancelled nl", i18n.NL, EventCancelled, KindEventCancelled, "Gaat niet door: Werkbezoek <Den Haag>",
			[]string{"afgelast"}, true},
		{"reminder en", i18n.EN, EventReminder, KindEventReminder, "Tomorrow: Work visit", []string{"Stadhuis, Spui 70, Den Haag"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := tt.render(tt.lang, d)
			if err != nil {
				t.Fatal(err)
			}
			if m.Kind != tt.kind || m.Subject != tt.subject || m.Lang != tt.lang || m.To != d.To {
				t.Errorf("got %s %q %s %s", m.Kind, m.Subject, m.Lang, m.To)
			}
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(m.HTML))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(m.Text, w) || !(strings.Contains(doc.Text(), w) || strings.Contains(m.HTML, w)) {
					t.Errorf("%q missing from the text or HTML", w)
				}
			}
			if strings.Contains(m.HTML, "<Den Haag>") {
				t.Error("the title is not escaped in the HTML")
			}
			if got := len(m.Attachments) == 1; got != tt.attach {
				t.Errorf("attachment: %v, want %v", got, tt.attach)
			}
			if tt.attach && (m.Attachments[0].Filename != "werkbezoek-2026-03-10.ics" ||
				!strings.HasPrefix(m.Attachments[0].ContentType, "text/calendar")) {
				t.Errorf("attachment %+v", m.Attachments[0])
			}
		})
	}
}

func TestModerationMails(t *testing.T) {
	t.Parallel()
	m, err := ModerationOutcome(i18n.NL, ModerationOutcomeData{To: "p@example.org", Title: "Training",
		Outcome: OutcomeRejected, Reason: "Te vaag.\nMaak het concreter.", Live: true, Link: "https://podium.test/partner/events/1"})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"> Te vaag.", "> Maak het concreter.", "blijft ongewijzigd online"} {
		if !strings.Contains(m.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, m.Text)
		}
	}
	if m.Subject != "Niet goedgekeurd: Training" {
		t.Errorf("subject %q", m.Subject)
	}
	if _, err := ModerationOutcome(i18n.NL, ModerationOutcomeData{To: "p@example.org", Title: "T",
		Outcome: OutcomeRejected, Link: "https://podium.test/x"}); err == nil {
		t.Error("a rejection without a reason was written")
	}
	m, err = ModerationDigest(i18n.EN, ModerationDigestData{To: "e@example.org", QueueLink: "https://podium.test/admin/moderation",
		Items: []DigestItem{{Title: "Training", Organisation: "Netwerk", SubmittedAt: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
			Link: "https://podium.test/admin/moderation/events/3"}}})
	if err != nil || m.Subject != "1 submission is waiting for moderation" || !strings.Contains(m.Text, "Event by Netwerk, submitted on 1 March 2026") {
		t.Errorf("digest: %v %q\n%s", err, m.Subject, m.Text)
	}
	if _, err := ModerationDigest(i18n.EN, ModerationDigestData{To: "e@example.org", QueueLink: "x"}); err == nil {
		t.Error("an empty digest was written")
	}
}
