package web

import (
	"net/http"
	"strings"

	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/web/views"
)

// outboxPageSize is how many mails one page of the outbox shows.
const outboxPageSize = 50

// listOutbox shows outgoing mail, newest first, filtered by ?status= and
// paged by ?before=. An unknown status is shown at its field with 422.
func (s *Server) listOutbox(w http.ResponseWriter, r *http.Request) error {
	form := views.Form{Values: map[string]string{"status": strings.TrimSpace(r.URL.Query().Get("status"))}}
	status := mail.Status(form.Value("status"))
	if status != "" && !status.Valid() {
		form.SetError("status", "admin.outbox.error.status")
	}
	before, err := beforeParam(r)
	if err != nil {
		return err
	}
	v := views.AdminOutboxView{Filter: form}
	if form.HasErrors() {
		s.render(w, r, http.StatusUnprocessableEntity, views.AdminOutboxPage(v))
		return nil
	}
	mails, err := s.outbox.List(r.Context(), mail.ListFilter{Status: status, Limit: outboxPageSize + 1, Before: before})
	if err != nil {
		return err
	}
	more := len(mails) > outboxPageSize
	mails = mails[:min(len(mails), outboxPageSize)]
	for _, m := range mails {
		v.Mails = append(v.Mails, views.AdminOutboxRow{ID: m.ID, CreatedAt: m.CreatedAt, To: m.To,
			Subject: m.Subject, Kind: m.Kind, Status: m.Status, Attempts: m.Attempts, LastError: m.LastError})
	}
	if len(mails) > 0 {
		v.Pager = pagerFor(r, "/admin/outbox", more, mails[len(mails)-1].ID, "admin.outbox.older")
	}
	s.render(w, r, http.StatusOK, views.AdminOutboxPage(v))
	return nil
}
