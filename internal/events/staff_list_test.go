package events

import (
	"context"
	"fmt"
	"testing"
	"time"
)

func TestStaffEventsListsEveryStatusWithPaging(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	start := tomorrow()
	var ids []int64
	for i := range 5 {
		e := f.publish(t, f.a, content(fmt.Sprintf("Gepubliceerd %d", i), start.Add(time.Duration(i)*time.Hour), nil))
		ids = append(ids, e.ID)
	}
	draft, err := f.s.CreateDraft(ctx, f.b, 0, content("Concept", start.Add(10*time.Hour), nil))
	if err != nil {
		t.Fatal(err)
	}
	own, err := f.s.CreateOwn(ctx, f.editor, content("Eigen", start.Add(11*time.Hour), nil))
	if err != nil {
		t.Fatal(err)
	}
	changed := content("Gepubliceerd 0, gewijzigd", start, nil)
	if _, err := f.s.Update(ctx, f.a, ids[0], 0, changed); err != nil {
		t.Fatal(err)
	}

	page, err := f.s.StaffEvents(ctx, StaffQuery{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 3 || page.Events[0].ID != ids[0] || !page.Events[0].HasPending || page.Prev != nil || page.Next == nil {
		t.Fatalf("first page: %+v", page)
	}
	next, err := f.s.StaffEvents(ctx, StaffQuery{Limit: 3, After: page.Next})
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, e := range next.Events {
		got = append(got, e.ID)
	}
	want := []int64{ids[3], ids[4], draft.ID}
	if fmt.Sprint(got) != fmt.Sprint(want) || next.Prev == nil || next.Next == nil {
		t.Fatalf("second page %v, want %v (prev %v next %v)", got, want, next.Prev, next.Next)
	}
	back, err := f.s.StaffEvents(ctx, StaffQuery{Limit: 3, Before: next.Prev})
	if err != nil || len(back.Events) != 3 || back.Events[0].ID != ids[0] {
		t.Fatalf("back to the first page: %+v %v", back, err)
	}

	for _, tt := range []struct {
		name string
		q    StaffQuery
		want int
	}{
		{"drafts", StaffQuery{Status: StatusDraft}, 1},
		{"own", StaffQuery{Own: true}, 1},
		{"past", StaffQuery{Past: true}, 0},
		{"all", StaffQuery{}, 7},
	} {
		p, err := f.s.StaffEvents(ctx, tt.q)
		if err != nil || len(p.Events) != tt.want {
			t.Errorf("%s: %d events (%v), want %d", tt.name, len(p.Events), err, tt.want)
		}
	}
	if p, _ := f.s.StaffEvents(ctx, StaffQuery{Own: true}); len(p.Events) == 1 && p.Events[0].ID != own.ID {
		t.Errorf("own events: %+v", p.Events)
	}
}
