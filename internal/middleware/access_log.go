package middleware

import (
	"log/slog"
	"net/http"
	"time"

	chimw "github.com/go-chi/chi/v5/middleware"
)

// AccessLog logs one structured line per request once it has finished, with
// method, path (without the query string, which may carry tokens), route (the
// chi route pattern, or "unmatched"), status, bytes (as written to the
// client), duration_ms, request_id, remote, and user_agent. Responses with
// status 500 or above are logged at error level, everything else at info.
//
// A request whose handler panicked through AccessLog (http.ErrAbortHandler,
// or a panic after the response had begun) is still logged, at error level
// with aborted=true, and the panic continues on up.
func AccessLog(logger *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			// Captured now: handlers further down may rewrite r.URL.
			method, path := r.Method, r.URL.Path
			ww := chimw.NewWrapResponseWriter(w, r.ProtoMajor)
			returned := false
			defer func() {
				status := finalStatus(ww.Status(), returned)
				level := slog.LevelInfo
				if status >= http.StatusInternalServerError || !returned {
					level = slog.LevelError
				}
				attrs := []slog.Attr{
					slog.String("method", method),
					slog.String("path", path),
					slog.String("route", routePattern(r)),
					slog.Int("status", status),
					slog.Int("bytes", ww.BytesWritten()),
					slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000),
					slog.String("request_id", RequestIDFrom(r.Context())),
					slog.String("remote", r.RemoteAddr),
					slog.String("user_agent", r.UserAgent()),
				}
				if !returned {
					attrs = append(attrs, slog.Bool("aborted", true))
				}
				logger.LogAttrs(r.Context(), level, "http request", attrs...)
			}()
			next.ServeHTTP(ww, r)
			returned = true
		})
	}
}
