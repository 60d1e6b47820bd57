package demo

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/inclusive"
	"github.com/podium-portal/podium/internal/partners"
	"github.com/podium-portal/podium/internal/vacancies"
)

// loadTimes are moments the demo may be loaded at: now, a Saturday
// evening, the night the clocks go back, early December and New Year's
// Eve.
func loadTimes() []time.Time {
	ams := i18n.Amsterdam()
	return []time.Time{
		time.Now(),
		time.Date(2026, 3, 7, 22, 30, 0, 0, ams),
		time.Date(2026, 10, 25, 2, 30, 0, 0, ams),
		time.Date(2026, 12, 10, 9, 0, 0, 0, ams),
		time.Date(2026, 12, 31, 23, 59, 0, 0, ams),
	}
}

// checkInclusive fails the test for every finding in text that is not
// merely a gender-coded word, and for a text that leans masculine: the
// demo shows how a vacancy should read.
func checkInclusive(t *testing.T, c *inclusive.Checker, name, lang, text string) {
	t.Helper()
	r := c.Check(lang, text)
	for _, f := range r.Findings {
		if f.Category != inclusive.CategoryMasculine && f.Category != inclusive.CategoryFeminine {
			t.Errorf("%s: %q is flagged (%s, %s): %s", name, f.Text, f.RuleID, f.Severity, f.Suggestion)
		}
	}
	if r.Balance == inclusive.BalanceMasculine {
		t.Errorf("%s: text is masculine-coded (%d masculine, %d feminine words)", name, r.Masculine, r.Feminine)
	}
}

