package mails

import (
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/mail"
)

const link = "https://podium.test/wachtwoord/abc123?lang=nl&x=1"

func TestMailsInBothLanguages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		lang     i18n.Lang
		render   func(i18n.Lang) (mail.Message, error)
		kind     string
		subject  string
		want     []string // sentences both parts carry
		greeting string
	}{
		{
			name: "password reset nl",
			lang: i18n.NL,
			render: func(l i18n.Lang) (mail.Message, error) {
				return PasswordReset(l, PasswordResetData{To: "ada@example.org", Name: "Ada", Link: link})
			},
			kind:     KindPasswordReset,
			subject:  "Nieuw wachtwoord voor Podium",
			want:     []string{"1 uur geldig", "Heb je dit niet zelf gevraagd?", "Nieuw wachtwoord kiezen"},
			greeting: "Hallo Ada,",
		},
		{
			name: "password reset en",
			lang: i18n.EN,
			render: func(l i18n.Lang) (mail.Message, error) {
				return PasswordReset(l, PasswordResetData{To: "ada@example.org", Name: "Ada", Link: link})
			},
			kind:     KindPasswordReset,
			subject:  "Reset your Podium password",
			want:     []string{"valid for 1 hour", "Did you not ask for this?", "Choose a new password"},
			greeting: "Hello Ada,",
		},
		{
			name: "invitation nl",
			lang: i18n.NL,
			render: func(l i18n.Lang) (mail.Message, error) {
				return Invitation(l, InvitationData{To: "bo@example.org", Name: "Bo", InviterName: "Fatima de Vries", Role: "editor", Link: link})
			},
			kind:     KindInvitation,
			subject:  "Fatima de Vries nodigt je uit voor Podium",
			want:     []string{"Fatima de Vries heeft je uitgenodigd voor Podium, met de rol redacteur.", "7 dagen geldig", "Account activeren"},
			greeting: "Hallo Bo,",
		},
		{
			name: "invitation en",
			lang: i18n.EN,
			render: func(l i18n.Lang) (mail.Message, error) {
				return Invitation(l, InvitationData{To: "bo@example.org", Name: "Bo", InviterName: "Fatima de Vries", Role: "editor", Link: link})
			},
			kind:     KindInvitation,
			subject:  "Fatima de Vries invites you to Podium",
			want:     []string{"Fatima de Vries has invited you to Podium, with the role of editor.", "valid for 7 days", "Activate your account"},
			greeting: "Hello Bo,",
		},
		{
			name: "partner invitation without inviter en",
			lang: i18n.EN,
			render: func(l i18n.Lang) (mail.Message, error) {
				return Invitation(l, InvitationData{To: "bo@example.org", Role: "partner", Organisation: "Stichting Samen", Link: link, ValidFor: 48 * time.Hour})
			},
			kind:     KindInvitation,
			subject:  "You are invited to Podium",
			want:     []string{"An administrator has invited you to Podium, with the role of partner user for Stichting Samen.", "valid for 2 days"},
			greeting: "Hello,",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			msg, err := tt.render(tt.lang)
			if err != nil {
				t.Fatal(err)
			}
			if msg.Lang != tt.lang || msg.Kind != tt.kind || msg.Subject != tt.subject || msg.To == "" {
				t.Errorf("message: lang %s, kind %s, subject %q, to %q", msg.Lang, msg.Kind, msg.Subject, msg.To)
			}

			if !strings.Contains(msg.Text, "\n"+link+"\n") {
				t.Errorf("text part lacks the link on its own line:\n%s", msg.Text)
			}
			if !strings.HasPrefix(msg.Text, "Podium · ") || !strings.Contains(msg.Text, "\n-- \n") {
				t.Errorf("text part lacks sender or signature:\n%s", msg.Text)
			}
			for _, s := range append(tt.want, tt.greeting) {
				if !strings.Contains(msg.Text, s) {
					t.Errorf("text part lacks %q:\n%s", s, msg.Text)
				}
			}

			doc, err := goquery.NewDocumentFromReader(strings.NewReader(msg.HTML))
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := doc.Find("html").Attr("lang"); got != string(tt.lang) {
				t.Errorf("html lang = %q, want %s", got, tt.lang)
			}
			if got := doc.Find("title").Text(); got != tt.subject {
				t.Errorf("title = %q, want the subject", got)
			}
			article := doc.Find(`[role="article"]`)
			if label, _ := article.Attr("aria-label"); label != tt.subject {
				t.Errorf("article label = %q", label)
			}
			links := doc.Find("a").FilterFunction(func(_ int, s *goquery.Selection) bool {
				href, _ := s.Attr("href")
				return href == link
			})
			if links.Length() != 2 {
				t.Errorf("HTML has %d links to %s, want the button and the written-out link", links.Length(), link)
			}
			if links.Last().Text() != link {
				t.Errorf("written-out link shows %q", links.Last().Text())
			}
			body := article.Text()
			for _, s := range append(tt.want, tt.greeting) {
				if !strings.Contains(body, s) {
					t.Errorf("HTML lacks %q", s)
				}
			}
		})
	}
}

func TestMailsEscapeNames(t *testing.T) {
	t.Parallel()
	msg, err := Invitation(i18n.NL, InvitationData{
		To: "bo@example.org", Name: `<script>alert("Bo")</script>`, InviterName: "Ann & <b>Co</b>", Role: "admin", Link: link,
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(msg.HTML, "<script>") || strings.Contains(msg.HTML, "<b>Co</b>") {
		t.Errorf("HTML does not escape names:\n%s", msg.HTML)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(msg.HTML))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text(), "Ann & <b>Co</b> heeft je uitgenodigd") {
		t.Errorf("inviter's name not shown as text")
	}
	if !strings.Contains(msg.Text, `Hallo <script>alert("Bo")</script>,`) {
		t.Errorf("text part changed the name:\n%s", msg.Text)
	}
}

func TestMailsRefuseUnsafeOrMissingLinks(t *testing.T) {
	t.Parallel()
	if _, err := PasswordReset(i18n.NL, PasswordResetData{To: "ada@example.org"}); err == nil {
		t.Error("password reset without a link was written")
	}
	msg, err := PasswordReset(i18n.EN, PasswordResetData{To: "ada@example.org", Link: "javascript:alert(1)"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(msg.HTML, `href="javascript:`) {
		t.Errorf("HTML links to a javascript: URL")
	}
}

func TestDuration(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang i18n.Lang
		d    time.Duration
		want string
	}{
		{i18n.NL, time.Hour, "1 uur"},
		{i18n.NL, 3 * time.Hour, "3 uur"},
		{i18n.NL, 24 * time.Hour, "1 dag"},
		{i18n.NL, 7 * 24 * time.Hour, "7 dagen"},
		{i18n.NL, 30 * time.Minute, "30 minuten"},
		{i18n.EN, time.Hour, "1 hour"},
		{i18n.EN, 36 * time.Hour, "36 hours"},
		{i18n.EN, 7 * 24 * time.Hour, "7 days"},
		{i18n.EN, time.Minute, "1 minute"},
	}
	for _, tt := range tests {
		if got := duration(tt.lang, tt.d); got != tt.want {
			t.Errorf("duration(%s, %s) = %q, want %q", tt.lang, tt.d, got, tt.want)
		}
	}
}
