package web

import (
	"context"
	"net/http"

	"github.com/podium-portal/podium/web/views"
)

// attentionSource adds one area's waiting work to the dashboard.
type attentionSource func(ctx context.Context) ([]views.AttentionSection, error)

// showDashboard is the start page of the back office for staff: what
// needs attention in stories, events and vacancies.
func (s *Server) showDashboard(w http.ResponseWriter, r *http.Request) error {
	u, _ := currentUser(r)
	name := u.Name
	if name == "" {
		name = u.Email
	}
	v := views.DashboardView{Name: name}
	for _, source := range []attentionSource{s.storyAttention, s.eventAttention, s.vacancyAttention} {
		sections, err := source(r.Context())
		if err != nil {
			return err
		}
		v.Sections = append(v.Sections, sections...)
	}
	s.render(w, r, http.StatusOK, views.DashboardPage(v))
	return nil
}
