package events

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/ics"
)

func titles(list []Event) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.TitleNL)
	}
	return out
}

func TestUpcomingFilters(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	start := tomorrow()
	inPerson := content("Fysiek", start, nil)
	inPerson.WheelchairAccessible = true
	online := content("Online", start.Add(time.Hour), nil)
	online.Type = TypeTraining
	online.Online, online.OnlineURL = true, "https://meet.example.nl/x"
	online.VenueName, online.Address, online.City, online.Province = "", "", "", ""
	online.SignLanguageInterpreter = true
	hybrid := content("Hybride", start.Add(2*time.Hour), nil)
	hybrid.Online, hybrid.OnlineURL = true, "https://meet.example.nl/y"
	hybrid.Province = "utrecht"
	hybrid.QuietRoom, hybrid.WheelchairAccessible = true, true
	f.publish(t, f.a, inPerson)
	f.publish(t, f.b, online)
	f.publish(t, f.a, hybrid)
	f.publish(t, f.a, content("Voorbij", time.Now().Add(-5*time.Hour), nil))
	if _, err := f.s.Create(ctx, f.a, 0, content("Ingediend", start, nil)); err != nil {
		t.Fatal(err)
	}
	cancelled := f.publish(t, f.a, content("Afgelast", start, nil))
	if _, err := f.s.CancelEvent(ctx, cancelled.ID); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name string
		f    Filter
		want []string
	}{
		{"all", Filter{}, []string{"Fysiek", "Online", "Hybride"}},
		{"type", Filter{Type: TypeTraining}, []string{"Online"}},
		{"province", Filter{Province: "utrecht"}, []string{"Hybride"}},
		{"online", Filter{Online: ptr(true)}, []string{"Online", "Hybride"}},
		{"in person", Filter{Online: ptr(false)}, []string{"Fysiek", "Hybride"}},
		{"wheelchair", Filter{WheelchairAccessible: true}, []string{"Fysiek", "Hybride"}},
		{"sign language", Filter{SignLanguageInterpreter: true}, []string{"Online"}},
		{"quiet room and wheelchair", Filter{QuietRoom: true, WheelchairAccessible: true}, []string{"Hybride"}},
		{"partner", Filter{PartnerID: &f.b}, []string{"Online"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := f.s.Upcoming(ctx, ListQuery{Filter: tc.f})
			if err != nil {
				t.Fatal(err)
			}
			if got := titles(p.Events); !slices.Equal(got, tc.want) {
				t.Errorf("Upcoming = %v, want %v", got, tc.want)
			}
		})
	}
	arch, err := f.s.Archive(ctx, ListQuery{})
	if err != nil || !slices.Equal(titles(arch.Events), []string{"Voorbij"}) {
		t.Errorf("Archive = %v, %v", titles(arch.Events), err)
	}
	feed, err := f.s.Feed(ctx)
	if err != nil || !slices.Equal(titles(feed), []string{"Fysiek", "Afgelast", "Online", "Hybride"}) {
		t.Errorf("Feed = %v, %v; want upcoming ones with the cancelled one", titles(feed), err)
	}
}

