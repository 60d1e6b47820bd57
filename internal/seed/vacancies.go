package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/demo"
	"github.com/podium-portal/podium/internal/vacancies"
)

// loadVacancies creates and publishes the demo vacancies through the
// vacancies store, so they pass its validation and carry revisions, and
// returns their ids by langKey. Those whose closing date has passed are
// closed as an editor would.
//
// Two things the store rightly refuses to do are done in SQL afterwards:
// dating the publication back (PublishedDaysAgo, so that "newest first"
// and the feeds read like a site in use) and moving a closed vacancy's
// closing date into the past (the store accepts only dates from today on).
func loadVacancies(ctx context.Context, tx pgx.Tx, now time.Time) (map[string]int64, error) {
	st := vacancies.NewStore(tx)
	ids := map[string]int64{}
	for _, v := range demo.Vacancies() {
		in := v.Input(now)
		if !v.Open() {
			in.ClosingDate = vacancies.Today().Format(vacancies.DateLayout)
		}
		saved, err := st.Create(ctx, in, 0, translationKey("vacancy:"+v.Key))
		if err != nil {
			return nil, fmt.Errorf("vacancy %s/%s: %w", v.Lang, v.Slug, err)
		}
		if err := st.Publish(ctx, saved.ID, 0); err != nil {
			return nil, fmt.Errorf("vacancy %s/%s: %w", v.Lang, v.Slug, err)
		}
		if !v.Open() {
			if err := st.Close(ctx, saved.ID, 0); err != nil {
				return nil, fmt.Errorf("vacancy %s/%s: %w", v.Lang, v.Slug, err)
			}
		}
		published := now.AddDate(0, 0, -v.PublishedDaysAgo).Truncate(time.Minute)
		if err := backdateVacancy(ctx, tx, saved.ID, published, v.ClosingDate(now)); err != nil {
			return nil, fmt.Errorf("vacancy %s/%s: %w", v.Lang, v.Slug, err)
		}
		ids[langKey(v.Lang, v.Key)] = saved.ID
	}
	return ids, nil
}

// backdateVacancy sets the vacancy's publication (and creation) time and
// its closing date, in the row and in its revisions, so that its history
// tells the same story as its page.
func backdateVacancy(ctx context.Context, tx pgx.Tx, id int64, published, closing time.Time) error {
	b := &pgx.Batch{}
	b.Queue(`UPDATE vacancies SET published_at = $2, created_at = $2, updated_at = $2, closing_date = $3
		WHERE id = $1`, id, published, closing)
	b.Queue(`UPDATE vacancy_revisions
		SET created_at = $2, snapshot = jsonb_set(snapshot, '{closing_date}', to_jsonb($3::text))
		WHERE vacancy_id = $1`, id, published, closing.Format(vacancies.DateLayout))
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("backdate: %w", err)
	}
	return nil
}

// linkStoriesToVacancies stores the demo's "meet your future colleagues"
// links: each story links the vacancies that name it, in the demo's order.
// stories.Create takes no links and the editor's writeLinks is not
// exported, so this is the statement writeLinks runs.
func linkStoriesToVacancies(ctx context.Context, tx pgx.Tx, storyIDs, vacancyIDs map[string]int64) error {
	links := map[int64][]int64{}
	var order []int64
	for _, v := range demo.Vacancies() {
		for _, key := range v.Stories {
			story, ok := storyIDs[langKey(v.Lang, key)]
			if !ok {
				return fmt.Errorf("vacancy %s/%s: no demo story %q in its language", v.Lang, v.Slug, key)
			}
			if _, seen := links[story]; !seen {
				order = append(order, story)
			}
			links[story] = append(links[story], vacancyIDs[langKey(v.Lang, v.Key)])
		}
	}
	b := &pgx.Batch{}
	for _, story := range order {
		b.Queue(`INSERT INTO story_vacancies (story_id, vacancy_id, position)
			SELECT $1, v, n FROM unnest($2::bigint[]) WITH ORDINALITY AS x(v, n)`, story, links[story])
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("story links: %w", err)
	}
	return nil
}
