package inclusive

import (
	"fmt"
	"slices"
	"strings"
)

// Finding is one passage of the checked text that a rule flags.
type Finding struct {
	Start, End  int    // byte offsets in the input: text[Start:End] == Text
	Text        string // the passage as written
	RuleID      string // id of the rule in the word list, e.g. "nl-lang-moedertaal"
	Category    string // one of the Category constants
	Severity    string // SeverityInfo or SeverityWarning
	Explanation string // why the passage may push people away, in the text's language
	Suggestion  string // what to write instead, in the text's language
	Source      string // the research or guidance the rule rests on
}

// Report is the result of checking one text.
type Report struct {
	// Findings in text order; empty (not nil) when nothing was found.
	Findings []Finding
	// Masculine and Feminine count the masculine- and feminine-coded words.
	Masculine, Feminine int
	// Score summarises the findings from 0 to 100, where 100 means no
	// issues. See the package documentation for the formula.
	Score int
	// Balance is "masculine-coded", "feminine-coded" or "neutral".
	Balance string
}

// Balance values of a Report.
const (
	BalanceMasculine = "masculine-coded"
	BalanceFeminine  = "feminine-coded"
	BalanceNeutral   = "neutral"
)

// Score weights; see the package documentation.
const (
	warningPenalty   = 10
	infoPenalty      = 3
	imbalancePenalty = 2
	maxImbalance     = 20
	balanceTolerance = 1
)

// Checker checks texts against the embedded word lists. It is immutable
// after New and safe for concurrent use.
type Checker struct {
	sets map[string]*ruleSet
}

// New parses and compiles the embedded word lists. It fails only when a list
// is malformed (an unknown category, a pattern that cannot match, a source
// that is not cited), which the package tests catch.
func New() (*Checker, error) {
	sets, err := loadLists(dataFS)
	if err != nil {
		return nil, fmt.Errorf("inclusive.New: %w", err)
	}
	return &Checker{sets: sets}, nil
}

// setFor returns the rule set for lang: English for "en" and "en-…", Dutch
// (the site's default language) for anything else.
func (c *Checker) setFor(lang string) *ruleSet {
	l := strings.ToLower(lang)
	if l == "en" || strings.HasPrefix(l, "en-") || strings.HasPrefix(l, "en_") {
		return c.sets["en"]
	}
	return c.sets["nl"]
}

// Check checks text, written in lang ("nl" or "en"; any language other than
// English is checked as Dutch), and returns its findings and summary. The
// text may be Markdown: web and mail addresses in it are skipped.
func (c *Checker) Check(lang, text string) Report {
	rs := c.setFor(lang)
	toks, folded := tokenize(text, make([]token, 0, len(text)/6+8), make([]byte, 0, len(text)))
	m := matcher{rs: rs, text: text, toks: toks, folded: folded}
	hits := m.scan(make([]hit, 0, 16))
	return c.report(rs, text, hits)
}

// report drops hits inside an exception and hits overlapping an earlier,
// longer hit of the same category, then builds the Report.
func (c *Checker) report(rs *ruleSet, text string, hits []hit) Report {
	var exceptions []hit
	kept := hits[:0]
	for _, h := range hits {
		if rs.rules[h.rule].exception {
			exceptions = append(exceptions, h)
		} else {
			kept = append(kept, h)
		}
	}
	slices.SortFunc(kept, func(a, b hit) int {
		if a.start != b.start {
			return int(a.start - b.start)
		}
		if a.end != b.end {
			return int(b.end - a.end)
		}
		return int(a.rule - b.rule)
	})
	var lastEnd [8]int32
	rep := Report{Findings: []Finding{}}
	var seen []int32 // rules already penalised
	penalty := 0
next:
	for _, h := range kept {
		for _, e := range exceptions {
			if e.start <= h.start && h.end <= e.end {
				continue next
			}
		}
		r := &rs.rules[h.rule]
		if h.start < lastEnd[r.cat] {
			continue
		}
		lastEnd[r.cat] = h.end
		rep.Findings = append(rep.Findings, Finding{
			Start: int(h.start), End: int(h.end), Text: text[h.start:h.end],
			RuleID: r.id, Category: r.category, Severity: r.severity,
			Explanation: r.explanation, Suggestion: r.suggestion, Source: r.source,
		})
		switch r.category {
		case CategoryMasculine:
			rep.Masculine++
		case CategoryFeminine:
			rep.Feminine++
		}
		if slices.Contains(seen, h.rule) {
			continue
		}
		seen = append(seen, h.rule)
		switch {
		case r.severity == SeverityWarning:
			penalty += warningPenalty
		case r.category != CategoryMasculine && r.category != CategoryFeminine:
			penalty += infoPenalty
		}
	}
	diff := rep.Masculine - rep.Feminine
	switch {
	case diff > balanceTolerance:
		rep.Balance = BalanceMasculine
	case -diff > balanceTolerance:
		rep.Balance = BalanceFeminine
	default:
		rep.Balance = BalanceNeutral
	}
	if diff < 0 {
		diff = -diff
	}
	if diff > balanceTolerance {
		penalty += min(maxImbalance, imbalancePenalty*(diff-balanceTolerance))
	}
	rep.Score = max(0, 100-penalty)
	return rep
}
