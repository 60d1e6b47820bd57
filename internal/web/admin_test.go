package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/web/views"
)

// auditEntries returns the audit entries matching f, newest first.
func (s *testSite) auditEntries(f audit.Filter) []audit.Record {
	s.t.Helper()
	recs, err := s.server.audit.List(context.Background(), f)
	if err != nil {
		s.t.Fatal(err)
	}
	return recs
}

// mailsTo returns the outbox's mails to address, newest first, with bodies.
func (s *testSite) mailsTo(address string) []mail.Mail {
	s.t.Helper()
	ctx := context.Background()
	list, err := s.server.outbox.List(ctx, mail.ListFilter{Limit: mail.MaxListLimit})
	if err != nil {
		s.t.Fatal(err)
	}
	var out []mail.Mail
	for _, m := range list {
		if m.To == address {
			full, err := s.server.outbox.ByID(ctx, m.ID)
			if err != nil {
				s.t.Fatal(err)
			}
			out = append(out, full)
		}
	}
	return out
}

// user reloads a user.
func (s *testSite) user(id int64) accounts.User {
	s.t.Helper()
	u, err := s.server.accounts.ByID(context.Background(), id)
	if err != nil {
		s.t.Fatal(err)
	}
	return u
}

// addPartner creates a partner organisation.
func (s *testSite) addPartner(slug, name string) accounts.Partner {
	s.t.Helper()
	p, err := s.server.accounts.CreatePartner(context.Background(), slug, name)
	if err != nil {
		s.t.Fatal(err)
	}
	return p
}

// enableTwoFactor turns TOTP on for u, as the set-up page would.
func (s *testSite) enableTwoFactor(u accounts.User) {
	s.t.Helper()
	ctx := context.Background()
	secret, _, err := s.server.accounts.StartTOTP(ctx, u.ID, "Podium", u.Email)
	if err != nil {
		s.t.Fatal(err)
	}
	code, err := accounts.GenerateTOTPCode(secret, time.Now())
	if err != nil {
		s.t.Fatal(err)
	}
	if _, err := s.server.accounts.ConfirmTOTP(ctx, u.ID, code); err != nil {
		s.t.Fatal(err)
	}
}

// wantRedirect asserts a 303 to location.
func wantRedirect(t *testing.T, resp *http.Response, location string) {
	t.Helper()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != location {
		t.Fatalf("got %d to %q, want 303 to %q", resp.StatusCode, resp.Header.Get("Location"), location)
	}
}

// wantSignedOut asserts that b's session no longer lets it into /admin.
func wantSignedOut(t *testing.T, b *browser) {
	t.Helper()
	resp := b.get("/admin/")
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/login") {
		t.Fatalf("GET /admin/ after the change: %d to %q, want 303 to /login", resp.StatusCode, loc)
	}
}

// wantFieldError asserts that field is marked invalid with the message of
// key, and listed in the error summary.
func wantFieldError(t *testing.T, doc *goquery.Document, field, key string) {
	t.Helper()
	id := "field-" + field
	if doc.Find("#"+id+`[aria-invalid="true"]`).Length() != 1 {
		t.Errorf("#%s is not aria-invalid", id)
	}
	if got := doc.Find("#" + id + "-error").Text(); !strings.Contains(got, i18n.T(i18n.NL, key)) {
		t.Errorf("#%s-error = %q, want the text of %s", id, got, key)
	}
	if doc.Find(`.error-summary a[href="#`+id+`"]`).Length() != 1 {
		t.Errorf("the error summary does not link to #%s", id)
	}
}

func userPath(id int64, action ...string) string {
	p := views.AdminUserPath(id)
	for _, a := range action {
		p += "/" + a
	}
	return p
}

