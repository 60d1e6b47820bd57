// Package useradmin carries out what happens to back-office users: invite,
// change role, disable, enable, reset two-factor, change or reset a
// password. Each operation runs in one transaction that also ends the
// user's sessions where needed, queues the mail it causes and writes the
// audit entry, so either all of it happens or none of it. The admin pages,
// the sign-in pages and the command line share it.
package useradmin

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"

	"github.com/gorilla/sessions"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/sessionstore"
	"github.com/podium-portal/podium/web/mails"
)

// Service performs user operations.
type Service struct {
	pool     *pgxpool.Pool
	accounts *accounts.Store
	sessions *sessionstore.Store
	jobs     *river.Client[pgx.Tx]
	baseURL  *url.URL
}

// New returns a Service. baseURL makes the links in mails absolute; jobs
// may be an insert-only client.
func New(pool *pgxpool.Pool, acc *accounts.Store, sess *sessionstore.Store, jobs *river.Client[pgx.Tx], baseURL *url.URL) *Service {
	return &Service{pool: pool, accounts: acc, sessions: sess, jobs: jobs, baseURL: baseURL}
}

// Link returns the absolute URL of path with the query token=token.
func (s *Service) Link(path, token string) string {
	u := *s.baseURL
	u.Path += path
	u.RawQuery = url.Values{"token": {token}}.Encode()
	return u.String()
}

// InvitePath and ResetPath are where mailed links lead.
const (
	InvitePath = "/invite"
	ResetPath  = "/password/reset"
)

// userSnapshot is what the audit log keeps of a user before and after.
type userSnapshot struct {
	Email     string `json:"email"`
	Name      string `json:"name,omitempty"`
	Role      string `json:"role"`
	PartnerID *int64 `json:"partner_id,omitempty"`
	Disabled  bool   `json:"disabled"`
	TwoFactor bool   `json:"two_factor"`
}

func snapshot(u accounts.User) userSnapshot {
	return userSnapshot{Email: u.Email, Name: u.Name, Role: string(u.Role), PartnerID: u.PartnerID,
		Disabled: u.DisabledAt != nil, TwoFactor: u.TOTPEnabled}
}

func (s *Service) inTx(ctx context.Context, fn func(tx pgx.Tx, acc *accounts.Store, log *audit.Log) error) error {
	return database.InTx(ctx, s.pool, func(tx pgx.Tx) error {
		return fn(tx, s.accounts.WithQuerier(tx), audit.NewLog(tx))
	})
}

// Invite creates the user, issues a 7-day invitation token and queues the
// invitation mail. It returns the user and the activation link (which the
// command line prints).
func (s *Service) Invite(ctx context.Context, by audit.Actor, inviterName string, n accounts.NewUser) (accounts.User, string, error) {
	var u accounts.User
	var link string
	err := s.inTx(ctx, func(tx pgx.Tx, acc *accounts.Store, log *audit.Log) error {
		var err error
		if u, err = acc.Create(ctx, n); err != nil {
			return err
		}
		token, err := acc.IssueToken(ctx, u.ID, accounts.TokenInvite, accounts.InviteTokenTTL)
		if err != nil {
			return err
		}
		link = s.Link(InvitePath, token)
		org := ""
		if u.PartnerID != nil {
			p, err := acc.PartnerByID(ctx, *u.PartnerID)
			if err != nil {
				return err
			}
			org = p.Name
		}
		msg, err := mails.Invitation(u.Lang, mails.InvitationData{To: u.Email, Name: u.Name, InviterName: inviterName,
			Role: string(u.Role), Organisation: org, Link: link, ValidFor: accounts.InviteTokenTTL})
		if err != nil {
			return err
		}
		if _, err := mail.NewOutbox(tx, s.jobs).Enqueue(ctx, tx, msg); err != nil {
			return err
		}
		return log.Write(ctx, by, audit.Entry{Action: "user.invite", RecordType: "user", RecordID: id(u.ID),
			Summary: "invited " + u.Email + " as " + string(u.Role), After: snapshot(u)})
	})
	if err != nil {
		return accounts.User{}, "", fmt.Errorf("useradmin.Invite: %w", err)
	}
	return u, link, nil
}

