package web

import (
	"context"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// eventAttention lists events and partner profiles awaiting moderation.
func (s *Server) eventAttention(ctx context.Context) ([]views.AttentionSection, error) {
	l := i18n.LangFrom(ctx)
	queue, err := s.eventStore().ModerationQueue(ctx)
	if err != nil {
		return nil, err
	}
	drafts, err := s.partnerStore().PendingDrafts(ctx)
	if err != nil {
		return nil, err
	}
	evs := views.AttentionSection{Title: "dashboard.events.moderation", More: paths.Moderation(),
		MoreLabel: "dashboard.events.queue"}
	for _, sub := range queue {
		title, _ := sub.Content.Title(l)
		note := i18n.Tf(l, "dashboard.events.change", sub.Event.PartnerName, i18n.FormatDate(l, sub.SubmittedAt))
		if sub.New {
			note = i18n.Tf(l, "dashboard.events.new", sub.Event.PartnerName, i18n.FormatDate(l, sub.SubmittedAt))
		}
		evs.Items = append(evs.Items, views.AttentionItem{Label: title, URL: paths.ModerationEvent(sub.ID), Note: note})
	}
	profiles := views.AttentionSection{Title: "dashboard.events.profiles", More: paths.Moderation(),
		MoreLabel: "dashboard.events.queue"}
	for _, d := range drafts {
		profiles.Items = append(profiles.Items, views.AttentionItem{Label: d.Partner.Name,
			URL: paths.ModerationProfile(d.ID), Note: i18n.Tf(l, "dashboard.events.submitted", i18n.FormatDate(l, d.SubmittedAt))})
	}
	return []views.AttentionSection{evs, profiles}, nil
}