func TestInviteUser(t *testing.T) {
	site := newTestSite(t)
	b, admin := site.signedIn(accounts.RoleAdmin)
	p := site.addPartner("stichting-ster", "Stichting Ster")

	doc := b.page("/admin/users/invite", http.StatusOK)
	if got, _ := doc.Find(`#field-partner option[value="` + strconv.FormatInt(p.ID, 10) + `"]`).Attr("value"); got == "" {
		t.Fatal("the partner select does not offer the partner organisation")
	}

	resp := b.post("/admin/users/invite", url.Values{
		"email": {"Nieuwe.Collega@Example.org"}, "name": {"Nieuwe Collega"},
		"role": {"partner"}, "partner": {strconv.FormatInt(p.ID, 10)}, "lang": {"en"},
	})
	wantRedirect(t, resp, "/admin/users")

	invited, err := site.server.accounts.ByEmail(context.Background(), "nieuwe.collega@example.org")
	if err != nil {
		t.Fatal(err)
	}
	if invited.Role != accounts.RolePartner || invited.PartnerID == nil || *invited.PartnerID != p.ID ||
		invited.Lang != i18n.EN || invited.PasswordSet || invited.Name != "Nieuwe Collega" {
		t.Errorf("invited user = %+v", invited)
	}

	// The list shows the flash and the new user, pending, with the partner.
	doc = b.page("/admin/users", http.StatusOK)
	if got := doc.Find(".flash").Text(); got != i18n.T(i18n.NL, "admin.flash.invited") {
		t.Errorf("flash = %q", got)
	}
	row := doc.Find(`tr:has(a[href="` + userPath(invited.ID) + `"])`)
	if row.Length() != 1 {
		t.Fatal("the list has no row linking to the invited user")
	}
	for _, want := range []string{"nieuwe.collega@example.org", "Stichting Ster", i18n.T(i18n.NL, "admin.role.partner"), i18n.T(i18n.NL, "admin.status.pending")} {
		if !strings.Contains(row.Text(), want) {
			t.Errorf("row %q lacks %q", row.Text(), want)
		}
	}

	// One invitation mail, in the invitee's language, naming the inviter,
	// with a working activation link.
	mails := site.mailsTo("nieuwe.collega@example.org")
	if len(mails) != 1 {
		t.Fatalf("%d mails to the invitee, want 1", len(mails))
	}
	m := mails[0]
	if m.Kind != "invitation" || m.Lang != i18n.EN || !strings.Contains(m.Subject, admin.Name) {
		t.Errorf("mail kind %q lang %q subject %q", m.Kind, m.Lang, m.Subject)
	}
	prefix := site.http.URL + "/invite?token="
	i := strings.Index(m.Text, prefix)
	if i < 0 {
		t.Fatalf("mail text has no %s link:\n%s", prefix, m.Text)
	}
	link := strings.Fields(m.Text[i:])[0]
	site.newBrowser().page(strings.TrimPrefix(link, site.http.URL), http.StatusOK)

	entries := site.auditEntries(audit.Filter{Action: "user.invite"})
	if len(entries) != 1 {
		t.Fatalf("%d user.invite entries, want 1", len(entries))
	}
	e := entries[0]
	if e.ActorEmail != admin.Email || e.RecordType != "user" || e.RecordID != strconv.FormatInt(invited.ID, 10) {
		t.Errorf("audit entry = %+v", e)
	}
}

func TestInviteUserErrors(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	site.addUser("bestaand@podium.example", accounts.RoleEditor)
	p := site.addPartner("partner-een", "Partner Een")
	pid := strconv.FormatInt(p.ID, 10)

	valid := func(change map[string]string) url.Values {
		v := url.Values{"email": {"nieuw@podium.example"}, "name": {"Ada Nieuw"}, "role": {"editor"}, "partner": {""}, "lang": {"nl"}}
		for k, val := range change {
			v.Set(k, val)
		}
		return v
	}
	tests := []struct {
		name  string
		form  url.Values
		field string
		key   string
	}{
		{"invalid e-mail", valid(map[string]string{"email": "geen-adres"}), "email", "auth.error.email"},
		{"taken e-mail, other case", valid(map[string]string{"email": "Bestaand@Podium.example"}), "email", "admin.error.email_taken"},
		{"missing name", valid(map[string]string{"name": ""}), "name", "form.required"},
		{"partner role without partner", valid(map[string]string{"role": "partner"}), "partner", "admin.error.partner_req"},
		{"partner with the editor role", valid(map[string]string{"partner": pid}), "partner", "admin.error.partner_no"},
		{"unknown partner", valid(map[string]string{"role": "partner", "partner": "999999"}), "partner", "admin.error.partner_unk"},
		{"unknown role", valid(map[string]string{"role": "owner"}), "role", "admin.error.role"},
		{"unknown language", valid(map[string]string{"lang": "de"}), "lang", "admin.error.lang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := b.submit("/admin/users/invite", tt.form, http.StatusUnprocessableEntity)
			wantFieldError(t, doc, tt.field, tt.key)
			// What was typed comes back.
			if got, _ := doc.Find("#field-email").Attr("value"); got != tt.form.Get("email") {
				t.Errorf("e-mail field = %q, want %q", got, tt.form.Get("email"))
			}
			if got, _ := doc.Find("#field-name").Attr("value"); got != tt.form.Get("name") {
				t.Errorf("name field = %q, want %q", got, tt.form.Get("name"))
			}
			if got, _ := doc.Find("#field-role option[selected]").Attr("value"); tt.field != "role" && got != tt.form.Get("role") {
				t.Errorf("selected role = %q, want %q", got, tt.form.Get("role"))
			}
		})
	}
	if _, err := site.server.accounts.ByEmail(context.Background(), "nieuw@podium.example"); err == nil {
		t.Error("a refused invitation created the user")
	}
	if got := site.auditEntries(audit.Filter{Action: "user.invite"}); len(got) != 0 {
		t.Errorf("refused invitations wrote %d audit entries", len(got))
	}
}

