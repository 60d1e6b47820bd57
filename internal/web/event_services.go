package web

import (
	"github.com/podium-portal/podium/internal/eventadmin"
	"github.com/podium-portal/podium/internal/events"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
)

// The agenda's stores and service hold nothing but their connections, so
// the handlers make them as they need them rather than widening Server.

// eventStore reads events and registrations.
func (s *Server) eventStore() *events.Store { return events.NewStore(s.pool) }

// partnerStore reads partner profiles and their drafts.
func (s *Server) partnerStore() *partnerpkg.Store { return partnerpkg.NewStore(s.pool) }

// agenda performs the actions on partners, events and registrations, with
// their audit entries and mails.
func (s *Server) agenda() *eventadmin.Service {
	return eventadmin.New(s.pool, s.cfg.Jobs, s.cfg.BaseURL, s.logger)
}