// ResendInvitation issues a fresh invitation link for a user who has not
// set a password yet and mails it.
func (s *Service) ResendInvitation(ctx context.Context, by audit.Actor, inviterName string, userID int64) error {
	err := s.inTx(ctx, func(tx pgx.Tx, acc *accounts.Store, log *audit.Log) error {
		u, err := acc.ByID(ctx, userID)
		if err != nil {
			return err
		}
		token, err := acc.IssueToken(ctx, u.ID, accounts.TokenInvite, accounts.InviteTokenTTL)
		if err != nil {
			return err
		}
		msg, err := mails.Invitation(u.Lang, mails.InvitationData{To: u.Email, Name: u.Name, InviterName: inviterName,
			Role: string(u.Role), Link: s.Link(InvitePath, token), ValidFor: accounts.InviteTokenTTL})
		if err != nil {
			return err
		}
		if _, err := mail.NewOutbox(tx, s.jobs).Enqueue(ctx, tx, msg); err != nil {
			return err
		}
		return log.Write(ctx, by, audit.Entry{Action: "user.invite_resend", RecordType: "user", RecordID: id(u.ID),
			Summary: "sent a new invitation to " + u.Email})
	})
	if err != nil {
		return fmt.Errorf("useradmin.ResendInvitation: %w", err)
	}
	return nil
}

// RequestPasswordReset mails a 1-hour reset link when email belongs to an
// active user, and does nothing otherwise: the caller answers the same
// either way, so the form does not reveal which addresses exist.
func (s *Service) RequestPasswordReset(ctx context.Context, email string, from audit.Actor) error {
	err := s.inTx(ctx, func(tx pgx.Tx, acc *accounts.Store, log *audit.Log) error {
		u, err := acc.ByEmail(ctx, email)
		if errors.Is(err, database.ErrNotFound) || errors.Is(err, accounts.ErrInvalidEmail) || (err == nil && !u.Active()) {
			return nil
		}
		if err != nil {
			return err
		}
		token, err := acc.IssueToken(ctx, u.ID, accounts.TokenReset, accounts.ResetTokenTTL)
		if err != nil {
			return err
		}
		msg, err := mails.PasswordReset(u.Lang, mails.PasswordResetData{To: u.Email, Name: u.Name,
			Link: s.Link(ResetPath, token), ValidFor: accounts.ResetTokenTTL})
		if err != nil {
			return err
		}
		if _, err := mail.NewOutbox(tx, s.jobs).Enqueue(ctx, tx, msg); err != nil {
			return err
		}
		return log.Write(ctx, audit.Actor{ID: u.ID, Email: u.Email, RemoteAddr: from.RemoteAddr}, audit.Entry{
			Action: "user.password_reset_request", RecordType: "user", RecordID: id(u.ID), Summary: "asked for a reset link"})
	})
	if err != nil {
		return fmt.Errorf("useradmin.RequestPasswordReset: %w", err)
	}
	return nil
}

// SetPasswordWithToken sets the password through a reset or invitation
// link (using the link up) and ends every session of the user. It returns
// accounts.ErrTokenInvalid or a *accounts.WeakPasswordError for the form.
func (s *Service) SetPasswordWithToken(ctx context.Context, purpose accounts.TokenPurpose, token, password string, from audit.Actor) (accounts.User, error) {
	var u accounts.User
	err := s.inTx(ctx, func(tx pgx.Tx, acc *accounts.Store, log *audit.Log) error {
		var err error
		if u, err = acc.SetPasswordWithToken(ctx, purpose, token, password); err != nil {
			return err
		}
		if _, err := s.sessions.DeleteForUser(ctx, tx, u.ID); err != nil {
			return err
		}
		action := "user.password_reset"
		if purpose == accounts.TokenInvite {
			action = "user.invite_accept"
		}
		return log.Write(ctx, audit.Actor{ID: u.ID, Email: u.Email, RemoteAddr: from.RemoteAddr}, audit.Entry{
			Action: action, RecordType: "user", RecordID: id(u.ID), Summary: "set a password through a mailed link"})
	})
	if err != nil {
		return accounts.User{}, fmt.Errorf("useradmin.SetPasswordWithToken: %w", err)
	}
	return u, nil
}

// ChangePassword sets a signed-in user's new password after checking the
// current one, and ends the user's other sessions (keep stays signed in).
// A wrong current password is accounts.ErrInvalidCredentials.
func (s *Service) ChangePassword(ctx context.Context, by audit.Actor, current, next string, keep *sessions.Session) error {
	err := s.inTx(ctx, func(tx pgx.Tx, acc *accounts.Store, log *audit.Log) error {
		if _, err := acc.Authenticate(ctx, by.Email, current); err != nil {
			return err
		}
		if err := acc.SetPassword(ctx, by.ID, next); err != nil {
			return err
		}
		if _, err := s.sessions.DeleteForUserExcept(ctx, tx, by.ID, keep); err != nil {
			return err
		}
		return log.Write(ctx, by, audit.Entry{Action: "user.password_change", RecordType: "user", RecordID: id(by.ID),
			Summary: "changed own password"})
	})
	if err != nil {
		return fmt.Errorf("useradmin.ChangePassword: %w", err)
	}
	return nil
}