func TestListUsers(t *testing.T) {
	site := newTestSite(t)
	b, admin := site.signedIn(accounts.RoleAdmin)
	p := site.addPartner("lijst-partner", "Lijst Partner")
	partner := site.addUser("partner@podium.example", accounts.RolePartner, p.ID)
	disabled := site.addUser("weg@podium.example", accounts.RoleEditor)
	if err := site.server.accounts.Disable(context.Background(), disabled.ID); err != nil {
		t.Fatal(err)
	}
	site.enableTwoFactor(admin)

	doc := b.page("/admin/users", http.StatusOK)
	table := doc.Find("table")
	if table.Find("caption").Text() == "" || table.Find(`thead th[scope="col"]`).Length() != 5 {
		t.Error("the table lacks a caption or column headers")
	}
	if doc.Find(`a[href="/admin/users/invite"]`).Length() != 1 {
		t.Error("no link to invite a user")
	}
	tests := []struct {
		name string
		id   int64
		want []string
	}{
		{"admin with two-step verification", admin.ID, []string{admin.Email, i18n.T(i18n.NL, "admin.role.admin"), i18n.T(i18n.NL, "admin.status.active"), i18n.T(i18n.NL, "admin.twofactor.on")}},
		{"partner user with organisation", partner.ID, []string{partner.Email, "Lijst Partner", i18n.T(i18n.NL, "admin.twofactor.off")}},
		{"disabled editor", disabled.ID, []string{disabled.Email, i18n.T(i18n.NL, "admin.status.disabled")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row := doc.Find(`tbody tr:has(a[href="` + userPath(tt.id) + `"])`)
			if row.Length() != 1 {
				t.Fatalf("%d rows link to user %d", row.Length(), tt.id)
			}
			for _, want := range tt.want {
				if !strings.Contains(row.Text(), want) {
					t.Errorf("row %q lacks %q", strings.Join(strings.Fields(row.Text()), " "), want)
				}
			}
		})
	}
}

func TestChangeUserRole(t *testing.T) {
	site := newTestSite(t)
	b, admin := site.signedIn(accounts.RoleAdmin)
	target, targetUser := site.signedIn(accounts.RoleEditor)
	p := site.addPartner("rol-partner", "Rol Partner")

	doc := b.page(userPath(targetUser.ID), http.StatusOK)
	if got, _ := doc.Find("#field-role option[selected]").Attr("value"); got != "editor" {
		t.Errorf("role form shows %q, want the current role editor", got)
	}

	resp := b.post(userPath(targetUser.ID, "role"), url.Values{"role": {"partner"}, "partner": {strconv.FormatInt(p.ID, 10)}})
	wantRedirect(t, resp, userPath(targetUser.ID))
	got := site.user(targetUser.ID)
	if got.Role != accounts.RolePartner || got.PartnerID == nil || *got.PartnerID != p.ID {
		t.Errorf("after the change: role %q partner %v", got.Role, got.PartnerID)
	}
	wantSignedOut(t, target)

	entries := site.auditEntries(audit.Filter{Action: "user.role_change"})
	if len(entries) != 1 {
		t.Fatalf("%d role_change entries, want 1", len(entries))
	}
	var before, after struct {
		Role      string `json:"role"`
		PartnerID *int64 `json:"partner_id"`
	}
	if err := json.Unmarshal([]byte(entries[0].Before), &before); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(entries[0].After), &after); err != nil {
		t.Fatal(err)
	}
	if before.Role != "editor" || before.PartnerID != nil || after.Role != "partner" || after.PartnerID == nil || *after.PartnerID != p.ID {
		t.Errorf("before %+v after %+v", before, after)
	}
	if entries[0].ActorEmail != admin.Email {
		t.Errorf("actor %q, want %q", entries[0].ActorEmail, admin.Email)
	}

	// The page shows the new role and the organisation.
	doc = b.page(userPath(targetUser.ID), http.StatusOK)
	if got := doc.Find(".flash").Text(); got != i18n.T(i18n.NL, "admin.flash.role") {
		t.Errorf("flash = %q", got)
	}
	if !strings.Contains(doc.Find(".details").Text(), "Rol Partner") {
		t.Error("the details do not name the partner organisation")
	}

	// A partner with an admin role is refused at the field.
	doc = b.submit(userPath(targetUser.ID, "role"), url.Values{"role": {"admin"}, "partner": {strconv.FormatInt(p.ID, 10)}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "partner", "admin.error.partner_no")
	if got := site.user(targetUser.ID); got.Role != accounts.RolePartner {
		t.Errorf("a refused change still changed the role to %q", got.Role)
	}
}

