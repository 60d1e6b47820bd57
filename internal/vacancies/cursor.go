package vacancies

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Cursor marks a position in a search result for keyset paging: the page
// after a cursor starts with the result that follows it in the sort order
// (or, with Before, the page before it ends with the one that precedes
// it). Only the fields of its Sort matter: Rank for relevance,
// PublishedAt for newest, ClosingDate for closing; ID breaks ties.
type Cursor struct {
	Sort        Sort
	Before      bool
	Rank        float32
	PublishedAt time.Time
	ClosingDate time.Time
	ID          int64
}

// ErrBadCursor is returned by DecodeCursor for a string that Encode did
// not make; the web layer shows the first page instead.
var ErrBadCursor = errors.New("vacancies: bad cursor")

// cursorVersion starts every encoded cursor, so a changed format can be
// told apart from an old bookmark.
const cursorVersion = "1"

// Encode writes c as a short URL-safe string (base64url without padding)
// for a query string. The rank is kept bit for bit, so paging by relevance
// resumes exactly.
func (c Cursor) Encode() string {
	dir := "a"
	if c.Before {
		dir = "b"
	}
	var key string
	switch c.Sort {
	case SortRelevance:
		key = strconv.FormatUint(uint64(math.Float32bits(c.Rank)), 36)
	case SortClosing:
		key = c.ClosingDate.Format("20060102")
	default:
		key = strconv.FormatInt(c.PublishedAt.UnixMicro(), 36)
	}
	s := strings.Join([]string{cursorVersion, string(c.Sort), dir, key, strconv.FormatInt(c.ID, 36)}, ".")
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

// DecodeCursor reads a string made by Encode; ErrBadCursor for anything
// else.
func DecodeCursor(s string) (Cursor, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Cursor{}, ErrBadCursor
	}
	parts := strings.Split(string(raw), ".")
	if len(parts) != 5 || parts[0] != cursorVersion {
		return Cursor{}, ErrBadCursor
	}
	sort, ok := ParseSort(parts[1])
	if !ok || (parts[2] != "a" && parts[2] != "b") {
		return Cursor{}, ErrBadCursor
	}
	c := Cursor{Sort: sort, Before: parts[2] == "b"}
	if c.ID, err = strconv.ParseInt(parts[4], 36, 64); err != nil || c.ID <= 0 {
		return Cursor{}, ErrBadCursor
	}
	switch sort {
	case SortRelevance:
		bits, err := strconv.ParseUint(parts[3], 36, 32)
		if err != nil {
			return Cursor{}, ErrBadCursor
		}
		c.Rank = math.Float32frombits(uint32(bits))
		if math.IsNaN(float64(c.Rank)) {
			return Cursor{}, ErrBadCursor
		}
	case SortClosing:
		if c.ClosingDate, err = time.Parse("20060102", parts[3]); err != nil {
			return Cursor{}, ErrBadCursor
		}
	default:
		micros, err := strconv.ParseInt(parts[3], 36, 64)
		if err != nil {
			return Cursor{}, ErrBadCursor
		}
		c.PublishedAt = time.UnixMicro(micros).UTC()
	}
	return c, nil
}

// String is Encode, so a cursor prints as it travels.
func (c Cursor) String() string { return c.Encode() }

// GoString shows the cursor's fields, for test failures.
func (c Cursor) GoString() string {
	return fmt.Sprintf("vacancies.Cursor{Sort:%q, Before:%v, Rank:%v, PublishedAt:%v, ClosingDate:%v, ID:%d}",
		c.Sort, c.Before, c.Rank, c.PublishedAt, c.ClosingDate.Format(DateLayout), c.ID)
}
