package events

import (
	"cmp"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/plaintext"
)

// Limits on registration fields, in characters.
const (
	MaxNameLen  = 200
	MaxNeedsLen = 2000
)

const registrationColumns = `r.id, r.event_id, r.name, r.email, r.accessibility_needs, r.lang, r.status,
	r.created_at, r.confirmed_at, r.waitlisted_at, r.promoted_at, r.reminded_at, r.cancelled_at`

func scanRegistration(row pgx.Row, extra ...any) (Registration, error) {
	var r Registration
	dest := append([]any{&r.ID, &r.EventID, &r.Name, &r.Email, &r.AccessibilityNeeds, &r.Lang, &r.Status,
		&r.CreatedAt, &r.ConfirmedAt, &r.WaitlistedAt, &r.PromotedAt, &r.RemindedAt, &r.CancelledAt}, extra...)
	err := row.Scan(dest...)
	return r, err
}

func collectRegistrations(rows pgx.Rows, err error) ([]Registration, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Registration, error) { return scanRegistration(r) })
}

const tokenBytes = 32

// newToken returns a link token, 32 random bytes in unpadded base64url,
// and its SHA-256, which is all the database keeps.
func newToken() (string, []byte, error) {
	raw := make([]byte, tokenBytes)
	if _, err := rand.Read(raw); err != nil {
		return "", nil, err
	}
	sum := sha256.Sum256(raw)
	return base64.RawURLEncoding.EncodeToString(raw), sum[:], nil
}

// tokenHash returns the SHA-256 of token's bytes, and false when token is
// not a token newToken could have made.
func tokenHash(token string) ([]byte, bool) {
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(raw) != tokenBytes {
		return nil, false
	}
	sum := sha256.Sum256(raw)
	return sum[:], true
}

// Normalize returns n with white space trimmed, the e-mail address lower
// case and the language defaulted to Dutch, and a *ValidationError for an
// empty or over-long name, an address that is not a plain e-mail address,
// over-long needs, or a name or needs that are not plaintext.Valid.
func (n NewRegistration) Normalize() (NewRegistration, error) {
	errs := map[string]string{}
	n.Name = strings.TrimSpace(n.Name)
	n.AccessibilityNeeds = strings.TrimSpace(n.AccessibilityNeeds)
	switch {
	case n.Name == "":
		errs["name"] = CodeRequired
	case utf8.RuneCountInString(n.Name) > MaxNameLen:
		errs["name"] = CodeTooLong
	}
	email, err := accounts.NormalizeEmail(n.Email)
	switch {
	case strings.TrimSpace(n.Email) == "":
		errs["email"] = CodeRequired
	case err != nil:
		errs["email"] = CodeInvalid
	}
	n.Email = email
	if utf8.RuneCountInString(n.AccessibilityNeeds) > MaxNeedsLen {
		errs["accessibility_needs"] = CodeTooLong
	}
	if !plaintext.Valid(n.Name) {
		errs["name"] = CodeBadText
	}
	if !plaintext.Valid(n.AccessibilityNeeds) {
		errs["accessibility_needs"] = CodeBadText
	}
	if l, ok := i18n.Parse(string(n.Lang)); ok {
		n.Lang = l
	} else {
		n.Lang = i18n.NL
	}
	if len(errs) > 0 {
		return n, &ValidationError{Fields: errs}
	}
	return n, nil
}

// Register records a candidate's registration, pending until they confirm
// their address with the confirmation token (double opt-in); until then it
// takes no seat. It returns the registration, the confirmation token for
// the mailed link and a cancellation token (which Confirm replaces). When
// the address already has an unconfirmed registration for the event, that
// one is renewed with new tokens, so a lost mail can be sent again.
//
// It returns database.ErrNotFound when the event has no public page,
// ErrRegistrationClosed when it does not accept registrations,
// ErrAlreadyRegistered when the address is confirmed or waitlisted for it,
// and a *ValidationError for bad input. A full event still accepts
// registrations: they end up on the waiting list when confirmed.
func (s *Store) Register(ctx context.Context, n NewRegistration) (Registration, string, string, error) {
	r, confirm, cancel, err := s.register(ctx, n)
	return r, confirm, cancel, wrap("Register", err)
}

