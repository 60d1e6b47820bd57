package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/seed"
	"github.com/podium-portal/podium/internal/testdb"
)

// binary is the podium command built once for these tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "podium-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "podium")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build podium: %v\n%s", err, out)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	testdb.Main(m)
}

func TestBadConfigurationExitsWithCode2AndOneLine(t *testing.T) {
	tests := []struct{ name, variable, value string }{
		{"log level", "LOG_LEVEL", "loud"},
		{"address", "ADDR", "nonsense"},
		{"timeout", "SHUTDOWN_TIMEOUT", "soon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(binary, "serve")
			cmd.Env = append(os.Environ(), tt.variable+"="+tt.value)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			exitErr, ok := err.(*exec.ExitError)
			if !ok || exitErr.ExitCode() != 2 {
				t.Fatalf("want exit code 2, got %v", err)
			}
			msg := strings.TrimSpace(stderr.String())
			if strings.Count(msg, "\n") != 0 || !strings.Contains(msg, tt.variable) || strings.Contains(msg, "goroutine") {
				t.Errorf("want one line naming %s, got %q", tt.variable, msg)
			}
		})
	}
	if err := exec.Command(binary, "frobnicate").Run(); err == nil || err.(*exec.ExitError).ExitCode() != 2 {
		t.Errorf("unknown command: %v, want exit code 2", err)
	}
}

// lockedBuffer collects a process's output while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// devRun is one `podium dev` process.
type devRun struct {
	cmd    *exec.Cmd
	url    string
	stdout *lockedBuffer
	stderr *lockedBuffer
}

var runningLine = regexp.MustCompile(`Podium is running at (http://\S+)`)

func startDev(t *testing.T, env ...string) *devRun {
	t.Helper()
	cmd := exec.Command(binary, "dev")
	cmd.Env = append(os.Environ(), append([]string{"ADDR=127.0.0.1:0"}, env...)...)
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	run := &devRun{cmd: cmd, stdout: &lockedBuffer{}, stderr: &lockedBuffer{}}
	cmd.Stderr = run.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			_, _ = run.stdout.Write([]byte(sc.Text() + "\n"))
			if m := runningLine.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
		close(found)
	}()
	select {
	case u, ok := <-found:
		if !ok {
			_ = cmd.Wait()
			t.Fatalf("podium dev exited before serving:\n%s", run.stderr)
		}
		run.url = u
	case <-time.After(60 * time.Second):
		t.Fatalf("podium dev did not start:\n%s", run.stderr)
	}
	return run
}

