package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// The event form, shared by the partner portal and the back office: its
// fields are named after events.Content's JSON names, so the domain's
// validation errors land at their field.

// formDateTime is how a datetime-local input sends its value; browsers
// without one let people type "2026-03-12 14:00", which is read too.
const formDateTime = "2006-01-02T15:04"

// readEventForm reads the submitted event form: the values to show again
// and the content they make, with every field the content fails on marked:
// times and capacity that cannot be read, and the domain's rules.
func readEventForm(r *http.Request) (views.Form, events.Content, error) {
	form, err := readForm(r, views.EventFieldNames()...)
	if err != nil {
		return form, events.Content{}, err
	}
	on := func(name string) bool { return form.Value(name) == "on" }
	c := events.Content{
		Type:                    events.Type(form.Value("type")),
		TitleNL:                 form.Value("title_nl"),
		TitleEN:                 form.Value("title_en"),
		DescriptionNL:           form.Value("description_nl"),
		DescriptionEN:           form.Value("description_en"),
		Online:                  on("online"),
		OnlineURL:               form.Value("online_url"),
		VenueName:               form.Value("venue_name"),
		Address:                 form.Value("address"),
		City:                    form.Value("city"),
		Province:                form.Value("province"),
		WheelchairAccessible:    on("wheelchair_accessible"),
		SignLanguageInterpreter: on("sign_language_interpreter"),
		QuietRoom:               on("quiet_room"),
		AccessibilityNoteNL:     form.Value("accessibility_note_nl"),
		AccessibilityNoteEN:     form.Value("accessibility_note_en"),
		RegistrationOpen:        on("registration_open"),
	}
	for _, f := range []struct {
		name string
		to   *time.Time
	}{{"starts_at", &c.StartsAt}, {"ends_at", &c.EndsAt}} {
		v := form.Value(f.name)
		if v == "" {
			continue
		}
		tm, err := time.ParseInLocation(formDateTime, strings.Replace(v, " ", "T", 1), i18n.Amsterdam())
		if err != nil {
			form.SetError(f.name, "event.error.datetime")
			continue
		}
		*f.to = tm
	}
	if v := form.Value("capacity"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > events.MaxCapacity {
			form.SetError("capacity", "event.error.capacity")
		} else {
			c.Capacity = &n
		}
	}
	// Every problem at once: the store would stop at the first.
	if _, err := c.Normalize(); err != nil {
		setEventErrors(&form, err)
	}
	return form, c, nil
}

// wantsDraft reports whether the form was sent with "save as draft".
func wantsDraft(r *http.Request) bool { return r.PostForm.Get("action") == "draft" }

// checkEventStart refuses a start in the past for a new event, or when an
// edit moves the start; an edit that keeps the start of an event that has
// begun may still fix its text.
func checkEventStart(form *views.Form, c events.Content, prev *events.Content, now time.Time) {
	if c.StartsAt.IsZero() || c.StartsAt.After(now) || form.Errors["starts_at"] != "" {
		return
	}
	if prev == nil || !prev.StartsAt.Equal(c.StartsAt.Truncate(time.Second)) {
		form.SetError("starts_at", "event.error.past")
	}
}

// setEventErrors puts the fields of a *events.ValidationError at their
// field, keeping errors already there (a time that could not be read). It
// reports false for any other error, which the caller returns as it is.
func setEventErrors(form *views.Form, err error) bool {
	var v *events.ValidationError
	if !errors.As(err, &v) {
		return false
	}
	for field, code := range v.Fields {
		if form.Errors[field] == "" {
			form.SetError(field, eventErrorKey(field, code))
		}
	}
	return true
}

// eventErrorKey is the catalogue key of validation code on field.
func eventErrorKey(field, code string) string {
	switch code {
	case events.CodeRequired:
		switch field {
		case "type":
			return "event.error.type"
		case "online_url":
			return "event.error.online_url"
		case "venue_name":
			return "event.error.venue"
		}
		return "form.required"
	case events.CodeTooLong:
		return "event.error.too_long"
	case events.CodeEndsBeforeStart:
		return "event.error.ends_before_start"
	case events.CodeBadText:
		return "event.error.characters"
	}
	switch field {
	case "online_url":
		return "event.error.url"
	case "province":
		return "event.error.province"
	case "capacity":
		return "event.error.capacity"
	}
	return "event.error.invalid"
}

// contentForm is the event form filled with c, to edit it.
func contentForm(c events.Content) views.Form {
	onOff := func(b bool) string {
		if b {
			return "on"
		}
		return ""
	}
	when := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(i18n.Amsterdam()).Format(formDateTime)
	}
	capacity := ""
	if c.Capacity != nil {
		capacity = strconv.Itoa(*c.Capacity)
	}
	return views.Form{Values: map[string]string{
		"type":                      string(c.Type),
		"title_nl":                  c.TitleNL,
		"title_en":                  c.TitleEN,
		"description_nl":            c.DescriptionNL,
		"description_en":            c.DescriptionEN,
		"starts_at":                 when(c.StartsAt),
		"ends_at":                   when(c.EndsAt),
		"online":                    onOff(c.Online),
		"online_url":                c.OnlineURL,
		"venue_name":                c.VenueName,
		"address":                   c.Address,
		"city":                      c.City,
		"province":                  c.Province,
		"wheelchair_accessible":     onOff(c.WheelchairAccessible),
		"sign_language_interpreter": onOff(c.SignLanguageInterpreter),
		"quiet_room":                onOff(c.QuietRoom),
		"accessibility_note_nl":     c.AccessibilityNoteNL,
		"accessibility_note_en":     c.AccessibilityNoteEN,
		"capacity":                  capacity,
		"registration_open":         onOff(c.RegistrationOpen),
	}}
}

// newEventForm is the empty event form: registration open.
func newEventForm() views.Form {
	return views.Form{Values: map[string]string{"registration_open": "on"}}
}
