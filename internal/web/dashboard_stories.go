package web

import (
	"context"
	"slices"
	"time"

	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// attentionItems is how many stories one dashboard section lists; its
// "more" link leads to all of them.
const attentionItems = 10

// storyAttention lists stories awaiting review, consents expiring within
// editorial.WarnDays days (or expired) and planned publications.
func (s *Server) storyAttention(ctx context.Context) ([]views.AttentionSection, error) {
	l := i18n.LangFrom(ctx)
	review, err := s.stories.EditorList(ctx, stories.EditorQuery{Status: stories.StatusInReview, PerPage: attentionItems})
	if err != nil {
		return nil, err
	}
	expiring, err := s.stories.EditorList(ctx, stories.EditorQuery{ConsentExpiresWithin: editorial.WarnDays, PerPage: attentionItems})
	if err != nil {
		return nil, err
	}
	scheduled, err := s.stories.EditorList(ctx, stories.EditorQuery{Scheduled: true, PerPage: attentionItems})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(scheduled.Stories, func(a, b stories.EditorSummary) int { return a.ScheduledAt.Compare(*b.ScheduledAt) })

	today := stories.Today()
	sections := []views.AttentionSection{
		attentionSection("story.attention.review", "story.attention.review.none", "/admin/stories?status=in_review",
			review, l, func(s stories.EditorSummary) string {
				return i18n.Tf(l, "story.attention.changed", i18n.FormatDate(l, s.UpdatedAt))
			}),
		attentionSection("story.attention.consent", "", "/admin/stories?expiring=on", expiring, l,
			func(s stories.EditorSummary) string {
				if s.ConsentExpiresOn.Before(today) {
					return i18n.Tf(l, "story.attention.expired", i18n.FormatDate(l, *s.ConsentExpiresOn))
				}
				return i18n.Tf(l, "story.attention.expires", i18n.FormatDate(l, *s.ConsentExpiresOn))
			}),
		attentionSection("story.attention.scheduled", "", "/admin/stories?scheduled=on", scheduled, l,
			func(s stories.EditorSummary) string {
				return i18n.Tf(l, "story.attention.planned", formatDateTime(l, *s.ScheduledAt))
			}),
	}
	return sections, nil
}

// attentionSection turns a page of the story list into a dashboard
// section whose items link to the stories' edit pages, with note's text.
func attentionSection(title, empty, more string, page stories.EditorPage, l i18n.Lang,
	note func(stories.EditorSummary) string) views.AttentionSection {
	sec := views.AttentionSection{Title: title, Empty: empty}
	for _, st := range page.Stories {
		sec.Items = append(sec.Items, views.AttentionItem{
			Label: st.PersonName + " (" + i18n.T(l, "admin.lang."+string(st.Lang)) + ")",
			URL:   views.AdminStoryPath(st.ID),
			Note:  note(st),
		})
	}
	if page.Total > len(page.Stories) {
		sec.More, sec.MoreLabel = more, "story.attention.more"
	}
	return sec
}

// formatDateTime writes a moment as day and time in Europe/Amsterdam.
func formatDateTime(l i18n.Lang, t time.Time) string {
	return i18n.FormatDate(l, t) + " " + t.In(i18n.Amsterdam()).Format("15:04")
}