func TestLastAdminCannotBeDemoted(t *testing.T) {
	site := newTestSite(t)
	b, admin := site.signedIn(accounts.RoleAdmin)

	doc := b.submit(userPath(admin.ID, "role"), url.Values{"role": {"editor"}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "role", "admin.error.last_admin")
	if got, _ := doc.Find("#field-role option[selected]").Attr("value"); got != "editor" {
		t.Errorf("the role field shows %q, want the submitted editor", got)
	}
	if got := site.user(admin.ID); got.Role != accounts.RoleAdmin {
		t.Errorf("the last admin became %q", got.Role)
	}
	if got := site.auditEntries(audit.Filter{Action: "user.role_change"}); len(got) != 0 {
		t.Errorf("a refused demotion wrote %d audit entries", len(got))
	}
	// With a second admin, the demotion goes through.
	site.addUser("tweede-admin@podium.example", accounts.RoleAdmin)
	wantRedirect(t, b.post(userPath(admin.ID, "role"), url.Values{"role": {"editor"}}), userPath(admin.ID))
	if got := site.user(admin.ID); got.Role != accounts.RoleEditor {
		t.Errorf("role %q, want editor", got.Role)
	}
}

func TestDisableAndEnableUser(t *testing.T) {
	site := newTestSite(t)
	b, admin := site.signedIn(accounts.RoleAdmin)
	victim, victimUser := site.signedIn(accounts.RoleEditor)

	wantRedirect(t, b.post(userPath(victimUser.ID, "disable"), nil), userPath(victimUser.ID))
	if site.user(victimUser.ID).Active() {
		t.Fatal("the user is still active")
	}
	wantSignedOut(t, victim)
	if resp := site.newBrowser().post("/login", url.Values{"email": {victimUser.Email}, "password": {testPassword}}); resp.StatusCode == http.StatusSeeOther {
		t.Error("a disabled user signed in")
	}
	doc := b.page(userPath(victimUser.ID), http.StatusOK)
	if doc.Find(`form[action="`+userPath(victimUser.ID, "enable")+`"] button`).Length() != 1 ||
		doc.Find(`form[action="`+userPath(victimUser.ID, "disable")+`"]`).Length() != 0 {
		t.Error("a disabled user's page should offer enable, not disable")
	}
	if e := site.auditEntries(audit.Filter{Action: "user.disable"}); len(e) != 1 || e[0].RecordID != strconv.FormatInt(victimUser.ID, 10) {
		t.Errorf("user.disable entries: %+v", e)
	}

	wantRedirect(t, b.post(userPath(victimUser.ID, "enable"), nil), userPath(victimUser.ID))
	if !site.user(victimUser.ID).Active() {
		t.Fatal("the user is still disabled")
	}
	if resp := site.newBrowser().post("/login", url.Values{"email": {victimUser.Email}, "password": {testPassword}}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("sign-in after enable: %d, want 303", resp.StatusCode)
	}
	if e := site.auditEntries(audit.Filter{Action: "user.enable"}); len(e) != 1 {
		t.Errorf("%d user.enable entries, want 1", len(e))
	}

	t.Run("not yourself", func(t *testing.T) {
		doc := b.page(userPath(admin.ID), http.StatusOK)
		if doc.Find(`form[action="`+userPath(admin.ID, "disable")+`"]`).Length() != 0 {
			t.Error("the own page offers to disable the own account")
		}
		doc = b.submit(userPath(admin.ID, "disable"), nil, http.StatusUnprocessableEntity)
		if got := doc.Find(".error-summary[role=alert]").Text(); !strings.Contains(got, i18n.T(i18n.NL, "admin.error.self_disable")) {
			t.Errorf("error = %q", got)
		}
		if !site.user(admin.ID).Active() {
			t.Error("the admin disabled themselves")
		}
	})
}

func TestResetUserTwoFactor(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	target := site.addUser("kwijt@podium.example", accounts.RoleEditor)
	site.enableTwoFactor(target)

	doc := b.page(userPath(target.ID), http.StatusOK)
	if doc.Find(`form[action="`+userPath(target.ID, "reset-2fa")+`"] button`).Length() != 1 {
		t.Fatal("no reset button for a user with two-step verification")
	}
	wantRedirect(t, b.post(userPath(target.ID, "reset-2fa"), nil), userPath(target.ID))
	if site.user(target.ID).TOTPEnabled {
		t.Fatal("two-step verification is still on")
	}
	e := site.auditEntries(audit.Filter{Action: "user.two_factor_reset"})
	if len(e) != 1 || !strings.Contains(e[0].Before, `"two_factor": true`) || !strings.Contains(e[0].After, `"two_factor": false`) {
		t.Errorf("two_factor_reset entries: %+v", e)
	}

	doc = b.page(userPath(target.ID), http.StatusOK)
	if doc.Find(`form[action="`+userPath(target.ID, "reset-2fa")+`"]`).Length() != 0 {
		t.Error("reset offered for a user without two-step verification")
	}
	doc = b.submit(userPath(target.ID, "reset-2fa"), nil, http.StatusUnprocessableEntity)
	if got := doc.Find(".error-summary").Text(); !strings.Contains(got, i18n.T(i18n.NL, "admin.error.no_two_factor")) {
		t.Errorf("error = %q", got)
	}
}

func TestResendInvitation(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	wantRedirect(t, b.post("/admin/users/invite", url.Values{
		"email": {"later@podium.example"}, "name": {"Later"}, "role": {"editor"}, "lang": {"nl"}}), "/admin/users")
	invited, err := site.server.accounts.ByEmail(context.Background(), "later@podium.example")
	if err != nil {
		t.Fatal(err)
	}
	doc := b.page(userPath(invited.ID), http.StatusOK)
	if doc.Find(`form[action="`+userPath(invited.ID, "resend-invitation")+`"] button`).Length() != 1 {
		t.Fatal("no resend button for a pending user")
	}
	wantRedirect(t, b.post(userPath(invited.ID, "resend-invitation"), nil), userPath(invited.ID))
	mails := site.mailsTo("later@podium.example")
	if len(mails) != 2 || mails[0].Text == mails[1].Text {
		t.Fatalf("%d mails, want two with different links", len(mails))
	}
	if e := site.auditEntries(audit.Filter{Action: "user.invite_resend"}); len(e) != 1 {
		t.Errorf("%d invite_resend entries, want 1", len(e))
	}

	active := site.addUser("actief@podium.example", accounts.RoleEditor)
	doc = b.submit(userPath(active.ID, "resend-invitation"), nil, http.StatusUnprocessableEntity)
	if got := doc.Find(".error-summary").Text(); !strings.Contains(got, i18n.T(i18n.NL, "admin.error.password_set")) {
		t.Errorf("error = %q", got)
	}
	if len(site.mailsTo(active.Email)) != 0 {
		t.Error("an invitation went to an active user")
	}
}

func TestSettingsToggle(t *testing.T) {
	site := newTestSite(t)
	b, admin := site.signedIn(accounts.RoleAdmin)
	// The admin has two-step verification, so turning the requirement on
	// keeps them in.
	site.enableTwoFactor(admin)
	settings := accounts.NewSettings(site.pool)

	doc := b.page("/admin/settings", http.StatusOK)
	box := doc.Find(`#field-require_two_factor[type="checkbox"]`)
	if box.Length() != 1 || box.AttrOr("checked", "none") != "none" {
		t.Fatal("want an unticked checkbox")
	}
	if doc.Find(`label[for="field-require_two_factor"]`).Length() != 1 {
		t.Error("the checkbox has no label")
	}

	wantRedirect(t, b.post("/admin/settings", url.Values{"require_two_factor": {"on"}}), "/admin/settings")
	if on, _ := settings.RequireTwoFactor(context.Background()); !on {
		t.Fatal("the requirement is off")
	}
	doc = b.page("/admin/settings", http.StatusOK)
	if _, checked := doc.Find("#field-require_two_factor").Attr("checked"); !checked {
		t.Error("the checkbox is not ticked after turning it on")
	}
	if got := doc.Find(".flash").Text(); got != i18n.T(i18n.NL, "admin.flash.settings") {
		t.Errorf("flash = %q", got)
	}
	// An editor without two-step verification must now set it up.
	editor, _ := site.signedIn(accounts.RoleEditor)
	wantRedirect(t, editor.get("/admin/"), "/account/2fa")

	wantRedirect(t, b.post("/admin/settings", url.Values{}), "/admin/settings")
	if on, _ := settings.RequireTwoFactor(context.Background()); on {
		t.Fatal("the requirement is still on")
	}
	entries := site.auditEntries(audit.Filter{Action: "settings.update"})
	if len(entries) != 2 {
		t.Fatalf("%d settings.update entries, want 2", len(entries))
	}
	if entries[0].After != `{"require_two_factor": false}` || entries[1].After != `{"require_two_factor": true}` || entries[0].ActorEmail != admin.Email {
		t.Errorf("entries: %+v", entries)
	}
}

func TestAuditFilters(t *testing.T) {
	site := newTestSite(t)
	b, admin := site.signedIn(accounts.RoleAdmin)
	for _, email := range []string{"een@podium.example", "twee@podium.example"} {
		wantRedirect(t, b.post("/admin/users/invite", url.Values{
			"email": {email}, "name": {"X"}, "role": {"editor"}, "lang": {"nl"}}), "/admin/users")
	}
	wantRedirect(t, b.post("/admin/settings", url.Values{"require_two_factor": {""}}), "/admin/settings")
	// An entry by someone else.
	if err := site.server.audit.Write(context.Background(), audit.Actor{Email: "ander@podium.example"}, audit.Entry{
		Action: "story.publish", RecordType: "story", RecordID: "7", Summary: "published a story"}); err != nil {
		t.Fatal(err)
	}
	one, _ := site.server.accounts.ByEmail(context.Background(), "een@podium.example")

	rowsOf := func(doc *goquery.Document) []string {
		var actions []string
		doc.Find("tbody tr td:nth-child(3)").Each(func(_ int, s *goquery.Selection) {
			actions = append(actions, strings.TrimSpace(s.Text()))
		})
		return actions
	}
	today := time.Now().In(i18n.Amsterdam())
	day := func(d int) string { return today.AddDate(0, 0, d).Format(time.DateOnly) }
	tests := []struct {
		name  string
		query string
		want  []string // actions, newest first
	}{
		{"action prefix", "action=user", []string{"user.invite", "user.invite"}},
		{"exact action", "action=settings.update", []string{"settings.update"}},
		{"record type", "type=story", []string{"story.publish"}},
		{"record", "type=user&record=" + strconv.FormatInt(one.ID, 10), []string{"user.invite"}},
		{"actor, any case", "actor=" + url.QueryEscape(strings.ToUpper(admin.Email)) + "&action=user", []string{"user.invite", "user.invite"}},
		{"other actor", "actor=ander%40podium.example", []string{"story.publish"}},
		{"today", "from=" + day(0) + "&to=" + day(0) + "&type=story", []string{"story.publish"}},
		{"from tomorrow", "from=" + day(1), nil},
		{"up to yesterday", "to=" + day(-1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := b.page("/admin/audit?"+tt.query, http.StatusOK)
			got := rowsOf(doc)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("actions %v, want %v", got, tt.want)
			}
			if len(tt.want) == 0 && doc.Find(".empty").Text() != i18n.T(i18n.NL, "admin.audit.none") {
				t.Error("no 'nothing found' message")
			}
			// The filters stay in the form.
			q, _ := url.ParseQuery(tt.query)
			for name := range q {
				if got, _ := doc.Find("#field-" + name).Attr("value"); got != q.Get(name) {
					t.Errorf("field %s = %q, want %q", name, got, q.Get(name))
				}
			}
		})
	}

	t.Run("changes of a role change", func(t *testing.T) {
		wantRedirect(t, b.post(userPath(one.ID, "role"), url.Values{"role": {"admin"}}), userPath(one.ID))
		doc := b.page("/admin/audit?action=user.role_change", http.StatusOK)
		pre := doc.Find("tbody tr details pre")
		if pre.Length() != 2 || !strings.Contains(pre.Eq(0).Text(), `"role": "editor"`) || !strings.Contains(pre.Eq(1).Text(), `"role": "admin"`) {
			t.Errorf("before/after blocks: %q", pre.Text())
		}
		if doc.Find(`tbody a[href="`+userPath(one.ID)+`"]`).Length() != 1 {
			t.Error("the record does not link to the user")
		}
	})

	bad := []struct {
		name, query, field, key string
	}{
		{"malformed from", "from=2026-13-01", "from", "admin.audit.error.date"},
		{"words for to", "to=gisteren", "to", "admin.audit.error.date"},
		{"to before from", "from=2026-03-05&to=2026-03-04", "to", "admin.audit.error.range"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			doc := b.page("/admin/audit?"+tt.query, http.StatusUnprocessableEntity)
			wantFieldError(t, doc, tt.field, tt.key)
			if doc.Find("table").Length() != 0 {
				t.Error("entries shown despite a filter error")
			}
		})
	}
	b.page("/admin/audit?before=abc", http.StatusBadRequest)
}

