package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/demo"
	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/partners"
)

// loadPartners creates the demo partner organisations, listed, each with
// its generated SVG logo, and returns their ids by slug. The demo partner
// user that EnsureDemoUsers creates belongs to one of them.
func loadPartners(ctx context.Context, tx pgx.Tx) (map[string]int64, error) {
	ps := partners.NewStore(tx)
	img := images.NewStore(tx)
	ids := map[string]int64{}
	for _, p := range demo.Partners() {
		logo, err := img.Put(ctx, "image/svg+xml", demo.LogoWidth, demo.LogoHeight, p.Logo())
		if err != nil {
			return nil, err
		}
		prof := p.Profile
		prof.LogoID, prof.LogoAlt = &logo.ID, p.LogoAltText()
		created, err := ps.Create(ctx, p.Slug, prof)
		if err != nil {
			return nil, fmt.Errorf("partner %s: %w", p.Slug, err)
		}
		ids[p.Slug] = created.ID
	}
	return ids, nil
}

// loadEvents puts the demo events on the agenda the way they get there in
// use: the employer's own events published at once, partners' events
// submitted and then approved, by no particular user. No mail is sent;
// nobody has registered.
func loadEvents(ctx context.Context, tx pgx.Tx, now time.Time, partnerIDs map[string]int64) error {
	es := events.NewStore(tx)
	for _, e := range demo.Events() {
		c := e.Content(now)
		if e.PartnerSlug == "" {
			if _, err := es.CreateOwn(ctx, 0, c); err != nil {
				return fmt.Errorf("event %s: %w", e.Key, err)
			}
			continue
		}
		partnerID, ok := partnerIDs[e.PartnerSlug]
		if !ok {
			return fmt.Errorf("event %s: no demo partner %q", e.Key, e.PartnerSlug)
		}
		created, err := es.Create(ctx, partnerID, 0, c)
		if err != nil {
			return fmt.Errorf("event %s: %w", e.Key, err)
		}
		submitted, err := es.StaffEvent(ctx, created.ID)
		if err != nil {
			return fmt.Errorf("event %s: %w", e.Key, err)
		}
		if submitted.Pending == nil {
			return fmt.Errorf("event %s: the submission is not pending", e.Key)
		}
		if _, err := es.Approve(ctx, submitted.Pending.ID, 0); err != nil {
			return fmt.Errorf("event %s: %w", e.Key, err)
		}
	}
	return nil
}
