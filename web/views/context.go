// Package views holds Podium's templ components: one layout, one component
// per page, and the view models they show.
package views

import (
	"context"
	"strconv"
	"time"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/assets"
	"github.com/podium-portal/podium/internal/i18n"
)

// t returns the catalogue text for key in the request's language.
func t(ctx context.Context, key string) string { return i18n.T(i18n.LangFrom(ctx), key) }

// tf formats the catalogue text for key in the request's language.
func tf(ctx context.Context, key string, args ...any) string {
	return i18n.Tf(i18n.LangFrom(ctx), key, args...)
}

// lang returns the request's language.
func lang(ctx context.Context) i18n.Lang { return i18n.LangFrom(ctx) }

// asset returns the fingerprinted URL of a static file.
func asset(ctx context.Context, name string) string { return assets.URLFrom(ctx, name) }

// date formats a day in the request's language ("3 maart 2026").
func date(ctx context.Context, tm time.Time) string { return i18n.FormatDate(lang(ctx), tm) }

func itoa(n int) string { return strconv.Itoa(n) }

type flashKey struct{}

// WithFlash returns a context whose page shows the catalogue message key
// once, as confirmation of what the previous request did.
func WithFlash(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, flashKey{}, key)
}

// flash returns the translated flash message, "" when there is none.
func flash(ctx context.Context) string {
	if key, ok := ctx.Value(flashKey{}).(string); ok && key != "" {
		return t(ctx, key)
	}
	return ""
}

// viewer returns the signed-in user, if any.
func viewer(ctx context.Context) (accounts.User, bool) { return accounts.UserFrom(ctx) }