func TestAuditPaging(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	for i := range auditPageSize + 5 {
		if err := site.server.audit.Write(context.Background(), audit.Actor{}, audit.Entry{
			Action: "test.page", RecordType: "test", RecordID: strconv.Itoa(i)}); err != nil {
			t.Fatal(err)
		}
	}
	doc := b.page("/admin/audit?action=test", http.StatusOK)
	if n := doc.Find("tbody tr").Length(); n != auditPageSize {
		t.Fatalf("first page: %d rows, want %d", n, auditPageSize)
	}
	if doc.Find(".pager__prev").Length() != 0 {
		t.Error("the first page links to the newest")
	}
	older, ok := doc.Find(".pager__next").Attr("href")
	if !ok || !strings.Contains(older, "action=test") || !strings.Contains(older, "before=") {
		t.Fatalf("older link %q should keep the filter and page", older)
	}
	doc = b.page(older, http.StatusOK)
	var ids []string
	doc.Find("tbody tr td:nth-child(4)").Each(func(_ int, s *goquery.Selection) { ids = append(ids, strings.TrimSpace(s.Text())) })
	if strings.Join(ids, ",") != "test 4,test 3,test 2,test 1,test 0" {
		t.Errorf("second page records %v", ids)
	}
	if doc.Find(".pager__next").Length() != 0 {
		t.Error("the last page links to older entries")
	}
	if href, _ := doc.Find(".pager__prev").Attr("href"); href != "/admin/audit?action=test" {
		t.Errorf("newest link %q", href)
	}
}

