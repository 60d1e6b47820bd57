package audit

import (
	"context"
	"reflect"
	"strconv"
	"testing"

	"github.com/podium-portal/podium/internal/testdb"
)

func TestMentionsFindsStoriesAndImages(t *testing.T) {
	summary := "linked story 12 (en) as translation of story 9 (nl); image 3; storyteller 4; story 0"
	var got []RecordRef
	for _, m := range Mentions(summary) {
		if summary[m.Start:m.End] != m.Type+" "+strconv.FormatInt(m.ID, 10) {
			t.Errorf("mention %v spans %q", m.RecordRef, summary[m.Start:m.End])
		}
		got = append(got, m.RecordRef)
	}
	want := []RecordRef{{"story", 12}, {"story", 9}, {"image", 3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Mentions = %v, want %v", got, want)
	}
}

func TestExistingLooksUpRecordsAndMentions(t *testing.T) {
	pool := testdb.New(t)
	ctx := context.Background()
	var userID int64
	if err := pool.QueryRow(ctx,
		`INSERT INTO users (email, role) VALUES ('x@podium.example', 'editor') RETURNING id`).Scan(&userID); err != nil {
		t.Fatal(err)
	}
	records := []Record{
		{RecordType: "user", RecordID: strconv.FormatInt(userID, 10)},
		{RecordType: "user", RecordID: strconv.FormatInt(userID+1000, 10)},
		{RecordType: "settings", RecordID: "four_eyes"},
		{RecordType: "mail", RecordID: "5", Summary: "about story 77 and image 78"},
	}
	existing, err := NewLog(pool).Existing(ctx, records)
	if err != nil {
		t.Fatal(err)
	}
	want := map[RecordRef]bool{{"user", userID}: true}
	if !reflect.DeepEqual(existing, want) {
		t.Errorf("Existing = %v, want %v", existing, want)
	}
	if _, ok := (Record{RecordType: "settings", RecordID: "1"}).Ref(); ok {
		t.Error("a settings record has no table, yet Ref says it does")
	}
}
