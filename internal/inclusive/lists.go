package inclusive

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Categories of a finding.
const (
	CategoryMasculine    = "masculine-coded"
	CategoryFeminine     = "feminine-coded"
	CategoryExclusionary = "exclusionary"
	CategoryAge          = "age"
	CategoryAbility      = "ability"
	CategoryLanguage     = "language"
	CategoryGender       = "gender"
)

// Severities of a finding: info asks the editor to consider the wording,
// warning points at wording that excludes people or may be unlawful.
const (
	SeverityInfo    = "info"
	SeverityWarning = "warning"
)

// categoryException marks an entry of an exceptions list: text it matches is
// never reported (for example "confidential" for the stem "confident*").
const categoryException = "exception"

var categories = []string{CategoryMasculine, CategoryFeminine, CategoryExclusionary,
	CategoryAge, CategoryAbility, CategoryLanguage, CategoryGender, categoryException}

func categoryIndex(c string) int {
	for i, k := range categories {
		if k == c {
			return i
		}
	}
	return -1
}

// rule is one entry of a word list.
type rule struct {
	id, category, severity, explanation, suggestion, source string
	cat                                                     uint8 // index in categories
	exception                                               bool
	re                                                      *regexp.Regexp // for "re(...):" patterns
}

// regexWindow is how far (in bytes) around a trigger word a regular
// expression looks: enough for a job title's last letter, a few spaces and
// a bracketed marker such as "(m/v)".
const regexWindow = 12

// seq is one alternative of a rule's pattern.
type seq struct {
	rule int32
	toks []ptoken
}

// ruleSet holds the compiled lists of one language.
type ruleSet struct {
	rules     []rule
	seqs      []seq
	trie      trie
	numStarts []entry // sequences whose first word may be a number
	sufStarts []entry // sequences whose first word may be a compound head (*stem)
}

