package accounts

import (
	"context"
	"fmt"
	"net/netip"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/database"
)

// Throttle slows down and then locks out password guessing. It counts failed
// sign-in attempts per key, in PostgreSQL, so every replica sees the same
// counts. Keys are made with AccountKey (per e-mail address, whether or not
// an account has it) and IPKey (per client address).
//
// A handler calls Check with both keys before verifying anything and refuses
// the attempt when it is not allowed; after a failed attempt it calls Fail
// with both keys, after a successful one Succeed with the account key.
type Throttle struct {
	db     database.Querier
	policy ThrottlePolicy
}

// ThrottleRule is how one kind of key is throttled within the window.
type ThrottleRule struct {
	// DelayAfter failures, each further attempt must wait BaseDelay after
	// the last failure, doubling with every failure up to MaxDelay. Zero
	// means no delay.
	DelayAfter int
	BaseDelay  time.Duration
	MaxDelay   time.Duration
	// LockAfter failures lock the key for LockFor. Zero means never.
	LockAfter int
	LockFor   time.Duration
}

// ThrottlePolicy sets the rules for account and address keys.
type ThrottlePolicy struct {
	// Window is how long failures are counted: the count starts again with
	// the first failure after Window has passed since the first counted one.
	Window  time.Duration
	Account ThrottleRule
	IP      ThrottleRule
	// Now is the clock; nil means time.Now. Tests inject their own.
	Now func() time.Time
}

// DefaultThrottlePolicy returns the production policy. Per account: after 5
// failures within 15 minutes each attempt waits 1, 2, 4, … seconds (at most
// 60), and 10 failures lock the account for 15 minutes. Per address: 20
// failures within 15 minutes lock it for 15 minutes.
func DefaultThrottlePolicy() ThrottlePolicy {
	return ThrottlePolicy{
		Window:  15 * time.Minute,
		Account: ThrottleRule{DelayAfter: 5, BaseDelay: time.Second, MaxDelay: time.Minute, LockAfter: 10, LockFor: 15 * time.Minute},
		IP:      ThrottleRule{LockAfter: 20, LockFor: 15 * time.Minute},
	}
}

// NewThrottle returns a Throttle on db with policy p. A zero Window means
// DefaultThrottlePolicy's.
func NewThrottle(db database.Querier, p ThrottlePolicy) *Throttle {
	if p.Window <= 0 {
		p.Window = DefaultThrottlePolicy().Window
	}
	if p.Now == nil {
		p.Now = time.Now
	}
	return &Throttle{db: db, policy: p}
}

const (
	accountKeyPrefix = "account:"
	ipKeyPrefix      = "ip:"
)

// AccountKey returns the throttle key for sign-in attempts with the address
// email, compared in lower case.
func AccountKey(email string) string {
	return accountKeyPrefix + strings.ToLower(strings.TrimSpace(email))
}

// IPKey returns the throttle key for attempts from the client address ip
// (with or without a port). IPv4-mapped IPv6 addresses count as IPv4, and
// an IPv6 address counts for its whole /64, since one subscriber usually
// holds all of it. A string that is no address is used as it is.
func IPKey(ip string) string {
	addr, err := netip.ParseAddr(ip)
	if err != nil {
		ap, err := netip.ParseAddrPort(ip)
		if err != nil {
			return ipKeyPrefix + ip
		}
		addr = ap.Addr()
	}
	addr = addr.WithZone("").Unmap()
	if addr.Is6() {
		prefix, _ := addr.Prefix(64)
		return ipKeyPrefix + prefix.String()
	}
	return ipKeyPrefix + addr.String()
}

func (t *Throttle) rule(key string) (ThrottleRule, error) {
	switch {
	case strings.HasPrefix(key, accountKeyPrefix):
		return t.policy.Account, nil
	case strings.HasPrefix(key, ipKeyPrefix):
		return t.policy.IP, nil
	}
	return ThrottleRule{}, fmt.Errorf("throttle key %q is neither an AccountKey nor an IPKey", key)
}

// delay is how long after the last failure the next attempt must wait when
// failures have been counted.
func (r ThrottleRule) delay(failures int) time.Duration {
	if r.DelayAfter <= 0 || failures < r.DelayAfter {
		return 0
	}
	shift := failures - r.DelayAfter
	if shift > 30 {
		return r.MaxDelay
	}
	d := r.BaseDelay << shift
	if r.MaxDelay > 0 && d > r.MaxDelay {
		d = r.MaxDelay
	}
	return d
}

// Decision is the outcome of Throttle.Check.
type Decision struct {
	// Allowed is true when the attempt may go ahead.
	Allowed bool
	// RetryAfter is how long to wait before the next attempt is allowed;
	// zero when Allowed.
	RetryAfter time.Duration
	// Locked is true when a key is locked, not merely delayed; LockedUntil
	// is then when the latest lock among the keys ends.
	Locked      bool
	LockedUntil time.Time
}

// RetryAfterMinutes is RetryAfter in whole minutes, rounded up, for "try
// again in N minutes"; at least 1 when the attempt is not allowed.
func (d Decision) RetryAfterMinutes() int {
	if d.Allowed {
		return 0
	}
	return max(1, int((d.RetryAfter+time.Minute-1)/time.Minute))
}

