// Package sessionstore is a gorilla/sessions Store that keeps session data
// in PostgreSQL, so that sessions are shared by every replica and can be
// ended from the server (sign-out, password change, disabled account).
//
// The cookie holds only a random token of 32 bytes from crypto/rand,
// base64url-encoded. The token is unguessable, so the cookie is not signed;
// the database stores only the token's SHA-256, so a copy of the sessions
// table does not let anyone take over a session. A cookie whose token is
// malformed, unknown or expired yields a new, empty session, and a token the
// server did not issue is never adopted: saving such a session issues a fresh
// token.
//
// A session ends after Options.IdleTimeout without a request or after
// Options.AbsoluteTimeout since it was created or last renewed (call Renew at
// sign-in), whichever comes first. To spare a database write per request,
// loading a session records the request time only when the stored time is a
// minute or more old, so a session may end up to a minute before
// IdleTimeout has passed since the last request.
//
// Session values need string keys and values of type string, int, int64,
// bool, []string, time.Time, or []any of these (flash messages); Save
// rejects anything else. They are stored without gob.Register, see
// values.go. SetUser records the signed-in user, whose id Save also writes
// to the user_id column so that DeleteForUser can end the user's sessions.
//
// Two requests of one browser that save the same session at the same time
// are not merged: the last Save wins.
package sessionstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gorilla/sessions"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
)

// touchInterval is how stale last_seen_at may become before loading a
// session writes the current time; it bounds the idle check's granularity.
const touchInterval = time.Minute

// tokenBytes is the number of random bytes in a session token.
const tokenBytes = 32

// tokenEncoding encodes tokens in cookies. Strict rejects encodings with
// non-zero padding bits, so one token has exactly one cookie value.
var tokenEncoding = base64.RawURLEncoding.Strict()

// ErrSessionEnded is returned by Save when the session it would update no
// longer exists in the database: it was revoked (DeleteForUser, a sign-out
// elsewhere) or expired after it was loaded. Save does not recreate it, so
// that a request running during a revocation cannot undo it; it expires the
// cookie instead. The HTTP layer typically sends the user to sign in.
var ErrSessionEnded = errors.New("sessionstore: session has ended")

// Options configures a Store.
type Options struct {
	// CookieName names the session cookie, e.g. "podium_session". It is also
	// the only session name Get and New accept.
	CookieName string
	// Secure sets the cookie's Secure flag; set it when BASE_URL is https.
	Secure bool
	// IdleTimeout ends a session after this long without a request, e.g.
	// 30 minutes (checked with a granularity of one minute, see the package
	// comment).
	IdleTimeout time.Duration
	// AbsoluteTimeout ends a session this long after it was created or last
	// renewed, however active it is, e.g. 12 hours.
	AbsoluteTimeout time.Duration
	// Now is the clock; nil means time.Now. Tests inject their own.
	Now func() time.Time
}

// Store is a sessions.Store backed by the sessions table. It is safe for
// concurrent use; several Stores (one per replica) may share one database.
type Store struct {
	pool *pgxpool.Pool
	opts Options
}

