package inclusive

import (
	"fmt"
	"strings"
	"unicode"
)

// The kinds of one alternative of one pattern word.
const (
	tkWord   uint8 = iota // the word or one of its generated inflections
	tkExact               // exactly this word (=word), or this spelling (^Word)
	tkPrefix              // any word starting with the stem (stem*)
	tkSuffix              // any longer word ending with the stem (*stem): the head of a compound
	tkNumber              // any number (#)
	tkAge                 // a number from minAge to maxAge (#age)
	tkAny                 // any one word (_)
)

// Ages that #age matches: numbers in this range next to "jaar"/"years" are
// almost always ages, while a contract "maximaal 2 jaar" or a "32 tot 36 uur"
// week is not.
const (
	minAge = 15
	maxAge = 70
)

// tokAlt is one alternative of a pattern word.
type tokAlt struct {
	kind  uint8
	forms []string // folded: the accepted words (tkWord, tkExact) or the stem (tkPrefix)
	raw   string   // for ^Word: the exact spelling the text must have
}

// ptoken is one word of a compiled pattern.
type ptoken struct {
	alts     []tokAlt
	optional bool
	// gapExtra holds the sentence punctuation ('.' or ':') that may follow
	// this word inside the phrase, as in "max. 35 jaar" or "leeftijd: 25".
	gapExtra string
	// gapMust, when set, must occur between this word and the next: "he / she"
	// matches "he/she" but not "he she".
	gapMust string
}

// compilePattern compiles a pattern of a word list: alternatives separated
// by ';', each a sequence of words separated by spaces. Every word is one or
// more alternatives separated by '|', optionally followed by '?' when the
// word may be left out. An alternative is
//
//	word    the word and its inflections in lang (see inflect)
//	stem*   any word that starts with stem
//	*stem   any longer word that ends with stem (a compound's head: *leider matches teamleider)
//	=word   exactly this word
//	^Word   exactly this word, spelt with these capitals (for exceptions such as the city ^Leiden)
//	#       any number; #age a number from 15 to 70
//	_       any one word (not as the first word)
//
// A pattern word "/" requires a slash between the words around it
// ("zijn / haar" matches "zijn/haar" but not "dit zijn haar collega's"). An
// alternative may end in '.' or ':' when that punctuation may follow it within the
// phrase ("max. #age jaar").
func compilePattern(lang, pattern string) ([][]ptoken, error) {
	var seqs [][]ptoken
	for _, alt := range strings.Split(pattern, ";") {
		fields := strings.Fields(alt)
		if len(fields) == 0 {
			return nil, fmt.Errorf("empty alternative in pattern %q", pattern)
		}
		seq := make([]ptoken, 0, len(fields))
		for _, f := range fields {
			if f == "/" {
				if len(seq) == 0 {
					return nil, fmt.Errorf("pattern %q: / before the first word", pattern)
				}
				seq[len(seq)-1].gapMust = "/"
				continue
			}
			pt, err := compileWord(lang, f)
			if err != nil {
				return nil, fmt.Errorf("pattern %q: %w", pattern, err)
			}
			seq = append(seq, pt)
		}
		if seq[0].optional {
			return nil, fmt.Errorf("pattern %q: the first word may not be optional", pattern)
		}
		for _, a := range seq[0].alts {
			if a.kind == tkAny {
				return nil, fmt.Errorf("pattern %q: the first word may not be _", pattern)
			}
		}
		seqs = append(seqs, seq)
	}
	return seqs, nil
}