func newChecker(t *testing.T) *inclusive.Checker {
	t.Helper()
	c, err := inclusive.New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func vacanciesByLang(lang string) []Vacancy {
	var out []Vacancy
	for _, v := range Vacancies() {
		if v.Lang == lang {
			out = append(out, v)
		}
	}
	return out
}

func TestVacancyCounts(t *testing.T) {
	nl, en := vacanciesByLang("nl"), vacanciesByLang("en")
	if len(nl) < 26 || len(en) < 7 || len(nl)+len(en) != len(Vacancies()) {
		t.Fatalf("%d Dutch and %d English of %d vacancies, want at least 26 and 7 and no other language", len(nl), len(en), len(Vacancies()))
	}
	closed := 0
	provinces, levels, types, labels := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	lowScale, highScale := 18, 0
	for _, v := range Vacancies() {
		provinces[v.Province], levels[v.Education], types[v.Employment] = true, true, true
		for _, l := range v.Labels {
			labels[l] = true
		}
		if v.Scale[0] != 0 {
			lowScale, highScale = min(lowScale, v.Scale[0]), max(highScale, v.Scale[1])
		}
		if !v.Open() {
			closed++
		}
	}
	if closed != 2 {
		t.Errorf("%d vacancies have a closing date in the past, want 2", closed)
	}
	if len(provinces) != len(vacancies.Provinces()) {
		t.Errorf("vacancies are in %d provinces, want all %d", len(provinces), len(vacancies.Provinces()))
	}
	for _, set := range []struct {
		name string
		used map[string]bool
		all  []string
	}{
		{"education level", levels, vacancies.EducationLevels()},
		{"employment type", types, vacancies.EmploymentTypes()},
		{"label", labels, vacancies.Labels()},
	} {
		for _, v := range set.all {
			if !set.used[v] {
				t.Errorf("no demo vacancy has %s %q", set.name, v)
			}
		}
	}
	if lowScale != 4 || highScale != 14 {
		t.Errorf("salary scales run from %d to %d, want 4 to 14", lowScale, highScale)
	}
}

func TestVacanciesValidate(t *testing.T) {
	for _, now := range loadTimes() {
		today := vacancies.Day(now)
		for _, v := range Vacancies() {
			name := v.Lang + "/" + v.Slug
			in := v.Input(now)
			// The store refuses a closing date in the past; the loader
			// dates closed vacancies back after creating them.
			check := now
			if !v.Open() {
				check = time.Time{}
			}
			if fe := in.Validate(check); fe != nil {
				t.Errorf("%s at %s: %v", name, now, fe)
			}
			if in.Slug != v.Slug {
				t.Errorf("%s: slug normalised to %q", name, in.Slug)
			}
			days := int(v.ClosingDate(now).Sub(today).Hours() / 24)
			if days != v.ClosesInDays {
				t.Errorf("%s at %s: closes in %d days, want %d", name, now, days, v.ClosesInDays)
			}
		}
	}
	for _, v := range Vacancies() {
		name := v.Lang + "/" + v.Slug
		switch {
		case v.Open() && (v.ClosesInDays < 14 || v.ClosesInDays > 70):
			t.Errorf("%s closes in %d days, want 2 to 10 weeks", name, v.ClosesInDays)
		case !v.Open() && v.PublishedDaysAgo+v.ClosesInDays < 14:
			t.Errorf("%s was open for less than two weeks", name)
		}
		if v.PublishedDaysAgo < 1 || v.PublishedDaysAgo > 90 {
			t.Errorf("%s: PublishedDaysAgo = %d, want 1..90", name, v.PublishedDaysAgo)
		}
		if !strings.HasPrefix(v.ApplyURL(), "https://werken.example/") {
			t.Errorf("%s: apply URL %q is not on werken.example", name, v.ApplyURL())
		}
		if v.ContactName == "" || !strings.HasSuffix(v.ContactEmail, "@podium.example") {
			t.Errorf("%s: contact %q <%s>, want a name and an @podium.example address", name, v.ContactName, v.ContactEmail)
		}
		if v.AdjustmentsNote == "" {
			t.Errorf("%s has no note on reasonable adjustments", name)
		}
		if v.Salary[0] == 0 && v.Employment != "internship" {
			t.Errorf("%s has no salary range", name)
		}
		if strings.ContainsAny(v.BodyMarkdown, "<>") || strings.Contains(v.BodyMarkdown, "\n## ") {
			t.Errorf("%s: body holds HTML or a level-2 heading", name)
		}
		if n := len(strings.Fields(v.BodyMarkdown)); n < 180 || n > 600 {
			t.Errorf("%s: body has %d words, want 180 to 600", name, n)
		}
	}
}

func TestVacancyKeysSlugsAndTranslations(t *testing.T) {
	nl := map[string]Vacancy{}
	for _, lang := range []string{"nl", "en"} {
		slugs, keys := map[string]bool{}, map[string]bool{}
		for _, v := range vacanciesByLang(lang) {
			if !slugPattern.MatchString(v.Slug) || !slugPattern.MatchString(v.Key) {
				t.Errorf("%s: slug %q or key %q is not a slug", lang, v.Slug, v.Key)
			}
			if slugs[v.Slug] || keys[v.Key] {
				t.Errorf("%s: slug %q or key %q appears twice", lang, v.Slug, v.Key)
			}
			slugs[v.Slug], keys[v.Key] = true, true
			if lang == "nl" {
				nl[v.Key] = v
			}
		}
	}
	for _, v := range vacanciesByLang("en") {
		orig, ok := nl[v.Key]
		if !ok {
			t.Errorf("English vacancy %q has no Dutch vacancy with key %q", v.Slug, v.Key)
			continue
		}
		if !orig.Open() || orig.Province != v.Province || orig.Scale != v.Scale || orig.Salary != v.Salary ||
			orig.Hours != v.Hours || orig.Education != v.Education || orig.Employment != v.Employment ||
			!slices.Equal(orig.Labels, v.Labels) || orig.ClosesInDays != v.ClosesInDays ||
			orig.ContactEmail != v.ContactEmail {
			t.Errorf("%q: the English vacancy's facts differ from the Dutch one's", v.Key)
		}
	}
}

func TestVacancyStoriesExist(t *testing.T) {
	stories := map[string]bool{}
	for _, s := range Stories() {
		stories[s.Lang+"/"+s.Key] = true
	}
	linked := map[string]int{}
	for _, v := range Vacancies() {
		for _, key := range v.Stories {
			if !stories[v.Lang+"/"+key] {
				t.Errorf("%s/%s links story %q, which has no %s version", v.Lang, v.Slug, key, v.Lang)
			}
			linked[v.Lang]++
		}
		if len(v.Stories) > 0 && !v.Open() {
			t.Errorf("%s/%s is closed; a story page would not show the link", v.Lang, v.Slug)
		}
	}
	if linked["nl"] < 8 || linked["en"] < 2 {
		t.Errorf("stories link %d Dutch and %d English vacancies, want at least 8 and 2", linked["nl"], linked["en"])
	}
}

func TestVacanciesInclusive(t *testing.T) {
	c := newChecker(t)
	for _, v := range Vacancies() {
		name := v.Lang + "/" + v.Slug
		checkInclusive(t, c, name, v.Lang, v.Title+"\n\n"+v.BodyMarkdown)
		checkInclusive(t, c, name+" (adjustments)", v.Lang, v.AdjustmentsNote)
	}
}

func TestPartners(t *testing.T) {
	c := newChecker(t)
	list := Partners()
	if len(list) != 4 {
		t.Fatalf("%d partners, want 4", len(list))
	}
	seen := map[string]bool{}
	areas := map[string]bool{}
	for _, p := range list {
		if !partners.ValidSlug(p.Slug) || seen[p.Slug] {
			t.Errorf("partner slug %q is invalid or appears twice", p.Slug)
		}
		seen[p.Slug] = true
		logoID := int64(1)
		prof := p.Profile
		prof.LogoID, prof.LogoAlt = &logoID, p.LogoAltText()
		got, err := prof.Normalize()
		if err != nil {
			t.Errorf("%s: %v", p.Slug, err)
		}
		if len(got.FocusAreas) != len(p.FocusAreas) || len(p.FocusAreas) == 0 {
			t.Errorf("%s: focus areas %v, normalised %v", p.Slug, p.FocusAreas, got.FocusAreas)
		}
		for _, a := range p.FocusAreas {
			areas[a] = true
		}
		if !strings.HasPrefix(p.Website, "https://") || !strings.HasSuffix(p.Website, ".example") {
			t.Errorf("%s: website %q is not an https://….example address", p.Slug, p.Website)
		}
		if p.DescriptionNL == "" || p.DescriptionEN == "" {
			t.Errorf("%s lacks a description", p.Slug)
		}
		checkInclusive(t, c, p.Slug+" (nl)", "nl", p.DescriptionNL)
		checkInclusive(t, c, p.Slug+" (en)", "en", p.DescriptionEN)
		checkLogo(t, p)
	}
	for _, a := range []string{"culturele-achtergrond", "statushouders", "beperking", "lhbtiq"} {
		if !areas[a] {
			t.Errorf("no demo partner works on %q", a)
		}
	}
}

// checkLogo decodes the generated logo and fails on anything an image
// served from the media library should not hold.
func checkLogo(t *testing.T, p Partner) {
	t.Helper()
	forbidden := map[string]bool{"script": true, "style": true, "image": true, "foreignObject": true, "use": true, "a": true}
	dec := xml.NewDecoder(bytes.NewReader(p.Logo()))
	depth, texts := 0, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: logo is not well-formed XML: %v", p.Slug, err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if depth == 0 && (el.Name.Local != "svg" || el.Name.Space != "http://www.w3.org/2000/svg") {
				t.Errorf("%s: logo root is %v", p.Slug, el.Name)
			}
			if forbidden[el.Name.Local] {
				t.Errorf("%s: logo contains <%s>", p.Slug, el.Name.Local)
			}
			for _, a := range el.Attr {
				if a.Name.Local == "href" || strings.HasPrefix(a.Name.Local, "on") || strings.Contains(a.Value, "url(") {
					t.Errorf("%s: logo has attribute %s=%q", p.Slug, a.Name.Local, a.Value)
				}
			}
			if el.Name.Local == "text" {
				texts++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if depth != 0 || texts < 2 {
		t.Errorf("%s: logo ends at depth %d with %d texts", p.Slug, depth, texts)
	}
}

func TestEvents(t *testing.T) {
	c := newChecker(t)
	partnerSlugs := map[string]bool{}
	for _, p := range Partners() {
		partnerSlugs[p.Slug] = true
	}
	keys := map[string]bool{}
	past, types := 0, map[events.Type]bool{}
	byPartner := 0
	for _, e := range Events() {
		if keys[e.Key] {
			t.Errorf("event key %q appears twice", e.Key)
		}
		keys[e.Key] = true
		types[e.Type] = true
		if e.PartnerSlug != "" {
			byPartner++
			if !partnerSlugs[e.PartnerSlug] {
				t.Errorf("%s: unknown partner %q", e.Key, e.PartnerSlug)
			}
		}
		switch {
		case e.InDays < 0:
			past++
		case e.InDays < 14 || e.InDays > 56:
			t.Errorf("%s is in %d days, want 2 to 8 weeks", e.Key, e.InDays)
		}
		for _, now := range loadTimes() {
			got, err := e.Content(now).Normalize()
			if err != nil {
				t.Errorf("%s at %s: %v", e.Key, now, err)
				continue
			}
			local := got.StartsAt.In(i18n.Amsterdam())
			if RestDay(local) {
				t.Errorf("%s at %s: falls on a rest day, %s", e.Key, now, local.Format("Monday 2 January"))
			}
			if local.Hour()*60+local.Minute() != e.Start {
				t.Errorf("%s at %s: starts at %s in Amsterdam", e.Key, now, local.Format("15:04"))
			}
			if e.InDays > 0 && !got.StartsAt.After(now) || e.InDays < 0 && !got.EndsAt.Before(now) {
				t.Errorf("%s at %s: starts %s, on the wrong side of now", e.Key, now, got.StartsAt)
			}
		}
		if e.OnlineURL != "" && !strings.HasPrefix(e.OnlineURL, "https://meet.example/") {
			t.Errorf("%s: online link %q is not on meet.example", e.Key, e.OnlineURL)
		}
		if strings.Contains(e.DescriptionNL+e.DescriptionEN, "#") || strings.ContainsAny(e.DescriptionNL+e.DescriptionEN, "<>") {
			t.Errorf("%s: description holds a heading or HTML", e.Key)
		}
		checkInclusive(t, c, e.Key+" (nl)", "nl", e.TitleNL+"\n\n"+e.DescriptionNL+"\n\n"+e.AccessNoteNL)
		if e.TitleEN != "" || e.DescriptionEN != "" {
			checkInclusive(t, c, e.Key+" (en)", "en", e.TitleEN+"\n\n"+e.DescriptionEN+"\n\n"+e.AccessNoteEN)
		}
	}
	if past != 1 || len(Events())-past < 8 {
		t.Errorf("%d past and %d upcoming events, want 1 and at least 8", past, len(Events())-past)
	}
	if byPartner < 4 {
		t.Errorf("%d events come from partners, want at least 4", byPartner)
	}
	for _, typ := range events.Types() {
		if !types[typ] {
			t.Errorf("no demo event has type %q", typ)
		}
	}
}
