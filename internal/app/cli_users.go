package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/config"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/useradmin"
)

// runUser is `podium user add`: it creates a user, queues the invitation
// mail, and prints the link that sets the password (valid 7 days), so the
// first admin of a new installation can get in without mail.
func runUser(ctx context.Context, cfg config.Config, logger *slog.Logger, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "add" {
		return &UsageError{Msg: "usage: podium user add --email E --role admin|editor|partner [--partner SLUG] [--name N] [--lang nl|en]"}
	}
	fs := flag.NewFlagSet("podium user add", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	email := fs.String("email", "", "e-mail address")
	role := fs.String("role", "", "admin, editor or partner")
	partnerSlug := fs.String("partner", "", "partner organisation (slug) of a partner user")
	name := fs.String("name", "", "name")
	lang := fs.String("lang", "nl", "language of mails: nl or en")
	if err := fs.Parse(args[1:]); err != nil {
		return &UsageError{Msg: "podium user add: " + err.Error()}
	}
	r, err := accounts.ParseRole(*role)
	if err != nil {
		return &UsageError{Msg: fmt.Sprintf("podium user add: --role %q: want admin, editor or partner", *role)}
	}
	l, ok := i18n.Parse(*lang)
	if !ok {
		return &UsageError{Msg: fmt.Sprintf("podium user add: --lang %q: want nl or en", *lang)}
	}
	if err := requireDatabaseURL(cfg, "user add"); err != nil {
		return err
	}
	pool, err := database.Open(ctx, cfg.DatabaseURL, 2)
	if err != nil {
		return err
	}
	defer pool.Close()
	acc := accounts.NewStore(pool)
	n := accounts.NewUser{Email: *email, Name: *name, Role: r, Lang: l}
	if *partnerSlug != "" {
		p, err := acc.PartnerBySlug(ctx, *partnerSlug)
		if errors.Is(err, database.ErrNotFound) {
			return &UsageError{Msg: fmt.Sprintf("podium user add: no partner %q; create it with podium partner add", *partnerSlug)}
		}
		if err != nil {
			return err
		}
		n.PartnerID = &p.ID
	}
	jobClient, err := jobs.NewInsertOnlyClient(pool, logger)
	if err != nil {
		return err
	}
	users := useradmin.New(pool, acc, newSessionStore(pool, cfg), jobClient, cfg.BaseURL)
	u, link, err := users.Invite(ctx, audit.Actor{Email: "command line"}, "", n)
	for _, bad := range []error{accounts.ErrInvalidEmail, accounts.ErrEmailTaken, accounts.ErrPartnerRequired, accounts.ErrPartnerNotAllowed} {
		if errors.Is(err, bad) {
			return &UsageError{Msg: "podium user add: " + bad.Error()}
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Created %s (%s). Set the password within 7 days at:\n%s\n", u.Email, u.Role, link)
	return nil
}

// runPartner is `podium partner add`.
func runPartner(ctx context.Context, cfg config.Config, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "add" {
		return &UsageError{Msg: "usage: podium partner add --slug S --name N"}
	}
	fs := flag.NewFlagSet("podium partner add", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	slug := fs.String("slug", "", "URL name, lower-case words joined by hyphens")
	name := fs.String("name", "", "organisation name")
	if err := fs.Parse(args[1:]); err != nil {
		return &UsageError{Msg: "podium partner add: " + err.Error()}
	}
	if err := requireDatabaseURL(cfg, "partner add"); err != nil {
		return err
	}
	pool, err := database.Open(ctx, cfg.DatabaseURL, 2)
	if err != nil {
		return err
	}
	defer pool.Close()
	p, err := accounts.NewStore(pool).CreatePartner(ctx, *slug, *name)
	if errors.Is(err, accounts.ErrInvalidSlug) || errors.Is(err, accounts.ErrSlugTaken) {
		return &UsageError{Msg: "podium partner add: " + err.Error()}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Created partner %s (%s)\n", p.Name, p.Slug)
	return nil
}
