// Package pgcluster starts and stops a private PostgreSQL server built from the machine's
// server binaries (initdb, postgres). `podium dev` keeps one under .data/ and reuses it across
// runs; tests start a throwaway one per test binary in a temporary directory.
//
// The server listens only on 127.0.0.1, has no Unix socket, and trusts every local connection,
// so it must never hold data that matters outside development and tests. When the calling
// process runs as root, the server runs as the "postgres" system user (or "nobody"), because
// PostgreSQL refuses to run as root.
package pgcluster

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

const (
	// superuser is the role initdb creates; URL connects as it.
	superuser = "podium"
	// appDatabase is created on first start so the application has a database of its own.
	appDatabase = "podium"
	// logName is the server log inside the data directory; each start appends to it.
	logName = "server.log"
	// startupTimeout bounds the wait for the server to accept connections.
	startupTimeout = 30 * time.Second
	// killGrace is how long a server gets to exit after an immediate-shutdown signal.
	killGrace = 5 * time.Second
	// staleMemoryRetries is how often Start tries while a crashed server's
	// processes still hold its shared memory.
	staleMemoryRetries = 10
	// logTailLines is how many server log lines an error carries.
	logTailLines = 20
)

// Options configures a cluster.
type Options struct {
	// DataDir is the cluster's data directory (required). It is created when missing, and
	// initdb runs only when it holds no PG_VERSION, so a second Start reuses the data.
	DataDir string
	// Port is the TCP port on 127.0.0.1; 0 picks a free one at each Start. A non-zero port
	// that is taken makes Start fail (the error shows the server's "could not bind" line).
	Port int
	// Logger receives progress messages; nil discards them.
	Logger *slog.Logger
	// Durable keeps fsync on. When false (tests) initdb skips syncing and the server runs
	// with fsync, synchronous_commit and full_page_writes off: much faster, but an OS crash
	// can corrupt the data.
	Durable bool
}

// Cluster is a running PostgreSQL server started by Start. Its methods are safe for
// concurrent use.
type Cluster struct {
	dataDir string
	port    int
	logger  *slog.Logger
	logPath string
	// logOffset is the log size before this start, so errors show only this run's lines.
	logOffset int64

	cmd *exec.Cmd
	// exited is closed once the server process has exited; waitErr is set before that.
	exited  chan struct{}
	waitErr error

	mu      sync.Mutex
	stopped bool
	stopErr error
}

