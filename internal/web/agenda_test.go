package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
)

// evTitles lists the titles of the event cards on a page.
func evTitles(doc *goquery.Document) []string {
	var out []string
	doc.Find(".event-card__title a").Each(func(_ int, s *goquery.Selection) {
		out = append(out, strings.TrimSpace(s.Text()))
	})
	return out
}

func evHas(list []string, title string) bool {
	for _, s := range list {
		if s == title {
			return true
		}
	}
	return false
}

func TestAgendaShowsOnlyPublicUpcomingEventsWithFilters(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	p := site.evPartner("netwerk-a", "Netwerk A")

	visit := evContent("Werkbezoek Den Haag", evSoon(3), new(20))
	site.evPublish(&p.ID, visit)

	training := evContent("Training onbewuste vooroordelen", evSoon(4), nil)
	training.Type, training.Online, training.OnlineURL = events.TypeTraining, true, "https://meet.example.org/t"
	training.VenueName, training.Address, training.City, training.Province = "", "", "", ""
	training.WheelchairAccessible, training.SignLanguageInterpreter = false, true
	site.evPublish(nil, training)

	quiet := evContent("Meeloopdag Groningen", evSoon(5), nil)
	quiet.Type, quiet.Province, quiet.City, quiet.QuietRoom = events.TypeOpenDay, "groningen", "Groningen", true
	site.evPublish(&p.ID, quiet)

	ctx := context.Background()
	st := events.NewStore(site.pool)
	if _, err := st.Create(ctx, p.ID, 0, evContent("Nog niet goedgekeurd", evSoon(3), nil)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateDraft(ctx, p.ID, 0, evContent("Concept", evSoon(3), nil)); err != nil {
		t.Fatal(err)
	}
	past := site.evPublish(&p.ID, evContent("Werkbezoek vorig jaar", evSoon(2), nil))
	if _, err := site.pool.Exec(ctx, `UPDATE events SET starts_at = now() - interval '400 days',
		ends_at = now() - interval '399 days' WHERE id = $1`, past.ID); err != nil {
		t.Fatal(err)
	}

	all := evTitles(site.evPage("/agenda", http.StatusOK))
	for _, want := range []string{"Werkbezoek Den Haag", "Training onbewuste vooroordelen", "Meeloopdag Groningen"} {
		if !evHas(all, want) {
			t.Errorf("/agenda lacks %q: %v", want, all)
		}
	}
	for _, hidden := range []string{"Nog niet goedgekeurd", "Concept", "Werkbezoek vorig jaar"} {
		if evHas(all, hidden) {
			t.Errorf("/agenda shows %q", hidden)
		}
	}
	if !evHas(evTitles(site.evPage("/agenda/archief", http.StatusOK)), "Werkbezoek vorig jaar") {
		t.Error("the archive lacks the past event")
	}

	tests := []struct {
		name, path string
		want       []string
	}{
		{"type", "/agenda?soort=training", []string{"Training onbewuste vooroordelen"}},
		{"province", "/agenda?provincie=groningen", []string{"Meeloopdag Groningen"}},
		{"online", "/agenda?vorm=online", []string{"Training onbewuste vooroordelen"}},
		{"at a venue", "/agenda?vorm=locatie", []string{"Werkbezoek Den Haag", "Meeloopdag Groningen"}},
		{"wheelchair", "/agenda?rolstoel=on", []string{"Werkbezoek Den Haag", "Meeloopdag Groningen"}},
		{"sign language", "/agenda?gebarentolk=on", []string{"Training onbewuste vooroordelen"}},
		{"quiet room and province", "/agenda?stilteruimte=on&provincie=groningen", []string{"Meeloopdag Groningen"}},
		{"nothing matches", "/agenda?stilteruimte=on&soort=training", nil},
		{"english type", "/en/events?type=open_day", []string{"Meeloopdag Groningen (en)"}},
		{"english online", "/en/events?format=online", []string{"Training onbewuste vooroordelen (en)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := site.evPage(tt.path, http.StatusOK)
			got := evTitles(doc)
			if len(got) != len(tt.want) {
				t.Fatalf("%s: got %v, want %v", tt.path, got, tt.want)
			}
			for _, w := range tt.want {
				if !evHas(got, w) {
					t.Errorf("%s: got %v, want %v", tt.path, got, tt.want)
				}
			}
		})
	}

	// The filter is kept in the form and translated by the language switch.
	doc := site.evPage("/agenda?soort=training&rolstoel=on", http.StatusOK)
	if v, _ := doc.Find(`#field-soort option[selected]`).Attr("value"); v != "training" {
		t.Errorf("type select shows %q", v)
	}
	if doc.Find(`#field-rolstoel[checked]`).Length() != 1 {
		t.Error("the wheelchair box is not ticked")
	}
	alt, _ := doc.Find(`link[rel="alternate"]`).Attr("href")
	if u, _ := url.Parse(alt); u == nil || u.Path != "/en/events" || u.Query().Get("type") != "training" || u.Query().Get("wheelchair") != "on" {
		t.Errorf("language switch leads to %q", alt)
	}

	for _, bad := range []string{"/agenda?soort=feest", "/agenda?provincie=atlantis", "/agenda?vorm=per-post",
		"/agenda?maand=2026-13", "/agenda?after=x", "/en/events?type=work_visit&before=1-1&after=1-1"} {
		if got := site.get(bad).StatusCode; got != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400", bad, got)
		}
	}
}

