package web

import (
	"net/http"
	"strconv"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// showStatement renders a statement page whose title and paragraphs are
// the catalogue keys key+".title" and key+".p1" … key+".pN".
func (s *Server) showStatement(key string, paragraphs int, altURL func(i18n.Lang) string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		l := i18n.LangFrom(r.Context())
		v := views.StatementView{Meta: views.Meta{Title: i18n.T(l, key+".title"), AltURL: altURL(l.Other())}}
		for i := 1; i <= paragraphs; i++ {
			v.Paragraphs = append(v.Paragraphs, i18n.T(l, key+".p"+strconv.Itoa(i)))
		}
		s.render(w, r, http.StatusOK, views.StatementPage(v))
		return nil
	}
}