func (s *Store) register(ctx context.Context, n NewRegistration) (Registration, string, string, error) {
	n, err := n.Normalize()
	if err != nil {
		return Registration{}, "", "", err
	}
	var status Status
	var open bool
	var startsAt time.Time
	var publishedAt *time.Time
	err = s.db.QueryRow(ctx, `SELECT status, registration_open, starts_at, published_at FROM events WHERE id = $1`,
		n.EventID).Scan(&status, &open, &startsAt, &publishedAt)
	if errors.Is(err, pgx.ErrNoRows) || (err == nil && publishedAt == nil) {
		return Registration{}, "", "", database.ErrNotFound
	}
	if err != nil {
		return Registration{}, "", "", err
	}
	if status != StatusApproved || !open || !startsAt.After(s.now()) {
		return Registration{}, "", "", ErrRegistrationClosed
	}
	confirm, confirmHash, err := newToken()
	if err != nil {
		return Registration{}, "", "", err
	}
	cancel, cancelHash, err := newToken()
	if err != nil {
		return Registration{}, "", "", err
	}
	// ON CONFLICT rather than catching the unique violation, so a caller's
	// surrounding transaction is not aborted by a second registration.
	r, err := scanRegistration(s.db.QueryRow(ctx, `
		INSERT INTO registrations AS r (event_id, name, email, accessibility_needs, lang,
			confirm_token_hash, cancel_token_hash)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (event_id, lower(email)) WHERE status <> 'cancelled' DO NOTHING
		RETURNING `+registrationColumns,
		n.EventID, n.Name, n.Email, n.AccessibilityNeeds, n.Lang, confirmHash, cancelHash))
	if errors.Is(err, pgx.ErrNoRows) {
		r, err = scanRegistration(s.db.QueryRow(ctx, `
			UPDATE registrations r SET name = $3, accessibility_needs = $4, lang = $5,
				confirm_token_hash = $6, cancel_token_hash = $7, created_at = now()
			WHERE r.event_id = $1 AND lower(r.email) = lower($2) AND r.status = 'pending_confirmation'
			RETURNING `+registrationColumns,
			n.EventID, n.Email, n.Name, n.AccessibilityNeeds, n.Lang, confirmHash, cancelHash))
		if errors.Is(err, pgx.ErrNoRows) {
			return Registration{}, "", "", ErrAlreadyRegistered
		}
	}
	if err != nil {
		return Registration{}, "", "", err
	}
	return r, confirm, cancel, nil
}

// lockRegistration finds the registration whose token column matches hash,
// locks its event and then the registration, the order every writer uses.
// It returns ErrTokenInvalid when there is none.
func (s *Store) lockRegistration(ctx context.Context, column string, hash []byte) (Registration, error) {
	var eventID int64
	err := s.db.QueryRow(ctx, `SELECT event_id FROM registrations WHERE `+column+` = $1`, hash).Scan(&eventID)
	if errors.Is(err, pgx.ErrNoRows) {
		return Registration{}, ErrTokenInvalid
	}
	if err != nil {
		return Registration{}, err
	}
	if _, err := s.lockEvent(ctx, eventID, nil); err != nil {
		return Registration{}, err
	}
	r, err := scanRegistration(s.db.QueryRow(ctx, `SELECT `+registrationColumns+` FROM registrations r
		WHERE r.`+column+` = $1 FOR UPDATE`, hash))
	if errors.Is(err, pgx.ErrNoRows) {
		return Registration{}, ErrTokenInvalid // purged meanwhile
	}
	return r, err
}

