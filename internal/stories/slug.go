package stories

import (
	"regexp"
	"strings"
)

// slugPattern is the format the stories table's CHECK enforces.
var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// maxSlug bounds a slug's length; generated slugs are cut at a hyphen
// before it, leaving room for a "-2" suffix.
const maxSlug = 80

// ValidSlug reports whether s is lower-case ASCII letters and digits in
// words joined by single hyphens.
func ValidSlug(s string) bool { return slugPattern.MatchString(s) && len(s) <= maxSlug }

// Slugify turns a name into a slug: letters folded to ASCII ("Zoë Şahin"
// → "zoe-sahin", "Łukasz Groß" → "lukasz-gross"), lower case, anything
// else a hyphen, no hyphens at either end or twice in a row, at most 60
// characters cut at a hyphen. It returns "" when nothing usable is left,
// for example for a name in a non-Latin script.
func Slugify(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range name {
		if r == '\'' || r == '’' || r == 'ʼ' {
			// "D'Souza" reads as one word: dsouza.
			continue
		}
		folded := foldRune(r)
		if folded == "" {
			if b.Len() > 0 {
				hyphen = true
			}
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(folded)
	}
	s := b.String()
	const limit = 60
	if len(s) > limit {
		s = s[:limit]
		if i := strings.LastIndexByte(s, '-'); i > 0 {
			s = s[:i]
		}
		s = strings.Trim(s, "-")
	}
	return s
}

// foldRune returns the lower-case ASCII letters or digit that r stands for,
// or "" for a separator or a letter without a Latin counterpart.
func foldRune(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r)
	case r >= 'A' && r <= 'Z':
		return string(r + 'a' - 'A')
	}
	if s, ok := foldSpecial[r]; ok {
		return s
	}
	if base, ok := foldTable(r); ok {
		return strings.ToLower(string(base))
	}
	return ""
}

// foldSpecial holds letters that fold to more than one letter or lie
// outside the tables below.
var foldSpecial = map[rune]string{
	'Æ': "ae", 'æ': "ae", 'Ø': "o", 'ø': "o", 'Þ': "th", 'þ': "th", 'ß': "ss", 'Ð': "d", 'ð': "d",
	'Ĳ': "ij", 'ĳ': "ij", 'Œ': "oe", 'œ': "oe",
	'Ș': "s", 'ș': "s", 'Ț': "t", 'ț': "t", 'Ə': "e", 'ə': "e", 'ƒ': "f",
	'Ơ': "o", 'ơ': "o", 'Ư': "u", 'ư': "u",
	'Ǎ': "a", 'ǎ': "a", 'Ǐ': "i", 'ǐ': "i", 'Ǒ': "o", 'ǒ': "o", 'Ǔ': "u", 'ǔ': "u",
}

// The base letters of three Unicode blocks, one byte per code point; '.'
// marks a code point that is not a letter (×, ÷) or is in foldSpecial.
const (
	// U+00C0–U+00FF, Latin-1 Supplement letters.
	latin1Base = "AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y"
	// U+0100–U+017F, Latin Extended-A.
	latinExtABase = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
	// U+1EA0–U+1EF9, the Vietnamese letters of Latin Extended Additional.
	vietBase = "AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy"
)

// foldTable returns the base letter of r from the tables above.
func foldTable(r rune) (byte, bool) {
	var table string
	var i int
	switch {
	case r >= 0xC0 && r <= 0xFF:
		table, i = latin1Base, int(r-0xC0)
	case r >= 0x100 && r <= 0x17F:
		table, i = latinExtABase, int(r-0x100)
	case r >= 0x1EA0 && r <= 0x1EF9:
		table, i = vietBase, int(r-0x1EA0)
	default:
		return 0, false
	}
	if c := table[i]; c != '.' {
		return c, true
	}
	return 0, false
}