func TestAgendaKeysetPagingAndMonthView(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	start := evSoon(2)
	for i := range eventsPerPage + 5 {
		site.evPublish(nil, evContent("Activiteit "+string(rune('A'+i)), start.Add(time.Duration(i)*time.Hour*26), nil))
	}
	first := site.evPage("/agenda", http.StatusOK)
	if n := len(evTitles(first)); n != eventsPerPage {
		t.Fatalf("first page has %d events", n)
	}
	next, ok := first.Find(`a[rel="next"]`).Attr("href")
	if !ok || first.Find(`.pager a[rel="prev"]`).Length() != 0 {
		t.Fatal("first page: want a next link and no previous one")
	}
	second := site.evPage(next, http.StatusOK)
	got := evTitles(second)
	if len(got) != 5 || got[0] != "Activiteit "+string(rune('A'+eventsPerPage)) {
		t.Fatalf("second page: %v", got)
	}
	prev, ok := second.Find(`.pager a[rel="prev"]`).Attr("href")
	if !ok {
		t.Fatal("second page has no previous link")
	}
	if back := evTitles(site.evPage(prev, http.StatusOK)); len(back) != eventsPerPage || back[0] != "Activiteit A" {
		t.Errorf("back to the first page: %v", back)
	}

	// The month of the first event lists it under its day.
	month := start.In(i18n.Amsterdam()).Format("2006-01")
	doc := site.evPage("/agenda?maand="+month, http.StatusOK)
	day := doc.Find(".agenda-day").First()
	if d, _ := day.Find("time").Attr("datetime"); d != start.In(i18n.Amsterdam()).Format("2006-01-02") {
		t.Errorf("first day of the month view is %q", d)
	}
	if !strings.Contains(day.Text(), "Activiteit A") {
		t.Errorf("first day lacks the event: %q", day.Text())
	}
	if alt, _ := doc.Find(`link[rel="alternate"]`).Attr("href"); alt != "/en/events?month="+month {
		t.Errorf("month view's translation: %q", alt)
	}
	nextMonth, _ := doc.Find(`.pager--month a[rel="next"]`).Attr("href")
	if !strings.Contains(nextMonth, "maand="+start.In(i18n.Amsterdam()).AddDate(0, 1, -start.In(i18n.Amsterdam()).Day()+1).Format("2006-01")) {
		t.Errorf("next month link %q", nextMonth)
	}
	if doc := site.evPage("/agenda?maand=2001-01", http.StatusOK); doc.Find(".agenda-day").Length() != 0 || doc.Find(".empty").Length() != 1 {
		t.Error("an empty month shows days or no empty notice")
	}
}

