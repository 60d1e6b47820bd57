package middleware

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
)

// RequestIDHeader is the request and response header that carries the request ID.
const RequestIDHeader = "X-Request-ID"

// maxRequestIDLen bounds an incoming request ID so a client cannot bloat every
// log line of its request.
const maxRequestIDLen = 64

type requestIDKey struct{}

// RequestID gives every request an ID for correlating log lines. It keeps an
// incoming X-Request-ID header when that is 1 to 64 characters of
// [A-Za-z0-9._-] (so a proxy's ID survives), and otherwise generates a random
// 16-byte ID written as 32 hex digits. The ID is set on the response header
// X-Request-ID and stored in the request context for RequestIDFrom.
//
// An incoming ID is chosen by the client: use it for correlation only, never
// as a secret or for deduplication.
func RequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(RequestIDHeader)
		if !validRequestID(id) {
			id = newRequestID()
		}
		w.Header().Set(RequestIDHeader, id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
	})
}

// RequestIDFrom returns the request ID that RequestID stored in ctx, or "" when
// ctx did not pass through RequestID.
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

func validRequestID(id string) bool {
	if len(id) == 0 || len(id) > maxRequestIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '_', c == '-':
		default:
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [16]byte
	// crypto/rand.Read never returns an error since Go 1.24; it crashes the
	// program if the system's randomness source fails.
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
