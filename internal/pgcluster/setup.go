package pgcluster

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
)

// debianBinGlob matches the versioned server directories of Debian and Ubuntu packages,
// which keep initdb and postgres off PATH.
const debianBinGlob = "/usr/lib/postgresql/*/bin"

// BinDir returns the directory holding the PostgreSQL server binaries (initdb, postgres,
// pg_ctl): the directory of initdb on PATH, symlinks resolved, when postgres sits beside
// it, otherwise the highest version under /usr/lib/postgresql/*/bin. It returns an error
// naming both places when neither has them.
func BinDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		// PATH often holds symlinks (Homebrew, or /usr/local/bin pointing into
		// /usr/lib/postgresql/15/bin); prefer the real directory, which has all the tools.
		if real, err := filepath.EvalSymlinks(p); err == nil && hasServer(filepath.Dir(real)) {
			return filepath.Dir(real), nil
		}
		if dir := filepath.Dir(p); hasServer(dir) {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob(debianBinGlob)
	var found []string
	for _, d := range dirs {
		if hasServer(d) {
			found = append(found, d)
		}
	}
	if len(found) == 0 {
		return "", errors.New("pgcluster.BinDir: no PostgreSQL server binaries: initdb is not on PATH and " +
			debianBinGlob + " has none (install the PostgreSQL server package)")
	}
	sort.Slice(found, func(i, j int) bool {
		return versionLess(filepath.Base(filepath.Dir(found[i])), filepath.Base(filepath.Dir(found[j])))
	})
	return found[len(found)-1], nil
}

// hasServer reports whether dir holds both initdb and postgres.
func hasServer(dir string) bool {
	for _, name := range []string{"initdb", "postgres"} {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil || info.IsDir() || info.Mode()&0o111 == 0 {
			return false
		}
	}
	return true
}

// versionLess compares dotted version strings such as "9.6" and "15" numerically.
func versionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, errX := strconv.Atoi(as[i])
		y, errY := strconv.Atoi(bs[i])
		if errX != nil || errY != nil {
			return a < b
		}
		if x != y {
			return x < y
		}
	}
	return len(as) < len(bs)
}

// osUser is the account the server runs as when the calling process is root.
type osUser struct {
	name     string
	uid, gid uint32
}

// serverUser returns the account to run initdb and postgres as: nil when the calling
// process is not root (they run as the caller), else "postgres", or "nobody" when there is
// no postgres account.
func serverUser() (*osUser, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	var lastErr error
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			lastErr = err
			continue
		}
		uid, err := strconv.ParseUint(u.Uid, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("user %s: uid %q: %w", name, u.Uid, err)
		}
		gid, err := strconv.ParseUint(u.Gid, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("user %s: gid %q: %w", name, u.Gid, err)
		}
		return &osUser{name: name, uid: uint32(uid), gid: uint32(gid)}, nil
	}
	return nil, fmt.Errorf("running as root, and PostgreSQL refuses root, but neither user postgres nor nobody exists: %w", lastErr)
}

// credential returns the credential to run a child process as u; nil runs it as the caller.
func (u *osUser) credential() *syscall.Credential {
	if u == nil {
		return nil
	}
	// Groups stays empty: the server needs no supplementary groups, and searchable checks
	// the primary group only.
	return &syscall.Credential{Uid: u.uid, Gid: u.gid}
}

// prepareDataDir creates dataDir (mode 0700) and its parents when missing. When the server
// runs as another user, it hands a not yet initialized dataDir to that user and checks that
// the user can reach it.
func prepareDataDir(dataDir string, owner *osUser) error {
	if err := os.MkdirAll(filepath.Dir(dataDir), 0o755); err != nil {
		return fmt.Errorf("create data directory parent: %w", err)
	}
	if err := os.Mkdir(dataDir, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
		return fmt.Errorf("create data directory: %w", err)
	}
	if owner == nil {
		return nil
	}
	if err := searchable(filepath.Dir(dataDir), owner); err != nil {
		return err
	}
	// An initialized directory already belongs to the server user; chowning only its top
	// would not fix one that belongs to someone else.
	if _, err := os.Stat(filepath.Join(dataDir, "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		if err := os.Chown(dataDir, int(owner.uid), int(owner.gid)); err != nil {
			return fmt.Errorf("chown data directory to %s: %w", owner.name, err)
		}
	}
	return nil
}

// searchable returns an error naming the first directory from dir up to the root that u
// cannot traverse. It does not change permissions: opening up someone's directory (say
// /root, or a 0700 directory from os.MkdirTemp) is the caller's decision.
func searchable(dir string, u *osUser) error {
	for {
		info, err := os.Stat(dir)
		if err != nil {
			return fmt.Errorf("check data directory parents: %w", err)
		}
		st, ok := info.Sys().(*syscall.Stat_t)
		if !ok {
			return nil
		}
		var bit os.FileMode = 0o001
		switch {
		case st.Uid == u.uid:
			bit = 0o100
		case st.Gid == u.gid:
			bit = 0o010
		}
		if info.Mode().Perm()&bit == 0 {
			return fmt.Errorf("the server runs as user %s (PostgreSQL refuses root), who cannot traverse %s (mode %04o); "+
				"make it searchable (chmod o+x) or put the data directory elsewhere", u.name, dir, info.Mode().Perm())
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
}

// initdb creates a cluster in the empty dataDir with superuser "podium", trust
// authentication and UTF-8 encoding. It prefers the C.UTF-8 locale and falls back to C
// where the C library lacks it.
func initdb(ctx context.Context, binDir, dataDir string, owner *osUser, durable bool, logger *slog.Logger) error {
	var out []byte
	for _, locale := range []string{"C.UTF-8", "C"} {
		logger.Info("initializing postgres data directory", "data_dir", dataDir, "locale", locale)
		args := []string{
			"-D", dataDir,
			"-U", superuser,
			"--auth=trust",
			"--encoding=UTF8",
			"--locale=" + locale,
			"--no-instructions",
		}
		if !durable {
			args = append(args, "--no-sync")
		}
		cmd := exec.CommandContext(ctx, filepath.Join(binDir, "initdb"), args...)
		// The server user may not be able to enter the caller's working directory.
		cmd.Dir = dataDir
		cmd.Env = serverEnv()
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: owner.credential()}
		var err error
		if out, err = cmd.CombinedOutput(); err == nil {
			return nil
		} else if !strings.Contains(string(out), "invalid locale name") {
			return fmt.Errorf("initdb: %w\n%s", err, lastLines(string(out), logTailLines))
		}
	}
	return fmt.Errorf("initdb: no usable locale\n%s", lastLines(string(out), logTailLines))
}