func TestOutboxListAndDetail(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	wantRedirect(t, b.post("/admin/users/invite", url.Values{
		"email": {"post@podium.example"}, "name": {"Post"}, "role": {"editor"}, "lang": {"nl"}}), "/admin/users")
	m := site.mailsTo("post@podium.example")[0]

	doc := b.page("/admin/outbox", http.StatusOK)
	row := doc.Find(`tbody tr:has(a[href="` + views.AdminOutboxPath(m.ID) + `"])`)
	if row.Length() != 1 {
		t.Fatal("no row links to the mail")
	}
	for _, want := range []string{"post@podium.example", m.Subject, "invitation", i18n.T(i18n.NL, "admin.outbox.status.queued")} {
		if !strings.Contains(row.Text(), want) {
			t.Errorf("row lacks %q", want)
		}
	}
	if doc.Find(`caption`).Length() != 1 || doc.Find(`thead th[scope="col"]`).Length() != 7 {
		t.Error("the table lacks a caption or column headers")
	}

	filters := []struct {
		status string
		rows   int
	}{{"queued", 1}, {"sent", 0}, {"", 1}}
	for _, f := range filters {
		doc := b.page("/admin/outbox?status="+f.status, http.StatusOK)
		if n := doc.Find("tbody tr").Length(); n != f.rows {
			t.Errorf("status %q: %d rows, want %d", f.status, n, f.rows)
		}
		if got, _ := doc.Find("#field-status option[selected]").Attr("value"); got != f.status {
			t.Errorf("status %q: select shows %q", f.status, got)
		}
	}
	doc = b.page("/admin/outbox?status=lost", http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "status", "admin.outbox.error.status")

	// The detail page: the text with its link clickable, the HTML as
	// escaped source and never as markup.
	doc = b.page(views.AdminOutboxPath(m.ID), http.StatusOK)
	if got := doc.Find("h1").Text(); got != m.Subject {
		t.Errorf("h1 = %q, want the subject", got)
	}
	prefix := site.http.URL + "/invite?token="
	link := doc.Find(`pre.mail-text a[href^="` + prefix + `"]`)
	if link.Length() != 1 || link.Text() != link.AttrOr("href", "") {
		t.Errorf("the text body's invitation link is not a link: %q", doc.Find("pre.mail-text").Text())
	}
	if doc.Find("pre.mail-text").Text() != m.Text {
		t.Error("the text body is not shown as it is")
	}
	if doc.Find(`.mail-links a[href^="`+prefix+`"]`).Length() != 1 {
		t.Error("the link is not listed")
	}
	if got := doc.Find("details.mail-html pre code").Text(); got != m.HTML {
		t.Error("the HTML source is not shown escaped in full")
	}
	if doc.Find(`main [role="article"], main [style]`).Length() != 0 {
		t.Error("the mail's HTML was rendered into the page")
	}
}