// Start initializes opts.DataDir when it holds no cluster yet, starts the server on
// 127.0.0.1 and returns once a connection succeeds, creating the "podium" database when it
// is missing. The server runs in its own process group, so a Ctrl-C aimed at the terminal
// reaches only the calling process, which must call Stop. On Linux the server also gets a
// fast-shutdown signal if the calling process dies without calling Stop. When startup
// fails, the error ends with the last lines of the server log.
func Start(ctx context.Context, opts Options) (*Cluster, error) {
	if opts.DataDir == "" {
		return nil, errors.New("pgcluster.Start: Options.DataDir is required")
	}
	dataDir, err := filepath.Abs(opts.DataDir)
	if err != nil {
		return nil, fmt.Errorf("pgcluster.Start: %w", err)
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	binDir, err := BinDir()
	if err != nil {
		return nil, fmt.Errorf("pgcluster.Start: %w", err)
	}
	owner, err := serverUser()
	if err != nil {
		return nil, fmt.Errorf("pgcluster.Start: %w", err)
	}
	if err := prepareDataDir(dataDir, owner); err != nil {
		return nil, fmt.Errorf("pgcluster.Start: %w", err)
	}
	if _, err := os.Stat(filepath.Join(dataDir, "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		if err := initdb(ctx, binDir, dataDir, owner, opts.Durable, logger); err != nil {
			return nil, fmt.Errorf("pgcluster.Start: %w", err)
		}
	} else if err != nil {
		return nil, fmt.Errorf("pgcluster.Start: %w", err)
	}

	port := opts.Port
	if port == 0 {
		if port, err = freePort(); err != nil {
			return nil, fmt.Errorf("pgcluster.Start: %w", err)
		}
	}
	// After a crash, the old server's backends may hold its shared memory
	// for a moment; the new server refuses to start until they are gone.
	var c *Cluster
	var conn *pgx.Conn
	for attempt := 1; ; attempt++ {
		c = &Cluster{
			dataDir: dataDir,
			port:    port,
			logger:  logger,
			logPath: filepath.Join(dataDir, logName),
			exited:  make(chan struct{}),
		}
		if err := c.launch(binDir, owner, opts.Durable); err != nil {
			return nil, fmt.Errorf("pgcluster.Start: %w", err)
		}
		conn, err = c.waitReady(ctx)
		if err == nil {
			break
		}
		tail := c.logTail()
		c.abort()
		if attempt < staleMemoryRetries && strings.Contains(tail, "pre-existing shared memory block") {
			logger.Info("old server processes still hold shared memory; retrying", "attempt", attempt)
			time.Sleep(time.Second)
			continue
		}
		return nil, fmt.Errorf("pgcluster.Start: %w%s", err, tail)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if err := ensureDatabase(ctx, conn, appDatabase); err != nil {
		c.abort()
		return nil, fmt.Errorf("pgcluster.Start: %w", err)
	}
	logger.Info("postgres started", "data_dir", dataDir, "port", port, "pid", c.cmd.Process.Pid)
	return c, nil
}

// URL returns a connection URL for database on this cluster, as the trusted superuser
// "podium" without TLS, e.g. postgres://podium@127.0.0.1:54329/podium?sslmode=disable.
func (c *Cluster) URL(database string) string {
	u := url.URL{
		Scheme:   "postgres",
		User:     url.User(superuser),
		Host:     net.JoinHostPort("127.0.0.1", strconv.Itoa(c.port)),
		Path:     "/" + database,
		RawQuery: "sslmode=disable",
	}
	return u.String()
}

// Port returns the TCP port the server listens on at 127.0.0.1.
func (c *Cluster) Port() int { return c.port }

// Stop shuts the server down with a fast shutdown (what `pg_ctl stop -m fast` does: roll
// back open transactions, close connections, checkpoint) and returns once the process has
// exited. Calling it again returns the first call's result. When ctx ends first, the
// server gets an immediate shutdown (crash recovery at the next start) and Stop returns
// ctx's error. Stop reports an error when the server had already exited on its own.
func (c *Cluster) Stop(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return c.stopErr
	}
	select {
	case <-c.exited:
		c.stopped = true
		c.stopErr = fmt.Errorf("pgcluster.Stop: server had already exited: %v%s", c.waitErr, c.logTail())
		return c.stopErr
	default:
	}
	if err := c.cmd.Process.Signal(syscall.SIGINT); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("pgcluster.Stop: %w", err)
	}
	select {
	case <-c.exited:
		c.stopped = true
		if c.waitErr != nil {
			c.stopErr = fmt.Errorf("pgcluster.Stop: server exited with %v%s", c.waitErr, c.logTail())
		}
		c.logger.Info("postgres stopped", "data_dir", c.dataDir)
		return c.stopErr
	case <-ctx.Done():
	}
	c.abort()
	select {
	case <-c.exited:
		c.stopped = true
		c.stopErr = fmt.Errorf("pgcluster.Stop: fast shutdown did not finish, used immediate shutdown: %w", ctx.Err())
		return c.stopErr
	default:
		return fmt.Errorf("pgcluster.Stop: server (pid %d) still running: %w", c.cmd.Process.Pid, ctx.Err())
	}
}

