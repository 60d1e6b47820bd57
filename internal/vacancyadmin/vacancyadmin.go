// Package vacancyadmin carries out what editors do to vacancies: create,
// save, publish, close, archive, return to draft, restore a revision and
// import a CSV file. Each operation runs in one transaction that changes the
// vacancy through vacancies.Store (which writes the revision) and writes the
// audit entry, so either both happen or neither. The back-office handlers
// build on it; it has no HTTP code. Reads go to vacancies.Store directly.
package vacancyadmin

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/vacancies"
)

// Service performs vacancy operations on a pool.
type Service struct {
	pool *pgxpool.Pool
}

// New returns a Service on pool.
func New(pool *pgxpool.Pool) *Service { return &Service{pool: pool} }

// tx is one transaction with a vacancies store and an audit log on it.
type tx struct {
	pgx.Tx
	store *vacancies.Store
	log   *audit.Log
}

// inTx runs fn in one transaction.
func (s *Service) inTx(ctx context.Context, fn func(t tx) error) error {
	return database.InTx(ctx, s.pool, func(t pgx.Tx) error {
		return fn(tx{Tx: t, store: vacancies.NewStore(t), log: audit.NewLog(t)})
	})
}

// lock takes the row lock of vacancy id for the rest of the transaction,
// so what the audit entry says it was is what the change started from.
func (t tx) lock(ctx context.Context, id int64) error {
	var one int
	err := t.QueryRow(ctx, `SELECT 1 FROM vacancies WHERE id = $1 FOR UPDATE`, id).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return database.ErrNotFound
	}
	return err
}

// recordID is how the audit log names a vacancy.
func recordID(id int64) string { return strconv.FormatInt(id, 10) }

// wrap adds the method name to err, leaving field errors as they are so
// the caller finds them with errors.As and shows them at their fields.
func wrap(method string, err error) error {
	var fe vacancies.FieldErrors
	if errors.As(err, &fe) {
		return fe
	}
	return fmt.Errorf("vacancyadmin.%s: %w", method, err)
}

// Create stores in as a new draft by the signed-in editor by, in the
// translation group translationKey (empty for a new group), and audits it.
// Refused input is a vacancies.FieldErrors error.
func (s *Service) Create(ctx context.Context, by audit.Actor, in vacancies.VacancyInput, translationKey string) (vacancies.Saved, error) {
	var saved vacancies.Saved
	err := s.inTx(ctx, func(t tx) error {
		var err error
		if saved, err = t.store.Create(ctx, in, by.ID, translationKey); err != nil {
			return err
		}
		return t.log.Write(ctx, by, audit.Entry{Action: "vacancy.create", RecordType: "vacancy",
			RecordID: recordID(saved.ID), Summary: fmt.Sprintf("created vacancy %q (%s) as a draft", saved.After.Title, saved.After.Lang),
			After: saved.After})
	})
	if err != nil {
		return vacancies.Saved{}, wrap("Create", err)
	}
	return saved, nil
}

// Update saves in as the next revision of vacancy id and audits the change
// with its content before and after. Nothing is written, nor audited, when
// in equals the stored content (Saved.Changed is false then). Refused input
// is a vacancies.FieldErrors error; an unknown id database.ErrNotFound.
func (s *Service) Update(ctx context.Context, by audit.Actor, id int64, in vacancies.VacancyInput) (vacancies.Saved, error) {
	saved, err := s.update(ctx, by, id, in, "vacancy.update", "saved")
	if err != nil {
		return vacancies.Saved{}, wrap("Update", err)
	}
	return saved, nil
}

// Restore saves the content of revision n of vacancy id as its newest
// revision, audited as a restore. Content that no longer passes (a closing
// date that has since passed, a slug another vacancy took) is a
// vacancies.FieldErrors error; an unknown vacancy or revision
// database.ErrNotFound.
func (s *Service) Restore(ctx context.Context, by audit.Actor, id int64, n int) (vacancies.Saved, error) {
	rev, err := vacancies.NewStore(s.pool).Revision(ctx, id, n)
	if err != nil {
		return vacancies.Saved{}, wrap("Restore", err)
	}
	saved, err := s.update(ctx, by, id, rev.Snapshot.VacancyInput, "vacancy.restore", fmt.Sprintf("restored revision %d of", n))
	if err != nil {
		return vacancies.Saved{}, wrap("Restore", err)
	}
	return saved, nil
}

func (s *Service) update(ctx context.Context, by audit.Actor, id int64, in vacancies.VacancyInput, action, verb string) (vacancies.Saved, error) {
	var saved vacancies.Saved
	err := s.inTx(ctx, func(t tx) error {
		var err error
		if saved, err = t.store.Update(ctx, id, in, by.ID); err != nil || !saved.Changed {
			return err
		}
		return t.log.Write(ctx, by, audit.Entry{Action: action, RecordType: "vacancy", RecordID: recordID(id),
			Summary: fmt.Sprintf("%s vacancy %q as revision %d", verb, saved.After.Title, saved.Revision),
			Before:  saved.Before, After: saved.After})
	})
	return saved, err
}

// statusActions names the audit action of each status a vacancy moves to.
var statusActions = map[vacancies.Status]string{
	vacancies.StatusPublished: "vacancy.publish",
	vacancies.StatusClosed:    "vacancy.close",
	vacancies.StatusArchived:  "vacancy.archive",
	vacancies.StatusDraft:     "vacancy.unpublish",
}

// statusChange is what the audit log keeps of a workflow step.
type statusChange struct {
	Status vacancies.Status `json:"status"`
}

// SetStatus moves vacancy id to status to and audits the step; it reports
// whether anything changed (asking for the current status changes
// nothing). A step the workflow does not allow is vacancies.ErrTransition;
// publishing after the closing date a vacancies.FieldErrors error on
// closing_date; an unknown id database.ErrNotFound.
func (s *Service) SetStatus(ctx context.Context, by audit.Actor, id int64, to vacancies.Status) (bool, error) {
	action, ok := statusActions[to]
	if !ok {
		return false, fmt.Errorf("vacancyadmin.SetStatus: %w: unknown status %q", vacancies.ErrTransition, to)
	}
	changed := false
	err := s.inTx(ctx, func(t tx) error {
		if err := t.lock(ctx, id); err != nil {
			return err
		}
		cur, err := t.store.ByID(ctx, id)
		if err != nil {
			return err
		}
		if cur.Status == to {
			return nil
		}
		if err := t.store.SetStatus(ctx, id, to, by.ID); err != nil {
			return err
		}
		changed = true
		return t.log.Write(ctx, by, audit.Entry{Action: action, RecordType: "vacancy", RecordID: recordID(id),
			Summary: fmt.Sprintf("moved vacancy %q (%s) from %s to %s", cur.Title, cur.Lang, cur.Status, to),
			Before:  statusChange{cur.Status}, After: statusChange{to}})
	})
	if err != nil {
		return false, wrap("SetStatus", err)
	}
	return changed, nil
}