// Confirm confirms the registration whose confirmation token is token.
// Under the event's row lock it counts the confirmed seats: when one is
// free the registration is confirmed, otherwise it joins the waiting list,
// so capacity is never exceeded however many confirm at once. It returns
// the registration and a new cancellation token for the mail that
// confirms it (the one from Register stops working).
//
// It returns ErrTokenInvalid for an unknown, expired (ConfirmTTL) or
// cancelled registration, ErrAlreadyConfirmed with the registration when
// it was confirmed or waitlisted before, and ErrRegistrationClosed when
// the event started or was cancelled meanwhile.
func (s *Store) Confirm(ctx context.Context, token string) (Registration, string, error) {
	hash, ok := tokenHash(token)
	if !ok {
		return Registration{}, "", ErrTokenInvalid
	}
	var r Registration
	var cancel string
	err := s.inTx(ctx, func(st *Store) error {
		var err error
		if r, err = st.lockRegistration(ctx, "confirm_token_hash", hash); err != nil {
			return err
		}
		switch r.Status {
		case RegistrationCancelled:
			return ErrTokenInvalid
		case RegistrationConfirmed, RegistrationWaitlisted:
			return ErrAlreadyConfirmed
		}
		if r.CreatedAt.Before(st.now().Add(-ConfirmTTL)) {
			return ErrTokenInvalid
		}
		var status Status
		var startsAt time.Time
		var capacity *int
		var confirmed int
		err = st.db.QueryRow(ctx, `
			SELECT status, starts_at, capacity,
				(SELECT count(*) FROM registrations WHERE event_id = e.id AND status = 'confirmed')
			FROM events e WHERE id = $1`, r.EventID).Scan(&status, &startsAt, &capacity, &confirmed)
		if err != nil {
			return err
		}
		if status != StatusApproved || !startsAt.After(st.now()) {
			return ErrRegistrationClosed
		}
		var cancelHash []byte
		if cancel, cancelHash, err = newToken(); err != nil {
			return err
		}
		to := RegistrationConfirmed
		if capacity != nil && confirmed >= *capacity {
			to = RegistrationWaitlisted
		}
		// clock_timestamp, not now(): the waiting list follows the order in
		// which confirmations got the lock, not when their transactions began.
		r, err = scanRegistration(st.db.QueryRow(ctx, `
			UPDATE registrations r SET status = $2, confirmed_at = now(), cancel_token_hash = $3,
				waitlisted_at = CASE WHEN $2 = 'waitlisted' THEN clock_timestamp() END
			WHERE r.id = $1 RETURNING `+registrationColumns, r.ID, to, cancelHash))
		return err
	})
	if errors.Is(err, ErrAlreadyConfirmed) {
		return r, "", err
	}
	if err != nil {
		return Registration{}, "", wrap("Confirm", err)
	}
	return r, cancel, nil
}

// Cancel cancels the registration whose cancellation token is token. When
// that frees a seat, the first registrations on the waiting list take it in
// the same transaction; they are returned so the caller can mail them
// (usually none or one). It returns ErrTokenInvalid for an unknown token
// and ErrAlreadyCancelled with the registration when it was cancelled
// before.
func (s *Store) Cancel(ctx context.Context, token string) (Registration, []Registration, error) {
	hash, ok := tokenHash(token)
	if !ok {
		return Registration{}, nil, ErrTokenInvalid
	}
	var r Registration
	var promoted []Registration
	err := s.inTx(ctx, func(st *Store) error {
		var err error
		if r, err = st.lockRegistration(ctx, "cancel_token_hash", hash); err != nil {
			return err
		}
		if r.Status == RegistrationCancelled {
			return ErrAlreadyCancelled
		}
		r, err = scanRegistration(st.db.QueryRow(ctx, `
			UPDATE registrations r SET status = 'cancelled', cancelled_at = now()
			WHERE r.id = $1 RETURNING `+registrationColumns, r.ID))
		if err != nil {
			return err
		}
		promoted, err = st.promote(ctx, r.EventID)
		return err
	})
	if errors.Is(err, ErrAlreadyCancelled) {
		return r, nil, err
	}
	if err != nil {
		return Registration{}, nil, wrap("Cancel", err)
	}
	return r, promoted, nil
}

