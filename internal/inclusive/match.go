package inclusive

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// entry points from the trie to a sequence whose first word matched, or,
// when seq is negative, to the regular-expression rule -1-seq that the word
// triggers.
type entry struct {
	seq int32
	alt int16 // which alternative of the first word
}

// trie indexes the folded first words of all sequences byte by byte, so each
// word of the text is looked up in one walk: stems (prefix entries) are
// collected along the way, whole words (exact entries) at its end.
type trie struct {
	nodes []trieNode
}

type trieNode struct {
	keys   []byte
	next   []int32
	exact  []entry
	prefix []entry
}

func newTrie() trie {
	return trie{nodes: make([]trieNode, 1)}
}

func (t *trie) add(word string, e entry, prefix bool) {
	n := int32(0)
	for i := 0; i < len(word); i++ {
		c := t.child(n, word[i])
		if c < 0 {
			c = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{})
			t.nodes[n].keys = append(t.nodes[n].keys, word[i])
			t.nodes[n].next = append(t.nodes[n].next, c)
		}
		n = c
	}
	node := &t.nodes[n]
	list := &node.exact
	if prefix {
		list = &node.prefix
	}
	for _, have := range *list {
		if have == e {
			return
		}
	}
	*list = append(*list, e)
}

func (t *trie) child(n int32, b byte) int32 {
	node := &t.nodes[n]
	for i, k := range node.keys {
		if k == b {
			return node.next[i]
		}
	}
	return -1
}

// hit is a match of a rule on text[start:end].
type hit struct {
	rule       int32
	start, end int32 // byte offsets in the text
}

// matcher matches one rule set against one tokenized text.
type matcher struct {
	rs     *ruleSet
	text   string
	toks   []token
	folded []byte
}

// scan appends a hit for every sequence that matches starting at each token.
func (m *matcher) scan(hits []hit) []hit {
	nodes := m.rs.trie.nodes
	for ti := range m.toks {
		t := &m.toks[ti]
		if t.isNum {
			for _, e := range m.rs.numStarts {
				hits = m.try(hits, e, ti)
			}
			continue
		}
		f := m.folded[t.fstart:t.fend]
		n := int32(0)
		complete := true
		for k := 0; k < len(f); k++ {
			n = m.rs.trie.child(n, f[k])
			if n < 0 {
				complete = false
				break
			}
			for _, e := range nodes[n].prefix {
				hits = m.try(hits, e, ti)
			}
		}
		if complete {
			for _, e := range nodes[n].exact {
				hits = m.try(hits, e, ti)
			}
		}
		for _, e := range m.rs.sufStarts {
			if len(f) > len(m.rs.seqs[e.seq].toks[0].alts[e.alt].forms[0]) {
				hits = m.try(hits, e, ti)
			}
		}
	}
	return hits
}

// try matches the sequence of e whose first word the trie found at token ti.
func (m *matcher) try(hits []hit, e entry, ti int) []hit {
	if e.seq < 0 {
		return m.tryRegexp(hits, -1-e.seq, ti)
	}
	s := &m.rs.seqs[e.seq]
	// The trie found the word itself; only a required spelling, a number's
	// range or a compound head remain to be checked.
	if a := &s.toks[0].alts[e.alt]; (a.raw != "" || a.kind == tkAge || a.kind == tkSuffix) && !m.altMatches(a, ti) {
		return hits
	}
	last := m.matchRest(s.toks, 1, ti+1, &s.toks[0])
	if last < 0 {
		return hits
	}
	return append(hits, hit{rule: s.rule, start: m.toks[ti].start, end: m.toks[last].end})
}

