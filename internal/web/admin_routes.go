package web

import "github.com/go-chi/chi/v5"

// adminRoutes registers the admins-only pages under /admin: users,
// settings, audit log and outbox. The caller has applied requireRole(admin).
func (s *Server) adminRoutes(r chi.Router) {
}