func TestOutboxMailIsShownSafely(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	var id int64
	err := site.pool.QueryRow(context.Background(), `
		INSERT INTO outbox_mails (to_address, lang, kind, subject, text_body, html_body, status, attempts, last_error)
		VALUES ('x@podium.example', 'en', 'test', 'Hostile <b>subject</b>',
		        'See https://example.org/a?b=1&c=2. Or javascript:alert(1) <script>alert(2)</script>',
		        '<script>alert(3)</script><img src=x onerror=alert(4)><a href="javascript:alert(5)">x</a>',
		        'failed', 3, 'smtp: 550 <no such user>')
		RETURNING id`).Scan(&id)
	if err != nil {
		t.Fatal(err)
	}
	doc := b.page(views.AdminOutboxPath(id), http.StatusOK)
	if n := doc.Find("main script, main img, main b, main a[href^='javascript']").Length(); n != 0 {
		t.Errorf("%d elements from the mail made it into the page", n)
	}
	links := doc.Find("pre.mail-text a")
	if links.Length() != 1 || links.AttrOr("href", "") != "https://example.org/a?b=1&c=2" {
		t.Errorf("links in the text: %d, first %q", links.Length(), links.AttrOr("href", ""))
	}
	if !strings.Contains(doc.Find("main").Text(), "smtp: 550 <no such user>") {
		t.Error("the last error is not shown")
	}
	if doc.Find("h1").Text() != "Hostile <b>subject</b>" {
		t.Errorf("h1 = %q", doc.Find("h1").Text())
	}
}

