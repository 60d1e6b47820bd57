package middleware

import "net/http"

// ContentSecurityPolicy is the policy SecurityHeaders sends. It allows scripts,
// styles, fonts and connections only from the site itself, with no inline
// script or style, so pages must keep all CSS and JavaScript in files.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; " +
	"frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

// PermissionsPolicy is the Permissions-Policy SecurityHeaders sends: it turns
// off browser features Podium never uses, and interest-based advertising.
const PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), " +
	"interest-cohort=(), browsing-topics=()"

// HSTSValue is the Strict-Transport-Security value sent when
// SecurityOptions.HSTS is set: two years, subdomains included.
const HSTSValue = "max-age=63072000; includeSubDomains"

// SecurityOptions configures SecurityHeaders.
type SecurityOptions struct {
	// HSTS adds Strict-Transport-Security. Set it only when the site is served
	// over HTTPS on every subdomain: browsers then refuse plain HTTP for two
	// years.
	HSTS bool
}

// SecurityHeaders sets Podium's security headers on every response:
// ContentSecurityPolicy, PermissionsPolicy, X-Content-Type-Options nosniff,
// Referrer-Policy strict-origin-when-cross-origin, X-Frame-Options DENY,
// Cross-Origin-Opener-Policy and Cross-Origin-Resource-Policy same-origin, and
// Strict-Transport-Security only when opts.HSTS is set. The headers are set
// before the handler runs, so a handler that needs a different value for one
// response can overwrite it.
func SecurityHeaders(opts SecurityOptions) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			h.Set("Content-Security-Policy", ContentSecurityPolicy)
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
			h.Set("Permissions-Policy", PermissionsPolicy)
			h.Set("X-Frame-Options", "DENY")
			h.Set("Cross-Origin-Opener-Policy", "same-origin")
			h.Set("Cross-Origin-Resource-Policy", "same-origin")
			if opts.HSTS {
				h.Set("Strict-Transport-Security", HSTSValue)
			}
			next.ServeHTTP(w, r)
		})
	}
}