// tryRegexp runs the expression of rule ri on the text around token ti and
// keeps the matches that include the token. A match's span is its first
// capturing group when that took part, else the whole match.
func (m *matcher) tryRegexp(hits []hit, ri int32, ti int) []hit {
	t := m.toks[ti]
	// The "v" of "(m/v)" need not run the expression its "m" already matched.
	for k := len(hits) - 1; k >= 0 && hits[k].end >= t.end; k-- {
		if hits[k].rule == ri && hits[k].start <= t.start {
			return hits
		}
	}
	ws := max(0, int(t.start)-regexWindow)
	we := min(len(m.text), int(t.end)+regexWindow)
	for _, loc := range m.rs.rules[ri].re.FindAllStringSubmatchIndex(m.text[ws:we], -1) {
		start, end := loc[0], loc[1]
		if len(loc) >= 4 && loc[2] >= 0 {
			start, end = loc[2], loc[3]
		}
		start, end = start+ws, end+ws
		if start <= int(t.start) && int(t.end) <= end {
			hits = append(hits, hit{rule: ri, start: int32(start), end: int32(end)})
		}
	}
	return hits
}

// matchRest matches pattern words toks[pi:] against text tokens from ti on
// and returns the index of the last token matched, or -1. prev is the
// previous matched pattern word, whose gap rules apply before token ti. An
// optional word is first tried present, then absent.
func (m *matcher) matchRest(toks []ptoken, pi, ti int, prev *ptoken) int {
	if pi == len(toks) {
		return ti - 1
	}
	pt := &toks[pi]
	if ti < len(m.toks) && m.gapOK(ti, prev) {
		for ai := range pt.alts {
			if m.altMatches(&pt.alts[ai], ti) {
				if last := m.matchRest(toks, pi+1, ti+1, pt); last >= 0 {
					return last
				}
				break
			}
		}
	}
	if pt.optional {
		return m.matchRest(toks, pi+1, ti, prev)
	}
	return -1
}

// gapOK reports whether the text between tokens ti-1 and ti keeps them in
// one phrase after pattern word prev.
func (m *matcher) gapOK(ti int, prev *ptoken) bool {
	gap := m.text[m.toks[ti-1].end:m.toks[ti].start]
	if prev.gapMust != "" && !strings.Contains(gap, prev.gapMust) {
		return false
	}
	return gapAllowed(gap, prev.gapExtra)
}

func (m *matcher) altMatches(a *tokAlt, ti int) bool {
	t := &m.toks[ti]
	switch a.kind {
	case tkNumber:
		return t.isNum
	case tkAge:
		return t.isNum && t.num >= minAge && t.num <= maxAge
	}
	if t.isNum {
		return false
	}
	f := m.folded[t.fstart:t.fend]
	switch a.kind {
	case tkAny:
		return true
	case tkPrefix:
		p := a.forms[0]
		return len(f) >= len(p) && string(f[:len(p)]) == p
	case tkSuffix:
		p := a.forms[0]
		return len(f) > len(p) && string(f[len(f)-len(p):]) == p
	}
	if a.raw != "" {
		return m.text[t.start:t.end] == a.raw
	}
	for _, form := range a.forms {
		if string(f) == form {
			return true
		}
	}
	return false
}

// gapPunctuation may stand between the words of a phrase: "young, dynamic",
// "self-confident", "hij/zij", "**native** speaker", a quoted word.
const gapPunctuation = "-/,()\"'*_>–—“”‘’„«»"

// gapAllowed reports whether the text between two words of a phrase keeps
// them one phrase: white space with at most one line break (a blank line
// ends a paragraph) and gapPunctuation, plus the extra punctuation the
// pattern allows after the previous word.
func gapAllowed(gap string, extra string) bool {
	newlines := 0
	for i := 0; i < len(gap); {
		c := gap[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n':
				newlines++
				if newlines > 1 {
					return false
				}
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			case strings.IndexByte(gapPunctuation, c) >= 0:
			case strings.IndexByte(extra, c) >= 0:
			default:
				return false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(gap[i:])
		i += size
		if !unicode.IsSpace(r) && !strings.ContainsRune(gapPunctuation, r) {
			return false
		}
	}
	return true
}