// Check says whether an attempt under all of keys may go ahead now: it may
// not while any key is locked or still has to wait out its delay. Keys
// without failures are allowed. It returns an error for a key not made by
// AccountKey or IPKey.
func (t *Throttle) Check(ctx context.Context, keys ...string) (Decision, error) {
	for _, k := range keys {
		if _, err := t.rule(k); err != nil {
			return Decision{}, fmt.Errorf("accounts.Throttle.Check: %w", err)
		}
	}
	rows, err := t.db.Query(ctx, `
		SELECT key, failures, first_failure_at, last_failure_at, locked_until
		FROM login_throttle WHERE key = ANY($1)`, keys)
	if err != nil {
		return Decision{}, fmt.Errorf("accounts.Throttle.Check: %w", err)
	}
	defer rows.Close()
	now := t.policy.Now()
	var until time.Time
	d := Decision{Allowed: true}
	for rows.Next() {
		var key string
		var failures int
		var first, last time.Time
		var locked *time.Time
		if err := rows.Scan(&key, &failures, &first, &last, &locked); err != nil {
			return Decision{}, fmt.Errorf("accounts.Throttle.Check: %w", err)
		}
		rule, _ := t.rule(key)
		if locked != nil && now.Before(*locked) {
			d.Allowed, d.Locked = false, true
			if locked.After(d.LockedUntil) {
				d.LockedUntil = *locked
			}
			if locked.After(until) {
				until = *locked
			}
		}
		if now.Sub(first) < t.policy.Window {
			if wait := last.Add(rule.delay(failures)); now.Before(wait) {
				d.Allowed = false
				if wait.After(until) {
					until = wait
				}
			}
		}
	}
	if err := rows.Err(); err != nil {
		return Decision{}, fmt.Errorf("accounts.Throttle.Check: %w", err)
	}
	if !d.Allowed {
		d.RetryAfter = until.Sub(now)
	}
	return d, nil
}

// Fail records one failed attempt under each of keys, starting a key's count
// afresh when its window has passed, and locks a key that reaches its
// rule's LockAfter. Concurrent calls are all counted; a key given twice
// counts twice. It returns an error for a key not made by AccountKey or
// IPKey.
func (t *Throttle) Fail(ctx context.Context, keys ...string) error {
	now := t.policy.Now()
	for _, k := range keys {
		rule, err := t.rule(k)
		if err != nil {
			return fmt.Errorf("accounts.Throttle.Fail: %w", err)
		}
		// $3: failures that lock (0 never), $4: lock length and $5: window,
		// both in microseconds. The upsert takes the row lock, so
		// concurrent failures each add one.
		_, err = t.db.Exec(ctx, `
			INSERT INTO login_throttle AS t (key, failures, first_failure_at, last_failure_at, locked_until)
			VALUES ($1, 1, $2::timestamptz, $2::timestamptz,
				CASE WHEN $3::int > 0 AND $3::int <= 1 THEN $2::timestamptz + $4::bigint * interval '1 microsecond' END)
			ON CONFLICT (key) DO UPDATE SET
				failures = CASE WHEN t.first_failure_at <= $2::timestamptz - $5::bigint * interval '1 microsecond'
					THEN 1 ELSE t.failures + 1 END,
				first_failure_at = CASE WHEN t.first_failure_at <= $2::timestamptz - $5::bigint * interval '1 microsecond'
					THEN $2::timestamptz ELSE t.first_failure_at END,
				last_failure_at = greatest(t.last_failure_at, $2::timestamptz),
				locked_until = CASE
					WHEN $3::int > 0 AND (CASE WHEN t.first_failure_at <= $2::timestamptz - $5::bigint * interval '1 microsecond'
						THEN 1 ELSE t.failures + 1 END) >= $3::int
					THEN $2::timestamptz + $4::bigint * interval '1 microsecond'
					ELSE t.locked_until END`,
			k, now, rule.LockAfter, rule.LockFor.Microseconds(), t.policy.Window.Microseconds())
		if err != nil {
			return fmt.Errorf("accounts.Throttle.Fail: %w", err)
		}
	}
	return nil
}

// Succeed forgets the failures under accountKey after a successful sign-in.
// Address keys are deliberately not cleared: one account the attacker
// controls must not reset the count for guessing at others. It returns an
// error for a key not made by AccountKey.
func (t *Throttle) Succeed(ctx context.Context, accountKey string) error {
	if !strings.HasPrefix(accountKey, accountKeyPrefix) {
		return fmt.Errorf("accounts.Throttle.Succeed: %q is not an AccountKey", accountKey)
	}
	if _, err := t.db.Exec(ctx, `DELETE FROM login_throttle WHERE key = $1`, accountKey); err != nil {
		return fmt.Errorf("accounts.Throttle.Succeed: %w", err)
	}
	return nil
}

// Purge deletes the counts whose window and lock have both passed, which no
// longer affect any decision, and returns how many; a periodic job calls it.
func (t *Throttle) Purge(ctx context.Context) (int64, error) {
	now := t.policy.Now()
	tag, err := t.db.Exec(ctx, `
		DELETE FROM login_throttle
		WHERE first_failure_at <= $1::timestamptz - $2::bigint * interval '1 microsecond'
		  AND (locked_until IS NULL OR locked_until <= $1::timestamptz)`,
		now, t.policy.Window.Microseconds())
	if err != nil {
		return 0, fmt.Errorf("accounts.Throttle.Purge: %w", err)
	}
	return tag.RowsAffected(), nil
}