// change applies fn to the user and records the before and after.
func (s *Service) change(ctx context.Context, by audit.Actor, userID int64, action, summary string, endSessions bool,
	fn func(acc *accounts.Store) error) error {
	err := s.inTx(ctx, func(tx pgx.Tx, acc *accounts.Store, log *audit.Log) error {
		before, err := acc.ByID(ctx, userID)
		if err != nil {
			return err
		}
		if err := fn(acc); err != nil {
			return err
		}
		after, err := acc.ByID(ctx, userID)
		if err != nil {
			return err
		}
		if endSessions {
			if _, err := s.sessions.DeleteForUser(ctx, tx, userID); err != nil {
				return err
			}
		}
		return log.Write(ctx, by, audit.Entry{Action: action, RecordType: "user", RecordID: id(userID),
			Summary: summary + " " + after.Email, Before: snapshot(before), After: snapshot(after)})
	})
	if err != nil {
		return fmt.Errorf("useradmin %s: %w", action, err)
	}
	return nil
}

// ChangeRole gives the user another role (and partner organisation for a
// partner user). accounts.ErrLastAdmin keeps one admin at least. The
// user's sessions end, so the new rights apply from the next sign-in.
func (s *Service) ChangeRole(ctx context.Context, by audit.Actor, userID int64, role accounts.Role, partnerID *int64) error {
	return s.change(ctx, by, userID, "user.role_change", "changed the role of", true, func(acc *accounts.Store) error {
		return acc.SetRole(ctx, userID, role, partnerID)
	})
}

// Disable stops the user from signing in and ends all their sessions.
func (s *Service) Disable(ctx context.Context, by audit.Actor, userID int64) error {
	return s.change(ctx, by, userID, "user.disable", "disabled", true, func(acc *accounts.Store) error {
		return acc.Disable(ctx, userID)
	})
}

// Enable lets a disabled user sign in again.
func (s *Service) Enable(ctx context.Context, by audit.Actor, userID int64) error {
	return s.change(ctx, by, userID, "user.enable", "enabled", false, func(acc *accounts.Store) error {
		return acc.Enable(ctx, userID)
	})
}

// ResetTwoFactor turns two-factor authentication off for a user who lost
// their device, and ends their sessions; they set it up again after the
// next sign-in when the settings require it.
func (s *Service) ResetTwoFactor(ctx context.Context, by audit.Actor, userID int64) error {
	return s.change(ctx, by, userID, "user.two_factor_reset", "reset two-factor authentication of", true, func(acc *accounts.Store) error {
		return acc.ResetTOTP(ctx, userID)
	})
}

// SetRequireTwoFactor switches the site-wide requirement of two-factor
// authentication for back-office users.
func (s *Service) SetRequireTwoFactor(ctx context.Context, by audit.Actor, on bool) error {
	err := s.inTx(ctx, func(tx pgx.Tx, acc *accounts.Store, log *audit.Log) error {
		settings := accounts.NewSettings(tx)
		before, err := settings.RequireTwoFactor(ctx)
		if err != nil {
			return err
		}
		if err := settings.SetRequireTwoFactor(ctx, on); err != nil {
			return err
		}
		return log.Write(ctx, by, audit.Entry{Action: "settings.update", RecordType: "settings", RecordID: "require_two_factor",
			Summary: "two-factor authentication required: " + strconv.FormatBool(on),
			Before:  map[string]bool{"require_two_factor": before}, After: map[string]bool{"require_two_factor": on}})
	})
	if err != nil {
		return fmt.Errorf("useradmin.SetRequireTwoFactor: %w", err)
	}
	return nil
}

// RecordSignIn writes the audit entry of a sign-in or sign-out.
func (s *Service) RecordSignIn(ctx context.Context, by audit.Actor, action string) error {
	return audit.NewLog(s.pool).Write(ctx, by, audit.Entry{Action: action, RecordType: "user", RecordID: id(by.ID)})
}

func id(n int64) string { return strconv.FormatInt(n, 10) }