// promote gives free seats of eventID to the waiting list, first in line
// first, and returns the promoted registrations. The caller holds the
// event's lock. Nothing moves for an event that is not approved or has
// started.
func (s *Store) promote(ctx context.Context, eventID int64) ([]Registration, error) {
	var status Status
	var startsAt time.Time
	var capacity *int
	var confirmed int
	err := s.db.QueryRow(ctx, `
		SELECT status, starts_at, capacity,
			(SELECT count(*) FROM registrations WHERE event_id = e.id AND status = 'confirmed')
		FROM events e WHERE id = $1`, eventID).Scan(&status, &startsAt, &capacity, &confirmed)
	if err != nil {
		return nil, err
	}
	if status != StatusApproved || !startsAt.After(s.now()) {
		return nil, nil
	}
	var limit *int // NULL: LIMIT ALL
	if capacity != nil {
		free := *capacity - confirmed
		if free <= 0 {
			return nil, nil
		}
		limit = &free
	}
	list, err := collectRegistrations(s.db.Query(ctx, `
		UPDATE registrations r SET status = 'confirmed', promoted_at = now()
		WHERE r.id IN (
			SELECT id FROM registrations WHERE event_id = $1 AND status = 'waitlisted'
			ORDER BY waitlisted_at, id LIMIT $2
		)
		RETURNING `+registrationColumns, eventID, limit))
	if err != nil {
		return nil, err
	}
	slices.SortFunc(list, func(a, b Registration) int {
		if c := a.WaitlistedAt.Compare(*b.WaitlistedAt); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return list, nil
}

// ByConfirmToken returns the registration whose confirmation token is
// token with its event, without changing anything, so that the page behind
// the mailed link can ask for a click (mail scanners follow links);
// ErrTokenInvalid when there is none.
func (s *Store) ByConfirmToken(ctx context.Context, token string) (Registration, Event, error) {
	r, e, err := s.byToken(ctx, "confirm_token_hash", token)
	return r, e, wrap("ByConfirmToken", err)
}

// ByCancelToken is ByConfirmToken for the cancellation token.
func (s *Store) ByCancelToken(ctx context.Context, token string) (Registration, Event, error) {
	r, e, err := s.byToken(ctx, "cancel_token_hash", token)
	return r, e, wrap("ByCancelToken", err)
}

func (s *Store) byToken(ctx context.Context, column, token string) (Registration, Event, error) {
	hash, ok := tokenHash(token)
	if !ok {
		return Registration{}, Event{}, ErrTokenInvalid
	}
	r, err := scanRegistration(s.db.QueryRow(ctx, `SELECT `+registrationColumns+` FROM registrations r
		WHERE r.`+column+` = $1`, hash))
	if errors.Is(err, pgx.ErrNoRows) {
		return Registration{}, Event{}, ErrTokenInvalid
	}
	if err != nil {
		return Registration{}, Event{}, err
	}
	e, err := s.oneEvent(ctx, `WHERE e.id = $1`, r.EventID)
	return r, e, err
}

// DueReminders returns the confirmed registrations not yet reminded whose
// approved event starts after now and within ReminderWindow of it, soonest
// event first. Call MarkReminded for each one mailed.
func (s *Store) DueReminders(ctx context.Context, now time.Time) ([]Reminder, error) {
	rows, err := s.db.Query(ctx, `SELECT `+eventColumns+`, `+registrationColumns+eventFrom+`
		JOIN registrations r ON r.event_id = e.id
		WHERE r.status = 'confirmed' AND r.reminded_at IS NULL AND e.status = 'approved'
			AND e.starts_at > $1 AND e.starts_at <= $2
		ORDER BY e.starts_at, e.id, r.id`, now, now.Add(ReminderWindow))
	if err != nil {
		return nil, fmt.Errorf("events.DueReminders: %w", err)
	}
	list, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Reminder, error) {
		var m Reminder
		r := &m.Registration
		e, err := scanEvent(row, &r.ID, &r.EventID, &r.Name, &r.Email, &r.AccessibilityNeeds, &r.Lang,
			&r.Status, &r.CreatedAt, &r.ConfirmedAt, &r.WaitlistedAt, &r.PromotedAt, &r.RemindedAt,
			&r.CancelledAt)
		m.Event = e
		return m, err
	})
	if err != nil {
		return nil, fmt.Errorf("events.DueReminders: %w", err)
	}
	return list, nil
}

