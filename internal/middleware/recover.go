package middleware

import (
	"log/slog"
	"maps"
	"net/http"
	"runtime/debug"

	chimw "github.com/go-chi/chi/v5/middleware"
)

// Recover turns a panic in a later handler into a logged error and, when the
// response has not begun, into the page served by onPanic, which sets its own
// status (normally 500) and body. The log line, at error level, carries the
// panic value, the stack, the request ID, method and path.
//
// Headers the panicking handler had set (an ETag, a cookie, a Content-Type)
// are discarded before onPanic runs; headers set by earlier middleware stay.
//
// http.ErrAbortHandler is re-panicked untouched, as net/http expects. When the
// panic comes after the response has begun, Recover logs it and then panics
// with http.ErrAbortHandler, so the server cuts the connection and the client
// sees a truncated response rather than one that looks complete.
//
// Recover panics if onPanic is nil.
func Recover(logger *slog.Logger, onPanic http.Handler) func(http.Handler) http.Handler {
	if onPanic == nil {
		panic("middleware.Recover: onPanic is nil")
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			headerBefore := w.Header().Clone()
			ww := chimw.NewWrapResponseWriter(w, r.ProtoMajor)
			defer func() {
				v := recover()
				if v == nil {
					return
				}
				if v == http.ErrAbortHandler {
					panic(v)
				}
				logger.LogAttrs(r.Context(), slog.LevelError, "panic serving request",
					slog.Any("panic", v),
					slog.String("stack", string(debug.Stack())),
					slog.String("request_id", RequestIDFrom(r.Context())),
					slog.String("method", r.Method),
					slog.String("path", r.URL.Path),
				)
				if ww.Status() != 0 {
					panic(http.ErrAbortHandler)
				}
				h := w.Header()
				clear(h)
				maps.Copy(h, headerBefore)
				onPanic.ServeHTTP(w, r)
			}()
			next.ServeHTTP(ww, r)
		})
	}
}
