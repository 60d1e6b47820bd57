// Package i18n holds Podium's languages and its message catalogue: every
// text a page shows, in Dutch and English.
package i18n

import (
	"context"
	"fmt"
	"time"
	_ "time/tzdata" // Europe/Amsterdam everywhere, also without system zoneinfo
)

// Lang is a language the portal is published in.
type Lang string

// The portal's languages. Dutch is the default and lives at the root.
const (
	NL Lang = "nl"
	EN Lang = "en"
)

// Langs lists the supported languages, default first.
func Langs() []Lang { return []Lang{NL, EN} }

// Parse returns the language for code, and false for an unsupported code.
func Parse(code string) (Lang, bool) {
	switch Lang(code) {
	case NL, EN:
		return Lang(code), true
	}
	return NL, false
}

// Other returns the language a page's switch leads to.
func (l Lang) Other() Lang {
	if l == EN {
		return NL
	}
	return EN
}

// Name is the language's name in that language itself, for the switch.
func (l Lang) Name() string {
	if l == EN {
		return "English"
	}
	return "Nederlands"
}

type ctxKey struct{}

// WithLang returns a context that carries the request's language.
func WithLang(ctx context.Context, l Lang) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// LangFrom returns the request's language, Dutch when none was set.
func LangFrom(ctx context.Context) Lang {
	if l, ok := ctx.Value(ctxKey{}).(Lang); ok {
		return l
	}
	return NL
}

// T returns the text for key in lang. A missing key shows as the key
// itself in brackets, which the catalogue test makes impossible to ship.
func T(l Lang, key string) string {
	m, ok := messages[key]
	if !ok {
		return "[" + key + "]"
	}
	if l == EN {
		return m.en
	}
	return m.nl
}

// Tf formats the text for key with args, like fmt.Sprintf.
func Tf(l Lang, key string, args ...any) string {
	return fmt.Sprintf(T(l, key), args...)
}

// Keys lists every key in the catalogue, for tests.
func Keys() []string {
	keys := make([]string, 0, len(messages))
	for k := range messages {
		keys = append(keys, k)
	}
	return keys
}

var months = map[Lang][12]string{
	NL: {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	EN: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// amsterdam is the portal's time zone; the tzdata import makes it available
// on machines without a zoneinfo database. It is never changed after init.
var amsterdam = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		panic(err)
	}
	return loc
}()

// Amsterdam returns the Europe/Amsterdam time zone in which dates are shown.
func Amsterdam() *time.Location { return amsterdam }

// FormatDate writes a day the way readers of l expect: "3 maart 2026" or
// "3 March 2026", in Europe/Amsterdam time.
func FormatDate(l Lang, t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.In(amsterdam).Day(), months[l][t.In(amsterdam).Month()-1], t.In(amsterdam).Year())
}
