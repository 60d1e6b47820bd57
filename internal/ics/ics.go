// Package ics writes iCalendar files (RFC 5545): one event for a download
// or a mail attachment, or a feed of many.
//
// Every file carries METHOD:PUBLISH, also when attached to a mail.
// METHOD:REQUEST would make it a meeting invitation (iTIP, RFC 5546), which
// needs ORGANIZER and ATTENDEE properties and makes calendar clients send
// replies to the organiser; Podium's events are published, not negotiated.
// A cancellation is the same event (same UID) with STATUS:CANCELLED and a
// higher SEQUENCE, which clients apply to the copy they have.
//
// Times are written in Europe/Amsterdam with a VTIMEZONE definition
// (DTSTART;TZID=Europe/Amsterdam:20260312T140000), so a calendar shows the
// local time an event was announced in; DTSTAMP, CREATED and LAST-MODIFIED
// are in UTC as the RFC requires. Lines are folded at 75 octets without
// splitting a UTF-8 character and end in CRLF.
package ics

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/podium-portal/podium/internal/i18n"
)

// ProdID identifies Podium as the maker of the files.
const ProdID = "-//Podium//Podium agenda//NL"

// TZID is the time zone in which start and end are written.
const TZID = "Europe/Amsterdam"

// Status is an event's STATUS.
type Status string

// The statuses Podium uses.
const (
	StatusConfirmed Status = "CONFIRMED"
	StatusCancelled Status = "CANCELLED"
)

// Event is one VEVENT. UID, DTStamp, Start and End are required; the other
// fields are left out when empty.
type Event struct {
	// UID is globally unique and never changes for the event, for example
	// "<uuid>@podium.example.nl"; calendars match updates by it.
	UID string
	// Sequence is raised on every published change and on cancellation.
	Sequence int
	// DTStamp is when this version was made.
	DTStamp      time.Time
	Start, End   time.Time
	Summary      string
	Description  string // plain text; newlines are kept
	Location     string
	URL          string // absolute URL of the event's page
	Status       Status // StatusConfirmed when empty
	Created      time.Time
	LastModified time.Time
}

// EventFile returns a calendar file holding e alone, for /agenda/{slug}.ics
// and for mail attachments.
func EventFile(e Event) []byte { return Calendar("", e) }

// Calendar returns a calendar holding events; name, when set, is the
// calendar's display name (NAME and X-WR-CALNAME) for a subscribed feed.
func Calendar(name string, events ...Event) []byte {
	w := &writer{}
	w.prop("BEGIN", "VCALENDAR")
	w.prop("VERSION", "2.0")
	w.prop("PRODID", text(ProdID))
	w.prop("CALSCALE", "GREGORIAN")
	w.prop("METHOD", "PUBLISH")
	if name != "" {
		w.prop("NAME", text(name))
		w.prop("X-WR-CALNAME", text(name))
	}
	// The time zone is always defined: it is also the component that keeps
	// an empty feed valid (a calendar needs at least one component).
	w.raw(amsterdamTimezone)
	for _, e := range events {
		w.event(e)
	}
	w.prop("END", "VCALENDAR")
	return w.buf.Bytes()
}

// amsterdamTimezone is Europe/Amsterdam with the EU summer-time rules
// in force since 1996.
const amsterdamTimezone = "BEGIN:VTIMEZONE\r\n" +
	"TZID:Europe/Amsterdam\r\n" +
	"BEGIN:DAYLIGHT\r\n" +
	"TZOFFSETFROM:+0100\r\n" +
	"TZOFFSETTO:+0200\r\n" +
	"TZNAME:CEST\r\n" +
	"DTSTART:19810329T020000\r\n" +
	"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n" +
	"END:DAYLIGHT\r\n" +
	"BEGIN:STANDARD\r\n" +
	"TZOFFSETFROM:+0200\r\n" +
	"TZOFFSETTO:+0100\r\n" +
	"TZNAME:CET\r\n" +
	"DTSTART:19961027T030000\r\n" +
	"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n" +
	"END:STANDARD\r\n" +
	"END:VTIMEZONE\r\n"

type writer struct{ buf bytes.Buffer }

func (w *writer) raw(s string) { w.buf.WriteString(s) }

// prop writes one content line, name (with any parameters) and an already
// escaped value, folded at 75 octets: continuation lines start with a
// space, which counts towards their 75, and no UTF-8 sequence is split.
func (w *writer) prop(name, value string) {
	line := name + ":" + value
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		w.buf.WriteString(line[:cut])
		w.buf.WriteString("\r\n ")
		line = line[cut:]
		limit = 74
	}
	w.buf.WriteString(line)
	w.buf.WriteString("\r\n")
}

func (w *writer) event(e Event) {
	w.prop("BEGIN", "VEVENT")
	w.prop("UID", text(e.UID))
	w.prop("SEQUENCE", strconv.Itoa(max(e.Sequence, 0)))
	w.prop("DTSTAMP", utc(e.DTStamp))
	w.dateTime("DTSTART", e.Start)
	w.dateTime("DTEND", e.End)
	if !e.Created.IsZero() {
		w.prop("CREATED", utc(e.Created))
	}
	if !e.LastModified.IsZero() {
		w.prop("LAST-MODIFIED", utc(e.LastModified))
	}
	if e.Summary != "" {
		w.prop("SUMMARY", text(e.Summary))
	}
	if e.Description != "" {
		w.prop("DESCRIPTION", text(e.Description))
	}
	if e.Location != "" {
		w.prop("LOCATION", text(e.Location))
	}
	if u := uri(e.URL); u != "" {
		w.prop("URL", u)
	}
	status := e.Status
	if status == "" {
		status = StatusConfirmed
	}
	w.prop("STATUS", string(status))
	w.prop("TRANSP", "OPAQUE")
	w.prop("END", "VEVENT")
}

// dateTime writes t as local time in Europe/Amsterdam. The hour each
// autumn that occurs twice is ambiguous in local time: RFC 5545 (3.3.5)
// reads it as the first occurrence, but not every parser does, so a time in
// either occurrence is written in UTC instead.
func (w *writer) dateTime(name string, t time.Time) {
	const layout = "20060102T150405"
	wall := func(t time.Time) string { return t.In(i18n.Amsterdam()).Format(layout) }
	local := wall(t)
	if wall(t.Add(-time.Hour)) == local || wall(t.Add(time.Hour)) == local {
		w.prop(name, utc(t))
		return
	}
	w.prop(name+";TZID="+TZID, local)
}

func utc(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// text escapes a TEXT value: backslash, semicolon and comma get a
// backslash, a line break becomes \n, and other control characters, which
// TEXT may not hold, are dropped.
func text(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
		case r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// uri returns a URI value as is, minus characters that would end or break
// the line; URIs are not TEXT and take no backslash escapes.
func uri(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == ' ' {
			return -1
		}
		return r
	}, s)
}
