package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// The agenda keeps all its state in the query string, with parameter
// names and values in the page's language, so that every view, filter and
// page has a URL that can be shared, and the language switch leads to the
// same selection in the other language.

// agendaParams are the agenda's query parameters in one language.
type agendaParams struct {
	typ, province, format               string
	wheelchair, signLanguage, quietRoom string
	online, venue                       string // values of format
	month                               string
}

func agendaParamsFor(l i18n.Lang) agendaParams {
	if l == i18n.EN {
		return agendaParams{typ: "type", province: "province", format: "format",
			wheelchair: "wheelchair", signLanguage: "sign-language", quietRoom: "quiet-room",
			online: "online", venue: "venue", month: "month"}
	}
	return agendaParams{typ: "soort", province: "provincie", format: "vorm",
		wheelchair: "rolstoel", signLanguage: "gebarentolk", quietRoom: "stilteruimte",
		online: "online", venue: "locatie", month: "maand"}
}

// agendaQuery is the agenda's filter, independent of language.
type agendaQuery struct {
	Type     events.Type
	Province string
	// Format is "online", "venue" or "" for both.
	Format                              string
	Wheelchair, SignLanguage, QuietRoom bool
}

// parseAgendaQuery reads the filter of a request in l; an unknown type,
// province or format is errBadRequest.
func parseAgendaQuery(l i18n.Lang, q url.Values) (agendaQuery, error) {
	p := agendaParamsFor(l)
	a := agendaQuery{
		Type:         events.Type(q.Get(p.typ)),
		Province:     q.Get(p.province),
		Wheelchair:   q.Get(p.wheelchair) != "",
		SignLanguage: q.Get(p.signLanguage) != "",
		QuietRoom:    q.Get(p.quietRoom) != "",
	}
	if a.Type != "" && !a.Type.Valid() {
		return a, errBadRequest
	}
	if a.Province != "" && !events.ValidProvince(a.Province) {
		return a, errBadRequest
	}
	switch q.Get(p.format) {
	case "":
	case p.online:
		a.Format = "online"
	case p.venue:
		a.Format = "venue"
	default:
		return a, errBadRequest
	}
	return a, nil
}

// values are the filter's query parameters in l.
func (a agendaQuery) values(l i18n.Lang) url.Values {
	p := agendaParamsFor(l)
	v := url.Values{}
	if a.Type != "" {
		v.Set(p.typ, string(a.Type))
	}
	if a.Province != "" {
		v.Set(p.province, a.Province)
	}
	switch a.Format {
	case "online":
		v.Set(p.format, p.online)
	case "venue":
		v.Set(p.format, p.venue)
	}
	for _, b := range []struct {
		on   bool
		name string
	}{{a.Wheelchair, p.wheelchair}, {a.SignLanguage, p.signLanguage}, {a.QuietRoom, p.quietRoom}} {
		if b.on {
			v.Set(b.name, "on")
		}
	}
	return v
}

// filter is the store's filter for a.
func (a agendaQuery) filter() events.Filter {
	f := events.Filter{Type: a.Type, Province: a.Province, WheelchairAccessible: a.Wheelchair,
		SignLanguageInterpreter: a.SignLanguage, QuietRoom: a.QuietRoom}
	switch a.Format {
	case "online":
		f.Online = new(true)
	case "venue":
		f.Online = new(false)
	}
	return f
}

func (a agendaQuery) active() bool { return a != agendaQuery{} }

// url is path with the filter in l and the extra parameters, as a link.
func (a agendaQuery) url(l i18n.Lang, path string, extra ...string) string {
	v := a.values(l)
	for i := 0; i+1 < len(extra); i += 2 {
		if extra[i+1] != "" {
			v.Set(extra[i], extra[i+1])
		}
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

// form is the filter form of a page at action in l; month, when set,
// stays in the query as a hidden field.
func (a agendaQuery) form(l i18n.Lang, action, month string) views.AgendaFilter {
	p := agendaParamsFor(l)
	form := views.Form{Values: map[string]string{}}
	for k, vs := range a.values(l) {
		form.Values[k] = vs[0]
	}
	f := views.AgendaFilter{
		Action:   action,
		Form:     form,
		Type:     views.Field{Name: p.typ, Label: "agenda.filter.type"},
		Province: views.Field{Name: p.province, Label: "agenda.filter.province"},
		Format:   views.Field{Name: p.format, Label: "agenda.filter.format"},
		FormatOptions: []views.Option{
			{Value: "", Label: i18n.T(l, "agenda.filter.format.all")},
			{Value: p.online, Label: i18n.T(l, "agenda.filter.format.online")},
			{Value: p.venue, Label: i18n.T(l, "agenda.filter.format.venue")},
		},
		Provisions: []views.Field{
			{Name: p.wheelchair, Label: "event.provision.wheelchair"},
			{Name: p.signLanguage, Label: "event.provision.sign_language"},
			{Name: p.quietRoom, Label: "event.provision.quiet_room"},
		},
		Active:   a.active(),
		ClearURL: action,
	}
	if month != "" {
		f.Hidden = []views.Option{{Value: p.month, Label: month}}
		f.ClearURL = action + "?" + url.Values{p.month: {month}}.Encode()
	}
	return f
}

// parseMonth reads a month such as "2026-12"; "" is no month. Months far
// from now are errBadRequest, so that crawlers cannot walk forever.
func parseMonth(v string) (time.Time, bool, error) {
	if v == "" {
		return time.Time{}, false, nil
	}
	m, err := time.ParseInLocation("2006-01", v, i18n.Amsterdam())
	if err != nil || m.Year() < 2000 || m.Year() > 2100 {
		return time.Time{}, false, errBadRequest
	}
	return m, true, nil
}

func formatMonth(m time.Time) string { return m.Format("2006-01") }

// formatEventCursor writes a cursor as "<microseconds since 1970>-<id>";
// PostgreSQL keeps microseconds, so the cursor is exact.
func formatEventCursor(c events.Cursor) string {
	return strconv.FormatInt(c.StartsAt.UnixMicro(), 10) + "-" + strconv.FormatInt(c.ID, 10)
}

// parseEventCursor reads what formatEventCursor wrote; "" is no cursor.
func parseEventCursor(raw string) (*events.Cursor, error) {
	if raw == "" {
		return nil, nil
	}
	micros, id, ok := strings.Cut(raw, "-")
	if !ok {
		return nil, fmt.Errorf("cursor %q: no separator", raw)
	}
	us, err := strconv.ParseInt(micros, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("cursor %q: %w", raw, err)
	}
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return nil, fmt.Errorf("cursor %q: bad id", raw)
	}
	return &events.Cursor{StartsAt: time.UnixMicro(us), ID: n}, nil
}

// pageCursors reads ?after= and ?before=; both at once, or a malformed
// one, is errBadRequest.
func pageCursors(q url.Values) (after, before *events.Cursor, err error) {
	if after, err = parseEventCursor(q.Get("after")); err != nil {
		return nil, nil, errBadRequest
	}
	if before, err = parseEventCursor(q.Get("before")); err != nil || (after != nil && before != nil) {
		return nil, nil, errBadRequest
	}
	return after, before, nil
}
