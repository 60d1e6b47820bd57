package mail

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
)

// buildMIME renders msg as an RFC 5322 message from from, dated date. The
// body is multipart/alternative (plain text, then HTML) in quoted-printable
// UTF-8, wrapped in multipart/mixed when there are attachments, which are
// base64. The result uses CRLF line endings and only 7-bit characters, so
// any SMTP server accepts it.
func buildMIME(from *mail.Address, msg Message, date time.Time) ([]byte, error) {
	to, err := parseRecipient(msg.To)
	if err != nil {
		return nil, err
	}
	to.Name = msg.ToName
	var buf bytes.Buffer
	header := func(name, value string) {
		buf.WriteString(name + ": " + value + "\r\n")
	}
	header("From", from.String())
	header("To", to.String())
	header("Subject", encodeHeader(msg.Subject))
	header("Date", date.Format(time.RFC1123Z))
	header("Message-ID", messageID(from.Address))
	header("MIME-Version", "1.0")
	header("Content-Language", string(msg.Lang))
	// RFC 3834: an automatic mail; vacation responders should not answer.
	header("Auto-Submitted", "auto-generated")

	bodyHeader, body, err := renderBody(msg)
	if err != nil {
		return nil, err
	}
	if len(msg.Attachments) == 0 {
		for _, k := range []string{"Content-Type", "Content-Transfer-Encoding"} {
			if v := bodyHeader.Get(k); v != "" {
				header(k, v)
			}
		}
		buf.WriteString("\r\n")
		buf.Write(body)
		return buf.Bytes(), nil
	}
	mixed := multipart.NewWriter(&buf)
	header("Content-Type", mime.FormatMediaType("multipart/mixed", map[string]string{"boundary": mixed.Boundary()}))
	buf.WriteString("\r\n")
	part, err := mixed.CreatePart(bodyHeader)
	if err != nil {
		return nil, err
	}
	if _, err := part.Write(body); err != nil {
		return nil, err
	}
	for _, a := range msg.Attachments {
		h := textproto.MIMEHeader{}
		h.Set("Content-Type", a.ContentType)
		h.Set("Content-Transfer-Encoding", "base64")
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": a.Filename}))
		part, err := mixed.CreatePart(h)
		if err != nil {
			return nil, err
		}
		if err := writeBase64(part, a.Data); err != nil {
			return nil, err
		}
	}
	if err := mixed.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// renderBody returns the MIME header and encoded content of msg's body: the
// text alone in quoted-printable, or multipart/alternative with the text
// first and the HTML second, so that clients prefer the HTML.
func renderBody(msg Message) (textproto.MIMEHeader, []byte, error) {
	var buf bytes.Buffer
	h := textproto.MIMEHeader{}
	if msg.HTML == "" {
		h.Set("Content-Type", "text/plain; charset=utf-8")
		h.Set("Content-Transfer-Encoding", "quoted-printable")
		err := writeQP(&buf, msg.Text)
		return h, buf.Bytes(), err
	}
	alt := multipart.NewWriter(&buf)
	h.Set("Content-Type", mime.FormatMediaType("multipart/alternative", map[string]string{"boundary": alt.Boundary()}))
	for _, p := range []struct{ contentType, body string }{
		{"text/plain; charset=utf-8", msg.Text},
		{"text/html; charset=utf-8", msg.HTML},
	} {
		ph := textproto.MIMEHeader{}
		ph.Set("Content-Type", p.contentType)
		ph.Set("Content-Transfer-Encoding", "quoted-printable")
		part, err := alt.CreatePart(ph)
		if err != nil {
			return nil, nil, err
		}
		if err := writeQP(part, p.body); err != nil {
			return nil, nil, err
		}
	}
	err := alt.Close()
	return h, buf.Bytes(), err
}

func writeQP(w io.Writer, s string) error {
	qp := quotedprintable.NewWriter(w)
	if _, err := io.WriteString(qp, s); err != nil {
		return err
	}
	return qp.Close()
}

// writeBase64 writes data in base64 lines of 76 characters (RFC 2045).
func writeBase64(w io.Writer, data []byte) error {
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 0 {
		n := min(76, len(enc))
		if _, err := io.WriteString(w, enc[:n]+"\r\n"); err != nil {
			return err
		}
		enc = enc[n:]
	}
	return nil
}

// encodeHeader encodes s as RFC 2047 words when it is not plain ASCII,
// folding between the words so that no header line grows too long. Line
// breaks in s become spaces, so s cannot add headers.
func encodeHeader(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	enc := mime.QEncoding.Encode("utf-8", s)
	return strings.ReplaceAll(enc, "?= =?", "?=\r\n =?")
}

// messageID returns a new, globally unique Message-ID in the sender's
// domain.
func messageID(fromAddress string) string {
	domain := "localhost"
	if at := strings.LastIndexByte(fromAddress, '@'); at >= 0 {
		domain = fromAddress[at+1:]
	}
	return "<" + rand.Text() + "@" + domain + ">"
}
