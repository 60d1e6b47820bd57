package inclusive

import (
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func newChecker(t testing.TB) *Checker {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// findingsFor returns "ruleID:text" for every finding, in text order.
func findingsFor(c *Checker, lang, text string) []string {
	var out []string
	for _, f := range c.Check(lang, text).Findings {
		out = append(out, f.RuleID+":"+f.Text)
	}
	return out
}

func TestOffsetsSliceTheInput(t *testing.T) {
	c := newChecker(t)
	tests := []struct {
		name, lang, text, want string // want: the finding's text, located with strings.Index
		rule                   string
	}{
		{"accented letters before the match", "nl", "Één financiële collega, ambitieus en kritisch.", "ambitieus", "nl-m-ambitie"},
		{"accent in the match", "nl", "Je houdt niet van hiërarchie.", "hiërarchie", "nl-m-hierarchie"},
		{"accent in the text, not in the list", "nl", "Een commerciële houding.", "commerciële", "nl-m-commercieel"},
		{"decomposed accent", "nl", "Een commercie\u0308le houding.", "commercie\u0308le", "nl-m-commercieel"},
		{"curly apostrophe inside the phrase", "nl", "Wij zoeken jonge collega’s voor ons team.", "jonge collega’s", "nl-age-jong"},
		{"curly quotes around the phrase", "en", "We want a “native speaker” of Dutch.", "native speaker", "en-lang-native-speaker"},
		{"emoji before the match", "en", "🚓 Join our young and dynamic team!", "young and dynamic team", "en-age-young-dynamic"},
		{"capitals", "en", "NATIVE SPEAKER OF ENGLISH", "NATIVE SPEAKER", "en-lang-native-speaker"},
		{"one-sex marker", "nl", "Rechercheur (M) gezocht", "(M)", "nl-gender-een-sekse"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := c.Check(tc.lang, tc.text)
			var found *Finding
			for i, f := range rep.Findings {
				if tc.text[f.Start:f.End] != f.Text {
					t.Errorf("text[%d:%d] = %q, Text = %q", f.Start, f.End, tc.text[f.Start:f.End], f.Text)
				}
				if f.RuleID == tc.rule {
					found = &rep.Findings[i]
				}
			}
			if found == nil {
				t.Fatalf("no finding of %s in %q; got %v", tc.rule, tc.text, findingsFor(c, tc.lang, tc.text))
			}
			start := strings.Index(tc.text, tc.want)
			if found.Start != start || found.End != start+len(tc.want) || found.Text != tc.want {
				t.Errorf("finding %q at [%d,%d), want %q at [%d,%d)", found.Text, found.Start, found.End, tc.want, start, start+len(tc.want))
			}
		})
	}
}

func TestInflections(t *testing.T) {
	c := newChecker(t)
	tests := []struct {
		lang, text, rule string
		match            bool
	}{
		// Dutch endings and spelling changes on plain words.
		{"nl", "een actieve houding", "nl-m-actief", true},
		{"nl", "een ambitieuze jurist", "nl-m-ambitie", true},
		{"nl", "commerciële vaardigheden", "nl-m-commercieel", true},
		{"nl", "een commercieler profiel", "nl-m-commercieel", true},
		{"nl", "kritische vragen", "nl-m-kritisch", true},
		{"nl", "zijn fanatieke inzet", "nl-m-fanatiek", true},
		{"nl", "betrokkenheid bij de wijk", "nl-v-betrokken", true},
		{"nl", "een communicatieve collega", "nl-v-communicatief", true},
		{"nl", "een roekeloze chauffeur", "nl-m-roekeloos", true},
		{"nl", "de zelfstandigheid", "nl-m-zelfstandig", true},
		{"nl", "de behulpzaamste collega", "nl-v-behulpzaam", true},
		// Stems.
		{"nl", "je leidinggevende", "nl-m-leiden", true},
		{"nl", "de teamleider", "nl-m-leiden", true},
		{"nl", "resultaatgerichtheid", "nl-m-resultaatgericht", true},
		{"en", "a competitive salary", "en-m-compet", true},
		{"en", "competing priorities", "en-m-compet", true},
		{"en", "she supported us", "en-f-support", true},
		{"en", "act decisively", "en-m-decisive", true},
		{"en", "our leaders", "en-m-lead", true},
		{"en", "a self-confident manner", "en-m-selfconfiden", true},
		{"en", "a self confident manner", "en-m-selfconfiden", true},
		{"en", "be co-operative", "en-f-cooperat", true},
		// Whole words from their start only.
		{"en", "a cheerleader", "en-m-lead", false},
		{"en", "proactive", "en-m-active", false},
		{"en", "enforce the law", "en-m-force", false},
		{"nl", "onafhankelijk", "nl-v-afhankelijk", false},
		{"nl", "een onmoedigende taak", "nl-m-moedig", false},
		{"nl", "je moeder", "nl-m-moedig", false},
		{"nl", "jongeren in de wijk", "nl-age-jong", false},
		// Exceptions: the stem in an unrelated sense.
		{"en", "a competent lawyer", "en-m-compet", false},
		{"en", "confidential files", "en-m-confident", false},
		{"en", "the police force", "en-m-force", false},
		{"en", "the defendant", "en-m-defend", false},
		{"nl", "in Leiden", "nl-m-leiden", false},
		{"nl", "leiden tot problemen", "nl-m-leiden", false},
		{"nl", "vertrouwelijke stukken", "nl-v-vertrouwen", false},
		{"nl", "een begeleider", "nl-m-leiden", false},
	}
	for _, tc := range tests {
		got := false
		for _, f := range c.Check(tc.lang, tc.text).Findings {
			if f.RuleID == tc.rule {
				got = true
			}
		}
		if got != tc.match {
			t.Errorf("%s %q: %s matched = %v, want %v (findings %v)", tc.lang, tc.text, tc.rule, got, tc.match, findingsFor(c, tc.lang, tc.text))
		}
	}
}

func TestPhrases(t *testing.T) {
	c := newChecker(t)
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"across a line break", "nl", "Je hebt moedertaal\nNederlands.", []string{"nl-lang-moedertaal:moedertaal\nNederlands"}},
		{"across a CRLF line break and indentation", "en", "You are a native\r\n    speaker.", []string{"en-lang-native-speaker:native\r\n    speaker"}},
		{"not across a blank line", "nl", "Moedertaal\n\nNederlands", nil},
		{"not across a sentence end", "nl", "Wij zijn jong. Dynamisch zijn we ook.", nil},
		{"comma inside", "nl", "een jong, dynamisch team", []string{"nl-age-jong:jong, dynamisch team"}},
		{"Markdown emphasis inside", "en", "a **native** speaker", []string{"en-lang-native-speaker:native** speaker"}},
		{"optional word", "nl", "jong dynamisch team", []string{"nl-age-jong:jong dynamisch team"}},
		{"abbreviation with a full stop", "nl", "Leeftijd max. 35 jaar", []string{"nl-age-leeftijdsgrens:Leeftijd max. 35 jaar"}},
		{"age range with a dash", "nl", "Leeftijd: 25-35 jaar", []string{"nl-age-leeftijdsgrens:Leeftijd: 25-35 jaar"}},
		{"a contract is not an age", "nl", "een contract voor maximaal 2 jaar", nil},
		{"number glued to the unit", "en", "lift 25kg", []string{"en-ability-lift:lift 25kg"}},
		{"slash required", "nl", "dit zijn haar collega's", nil},
		{"slash present", "nl", "zijn/haar taken", []string{"nl-gender-hij-zij:zijn/haar"}},
		{"m/v/x is fine", "nl", "Jurist (m/v/x)", nil},
		{"m/v without x", "nl", "Jurist m/v", []string{"nl-gender-mv:m/v"}},
		{"link URL skipped", "en", "[apply](https://example.org/native-speaker-young-and-dynamic)", nil},
		{"bare URL skipped", "nl", "zie www.example.nl/moedertaal-nederlands en meer", nil},
		{"mail address skipped", "en", "mail lead.recruiter@competition.example", nil},
		{"two categories on one passage", "nl", "ambitieuze jonge", []string{"nl-age-jong:ambitieuze jonge", "nl-m-ambitie:ambitieuze"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := findingsFor(c, tc.lang, tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}

func TestScoreAndBalance(t *testing.T) {
	c := newChecker(t)
	tests := []struct {
		name, lang, text string
		score            int
		balance          string
		masc, fem        int
	}{
		{"nothing found", "nl", "Je schrijft adviezen voor de minister.", 100, BalanceNeutral, 0, 0},
		{"one warning", "nl", "Moedertaal Nederlands.", 90, BalanceNeutral, 0, 0},
		{"a warning repeated counts once", "nl", "Moedertaal Nederlands. Ook Nederlands als moedertaal.", 90, BalanceNeutral, 0, 0},
		{"two warnings", "nl", "Moedertaal Nederlands en goed ter been.", 80, BalanceNeutral, 0, 0},
		{"one info outside coded words", "nl", "Geschikt voor mindervaliden.", 97, BalanceNeutral, 0, 0},
		{"one coded word is neutral and free", "en", "An ambitious lawyer.", 100, BalanceNeutral, 1, 0},
		{"balanced coded words", "en", "Ambitious and supportive.", 100, BalanceNeutral, 1, 1},
		{"imbalance of three", "en", "Ambitious, competitive, decisive.", 96, BalanceMasculine, 3, 0},
		{"feminine imbalance", "en", "Supportive, loyal, warm and kind.", 94, BalanceFeminine, 0, 4},
		{"imbalance penalty is capped", "en", strings.Repeat("competitive ", 15), 80, BalanceMasculine, 15, 0},
		{"never below zero", "nl", "Moedertaal Nederlands, accentloos, maximaal 35 jaar, starter, pas afgestudeerd, digital native, goed ter been, fysiek fit, valide zijn, 25 kg tillen, culturele fit, verzorgd uiterlijk, secretaresse, Jurist (m).", 0, BalanceNeutral, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := c.Check(tc.lang, tc.text)
			if r.Score != tc.score || r.Balance != tc.balance || r.Masculine != tc.masc || r.Feminine != tc.fem {
				t.Errorf("score %d, balance %s, masculine %d, feminine %d; want %d, %s, %d, %d (findings %v)",
					r.Score, r.Balance, r.Masculine, r.Feminine, tc.score, tc.balance, tc.masc, tc.fem, findingsFor(c, tc.lang, tc.text))
			}
		})
	}
}

func TestLanguageSelection(t *testing.T) {
	c := newChecker(t)
	for _, lang := range []string{"en", "EN", "en-GB", "en_US"} {
		if got := findingsFor(c, lang, "native speaker"); len(got) != 1 {
			t.Errorf("Check(%q, native speaker) = %v, want the English rule", lang, got)
		}
	}
	for _, lang := range []string{"nl", "nl-NL", "", "de"} {
		if got := findingsFor(c, lang, "moedertaal Nederlands"); len(got) != 1 {
			t.Errorf("Check(%q, moedertaal Nederlands) = %v, want the Dutch rule", lang, got)
		}
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	c := newChecker(t)
	for _, text := range []string{"", " ", "\n\n", "((((", "#", "@@@", "http://", "www.", "a@b", "\xff\xfe moedertaal", strings.Repeat("a", 10000), strings.Repeat("9", 50) + " jaar"} {
		r := c.Check("nl", text)
		if r.Findings == nil || r.Score < 0 || r.Score > 100 {
			t.Errorf("Check(%q) = %+v", text, r)
		}
	}
}

func TestFindingsCarryTheirRule(t *testing.T) {
	c := newChecker(t)
	for _, lang := range []string{"nl", "en"} {
		for _, r := range c.sets[lang].rules {
			if r.exception {
				continue
			}
			if r.explanation == "" || r.suggestion == "" || r.source == "" {
				t.Errorf("%s rule %s lacks explanation, suggestion or source", lang, r.id)
			}
		}
	}
	f := c.Check("nl", "moedertaal Nederlands").Findings[0]
	if f.Category != CategoryLanguage || f.Severity != SeverityWarning || !strings.Contains(f.Suggestion, "C1") ||
		!strings.Contains(f.Source, "2022-55") || f.Explanation == "" {
		t.Errorf("finding %+v", f)
	}
}

// TestListSizes reports the size of the lists and guards against a list
// silently losing its entries.
func TestListSizes(t *testing.T) {
	c := newChecker(t)
	for _, lang := range []string{"nl", "en"} {
		counts := map[string]int{}
		for _, r := range c.sets[lang].rules {
			counts[r.category]++
		}
		t.Logf("%s: %d masculine-coded, %d feminine-coded, %d exclusionary phrase rules (age %d, ability %d, language %d, gender %d, other %d), %d exceptions",
			lang, counts[CategoryMasculine], counts[CategoryFeminine],
			counts[CategoryAge]+counts[CategoryAbility]+counts[CategoryLanguage]+counts[CategoryGender]+counts[CategoryExclusionary],
			counts[CategoryAge], counts[CategoryAbility], counts[CategoryLanguage], counts[CategoryGender], counts[CategoryExclusionary],
			counts[categoryException])
		if counts[CategoryMasculine] < 40 || counts[CategoryFeminine] < 40 {
			t.Errorf("%s: %d masculine- and %d feminine-coded rules, want at least 40 each", lang, counts[CategoryMasculine], counts[CategoryFeminine])
		}
	}
}

// TestEveryPhraseRuleIsLabelled checks that each exclusionary rule matches
// at least one sentence of the labelled sets, so none is untested.
func TestEveryPhraseRuleIsLabelled(t *testing.T) {
	c := newChecker(t)
	for _, lang := range []string{"nl", "en"} {
		seen := map[string]bool{}
		for _, file := range []string{"testdata/labelled_" + lang + ".tsv", "testdata/paraphrases_" + lang + ".tsv"} {
			for _, l := range readLabelled(t, file) {
				for _, f := range c.Check(lang, l.sentence).Findings {
					seen[f.RuleID] = true
				}
			}
		}
		for _, r := range c.sets[lang].rules {
			if r.exception || r.category == CategoryMasculine || r.category == CategoryFeminine {
				continue
			}
			if !seen[r.id] {
				t.Errorf("%s rule %s matches no labelled sentence", lang, r.id)
			}
		}
	}
}

func TestConcurrentChecks(t *testing.T) {
	c := newChecker(t)
	text := "Wij zoeken een ambitieuze jonge jurist met moedertaal Nederlands."
	want := strings.Join(findingsFor(c, "nl", text), "|")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				if got := strings.Join(findingsFor(c, "nl", text), "|"); got != want {
					t.Errorf("concurrent Check = %s, want %s", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestMalformedListsAreRejected(t *testing.T) {
	const sources = "podium\tPodium team.\n"
	const en = "#! lang en\nen-ok\tfine\tage\tinfo\tWhy.\tWhat.\tpodium\n"
	tests := map[string]string{
		"unknown category":       "#! lang nl\nx\tjong\tyouth\tinfo\tWaarom.\tWat.\tpodium\n",
		"unknown severity":       "#! lang nl\nx\tjong\tage\tmaybe\tWaarom.\tWat.\tpodium\n",
		"unknown source":         "#! lang nl\nx\tjong\tage\tinfo\tWaarom.\tWat.\tnowhere\n",
		"no source":              "#! lang nl\nx\tjong\tage\tinfo\tWaarom.\tWat.\n",
		"no explanation":         "#! lang nl\nx\tjong\tage\tinfo\t\tWat.\tpodium\n",
		"duplicate id":           "#! lang nl\nx\tjong\tage\tinfo\tW.\tW.\tpodium\nx\toud\tage\tinfo\tW.\tW.\tpodium\n",
		"hyphen in a word":       "#! lang nl\nx\tzelf-standig\tage\tinfo\tW.\tW.\tpodium\n",
		"optional first word":    "#! lang nl\nx\tjong? team\tage\tinfo\tW.\tW.\tpodium\n",
		"entry before language":  "x\tjong\tage\tinfo\tW.\tW.\tpodium\n",
		"bad regular expression": "#! lang nl\nx\tre(m):(\tage\tinfo\tW.\tW.\tpodium\n",
		"regexp without trigger": "#! lang nl\nx\tre:m\tage\tinfo\tW.\tW.\tpodium\n",
	}
	for name, nl := range tests {
		fsys := fstest.MapFS{
			"data/sources.tsv": {Data: []byte(sources)},
			"data/en.tsv":      {Data: []byte(en)},
			"data/nl.tsv":      {Data: []byte(nl)},
		}
		if _, err := loadLists(fsys); err == nil {
			t.Errorf("%s: loadLists accepted %q", name, nl)
		}
	}
	ok := fstest.MapFS{
		"data/sources.tsv": {Data: []byte(sources)},
		"data/en.tsv":      {Data: []byte(en)},
		"data/nl.tsv":      {Data: []byte("#! lang nl\nnl-ok\tjong\tage\tinfo\tW.\tW.\tpodium\n")},
	}
	if _, err := loadLists(ok); err != nil {
		t.Errorf("loadLists rejected a valid list: %v", err)
	}
}

// FuzzCheck checks invariants on arbitrary input: offsets lie inside the
// text on rune boundaries, Text is the slice they span, findings are in
// order and the score is in range.
func FuzzCheck(f *testing.F) {
	c := newChecker(f)
	for _, s := range []string{"Moedertaal Nederlands", "young and dynamic", "zijn/haar (m/v)", "a@b.c www.x", "ë’\u0308", "25-35 jaar", "max. 35 jaar"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, lang := range []string{"nl", "en"} {
			r := c.Check(lang, text)
			prev := 0
			for _, fd := range r.Findings {
				if fd.Start < 0 || fd.End > len(text) || fd.Start >= fd.End || text[fd.Start:fd.End] != fd.Text {
					t.Fatalf("bad offsets %+v in %q", fd, text)
				}
				if utf8.ValidString(text) && (!utf8.RuneStart(text[fd.Start]) || (fd.End < len(text) && !utf8.RuneStart(text[fd.End]))) {
					t.Fatalf("offsets split a rune: %+v in %q", fd, text)
				}
				if fd.Start < prev {
					t.Fatalf("findings out of order in %q", text)
				}
				prev = fd.Start
			}
			if r.Score < 0 || r.Score > 100 {
				t.Fatalf("score %d", r.Score)
			}
		}
	})
}
