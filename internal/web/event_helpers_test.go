package web

import (
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/http"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/events"
	pmail "github.com/podium-portal/podium/internal/mail"
	partnerpkg "github.com/podium-portal/podium/internal/partners"
)

// The agenda's test helpers. Names start with "ev" so that they keep
// apart from the helpers of other areas in this package.

// evContent is a valid event at a venue, two hours from start.
func evContent(title string, start time.Time, capacity *int) events.Content {
	return events.Content{
		Type:                 events.TypeWorkVisit,
		TitleNL:              title,
		TitleEN:              title + " (en)",
		DescriptionNL:        "Een middag meelopen bij de directie.\n\nMet *koffie*.",
		DescriptionEN:        "An afternoon with the directorate.",
		StartsAt:             start.Truncate(time.Minute),
		EndsAt:               start.Truncate(time.Minute).Add(2 * time.Hour),
		VenueName:            "Stadhuis",
		Address:              "Spui 70",
		City:                 "Den Haag",
		Province:             "zuid-holland",
		WheelchairAccessible: true,
		Capacity:             capacity,
		RegistrationOpen:     true,
	}
}

// evSoon is a start time safely in the future, on the minute.
func evSoon(days int) time.Time {
	return time.Now().Add(time.Duration(days) * 24 * time.Hour).Truncate(time.Minute)
}

// evEditor returns the id of an editor to approve with, made once per site.
func (s *testSite) evEditor() int64 {
	s.t.Helper()
	u, err := s.server.accounts.ByEmail(context.Background(), "ev-editor@podium.example")
	if err == nil {
		return u.ID
	}
	return s.addUser("ev-editor@podium.example", accounts.RoleEditor).ID
}

// evPublish creates an event of partner (nil for the employer's own) and
// approves it.
func (s *testSite) evPublish(partner *int64, c events.Content) events.Event {
	s.t.Helper()
	ctx := context.Background()
	st := events.NewStore(s.pool)
	if partner == nil {
		e, err := st.CreateOwn(ctx, s.evEditor(), c)
		if err != nil {
			s.t.Fatal(err)
		}
		return e
	}
	e, err := st.Create(ctx, *partner, 0, c)
	if err != nil {
		s.t.Fatal(err)
	}
	pe, err := st.PartnerEvent(ctx, *partner, e.ID)
	if err != nil || pe.Pending == nil {
		s.t.Fatalf("PartnerEvent: %+v %v", pe, err)
	}
	a, err := st.Approve(ctx, pe.Pending.ID, s.evEditor())
	if err != nil {
		s.t.Fatal(err)
	}
	return a.Event
}

// evPartner creates a listed partner with a profile.
func (s *testSite) evPartner(slug, name string) partnerpkg.Partner {
	s.t.Helper()
	p, err := partnerpkg.NewStore(s.pool).Create(context.Background(), slug, partnerpkg.Profile{Name: name,
		DescriptionNL: "Wij zijn " + name + ".", DescriptionEN: "We are " + name + ".",
		Website: "https://" + slug + ".example.org", FocusAreas: []string{"beperking", "lhbtiq"}})
	if err != nil {
		s.t.Fatal(err)
	}
	return p
}

// evRegister registers name for event e with the store and returns the
// confirmation token.
func (s *testSite) evRegister(e events.Event, name string) string {
	s.t.Helper()
	_, confirm, _, err := events.NewStore(s.pool).Register(context.Background(), events.NewRegistration{
		EventID: e.ID, Name: name, Email: strings.ToLower(strings.ReplaceAll(name, " ", ".")) + "@example.org"})
	if err != nil {
		s.t.Fatal(err)
	}
	return confirm
}

// evMail returns the newest mail of kind to address, with its
// attachments, failing the test when there is none.
func (s *testSite) evMail(to, kind string) pmail.Mail {
	s.t.Helper()
	for _, m := range s.mailsTo(to) {
		if m.Kind == kind {
			return m
		}
	}
	s.t.Fatalf("no %s mail to %s", kind, to)
	return pmail.Mail{}
}

// evMailCount counts the outbox's mails of kind to address.
func (s *testSite) evMailCount(to, kind string) int {
	s.t.Helper()
	n := 0
	for _, m := range s.mailsTo(to) {
		if m.Kind == kind {
			n++
		}
	}
	return n
}

