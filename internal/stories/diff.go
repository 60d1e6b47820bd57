package stories

import (
	"strconv"
	"strings"
	"unicode"
)

// DiffOp says what happened to a piece of text between two revisions.
type DiffOp string

// The diff operations; a template shows DiffInsert as <ins> and DiffDelete
// as <del>.
const (
	DiffEqual  DiffOp = "equal"
	DiffInsert DiffOp = "insert"
	DiffDelete DiffOp = "delete"
)

// DiffPart is a run of text with one operation.
type DiffPart struct {
	Op   DiffOp
	Text string
}

// FieldDiff is one field that differs between two revisions.
type FieldDiff struct {
	// Field is the StoryInput JSON name, such as "body_markdown"; the
	// editor form's label for it is the catalogue key "story.field."+Field.
	Field string
	// Old and New are the field's values as text (lists joined by ", ",
	// booleans "true"/"false", a missing portrait "").
	Old, New string
	// Parts is the word-level diff of Old into New, for the text fields;
	// nil for the others, which are shown as old and new value.
	Parts []DiffPart
}

// Diff returns the fields that differ from a to b, in the order of the
// edit form. Text fields get a word-level diff; long texts are compared
// line by line first and word by word within the changed lines, so the
// result stays readable and cheap to compute.
func Diff(a, b StoryInput) []FieldDiff {
	a.normalize()
	b.normalize()
	portrait := func(p *int64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatInt(*p, 10)
	}
	vacancies := func(ids []int64) string {
		s := make([]string, len(ids))
		for i, id := range ids {
			s[i] = strconv.FormatInt(id, 10)
		}
		return strings.Join(s, ", ")
	}
	// Keep in step with DiffFields.
	fields := []struct {
		name, old, new string
		text           bool
	}{
		{"person_name", a.PersonName, b.PersonName, true},
		{"role", a.Role, b.Role, true},
		{"department", a.Department, b.Department, true},
		{"slug", a.Slug, b.Slug, false},
		{"portrait_id", portrait(a.PortraitID), portrait(b.PortraitID), false},
		{"portrait_alt", a.PortraitAlt, b.PortraitAlt, true},
		{"quote", a.Quote, b.Quote, true},
		{"intro", a.Intro, b.Intro, true},
		{"body_markdown", a.BodyMarkdown, b.BodyMarkdown, true},
		{"themes", strings.Join(a.ThemeSlugs, ", "), strings.Join(b.ThemeSlugs, ", "), false},
		{"vacancies", vacancies(a.VacancyIDs), vacancies(b.VacancyIDs), false},
		{"featured", strconv.FormatBool(a.Featured), strconv.FormatBool(b.Featured), false},
		{"consent_given_on", a.ConsentGivenOn, b.ConsentGivenOn, false},
		{"consent_expires_on", a.ConsentExpiresOn, b.ConsentExpiresOn, false},
		{"consent_note", a.ConsentNote, b.ConsentNote, true},
	}
	var out []FieldDiff
	for _, f := range fields {
		if f.old == f.new {
			continue
		}
		d := FieldDiff{Field: f.name, Old: f.old, New: f.new}
		if f.text {
			d.Parts = DiffText(f.old, f.new)
		}
		out = append(out, d)
	}
	return out
}

// DiffText returns a word-level diff of old into new: concatenating the
// equal and deleted parts gives old, the equal and inserted parts new.
// Adjacent parts never share an operation.
func DiffText(old, new string) []DiffPart {
	oldLines, newLines := splitLines(old), splitLines(new)
	var parts []DiffPart
	// Walk the line diff; a run of deleted lines followed by inserted ones
	// is a changed passage, diffed word by word.
	var del, ins []string
	flush := func() {
		if len(del) > 0 || len(ins) > 0 {
			for _, p := range diffTokens(tokenize(strings.Join(del, "")), tokenize(strings.Join(ins, ""))) {
				parts = appendPart(parts, p.Op, p.Text)
			}
		}
		del, ins = nil, nil
	}
	for _, p := range diffTokens(oldLines, newLines) {
		switch p.Op {
		case DiffDelete:
			del = append(del, p.Text)
		case DiffInsert:
			ins = append(ins, p.Text)
		default:
			flush()
			parts = appendPart(parts, DiffEqual, p.Text)
		}
	}
	flush()
	return parts
}

