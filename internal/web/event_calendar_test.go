package web

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
)

// evCalendar fetches path and parses it with a real iCalendar parser.
func (s *testSite) evCalendar(path string) (*ical.Calendar, *http.Response) {
	s.t.Helper()
	resp := s.get(path)
	if resp.StatusCode != http.StatusOK {
		s.t.Fatalf("GET %s: %d", path, resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
		s.t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	cal, err := ical.NewDecoder(strings.NewReader(string(body))).Decode()
	if err != nil {
		s.t.Fatalf("GET %s does not parse: %v\n%s", path, err, body)
	}
	return cal, resp
}

// evVEvent is the one event of cal with uid.
func evVEvent(t *testing.T, cal *ical.Calendar, uid string) ical.Event {
	t.Helper()
	for _, e := range cal.Events() {
		if p := e.Props.Get(ical.PropUID); p != nil && p.Value == uid {
			return e
		}
	}
	t.Fatalf("no VEVENT with UID %s", uid)
	return ical.Event{}
}

// evProp is the value of property name of e, TEXT values unescaped.
func evProp(t *testing.T, e ical.Event, name string) string {
	t.Helper()
	p := e.Props.Get(name)
	if p == nil {
		t.Fatalf("VEVENT has no %s", name)
	}
	if name == ical.PropSummary || name == ical.PropDescription || name == ical.PropLocation {
		text, err := p.Text()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return text
	}
	return p.Value
}

func TestEventCalendarFilesParse(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	p := site.evPartner("netwerk-ics", "Netwerk ICS")
	// A summer date and a winter date, so both offsets are checked.
	summer := time.Date(time.Now().Year()+1, 7, 10, 14, 0, 0, 0, i18n.Amsterdam())
	winter := time.Date(time.Now().Year()+1, 1, 15, 9, 30, 0, 0, i18n.Amsterdam())
	e := site.evPublish(&p.ID, evContent("Werkbezoek, met komma; en puntkomma", summer, nil))
	other := site.evPublish(nil, evContent("Netwerkbijeenkomst", winter, nil))
	host := strings.Split(strings.TrimPrefix(site.http.URL, "http://"), ":")[0]
	uid := e.UID + "@" + host

	cal, resp := site.evCalendar("/agenda/" + e.Slug + ".ics")
	if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, e.Slug+".ics") {
		t.Errorf("Content-Disposition %q", cd)
	}
	if len(cal.Events()) != 1 {
		t.Fatalf("%d events in the file", len(cal.Events()))
	}
	ve := evVEvent(t, cal, uid)
	if got := evProp(t, ve, ical.PropSummary); got != "Werkbezoek, met komma; en puntkomma" {
		t.Errorf("SUMMARY %q", got)
	}
	if evProp(t, ve, ical.PropSequence) != "0" || evProp(t, ve, ical.PropStatus) != "CONFIRMED" {
		t.Errorf("SEQUENCE %s STATUS %s", evProp(t, ve, ical.PropSequence), evProp(t, ve, ical.PropStatus))
	}
	if _, err := ve.Props.DateTime(ical.PropDateTimeStamp, time.UTC); err != nil {
		t.Errorf("DTSTAMP: %v", err)
	}
	start, err := ve.DateTimeStart(time.UTC)
	if err != nil || !start.Equal(summer) {
		t.Errorf("DTSTART %v (%v), want %v", start, err, summer)
	}
	if tz := ve.Props.Get(ical.PropDateTimeStart).Params.Get(ical.ParamTimezoneID); tz != "Europe/Amsterdam" {
		t.Errorf("DTSTART TZID %q", tz)
	}
	if end, err := ve.DateTimeEnd(time.UTC); err != nil || !end.Equal(summer.Add(2*time.Hour)) {
		t.Errorf("DTEND %v (%v)", end, err)
	}
	if got := evProp(t, ve, ical.PropURL); got != site.http.URL+"/agenda/"+e.Slug {
		t.Errorf("URL %q", got)
	}
	// English file: English title, URL of the English page, same UID.
	enCal, _ := site.evCalendar("/en/events/" + e.Slug + ".ics")
	enEvent := evVEvent(t, enCal, uid)
	if evProp(t, enEvent, ical.PropSummary) != "Werkbezoek, met komma; en puntkomma (en)" ||
		evProp(t, enEvent, ical.PropURL) != site.http.URL+"/en/events/"+e.Slug {
		t.Errorf("English file: %q %q", evProp(t, enEvent, ical.PropSummary), evProp(t, enEvent, ical.PropURL))
	}

	// Conditional requests are answered with 304.
	if got := site.get("/agenda/"+e.Slug+".ics", "If-None-Match", resp.Header.Get("ETag")).StatusCode; got != http.StatusNotModified {
		t.Errorf("If-None-Match: %d", got)
	}

	// A published change raises SEQUENCE and keeps the UID.
	ctx := context.Background()
	st := events.NewStore(site.pool)
	changed := e.Content
	changed.StartsAt, changed.EndsAt = summer.Add(time.Hour), summer.Add(3*time.Hour)
	pe, err := st.Update(ctx, p.ID, e.ID, 0, changed)
	if err != nil {
		t.Fatal(err)
	}
	// While the change waits for moderation, calendars keep the approved
	// version.
	cal, _ = site.evCalendar("/agenda/" + e.Slug + ".ics")
	ve = evVEvent(t, cal, uid)
	if start, _ := ve.DateTimeStart(time.UTC); !start.Equal(summer) || evProp(t, ve, ical.PropSequence) != "0" {
		t.Errorf("during moderation DTSTART %v SEQUENCE %s, want the approved version", start, evProp(t, ve, ical.PropSequence))
	}
	if _, err := st.Approve(ctx, pe.Pending.ID, site.evEditor()); err != nil {
		t.Fatal(err)
	}
	cal, _ = site.evCalendar("/agenda/" + e.Slug + ".ics")
	ve = evVEvent(t, cal, uid)
	if evProp(t, ve, ical.PropSequence) != "1" {
		t.Errorf("after a change SEQUENCE is %s, want 1", evProp(t, ve, ical.PropSequence))
	}
	if start, _ := ve.DateTimeStart(time.UTC); !start.Equal(summer.Add(time.Hour)) {
		t.Errorf("after a change DTSTART is %v", start)
	}

	// Cancelled: STATUS:CANCELLED, SEQUENCE raised again, also in the feed.
	if _, err := st.CancelEvent(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	cal, _ = site.evCalendar("/agenda/" + e.Slug + ".ics")
	ve = evVEvent(t, cal, uid)
	if evProp(t, ve, ical.PropStatus) != "CANCELLED" || evProp(t, ve, ical.PropSequence) != "2" {
		t.Errorf("cancelled: STATUS %s SEQUENCE %s", evProp(t, ve, ical.PropStatus), evProp(t, ve, ical.PropSequence))
	}

	feed, resp := site.evCalendar("/feeds/events.ics")
	if len(feed.Events()) != 2 {
		t.Fatalf("feed has %d events, want 2", len(feed.Events()))
	}
	if got := evProp(t, evVEvent(t, feed, uid), ical.PropStatus); got != "CANCELLED" {
		t.Errorf("feed: cancelled event has STATUS %s", got)
	}
	w := evVEvent(t, feed, other.UID+"@"+host)
	if start, err := w.DateTimeStart(time.UTC); err != nil || !start.Equal(winter) {
		t.Errorf("feed: winter DTSTART %v (%v), want %v", start, err, winter)
	}
	if evProp(t, w, ical.PropURL) != site.http.URL+"/agenda/"+other.Slug {
		t.Errorf("feed URL %q", evProp(t, w, ical.PropURL))
	}
	if name := feed.Props.Get("X-WR-CALNAME"); name == nil || !strings.Contains(name.Value, "Agenda") {
		t.Errorf("feed name %v", name)
	}
	if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "inline") {
		t.Errorf("feed Content-Disposition %q", cd)
	}
	enFeed, _ := site.evCalendar("/feeds/events.ics?lang=en")
	if evProp(t, evVEvent(t, enFeed, other.UID+"@"+host), ical.PropSummary) != "Netwerkbijeenkomst (en)" {
		t.Error("English feed is not in English")
	}
}