func TestOutboxPaging(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	_, err := site.pool.Exec(context.Background(), `
		INSERT INTO outbox_mails (to_address, lang, kind, subject, text_body, created_at)
		SELECT 'n' || i || '@podium.example', 'nl', 'test', 'Mail ' || i, 'Tekst', now() - make_interval(mins => 60 - i)
		FROM generate_series(1, $1::int) AS i`, outboxPageSize+2)
	if err != nil {
		t.Fatal(err)
	}
	doc := b.page("/admin/outbox?status=queued", http.StatusOK)
	if n := doc.Find("tbody tr").Length(); n != outboxPageSize {
		t.Fatalf("%d rows, want %d", n, outboxPageSize)
	}
	older, _ := doc.Find(".pager__next").Attr("href")
	doc = b.page(older, http.StatusOK)
	var subjects []string
	doc.Find("tbody tr td:nth-child(3)").Each(func(_ int, s *goquery.Selection) { subjects = append(subjects, s.Text()) })
	if strings.Join(subjects, ",") != "Mail 2,Mail 1" {
		t.Errorf("second page %v (from %s)", subjects, older)
	}
}

func TestAdminUnknownIDsAre404(t *testing.T) {
	site := newTestSite(t)
	b, _ := site.signedIn(accounts.RoleAdmin)
	for _, path := range []string{"/admin/users/999999", "/admin/users/abc", "/admin/users/0", "/admin/users/-1",
		"/admin/outbox/999999", "/admin/outbox/abc"} {
		t.Run("GET "+path, func(t *testing.T) { b.page(path, http.StatusNotFound) })
	}
	for _, action := range []string{"role", "disable", "enable", "reset-2fa", "resend-invitation"} {
		for _, id := range []string{"999999", "abc"} {
			path := fmt.Sprintf("/admin/users/%s/%s", id, action)
			t.Run("POST "+path, func(t *testing.T) { b.submit(path, url.Values{"role": {"editor"}}, http.StatusNotFound) })
		}
	}
}
