package web

import (
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/web/views"
)

// relatedStories is how many related stories a story page shows.
const relatedStories = 3

// showStory renders one public story with its related stories and the
// open vacancies it links to; the language switch leads to its
// translation when there is one.
func (s *Server) showStory(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	l := i18n.LangFrom(ctx)
	slug := chi.URLParam(r, "slug")
	story, err := s.stories.PublishedBySlug(ctx, l, slug)
	if errors.Is(err, database.ErrNotFound) {
		// A renamed story keeps answering at its old address.
		switch current, rerr := s.stories.SlugRedirect(ctx, l, slug); {
		case rerr == nil:
			http.Redirect(w, r, paths.Story(l, current), http.StatusMovedPermanently)
			return nil
		case !errors.Is(rerr, database.ErrNotFound):
			return rerr
		}
	}
	if err != nil {
		return err
	}
	alt := paths.Stories(l.Other())
	switch slug, err := s.stories.TranslationSlug(ctx, story.TranslationKey, l.Other()); {
	case err == nil:
		alt = paths.Story(l.Other(), slug)
	case !errors.Is(err, database.ErrNotFound):
		return err
	}
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
	s.render(w, r, http.StatusOK, views.StoryPage(views.StoryView{
		Meta: views.Meta{
			Title:       story.PersonName + ", " + story.Role,
			Description: story.Quote,
			AltURL:      alt,
			Section:     "stories",
		},
		Story:     story,
		BodyHTML:  body,
		Related:   related,
		Vacancies: vacancies,
	}))
	return nil
}
