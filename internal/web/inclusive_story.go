package web

import (
	"net/http"
	"strings"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// storyInclusive checks the texts of the story form in l, for the story
// editor's "Check language" button ("do" = "check"): the quote, the intro
// and the interview, each linked to its field.
func (s *Server) storyInclusive(r *http.Request, form views.Form, l i18n.Lang) []views.InclusiveResult {
	ui := i18n.LangFrom(r.Context())
	out := []views.InclusiveResult{}
	for _, field := range []string{"quote", "intro", "body_markdown"} {
		text := form.Value(field)
		if strings.TrimSpace(text) == "" {
			continue
		}
		out = append(out, s.inclusiveResult("field-"+field, i18n.T(ui, "story.field."+field), l, text))
	}
	return out
}
