package sessionstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/sessions"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

const cookieName = "podium_session"

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// clock is a settable clock for Options.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: t0} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newTestStore(pool *pgxpool.Pool, c *clock) *Store {
	return New(pool, Options{
		CookieName:      cookieName,
		IdleTimeout:     30 * time.Minute,
		AbsoluteTimeout: 12 * time.Hour,
		Now:             c.Now,
	})
}

// request returns a GET request carrying cookie c, if any.
func request(c *http.Cookie) *http.Request {
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	if c != nil {
		r.AddCookie(c)
	}
	return r
}

// sessionCookie returns the session cookie set on rec.
func sessionCookie(t *testing.T, rec *httptest.ResponseRecorder) *http.Cookie {
	t.Helper()
	var found *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == cookieName {
			found = c
		}
	}
	if found == nil {
		t.Fatalf("no %s cookie in response, Set-Cookie: %q", cookieName, rec.Header().Values("Set-Cookie"))
	}
	return found
}

// load returns the session for a request carrying c.
func load(t *testing.T, st *Store, c *http.Cookie) *sessions.Session {
	t.Helper()
	sess, err := st.Get(request(c), cookieName)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	return sess
}

// save saves sess and returns the cookie set.
func save(t *testing.T, st *Store, sess *sessions.Session) *http.Cookie {
	t.Helper()
	rec := httptest.NewRecorder()
	if err := st.Save(request(nil), rec, sess); err != nil {
		t.Fatalf("Save: %v", err)
	}
	return sessionCookie(t, rec)
}

// saveNew saves a new session holding values and returns its cookie.
func saveNew(t *testing.T, st *Store, values map[string]any) *http.Cookie {
	t.Helper()
	sess := load(t, st, nil)
	for k, v := range values {
		sess.Values[k] = v
	}
	return save(t, st, sess)
}

// saveForUser saves a new session signed in as userID.
func saveForUser(t *testing.T, st *Store, userID int64) *http.Cookie {
	t.Helper()
	sess := load(t, st, nil)
	st.SetUser(sess, userID)
	return save(t, st, sess)
}

// loads reports whether the session of c loads (is not new).
func loads(t *testing.T, st *Store, c *http.Cookie) bool {
	t.Helper()
	return !load(t, st, c).IsNew
}

