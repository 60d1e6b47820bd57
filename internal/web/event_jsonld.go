package web

import (
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/paths"
)

// eventLD is a schema.org Event, for search engines and link previews.
// The page embeds it in a script of type application/ld+json, which is
// data: browsers do not run it, so the Content-Security-Policy allows it.
type eventLD struct {
	Context           string         `json:"@context"`
	Type              string         `json:"@type"`
	Name              string         `json:"name"`
	Description       string         `json:"description,omitempty"`
	URL               string         `json:"url"`
	InLanguage        string         `json:"inLanguage"`
	StartDate         string         `json:"startDate"`
	EndDate           string         `json:"endDate"`
	EventStatus       string         `json:"eventStatus"`
	AttendanceMode    string         `json:"eventAttendanceMode"`
	Location          []any          `json:"location"`
	Organizer         organizationLD `json:"organizer"`
	MaximumCapacity   *int           `json:"maximumAttendeeCapacity,omitempty"`
	RemainingCapacity *int           `json:"remainingAttendeeCapacity,omitempty"`
	Offers            *offerLD       `json:"offers,omitempty"`
}

type organizationLD struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type placeLD struct {
	Type    string    `json:"@type"`
	Name    string    `json:"name"`
	Address addressLD `json:"address"`
}

type addressLD struct {
	Type     string `json:"@type"`
	Street   string `json:"streetAddress,omitempty"`
	Locality string `json:"addressLocality"`
	Region   string `json:"addressRegion,omitempty"`
	Country  string `json:"addressCountry"`
}

type virtualLocationLD struct {
	Type string `json:"@type"`
	URL  string `json:"url"`
}

// offerLD says registration is free and whether seats are left.
type offerLD struct {
	Type         string `json:"@type"`
	Price        string `json:"price"`
	Currency     string `json:"priceCurrency"`
	Availability string `json:"availability"`
	URL          string `json:"url"`
}

const schema = "https://schema.org/"

// eventJSONLD describes event e, whose description in l is desc, as a
// schema.org Event; partnerURL is the organiser's page, "" for none.
func (s *Server) eventJSONLD(l i18n.Lang, e events.Event, desc, partnerURL string) eventLD {
	abs := s.agenda().Link
	title, _ := e.Title(l)
	ld := eventLD{
		Context:     "https://schema.org",
		Type:        "Event",
		Name:        title,
		Description: summary(desc),
		URL:         abs(paths.Event(l, e.Slug)),
		InLanguage:  string(l),
		StartDate:   e.StartsAt.In(i18n.Amsterdam()).Format(time.RFC3339),
		EndDate:     e.EndsAt.In(i18n.Amsterdam()).Format(time.RFC3339),
		EventStatus: schema + "EventScheduled",
		Organizer:   organizationLD{Type: "Organization", Name: i18n.T(l, "site.org"), URL: abs(paths.Home(l))},
	}
	if e.Status == events.StatusCancelled {
		ld.EventStatus = schema + "EventCancelled"
	}
	switch {
	case e.HasVenue() && e.Online:
		ld.AttendanceMode = schema + "MixedEventAttendanceMode"
	case e.Online:
		ld.AttendanceMode = schema + "OnlineEventAttendanceMode"
	default:
		ld.AttendanceMode = schema + "OfflineEventAttendanceMode"
	}
	if e.HasVenue() {
		region := ""
		for _, p := range events.Provinces() {
			if p.Slug == e.Province {
				region = p.Name
			}
		}
		ld.Location = append(ld.Location, placeLD{Type: "Place", Name: e.VenueName, Address: addressLD{
			Type: "PostalAddress", Street: e.Address, Locality: e.City, Region: region, Country: "NL"}})
	}
	if e.Online {
		ld.Location = append(ld.Location, virtualLocationLD{Type: "VirtualLocation", URL: e.OnlineURL})
	}
	if e.PartnerName != "" {
		ld.Organizer = organizationLD{Type: "Organization", Name: e.PartnerName}
		if partnerURL != "" {
			ld.Organizer.URL = abs(partnerURL)
		}
	}
	if e.Capacity != nil {
		ld.MaximumCapacity = e.Capacity
		ld.RemainingCapacity = e.Counts.SeatsLeft
	}
	if e.Status == events.StatusApproved && e.RegistrationOpen {
		availability := schema + "InStock"
		if e.Full() {
			availability = schema + "SoldOut"
		}
		ld.Offers = &offerLD{Type: "Offer", Price: "0", Currency: "EUR", Availability: availability, URL: ld.URL}
	}
	return ld
}
