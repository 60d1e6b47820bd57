// Package middleware holds Podium's HTTP middleware: request IDs, access
// logging, panic recovery, security headers, gzip compression and request
// body limits. Each is a func(http.Handler) http.Handler or a constructor
// returning one; none keeps package-level state.
//
// The intended order on the root chi router, outermost first, is:
//
//	r.Use(middleware.RequestID)           // so every later log line carries the id
//	r.Use(middleware.AccessLog(logger))   // sees the final status, including the panic page
//	r.Use(httpMetrics.Middleware)
//	r.Use(middleware.SecurityHeaders(middleware.SecurityOptions{HSTS: cfg.HTTPS}))
//	r.Use(middleware.Compress)            // outside Recover, so the error page is compressed too
//	r.Use(middleware.Recover(logger, errorPage))
//	r.Use(middleware.LimitBody(1 << 20))
//
// AccessLog and the metrics middleware read the chi route pattern after the
// handler ran, so they must be installed with chi's Router.Use (or With or
// Group), not wrapped around the router from outside: outside it there is no
// route context and every request would be reported as "unmatched".
package middleware