// evLink finds the link to path (with its query) in a mail's text.
func (s *testSite) evLink(m pmail.Mail, path string) string {
	s.t.Helper()
	re := regexp.MustCompile(regexp.QuoteMeta(s.http.URL+path) + `\?token=[A-Za-z0-9_%-]+`)
	link := re.FindString(m.Text)
	if link == "" {
		s.t.Fatalf("no link to %s in the %s mail:\n%s", path, m.Kind, m.Text)
	}
	return strings.TrimPrefix(link, s.http.URL)
}

// evStatus returns the status of the registration of address for event.
func (s *testSite) evStatus(event int64, address string) events.RegistrationStatus {
	s.t.Helper()
	var st events.RegistrationStatus
	err := s.pool.QueryRow(context.Background(), `SELECT status FROM registrations
		WHERE event_id = $1 AND lower(email) = lower($2) ORDER BY id DESC LIMIT 1`, event, address).Scan(&st)
	if err != nil {
		s.t.Fatalf("registration of %s: %v", address, err)
	}
	return st
}

// evCounts counts the registrations of event by status.
func (s *testSite) evCounts(event int64) map[events.RegistrationStatus]int {
	s.t.Helper()
	rows, err := s.pool.Query(context.Background(),
		`SELECT status, count(*) FROM registrations WHERE event_id = $1 GROUP BY status`, event)
	if err != nil {
		s.t.Fatal(err)
	}
	defer rows.Close()
	out := map[events.RegistrationStatus]int{}
	for rows.Next() {
		var st events.RegistrationStatus
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			s.t.Fatal(err)
		}
		out[st] = n
	}
	return out
}

// evPage fetches path anonymously, asserts the status and parses it.
func (s *testSite) evPage(path string, want int) *goquery.Document {
	s.t.Helper()
	return s.page(path, want)
}

// evPost submits a same-origin public form without cookies.
func (s *testSite) evPost(path string, form url.Values) *http.Response {
	s.t.Helper()
	return s.newBrowser().post(path, form)
}

// evDoc parses a response, asserting its status.
func evDoc(t *testing.T, resp *http.Response, want int) *goquery.Document {
	t.Helper()
	if resp.StatusCode != want {
		body, _ := io.ReadAll(resp.Body)
		t.Fatalf("status %d, want %d (Location %q)\n%s", resp.StatusCode, want, resp.Header.Get("Location"), body)
	}
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// evIDFrom returns the number at the end of a redirect's Location.
func evIDFrom(t *testing.T, resp *http.Response, prefix string) int64 {
	t.Helper()
	loc := resp.Header.Get("Location")
	var id int64
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, prefix) {
		body, _ := io.ReadAll(resp.Body)
		t.Fatalf("got %d to %q, want 303 to %s…\n%s", resp.StatusCode, loc, prefix, body)
	}
	if _, err := fmt.Sscanf(strings.TrimPrefix(loc, prefix), "%d", &id); err != nil {
		t.Fatalf("no id in %q", loc)
	}
	return id
}

// evFormValues is the event form for c, as a browser sends it.
func evFormValues(c events.Content) url.Values {
	v := url.Values{}
	for k, val := range contentForm(c).Values {
		if val != "" {
			v.Set(k, val)
		}
	}
	return v
}

// evSMTPText returns the decoded text of a mail received over SMTP: the
// subject and every text part, quoted-printable or base64 undone.
func evSMTPText(t *testing.T, data []byte) string {
	t.Helper()
	msg, err := mail.ReadMessage(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	subject, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	b.WriteString(subject + "\n")
	var walk func(ct string, body io.Reader, enc string)
	walk = func(ct string, body io.Reader, enc string) {
		mt, params, _ := mime.ParseMediaType(ct)
		if strings.HasPrefix(mt, "multipart/") {
			mr := multipart.NewReader(body, params["boundary"])
			for {
				p, err := mr.NextRawPart()
				if err != nil {
					return
				}
				walk(p.Header.Get("Content-Type"), p, p.Header.Get("Content-Transfer-Encoding"))
			}
		}
		if mt != "text/plain" {
			return
		}
		raw, _ := io.ReadAll(evDecodeTransfer(body, enc))
		b.Write(raw)
	}
	walk(msg.Header.Get("Content-Type"), msg.Body, msg.Header.Get("Content-Transfer-Encoding"))
	return b.String()
}

// evDecodeTransfer undoes a part's Content-Transfer-Encoding.
func evDecodeTransfer(r io.Reader, enc string) io.Reader {
	switch strings.ToLower(enc) {
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, r)
	}
	return r
}
