package accounts

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/testdb"
)

func newTestThrottle(t *testing.T) (*Throttle, *waitClock) {
	t.Helper()
	clock := newClock()
	p := DefaultThrottlePolicy()
	p.Now = clock.Now
	return NewThrottle(testdb.New(t), p), clock
}

func mustCheck(t *testing.T, th *Throttle, keys ...string) Decision {
	t.Helper()
	d, err := th.Check(context.Background(), keys...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func mustFail(t *testing.T, th *Throttle, keys ...string) {
	t.Helper()
	if err := th.Fail(context.Background(), keys...); err != nil {
		t.Fatal(err)
	}
}

func TestThrottleAccountDelayThenLock(t *testing.T) {
	th, clock := newTestThrottle(t)
	key := AccountKey("Ana@Example.nl")

	// Four failures: no delay yet.
	for i := range 4 {
		mustFail(t, th, key)
		if d := mustCheck(t, th, key); !d.Allowed {
			t.Fatalf("after %d failures: %+v", i+1, d)
		}
	}
	// Failures 5 to 9 each impose a doubling wait: 1, 2, 4, 8, 16 s.
	for n := 5; n <= 9; n++ {
		wait := time.Second << (n - 5)
		mustFail(t, th, key)
		d := mustCheck(t, th, key)
		if d.Allowed || d.Locked || d.RetryAfter != wait {
			t.Fatalf("after %d failures: %+v, want a wait of %v", n, d, wait)
		}
		if d.RetryAfterMinutes() != 1 {
			t.Errorf("RetryAfterMinutes = %d, want 1", d.RetryAfterMinutes())
		}
		clock.Advance(wait - time.Millisecond)
		if d := mustCheck(t, th, key); d.Allowed {
			t.Fatalf("after %d failures allowed before the wait ended", n)
		}
		clock.Advance(time.Millisecond)
		if d := mustCheck(t, th, key); !d.Allowed {
			t.Fatalf("after %d failures still refused when the wait ended: %+v", n, d)
		}
	}
	// The tenth failure locks for 15 minutes.
	mustFail(t, th, key)
	lockedAt := clock.Now()
	d := mustCheck(t, th, key)
	if d.Allowed || !d.Locked || !d.LockedUntil.Equal(lockedAt.Add(15*time.Minute)) || d.RetryAfter != 15*time.Minute {
		t.Fatalf("after 10 failures: %+v", d)
	}
	if d.RetryAfterMinutes() != 15 {
		t.Errorf("RetryAfterMinutes = %d, want 15", d.RetryAfterMinutes())
	}
	clock.Advance(14*time.Minute + 30*time.Second)
	if d := mustCheck(t, th, key); d.Allowed || d.RetryAfterMinutes() != 1 {
		t.Fatalf("30 s before the lock ends: %+v", d)
	}
	clock.Advance(30 * time.Second)
	if d := mustCheck(t, th, key); !d.Allowed {
		t.Fatalf("lock did not end: %+v", d)
	}
	// The window has passed too: the next failure counts as the first.
	mustFail(t, th, key)
	if d := mustCheck(t, th, key); !d.Allowed {
		t.Fatalf("count did not restart after the window: %+v", d)
	}
	var failures int
	if err := th.db.QueryRow(context.Background(), `SELECT failures FROM login_throttle WHERE key = $1`, key).Scan(&failures); err != nil || failures != 1 {
		t.Errorf("failures after window reset = %d, %v", failures, err)
	}
}

func TestThrottleWindowResets(t *testing.T) {
	th, clock := newTestThrottle(t)
	key := AccountKey("ana@example.nl")
	for range 4 {
		mustFail(t, th, key)
	}
	// Fifteen minutes after the first failure the count starts afresh, so
	// the next failure is the first of a new window, not the fifth.
	clock.Advance(15 * time.Minute)
	mustFail(t, th, key)
	if d := mustCheck(t, th, key); !d.Allowed {
		t.Fatalf("failures from an old window counted: %+v", d)
	}
	for range 4 {
		mustFail(t, th, key)
	}
	if d := mustCheck(t, th, key); d.Allowed {
		t.Fatal("five failures in the new window did not delay")
	}
	// A delay left over from a passed window no longer applies either.
	clock.Advance(15 * time.Minute)
	if d := mustCheck(t, th, key); !d.Allowed {
		t.Fatalf("after the window: %+v", d)
	}
}

func TestThrottleIPLock(t *testing.T) {
	th, clock := newTestThrottle(t)
	ip := IPKey("192.0.2.7")
	// Twenty failures with different addresses each, as in a spraying
	// attack: the address has no delay, only the lock.
	for i := range 19 {
		acct := AccountKey("user" + string(rune('a'+i)) + "@example.nl")
		mustFail(t, th, acct, ip)
		if d := mustCheck(t, th, ip); !d.Allowed {
			t.Fatalf("address refused after %d failures: %+v", i+1, d)
		}
	}
	mustFail(t, th, AccountKey("last@example.nl"), ip)
	d := mustCheck(t, th, AccountKey("fresh@example.nl"), ip)
	if d.Allowed || !d.Locked || !d.LockedUntil.Equal(clock.Now().Add(15*time.Minute)) {
		t.Fatalf("after 20 failures from one address: %+v", d)
	}
	// Other addresses are not affected.
	if d := mustCheck(t, th, AccountKey("fresh@example.nl"), IPKey("192.0.2.8")); !d.Allowed {
		t.Fatalf("another address refused: %+v", d)
	}
	// A success clears the account, never the address.
	if err := th.Succeed(context.Background(), AccountKey("last@example.nl")); err != nil {
		t.Fatal(err)
	}
	if d := mustCheck(t, th, ip); d.Allowed {
		t.Fatal("Succeed cleared the address lock")
	}
	if err := th.Succeed(context.Background(), ip); err == nil {
		t.Error("Succeed accepted an address key")
	}
}

func TestThrottleSucceedClearsAccount(t *testing.T) {
	th, _ := newTestThrottle(t)
	key := AccountKey("ana@example.nl")
	for range 7 {
		mustFail(t, th, key)
	}
	if d := mustCheck(t, th, key); d.Allowed {
		t.Fatal("seven failures did not delay")
	}
	if err := th.Succeed(context.Background(), key); err != nil {
		t.Fatal(err)
	}
	if d := mustCheck(t, th, key); !d.Allowed {
		t.Fatalf("after Succeed: %+v", d)
	}
}

func TestThrottleCombinesKeys(t *testing.T) {
	th, clock := newTestThrottle(t)
	acct, ip := AccountKey("ana@example.nl"), IPKey("2001:db8::1")
	for range 6 {
		mustFail(t, th, acct)
	}
	// The account waits 2 s; the address alone is fine.
	d := mustCheck(t, th, acct, ip)
	if d.Allowed || d.RetryAfter != 2*time.Second || d.Locked {
		t.Fatalf("combined: %+v", d)
	}
	if d := mustCheck(t, th, ip); !d.Allowed {
		t.Fatalf("address alone: %+v", d)
	}
	clock.Advance(2 * time.Second)
	if d := mustCheck(t, th, acct, ip); !d.Allowed {
		t.Fatalf("after the wait: %+v", d)
	}
	if d := mustCheck(t, th); !d.Allowed {
		t.Fatalf("no keys: %+v", d)
	}
	if _, err := th.Check(context.Background(), "email:ana@example.nl"); err == nil {
		t.Error("Check accepted a key of unknown kind")
	}
	if err := th.Fail(context.Background(), "ana@example.nl"); err == nil {
		t.Error("Fail accepted a key of unknown kind")
	}
}

// TestThrottleConcurrentFailures counts 20 failures made at once, as by
// several replicas: none may be lost.
func TestThrottleConcurrentFailures(t *testing.T) {
	th, _ := newTestThrottle(t)
	acct, ip := AccountKey("target@example.nl"), IPKey("198.51.100.1")
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for range 20 {
		wg.Go(func() { errs <- th.Fail(context.Background(), acct, ip) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, key := range []string{acct, ip} {
		var failures int
		if err := th.db.QueryRow(context.Background(), `SELECT failures FROM login_throttle WHERE key = $1`, key).Scan(&failures); err != nil {
			t.Fatal(err)
		}
		if failures != 20 {
			t.Errorf("%s: %d failures counted, want 20", key, failures)
		}
	}
	if d := mustCheck(t, th, ip); !d.Locked {
		t.Errorf("address not locked after 20 concurrent failures: %+v", d)
	}
}

func TestThrottlePurge(t *testing.T) {
	th, clock := newTestThrottle(t)
	ctx := context.Background()
	for range 10 {
		mustFail(t, th, AccountKey("locked@example.nl"))
	}
	mustFail(t, th, AccountKey("once@example.nl"))
	clock.Advance(10 * time.Minute)
	mustFail(t, th, AccountKey("recent@example.nl"))
	clock.Advance(5 * time.Minute)
	// "once" has left its window; "locked" has too, and its lock ended
	// just now; "recent" is still counted.
	n, err := th.Purge(ctx)
	if err != nil || n != 2 {
		t.Fatalf("Purge = %d, %v; want 2", n, err)
	}
	var left []string
	rows, _ := th.db.Query(ctx, `SELECT key FROM login_throttle`)
	for rows.Next() {
		var k string
		rows.Scan(&k)
		left = append(left, k)
	}
	if len(left) != 1 || left[0] != AccountKey("recent@example.nl") {
		t.Errorf("left after Purge: %v", left)
	}
}

func TestThrottleKeys(t *testing.T) {
	tests := []struct{ in, want string }{
		{"192.0.2.7", "ip:192.0.2.7"},
		{"192.0.2.7:51234", "ip:192.0.2.7"},
		{"::ffff:192.0.2.7", "ip:192.0.2.7"},
		{"2001:db8:1:2:aaaa::1", "ip:2001:db8:1:2::/64"},
		{"[2001:db8:1:2:bbbb::9]:443", "ip:2001:db8:1:2::/64"},
		{"fe80::1%eth0", "ip:fe80::/64"},
		{"not-an-ip", "ip:not-an-ip"},
	}
	for _, tt := range tests {
		if got := IPKey(tt.in); got != tt.want {
			t.Errorf("IPKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if a, b := AccountKey(" Ana@Example.NL "), AccountKey("ana@example.nl"); a != b || a != "account:ana@example.nl" {
		t.Errorf("AccountKey: %q, %q", a, b)
	}
}

func TestRetryAfterMinutes(t *testing.T) {
	for _, tt := range []struct {
		d    Decision
		want int
	}{
		{Decision{Allowed: true}, 0},
		{Decision{RetryAfter: time.Second}, 1},
		{Decision{RetryAfter: time.Minute}, 1},
		{Decision{RetryAfter: time.Minute + time.Second}, 2},
		{Decision{RetryAfter: 15 * time.Minute}, 15},
	} {
		if got := tt.d.RetryAfterMinutes(); got != tt.want {
			t.Errorf("%+v.RetryAfterMinutes() = %d, want %d", tt.d, got, tt.want)
		}
	}
}