func countSessions(t *testing.T, pool *pgxpool.Pool) int {
	t.Helper()
	var n int
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM sessions`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSaveAndLoadRoundTrip(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := newTestStore(pool, newClock())

	when := time.Date(2026, 1, 5, 14, 30, 0, 123456000, time.UTC)
	want := map[any]any{
		"lang":    "nl",
		"count":   3,
		"id64":    int64(1) << 40,
		"ok":      true,
		"roles":   []string{"editor", "admin"},
		"empty":   []string{},
		"when":    when,
		"_flash":  []any{"Opgeslagen", 7},
		userIDKey: int64(42),
	}
	sess := load(t, st, nil)
	if !sess.IsNew {
		t.Fatal("session without cookie: IsNew = false")
	}
	for k, v := range want {
		sess.Values[k] = v
	}
	c := save(t, st, sess)
	if c.Value == "" || c.Value != sess.ID {
		t.Fatalf("cookie value %q, session ID %q: want the same non-empty token", c.Value, sess.ID)
	}

	r := request(c)
	got, err := st.Get(r, cookieName)
	if err != nil {
		t.Fatal(err)
	}
	if got.IsNew || got.ID != c.Value {
		t.Errorf("loaded IsNew=%v ID=%q, want false and %q", got.IsNew, got.ID, c.Value)
	}
	if !reflect.DeepEqual(got.Values, want) {
		t.Errorf("values:\n got %#v\nwant %#v", got.Values, want)
	}
	if id, ok := UserID(got); !ok || id != 42 {
		t.Errorf("UserID = %d, %v; want 42, true", id, ok)
	}
	if flashes := got.Flashes(); !reflect.DeepEqual(flashes, []any{"Opgeslagen", 7}) {
		t.Errorf("Flashes = %#v", flashes)
	}
	again, err := st.Get(r, cookieName)
	if err != nil || again != got {
		t.Errorf("second Get in the same request returned another session (err %v)", err)
	}
}

func TestCookieAttributes(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	for _, tc := range []struct {
		name   string
		secure bool
	}{
		{"http", false},
		{"https", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := New(pool, Options{CookieName: cookieName, Secure: tc.secure,
				IdleTimeout: time.Hour, AbsoluteTimeout: 2 * time.Hour})
			sess := load(t, st, nil)
			rec := httptest.NewRecorder()
			if err := st.Save(request(nil), rec, sess); err != nil {
				t.Fatal(err)
			}
			c := sessionCookie(t, rec)
			if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" || c.Secure != tc.secure {
				t.Errorf("cookie HttpOnly=%v SameSite=%v Path=%q Secure=%v; want true, Lax, /, %v",
					c.HttpOnly, c.SameSite, c.Path, c.Secure, tc.secure)
			}
			raw := rec.Header().Get("Set-Cookie")
			if strings.Contains(raw, "Max-Age") || strings.Contains(raw, "Expires") {
				t.Errorf("Set-Cookie %q: want a session cookie without Max-Age or Expires", raw)
			}
			if _, ok := tokenHash(c.Value); !ok {
				t.Errorf("cookie value %q is not a 32-byte base64url token", c.Value)
			}
		})
	}
}

func TestUnusableTokenGivesNewSession(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := newTestStore(pool, newClock())
	valid := saveNew(t, st, map[string]any{"lang": "en"})
	unknown, _ := newToken()

	for _, tc := range []struct {
		name, value string
	}{
		{"empty", ""},
		{"short", "abc"},
		{"unknown token", unknown},
		{"valid token with padding", valid.Value + "="},
		{"valid token truncated", valid.Value[:len(valid.Value)-1]},
		{"standard base64 alphabet", strings.Repeat("+", 43)},
		{"non-zero padding bits", valid.Value[:42] + "_"},
		{"sql", "' OR 1=1 --"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sess, err := st.Get(request(&http.Cookie{Name: cookieName, Value: tc.value}), cookieName)
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			if !sess.IsNew || sess.ID != "" || len(sess.Values) != 0 {
				t.Fatalf("got IsNew=%v ID=%q values=%v; want a new empty session", sess.IsNew, sess.ID, sess.Values)
			}
			// A token the store did not issue is never adopted.
			if c := save(t, st, sess); c.Value == tc.value || c.Value == valid.Value {
				t.Errorf("saved under token %q, want a fresh one", c.Value)
			}
		})
	}
	if v := load(t, st, valid).Values["lang"]; v != "en" {
		t.Errorf("valid session after the others: lang = %v", v)
	}
}

func TestIdleExpiry(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	clk := newClock()
	st := newTestStore(pool, clk)
	c := saveNew(t, st, map[string]any{"lang": "nl"})

	clk.Advance(29 * time.Minute)
	if !loads(t, st, c) {
		t.Fatal("session ended after 29 idle minutes, timeout is 30")
	}
	// The load above recorded activity, so another 29 minutes are fine too.
	clk.Advance(29 * time.Minute)
	if !loads(t, st, c) {
		t.Fatal("session ended 29 minutes after the last request")
	}
	clk.Advance(30 * time.Minute)
	if loads(t, st, c) {
		t.Fatal("session still loads after 30 idle minutes")
	}
}

func TestAbsoluteExpiry(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	clk := newClock()
	st := newTestStore(pool, clk)
	c := saveNew(t, st, map[string]any{"lang": "nl"})

	// Active every 20 minutes, so never idle.
	for elapsed := 20 * time.Minute; elapsed < 12*time.Hour; elapsed += 20 * time.Minute {
		clk.Advance(20 * time.Minute)
		if !loads(t, st, c) {
			t.Fatalf("active session ended after %v, absolute timeout is 12h", elapsed)
		}
	}
	clk.Advance(20 * time.Minute) // 12h
	if loads(t, st, c) {
		t.Fatal("session still loads 12h after it was created")
	}
}

func TestLastSeenWrittenAtMostOncePerMinute(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	clk := newClock()
	st := newTestStore(pool, clk)
	c := saveNew(t, st, nil)
	lastSeen := func() time.Time {
		t.Helper()
		var ts time.Time
		if err := pool.QueryRow(context.Background(), `SELECT last_seen_at FROM sessions`).Scan(&ts); err != nil {
			t.Fatal(err)
		}
		return ts
	}

	clk.Advance(59 * time.Second)
	load(t, st, c)
	if got := lastSeen(); !got.Equal(t0) {
		t.Errorf("after a load 59s later last_seen_at = %v, want unchanged %v", got, t0)
	}
	clk.Advance(time.Second)
	load(t, st, c)
	if got, want := lastSeen(), t0.Add(time.Minute); !got.Equal(want) {
		t.Errorf("after a load 60s later last_seen_at = %v, want %v", got, want)
	}
}

func TestRenewAgainstSessionFixation(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	clk := newClock()
	st := New(pool, Options{CookieName: cookieName, IdleTimeout: 3 * time.Hour,
		AbsoluteTimeout: 2 * time.Hour, Now: clk.Now})
	old := saveNew(t, st, map[string]any{"lang": "en"})

	clk.Advance(time.Hour)
	sess := load(t, st, old)
	st.SetUser(sess, 7)
	rec := httptest.NewRecorder()
	if err := st.Renew(request(old), rec, sess); err != nil {
		t.Fatal(err)
	}
	renewed := sessionCookie(t, rec)
	if renewed.Value == old.Value || renewed.Value != sess.ID {
		t.Fatalf("renewed cookie %q, old %q, session ID %q: want a new token in both", renewed.Value, old.Value, sess.ID)
	}
	if !renewed.HttpOnly || renewed.SameSite != http.SameSiteLaxMode {
		t.Errorf("renewed cookie lost its attributes: %+v", renewed)
	}
	if loads(t, st, old) {
		t.Error("old token still loads after Renew")
	}
	if n := countSessions(t, pool); n != 1 {
		t.Errorf("%d rows after Renew, want 1", n)
	}
	got := load(t, st, renewed)
	if id, ok := UserID(got); !ok || id != 7 || got.Values["lang"] != "en" {
		t.Errorf("renewed session values %v, want lang and user 7 kept", got.Values)
	}

	// The absolute timeout counts from the renewal: 2h30 after the first
	// save and 1h30 after Renew the session is still valid; 2h after Renew
	// it has ended.
	clk.Advance(90 * time.Minute)
	if !loads(t, st, renewed) {
		t.Error("renewed session ended 1h30 after Renew, absolute timeout is 2h from Renew")
	}
	clk.Advance(30 * time.Minute)
	if loads(t, st, renewed) {
		t.Error("renewed session still loads 2h after Renew")
	}
}

func TestDeleteForUser(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := newTestStore(pool, newClock())
	alice1, alice2 := saveForUser(t, st, 1), saveForUser(t, st, 1)
	bob := saveForUser(t, st, 2)
	anonymous := saveNew(t, st, map[string]any{"lang": "nl"})

	var n int64
	// In a transaction, as with a password change.
	err := database.InTx(context.Background(), pool, func(tx pgx.Tx) error {
		var err error
		n, err = st.DeleteForUser(context.Background(), tx, 1)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("DeleteForUser = %d, want 2", n)
	}
	for _, tc := range []struct {
		name   string
		cookie *http.Cookie
		want   bool
	}{
		{"alice 1", alice1, false},
		{"alice 2", alice2, false},
		{"bob", bob, true},
		{"anonymous", anonymous, true},
	} {
		if got := loads(t, st, tc.cookie); got != tc.want {
			t.Errorf("%s: loads = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDeleteForUserExcept(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name        string
		keepCurrent bool
		wantDeleted int64
	}{
		{"keep current", true, 2},
		{"keep nil ends all", false, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			pool := testdb.New(t)
			st := newTestStore(pool, newClock())
			current := saveForUser(t, st, 1)
			others := []*http.Cookie{saveForUser(t, st, 1), saveForUser(t, st, 1)}
			bob := saveForUser(t, st, 2)

			var keep *sessions.Session
			if tc.keepCurrent {
				keep = load(t, st, current)
			}
			n, err := st.DeleteForUserExcept(context.Background(), pool, 1, keep)
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.wantDeleted {
				t.Errorf("deleted %d, want %d", n, tc.wantDeleted)
			}
			if got := loads(t, st, current); got != tc.keepCurrent {
				t.Errorf("current session loads = %v, want %v", got, tc.keepCurrent)
			}
			for i, c := range others {
				if loads(t, st, c) {
					t.Errorf("other session %d still loads", i)
				}
			}
			if !loads(t, st, bob) {
				t.Error("another user's session ended")
			}
		})
	}
}

func TestSaveWithNegativeMaxAgeDeletes(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := newTestStore(pool, newClock())
	c := saveForUser(t, st, 1)
	other := saveNew(t, st, nil)

	sess := load(t, st, c)
	sess.Options.MaxAge = -1
	rec := httptest.NewRecorder()
	if err := st.Save(request(c), rec, sess); err != nil {
		t.Fatal(err)
	}
	expired := sessionCookie(t, rec)
	if expired.Value != "" || expired.MaxAge >= 0 {
		t.Errorf("cookie value %q MaxAge %d, want empty and negative", expired.Value, expired.MaxAge)
	}
	if n := countSessions(t, pool); n != 1 {
		t.Errorf("%d rows left, want only the other session's", n)
	}
	if loads(t, st, c) {
		t.Error("deleted session still loads")
	}
	if !loads(t, st, other) {
		t.Error("the other session ended")
	}
}

func TestSaveAfterRevocationDoesNotRecreate(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := newTestStore(pool, newClock())
	c := saveForUser(t, st, 1)

	// A request loads the session, then the user's sessions are ended
	// (password change elsewhere) before the request saves.
	sess := load(t, st, c)
	if _, err := st.DeleteForUser(context.Background(), pool, 1); err != nil {
		t.Fatal(err)
	}
	sess.Values["lang"] = "en"
	rec := httptest.NewRecorder()
	err := st.Save(request(c), rec, sess)
	if !errors.Is(err, ErrSessionEnded) {
		t.Fatalf("Save = %v, want ErrSessionEnded", err)
	}
	if n := countSessions(t, pool); n != 0 {
		t.Errorf("Save recreated the revoked session (%d rows)", n)
	}
	if got := sessionCookie(t, rec); got.MaxAge >= 0 {
		t.Errorf("cookie MaxAge %d, want the cookie expired", got.MaxAge)
	}
}

func TestTwoReplicasShareSessions(t *testing.T) {
	t.Parallel()
	url := testdb.NewURL(t)
	open := func() *pgxpool.Pool {
		pool, err := database.Open(context.Background(), url, 2)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(pool.Close)
		return pool
	}
	clk := newClock()
	a, b := newTestStore(open(), clk), newTestStore(open(), clk)

	c := saveNew(t, a, map[string]any{"lang": "nl"})
	onB := load(t, b, c)
	if onB.IsNew || onB.Values["lang"] != "nl" {
		t.Fatalf("replica b: IsNew=%v values=%v", onB.IsNew, onB.Values)
	}
	onB.Values["lang"] = "en"
	save(t, b, onB)
	if v := load(t, a, c).Values["lang"]; v != "en" {
		t.Errorf("replica a sees lang %v after b saved en", v)
	}

	onA := load(t, a, c)
	onA.Options.MaxAge = -1
	save(t, a, onA)
	if loads(t, b, c) {
		t.Error("replica b still loads the session a signed out")
	}
}

func TestDatabaseStoresOnlyTheHash(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := newTestStore(pool, newClock())
	c := saveForUser(t, st, 5)

	raw, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil {
		t.Fatal(err)
	}
	want := sha256.Sum256(raw)
	var idHash, data []byte
	var userID *int64
	err = pool.QueryRow(context.Background(), `SELECT id_hash, user_id, data FROM sessions`).Scan(&idHash, &userID, &data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(idHash, want[:]) {
		t.Errorf("id_hash = %x, want SHA-256 of the token %x", idHash, want)
	}
	if userID == nil || *userID != 5 {
		t.Errorf("user_id = %v, want 5", userID)
	}
	for _, token := range [][]byte{raw, []byte(c.Value)} {
		if bytes.Contains(idHash, token) || bytes.Contains(data, token) {
			t.Errorf("the token %q is stored in the database", token)
		}
	}
}

func TestDeleteExpired(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	clk := newClock()
	st := newTestStore(pool, clk)
	absolute := saveNew(t, st, nil) // created at t0, ends at t0+12h
	clk.Advance(11*time.Hour + 40*time.Minute)
	saveNew(t, st, nil) // created at t0+11h40, then idle
	clk.Advance(10 * time.Minute)
	fresh := saveNew(t, st, nil) // created at t0+11h50
	load(t, st, absolute)        // seen at t0+11h50, so not idle

	clk.Advance(25 * time.Minute) // t0+12h15: absolute ended; idle 35 min idle; fresh 25 min
	n, err := st.DeleteExpired(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("DeleteExpired = %d, want 2", n)
	}
	if !loads(t, st, fresh) {
		t.Error("fresh session deleted")
	}
	if c := countSessions(t, pool); c != 1 {
		t.Errorf("%d rows left, want 1", c)
	}
}

func TestSaveRejectsValuesItCannotStore(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := newTestStore(pool, newClock())
	for _, tc := range []struct {
		name  string
		key   any
		value any
	}{
		{"struct value", "x", struct{ A int }{1}},
		{"float", "x", 1.5},
		{"nil", "x", nil},
		{"map", "x", map[string]string{}},
		{"struct in list", "x", []any{"ok", struct{}{}}},
		{"int key", 1, "x"},
		{"user id not int64", userIDKey, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sess := load(t, st, nil)
			sess.Values[tc.key] = tc.value
			rec := httptest.NewRecorder()
			if err := st.Save(request(nil), rec, sess); err == nil {
				t.Error("Save succeeded")
			}
			if rec.Header().Get("Set-Cookie") != "" {
				t.Error("Save set a cookie although it failed")
			}
		})
	}
	if n := countSessions(t, pool); n != 0 {
		t.Errorf("failed saves wrote %d rows", n)
	}
}

func TestOtherSessionNameIsAnError(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := newTestStore(pool, newClock())
	sess, err := st.Get(request(nil), "other")
	if err == nil {
		t.Error("Get with another name succeeded")
	}
	if sess == nil || !sess.IsNew {
		t.Error("Get with another name did not return a new session")
	}
}

func TestNewPanicsOnInvalidOptions(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		opts Options
	}{
		{"no cookie name", Options{IdleTimeout: time.Minute, AbsoluteTimeout: time.Hour}},
		{"bad cookie name", Options{CookieName: "a b", IdleTimeout: time.Minute, AbsoluteTimeout: time.Hour}},
		{"no idle timeout", Options{CookieName: cookieName, AbsoluteTimeout: time.Hour}},
		{"no absolute timeout", Options{CookieName: cookieName, IdleTimeout: time.Minute}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("New did not panic")
				}
			}()
			New(nil, tc.opts)
		})
	}
}
