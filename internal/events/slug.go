package events

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"time"
	"unicode"

	"github.com/podium-portal/podium/internal/i18n"
)

// foldings spell letters with diacritics the way a Dutch URL would.
var foldings = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae", 'ç': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ı': "i",
	'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'œ': "oe",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss", 'ş': "s", 'ğ': "g",
	'ĳ': "ij", 'č': "c", 'š': "s", 'ž': "z", 'ł': "l", 'ś': "s", 'ć': "c", 'ń': "n", 'ź': "z", 'ż': "z",
}

// maxSlugLen keeps slugs readable; the date keeps them apart.
const maxSlugLen = 60

// validSlug reports whether slug could be an event's slug: lower-case
// letters and digits in words joined by single hyphens, as the CHECK on
// events.slug demands.
func validSlug(slug string) bool {
	if slug == "" || slug[0] == '-' || slug[len(slug)-1] == '-' ||
		strings.Contains(slug, "--") {
		return false
	}
	for _, c := range slug {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// baseSlug makes a slug from the title and the start date in Amsterdam:
// "Werkbezoek Den Haag" on 12 March 2026 becomes
// "werkbezoek-den-haag-2026-03-12". Titles without letters or digits give
// "evenement-2026-03-12".
func baseSlug(title string, startsAt time.Time) string {
	var words []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			words = append(words, word.String())
			word.Reset()
		}
	}
	for _, r := range strings.ToLower(title) {
		if s, ok := foldings[r]; ok {
			word.WriteString(s)
		} else if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			word.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	slug := ""
	for _, w := range words {
		next := w
		if slug != "" {
			next = slug + "-" + w
		}
		if len(next) > maxSlugLen {
			break
		}
		slug = next
	}
	if slug == "" && len(words) > 0 {
		slug = words[0][:maxSlugLen] // one very long word
	}
	if slug == "" {
		slug = "evenement"
	}
	return slug + "-" + startsAt.In(i18n.Amsterdam()).Format("2006-01-02")
}

// randomSuffix is the last resort against a slug that is taken many times.
func randomSuffix() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