func TestUpcomingKeysetPaging(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	base := tomorrow()
	for i := range 23 {
		// Three events share each start time, so the id breaks ties.
		f.publish(t, f.a, content(fmt.Sprintf("E%02d", i), base.Add(time.Duration(i/3)*time.Hour), nil))
	}
	var seen []string
	var pages []Page
	q := ListQuery{Limit: 5}
	for range 10 {
		p, err := f.s.Upcoming(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
		seen = append(seen, titles(p.Events)...)
		if p.Next == nil {
			break
		}
		q.After = p.Next
	}
	if len(seen) != 23 || !slices.IsSorted(seen) || len(pages) != 5 {
		t.Fatalf("walked %d pages: %v", len(pages), seen)
	}
	if pages[0].Prev != nil || pages[4].Next != nil || pages[1].Prev == nil {
		t.Error("Prev/Next cursors wrong at the ends")
	}
	// Back from the third page to the second.
	back, err := f.s.Upcoming(ctx, ListQuery{Limit: 5, Before: pages[2].Prev})
	if err != nil || !slices.Equal(titles(back.Events), titles(pages[1].Events)) {
		t.Errorf("Before = %v, want %v (%v)", titles(back.Events), titles(pages[1].Events), err)
	}

	// The archive walks backwards in time.
	arch, err := f.s.WithClock(func() time.Time { return base.Add(30 * time.Hour) }).Archive(ctx, ListQuery{Limit: 30})
	if err != nil || len(arch.Events) != 23 || arch.Events[0].TitleNL != "E22" || arch.Next != nil {
		t.Errorf("Archive = %v, %v", titles(arch.Events), err)
	}
}

func TestMonthView(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	ams := i18n.Amsterdam()
	year := time.Now().Year() + 1
	at := func(m time.Month, d, h int) time.Time { return time.Date(year, m, d, h, 0, 0, 0, ams) }
	// 31 March 23:30 Amsterdam is 21:30 UTC: in March, though UTC says so too;
	// 1 April 00:30 Amsterdam is 31 March 22:30 UTC: in April.
	lastOfMarch := content("Laat in maart", at(3, 31, 23).Add(30*time.Minute), nil)
	lastOfMarch.EndsAt = lastOfMarch.StartsAt.Add(20 * time.Minute)
	firstOfApril := content("Vroeg in april", at(4, 1, 0).Add(30*time.Minute), nil)
	across := content("Over de grens", at(3, 30, 10), nil)
	across.EndsAt = at(4, 2, 17)
	f.publish(t, f.a, lastOfMarch)
	f.publish(t, f.a, firstOfApril)
	f.publish(t, f.a, across)
	f.publish(t, f.a, content("Mei", at(5, 1, 12), nil))

	march, err := f.s.Month(ctx, year, time.March, Filter{})
	if err != nil || !slices.Equal(titles(march), []string{"Over de grens", "Laat in maart"}) {
		t.Errorf("March = %v, %v", titles(march), err)
	}
	april, err := f.s.Month(ctx, year, time.April, Filter{})
	if err != nil || !slices.Equal(titles(april), []string{"Over de grens", "Vroeg in april"}) {
		t.Errorf("April = %v, %v", titles(april), err)
	}
	if may, _ := f.s.Month(ctx, year, time.May, Filter{Type: TypeTraining}); len(may) != 0 {
		t.Errorf("May trainings = %v", titles(may))
	}
}

func TestPublicBySlugSeatsAndLanguage(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	c := content("Werkbezoek", tomorrow(), ptr(3))
	c.TitleEN = "Work visit"
	e := f.publish(t, f.a, c)
	f.registered(t, e.ID, 1)
	got, err := f.s.PublicBySlug(ctx, e.Slug)
	if err != nil {
		t.Fatal(err)
	}
	if got.Counts.Confirmed != 1 || got.Counts.SeatsLeft == nil || *got.Counts.SeatsLeft != 2 || got.Full() {
		t.Errorf("counts = %+v", got.Counts)
	}
	if got.PartnerName != "Netwerk A" || got.PartnerSlug != "netwerk-a" {
		t.Errorf("partner %q %q", got.PartnerName, got.PartnerSlug)
	}
	if title, l := got.Title(i18n.EN); title != "Work visit" || l != i18n.EN {
		t.Errorf("English title %q %s", title, l)
	}
	if desc, l := got.Description(i18n.EN); desc != "Een middag meelopen." || l != i18n.NL {
		t.Errorf("English description falls back to Dutch: %q %s", desc, l)
	}
	if !got.AcceptsRegistrations(time.Now()) || got.AcceptsRegistrations(got.StartsAt) {
		t.Error("AcceptsRegistrations")
	}
	if _, err := f.s.PublicBySlug(ctx, "bestaat-niet"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unknown slug: %v", err)
	}
	unlimited := f.publish(t, f.a, content("Onbeperkt", tomorrow(), nil))
	if got, _ := f.s.PublicBySlug(ctx, unlimited.Slug); got.Counts.SeatsLeft != nil || got.Full() {
		t.Errorf("unlimited event counts %+v", got.Counts)
	}
}

func TestSlugs(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	start := time.Date(2030, 3, 12, 23, 30, 0, 0, time.UTC) // 13 March in Amsterdam
	var slugs []string
	for range 3 {
		e, err := f.s.Create(ctx, f.a, 0, content("Één café-bezoek: Den Haag!", start, nil))
		if err != nil {
			t.Fatal(err)
		}
		slugs = append(slugs, e.Slug)
	}
	want := []string{"een-cafe-bezoek-den-haag-2030-03-13", "een-cafe-bezoek-den-haag-2030-03-13-2", "een-cafe-bezoek-den-haag-2030-03-13-3"}
	if !slices.Equal(slugs, want) {
		t.Errorf("slugs = %v, want %v", slugs, want)
	}
	for title, want := range map[string]string{
		"???":                       "evenement-2030-03-13",
		strings.Repeat("lang ", 30): strings.TrimSuffix(strings.Repeat("lang-", 12), "-") + "-2030-03-13",
		"Straße & Ĳssel":            "strasse-ijssel-2030-03-13",
	} {
		if got := baseSlug(title, start); got != want {
			t.Errorf("baseSlug(%q) = %q, want %q", title, got, want)
		}
	}
}

// The calendar file of an event, parsed by a real iCalendar parser, follows
// the event through a change and its cancellation.
func TestEventCalendarFile(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	c := content("Werkbezoek, met lunch; en meer", tomorrow(), nil)
	c.DescriptionNL = "Kom kijken.\nWe beginnen op tijd."
	e := f.publish(t, f.a, c)
	const page = "https://podium.example.nl/agenda/x"
	check := func(e Event, seq int, status ical.EventStatus) {
		t.Helper()
		cal, err := ical.NewDecoder(bytes.NewReader(ics.EventFile(e.CalendarEvent(i18n.NL, page, "podium.example.nl")))).Decode()
		if err != nil {
			t.Fatal(err)
		}
		evs := cal.Events()
		if len(evs) != 1 {
			t.Fatalf("%d events", len(evs))
		}
		ev := evs[0]
		if uid, _ := ev.Props.Text("UID"); uid != e.UID+"@podium.example.nl" {
			t.Errorf("UID = %q", uid)
		}
		if n, _ := ev.Props.Get("SEQUENCE").Int(); n != seq {
			t.Errorf("SEQUENCE = %d, want %d", n, seq)
		}
		if st, _ := ev.Status(); st != status {
			t.Errorf("STATUS = %q, want %q", st, status)
		}
		if s, err := ev.DateTimeStart(nil); err != nil || !s.Equal(e.StartsAt) {
			t.Errorf("DTSTART = %v, %v; want %v", s, err, e.StartsAt)
		}
		if sum, _ := ev.Props.Text("SUMMARY"); sum != e.TitleNL {
			t.Errorf("SUMMARY = %q", sum)
		}
		if loc, _ := ev.Props.Text("LOCATION"); loc != "Stadhuis, Spui 70, Den Haag" {
			t.Errorf("LOCATION = %q", loc)
		}
		if desc, _ := ev.Props.Text("DESCRIPTION"); desc != e.DescriptionNL+"\n\n"+page {
			t.Errorf("DESCRIPTION = %q", desc)
		}
		if u, err := ev.Props.URI("URL"); err != nil || u.String() != page {
			t.Errorf("URL = %v, %v", u, err)
		}
	}
	check(e, 0, ical.EventConfirmed)
	pe, err := f.s.Update(ctx, f.a, e.ID, 0, content("Werkbezoek", tomorrow().Add(time.Hour), nil))
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.s.Approve(ctx, pe.Pending.ID, f.editor)
	if err != nil {
		t.Fatal(err)
	}
	check(a.Event, 1, ical.EventConfirmed)
	cancelled, err := f.s.CancelEvent(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	check(cancelled.Event, 2, ical.EventCancelled)
}

func TestContentNormalize(t *testing.T) {
	start := time.Date(2030, 1, 1, 10, 0, 0, 0, time.UTC)
	valid := content("Titel", start, nil)
	for _, tc := range []struct {
		name   string
		change func(*Content)
		field  string
		code   string
	}{
		{"no type", func(c *Content) { c.Type = "" }, "type", CodeRequired},
		{"unknown type", func(c *Content) { c.Type = "party" }, "type", CodeRequired},
		{"no title", func(c *Content) { c.TitleNL = "  " }, "title_nl", CodeRequired},
		{"long title", func(c *Content) { c.TitleNL = strings.Repeat("é", MaxTitleLen+1) }, "title_nl", CodeTooLong},
		{"no start", func(c *Content) { c.StartsAt = time.Time{} }, "starts_at", CodeRequired},
		{"ends before start", func(c *Content) { c.EndsAt = c.StartsAt }, "ends_at", CodeEndsBeforeStart},
		{"online without link", func(c *Content) { c.Online = true }, "online_url", CodeRequired},
		{"online with bad link", func(c *Content) { c.Online, c.OnlineURL = true, "javascript:alert(1)" }, "online_url", CodeInvalid},
		{"no venue", func(c *Content) { c.VenueName = "" }, "venue_name", CodeRequired},
		{"no city", func(c *Content) { c.City = "" }, "city", CodeRequired},
		{"no province", func(c *Content) { c.Province = "" }, "province", CodeRequired},
		{"unknown province", func(c *Content) { c.Province = "brabant" }, "province", CodeInvalid},
		{"zero capacity", func(c *Content) { c.Capacity = ptr(0) }, "capacity", CodeInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := valid
			tc.change(&c)
			_, err := c.Normalize()
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Fields[tc.field] != tc.code {
				t.Errorf("err = %v, want %s on %s", err, tc.code, tc.field)
			}
		})
	}
	if _, err := valid.Normalize(); err != nil {
		t.Errorf("valid content refused: %v", err)
	}
	// Online only: no venue needed, and a link is dropped when not online.
	online := valid
	online.VenueName, online.Address, online.City, online.Province = "", "", "", ""
	online.Online, online.OnlineURL = true, " https://meet.example.nl/a "
	if c, err := online.Normalize(); err != nil || c.OnlineURL != "https://meet.example.nl/a" {
		t.Errorf("online event: %+v, %v", c, err)
	}
	offline := valid
	offline.OnlineURL = "https://meet.example.nl/a"
	if c, err := offline.Normalize(); err != nil || c.OnlineURL != "" {
		t.Errorf("link kept for an event that is not online: %q, %v", c.OnlineURL, err)
	}
}

func TestChanges(t *testing.T) {
	start := time.Date(2030, 6, 1, 8, 0, 0, 0, time.UTC)
	a := content("Titel", start, ptr(10))
	b := a
	b.StartsAt = start.Add(time.Hour)
	b.Capacity = nil
	b.QuietRoom = true
	got := Changes(a, b)
	want := []FieldChange{
		{"starts_at", "2030-06-01 10:00", "2030-06-01 11:00"},
		{"quiet_room", "false", "true"},
		{"capacity", "10", ""},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Changes = %+v, want %+v", got, want)
	}
	if len(Changes(a, a)) != 0 {
		t.Error("changes between equal versions")
	}
	if all := Changes(Content{}, a); len(all) < 10 {
		t.Errorf("a new event lists only %d fields", len(all))
	}
}
