package ics

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"github.com/podium-portal/podium/internal/i18n"
)

// parse decodes b with a real iCalendar parser and re-encodes the result,
// which runs the library's checks of required properties.
func parse(t *testing.T, b []byte) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, b)
	}
	if err := ical.NewEncoder(&bytes.Buffer{}).Encode(cal); err != nil {
		t.Fatalf("the parser's encoder refuses the calendar: %v", err)
	}
	return cal
}

// checkLines checks the physical form: CRLF endings, at most 75 octets per
// line, continuation lines starting with one space, whole UTF-8 sequences.
func checkLines(t *testing.T, b []byte) {
	t.Helper()
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Fatal("file does not end in CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
		if l == "" {
			t.Errorf("line %d is empty", i+1)
		}
	}
}

func prop(t *testing.T, c *ical.Component, name string) *ical.Prop {
	t.Helper()
	p := c.Props.Get(name)
	if p == nil {
		t.Fatalf("%s has no %s", c.Name, name)
	}
	return p
}

func textProp(t *testing.T, c *ical.Component, name string) string {
	t.Helper()
	s, err := prop(t, c, name).Text()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func TestEventFileHasEveryProperty(t *testing.T) {
	ams := i18n.Amsterdam()
	desc := strings.Repeat("Één werkbezoek, met koffie; en \\ \"quotes\" — Привет 🎉 ", 12) + "\nTweede regel\r\nDerde regel"
	e := Event{
		UID:          "0b9f6c1e-8a53-4c1f-9d7e-2f7f6a1d2c3b@podium.example.nl",
		Sequence:     3,
		DTStamp:      time.Date(2026, 2, 1, 9, 30, 15, 0, time.UTC),
		Start:        time.Date(2026, 3, 12, 14, 0, 0, 0, ams),
		End:          time.Date(2026, 7, 12, 16, 30, 0, 0, ams), // across the change to summer time
		Summary:      "Werkbezoek: politie, OM; en meer",
		Description:  desc,
		Location:     "Stadhuis, Spui 70, Den Haag",
		URL:          "https://podium.example.nl/agenda/werkbezoek-2026-03-12?a=1,2",
		Created:      time.Date(2026, 1, 20, 8, 0, 0, 0, time.UTC),
		LastModified: time.Date(2026, 2, 1, 9, 30, 15, 0, time.UTC),
	}
	b := EventFile(e)
	checkLines(t, b)
	cal := parse(t, b)

	for name, want := range map[string]string{"VERSION": "2.0", "PRODID": ProdID, "METHOD": "PUBLISH", "CALSCALE": "GREGORIAN"} {
		if got := prop(t, cal.Component, name).Value; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	var tz int
	for _, c := range cal.Children {
		if c.Name == ical.CompTimezone {
			tz++
			if got := prop(t, c, "TZID").Value; got != TZID {
				t.Errorf("VTIMEZONE TZID = %q", got)
			}
		}
	}
	if tz != 1 {
		t.Errorf("%d VTIMEZONE components, want 1", tz)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d events, want 1", len(events))
	}
	ev := events[0].Component

	if got := textProp(t, ev, "UID"); got != e.UID {
		t.Errorf("UID = %q", got)
	}
	if n, err := prop(t, ev, "SEQUENCE").Int(); err != nil || n != 3 {
		t.Errorf("SEQUENCE = %d, %v", n, err)
	}
	for name, want := range map[string]time.Time{"DTSTAMP": e.DTStamp, "CREATED": e.Created, "LAST-MODIFIED": e.LastModified} {
		p := prop(t, ev, name)
		if !strings.HasSuffix(p.Value, "Z") {
			t.Errorf("%s %q is not UTC", name, p.Value)
		}
		got, err := p.DateTime(nil)
		if err != nil || !got.Equal(want) {
			t.Errorf("%s = %v, %v; want %v", name, got, err, want)
		}
	}
	for name, want := range map[string]time.Time{"DTSTART": e.Start, "DTEND": e.End} {
		p := prop(t, ev, name)
		if got := p.Params.Get("TZID"); got != TZID {
			t.Errorf("%s TZID = %q", name, got)
		}
		got, err := p.DateTime(time.UTC)
		if err != nil || !got.Equal(want) {
			t.Errorf("%s = %v, %v; want %v", name, got, err, want)
		}
	}
	if !strings.Contains(string(b), "DTSTART;TZID=Europe/Amsterdam:20260312T140000\r\n") ||
		!strings.Contains(string(b), "DTEND;TZID=Europe/Amsterdam:20260712T163000\r\n") {
		t.Errorf("local times not written as announced:\n%s", b)
	}
	if got := textProp(t, ev, "SUMMARY"); got != e.Summary {
		t.Errorf("SUMMARY = %q", got)
	}
	wantDesc := strings.ReplaceAll(desc, "\r\n", "\n")
	if got := textProp(t, ev, "DESCRIPTION"); got != wantDesc {
		t.Errorf("DESCRIPTION = %q\nwant %q", got, wantDesc)
	}
	if got := textProp(t, ev, "LOCATION"); got != e.Location {
		t.Errorf("LOCATION = %q", got)
	}
	if u, err := ev.Props.URI("URL"); err != nil || u.String() != e.URL {
		t.Errorf("URL = %v, %v", u, err)
	}
	if st, err := events[0].Status(); err != nil || st != ical.EventConfirmed {
		t.Errorf("STATUS = %q, %v", st, err)
	}
	// The long description was folded; the escapes survived folding.
	if !strings.Contains(string(b), "\r\n ") {
		t.Error("nothing was folded")
	}
	if !strings.Contains(string(b), `Één werkbezoek\, met koffie\; en \\ "quotes"`) {
		t.Errorf("escaping missing:\n%s", b)
	}
}

func TestCalendarFeedWithCancelledEvent(t *testing.T) {
	ams := i18n.Amsterdam()
	start := time.Date(2026, 5, 4, 19, 0, 0, 0, ams)
	a := Event{UID: "a@h", DTStamp: start.Add(-time.Hour), Start: start, End: start.Add(2 * time.Hour), Summary: "A"}
	b := Event{UID: "b@h", Sequence: 2, DTStamp: start, Start: start.Add(24 * time.Hour),
		End: start.Add(26 * time.Hour), Summary: "B", Status: StatusCancelled}
	out := Calendar("Agenda, Podium", a, b)
	checkLines(t, out)
	cal := parse(t, out)
	if got := textProp(t, cal.Component, "X-WR-CALNAME"); got != "Agenda, Podium" {
		t.Errorf("X-WR-CALNAME = %q", got)
	}
	events := cal.Events()
	if len(events) != 2 {
		t.Fatalf("%d events", len(events))
	}
	wantStatus := map[string]ical.EventStatus{"a@h": ical.EventConfirmed, "b@h": ical.EventCancelled}
	for _, ev := range events {
		uid := textProp(t, ev.Component, "UID")
		if st, err := ev.Status(); err != nil || st != wantStatus[uid] {
			t.Errorf("%s: STATUS = %q, %v", uid, st, err)
		}
	}
	if n, _ := prop(t, events[1].Component, "SEQUENCE").Int(); n != 2 {
		t.Errorf("SEQUENCE = %d, want 2", n)
	}
}

func TestEmptyCalendarIsValid(t *testing.T) {
	out := Calendar("Leeg")
	checkLines(t, out)
	cal := parse(t, out)
	if len(cal.Events()) != 0 {
		t.Error("events in an empty calendar")
	}
}

func TestAmbiguousAutumnHour(t *testing.T) {
	// On 25 October 2026 02:30 happens twice in Amsterdam: 00:30 and 01:30 UTC.
	first := time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC)
	second := time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC)
	out := Calendar("", Event{UID: "x@h", DTStamp: first, Start: first, End: second},
		Event{UID: "y@h", DTStamp: first, Start: second, End: second.Add(time.Hour)})
	cal := parse(t, out)
	want := map[string][2]time.Time{"x@h": {first, second}, "y@h": {second, second.Add(time.Hour)}}
	for _, ev := range cal.Events() {
		uid := textProp(t, ev.Component, "UID")
		s, err1 := ev.DateTimeStart(time.UTC)
		e, err2 := ev.DateTimeEnd(time.UTC)
		if err1 != nil || err2 != nil || !s.Equal(want[uid][0]) || !e.Equal(want[uid][1]) {
			t.Errorf("%s: %v–%v (%v, %v), want %v", uid, s, e, err1, err2, want[uid])
		}
	}
}

func TestFoldingNeverSplitsCharacters(t *testing.T) {
	// Every offset of a multi-byte character against the fold boundary.
	for pad := range 8 {
		summary := strings.Repeat("x", pad) + strings.Repeat("€ë🎉", 40)
		out := EventFile(Event{UID: "u@h", DTStamp: time.Unix(0, 0), Start: time.Unix(3600, 0),
			End: time.Unix(7200, 0), Summary: summary})
		checkLines(t, out)
		cal := parse(t, out)
		if got := textProp(t, cal.Events()[0].Component, "SUMMARY"); got != summary {
			t.Fatalf("pad %d: SUMMARY = %q", pad, got)
		}
	}
}

func TestTextDropsControlCharacters(t *testing.T) {
	if got := text("a\x00b\x1bc\td"); got != "abc\td" {
		t.Errorf("text = %q", got)
	}
	if got := uri("https://x.nl/a b\r\n"); got != "https://x.nl/ab" {
		t.Errorf("uri = %q", got)
	}
}
