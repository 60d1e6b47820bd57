// Package plaintext says which typed text Podium accepts. PostgreSQL
// refuses to store NUL characters and invalid UTF-8 (a request carrying
// them would otherwise end in a database error), and pages, mails and
// calendar files have no use for the other control characters. Browsers
// never send either in a form, so only hand-made requests fail these
// checks.
package plaintext

import (
	"strings"
	"unicode/utf8"
)

// Storable reports whether PostgreSQL can store s as text: valid UTF-8
// without NUL characters.
func Storable(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

// Valid reports whether s is text Podium stores and shows: valid UTF-8
// without control characters other than tab, line feed and carriage
// return (the line breaks of a text area).
func Valid(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f {
			return false
		}
	}
	return true
}
