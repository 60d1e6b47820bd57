// Package testdb gives tests a real PostgreSQL: one throwaway cluster per
// test binary, a template database migrated once, and a fresh clone of it
// for every test, so tests run in parallel without seeing each other's rows.
//
// A package's TestMain calls Main; its tests call New or NewURL.
package testdb

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/pgcluster"
)

const templateName = "podium_template"

// The cluster belongs to the whole test binary, which is why this test
// helper keeps it in package state: Main sets it before any test runs.
var (
	cluster *pgcluster.Cluster
	counter atomic.Int64
	// cloneMu serialises CREATE DATABASE … TEMPLATE, which fails when two
	// clones of one template start at the same moment.
	cloneMu sync.Mutex
)

// Main starts the cluster, migrates the template, runs the tests and stops
// the cluster. Use it as: func TestMain(m *testing.M) { testdb.Main(m) }.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir, err := os.MkdirTemp("", "podium-test-pg-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "testdb:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "testdb:", err)
		return 1
	}
	cluster, err = pgcluster.Start(ctx, pgcluster.Options{DataDir: dir})
	if err != nil {
		fmt.Fprintln(os.Stderr, "testdb: start PostgreSQL:", err)
		return 1
	}
	defer cluster.Stop(context.Background())
	if err := migrateTemplate(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "testdb:", err)
		return 1
	}
	return m.Run()
}

func migrateTemplate(ctx context.Context) error {
	admin, err := pgx.Connect(ctx, cluster.URL("postgres"))
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+templateName); err != nil {
		return fmt.Errorf("create template: %w", err)
	}
	pool, err := database.Open(ctx, cluster.URL(templateName), 2)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := database.Migrate(ctx, pool, nil); err != nil {
		return fmt.Errorf("migrate template: %w", err)
	}
	return nil
}

// NewURL creates a fresh, migrated database for t and returns its URL.
// The database is dropped when the test ends.
func NewURL(t testing.TB) string {
	t.Helper()
	if cluster == nil {
		t.Fatal("testdb: call testdb.Main from TestMain")
	}
	ctx := context.Background()
	name := fmt.Sprintf("test_%d_%d", os.Getpid(), counter.Add(1))
	admin, err := pgx.Connect(ctx, cluster.URL("postgres"))
	if err != nil {
		t.Fatalf("testdb: connect: %v", err)
	}
	defer admin.Close(ctx)
	cloneMu.Lock()
	_, err = admin.Exec(ctx, "CREATE DATABASE "+name+" TEMPLATE "+templateName)
	cloneMu.Unlock()
	if err != nil {
		t.Fatalf("testdb: clone template: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, cluster.URL("postgres"))
		if err != nil {
			t.Logf("testdb: drop %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Logf("testdb: drop %s: %v", name, err)
		}
	})
	return cluster.URL(name)
}

// New creates a fresh, migrated database for t and returns a pool on it,
// closed when the test ends.
func New(t testing.TB) *pgxpool.Pool {
	t.Helper()
	pool, err := database.Open(context.Background(), NewURL(t), 10)
	if err != nil {
		t.Fatalf("testdb: %v", err)
	}
	t.Cleanup(pool.Close)
	return pool
}
