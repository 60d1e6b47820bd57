package web

import (
	"net/http"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// previewStory shows a story exactly as its public page will, whatever its
// status or consent, to signed-in editors: the public page's own template,
// in the story's language, with a notice that it is a preview.
func (s *Server) previewStory(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	story, err := s.editor.Preview(r.Context(), id)
	if err != nil {
		return err
	}
	ctx := i18n.WithLang(r.Context(), story.Lang)
	r = r.WithContext(ctx)
	related, err := s.stories.Related(ctx, story, relatedStories)
	if err != nil {
		return err
	}
	vacancies, err := s.stories.OpenVacancies(ctx, story.ID, story.Lang)
	if err != nil {
		return err
	}
	if err := s.fillPortraitVariants(ctx, append(summaryPortraits(related), story.Portrait)...); err != nil {
		return err
	}
	body, err := s.markdown.HTML(story.BodyMarkdown)
	if err != nil {
		return err
	}
	// The language switch leads to the translation's preview, if any.
	alt := paths.Stories(story.Lang.Other())
	group, err := s.stories.Translations(ctx, story.TranslationKey)
	if err != nil {
		return err
	}
	for _, tr := range group {
		if tr.Lang == story.Lang.Other() {
			alt = views.AdminStoryPath(tr.ID, "preview")
		}
	}
	s.render(w, r, http.StatusOK, views.StoryPage(views.StoryView{
		Meta: views.Meta{
			Title:       story.PersonName + ", " + story.Role,
			Description: story.Quote,
			AltURL:      alt,
			Section:     "stories",
		},
		Story:         story,
		BodyHTML:      body,
		Related:       related,
		Vacancies:     vacancies,
		PreviewNotice: "story.preview.notice",
	}))
	return nil
}
