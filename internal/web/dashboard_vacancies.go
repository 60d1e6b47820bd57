package web

import (
	"context"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// closingSoonDays is how close its closing date brings an open vacancy
// onto the dashboard.
const closingSoonDays = 7

// vacancyAttention lists the open vacancies closing within closingSoonDays
// days, soonest first, and the drafts waiting to be published, most
// recently changed first.
func (s *Server) vacancyAttention(ctx context.Context) ([]views.AttentionSection, error) {
	l := i18n.LangFrom(ctx)
	closing, total, err := s.vacancies.ClosingWithin(ctx, closingSoonDays, attentionItems)
	if err != nil {
		return nil, err
	}
	drafts, err := s.vacancies.EditorList(ctx, vacancies.EditorQuery{Status: vacancies.StatusDraft, Limit: attentionItems})
	if err != nil {
		return nil, err
	}
	soon := views.AttentionSection{Title: "vacancy.attention.closing"}
	for _, v := range closing {
		soon.Items = append(soon.Items, vacancyAttentionItem(l, v, i18n.Tf(l, "vacancy.attention.closes", i18n.FormatDate(l, v.ClosingDate))))
	}
	if total > len(closing) {
		soon.More, soon.MoreLabel = "/admin/vacancies?status=published", "vacancy.attention.more"
	}
	waiting := views.AttentionSection{Title: "vacancy.attention.drafts"}
	for _, it := range drafts.Items {
		waiting.Items = append(waiting.Items, vacancyAttentionItem(l, it.Summary, i18n.Tf(l, "vacancy.attention.changed", i18n.FormatDate(l, it.UpdatedAt))))
	}
	if drafts.Next != nil {
		waiting.More, waiting.MoreLabel = "/admin/vacancies?status=draft", "vacancy.attention.more"
	}
	return []views.AttentionSection{soon, waiting}, nil
}

func vacancyAttentionItem(l i18n.Lang, v vacancies.Summary, note string) views.AttentionItem {
	return views.AttentionItem{
		Label: v.Title + " (" + i18n.T(l, "admin.lang."+string(v.Lang)) + ")",
		URL:   views.AdminVacancyPath(v.ID),
		Note:  note,
	}
}
