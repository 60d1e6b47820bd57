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

// KindStoryConsentExpiring is the outbox kind of the warning that the
// consent of featured people expires soon.
const KindStoryConsentExpiring = "story_consent_expiring"

// ConsentExpiringData is what the consent warning says.
type ConsentExpiringData struct {
	// To is the editor's address; Name the editor's name, may be empty.
	To, Name string
	// Stories are the stories whose consent expires soon, soonest first;
	// at least one.
	Stories []ExpiringStory
	// Days is how far ahead the warning looks, such as 30.
	Days int
}

// ExpiringStory is one story in the consent warning.
type ExpiringStory struct {
	// PersonName is the featured person's name.
	PersonName string
	// Lang is the story's language, named in the mail because a story and
	// its translation are separate stories with separate consent.
	Lang i18n.Lang
	// ExpiresOn is the last day of consent.
	ExpiresOn time.Time
	// Link opens the story in the editor.
	Link string
}

// ConsentExpiring writes the mail that warns an editor that the consent of
// the people in some stories expires within d.Days days, and what happens
// then: the story goes offline unless new consent is recorded.
func ConsentExpiring(lang i18n.Lang, d ConsentExpiringData) (mail.Message, error) {
	if len(d.Stories) == 0 {
		return mail.Message{}, fmt.Errorf("mails: %s: no stories", KindStoryConsentExpiring)
	}
	t, st, site := textsFor(lang), storyTextsFor(lang), i18n.T(lang, "site.name")
	subject := fmt.Sprintf(st.consentSubjectOne, d.Stories[0].PersonName)
	if len(d.Stories) > 1 {
		subject = fmt.Sprintf(st.consentSubjectMany, len(d.Stories))
	}
	l := list{
		Greeting: t.greeting(d.Name),
		Before:   []string{fmt.Sprintf(st.consentIntro, d.Days)},
		After:    []string{st.consentAction, fmt.Sprintf(st.consentWhy, site)},
	}
	for _, s := range d.Stories {
		if s.Link == "" {
			return mail.Message{}, fmt.Errorf("mails: %s: no link", KindStoryConsentExpiring)
		}
		l.Items = append(l.Items, listItem{
			Title:  fmt.Sprintf("%s (%s)", s.PersonName, st.language(s.Lang)),
			Detail: fmt.Sprintf(st.consentExpiresOn, i18n.FormatDate(lang, s.ExpiresOn)),
			Link:   s.Link,
		})
	}
	return composeList(lang, KindStoryConsentExpiring, d.To, d.Name, subject, l)
}

// list is the view model of a mail that names several records.
type list struct {
	Greeting string
	Before   []string
	Items    []listItem
	After    []string
}

// listItem is one record in a list mail.
type listItem struct {
	Title  string
	Detail string
	Link   string
}

// composeList renders l into both bodies of a mail message.
func composeList(lang i18n.Lang, kind, to, name, subject string, l list) (mail.Message, error) {
	t := textsFor(lang)
	f := frame{
		Lang:    lang,
		Subject: subject,
		Sender:  i18n.T(lang, "site.name") + " · " + i18n.T(lang, "site.org"),
		Footer:  fmt.Sprintf(t.footer, i18n.T(lang, "site.name")),
	}
	var html bytes.Buffer
	ctx := templ.WithChildren(context.Background(), listBody(l))
	if err := layout(f).Render(ctx, &html); err != nil {
		return mail.Message{}, fmt.Errorf("mails: %s: render: %w", kind, err)
	}
	return mail.Message{
		To:      to,
		ToName:  name,
		Lang:    lang,
		Kind:    kind,
		Subject: subject,
		Text:    listText(f, l),
		HTML:    html.String(),
	}, nil
}

// listText is the plain-text counterpart of layout with listBody.
func listText(f frame, l list) string {
	var b strings.Builder
	b.WriteString(f.Sender + "\n\n")
	b.WriteString(l.Greeting + "\n\n")
	for _, p := range l.Before {
		b.WriteString(p + "\n\n")
	}
	for _, it := range l.Items {
		b.WriteString("- " + it.Title + "\n")
		if it.Detail != "" {
			b.WriteString("  " + it.Detail + "\n")
		}
		b.WriteString("  " + it.Link + "\n\n")
	}
	for _, p := range l.After {
		b.WriteString(p + "\n\n")
	}
	b.WriteString("-- \n" + f.Footer + "\n")
	return b.String()
}

// storyTexts holds the sentences of the story mails in one language, apart
// from texts so that the story mails live in their own files.
type storyTexts struct {
	// consentSubjectOne takes the person's name; consentSubjectMany the
	// number of stories.
	consentSubjectOne, consentSubjectMany string
	// consentIntro takes the number of days.
	consentIntro string
	// consentExpiresOn takes the date.
	consentExpiresOn string
	consentAction    string
	// consentWhy takes the site's name.
	consentWhy string
	languages  map[i18n.Lang]string
}

// storyTextsFor returns the story mails' texts in lang; any language but
// English gets Dutch.
func storyTextsFor(lang i18n.Lang) storyTexts {
	if lang == i18n.EN {
		return storyTexts{
			consentSubjectOne:  "Consent for the story of %s expires soon",
			consentSubjectMany: "Consent for %d stories expires soon",
			consentIntro:       "The consent of the people featured in these stories expires within %d days:",
			consentExpiresOn:   "Consent valid until %s",
			consentAction:      "Ask for new consent and record the new dates in the story. Without it the story goes offline automatically the day after the consent expires.",
			consentWhy:         "People featured on %s decide about their own story; that is why a story is only shown with valid consent.",
			languages:          map[i18n.Lang]string{i18n.NL: "Dutch", i18n.EN: "English"},
		}
	}
	return storyTexts{
		consentSubjectOne:  "Toestemming voor het verhaal van %s verloopt binnenkort",
		consentSubjectMany: "Toestemming voor %d verhalen verloopt binnenkort",
		consentIntro:       "De toestemming van de mensen in deze verhalen verloopt binnen %d dagen:",
		consentExpiresOn:   "Toestemming geldig tot en met %s",
		consentAction:      "Vraag opnieuw toestemming en leg de nieuwe data vast in het verhaal. Zonder toestemming gaat het verhaal de dag na de vervaldatum vanzelf offline.",
		consentWhy:         "Wie in een verhaal op %s staat, beslist zelf over dat verhaal; daarom tonen we een verhaal alleen met geldige toestemming.",
		languages:          map[i18n.Lang]string{i18n.NL: "Nederlands", i18n.EN: "Engels"},
	}
}

// language names a story's language in the mail's language.
func (t storyTexts) language(l i18n.Lang) string {
	if s, ok := t.languages[l]; ok {
		return s
	}
	return string(l)
}