// MarkReminded records that registration id got its reminder, so
// DueReminders leaves it out; database.ErrNotFound when there is none.
// Marking twice keeps the first time.
func (s *Store) MarkReminded(ctx context.Context, id int64) error {
	tag, err := s.db.Exec(ctx, `UPDATE registrations SET reminded_at = coalesce(reminded_at, now()) WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("events.MarkReminded: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return database.ErrNotFound
	}
	return nil
}

// LinkMail ties outbox mail mailID to the event it is about and, unless
// registrationID is 0, to the registration, so that the purges below
// delete the mail (which holds the candidate's name and address) with the
// registration.
func (s *Store) LinkMail(ctx context.Context, mailID, eventID, registrationID int64) error {
	var reg *int64
	if registrationID != 0 {
		reg = &registrationID
	}
	_, err := s.db.Exec(ctx, `INSERT INTO registration_mails (mail_id, event_id, registration_id) VALUES ($1, $2, $3)`,
		mailID, eventID, reg)
	if err != nil {
		return fmt.Errorf("events.LinkMail: %w", err)
	}
	return nil
}

// RecentMail reports whether a mail of kind about event eventID was queued
// for address email after since; with registrationID other than 0 only
// mails about that registration count. It lets the registration form
// refuse to flood someone's mailbox.
func (s *Store) RecentMail(ctx context.Context, eventID, registrationID int64, email, kind string, since time.Time) (bool, error) {
	var found bool
	err := s.db.QueryRow(ctx, `
		SELECT EXISTS (SELECT 1 FROM registration_mails rm JOIN outbox_mails m ON m.id = rm.mail_id
			WHERE rm.event_id = $1 AND ($2::bigint = 0 OR rm.registration_id = $2)
				AND lower(m.to_address) = lower($3) AND m.kind = $4 AND m.created_at > $5)`,
		eventID, registrationID, email, kind, since).Scan(&found)
	if err != nil {
		return false, fmt.Errorf("events.RecentMail: %w", err)
	}
	return found, nil
}

// PurgeRegistrations deletes every registration, with its personal data,
// of events that ended more than olderThan ago (DefaultRetention unless
// configured otherwise), together with the mails to candidates about those
// events that the outbox kept, and returns how many registrations it
// deleted.
func (s *Store) PurgeRegistrations(ctx context.Context, olderThan time.Duration) (int64, error) {
	if olderThan < 0 {
		return 0, fmt.Errorf("events.PurgeRegistrations: negative retention %v", olderThan)
	}
	before := s.now().Add(-olderThan)
	var n int64
	err := s.inTx(ctx, func(st *Store) error {
		if _, err := st.db.Exec(ctx, `
			DELETE FROM outbox_mails m USING registration_mails rm, events e
			WHERE m.id = rm.mail_id AND e.id = rm.event_id AND e.ends_at < $1`, before); err != nil {
			return err
		}
		tag, err := st.db.Exec(ctx, `
			DELETE FROM registrations r USING events e
			WHERE e.id = r.event_id AND e.ends_at < $1`, before)
		n = tag.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("events.PurgeRegistrations: %w", err)
	}
	return n, nil
}

// PurgeUnconfirmed deletes registrations whose address was not confirmed
// within olderThan of registering (ConfirmTTL is a good value), with the
// confirmation mails the outbox kept, and returns how many registrations
// it deleted. Unconfirmed registrations take no seat, so this only clears
// personal data nobody confirmed.
func (s *Store) PurgeUnconfirmed(ctx context.Context, olderThan time.Duration) (int64, error) {
	before := s.now().Add(-olderThan)
	var n int64
	err := s.inTx(ctx, func(st *Store) error {
		if _, err := st.db.Exec(ctx, `
			DELETE FROM outbox_mails m USING registration_mails rm, registrations r
			WHERE m.id = rm.mail_id AND r.id = rm.registration_id
				AND r.status = 'pending_confirmation' AND r.created_at < $1`, before); err != nil {
			return err
		}
		tag, err := st.db.Exec(ctx, `
			DELETE FROM registrations WHERE status = 'pending_confirmation' AND created_at < $1`, before)
		n = tag.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("events.PurgeUnconfirmed: %w", err)
	}
	return n, nil
}

// Registrations returns the confirmed registrations of event eventID of
// partnerID, in the order they got their seat, followed by the waiting list
// in its order. It returns database.ErrNotFound when partnerID has no such
// event.
func (s *Store) Registrations(ctx context.Context, partnerID, eventID int64) ([]Registration, error) {
	list, err := s.registrations(ctx, &partnerID, eventID)
	return list, wrap("Registrations", err)
}

// StaffRegistrations is Registrations for editors: any event.
func (s *Store) StaffRegistrations(ctx context.Context, eventID int64) ([]Registration, error) {
	list, err := s.registrations(ctx, nil, eventID)
	return list, wrap("StaffRegistrations", err)
}

func (s *Store) registrations(ctx context.Context, partnerID *int64, eventID int64) ([]Registration, error) {
	var exists bool
	err := s.db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM events
		WHERE id = $1 AND ($2::bigint IS NULL OR partner_id = $2))`, eventID, partnerID).Scan(&exists)
	if err != nil {
		return nil, err
	}
	if !exists {
		return nil, database.ErrNotFound
	}
	return collectRegistrations(s.db.Query(ctx, `SELECT `+registrationColumns+` FROM registrations r
		JOIN events e ON e.id = r.event_id AND ($2::bigint IS NULL OR e.partner_id = $2)
		WHERE r.event_id = $1 AND r.status IN ('confirmed', 'waitlisted')
		ORDER BY r.status = 'waitlisted',
			CASE WHEN r.status = 'waitlisted' THEN r.waitlisted_at ELSE coalesce(r.promoted_at, r.confirmed_at) END, r.id`,
		eventID, partnerID))
}

