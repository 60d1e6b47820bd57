package web

import (
	"context"
	"io"
	"log/slog"
	"mime/quotedprintable"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/smtptest"
)

func signInForm(email, password string) url.Values {
	return url.Values{"email": {email}, "password": {password}}
}

func TestSignInRenewsTheSessionID(t *testing.T) {
	site := newTestSite(t)
	u := site.addUser("fixatie@podium.example", accounts.RoleEditor)
	victim := site.newBrowser()
	// An anonymous session exists before sign-in (here: one carrying a
	// flash message); an attacker could have planted its id.
	victim.get("/login/2fa")
	planted := victim.sessionCookie()
	if planted == "" {
		t.Fatal("no anonymous session to plant")
	}
	if resp := victim.post("/login", signInForm(u.Email, testPassword)); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin" {
		t.Fatalf("sign-in: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	after := victim.sessionCookie()
	if after == "" || after == planted {
		t.Fatalf("session id not renewed at sign-in: before %q after %q", planted, after)
	}
	attacker := site.newBrowser()
	base, _ := url.Parse(site.http.URL)
	attacker.client.Jar.SetCookies(base, []*http.Cookie{{Name: SessionCookie, Value: planted}})
	if resp := attacker.get("/admin/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("the planted session id gives %d, want 303 to sign-in", resp.StatusCode)
	}
	if resp := victim.get("/admin/"); resp.StatusCode != http.StatusOK {
		t.Errorf("the signed-in user gets %d", resp.StatusCode)
	}
}

func TestSessionCookieAttributes(t *testing.T) {
	site := newTestSite(t)
	u := site.addUser("koekje@podium.example", accounts.RoleEditor)
	resp := site.newBrowser().post("/login", signInForm(u.Email, testPassword))
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == SessionCookie {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode || cookie.Path != "/" {
		t.Errorf("session cookie %+v, want HttpOnly, SameSite=Lax, Path=/", cookie)
	}
	// Public pages set no cookie at all.
	if got := site.get("/verhalen").Header.Get("Set-Cookie"); got != "" {
		t.Errorf("public page sets a cookie: %q", got)
	}
}

func TestSessionsExpire(t *testing.T) {
	t.Run("idle", func(t *testing.T) {
		site := newTestSite(t)
		b, _ := site.signedIn(accounts.RoleEditor)
		site.clock.Advance(29 * time.Minute)
		if resp := b.get("/admin/"); resp.StatusCode != http.StatusOK {
			t.Fatalf("after 29 idle minutes: %d, want still signed in", resp.StatusCode)
		}
		site.clock.Advance(31 * time.Minute)
		if resp := b.get("/admin/"); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("after 31 idle minutes: %d, want 303 to sign-in", resp.StatusCode)
		}
	})
	t.Run("absolute", func(t *testing.T) {
		site := newTestSite(t)
		b, _ := site.signedIn(accounts.RoleEditor)
		// Active every 20 minutes, never idle, yet the session ends 12 h
		// after sign-in.
		for elapsed := time.Duration(0); elapsed < 11*time.Hour+40*time.Minute; elapsed += 20 * time.Minute {
			site.clock.Advance(20 * time.Minute)
			if resp := b.get("/admin/"); resp.StatusCode != http.StatusOK {
				t.Fatalf("after %s of activity: %d, want still signed in", elapsed+20*time.Minute, resp.StatusCode)
			}
		}
		site.clock.Advance(20 * time.Minute)
		if resp := b.get("/admin/"); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("after 12 h: %d, want 303 to sign-in", resp.StatusCode)
		}
	})
}

func TestDisablingAUserEndsTheirSessions(t *testing.T) {
	site := newTestSite(t)
	_, admin := site.signedIn(accounts.RoleAdmin)
	editor, u := site.signedIn(accounts.RoleEditor)
	if err := site.server.users.Disable(context.Background(), audit.Actor{ID: admin.ID, Email: admin.Email}, u.ID); err != nil {
		t.Fatal(err)
	}
	if resp := editor.get("/admin/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("disabled user's session: %d, want 303 to sign-in", resp.StatusCode)
	}
	doc := site.newBrowser().submit("/login", signInForm(u.Email, testPassword), http.StatusUnprocessableEntity)
	if !strings.Contains(doc.Find(".error-summary").Text(), i18n.T(i18n.NL, "auth.error.credentials")) {
		t.Error("a disabled user can sign in")
	}
}