// launch starts the postgres process with this start's settings, appending its output to
// the server log.
func (c *Cluster) launch(binDir string, owner *osUser, durable bool) error {
	logFile, err := os.OpenFile(c.logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("open server log: %w", err)
	}
	// The child keeps its own copy of the descriptor.
	defer logFile.Close()
	if owner != nil {
		if err := logFile.Chown(int(owner.uid), int(owner.gid)); err != nil {
			return fmt.Errorf("chown server log: %w", err)
		}
	}
	info, err := logFile.Stat()
	if err != nil {
		return fmt.Errorf("stat server log: %w", err)
	}
	c.logOffset = info.Size()

	settings := []string{
		"listen_addresses=127.0.0.1",
		"port=" + strconv.Itoa(c.port),
		// No Unix socket: the default /var/run/postgresql is often missing or not writable
		// by the server user, and socket paths under a deep data directory can exceed the
		// 107-byte limit. Everything connects over TCP.
		"unix_socket_directories=",
		"max_connections=200",
	}
	if !durable {
		settings = append(settings, "fsync=off", "synchronous_commit=off", "full_page_writes=off")
	}
	args := []string{"-D", c.dataDir}
	for _, s := range settings {
		args = append(args, "-c", s)
	}
	cmd := exec.Command(filepath.Join(binDir, "postgres"), args...)
	cmd.Dir = c.dataDir
	cmd.Env = serverEnv()
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	cmd.SysProcAttr = serverProcAttr(owner)
	c.cmd = cmd

	started := make(chan error, 1)
	go func() {
		// The parent-death signal (Linux) follows the thread that forked the child, not the
		// process; holding this thread until the server exits keeps it from firing early
		// when the Go runtime retires threads. The thread ends with this goroutine.
		runtime.LockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		c.waitErr = cmd.Wait()
		close(c.exited)
	}()
	if err := <-started; err != nil {
		return fmt.Errorf("start postgres: %w", err)
	}
	return nil
}

// waitReady connects to the postgres database until it succeeds, the server exits, ctx
// ends or startupTimeout passes, and returns the connection.
func (c *Cluster) waitReady(ctx context.Context) (*pgx.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, startupTimeout)
	defer cancel()
	cfg, err := pgx.ParseConfig(c.URL("postgres"))
	if err != nil {
		return nil, fmt.Errorf("parse connection URL: %w", err)
	}
	cfg.ConnectTimeout = 2 * time.Second
	for {
		conn, err := pgx.ConnectConfig(ctx, cfg)
		if err == nil {
			return conn, nil
		}
		select {
		case <-c.exited:
			return nil, fmt.Errorf("server exited during startup: %v", c.waitErr)
		case <-ctx.Done():
			return nil, fmt.Errorf("server not accepting connections on port %d: %w (last attempt: %v)", c.port, ctx.Err(), err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// abort shuts the server down immediately and waits up to killGrace for it to exit, then
// kills it.
func (c *Cluster) abort() {
	_ = c.cmd.Process.Signal(syscall.SIGQUIT)
	select {
	case <-c.exited:
		return
	case <-time.After(killGrace):
	}
	_ = c.cmd.Process.Kill()
	select {
	case <-c.exited:
	case <-time.After(killGrace):
	}
}

// logTail returns the last lines this start wrote to the server log, formatted to end an
// error message, or "" when there are none.
func (c *Cluster) logTail() string {
	tail := readTail(c.logPath, c.logOffset, logTailLines)
	if tail == "" {
		return ""
	}
	return "\n--- " + c.logPath + " (last lines) ---\n" + tail
}

// readTail returns up to n last lines of path from offset on; read errors yield "".
func readTail(path string, offset int64, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	const maxBytes = 64 << 10
	if info, err := f.Stat(); err == nil && info.Size()-offset > maxBytes {
		offset = info.Size() - maxBytes
	}
	if _, err := f.Seek(offset, 0); err != nil {
		return ""
	}
	buf := make([]byte, maxBytes)
	m, _ := f.Read(buf)
	return lastLines(string(buf[:m]), n)
}

// lastLines returns the last n lines of s, ignoring trailing newlines.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// ensureDatabase creates database name unless it exists.
func ensureDatabase(ctx context.Context, conn *pgx.Conn, name string) error {
	var exists bool
	err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists)
	if err != nil {
		return fmt.Errorf("look up database %s: %w", name, err)
	}
	if exists {
		return nil
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return fmt.Errorf("create database %s: %w", name, err)
	}
	return nil
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pick a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// serverEnv is the calling process's environment without PG* variables, which would
// otherwise change where initdb and postgres look for their data or port.
func serverEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			env = append(env, kv)
		}
	}
	return env
}
