package web

import (
	"context"

	"github.com/podium-portal/podium/web/views"
)

// storyAttention lists stories awaiting review and consents expiring within 30 days.
func (s *Server) storyAttention(ctx context.Context) ([]views.AttentionSection, error) {
	return nil, nil
}