func TestEventPage(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	p := site.evPartner("netwerk-b", "Netwerk B")
	c := evContent("Werkbezoek Rotterdam", evSoon(6), new(3))
	c.AccessibilityNoteNL = "Er is een ringleiding."
	e := site.evPublish(&p.ID, c)
	site.evRegister(e, "Ann Ee") // unconfirmed: takes no seat
	confirm := site.evRegister(e, "Bo Bee")
	if _, _, err := events.NewStore(site.pool).Confirm(context.Background(), confirm); err != nil {
		t.Fatal(err)
	}

	doc := site.evPage("/agenda/"+e.Slug, http.StatusOK)
	if got := strings.TrimSpace(doc.Find("h1").Text()); got != "Werkbezoek Rotterdam" {
		t.Errorf("h1 = %q", got)
	}
	main := doc.Find("main").Text()
	for _, want := range []string{"Stadhuis", "Spui 70", "Zuid-Holland", "Rolstoeltoegankelijk", "Er is een ringleiding.",
		"Nog 2 plaatsen vrij", "Netwerk B"} {
		if !strings.Contains(main, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if href, _ := doc.Find(`.event__facts a[href="/partners/netwerk-b"]`).Attr("href"); href == "" {
		t.Error("no link to the organiser's page")
	}
	if doc.Find(`[lang=""]`).Length() != 0 {
		t.Error("an element has an empty lang attribute")
	}
	if alt, _ := doc.Find(`link[rel="alternate"]`).Attr("href"); alt != "/en/events/"+e.Slug {
		t.Errorf("translation link %q", alt)
	}
	if doc.Find(`form[action="/agenda/`+e.Slug+`"] #field-email`).Length() != 1 {
		t.Error("no registration form")
	}

	// The English page shows the English title, and the Dutch-only note
	// marked as Dutch.
	en := site.evPage("/en/events/"+e.Slug, http.StatusOK)
	if got := strings.TrimSpace(en.Find("h1").Text()); got != "Werkbezoek Rotterdam (en)" {
		t.Errorf("English h1 = %q", got)
	}
	if l, _ := en.Find(".event__note").Attr("lang"); l != "nl" {
		t.Errorf("Dutch note on the English page has lang=%q", l)
	}

	// schema.org Event, parsed.
	var ld map[string]any
	raw := doc.Find(`script[type="application/ld+json"]`).Text()
	if err := json.Unmarshal([]byte(raw), &ld); err != nil {
		t.Fatalf("JSON-LD: %v\n%s", err, raw)
	}
	if ld["@context"] != "https://schema.org" || ld["@type"] != "Event" || ld["name"] != "Werkbezoek Rotterdam" {
		t.Errorf("JSON-LD head: %v", ld)
	}
	for field, want := range map[string]time.Time{"startDate": e.StartsAt, "endDate": e.EndsAt} {
		raw, _ := ld[field].(string)
		got, err := time.Parse(time.RFC3339, raw)
		if err != nil || !got.Equal(want) {
			t.Errorf("%s = %v (%v), want %v", field, ld[field], err, want)
		}
		// The local time with its offset in Amsterdam, not UTC.
		if offset := want.In(i18n.Amsterdam()).Format("-07:00"); !strings.HasSuffix(raw, offset) {
			t.Errorf("%s = %q, want the offset %s", field, raw, offset)
		}
	}
	if offers, _ := ld["offers"].(map[string]any); offers["@type"] != "Offer" || offers["price"] != "0" ||
		offers["priceCurrency"] != "EUR" || offers["availability"] != "https://schema.org/InStock" ||
		offers["url"] != site.http.URL+"/agenda/"+e.Slug {
		t.Errorf("offers: %v", ld["offers"])
	}
	if ld["eventStatus"] != "https://schema.org/EventScheduled" ||
		ld["eventAttendanceMode"] != "https://schema.org/OfflineEventAttendanceMode" {
		t.Errorf("status/mode: %v %v", ld["eventStatus"], ld["eventAttendanceMode"])
	}
	loc := ld["location"].([]any)[0].(map[string]any)
	addr := loc["address"].(map[string]any)
	if loc["@type"] != "Place" || loc["name"] != "Stadhuis" || addr["addressLocality"] != "Den Haag" || addr["addressCountry"] != "NL" {
		t.Errorf("location: %v", loc)
	}
	if ld["url"] != site.http.URL+"/agenda/"+e.Slug || ld["remainingAttendeeCapacity"] != float64(2) {
		t.Errorf("url %v, remaining %v", ld["url"], ld["remainingAttendeeCapacity"])
	}
	if org := ld["organizer"].(map[string]any); org["name"] != "Netwerk B" || org["url"] != site.http.URL+"/partners/netwerk-b" {
		t.Errorf("organizer: %v", org)
	}

	// An online event that is full: the link on the page, a
	// VirtualLocation, and sold out.
	// Its title would close the script element if it were not escaped.
	oc := evContent("Online training </script><i>x</i>", evSoon(8), new(1))
	oc.Online, oc.OnlineURL = true, "https://meet.example.org/training"
	oc.VenueName, oc.Address, oc.City, oc.Province = "", "", "", ""
	online := site.evPublish(nil, oc)
	if _, _, err := events.NewStore(site.pool).Confirm(context.Background(), site.evRegister(online, "Cee Dee")); err != nil {
		t.Fatal(err)
	}
	odoc := site.evPage("/agenda/"+online.Slug, http.StatusOK)
	if odoc.Find(`.event__facts a[href="https://meet.example.org/training"]`).Length() != 1 {
		t.Error("the online event's page lacks its link")
	}
	var old map[string]any
	if err := json.Unmarshal([]byte(odoc.Find(`script[type="application/ld+json"]`).Text()), &old); err != nil {
		t.Fatal(err)
	}
	if old["name"] != oc.TitleNL || odoc.Find("i").Length() != 0 {
		t.Errorf("JSON-LD name %q, or the title escaped the script", old["name"])
	}
	if old["eventAttendanceMode"] != "https://schema.org/OnlineEventAttendanceMode" {
		t.Errorf("online attendance mode %v", old["eventAttendanceMode"])
	}
	if locs, _ := old["location"].([]any); len(locs) != 1 || locs[0].(map[string]any)["@type"] != "VirtualLocation" ||
		locs[0].(map[string]any)["url"] != "https://meet.example.org/training" {
		t.Errorf("online location: %v", old["location"])
	}
	if offers, _ := old["offers"].(map[string]any); offers["availability"] != "https://schema.org/SoldOut" ||
		old["remainingAttendeeCapacity"] != float64(0) {
		t.Errorf("full event: offers %v, remaining %v", old["offers"], old["remainingAttendeeCapacity"])
	}
	if org, _ := old["organizer"].(map[string]any); org["@type"] != "Organization" || org["name"] == "" {
		t.Errorf("own event's organizer: %v", old["organizer"])
	}

	// Cancelled: the page stays, says so, and takes no registrations.
	if _, err := events.NewStore(site.pool).CancelEvent(context.Background(), e.ID); err != nil {
		t.Fatal(err)
	}
	doc = site.evPage("/agenda/"+e.Slug, http.StatusOK)
	if doc.Find(".event-cancelled").Length() != 1 || doc.Find("#field-email").Length() != 0 {
		t.Error("cancelled event: no notice, or still a form")
	}
	raw = doc.Find(`script[type="application/ld+json"]`).Text()
	ld = nil
	if err := json.Unmarshal([]byte(raw), &ld); err != nil || ld["eventStatus"] != "https://schema.org/EventCancelled" {
		t.Errorf("cancelled JSON-LD: %v %v", err, ld["eventStatus"])
	}
	if _, has := ld["offers"]; has {
		t.Error("a cancelled event still offers registration")
	}

	// Events without a public page answer 404.
	draft, err := events.NewStore(site.pool).CreateDraft(context.Background(), p.ID, 0, evContent("Geheim", evSoon(3), nil))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/agenda/" + draft.Slug, "/agenda/" + draft.Slug + ".ics", "/agenda/bestaat-niet",
		"/en/events/bestaat-niet"} {
		if got := site.get(path).StatusCode; got != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, got)
		}
	}
}
