package web

import (
	"errors"
	"net/http"

	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// changeVacancyStatus returns the handler of a workflow step: publish
// (also reopening a closed vacancy), close, archive, or back to draft
// ("draft"). A step that cannot be taken (publishing after the closing
// date, a step the workflow does not allow from the current status) shows
// the editor again with the reason at the step's button (422).
func (s *Server) changeVacancyStatus(to vacancies.Status) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		v, err := s.vacancyFromURL(r)
		if err != nil {
			return err
		}
		changed, err := s.vacancyAdmin.SetStatus(r.Context(), actor(r), v.ID, to)
		var fe vacancies.FieldErrors
		var step views.Form
		switch {
		case err == nil:
			flash := "vacancy.flash." + string(to)
			if !changed {
				flash = "vacancy.flash.unchanged"
			}
			return s.redirectWithFlash(w, r, views.AdminVacancyPath(v.ID), flash)
		case errors.As(err, &fe):
			for _, key := range fe {
				step.SetError(stepName(to), key)
			}
		case errors.Is(err, vacancies.ErrTransition):
			step.SetError(stepName(to), "vacancy.error.transition")
		default:
			return err
		}
		return s.renderVacancyEditor(w, r, http.StatusUnprocessableEntity, v, vacancyEditorState{action: step})
	}
}

// stepName is the name of the workflow step that leads to status to, the
// field its error is shown at.
func stepName(to vacancies.Status) string {
	switch to {
	case vacancies.StatusPublished:
		return "publish"
	case vacancies.StatusClosed:
		return "close"
	case vacancies.StatusArchived:
		return "archive"
	}
	return "draft"
}
