// Package demo holds the demo content that is loaded into an empty database:
// story themes, role-model stories in Dutch and English, and illustrated
// portraits; vacancies, some of them linked to stories; partner organisations
// with generated logos; and an agenda of events. Dates are relative to the
// moment of loading. All people and organisations in it are invented.
package demo

// Theme is a story theme as loaded into the database.
type Theme struct{ Slug, NameNL, NameEN string }

// Story is one demo role-model story in one language.
type Story struct {
	Key              string   // shared by a story and its translation, e.g. "samira-el-idrissi"
	Lang             string   // "nl" or "en"
	Slug             string   // URL slug, lowercase ascii with hyphens, unique per language
	PersonName       string   // first name (optionally surname), invented person
	Role             string   // job title
	Department       string   // organisation unit
	PortraitAlt      string   // alt text describing the (illustrated) portrait, in the story's language
	Quote            string   // pull quote, one or two sentences
	Intro            string   // 2-3 sentences
	BodyMarkdown     string   // the interview: 4-7 Q&A sections, ### headings with the question, 350-700 words, may use lists and *emphasis*; no HTML
	Themes           []string // theme slugs
	Featured         bool
	PublishedDaysAgo int // spread 1..400
}

// Themes returns the story themes in display order. Every slug is used by at
// least two stories.
func Themes() []Theme {
	return []Theme{
		{Slug: "culturele-achtergrond", NameNL: "Culturele achtergrond", NameEN: "Cultural background"},
		{Slug: "beperking", NameNL: "Beperking", NameEN: "Disability"},
		{Slug: "lhbtiq", NameNL: "LHBTIQ+", NameEN: "LGBTIQ+"},
		{Slug: "leeftijd", NameNL: "Leeftijd", NameEN: "Age"},
		{Slug: "gender", NameNL: "Gender", NameEN: "Gender"},
		{Slug: "sociale-achtergrond", NameNL: "Sociale achtergrond", NameEN: "Social background"},
		{Slug: "neurodiversiteit", NameNL: "Neurodiversiteit", NameEN: "Neurodiversity"},
		{Slug: "geloof", NameNL: "Geloof en levensovertuiging", NameEN: "Religion and belief"},
	}
}

// Stories returns all demo stories, the Dutch ones first and then their
// English translations.
func Stories() []Story {
	return append(storiesNL(), storiesEN()...)
}