func appendPart(parts []DiffPart, op DiffOp, text string) []DiffPart {
	if text == "" {
		return parts
	}
	if n := len(parts); n > 0 && parts[n-1].Op == op {
		parts[n-1].Text += text
		return parts
	}
	return append(parts, DiffPart{Op: op, Text: text})
}

// splitLines splits s after each newline, keeping the newlines.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// tokenize splits s into words, runs of white space, and single other
// characters (punctuation, Markdown marks), which together give s back.
func tokenize(s string) []string {
	var tokens []string
	start := 0
	class := func(r rune) int {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return 1
		case unicode.IsSpace(r):
			return 2
		}
		return 3
	}
	prev := 0
	for i, r := range s {
		c := class(r)
		if i > start && (c != prev || c == 3) {
			tokens = append(tokens, s[start:i])
			start = i
		}
		prev = c
	}
	if start < len(s) {
		tokens = append(tokens, s[start:])
	}
	return tokens
}

// maxDiffCells bounds the table of the longest-common-subsequence diff;
// beyond it the middle of the two texts is shown as deleted and inserted
// as a whole.
const maxDiffCells = 4_000_000

// diffTokens diffs two token lists by their longest common subsequence,
// after taking off the common beginning and end.
func diffTokens(a, b []string) []DiffPart {
	var parts []DiffPart
	prefix := 0
	for prefix < len(a) && prefix < len(b) && a[prefix] == b[prefix] {
		prefix++
	}
	suffix := 0
	for suffix < len(a)-prefix && suffix < len(b)-prefix && a[len(a)-1-suffix] == b[len(b)-1-suffix] {
		suffix++
	}
	for _, t := range a[:prefix] {
		parts = appendPart(parts, DiffEqual, t)
	}
	ma, mb := a[prefix:len(a)-suffix], b[prefix:len(b)-suffix]
	if len(ma)*len(mb) > maxDiffCells {
		parts = appendPart(parts, DiffDelete, strings.Join(ma, ""))
		parts = appendPart(parts, DiffInsert, strings.Join(mb, ""))
	} else {
		for _, p := range lcsDiff(ma, mb) {
			parts = appendPart(parts, p.Op, p.Text)
		}
	}
	for _, t := range a[len(a)-suffix:] {
		parts = appendPart(parts, DiffEqual, t)
	}
	return parts
}

// lcsDiff is the textbook dynamic-programming diff: l[i][j] is the length
// of the longest common subsequence of a[i:] and b[j:]. Deletions come
// before insertions in a changed run.
func lcsDiff(a, b []string) []DiffPart {
	n, m := len(a), len(b)
	l := make([]int32, (n+1)*(m+1))
	at := func(i, j int) int32 { return l[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i*(m+1)+j] = at(i+1, j+1) + 1
			} else {
				l[i*(m+1)+j] = max(at(i+1, j), at(i, j+1))
			}
		}
	}
	var parts []DiffPart
	var ins []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			for _, t := range ins {
				parts = appendPart(parts, DiffInsert, t)
			}
			ins = nil
			parts = appendPart(parts, DiffEqual, a[i])
			i, j = i+1, j+1
		case j < m && (i == n || at(i, j+1) >= at(i+1, j)):
			ins = append(ins, b[j])
			j++
		default:
			parts = appendPart(parts, DiffDelete, a[i])
			i++
		}
	}
	for _, t := range ins {
		parts = appendPart(parts, DiffInsert, t)
	}
	return parts
}
