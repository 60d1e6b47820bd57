package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/smtp"
	"net/textproto"
	"net/url"
	"os"
	"time"
)

// SMTPConfig says how SMTPSender reaches its mail server.
type SMTPConfig struct {
	// Host and Port locate the server.
	Host, Port string
	// Username and Password authenticate with AUTH PLAIN when Username is
	// not empty. They are only sent over TLS, or in the clear to a loopback
	// address.
	Username, Password string
	// ImplicitTLS connects with TLS from the start (smtps, port 465).
	// Otherwise the connection switches to TLS with STARTTLS when the
	// server offers it.
	ImplicitTLS bool
	// TLSConfig verifies the server; nil means the system's roots for Host.
	// Tests set it to trust their own certificate.
	TLSConfig *tls.Config
	// From is the sender, such as "Podium <noreply@example.org>" (MAIL_FROM).
	From string
	// HelloName is the name given in EHLO; empty means this machine's host
	// name.
	HelloName string
	// Timeout bounds one delivery, from dialling to QUIT, unless the
	// context's deadline is earlier; zero means one minute.
	Timeout time.Duration
}

// ParseSMTPURL reads SMTP_URL: smtp://user:pass@host:port for STARTTLS
// when the server offers it (port 587 when absent), smtps://user:pass@host:port
// for TLS from the start (port 465 when absent). User and password are
// optional and percent-encoded. From is left empty.
func ParseSMTPURL(raw string) (SMTPConfig, error) {
	u, err := url.Parse(raw)
	if err != nil {
		// url.Parse's error repeats the URL, password and all.
		return SMTPConfig{}, errors.New("SMTP URL is not a valid URL")
	}
	var cfg SMTPConfig
	switch u.Scheme {
	case "smtp":
		cfg.Port = "587"
	case "smtps":
		cfg.Port = "465"
		cfg.ImplicitTLS = true
	default:
		return SMTPConfig{}, fmt.Errorf("SMTP URL: scheme %q is not smtp or smtps", u.Scheme)
	}
	cfg.Host = u.Hostname()
	if cfg.Host == "" {
		return SMTPConfig{}, errors.New("SMTP URL: no host")
	}
	if p := u.Port(); p != "" {
		cfg.Port = p
	}
	if u.User != nil {
		cfg.Username = u.User.Username()
		cfg.Password, _ = u.User.Password()
	}
	if u.Path != "" && u.Path != "/" || u.RawQuery != "" {
		return SMTPConfig{}, errors.New("SMTP URL: unexpected path or query")
	}
	return cfg, nil
}

// SMTPSender delivers messages to an SMTP server, one connection per
// message.
type SMTPSender struct {
	cfg  SMTPConfig
	from *mail.Address
}

// NewSMTPSender checks cfg and returns a sender for it. cfg.From must be a
// valid address.
func NewSMTPSender(cfg SMTPConfig) (*SMTPSender, error) {
	if cfg.Host == "" || cfg.Port == "" {
		return nil, errors.New("mail.NewSMTPSender: host and port are required")
	}
	from, err := mail.ParseAddress(cfg.From)
	if err != nil {
		return nil, fmt.Errorf("mail.NewSMTPSender: sender address %q: %w", cfg.From, err)
	}
	if cfg.HelloName == "" {
		cfg.HelloName = "localhost"
		if h, err := os.Hostname(); err == nil && h != "" {
			cfg.HelloName = h
		}
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = time.Minute
	}
	return &SMTPSender{cfg: cfg, from: from}, nil
}

// Send delivers msg. An error wraps ErrPermanent when the server refused
// the recipient or the message with a 5xx reply; other errors (network,
// TLS, authentication, 4xx replies) may pass on a later try.
func (s *SMTPSender) Send(ctx context.Context, msg Message) error {
	body, err := buildMIME(s.from, msg, time.Now())
	if err != nil {
		return fmt.Errorf("%w: build message: %w", ErrPermanent, err)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	c, err := s.dial(ctx)
	if err != nil {
		return err
	}
	defer c.Close()

	if err := c.Mail(s.from.Address); err != nil {
		return fmt.Errorf("smtp MAIL FROM: %w", err)
	}
	if err := c.Rcpt(msg.To); err != nil {
		return fmt.Errorf("smtp RCPT TO: %w", permanentIf5xx(err))
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("smtp DATA: %w", permanentIf5xx(err))
	}
	if _, err := w.Write(body); err != nil {
		return fmt.Errorf("smtp DATA: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("smtp DATA: %w", permanentIf5xx(err))
	}
	// The server has accepted the message; a failed QUIT does not undo that.
	_ = c.Quit()
	return nil
}

// dial connects, greets, switches to TLS and authenticates as configured.
// The connection is closed when ctx ends, which aborts any exchange.
func (s *SMTPSender) dial(ctx context.Context) (*smtp.Client, error) {
	addr := net.JoinHostPort(s.cfg.Host, s.cfg.Port)
	tlsConfig := s.tlsConfig()
	var conn net.Conn
	var err error
	if s.cfg.ImplicitTLS {
		d := &tls.Dialer{Config: tlsConfig}
		conn, err = d.DialContext(ctx, "tcp", addr)
	} else {
		var d net.Dialer
		conn, err = d.DialContext(ctx, "tcp", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("smtp dial %s: %w", addr, err)
	}
	if deadline, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(deadline)
	}
	stop := context.AfterFunc(ctx, func() { _ = conn.Close() })
	c, err := s.greet(conn, tlsConfig)
	if err != nil {
		stop()
		_ = conn.Close()
		return nil, err
	}
	return c, nil
}

func (s *SMTPSender) greet(conn net.Conn, tlsConfig *tls.Config) (*smtp.Client, error) {
	c, err := smtp.NewClient(conn, s.cfg.Host)
	if err != nil {
		return nil, fmt.Errorf("smtp greeting: %w", err)
	}
	if err := c.Hello(s.cfg.HelloName); err != nil {
		return nil, fmt.Errorf("smtp EHLO: %w", err)
	}
	if !s.cfg.ImplicitTLS {
		if ok, _ := c.Extension("STARTTLS"); ok {
			if err := c.StartTLS(tlsConfig); err != nil {
				return nil, fmt.Errorf("smtp STARTTLS: %w", err)
			}
		}
	}
	if s.cfg.Username != "" {
		// PlainAuth itself refuses to send the password unencrypted to
		// anything but a loopback address.
		auth := smtp.PlainAuth("", s.cfg.Username, s.cfg.Password, s.cfg.Host)
		if err := c.Auth(auth); err != nil {
			return nil, fmt.Errorf("smtp AUTH: %w", err)
		}
	}
	return c, nil
}

func (s *SMTPSender) tlsConfig() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if s.cfg.TLSConfig != nil {
		cfg = s.cfg.TLSConfig.Clone()
	}
	if cfg.ServerName == "" {
		cfg.ServerName = s.cfg.Host
	}
	return cfg
}

// permanentIf5xx wraps ErrPermanent around a 5xx SMTP reply.
func permanentIf5xx(err error) error {
	var te *textproto.Error
	if errors.As(err, &te) && te.Code >= 500 && te.Code < 600 {
		return fmt.Errorf("%w: %w", ErrPermanent, err)
	}
	return err
}
