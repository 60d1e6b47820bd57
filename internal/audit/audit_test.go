package audit

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func TestWriteAndFilter(t *testing.T) {
	pool := testdb.New(t)
	ctx := context.Background()
	log := NewLog(pool)
	admin := Actor{ID: 1, Email: "admin@podium.example", RemoteAddr: "192.0.2.1"}
	editor := Actor{ID: 2, Email: "editor@podium.example"}
	entries := []struct {
		actor Actor
		e     Entry
	}{
		{admin, Entry{Action: "user.invite", RecordType: "user", RecordID: "7", Summary: "invited x", After: map[string]string{"role": "editor"}}},
		{admin, Entry{Action: "user.role_change", RecordType: "user", RecordID: "7", Before: map[string]string{"role": "editor"}, After: map[string]string{"role": "admin"}}},
		{editor, Entry{Action: "story.publish", RecordType: "story", RecordID: "3"}},
		{Actor{}, Entry{Action: "settings.update", RecordType: "settings"}},
	}
	for _, e := range entries {
		if err := log.Write(ctx, e.actor, e.e); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all, newest first", Filter{}, []string{"settings.update", "story.publish", "user.role_change", "user.invite"}},
		{"by actor", Filter{ActorEmail: "ADMIN@podium.example"}, []string{"user.role_change", "user.invite"}},
		{"by action prefix", Filter{Action: "user"}, []string{"user.role_change", "user.invite"}},
		{"prefix is a whole word", Filter{Action: "use"}, nil},
		{"by exact action", Filter{Action: "story.publish"}, []string{"story.publish"}},
		{"by record", Filter{RecordType: "user", RecordID: "7"}, []string{"user.role_change", "user.invite"}},
		{"in the future", Filter{From: time.Now().Add(time.Hour)}, nil},
		{"limit", Filter{Limit: 1}, []string{"settings.update"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := log.List(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var actions []string
			for _, r := range got {
				actions = append(actions, r.Action)
			}
			if strings.Join(actions, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got %v, want %v", actions, tt.want)
			}
		})
	}
	all, _ := log.List(ctx, Filter{Action: "user.role_change"})
	if all[0].Before != `{"role": "editor"}` || all[0].After != `{"role": "admin"}` || all[0].ActorID == nil || *all[0].ActorID != 1 {
		t.Errorf("stored entry: %+v", all[0])
	}
	// Keyset paging continues below the last id seen.
	page, _ := log.List(ctx, Filter{BeforeID: all[0].ID})
	if len(page) != 1 || page[0].Action != "user.invite" {
		t.Errorf("page after %d: %+v", all[0].ID, page)
	}
}

func TestLogIsAppendOnly(t *testing.T) {
	pool := testdb.New(t)
	ctx := context.Background()
	if err := NewLog(pool).Write(ctx, Actor{ID: 1}, Entry{Action: "user.disable"}); err != nil {
		t.Fatal(err)
	}
	for _, sql := range []string{`UPDATE audit_log SET summary = 'rewritten'`, `DELETE FROM audit_log`} {
		if _, err := pool.Exec(ctx, sql); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: got %v, want the append-only refusal", sql, err)
		}
	}
}
