package jobs

import (
	"time"

	"github.com/riverqueue/river"
)

// DailyAt returns a River schedule that fires every day at hour:minute
// wall-clock time in loc, through daylight-saving changes (a fixed
// 24-hour interval would drift by an hour twice a year). On a day whose
// hour:minute does not exist, Go's normalisation fires an hour later.
func DailyAt(hour, minute int, loc *time.Location) river.PeriodicSchedule {
	return dailyAt{hour: hour, minute: minute, loc: loc}
}

type dailyAt struct {
	hour, minute int
	loc          *time.Location
}

// Next returns the first time after current at hour:minute in d.loc.
func (d dailyAt) Next(current time.Time) time.Time {
	c := current.In(d.loc)
	next := time.Date(c.Year(), c.Month(), c.Day(), d.hour, d.minute, 0, 0, d.loc)
	if !next.After(current) {
		next = time.Date(c.Year(), c.Month(), c.Day()+1, d.hour, d.minute, 0, 0, d.loc)
	}
	return next
}