// stop sends SIGINT and waits for a clean exit.
func (d *devRun) stop(t *testing.T) {
	t.Helper()
	if err := d.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- d.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("podium dev exited with %v:\n%s", err, d.stderr)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("podium dev did not stop after SIGINT")
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestDevRunsPrivateClusterAndReusesItsData(t *testing.T) {
	dataDir, err := os.MkdirTemp("", "podium-dev-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dataDir)
	if err := os.Chmod(dataDir, 0o755); err != nil {
		t.Fatal(err)
	}
	env := []string{"DATA_DIR=" + dataDir, "DEV_POSTGRES_PORT=54391", "DATABASE_URL="}

	first := startDev(t, env...)
	status, body := get(t, first.url+"/verhalen")
	if status != http.StatusOK || strings.Count(body, `class="card"`) != 12 {
		t.Fatalf("/verhalen: %d with %d cards", status, strings.Count(body, `class="card"`))
	}
	if status, body := get(t, first.url+"/en/stories"); status != http.StatusOK || !strings.Contains(body, `lang="en"`) || !strings.Contains(body, `class="card"`) {
		t.Errorf("/en/stories: %d", status)
	}
	if status, body := get(t, first.url+"/verhalen/bestaat-niet"); status != http.StatusNotFound || !strings.Contains(body, "skip-link") {
		t.Errorf("missing story: %d", status)
	}
	if !strings.Contains(first.stdout.String(), "beheer@podium.example") || !strings.Contains(first.stdout.String(), "/admin/outbox") {
		t.Errorf("podium dev does not print the demo sign-in:\n%s", first.stdout)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.PostForm(first.url+"/login", url.Values{"email": {"redactie@podium.example"}, "password": {seed.DemoPassword}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin" {
		t.Errorf("demo editor sign-in: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	first.stop(t)
	if !strings.Contains(first.stderr.String(), "PostgreSQL stopped") {
		t.Errorf("PostgreSQL was not stopped:\n%s", first.stderr)
	}
	if _, err := os.Stat(filepath.Join(dataDir, "postgres", "postmaster.pid")); !os.IsNotExist(err) {
		t.Errorf("postmaster.pid remains after shutdown: %v", err)
	}

	second := startDev(t, env...)
	log := second.stderr.String()
	if strings.Contains(log, "initializing postgres data directory") || strings.Contains(log, "demo content loaded") {
		t.Errorf("second run did not reuse the data:\n%s", log)
	}
	if status, _ := get(t, second.url+"/verhalen"); status != http.StatusOK {
		t.Errorf("second run /verhalen: %d", status)
	}
	second.stop(t)
}

func TestDevWithDatabaseURLStartsNoCluster(t *testing.T) {
	url := testdb.NewURL(t)
	dataDir := t.TempDir()
	run := startDev(t, "DATABASE_URL="+url, "DATA_DIR="+dataDir)
	if strings.Contains(run.stdout.String(), "PostgreSQL (private") {
		t.Error("started a private cluster although DATABASE_URL is set")
	}
	if entries, _ := os.ReadDir(dataDir); len(entries) != 0 {
		t.Errorf("DATA_DIR was used: %v", entries)
	}
	if status, body := get(t, run.url+"/verhalen"); status != http.StatusOK || !strings.Contains(body, `class="card"`) {
		t.Errorf("/verhalen: %d", status)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, run.url+"/readyz", nil)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("/readyz: %v", err)
	}
	run.stop(t)
}

func TestUserAddPrintsASetPasswordLink(t *testing.T) {
	dbURL := testdb.NewURL(t)
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), "DATABASE_URL="+dbURL, "BASE_URL=https://werkenbij.example.nl")
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if exitErr, ok := err.(*exec.ExitError); ok {
			code = exitErr.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return stdout.String(), stderr.String(), code
	}
	out, errOut, code := run("user", "add", "--email", "Eerste@Beheer.example", "--role", "admin", "--name", "Eerste Beheerder")
	if code != 0 || !regexp.MustCompile(`https://werkenbij\.example\.nl/invite\?token=[A-Za-z0-9_-]{20,}`).MatchString(out) {
		t.Fatalf("user add: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "eerste@beheer.example") {
		t.Errorf("output does not name the user: %s", out)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"unknown role", []string{"user", "add", "--email", "a@b.example", "--role", "boss"}},
		{"taken address", []string{"user", "add", "--email", "eerste@beheer.example", "--role", "editor"}},
		{"partner user without partner", []string{"user", "add", "--email", "p@b.example", "--role", "partner"}},
		{"unknown partner", []string{"user", "add", "--email", "p@b.example", "--role", "partner", "--partner", "nergens"}},
		{"bad address", []string{"user", "add", "--email", "geen-adres", "--role", "editor"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := run(tt.args...)
			if code != 2 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("exit %d, stderr %q; want 2 and one line", code, errOut)
			}
		})
	}
	if _, errOut, code := run("partner", "add", "--slug", "samen-sterk", "--name", "Samen Sterk"); code != 0 {
		t.Fatalf("partner add: %d %s", code, errOut)
	}
	if out, errOut, code := run("user", "add", "--email", "p@samensterk.example", "--role", "partner", "--partner", "samen-sterk"); code != 0 || !strings.Contains(out, "/invite?token=") {
		t.Errorf("partner user add: %d %s %s", code, out, errOut)
	}
}
