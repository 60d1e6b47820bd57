package web

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/podium-portal/podium/web/views"
)

// showOutboxMail shows one mail of the outbox. In development, where mail
// is kept rather than sent, this is where the links of invitations and
// password resets are read, so the text body's links are clickable and
// listed on their own. The HTML body is shown as escaped source only.
func (s *Server) showOutboxMail(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	m, err := s.outbox.ByID(r.Context(), id)
	if err != nil {
		return err
	}
	parts, links := linkify(m.Text)
	v := views.AdminMailView{
		ID: m.ID, To: m.To, ToName: m.ToName, Subject: m.Subject, Kind: m.Kind, Lang: string(m.Lang),
		Status: m.Status, Attempts: m.Attempts, LastError: m.LastError,
		CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt, SentAt: m.SentAt,
		Text: parts, Links: links, HTML: m.HTML,
	}
	for _, a := range m.Attachments {
		v.Attachments = append(v.Attachments, views.AdminAttachment{Filename: a.Filename, ContentType: a.ContentType, Size: len(a.Data)})
	}
	s.render(w, r, http.StatusOK, views.AdminMailPage(v))
	return nil
}

// webAddress finds http and https addresses in plain text.
var webAddress = regexp.MustCompile(`https?://[^\s<>"']+`)

// linkify cuts text into plain stretches and web addresses, and returns
// the distinct addresses in order. Punctuation that ends a sentence is not
// part of an address.
func linkify(text string) ([]views.TextPart, []string) {
	var parts []views.TextPart
	var links []string
	rest := 0
	for _, loc := range webAddress.FindAllStringIndex(text, -1) {
		start, end := loc[0], loc[1]
		end = start + len(strings.TrimRight(text[start:end], ".,;:!?)"))
		link := text[start:end]
		if u, err := url.Parse(link); err != nil || u.Host == "" {
			continue
		}
		if start > rest {
			parts = append(parts, views.TextPart{Text: text[rest:start]})
		}
		parts = append(parts, views.TextPart{Text: link, Link: true})
		if !slices.Contains(links, link) {
			links = append(links, link)
		}
		rest = end
	}
	if rest < len(text) {
		parts = append(parts, views.TextPart{Text: text[rest:]})
	}
	return parts, links
}