// loadLists parses every list under data/ and returns the rule sets by
// language.
func loadLists(fsys fs.FS) (map[string]*ruleSet, error) {
	srcData, err := fs.ReadFile(fsys, "data/sources.tsv")
	if err != nil {
		return nil, err
	}
	sources, err := parseSources(srcData)
	if err != nil {
		return nil, fmt.Errorf("sources.tsv: %w", err)
	}
	names, err := fs.Glob(fsys, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sets := map[string]*ruleSet{}
	ids := map[string]string{} // rule id → file, per language-qualified id
	for _, name := range names {
		if path.Base(name) == "sources.tsv" {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if err := parseList(data, sources, sets, ids, name); err != nil {
			return nil, fmt.Errorf("%s: %w", path.Base(name), err)
		}
	}
	for _, l := range []string{"nl", "en"} {
		if sets[l] == nil {
			return nil, fmt.Errorf("no word lists for language %q", l)
		}
	}
	return sets, nil
}

// parseSources reads "key<TAB>citation" lines.
func parseSources(data []byte) (map[string]string, error) {
	sources := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, cite, ok := strings.Cut(line, "\t")
		if !ok || key == "" || strings.TrimSpace(cite) == "" {
			return nil, fmt.Errorf("line %d: want key<TAB>citation", n)
		}
		if _, dup := sources[key]; dup {
			return nil, fmt.Errorf("line %d: duplicate source %q", n, key)
		}
		sources[key] = strings.TrimSpace(cite)
	}
	return sources, sc.Err()
}

// parseList reads one word list. The format is described in data/README.md.
func parseList(data []byte, sources map[string]string, sets map[string]*ruleSet, ids map[string]string, name string) error {
	lang := ""
	explain := map[string]string{}
	suggest := map[string]string{}
	defaultSource := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#!") {
			verb, rest, _ := strings.Cut(strings.TrimSpace(line[2:]), " ")
			rest = strings.TrimSpace(rest)
			switch verb {
			case "lang":
				if rest != "nl" && rest != "en" {
					return fmt.Errorf("line %d: unknown language %q", n, rest)
				}
				lang = rest
			case "explain", "suggest":
				cat, text, _ := strings.Cut(rest, " ")
				if categoryIndex(cat) < 0 || strings.TrimSpace(text) == "" {
					return fmt.Errorf("line %d: want #! %s <category> <text>", n, verb)
				}
				if verb == "explain" {
					explain[cat] = strings.TrimSpace(text)
				} else {
					suggest[cat] = strings.TrimSpace(text)
				}
			case "source":
				defaultSource = rest
			default:
				return fmt.Errorf("line %d: unknown directive %q", n, verb)
			}
			continue
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if lang == "" {
			return fmt.Errorf("line %d: entry before #! lang", n)
		}
		f := strings.Split(line, "\t")
		for len(f) < 7 {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		r := rule{id: f[0], category: f[2], severity: f[3], explanation: f[4], suggestion: f[5]}
		if r.id == "" || f[1] == "" {
			return fmt.Errorf("line %d: want id, pattern, category, severity, explanation, suggestion, source", n)
		}
		key := lang + "/" + r.id
		if prev, dup := ids[key]; dup {
			return fmt.Errorf("line %d: rule id %q already used in %s", n, r.id, prev)
		}
		ids[key] = name
		ci := categoryIndex(r.category)
		if ci < 0 {
			return fmt.Errorf("line %d: unknown category %q", n, r.category)
		}
		r.cat = uint8(ci)
		r.exception = r.category == categoryException
		if !r.exception && r.severity != SeverityInfo && r.severity != SeverityWarning {
			return fmt.Errorf("line %d: severity must be info or warning, not %q", n, r.severity)
		}
		if r.explanation == "" {
			r.explanation = explain[r.category]
		}
		if r.suggestion == "" {
			r.suggestion = suggest[r.category]
		}
		if r.explanation == "" {
			return fmt.Errorf("line %d: rule %q has no explanation and its category no default", n, r.id)
		}
		if !r.exception && r.suggestion == "" {
			return fmt.Errorf("line %d: rule %q has no suggestion and its category no default", n, r.id)
		}
		srcKeys := f[6]
		if srcKeys == "" {
			srcKeys = defaultSource
		}
		if srcKeys == "" {
			return fmt.Errorf("line %d: rule %q cites no source", n, r.id)
		}
		var cites []string
		for _, k := range strings.Split(srcKeys, ",") {
			c, ok := sources[strings.TrimSpace(k)]
			if !ok {
				return fmt.Errorf("line %d: rule %q cites unknown source %q", n, r.id, k)
			}
			cites = append(cites, c)
		}
		r.source = strings.Join(cites, "; ")

		rs := sets[lang]
		if rs == nil {
			rs = &ruleSet{trie: newTrie()}
			sets[lang] = rs
		}
		ri := int32(len(rs.rules))
		if rest, ok := strings.CutPrefix(f[1], "re("); ok {
			// re(trigger,...):regexp — the expression is tried only near
			// the trigger words, so checking stays fast.
			triggers, expr, ok := strings.Cut(rest, "):")
			if !ok || strings.TrimSpace(triggers) == "" {
				return fmt.Errorf("line %d: rule %q: want re(trigger,...):regexp", n, r.id)
			}
			compiled, err := regexp.Compile(expr)
			if err != nil {
				return fmt.Errorf("line %d: rule %q: %w", n, r.id, err)
			}
			r.re = compiled
			rs.rules = append(rs.rules, r)
			for _, w := range strings.Split(triggers, ",") {
				w = foldString(strings.TrimSpace(w))
				if err := checkWord(w); err != nil {
					return fmt.Errorf("line %d: rule %q: trigger %q: %w", n, r.id, w, err)
				}
				rs.trie.add(w, entry{seq: -1 - ri}, false)
			}
			continue
		}
		seqs, err := compilePattern(lang, f[1])
		if err != nil {
			return fmt.Errorf("line %d: rule %q: %w", n, r.id, err)
		}
		rs.rules = append(rs.rules, r)
		for _, toks := range seqs {
			si := int32(len(rs.seqs))
			rs.seqs = append(rs.seqs, seq{rule: ri, toks: toks})
			for ai, a := range toks[0].alts {
				e := entry{seq: si, alt: int16(ai)}
				switch a.kind {
				case tkWord, tkExact:
					for _, form := range a.forms {
						rs.trie.add(form, e, false)
					}
				case tkPrefix:
					rs.trie.add(a.forms[0], e, true)
				case tkSuffix:
					rs.sufStarts = append(rs.sufStarts, e)
				case tkNumber, tkAge:
					rs.numStarts = append(rs.numStarts, e)
				}
			}
		}
	}
	return sc.Err()
}