// New returns a Store that keeps sessions in pool's database. It panics when
// opts has an invalid CookieName or a non-positive timeout: options are
// validated with the configuration at start, so that is a programming error.
func New(pool *pgxpool.Pool, opts Options) *Store {
	if opts.CookieName == "" || !validCookieName(opts.CookieName) {
		panic(fmt.Sprintf("sessionstore.New: invalid cookie name %q", opts.CookieName))
	}
	if opts.IdleTimeout <= 0 || opts.AbsoluteTimeout <= 0 {
		panic(fmt.Sprintf("sessionstore.New: timeouts must be positive (idle %v, absolute %v)",
			opts.IdleTimeout, opts.AbsoluteTimeout))
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Store{pool: pool, opts: opts}
}

// validCookieName reports whether name is a cookie name token (RFC 6265).
func validCookieName(name string) bool {
	for _, c := range []byte(name) {
		if c <= ' ' || c >= 0x7f || c == '"' || c == '(' || c == ')' || c == ',' || c == '/' ||
			c == ':' || c == ';' || c == '<' || c == '=' || c == '>' || c == '?' || c == '@' ||
			c == '[' || c == '\\' || c == ']' || c == '{' || c == '}' {
			return false
		}
	}
	return true
}

// now returns the clock's time rounded down to PostgreSQL's microsecond
// precision, so that times read back compare equal to the times written.
func (s *Store) now() time.Time {
	return s.opts.Now().Truncate(time.Microsecond)
}

// cookieOptions are the cookie attributes of a new session: a session
// cookie (no Max-Age), HttpOnly, SameSite=Lax, for the whole site.
func (s *Store) cookieOptions() *sessions.Options {
	return &sessions.Options{
		Path:     "/",
		Secure:   s.opts.Secure,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
}

// checkName returns an error unless name is the configured cookie name: a
// second name would silently start a second, independent session.
func (s *Store) checkName(op, name string) error {
	if name != s.opts.CookieName {
		return fmt.Errorf("sessionstore.%s: session name %q is not the cookie name %q", op, name, s.opts.CookieName)
	}
	return nil
}

// Get returns the request's session named name, loading it on first use
// within the request and caching it in the request's sessions registry, as
// gorilla's own stores do. See New for the outcomes.
func (s *Store) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

const loadSQL = `
	SELECT data, last_seen_at, expires_at
	FROM sessions
	WHERE id_hash = $1`

const touchSQL = `
	UPDATE sessions SET last_seen_at = $2
	WHERE id_hash = $1 AND last_seen_at < $2`

// New loads the session whose token the request's cookie carries, without
// registering it. A missing, malformed, unknown or expired (idle or
// absolute) token yields a new, empty session with IsNew set and no error.
// It always returns a session, also with an error (a database failure, a
// name other than Options.CookieName, data that cannot be decoded).
func (s *Store) New(r *http.Request, name string) (*sessions.Session, error) {
	sess := sessions.NewSession(s, name)
	sess.Options = s.cookieOptions()
	sess.IsNew = true
	if err := s.checkName("New", name); err != nil {
		return sess, err
	}
	cookie, err := r.Cookie(name)
	if err != nil {
		return sess, nil
	}
	hash, ok := tokenHash(cookie.Value)
	if !ok {
		return sess, nil
	}
	ctx := r.Context()
	var (
		data               []byte
		lastSeen, expireAt time.Time
	)
	err = s.pool.QueryRow(ctx, loadSQL, hash).Scan(&data, &lastSeen, &expireAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return sess, nil
	}
	if err != nil {
		return sess, fmt.Errorf("sessionstore.New: load: %w", err)
	}
	now := s.now()
	if s.expired(now, lastSeen, expireAt) {
		return sess, nil
	}
	values, err := decodeValues(data)
	if err != nil {
		return sess, fmt.Errorf("sessionstore.New: %w", err)
	}
	if now.Sub(lastSeen) >= touchInterval {
		if _, err := s.pool.Exec(ctx, touchSQL, hash, now); err != nil {
			return sess, fmt.Errorf("sessionstore.New: touch: %w", err)
		}
	}
	sess.ID = cookie.Value
	sess.Values = values
	sess.IsNew = false
	return sess, nil
}

// expired reports whether a session last seen at lastSeen that expires at
// expiresAt has ended at now. DeleteExpired applies the same rule in SQL.
func (s *Store) expired(now, lastSeen, expiresAt time.Time) bool {
	return !now.Before(expiresAt) || now.Sub(lastSeen) >= s.opts.IdleTimeout
}

const insertSQL = `
	INSERT INTO sessions (id_hash, user_id, data, created_at, last_seen_at, expires_at)
	VALUES ($1, $2, $3, $4, $4, $5)`

const updateSQL = `
	UPDATE sessions SET data = $2, user_id = $3, last_seen_at = GREATEST(last_seen_at, $4)
	WHERE id_hash = $1 AND expires_at > $4 AND last_seen_at > $5`

const deleteSQL = `DELETE FROM sessions WHERE id_hash = $1`

// Save writes sess and sets its cookie on w; call it before writing the
// response body. When sess.Options.MaxAge < 0 it deletes the session's row
// and expires the cookie (sign-out). A session without a token (new, or
// deleted earlier) gets a fresh token and row; an existing one is updated,
// and if its row has gone (revoked or expired since it was loaded) Save
// expires the cookie and returns ErrSessionEnded rather than recreate it.
// Save returns an error, writing nothing, when a value has a type the store
// cannot keep (see the allowed types at encodeValues).
func (s *Store) Save(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	if err := s.checkName("Save", sess.Name()); err != nil {
		return err
	}
	ctx := r.Context()
	opts := sess.Options
	if opts == nil {
		opts = s.cookieOptions()
		sess.Options = opts
	}
	if opts.MaxAge < 0 {
		if err := s.deleteToken(ctx, s.pool, sess.ID); err != nil {
			return fmt.Errorf("sessionstore.Save: %w", err)
		}
		sess.ID = ""
		http.SetCookie(w, sessions.NewCookie(sess.Name(), "", opts))
		return nil
	}
	data, userID, err := encodeSession(sess.Values)
	if err != nil {
		return fmt.Errorf("sessionstore.Save: %w", err)
	}
	now := s.now()
	if sess.ID == "" {
		token, hash := newToken()
		if err := s.insert(ctx, s.pool, hash, userID, data, now); err != nil {
			return fmt.Errorf("sessionstore.Save: %w", err)
		}
		sess.ID = token
	} else {
		hash, ok := tokenHash(sess.ID)
		if !ok {
			return fmt.Errorf("sessionstore.Save: session ID is not a token issued by this store")
		}
		tag, err := s.pool.Exec(ctx, updateSQL, hash, data, userID, now, now.Add(-s.opts.IdleTimeout))
		if err != nil {
			return fmt.Errorf("sessionstore.Save: update: %w", err)
		}
		if tag.RowsAffected() == 0 {
			sess.ID = ""
			http.SetCookie(w, sessions.NewCookie(sess.Name(), "", &sessions.Options{
				Path: opts.Path, Domain: opts.Domain, MaxAge: -1,
				Secure: opts.Secure, HttpOnly: opts.HttpOnly, SameSite: opts.SameSite,
			}))
			return fmt.Errorf("sessionstore.Save: %w", ErrSessionEnded)
		}
	}
	http.SetCookie(w, sessions.NewCookie(sess.Name(), sess.ID, opts))
	return nil
}

// Renew gives sess a new token, keeping its values, and sets the new cookie
// on w. It deletes the old token's row and writes a new one whose absolute
// expiry counts from now. Call it at sign-in, after SetUser, so that a token
// planted in the browser before sign-in (session fixation) or seen before it
// never carries the signed-in session.
func (s *Store) Renew(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	if err := s.checkName("Renew", sess.Name()); err != nil {
		return err
	}
	ctx := r.Context()
	data, userID, err := encodeSession(sess.Values)
	if err != nil {
		return fmt.Errorf("sessionstore.Renew: %w", err)
	}
	token, hash := newToken()
	now := s.now()
	err = database.InTx(ctx, s.pool, func(tx pgx.Tx) error {
		if err := s.deleteToken(ctx, tx, sess.ID); err != nil {
			return err
		}
		return s.insert(ctx, tx, hash, userID, data, now)
	})
	if err != nil {
		return fmt.Errorf("sessionstore.Renew: %w", err)
	}
	sess.ID = token
	sess.IsNew = false
	if sess.Options == nil {
		sess.Options = s.cookieOptions()
	}
	http.SetCookie(w, sessions.NewCookie(sess.Name(), sess.ID, sess.Options))
	return nil
}

// insert writes a new session row created at now.
func (s *Store) insert(ctx context.Context, db database.Querier, hash []byte, userID *int64, data []byte, now time.Time) error {
	if _, err := db.Exec(ctx, insertSQL, hash, userID, data, now, now.Add(s.opts.AbsoluteTimeout)); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

// deleteToken deletes the row of token; an empty or malformed token has no
// row and is ignored.
func (s *Store) deleteToken(ctx context.Context, db database.Querier, token string) error {
	hash, ok := tokenHash(token)
	if !ok {
		return nil
	}
	if _, err := db.Exec(ctx, deleteSQL, hash); err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	return nil
}

// newToken returns a fresh random token and its hash.
func newToken() (token string, hash []byte) {
	b := make([]byte, tokenBytes)
	// crypto/rand.Read never returns an error: it crashes the program if the
	// system's random source fails.
	_, _ = rand.Read(b)
	sum := sha256.Sum256(b)
	return tokenEncoding.EncodeToString(b), sum[:]
}

// tokenHash returns the SHA-256 of the token in a cookie value, or false when
// the value is not a well-formed token, so that garbage never reaches the
// database.
func tokenHash(value string) ([]byte, bool) {
	if len(value) != tokenEncoding.EncodedLen(tokenBytes) {
		return nil, false
	}
	b, err := tokenEncoding.DecodeString(value)
	if err != nil || len(b) != tokenBytes {
		return nil, false
	}
	sum := sha256.Sum256(b)
	return sum[:], true
}
