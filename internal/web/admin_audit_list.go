package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
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
	existing, err := s.audit.Existing(r.Context(), records)
	if err != nil {
		return err
	}
	for _, rec := range records {
		v.Entries = append(v.Entries, auditEntry(rec, existing))
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

// auditRecordPage returns the back-office page of a record of
// recordType, for the types the audit log links to; ok is false for the
// others (settings, mails).
func auditRecordPage(recordType string) (page func(id int64) string, ok bool) {
	switch recordType {
	case "story":
		return func(id int64) string { return views.AdminStoryPath(id) }, true
	case "image":
		return views.AdminMediaPath, true
	case "user":
		return views.AdminUserPath, true
	case "vacancy":
		return func(id int64) string { return paths.AdminVacancy(id) }, true
	case "event":
		return paths.AdminEvent, true
	case "partner":
		return paths.AdminPartner, true
	}
	return nil, false
}

// auditEntry turns a stored record into a row of the audit page; the
// record links to its back-office page when it has one and still exists.
func auditEntry(rec audit.Record, existing map[audit.RecordRef]bool) views.AdminAuditEntry {
	e := views.AdminAuditEntry{
		ID: rec.ID, At: rec.At, Actor: rec.ActorEmail, RemoteAddr: rec.RemoteAddr,
		Action: rec.Action, RecordType: rec.RecordType, RecordID: rec.RecordID, Summary: rec.Summary,
		Before: indentJSON(rec.Before), After: indentJSON(rec.After),
	}
	if ref, ok := rec.Ref(); ok && existing[ref] {
		if page, ok := auditRecordPage(ref.Type); ok {
			e.RecordURL = page(ref.ID)
		}
	}
	e.SummaryParts = auditSummaryParts(rec.Summary, existing)
	return e
}

// auditSummaryParts splits summary into text and the stories and images
// it mentions, each linked to its page while it exists.
func auditSummaryParts(summary string, existing map[audit.RecordRef]bool) []views.AuditSummaryPart {
	var parts []views.AuditSummaryPart
	last := 0
	for _, m := range audit.Mentions(summary) {
		page, ok := auditRecordPage(m.Type)
		if !ok || !existing[m.RecordRef] {
			continue
		}
		if m.Start > last {
			parts = append(parts, views.AuditSummaryPart{Text: summary[last:m.Start]})
		}
		parts = append(parts, views.AuditSummaryPart{Text: summary[m.Start:m.End], URL: page(m.ID)})
		last = m.End
	}
	if last < len(summary) {
		parts = append(parts, views.AuditSummaryPart{Text: summary[last:]})
	}
	return parts
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
