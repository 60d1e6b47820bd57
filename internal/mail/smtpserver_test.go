package mail

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"log"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// received is one message as the test SMTP server got it.
type received struct {
	From string
	To   []string
	Data []byte
	// TLS tells whether the message came over an encrypted connection.
	TLS bool
	// User is who authenticated, or empty.
	User string
}

// testSMTP is a real SMTP server on 127.0.0.1 that keeps what it receives.
type testSMTP struct {
	Host, Port string
	// CA trusts the server's certificate when it has one.
	CA *x509.CertPool

	mu       sync.Mutex
	msgs     []received
	rcptErrs []error // returned by the next RCPTs, one each, before accepting
	got      chan received
}

type smtpOptions struct {
	// tls makes the server offer STARTTLS, or with implicit speak TLS
	// from the start.
	tls, implicit bool
	// user and password, when set, are required before MAIL.
	user, password string
	// rcptErrs are returned to the first RCPT commands, one each.
	rcptErrs []error
}

func startSMTP(t *testing.T, opts smtpOptions) *testSMTP {
	t.Helper()
	s := &testSMTP{rcptErrs: opts.rcptErrs, got: make(chan received, 16)}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &testSession{srv: s, conn: c, opts: opts}, nil
	}))
	srv.Domain = "localhost"
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	srv.ErrorLog = log.New(io.Discard, "", 0)
	var l net.Listener
	var err error
	if opts.tls {
		var cert tls.Certificate
		cert, s.CA = selfSignedCert(t)
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	}
	if opts.implicit {
		l, err = tls.Listen("tcp", "127.0.0.1:0", srv.TLSConfig)
	} else {
		l, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	s.Host, s.Port, _ = net.SplitHostPort(l.Addr().String())
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return s
}

// wait returns the next message, failing the test after timeout.
func (s *testSMTP) wait(t *testing.T, timeout time.Duration) received {
	t.Helper()
	select {
	case m := <-s.got:
		return m
	case <-time.After(timeout):
		t.Fatalf("SMTP server received no message within %s", timeout)
		return received{}
	}
}

func (s *testSMTP) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.msgs)
}

type testSession struct {
	srv  *testSMTP
	conn *smtp.Conn
	opts smtpOptions
	user string
	from string
	to   []string
}

func (ss *testSession) AuthMechanisms() []string {
	if ss.opts.user == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *testSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, password string) error {
		if user != ss.opts.user || password != ss.opts.password {
			return errors.New("bad credentials")
		}
		ss.user = user
		return nil
	}), nil
}

func (ss *testSession) Mail(from string, _ *smtp.MailOptions) error {
	if ss.opts.user != "" && ss.user == "" {
		return smtp.ErrAuthRequired
	}
	ss.from = from
	return nil
}

func (ss *testSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.srv.mu.Lock()
	defer ss.srv.mu.Unlock()
	if len(ss.srv.rcptErrs) > 0 {
		err := ss.srv.rcptErrs[0]
		ss.srv.rcptErrs = ss.srv.rcptErrs[1:]
		if err != nil {
			return err
		}
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *testSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	_, isTLS := ss.conn.TLSConnectionState()
	m := received{From: ss.from, To: ss.to, Data: b, TLS: isTLS, User: ss.user}
	ss.srv.mu.Lock()
	ss.srv.msgs = append(ss.srv.msgs, m)
	ss.srv.mu.Unlock()
	ss.srv.got <- m
	return nil
}

func (ss *testSession) Reset()        { ss.from, ss.to = "", nil }
func (ss *testSession) Logout() error { return nil }

// selfSignedCert makes a certificate for 127.0.0.1 and a pool that trusts it.
func selfSignedCert(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "podium test smtp"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA:                  true,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}, pool
}
