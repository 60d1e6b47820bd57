package web

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/web/views"
)

// TestScheduleFormReadsAmsterdamTime checks that the date and time typed
// into the schedule form (datetime-local, which carries no zone) is the
// wall-clock time in Europe/Amsterdam on that day: UTC+1 in winter, UTC+2
// in summer, whatever zone the server runs in. The story and its River
// job are planned at that instant, and the form shows the time back as
// typed. A time in the hour skipped when summer time begins is refused
// at the field.
func TestScheduleFormReadsAmsterdamTime(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	b, editor := site.signedIn(accounts.RoleEditor)
	year := time.Now().Year() + 1 // within the two years of consent
	lastSunday := func(m time.Month) int {
		d := time.Date(year, m+1, 0, 12, 0, 0, 0, time.UTC) // last day of m
		return d.Day() - int(d.Weekday())
	}
	tests := []struct {
		name, typed string
		wantUTC     time.Time
	}{
		{"winter", time.Date(year, 1, 15, 9, 30, 0, 0, time.UTC).Format("2006-01-02T15:04"),
			time.Date(year, 1, 15, 8, 30, 0, 0, time.UTC)},
		{"summer", time.Date(year, 7, 1, 9, 30, 0, 0, time.UTC).Format("2006-01-02T15:04"),
			time.Date(year, 7, 1, 7, 30, 0, 0, time.UTC)},
		{"the morning summer time begins", time.Date(year, 3, lastSunday(3), 9, 0, 0, 0, time.UTC).Format("2006-01-02T15:04"),
			time.Date(year, 3, lastSunday(3), 7, 0, 0, 0, time.UTC)},
		{"the morning winter time begins", time.Date(year, 10, lastSunday(10), 9, 0, 0, 0, time.UTC).Format("2006-01-02T15:04"),
			time.Date(year, 10, lastSunday(10), 8, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := site.draftStory(editor, "Plan "+tt.name)
			wantRedirect(t, b.post(views.AdminStoryPath(id, "schedule"), url.Values{"scheduled_at": {tt.typed}}), views.AdminStoryPath(id))
			d := site.draft(id)
			if d.ScheduledAt == nil || !d.ScheduledAt.Equal(tt.wantUTC) {
				t.Fatalf("typed %s: planned at %v, want %v", tt.typed, d.ScheduledAt, tt.wantUTC)
			}
			var jobAt time.Time
			if err := site.pool.QueryRow(context.Background(), `SELECT scheduled_at FROM river_job
				WHERE kind = 'publish_story' AND (args->>'story_id')::bigint = $1 AND state = 'scheduled'`, id).Scan(&jobAt); err != nil {
				t.Fatalf("publish job of story %d: %v", id, err)
			}
			if !jobAt.Equal(tt.wantUTC) {
				t.Errorf("job runs at %v, want %v", jobAt, tt.wantUTC)
			}
			if v, _ := b.page(views.AdminStoryPath(id), http.StatusOK).Find("#field-scheduled_at").Attr("value"); v != tt.typed {
				t.Errorf("the form shows %q, want %q as typed", v, tt.typed)
			}
		})
	}

	id := site.draftStory(editor, "Plan in het gat")
	gap := time.Date(year, 3, lastSunday(3), 2, 30, 0, 0, time.UTC).Format("2006-01-02T15:04")
	doc := b.submit(views.AdminStoryPath(id, "schedule"), url.Values{"scheduled_at": {gap}}, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "scheduled_at", "story.error.datetime_gap")
	if v, _ := doc.Find("#field-scheduled_at").Attr("value"); v != gap {
		t.Errorf("typed time not kept: %q", v)
	}
	if site.draft(id).Scheduled() {
		t.Errorf("story %d planned at a time that does not exist", id)
	}
}
