package mail

import (
	"github.com/podium-portal/podium/internal/smtptest"

	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/podium-portal/podium/internal/i18n"
)

// parsedMail is a received message taken apart the way a mail client would.
type parsedMail struct {
	Header      mail.Header
	Subject     string
	Text, HTML  string
	Attachments []Attachment
	// Encodings maps each part's media type to its transfer encoding.
	Encodings map[string]string
}

func parseMail(t *testing.T, data []byte) parsedMail {
	t.Helper()
	for i, b := range data {
		if b >= 0x80 {
			t.Fatalf("byte %d of the message is not 7-bit: %q", i, data[max(0, i-20):min(len(data), i+20)])
		}
	}
	for _, line := range strings.Split(string(data), "\r\n") {
		if strings.ContainsRune(line, '\n') {
			t.Fatalf("bare LF in line %q", line)
		}
		if len(line) > 998 {
			t.Fatalf("line longer than 998 characters: %q…", line[:80])
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("read message: %v", err)
	}
	var dec mime.WordDecoder
	subject, err := dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		t.Fatalf("decode subject: %v", err)
	}
	p := parsedMail{Header: msg.Header, Subject: subject, Encodings: map[string]string{}}
	p.walk(t, msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), "", msg.Body)
	return p
}

func (p *parsedMail) walk(t *testing.T, contentType, encoding, disposition string, body io.Reader) {
	t.Helper()
	mediaType, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		t.Fatalf("content type %q: %v", contentType, err)
	}
	if strings.HasPrefix(mediaType, "multipart/") {
		p.Encodings[mediaType] = "multipart"
		r := multipart.NewReader(body, params["boundary"])
		for {
			part, err := r.NextRawPart()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatalf("%s: next part: %v", mediaType, err)
			}
			p.walk(t, part.Header.Get("Content-Type"), part.Header.Get("Content-Transfer-Encoding"), part.Header.Get("Content-Disposition"), part)
		}
	}
	var content []byte
	switch strings.ToLower(encoding) {
	case "quoted-printable":
		content, err = io.ReadAll(quotedprintable.NewReader(body))
	case "base64":
		content, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, body))
	default:
		t.Fatalf("%s: unexpected transfer encoding %q", mediaType, encoding)
	}
	if err != nil {
		t.Fatalf("%s: decode: %v", mediaType, err)
	}
	p.Encodings[mediaType] = encoding
	if disposition != "" {
		_, dparams, err := mime.ParseMediaType(disposition)
		if err != nil {
			t.Fatalf("disposition %q: %v", disposition, err)
		}
		p.Attachments = append(p.Attachments, Attachment{Filename: dparams["filename"], ContentType: contentType, Data: content})
		return
	}
	if params["charset"] != "utf-8" {
		t.Errorf("%s: charset %q, want utf-8", mediaType, params["charset"])
	}
	switch mediaType {
	case "text/plain":
		p.Text = string(content)
	case "text/html":
		p.HTML = string(content)
	default:
		t.Fatalf("unexpected part %s", mediaType)
	}
}

func testMessage() Message {
	return Message{
		To:      "ada@example.org",
		ToName:  "Ada Çelik",
		Lang:    i18n.NL,
		Kind:    "password_reset",
		Subject: "Nieuw wachtwoord — één link voor Zoë, geldig tot morgen en daarna niet meer bruikbaar",
		Text:    "Hallo Ada,\n\nKies een nieuw wachtwoord: https://podium.test/wachtwoord/abc?x=1&y=2\n\nGroet, één team\n" + strings.Repeat("lange regel ", 30) + "\n",
		HTML:    `<!DOCTYPE html><html lang="nl"><body><p>Hallo Ada,</p><p><a href="https://podium.test/wachtwoord/abc?x=1&amp;y=2">Kies een nieuw wachtwoord</a></p><p>één</p></body></html>`,
	}
}

