package inclusive

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word or a number in the checked text.
type token struct {
	start, end   int32 // byte offsets in the original text
	fstart, fend int32 // byte offsets of the folded form in the folded buffer
	num          int32 // value of a number of at most three digits, else -1
	isNum        bool
}

// tokenize splits text into words and numbers and folds every word into one
// shared buffer (no allocation per token).
//
// A word is a run of letters (with combining marks), joined by apostrophes
// between letters ("collega's", "he'll"). Hyphens, slashes and every other
// character separate words, so "self-confident" is two words and "hij/zij"
// is two words. A number is a run of digits, with '.' or ',' between digits.
// A letter next to a digit separates words: "25kg" is "25" and "kg".
//
// Web and mail addresses are skipped whole (a Markdown link's URL, for
// example), so words inside them never match.
func tokenize(text string, toks []token, folded []byte) ([]token, []byte) {
	chunkFirstTok := 0 // index of the first token in the current run of non-space characters
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || unicode.IsSpace(r):
			i += size
			chunkFirstTok = len(toks)
		case isWordStart(r):
			if skip := urlLength(text[i:]); skip > 0 {
				i += skip
				continue
			}
			j := i
			fs := len(folded)
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if 'a' <= c && c <= 'z' {
						folded = append(folded, c)
						j++
						continue
					}
					if 'A' <= c && c <= 'Z' {
						folded = append(folded, c+'a'-'A')
						j++
						continue
					}
					if c != '\'' {
						break
					}
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r) || (j > i && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
					folded = appendFolded(folded, r)
					j += size
					continue
				}
				if isApostrophe(r) && j > i {
					if r2, _ := utf8.DecodeRuneInString(text[j+size:]); unicode.IsLetter(r2) {
						folded = append(folded, '\'')
						j += size
						continue
					}
				}
				break
			}
			toks = append(toks, token{start: int32(i), end: int32(j), fstart: int32(fs), fend: int32(len(folded)), num: -1})
			i = j
		case '0' <= r && r <= '9':
			j := i
			for j < len(text) {
				c := text[j]
				if '0' <= c && c <= '9' {
					j++
					continue
				}
				if (c == '.' || c == ',') && j+1 < len(text) && '0' <= text[j+1] && text[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			num := int32(-1)
			if j-i <= 3 {
				num = 0
				for _, c := range []byte(text[i:j]) {
					if c < '0' || c > '9' {
						num = -1
						break
					}
					num = num*10 + int32(c-'0')
				}
			}
			fs := len(folded)
			folded = append(folded, text[i:j]...)
			toks = append(toks, token{start: int32(i), end: int32(j), fstart: int32(fs), fend: int32(len(folded)), num: num, isNum: true})
			i = j
		case r == '@':
			// The run of non-space characters is a mail address: drop the
			// words of its local part and skip its domain.
			if len(toks) > chunkFirstTok && int(toks[len(toks)-1].end) == i {
				toks = toks[:chunkFirstTok]
				for i < len(text) {
					r, size := utf8.DecodeRuneInString(text[i:])
					if unicode.IsSpace(r) || strings.ContainsRune(")]>\"", r) {
						break
					}
					i += size
				}
				continue
			}
			i += size
		default:
			i += size
		}
	}
	return toks, folded
}

func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// urlLength returns the length of the web address at the start of s, or 0.
// The address ends at white space or at a character that closes it in
// Markdown or HTML: ) ] > " '.
func urlLength(s string) int {
	if c := s[0] | 0x20; c != 'h' && c != 'w' && c != 'm' {
		return 0
	}
	if !hasPrefixFold(s, "http://") && !hasPrefixFold(s, "https://") &&
		!hasPrefixFold(s, "www.") && !hasPrefixFold(s, "mailto:") {
		return 0
	}
	for i, r := range s {
		if unicode.IsSpace(r) || strings.ContainsRune(")]>\"'", r) {
			return i
		}
	}
	return len(s)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
