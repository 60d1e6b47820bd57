// Command podium is the Podium portal: one binary that migrates its
// database, serves the site, and runs a development setup with a private
// PostgreSQL. See "podium help".
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/podium-portal/podium/internal/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := app.Run(ctx, app.Env{Args: os.Args[1:], Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv})
	stop()
	os.Exit(app.ExitCode(err, os.Stderr))
}