func TestChangingThePasswordEndsOtherSessions(t *testing.T) {
	site := newTestSite(t)
	u := site.addUser("wissel@podium.example", accounts.RoleEditor)
	laptop, phone := site.newBrowser(), site.newBrowser()
	for _, b := range []*browser{laptop, phone} {
		if resp := b.post("/login", signInForm(u.Email, testPassword)); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("sign-in: %d", resp.StatusCode)
		}
	}
	// A wrong current password changes nothing and says so at the field.
	doc := laptop.submit("/account/password", url.Values{"current": {"wrong password here"},
		"password": {"een heel nieuw wachtwoord"}, "confirm": {"een heel nieuw wachtwoord"}}, http.StatusUnprocessableEntity)
	if v, _ := doc.Find("#field-current").Attr("aria-invalid"); v != "true" {
		t.Error("wrong current password not marked at its field")
	}
	resp := laptop.post("/account/password", url.Values{"current": {testPassword},
		"password": {"een heel nieuw wachtwoord"}, "confirm": {"een heel nieuw wachtwoord"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("change password: %d", resp.StatusCode)
	}
	if resp := laptop.get("/account/"); resp.StatusCode != http.StatusOK {
		t.Errorf("the session that changed the password: %d, want still signed in", resp.StatusCode)
	}
	if resp := phone.get("/account/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("the other session: %d, want ended", resp.StatusCode)
	}
	if resp := site.newBrowser().post("/login", signInForm(u.Email, "een heel nieuw wachtwoord")); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("sign-in with the new password: %d", resp.StatusCode)
	}
}

