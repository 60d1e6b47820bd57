package views

import (
	"context"
	"strings"
)

// Form carries what a form shows after a submit: the values the user
// typed and an error message key per field. The zero Form is an empty,
// error-free form.
type Form struct {
	Values map[string]string
	Errors map[string]string // field name → catalogue key
	// Args fills in the %d or %s of an error message, by field name.
	Args map[string][]any
}

// SetError marks field ("" for the form as a whole) with the catalogue
// message key, formatted with args.
func (f *Form) SetError(field, key string, args ...any) {
	if f.Errors == nil {
		f.Errors = map[string]string{}
	}
	f.Errors[field] = key
	if len(args) > 0 {
		if f.Args == nil {
			f.Args = map[string][]any{}
		}
		f.Args[field] = args
	}
}

// Value returns what the user typed into field name.
func (f Form) Value(name string) string { return f.Values[name] }

// HasErrors reports whether any field has an error.
func (f Form) HasErrors() bool { return len(f.Errors) > 0 }

// Field describes one labelled input of a form.
type Field struct {
	Name         string
	Label        string // catalogue key
	Hint         string // catalogue key, optional
	Type         string // "text" when empty
	Autocomplete string
	Required     bool
	// Inputmode and Pattern help mobile keyboards, e.g. numeric codes.
	Inputmode string
}

func (f Field) inputType() string {
	if f.Type == "" {
		return "text"
	}
	return f.Type
}

func (f Field) id() string { return "field-" + f.Name }

// errorText returns the translated error for field, "" without one.
func errorText(ctx context.Context, form Form, field string) string {
	if key, ok := form.Errors[field]; ok {
		return tf(ctx, key, form.Args[field]...)
	}
	return ""
}

// describedBy joins the ids of a field's hint and error for aria-describedby.
func describedBy(ctx context.Context, form Form, f Field) string {
	ids := ""
	if f.Hint != "" {
		ids = f.id() + "-hint"
	}
	if errorText(ctx, form, f.Name) != "" {
		if ids != "" {
			ids += " "
		}
		ids += f.id() + "-error"
	}
	return ids
}

// choiceID is the id of the i-th choice of a group: the group's own id
// for the first, so that errors lead to it.
func choiceID(f Field, i int, value string) string {
	if i == 0 {
		return f.id()
	}
	return f.id() + "-" + value
}

// hasValue reports whether the comma-joined list holds v.
func hasValue(list, v string) bool {
	for _, s := range strings.Split(list, ",") {
		if s == v {
			return true
		}
	}
	return false
}
