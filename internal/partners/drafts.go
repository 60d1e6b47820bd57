package partners

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/database"
)

const draftColumns = `d.id, d.partner_id, d.name, d.description_nl, d.description_en, d.website,
	d.logo_id, d.logo_alt, d.focus_areas, d.status, d.reason, d.submitted_by, d.submitted_at,
	d.decided_by, d.decided_at`

func scanDraft(row pgx.Row) (Draft, error) {
	var d Draft
	err := row.Scan(&d.ID, &d.PartnerID, &d.Name, &d.DescriptionNL, &d.DescriptionEN, &d.Website,
		&d.LogoID, &d.LogoAlt, &d.FocusAreas, &d.Status, &d.Reason, &d.SubmittedBy, &d.SubmittedAt,
		&d.DecidedBy, &d.DecidedAt)
	return d, err
}

// SubmitDraft sends profile p of partnerID to moderation on behalf of user
// by (0 for the system). It supersedes the partner's pending draft, if
// any, so only the newest submission can be approved; the live profile is
// unchanged until then. It returns database.ErrNotFound when the partner
// does not exist, ErrUnknownImage or a *ValidationError.
func (s *Store) SubmitDraft(ctx context.Context, partnerID, by int64, p Profile) (Draft, error) {
	p, err := p.Normalize()
	if err != nil {
		return Draft{}, err
	}
	var d Draft
	err = s.inTx(ctx, func(st *Store) error {
		// Locking the partner row orders concurrent submissions, so the
		// unique index on pending drafts never trips.
		var id int64
		err := st.db.QueryRow(ctx, `SELECT id FROM partners WHERE id = $1 FOR UPDATE`, partnerID).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return database.ErrNotFound
		}
		if err != nil {
			return err
		}
		if _, err := st.db.Exec(ctx, `
			UPDATE partner_profile_drafts SET status = 'superseded', decided_at = now()
			WHERE partner_id = $1 AND status = 'pending'`, partnerID); err != nil {
			return err
		}
		d, err = scanDraft(st.db.QueryRow(ctx, `
			INSERT INTO partner_profile_drafts AS d (partner_id, name, description_nl, description_en,
				website, logo_id, logo_alt, focus_areas, submitted_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
			RETURNING `+draftColumns,
			partnerID, p.Name, p.DescriptionNL, p.DescriptionEN, p.Website, p.LogoID, p.LogoAlt,
			p.FocusAreas, userRef(by)))
		if code, _ := pgCode(err); code == foreignKeyViolation {
			return ErrUnknownImage
		}
		return err
	})
	switch {
	case err == nil:
		return d, nil
	case errors.Is(err, database.ErrNotFound), errors.Is(err, ErrUnknownImage):
		return Draft{}, err
	}
	return Draft{}, fmt.Errorf("partners.SubmitDraft: %w", err)
}

// LatestDraft returns the newest draft partnerID submitted, pending or
// decided, so the partner portal can show that a change waits or why it
// was rejected. It returns database.ErrNotFound when there is none, also
// for another partner's drafts: the query is scoped to partnerID.
func (s *Store) LatestDraft(ctx context.Context, partnerID int64) (Draft, error) {
	d, err := scanDraft(s.db.QueryRow(ctx, `
		SELECT `+draftColumns+` FROM partner_profile_drafts d
		WHERE d.partner_id = $1 AND d.status <> 'superseded'
		ORDER BY d.submitted_at DESC, d.id DESC LIMIT 1`, partnerID))
	if errors.Is(err, pgx.ErrNoRows) {
		return Draft{}, database.ErrNotFound
	}
	if err != nil {
		return Draft{}, fmt.Errorf("partners.LatestDraft: %w", err)
	}
	return d, nil
}

// PendingDrafts returns the profile changes waiting for moderation, oldest
// first, each with the live partner and the fields it changes.
func (s *Store) PendingDrafts(ctx context.Context) ([]DraftReview, error) {
	rows, err := s.db.Query(ctx, `
		SELECT `+draftColumns+` FROM partner_profile_drafts d
		WHERE d.status = 'pending' ORDER BY d.submitted_at, d.id`)
	if err != nil {
		return nil, fmt.Errorf("partners.PendingDrafts: %w", err)
	}
	drafts, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Draft, error) { return scanDraft(r) })
	if err != nil {
		return nil, fmt.Errorf("partners.PendingDrafts: %w", err)
	}
	out := make([]DraftReview, 0, len(drafts))
	for _, d := range drafts {
		r, err := s.review(ctx, d)
		if err != nil {
			return nil, fmt.Errorf("partners.PendingDrafts: %w", err)
		}
		out = append(out, r)
	}
	return out, nil
}