func TestRepeatedFailuresSlowDownThenLockSignIn(t *testing.T) {
	site := newTestSite(t)
	u := site.addUser("raden@podium.example", accounts.RoleEditor)
	b := site.newBrowser()
	fail := func() int { return b.post("/login", signInForm(u.Email, "not the password")).StatusCode }
	for i := 1; i <= 5; i++ {
		if got := fail(); got != http.StatusUnprocessableEntity {
			t.Fatalf("failure %d: %d", i, got)
		}
	}
	// After five failures the next attempt must wait, even with the right password.
	resp := b.post("/login", signInForm(u.Email, testPassword))
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("attempt right after 5 failures: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	doc := b.parse(b.post("/login", signInForm(u.Email, testPassword)), "POST /login", http.StatusTooManyRequests)
	if msg := doc.Find(".error-summary").Text(); !strings.Contains(msg, "seconden") {
		t.Errorf("delay message %q", msg)
	}
	if v, _ := doc.Find("#field-email").Attr("value"); v != u.Email {
		t.Errorf("form lost the e-mail address: %q", v)
	}
	for i := 6; i <= 10; i++ {
		site.clock.Advance(61 * time.Second)
		if got := fail(); got != http.StatusUnprocessableEntity {
			t.Fatalf("failure %d after waiting: %d", i, got)
		}
	}
	site.clock.Advance(61 * time.Second)
	doc = b.parse(b.post("/login", signInForm(u.Email, testPassword)), "POST /login", http.StatusTooManyRequests)
	if msg := doc.Find(".error-summary").Text(); !strings.Contains(msg, "geblokkeerd") || !strings.Contains(msg, "minuten") {
		t.Errorf("lock message %q", msg)
	}
	// The lock holds for every client, not per browser.
	if got := site.newBrowser().post("/login", signInForm(u.Email, testPassword)).StatusCode; got != http.StatusTooManyRequests {
		t.Errorf("another browser during the lock: %d", got)
	}
	site.clock.Advance(16 * time.Minute)
	if got := b.post("/login", signInForm(u.Email, testPassword)).StatusCode; got != http.StatusSeeOther {
		t.Errorf("after the lock: %d, want signed in", got)
	}
}

func TestTwoStepSignIn(t *testing.T) {
	site := newTestSite(t)
	u := site.addUser("tweestaps@podium.example", accounts.RoleAdmin)
	ctx := context.Background()
	store := accounts.NewStore(site.pool)
	secret, _, err := store.StartTOTP(ctx, u.ID, "Podium", u.Email)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := accounts.GenerateTOTPCode(secret, time.Now().Add(-30*time.Second))
	recovery, err := store.ConfirmTOTP(ctx, u.ID, code)
	if err != nil {
		t.Fatal(err)
	}
	b := site.newBrowser()
	resp := b.post("/login", signInForm(u.Email, testPassword))
	if resp.Header.Get("Location") != "/login/2fa" {
		t.Fatalf("password step leads to %q", resp.Header.Get("Location"))
	}
	if got := b.get("/admin/").StatusCode; got != http.StatusSeeOther {
		t.Errorf("after the password alone /admin gives %d, want sign-in", got)
	}
	doc := b.submit("/login/2fa", url.Values{"code": {"000000"}}, http.StatusUnprocessableEntity)
	if v, _ := doc.Find("#field-code").Attr("aria-invalid"); v != "true" {
		t.Error("wrong code not marked at its field")
	}
	now, _ := accounts.GenerateTOTPCode(secret, time.Now())
	if resp := b.post("/login/2fa", url.Values{"code": {now}}); resp.Header.Get("Location") != "/admin" {
		t.Fatalf("right code leads to %q (%d)", resp.Header.Get("Location"), resp.StatusCode)
	}
	// A recovery code works once.
	for i, want := range []string{"/admin", ""} {
		b := site.newBrowser()
		b.post("/login", signInForm(u.Email, testPassword))
		resp := b.post("/login/2fa", url.Values{"code": {recovery[0]}})
		if resp.Header.Get("Location") != want {
			t.Errorf("recovery code use %d: %d to %q", i+1, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
}

func TestRequiredTwoFactorSendsUsersToSetUp(t *testing.T) {
	site := newTestSite(t)
	b, u := site.signedIn(accounts.RoleEditor)
	if err := accounts.NewSettings(site.pool).SetRequireTwoFactor(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	if resp := b.get("/admin/"); resp.Header.Get("Location") != "/account/2fa" {
		t.Fatalf("/admin with 2FA required: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	doc := b.page("/account/2fa", http.StatusOK)
	secret := strings.TrimSpace(doc.Find("code.secret").Text())
	if secret == "" {
		t.Fatal("set-up page shows no key")
	}
	b.submit("/account/2fa", url.Values{"code": {"123456"}}, http.StatusUnprocessableEntity)
	code, _ := accounts.GenerateTOTPCode(secret, time.Now())
	doc = b.submit("/account/2fa", url.Values{"code": {code}}, http.StatusOK)
	if n := doc.Find(".recovery-codes li").Length(); n != 10 {
		t.Errorf("%d recovery codes shown, want 10", n)
	}
	if resp := b.get("/admin/"); resp.StatusCode != http.StatusOK {
		t.Errorf("/admin after set-up: %d", resp.StatusCode)
	}
	entries, _ := audit.NewLog(site.pool).List(context.Background(), audit.Filter{Action: "user.two_factor_enable"})
	if len(entries) != 1 || entries[0].ActorEmail != u.Email {
		t.Errorf("audit entries %+v", entries)
	}
}

var resetLink = regexp.MustCompile(`https?://[^\s"<>]+/password/reset\?token=[A-Za-z0-9_-]+`)

// TestPasswordResetMailOverSMTP asks for a reset link, receives the mail
// on a real SMTP server through the outbox and River, uses the link once,
// and finds it dead the second time.
func TestPasswordResetMailOverSMTP(t *testing.T) {
	site := newTestSite(t)
	u := site.addUser("vergeten@podium.example", accounts.RoleEditor)
	smtpServer := smtptest.Start(t, smtptest.Options{})
	sender, err := mail.NewSMTPSender(mail.SMTPConfig{Host: smtpServer.Host, Port: smtpServer.Port, From: "Podium <noreply@podium.example>"})
	if err != nil {
		t.Fatal(err)
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, mail.NewSendWorker(site.pool, sender, nil, func(int) time.Duration { return 50 * time.Millisecond }))
	worker, err := jobs.NewClient(site.pool, workers, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := worker.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = worker.Stop(context.Background()) })

	b := site.newBrowser()
	known := b.submit("/password/forgot", url.Values{"email": {u.Email}}, http.StatusOK)
	unknown := b.submit("/password/forgot", url.Values{"email": {"niemand@podium.example"}}, http.StatusOK)
	if known.Find("main").Text() != unknown.Find("main").Text() {
		t.Error("the answer differs for known and unknown addresses")
	}
	msg := smtpServer.Wait(t, 15*time.Second)
	if len(msg.To) != 1 || msg.To[0] != u.Email {
		t.Fatalf("mail went to %v", msg.To)
	}
	body, _ := io.ReadAll(quotedprintable.NewReader(strings.NewReader(string(msg.Data))))
	link := resetLink.FindString(string(body))
	if link == "" {
		t.Fatalf("no reset link in the mail:\n%s", body)
	}
	path := strings.TrimPrefix(link, site.http.URL)

	doc := b.page(path, http.StatusOK)
	if doc.Find("#field-password").Length() != 1 {
		t.Fatal("reset link shows no password form")
	}
	// A weak password keeps the link usable.
	b.submit(path, url.Values{"password": {"kort"}, "confirm": {"kort"}}, http.StatusUnprocessableEntity)
	resp := b.post(path, url.Values{"password": {"een nieuw en lang wachtwoord"}, "confirm": {"een nieuw en lang wachtwoord"}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login" {
		t.Fatalf("set password: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if got := site.newBrowser().post("/login", signInForm(u.Email, "een nieuw en lang wachtwoord")).StatusCode; got != http.StatusSeeOther {
		t.Errorf("sign-in with the new password: %d", got)
	}
	// Once only.
	b.page(path, http.StatusGone)
	b.submit(path, url.Values{"password": {"nog een ander wachtwoord"}, "confirm": {"nog een ander wachtwoord"}}, http.StatusGone)
	time.Sleep(200 * time.Millisecond)
	if n := smtpServer.Count(); n != 1 {
		t.Errorf("SMTP server received %d mails, want 1 (none for the unknown address)", n)
	}
}
