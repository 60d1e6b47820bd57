package mails

import (
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/i18n"
)

func TestConsentExpiring(t *testing.T) {
	t.Parallel()
	stories := []ExpiringStory{
		{PersonName: "Fatima <b>", Lang: i18n.NL, ExpiresOn: time.Date(2026, 4, 3, 0, 0, 0, 0, time.UTC), Link: "https://podium.test/admin/stories/1"},
		{PersonName: "Sam", Lang: i18n.EN, ExpiresOn: time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC), Link: "https://podium.test/admin/stories/2"},
	}
	tests := []struct {
		lang    i18n.Lang
		stories []ExpiringStory
		subject string
		want    []string
	}{
		{i18n.NL, stories[:1], "Toestemming voor het verhaal van Fatima <b> verloopt binnenkort",
			[]string{"Hallo Bo,", "binnen 30 dagen", "Fatima <b> (Nederlands)", "Toestemming geldig tot en met 3 april 2026"}},
		{i18n.EN, stories, "Consent for 2 stories expires soon",
			[]string{"Hello Bo,", "within 30 days", "Sam (English)", "Consent valid until 9 April 2026"}},
	}
	for _, tt := range tests {
		msg, err := ConsentExpiring(tt.lang, ConsentExpiringData{To: "bo@example.org", Name: "Bo", Stories: tt.stories, Days: 30})
		if err != nil {
			t.Fatal(err)
		}
		if msg.Kind != KindStoryConsentExpiring || msg.Subject != tt.subject || msg.Lang != tt.lang {
			t.Errorf("%s: kind %q subject %q", tt.lang, msg.Kind, msg.Subject)
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(msg.HTML))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tt.want {
			if !strings.Contains(msg.Text, s) || !strings.Contains(doc.Text(), s) {
				t.Errorf("%s: mail lacks %q", tt.lang, s)
			}
		}
		if n := doc.Find("li a").Length(); n != len(tt.stories) {
			t.Errorf("%s: %d story links, want %d", tt.lang, n, len(tt.stories))
		}
		for _, s := range tt.stories {
			if !strings.Contains(msg.Text, s.Link) {
				t.Errorf("%s: text lacks %s", tt.lang, s.Link)
			}
		}
		if strings.Contains(msg.HTML, "<b>") {
			t.Errorf("%s: name not escaped", tt.lang)
		}
	}
	if _, err := ConsentExpiring(i18n.NL, ConsentExpiringData{To: "bo@example.org"}); err == nil {
		t.Error("warning without stories was written")
	}
	if _, err := ConsentExpiring(i18n.NL, ConsentExpiringData{To: "bo@example.org", Stories: []ExpiringStory{{PersonName: "X"}}}); err == nil {
		t.Error("warning without a link was written")
	}
}
