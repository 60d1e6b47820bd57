package web

import (
	"context"

	"github.com/podium-portal/podium/web/views"
)

// eventAttention lists events and partner profiles awaiting moderation.
func (s *Server) eventAttention(ctx context.Context) ([]views.AttentionSection, error) {
	return nil, nil
}
