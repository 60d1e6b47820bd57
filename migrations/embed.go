// Package migrations holds Podium's numbered SQL migrations, embedded in the
// binary. Files are named NNNNN_description.sql in goose's format; each runs
// in its own transaction.
package migrations

import "embed"

// FS holds the migration files.
//
//go:embed *.sql
var FS embed.FS
