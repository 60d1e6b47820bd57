package jobs

import (
	"testing"
	"time"
)

func TestDailyAtKeepsTheWallClockTime(t *testing.T) {
	t.Parallel()
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	at0015, at0800 := DailyAt(0, 15, ams), DailyAt(8, 0, ams)
	tests := []struct {
		schedule  interface{ Next(time.Time) time.Time }
		now, want time.Time
	}{
		{at0015, time.Date(2026, 3, 10, 0, 10, 0, 0, ams), time.Date(2026, 3, 10, 0, 15, 0, 0, ams)},
		{at0015, time.Date(2026, 3, 10, 0, 15, 0, 0, ams), time.Date(2026, 3, 11, 0, 15, 0, 0, ams)},
		// Across the change to summer time the job still runs at 00:15.
		{at0015, time.Date(2026, 3, 28, 12, 0, 0, 0, ams), time.Date(2026, 3, 29, 0, 15, 0, 0, ams)},
		{at0015, time.Date(2026, 3, 29, 12, 0, 0, 0, ams).UTC(), time.Date(2026, 3, 30, 0, 15, 0, 0, ams)},
		{at0800, time.Date(2026, 3, 28, 9, 0, 0, 0, ams), time.Date(2026, 3, 29, 8, 0, 0, 0, ams)},
		// And back to winter time.
		{at0800, time.Date(2026, 10, 24, 9, 0, 0, 0, ams), time.Date(2026, 10, 25, 8, 0, 0, 0, ams)},
	}
	for _, tt := range tests {
		if got := tt.schedule.Next(tt.now); !got.Equal(tt.want) {
			t.Errorf("Next(%v) = %v, want %v", tt.now, got, tt.want)
		}
	}
}
