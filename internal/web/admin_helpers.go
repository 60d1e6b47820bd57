package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/web/views"
)

// idParam returns the positive number in the route's {id}; anything else
// is errNotFound, as for an id that names nothing.
func idParam(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errNotFound
	}
	return id, nil
}

// beforeParam returns the keyset-paging cursor ?before=<id>, 0 without
// one; a malformed cursor is errBadRequest.
func beforeParam(r *http.Request) (int64, error) {
	v := r.URL.Query().Get("before")
	if v == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, errBadRequest
	}
	return id, nil
}

// pagerFor links a keyset-paged list at path: to the newest entries when
// this page is an older one, and to the entries older than lastID when
// there are more. The other query parameters (the filters) are kept.
func pagerFor(r *http.Request, path string, more bool, lastID int64, olderKey string) views.Pager {
	p := views.Pager{OlderKey: olderKey}
	q := r.URL.Query()
	if q.Get("before") != "" {
		q.Del("before")
		p.NewestURL = withQuery(path, q)
	}
	if more {
		q.Set("before", strconv.FormatInt(lastID, 10))
		p.OlderURL = withQuery(path, q)
	}
	return p
}

func withQuery(path string, q url.Values) string {
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

// inviterName is how an invitation names the signed-in admin who sent it.
func inviterName(r *http.Request) string {
	u, _ := currentUser(r)
	if u.Name != "" {
		return u.Name
	}
	return u.Email
}

// readRoleFields checks the "role" and "partner" fields of form, marks
// what is wrong at the field, and returns the role and the partner id
// (nil for none). A partner user needs a partner organisation; the other
// roles must have none.
func readRoleFields(form *views.Form) (accounts.Role, *int64) {
	role, err := accounts.ParseRole(form.Value("role"))
	if err != nil {
		form.SetError("role", "admin.error.role")
	}
	var partnerID *int64
	if v := form.Value("partner"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			form.SetError("partner", "admin.error.partner_unk")
		} else {
			partnerID = &id
		}
	}
	switch {
	case form.Errors["partner"] != "" || role == "":
	case role == accounts.RolePartner && partnerID == nil:
		form.SetError("partner", "admin.error.partner_req")
	case role != accounts.RolePartner && partnerID != nil:
		form.SetError("partner", "admin.error.partner_no")
	}
	return role, partnerID
}

// setAccountError puts an input error of the accounts package at the
// field it is about. It reports false for any other error, which the
// caller returns as it is.
func setAccountError(form *views.Form, err error) bool {
	switch {
	case errors.Is(err, accounts.ErrInvalidEmail):
		form.SetError("email", "auth.error.email")
	case errors.Is(err, accounts.ErrEmailTaken):
		form.SetError("email", "admin.error.email_taken")
	case errors.Is(err, accounts.ErrInvalidRole):
		form.SetError("role", "admin.error.role")
	case errors.Is(err, accounts.ErrLastAdmin):
		form.SetError("role", "admin.error.last_admin")
	case errors.Is(err, accounts.ErrPartnerRequired):
		form.SetError("partner", "admin.error.partner_req")
	case errors.Is(err, accounts.ErrPartnerNotAllowed):
		form.SetError("partner", "admin.error.partner_no")
	case errors.Is(err, accounts.ErrUnknownPartner):
		form.SetError("partner", "admin.error.partner_unk")
	case errors.Is(err, accounts.ErrInvalidLang):
		form.SetError("lang", "admin.error.lang")
	default:
		return false
	}
	return true
}

// partnerOptions lists the partner organisations for a select.
func (s *Server) partnerOptions(r *http.Request) ([]views.Option, error) {
	partners, err := s.accounts.Partners(r.Context())
	if err != nil {
		return nil, err
	}
	opts := make([]views.Option, len(partners))
	for i, p := range partners {
		opts[i] = views.Option{Value: strconv.FormatInt(p.ID, 10), Label: p.Name}
	}
	return opts, nil
}
