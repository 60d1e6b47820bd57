package events

import (
	"strings"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/ics"
)

// CalendarEvent returns e as an iCalendar event for readers of l: title
// and description in l where there is a translation, the venue or the
// online link as location, pageURL (the absolute URL of the event's page)
// as URL and at the end of the description, STATUS:CANCELLED when it is
// cancelled. host is the site's canonical host name, which makes the UID.
// DTSTAMP is the time of the last change, so the file only changes when the
// event does.
func (e Event) CalendarEvent(l i18n.Lang, pageURL, host string) ics.Event {
	title, _ := e.Title(l)
	desc, _ := e.Description(l)
	var parts []string
	if desc != "" {
		parts = append(parts, desc)
	}
	if e.Online {
		parts = append(parts, e.OnlineURL)
	}
	if pageURL != "" {
		parts = append(parts, pageURL)
	}
	status := ics.StatusConfirmed
	if e.Status == StatusCancelled {
		status = ics.StatusCancelled
	}
	return ics.Event{
		UID:          e.CalendarUID(host),
		Sequence:     e.Sequence,
		DTStamp:      e.UpdatedAt,
		Start:        e.StartsAt,
		End:          e.EndsAt,
		Summary:      title,
		Description:  strings.Join(parts, "\n\n"),
		Location:     e.Location(),
		URL:          pageURL,
		Status:       status,
		Created:      e.CreatedAt,
		LastModified: e.UpdatedAt,
	}
}

// Location is the venue as one line, "Venue, Address, City", or the
// online link for an event without a venue.
func (c Content) Location() string {
	if !c.HasVenue() {
		return c.OnlineURL
	}
	var parts []string
	for _, p := range []string{c.VenueName, c.Address, c.City} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}
