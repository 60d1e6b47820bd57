package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// auditPageSize is how many entries one page of the audit log shows.
const auditPageSize = 50

// listAudit shows the audit log, newest first, filtered by the query
// string: actor, action (prefix), type, record, from and to (days,
// Europe/Amsterdam, both inclusive), before (paging). A date it cannot
// read is shown at its field, with status 422 and no entries.
func (s *Server) listAudit(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	form := views.Form{Values: map[string]string{}, Errors: map[string]string{}}
	for _, name := range []string{"actor", "action", "type", "record", "from", "to"} {
		form.Values[name] = strings.TrimSpace(q.Get(name))
	}
	before, err := beforeParam(r)
	if err != nil {
		return err
	}
	f := audit.Filter{
		ActorEmail: form.Value("actor"),
		Action:     form.Value("action"),
		RecordType: form.Value("type"),
		RecordID:   form.Value("record"),
		BeforeID:   before,
		Limit:      auditPageSize + 1,
	}
	from, fromOK := parseDay(&form, "from")
	to, toOK := parseDay(&form, "to")
	if fromOK && toOK && !from.IsZero() && !to.IsZero() && to.Before(from) {
		form.SetError("to", "admin.audit.error.range")
	}
	f.From = from
	if !to.IsZero() {
		f.To = to.AddDate(0, 0, 1) // the filter's end is exclusive; the form's is the whole day
	}
	v := views.AdminAuditView{Filter: form}
	if form.HasErrors() {
		s.render(w, r, http.StatusUnprocessableEntity, views.AdminAuditPage(v))
		return nil
	}
	records, err := s.audit.List(r.Context(), f)
	if err != nil {
		return err
	}
	more := len(records) > auditPageSize
	records = records[:min(len(records), auditPageSize)]
	for _, rec := range records {
		v.Entries = append(v.Entries, auditEntry(rec))
	}
	if len(records) > 0 {
		v.Pager = pagerFor(r, "/admin/audit", more, records[len(records)-1].ID, "admin.audit.older")
	}
	s.render(w, r, http.StatusOK, views.AdminAuditPage(v))
	return nil
}

// parseDay reads the date field name (YYYY-MM-DD) as the start of that day
// in Europe/Amsterdam. Empty is the zero time; a malformed date marks the
// field and reports false.
func parseDay(form *views.Form, name string) (time.Time, bool) {
	v := form.Value(name)
	if v == "" {
		return time.Time{}, true
	}
	day, err := time.ParseInLocation(time.DateOnly, v, i18n.Amsterdam())
	if err != nil {
		form.SetError(name, "admin.audit.error.date")
		return time.Time{}, false
	}
	return day, true
}

// auditEntry turns a stored record into a row of the audit page.
func auditEntry(rec audit.Record) views.AdminAuditEntry {
	e := views.AdminAuditEntry{
		ID: rec.ID, At: rec.At, Actor: rec.ActorEmail, RemoteAddr: rec.RemoteAddr,
		Action: rec.Action, RecordType: rec.RecordType, RecordID: rec.RecordID, Summary: rec.Summary,
		Before: indentJSON(rec.Before), After: indentJSON(rec.After),
	}
	if rec.RecordType == "user" {
		if id, err := strconv.ParseInt(rec.RecordID, 10, 64); err == nil && id > 0 {
			e.RecordURL = views.AdminUserPath(id)
		}
	}
	return e
}

// indentJSON lays out JSON one field per line, for reading; it returns
// anything that is not JSON as it is.
func indentJSON(s string) string {
	if s == "" {
		return ""
	}
	var b bytes.Buffer
	if err := json.Indent(&b, []byte(s), "", "  "); err != nil {
		return s
	}
	return b.String()
}