func TestSMTPSenderDelivers(t *testing.T) {
	t.Parallel()
	ics := Attachment{Filename: "bijeenkomst één.ics", ContentType: "text/calendar; charset=utf-8; method=REQUEST", Data: []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")}
	tests := []struct {
		name        string
		opts        smtptest.Options
		attachments []Attachment
		wantTLS     bool
	}{
		{name: "plain, no auth", opts: smtptest.Options{}},
		{name: "STARTTLS with auth", opts: smtptest.Options{TLS: true, User: "podium", Password: "s3cret/€"}, wantTLS: true},
		{name: "implicit TLS with auth", opts: smtptest.Options{TLS: true, Implicit: true, User: "podium", Password: "pw"}, wantTLS: true},
		{name: "attachment", opts: smtptest.Options{}, attachments: []Attachment{ics}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := smtptest.Start(t, tt.opts)
			cfg := SMTPConfig{
				Host: srv.Host, Port: srv.Port,
				Username: tt.opts.User, Password: tt.opts.Password,
				ImplicitTLS: tt.opts.Implicit,
				From:        "Podium Ministerie <noreply@podium.test>",
				Timeout:     10 * time.Second,
			}
			if srv.CA != nil {
				cfg.TLSConfig = &tls.Config{RootCAs: srv.CA}
			}
			sender, err := NewSMTPSender(cfg)
			if err != nil {
				t.Fatal(err)
			}
			msg := testMessage()
			msg.Attachments = tt.attachments
			if err := sender.Send(context.Background(), msg); err != nil {
				t.Fatalf("Send: %v", err)
			}
			got := srv.Wait(t, 5*time.Second)
			if got.TLS != tt.wantTLS {
				t.Errorf("TLS = %v, want %v", got.TLS, tt.wantTLS)
			}
			if got.User != tt.opts.User {
				t.Errorf("authenticated as %q, want %q", got.User, tt.opts.User)
			}
			if got.From != "noreply@podium.test" || len(got.To) != 1 || got.To[0] != "ada@example.org" {
				t.Errorf("envelope from %q to %q", got.From, got.To)
			}
			p := parseMail(t, got.Data)
			assertHeaders(t, p, msg)
			if len(tt.attachments) == 0 {
				if p.Attachments != nil {
					t.Errorf("unexpected attachments %v", p.Attachments)
				}
				return
			}
			if _, ok := p.Encodings["multipart/mixed"]; !ok {
				t.Errorf("no multipart/mixed; parts: %v", p.Encodings)
			}
			if len(p.Attachments) != 1 || p.Attachments[0].Filename != ics.Filename ||
				!bytes.Equal(p.Attachments[0].Data, ics.Data) || !strings.HasPrefix(p.Attachments[0].ContentType, "text/calendar") {
				t.Errorf("attachments = %+v, want %+v", p.Attachments, ics)
			}
		})
	}
}

// assertHeaders checks what every delivered message must carry.
func assertHeaders(t *testing.T, p parsedMail, msg Message) {
	t.Helper()
	if p.Subject != msg.Subject {
		t.Errorf("Subject = %q, want %q", p.Subject, msg.Subject)
	}
	from, err := p.Header.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Address != "noreply@podium.test" || from[0].Name != "Podium Ministerie" {
		t.Errorf("From = %v (%v)", from, err)
	}
	to, err := p.Header.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Address != msg.To || to[0].Name != msg.ToName {
		t.Errorf("To = %v (%v), want %s <%s>", to, err, msg.ToName, msg.To)
	}
	if d, err := p.Header.Date(); err != nil || time.Since(d) > time.Minute {
		t.Errorf("Date = %v (%v)", d, err)
	}
	if id := p.Header.Get("Message-ID"); !strings.HasPrefix(id, "<") || !strings.HasSuffix(id, "@podium.test>") {
		t.Errorf("Message-ID = %q", id)
	}
	if v := p.Header.Get("MIME-Version"); v != "1.0" {
		t.Errorf("MIME-Version = %q", v)
	}
	if v := p.Header.Get("Content-Language"); v != string(msg.Lang) {
		t.Errorf("Content-Language = %q", v)
	}
	if p.Encodings["multipart/alternative"] != "multipart" ||
		p.Encodings["text/plain"] != "quoted-printable" || p.Encodings["text/html"] != "quoted-printable" {
		t.Errorf("parts = %v, want multipart/alternative with quoted-printable text and HTML", p.Encodings)
	}
	wantText := strings.ReplaceAll(msg.Text, "\n", "\r\n")
	if p.Text != wantText {
		t.Errorf("text part = %q, want %q", p.Text, wantText)
	}
	if p.HTML != msg.HTML {
		t.Errorf("HTML part = %q, want %q", p.HTML, msg.HTML)
	}
}

func TestSMTPSenderErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		rcptErr       error
		wantPermanent bool
		wantInError   string
	}{
		{
			name:        "temporary rejection",
			rcptErr:     &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"},
			wantInError: "451",
		},
		{
			name:          "unknown recipient",
			rcptErr:       &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"},
			wantPermanent: true,
			wantInError:   "550",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := smtptest.Start(t, smtptest.Options{RcptErrs: []error{tt.rcptErr}})
			sender, err := NewSMTPSender(SMTPConfig{Host: srv.Host, Port: srv.Port, From: "noreply@podium.test"})
			if err != nil {
				t.Fatal(err)
			}
			err = sender.Send(context.Background(), testMessage())
			if err == nil {
				t.Fatal("Send succeeded, want an error")
			}
			if got := errors.Is(err, ErrPermanent); got != tt.wantPermanent {
				t.Errorf("permanent = %v, want %v (%v)", got, tt.wantPermanent, err)
			}
			if !strings.Contains(err.Error(), tt.wantInError) {
				t.Errorf("error %q does not mention %s", err, tt.wantInError)
			}
			if srv.Count() != 0 {
				t.Errorf("server received %d messages", srv.Count())
			}
		})
	}
}