// AttendeesCSV writes the confirmed and waitlisted registrations of event
// eventID of partnerID to w as CSV (RFC 4180, UTF-8 without BOM, CRLF)
// with the columns name, email, status, accessibility_needs, registered_at
// (when the address was confirmed, "2006-01-02 15:04" Europe/Amsterdam).
// Cells that a spreadsheet would run as a formula are prefixed with a
// quote. It returns database.ErrNotFound, having written nothing, when
// partnerID has no such event.
func (s *Store) AttendeesCSV(ctx context.Context, partnerID, eventID int64, w io.Writer) error {
	list, err := s.registrations(ctx, &partnerID, eventID)
	if err != nil {
		return wrap("AttendeesCSV", err)
	}
	return wrap("AttendeesCSV", writeAttendees(w, list))
}

// StaffAttendeesCSV is AttendeesCSV for editors: any event.
func (s *Store) StaffAttendeesCSV(ctx context.Context, eventID int64, w io.Writer) error {
	list, err := s.registrations(ctx, nil, eventID)
	if err != nil {
		return wrap("StaffAttendeesCSV", err)
	}
	return wrap("StaffAttendeesCSV", writeAttendees(w, list))
}

func writeAttendees(w io.Writer, list []Registration) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write([]string{"name", "email", "status", "accessibility_needs", "registered_at"}); err != nil {
		return err
	}
	for _, r := range list {
		at := ""
		if r.ConfirmedAt != nil {
			at = r.ConfirmedAt.In(i18n.Amsterdam()).Format("2006-01-02 15:04")
		}
		if err := cw.Write([]string{csvCell(r.Name), csvCell(r.Email), string(r.Status),
			csvCell(r.AccessibilityNeeds), at}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvCell defuses formula injection: a cell that starts with a character
// spreadsheets treat as the start of a formula (= + - @, or a tab or
// carriage return before one) is prefixed with a single quote, which
// makes the cell plain text.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
