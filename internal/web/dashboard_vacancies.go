package web

import (
	"context"

	"github.com/podium-portal/podium/web/views"
)

// vacancyAttention lists vacancies closing soon.
func (s *Server) vacancyAttention(ctx context.Context) ([]views.AttentionSection, error) {
	return nil, nil
}
