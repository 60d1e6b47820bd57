package audit

import (
	"context"
	"fmt"
	"regexp"
	"strconv"

	"github.com/jackc/pgx/v5"
)

// RecordRef names a record an audit entry is about or mentions.
type RecordRef struct {
	Type string // "story", "image", …
	ID   int64
}

// recordTable returns the table holding the records of recordType, for
// the types whose records can be looked up; "" for the others (settings,
// mails, registrations).
func recordTable(recordType string) string {
	switch recordType {
	case "story":
		return "stories"
	case "image":
		return "images"
	case "user":
		return "users"
	case "vacancy":
		return "vacancies"
	case "event":
		return "events"
	case "partner":
		return "partners"
	}
	return ""
}

// mention finds the stories and images a summary names, as the editorial
// actions write them ("linked story 12 (en) as translation of story 9 (nl)").
var mention = regexp.MustCompile(`\b(story|image) ([0-9]+)\b`)

// Mention is a record named inside a summary, at Summary[Start:End].
type Mention struct {
	RecordRef
	Start, End int
}

// Mentions returns the stories and images summary names, in order.
func Mentions(summary string) []Mention {
	var found []Mention
	for _, m := range mention.FindAllStringSubmatchIndex(summary, -1) {
		id, err := strconv.ParseInt(summary[m[4]:m[5]], 10, 64)
		if err != nil || id <= 0 {
			continue
		}
		found = append(found, Mention{RecordRef{summary[m[2]:m[3]], id}, m[0], m[1]})
	}
	return found
}

// Ref returns the record rec is about; false when its id is not a row id
// or its type has no table to look it up in.
func (rec Record) Ref() (RecordRef, bool) {
	id, err := strconv.ParseInt(rec.RecordID, 10, 64)
	if err != nil || id <= 0 || recordTable(rec.RecordType) == "" {
		return RecordRef{}, false
	}
	return RecordRef{rec.RecordType, id}, true
}

// Existing returns which of the records the given entries are about, or
// mention in their summaries, still exist, with one query per record type:
// the log outlives what it describes (a purged story, a deleted user), and
// a link to a page that answers 404 helps nobody.
func (l *Log) Existing(ctx context.Context, records []Record) (map[RecordRef]bool, error) {
	ids := map[string][]int64{}
	for _, rec := range records {
		if ref, ok := rec.Ref(); ok {
			ids[ref.Type] = append(ids[ref.Type], ref.ID)
		}
		for _, m := range Mentions(rec.Summary) {
			ids[m.Type] = append(ids[m.Type], m.ID)
		}
	}
	existing := map[RecordRef]bool{}
	for recordType, list := range ids {
		// table comes from the fixed list of recordTable, never from input.
		table := recordTable(recordType)
		rows, err := l.db.Query(ctx, `SELECT id FROM `+table+` WHERE id = ANY($1)`, list)
		if err != nil {
			return nil, fmt.Errorf("audit.Existing: %s: %w", table, err)
		}
		found, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return nil, fmt.Errorf("audit.Existing: %s: %w", table, err)
		}
		for _, id := range found {
			existing[RecordRef{recordType, id}] = true
		}
	}
	return existing, nil
}