// DraftByID returns draft id, in any status, with its partner and the
// fields it changes compared with the live profile, for the moderator's
// page; database.ErrNotFound when there is none.
func (s *Store) DraftByID(ctx context.Context, id int64) (DraftReview, error) {
	d, err := scanDraft(s.db.QueryRow(ctx, `SELECT `+draftColumns+` FROM partner_profile_drafts d WHERE d.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return DraftReview{}, database.ErrNotFound
	}
	if err != nil {
		return DraftReview{}, fmt.Errorf("partners.DraftByID: %w", err)
	}
	r, err := s.review(ctx, d)
	if err != nil {
		return DraftReview{}, fmt.Errorf("partners.DraftByID: %w", err)
	}
	return r, nil
}

func (s *Store) review(ctx context.Context, d Draft) (DraftReview, error) {
	p, err := s.ByID(ctx, d.PartnerID)
	if err != nil {
		return DraftReview{}, err
	}
	return DraftReview{Draft: d, Partner: p, Changes: Changes(p.Profile, d.Profile)}, nil
}

// PendingDraftCount returns how many profile changes wait for moderation,
// for the editors' digest.
func (s *Store) PendingDraftCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRow(ctx, `SELECT count(*) FROM partner_profile_drafts WHERE status = 'pending'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("partners.PendingDraftCount: %w", err)
	}
	return n, nil
}

// ApproveDraft makes pending draft id the partner's live profile, decided
// by moderator, and returns the updated partner. It returns
// database.ErrNotFound for an unknown draft and ErrNotPending when the
// draft was decided or superseded meanwhile.
func (s *Store) ApproveDraft(ctx context.Context, id, moderator int64) (Partner, error) {
	var p Partner
	err := s.inTx(ctx, func(st *Store) error {
		d, err := st.lockPending(ctx, id)
		if err != nil {
			return err
		}
		if err := st.apply(ctx, d.PartnerID, d.Profile); err != nil {
			return err
		}
		if _, err := st.db.Exec(ctx, `
			UPDATE partner_profile_drafts SET status = 'approved', decided_by = $2, decided_at = now()
			WHERE id = $1`, id, userRef(moderator)); err != nil {
			return err
		}
		p, err = st.ByID(ctx, d.PartnerID)
		return err
	})
	switch {
	case err == nil:
		return p, nil
	case errors.Is(err, database.ErrNotFound), errors.Is(err, ErrNotPending), errors.Is(err, ErrUnknownImage):
		return Partner{}, err
	}
	return Partner{}, fmt.Errorf("partners.ApproveDraft: %w", err)
}

// RejectDraft refuses pending draft id with reason, which the partner is
// told; the live profile stays as it is. It returns ErrReasonRequired for a
// blank reason, database.ErrNotFound for an unknown draft and ErrNotPending
// when it was decided or superseded meanwhile.
func (s *Store) RejectDraft(ctx context.Context, id, moderator int64, reason string) (Draft, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return Draft{}, ErrReasonRequired
	}
	var d Draft
	err := s.inTx(ctx, func(st *Store) error {
		if _, err := st.lockPending(ctx, id); err != nil {
			return err
		}
		var err error
		d, err = scanDraft(st.db.QueryRow(ctx, `
			UPDATE partner_profile_drafts d SET status = 'rejected', reason = $2, decided_by = $3, decided_at = now()
			WHERE d.id = $1 RETURNING `+draftColumns, id, reason, userRef(moderator)))
		return err
	})
	switch {
	case err == nil:
		return d, nil
	case errors.Is(err, database.ErrNotFound), errors.Is(err, ErrNotPending):
		return Draft{}, err
	}
	return Draft{}, fmt.Errorf("partners.RejectDraft: %w", err)
}

// lockPending locks draft id and returns it when it is pending. It locks
// the partner row first, in the same order as SubmitDraft, so the two
// cannot deadlock.
func (s *Store) lockPending(ctx context.Context, id int64) (Draft, error) {
	var partnerID int64
	err := s.db.QueryRow(ctx, `SELECT partner_id FROM partner_profile_drafts WHERE id = $1`, id).Scan(&partnerID)
	if errors.Is(err, pgx.ErrNoRows) {
		return Draft{}, database.ErrNotFound
	}
	if err != nil {
		return Draft{}, err
	}
	if _, err := s.db.Exec(ctx, `SELECT FROM partners WHERE id = $1 FOR UPDATE`, partnerID); err != nil {
		return Draft{}, err
	}
	d, err := scanDraft(s.db.QueryRow(ctx, `
		SELECT `+draftColumns+` FROM partner_profile_drafts d WHERE d.id = $1 FOR UPDATE`, id))
	if err != nil {
		return Draft{}, err
	}
	if d.Status != DraftPending {
		return Draft{}, ErrNotPending
	}
	return d, nil
}

// userRef turns a user id into a nullable column value: 0 (the system)
// becomes NULL.
func userRef(id int64) *int64 {
	if id == 0 {
		return nil
	}
	return &id
}
