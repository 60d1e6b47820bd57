package pgcluster

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// dataDir returns a not yet existing data directory in a fresh temporary directory that the
// server user can traverse (t.TempDir and os.MkdirTemp create 0700 directories, which
// PostgreSQL running as postgres could not enter when the tests run as root).
func dataDir(t *testing.T) string {
	t.Helper()
	if _, err := BinDir(); err != nil {
		t.Skip(err)
	}
	dir, err := os.MkdirTemp("", "pgcluster-test-")
	if err != nil {
		t.Fatal(err)
	}
	// Registered first so it runs after the Stop cleanups registered later.
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "data")
}

// start starts a cluster and stops it when the test ends, if the test has not.
func start(t *testing.T, opts Options) *Cluster {
	t.Helper()
	c, err := Start(t.Context(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Stop(context.Background()) })
	return c
}

// connect opens a connection to database on c, closed when the test ends.
func connect(t *testing.T, c *Cluster, database string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), c.URL(database))
	if err != nil {
		t.Fatalf("connect to %s: %v", c.URL(database), err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func TestStartReusesDataAcrossRuns(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)

	c := start(t, Options{DataDir: dir})
	wantURL := "postgres://podium@127.0.0.1:" + strconv.Itoa(c.Port()) + "/podium?sslmode=disable"
	if got := c.URL("podium"); got != wantURL {
		t.Errorf("URL(podium) = %q, want %q", got, wantURL)
	}
	conn := connect(t, c, "podium")
	var one int
	if err := conn.QueryRow(t.Context(), "select 1").Scan(&one); err != nil || one != 1 {
		t.Fatalf("select 1 = %d, %v", one, err)
	}
	var fsync string
	if err := conn.QueryRow(t.Context(), "show fsync").Scan(&fsync); err != nil || fsync != "off" {
		t.Errorf("fsync = %q, %v; want off when not Durable", fsync, err)
	}
	if _, err := conn.Exec(t.Context(), "create table kept (note text); insert into kept values ('first run')"); err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(t.Context()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if err := c.Stop(t.Context()); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	if _, err := pgx.Connect(t.Context(), c.URL("podium")); err == nil {
		t.Fatal("connected after Stop; want the server down")
	}

	c2 := start(t, Options{DataDir: dir})
	var note string
	if err := connect(t, c2, "podium").QueryRow(t.Context(), "select note from kept").Scan(&note); err != nil {
		t.Fatalf("table from the first run: %v", err)
	}
	if note != "first run" {
		t.Errorf("note = %q, want %q", note, "first run")
	}
	if err := c2.Stop(t.Context()); err != nil {
		t.Fatalf("Stop after restart: %v", err)
	}
}

func TestStartAfterKill(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)

	c := start(t, Options{DataDir: dir})
	if err := syscall.Kill(c.cmd.Process.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	select {
	case <-c.exited:
	case <-time.After(10 * time.Second):
		t.Fatal("server still running after SIGKILL")
	}
	if _, err := os.Stat(filepath.Join(dir, "postmaster.pid")); err != nil {
		t.Fatalf("want a stale postmaster.pid after SIGKILL: %v", err)
	}
	if err := c.Stop(t.Context()); err == nil || !strings.Contains(err.Error(), "already exited") {
		t.Errorf("Stop of a killed server = %v, want an error saying it had already exited", err)
	}

	c2 := start(t, Options{DataDir: dir})
	var one int
	if err := connect(t, c2, "podium").QueryRow(t.Context(), "select 1").Scan(&one); err != nil {
		t.Fatalf("select 1 after restart: %v", err)
	}
	if err := c2.Stop(t.Context()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
}

func TestStartOnTakenPortReportsServerLog(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()

	c, err := Start(t.Context(), Options{DataDir: dir, Port: l.Addr().(*net.TCPAddr).Port})
	if err == nil {
		c.Stop(context.Background())
		t.Fatal("Start on a taken port succeeded")
	}
	t.Log(err)
	if !strings.Contains(err.Error(), "could not bind") {
		t.Errorf("error does not carry the server log's bind failure:\n%v", err)
	}
}

func TestStartRejectsUntraversableParent(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root hands the server to another user")
	}
	if _, err := BinDir(); err != nil {
		t.Skip(err)
	}
	parent, err := os.MkdirTemp("", "pgcluster-private-") // mode 0700
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(parent)

	_, err = Start(t.Context(), Options{DataDir: filepath.Join(parent, "data")})
	if err == nil || !strings.Contains(err.Error(), "cannot traverse "+parent) {
		t.Errorf("Start under a 0700 parent = %v, want an error naming %s", err, parent)
	}
}

func TestBinDirHoldsServer(t *testing.T) {
	dir, err := BinDir()
	if err != nil {
		t.Skip(err)
	}
	if !hasServer(dir) {
		t.Errorf("BinDir() = %s, which lacks initdb or postgres", dir)
	}
}

func TestVersionLess(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"numeric not lexical", "9.6", "15", true},
		{"newer major", "16", "15", false},
		{"equal", "15", "15", false},
		{"minor", "9.5", "9.6", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionLess(tt.a, tt.b); got != tt.want {
				t.Errorf("versionLess(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestLastLines(t *testing.T) {
	if got := lastLines("a\nb\nc\n", 2); got != "b\nc" {
		t.Errorf("lastLines = %q, want %q", got, "b\nc")
	}
}
