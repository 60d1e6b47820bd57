package mails

import (
	"fmt"

	"github.com/podium-portal/podium/internal/i18n"
)

// texts holds every sentence of the mails in one language. The mails keep
// their own texts, apart from the site's message catalogue, because they
// are whole sentences with a tone of their own and change together.
type texts struct {
	greetingName, greetingAnon string
	copyLink                   string
	// validity takes a duration such as "1 uur".
	validity string
	// footer takes the site's name.
	footer string
	// minutes, hours and days are {singular, plural}.
	minutes, hours, days [2]string

	// The formats below take the site's name as their first argument
	// (%[1]s), then the values their comment names.

	resetSubject, resetIntro, resetButton, resetIgnore string

	// inviteSubject takes the inviter's name.
	inviteSubject, inviteSubjectAnon string
	// inviteIntro takes the inviter and the role; inviteIntroOrg also the
	// partner organisation.
	inviteIntro, inviteIntroOrg string
	inviterAnon                 string
	inviteNext, inviteButton    string
	inviteIgnore                string
	roles                       map[string]string
}

// textsFor returns the texts in lang; any language but English gets Dutch.
func textsFor(lang i18n.Lang) texts {
	if lang == i18n.EN {
		return texts{
			greetingName: "Hello %s,",
			greetingAnon: "Hello,",
			copyLink:     "If the button does not work, copy this link into your browser:",
			validity:     "The link is valid for %s and works once.",
			footer:       "This e-mail was sent automatically by %s. Replies are not read.",
			minutes:      [2]string{"minute", "minutes"},
			hours:        [2]string{"hour", "hours"},
			days:         [2]string{"day", "days"},

			resetSubject: "Reset your %[1]s password",
			resetIntro:   "We received a request to reset the password of your %[1]s account. Choose a new password with the link below.",
			resetButton:  "Choose a new password",
			resetIgnore:  "Did you not ask for this? Then you can ignore this e-mail: your password stays as it is.",

			inviteSubject:     "%[2]s invites you to %[1]s",
			inviteSubjectAnon: "You are invited to %[1]s",
			inviteIntro:       "%[2]s has invited you to %[1]s, with the role of %[3]s.",
			inviteIntroOrg:    "%[2]s has invited you to %[1]s, with the role of %[3]s for %[4]s.",
			inviterAnon:       "An administrator",
			inviteNext:        "Use the link below to choose a password and activate your account.",
			inviteButton:      "Activate your account",
			inviteIgnore:      "Not expecting this invitation? Then you can ignore this e-mail.",
			roles: map[string]string{
				"admin":   "administrator",
				"editor":  "editor",
				"partner": "partner user",
			},
		}
	}
	return texts{
		greetingName: "Hallo %s,",
		greetingAnon: "Hallo,",
		copyLink:     "Werkt de knop niet? Kopieer dan deze link naar je browser:",
		validity:     "De link is %s geldig en werkt één keer.",
		footer:       "Deze e-mail is automatisch verstuurd door %s. Antwoorden worden niet gelezen.",
		minutes:      [2]string{"minuut", "minuten"},
		hours:        [2]string{"uur", "uur"},
		days:         [2]string{"dag", "dagen"},

		resetSubject: "Nieuw wachtwoord voor %[1]s",
		resetIntro:   "We kregen een verzoek om het wachtwoord van je account bij %[1]s opnieuw in te stellen. Kies via de link hieronder een nieuw wachtwoord.",
		resetButton:  "Nieuw wachtwoord kiezen",
		resetIgnore:  "Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.",

		inviteSubject:     "%[2]s nodigt je uit voor %[1]s",
		inviteSubjectAnon: "Je bent uitgenodigd voor %[1]s",
		inviteIntro:       "%[2]s heeft je uitgenodigd voor %[1]s, met de rol %[3]s.",
		inviteIntroOrg:    "%[2]s heeft je uitgenodigd voor %[1]s, met de rol %[3]s voor %[4]s.",
		inviterAnon:       "Een beheerder",
		inviteNext:        "Via de link hieronder kies je een wachtwoord en activeer je je account.",
		inviteButton:      "Account activeren",
		inviteIgnore:      "Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.",
		roles: map[string]string{
			"admin":   "beheerder",
			"editor":  "redacteur",
			"partner": "partnergebruiker",
		},
	}
}

// greeting opens the mail with the reader's name when there is one.
func (t texts) greeting(name string) string {
	if name == "" {
		return t.greetingAnon
	}
	return fmt.Sprintf(t.greetingName, name)
}

// role names role in the mail's language, or shows it as it is.
func (t texts) role(role string) string {
	if r, ok := t.roles[role]; ok {
		return r
	}
	return role
}