func compileWord(lang, f string) (ptoken, error) {
	var pt ptoken
	if strings.HasSuffix(f, "?") {
		pt.optional = true
		f = strings.TrimSuffix(f, "?")
	}
	for _, a := range strings.Split(f, "|") {
		for strings.HasSuffix(a, ".") || strings.HasSuffix(a, ":") {
			if !strings.Contains(pt.gapExtra, a[len(a)-1:]) {
				pt.gapExtra += a[len(a)-1:]
			}
			a = a[:len(a)-1]
		}
		var ta tokAlt
		switch {
		case a == "#":
			ta.kind = tkNumber
		case a == "#age":
			ta.kind = tkAge
		case a == "_":
			ta.kind = tkAny
		case strings.HasPrefix(a, "^"):
			ta.kind, ta.raw = tkExact, a[1:]
			ta.forms = []string{foldString(a[1:])}
		case strings.HasPrefix(a, "="):
			ta.kind = tkExact
			ta.forms = []string{foldString(a[1:])}
		case strings.HasPrefix(a, "*"):
			ta.kind = tkSuffix
			ta.forms = []string{foldString(strings.TrimPrefix(a, "*"))}
		case strings.HasSuffix(a, "*"):
			ta.kind = tkPrefix
			ta.forms = []string{foldString(strings.TrimSuffix(a, "*"))}
		default:
			ta.kind = tkWord
			ta.forms = inflect(lang, foldString(a))
		}
		for _, form := range ta.forms {
			if err := checkWord(form); err != nil {
				return pt, fmt.Errorf("word %q: %w", a, err)
			}
		}
		pt.alts = append(pt.alts, ta)
	}
	return pt, nil
}

// checkWord reports whether w can ever equal a token the tokenizer makes.
func checkWord(w string) error {
	if w == "" {
		return fmt.Errorf("empty word")
	}
	for i, r := range w {
		if r == '\'' && i > 0 && i < len(w)-1 {
			continue
		}
		if !unicode.IsLetter(r) {
			return fmt.Errorf("%q is not a letter (write a phrase as separate words)", r)
		}
	}
	return nil
}

// Inflection endings accepted after a plain pattern word. Dutch: plural and
// adjective endings, comparative, superlative and the -heid noun; English:
// plural and verb forms, comparative, superlative, -ly and -ness.
var (
	nlEndings = []string{"e", "en", "er", "ere", "ers", "s", "st", "ste", "heid", "heden"}
	enEndings = []string{"s", "es", "d", "ed", "ing", "ly", "er", "ers", "est", "ness"}
)

// inflect returns w and its regular inflections in lang.
//
// Dutch spelling changes before an ending that starts with a vowel are
// applied: a final f or s becomes v or z (actief → actieve, ambitieus →
// ambitieuze) and a doubled vowel before the last consonant is single
// (commercieel → commerciële, autonoom → autonome). Consonant doubling
// (fit → fitte) is not guessed; patterns list such forms.
// English: a final e is dropped before -ing and -ed (decide → deciding), a
// final y becomes i before -es, -ed, -er, -est and -ly (greedy → greedily).
func inflect(lang, w string) []string {
	forms := []string{w}
	add := func(s string) {
		for _, f := range forms {
			if f == s {
				return
			}
		}
		forms = append(forms, s)
	}
	if lang == "en" {
		for _, e := range enEndings {
			add(w + e)
		}
		if strings.HasSuffix(w, "e") {
			base := w[:len(w)-1]
			add(base + "ing")
			add(base + "ed")
		}
		if strings.HasSuffix(w, "y") {
			base := w[:len(w)-1] + "i"
			for _, e := range []string{"es", "ed", "er", "est", "ly", "ness"} {
				add(base + e)
			}
		}
		return forms
	}
	vowelStem := dutchVowelStem(w)
	for _, e := range nlEndings {
		add(w + e)
		if vowelStem != w && strings.ContainsAny(e[:1], "aeiou") {
			add(vowelStem + e)
		}
	}
	return forms
}

// dutchVowelStem returns the stem Dutch spelling uses before an ending that
// starts with a vowel: actief → actiev, ambitieus → ambitieuz, loyaal →
// loyal, roekeloos → roekeloz.
func dutchVowelStem(w string) string {
	b := []byte(w)
	n := len(b)
	if n < 3 {
		return w
	}
	switch b[n-1] {
	case 'f':
		b[n-1] = 'v'
	case 's':
		b[n-1] = 'z'
	}
	if n >= 4 && isVowel(b[n-2]) && b[n-2] == b[n-3] {
		// A doubled vowel before the last consonant: drop one.
		b = append(b[:n-3], b[n-2:]...)
	}
	return string(b)
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}
