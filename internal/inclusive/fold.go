package inclusive

import (
	"unicode"
	"unicode/utf8"
)

// appendFolded appends the matching form of r to dst: lower case, with the
// accents of Latin letters removed (é → e, ë → e, ĳ → ij, ß → ss) and curly
// apostrophes made straight. Combining marks are dropped, so a decomposed
// "e\u0308" folds like "ë". Letters of other scripts are kept lower-cased.
func appendFolded(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if isApostrophe(r) {
		return append(dst, '\'')
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	r = unicode.ToLower(r)
	if s := foldLatin(r); s != "" {
		return append(dst, s...)
	}
	return utf8.AppendRune(dst, r)
}

// foldString returns s folded with appendFolded; used on patterns when the
// word lists are compiled, never on the hot path.
func foldString(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = appendFolded(b, r)
	}
	return string(b)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘'
}

// foldLatin maps the lower-case accented letters of Latin-1 Supplement and
// Latin Extended-A (every letter Dutch and English text realistically
// contains, and names from French, German, Turkish, Polish, Scandinavian
// languages) to ASCII. It returns "" for any other rune.
func foldLatin(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return "a"
	case 'æ':
		return "ae"
	case 'ç', 'ć', 'ĉ', 'ċ', 'č':
		return "c"
	case 'ď', 'đ', 'ð':
		return "d"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ĕ', 'ė', 'ę', 'ě':
		return "e"
	case 'ĝ', 'ğ', 'ġ', 'ģ':
		return "g"
	case 'ĥ', 'ħ':
		return "h"
	case 'ì', 'í', 'î', 'ï', 'ĩ', 'ī', 'ĭ', 'į', 'ı':
		return "i"
	case 'ĳ':
		return "ij"
	case 'ĵ':
		return "j"
	case 'ķ':
		return "k"
	case 'ĺ', 'ļ', 'ľ', 'ŀ', 'ł':
		return "l"
	case 'ñ', 'ń', 'ņ', 'ň', 'ŉ':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ŏ', 'ő':
		return "o"
	case 'œ':
		return "oe"
	case 'ŕ', 'ŗ', 'ř':
		return "r"
	case 'ß':
		return "ss"
	case 'ś', 'ŝ', 'ş', 'š', 'ſ':
		return "s"
	case 'ţ', 'ť', 'ŧ':
		return "t"
	case 'þ':
		return "th"
	case 'ù', 'ú', 'û', 'ü', 'ũ', 'ū', 'ŭ', 'ů', 'ű', 'ų':
		return "u"
	case 'ŵ':
		return "w"
	case 'ý', 'ÿ', 'ŷ':
		return "y"
	case 'ź', 'ż', 'ž':
		return "z"
	}
	return ""
}
