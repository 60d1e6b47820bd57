package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/podium-portal/podium/web/views"
)

// readForm parses a submitted form and returns the named fields, trimmed
// (passwords untrimmed), as a views.Form ready to carry errors back to the
// page. A body over the size limit becomes 413.
func readForm(r *http.Request, fields ...string) (views.Form, error) {
	if err := r.ParseForm(); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return views.Form{}, errTooLarge
		}
		return views.Form{}, errBadRequest
	}
	f := views.Form{Values: map[string]string{}, Errors: map[string]string{}}
	for _, name := range fields {
		v := r.PostForm.Get(name)
		if !strings.Contains(name, "password") && name != "current" && name != "confirm" {
			v = strings.TrimSpace(v)
		}
		f.Values[name] = v
	}
	return f, nil
}

// require marks each empty field of f as required.
func require(f views.Form, fields ...string) {
	for _, name := range fields {
		if f.Values[name] == "" {
			if _, has := f.Errors[name]; !has {
				f.Errors[name] = "form.required"
			}
		}
	}
}