func TestSMTPSenderUnreachable(t *testing.T) {
	t.Parallel()
	// A port that was just closed refuses connections.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(l.Addr().String())
	l.Close()
	sender, err := NewSMTPSender(SMTPConfig{Host: "127.0.0.1", Port: port, From: "noreply@podium.test", Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = sender.Send(context.Background(), testMessage())
	if err == nil || errors.Is(err, ErrPermanent) {
		t.Fatalf("Send = %v, want a temporary error", err)
	}
}

func TestSMTPSenderHonoursContext(t *testing.T) {
	t.Parallel()
	srv := smtptest.Start(t, smtptest.Options{})
	sender, err := NewSMTPSender(SMTPConfig{Host: srv.Host, Port: srv.Port, From: "noreply@podium.test"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := sender.Send(ctx, testMessage()); err == nil {
		t.Fatal("Send with a cancelled context succeeded")
	}
}

func TestBuildMIMEPlainTextOnly(t *testing.T) {
	t.Parallel()
	msg := testMessage()
	msg.HTML = ""
	b, err := buildMIME(&mail.Address{Address: "noreply@podium.test"}, msg, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	p := parseMail(t, b)
	if _, ok := p.Encodings["multipart/alternative"]; ok || p.HTML != "" {
		t.Errorf("a mail without HTML became multipart: %v", p.Encodings)
	}
	if p.Text != strings.ReplaceAll(msg.Text, "\n", "\r\n") {
		t.Errorf("text = %q", p.Text)
	}
}

func TestBuildMIMEHeaderInjection(t *testing.T) {
	t.Parallel()
	msg := testMessage()
	msg.Subject = "Hallo\r\nBcc: victim@example.org"
	b, err := buildMIME(&mail.Address{Address: "noreply@podium.test"}, msg, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	p := parseMail(t, b)
	if v := p.Header.Get("Bcc"); v != "" {
		t.Errorf("subject injected a Bcc header: %q", v)
	}
	if p.Subject != "Hallo Bcc: victim@example.org" {
		t.Errorf("Subject = %q", p.Subject)
	}
}

func TestParseSMTPURL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		raw     string
		want    SMTPConfig
		wantErr bool
	}{
		{raw: "smtp://mail.example.org", want: SMTPConfig{Host: "mail.example.org", Port: "587"}},
		{raw: "smtp://user%40example.org:p%3Ass@mail.example.org:2525", want: SMTPConfig{Host: "mail.example.org", Port: "2525", Username: "user@example.org", Password: "p:ss"}},
		{raw: "smtps://u:p@mail.example.org", want: SMTPConfig{Host: "mail.example.org", Port: "465", Username: "u", Password: "p", ImplicitTLS: true}},
		{raw: "smtp://[::1]:25", want: SMTPConfig{Host: "::1", Port: "25"}},
		{raw: "http://mail.example.org", wantErr: true},
		{raw: "smtp://", wantErr: true},
		{raw: "smtp://mail.example.org/path", wantErr: true},
		{raw: "smtp://mail.example.org?insecure=1", wantErr: true},
		{raw: "://bad", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			t.Parallel()
			got, err := ParseSMTPURL(tt.raw)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err == nil && got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseSMTPURLHidesPassword(t *testing.T) {
	t.Parallel()
	_, err := ParseSMTPURL("smtp://user:hunter2@bad host")
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("err = %v, want an error without the password", err)
	}
}

func TestNewSender(t *testing.T) {
	t.Parallel()
	s, err := NewSender("", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), testMessage()); !errors.Is(err, ErrKept) {
		t.Errorf("sender without SMTP_URL: Send = %v, want ErrKept", err)
	}
	s, err = NewSender("smtp://mail.example.org", "Podium <noreply@example.org>")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.(*SMTPSender); !ok {
		t.Errorf("sender with SMTP_URL is %T, want *SMTPSender", s)
	}
	if _, err := NewSender("smtp://mail.example.org", "not an address"); err == nil {
		t.Error("bad MAIL_FROM accepted")
	}
}
