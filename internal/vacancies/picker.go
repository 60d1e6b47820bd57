package vacancies

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/podium-portal/podium/internal/i18n"
)

// LinkChoices is a page of the open vacancies a story can link to.
type LinkChoices struct {
	// Vacancies are up to the limit asked for of those matching, by title.
	Vacancies []Summary
	// Matching counts the open vacancies in the language that match the
	// text; Open counts all open vacancies in the language.
	Matching, Open int
}

// OpenToLink returns up to limit open vacancies (the open_vacancies view)
// in l whose title, organisation unit or city contains text, in any case,
// ordered by title; a blank text matches all, and a number (also "#12")
// matches that vacancy too. It counts the matches and all open vacancies
// in l, so the story editor's picker can say how many it leaves out.
func (st *Store) OpenToLink(ctx context.Context, l i18n.Lang, text string, limit int) (LinkChoices, error) {
	text = strings.Join(strings.Fields(text), " ")
	var id *int64
	if n, err := strconv.ParseInt(strings.TrimPrefix(text, "#"), 10, 64); err == nil && n > 0 {
		id = &n
	}
	pattern := "%" + likeEscaper.Replace(text) + "%"
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+`, count(*) OVER ()
		FROM open_vacancies v
		WHERE v.lang = $1 AND ($2 = '' OR v.title ILIKE $3 OR v.organisation_unit ILIKE $3
			OR v.city ILIKE $3 OR v.id = $4::bigint)
		ORDER BY lower(v.title), v.id LIMIT $5`, l, text, pattern, id, max(limit, 1))
	if err != nil {
		return LinkChoices{}, fmt.Errorf("vacancies.OpenToLink: %w", err)
	}
	var out LinkChoices
	for rows.Next() {
		s, err := scanSummary(rows, &out.Matching)
		if err != nil {
			rows.Close()
			return LinkChoices{}, fmt.Errorf("vacancies.OpenToLink: %w", err)
		}
		out.Vacancies = append(out.Vacancies, s)
	}
	if err := rows.Err(); err != nil {
		return LinkChoices{}, fmt.Errorf("vacancies.OpenToLink: %w", err)
	}
	if text == "" {
		out.Open = out.Matching
		return out, nil
	}
	if err := st.db.QueryRow(ctx, `SELECT count(*) FROM open_vacancies WHERE lang = $1`, l).Scan(&out.Open); err != nil {
		return LinkChoices{}, fmt.Errorf("vacancies.OpenToLink: %w", err)
	}
	return out, nil
}

// likeEscaper makes text match itself in a LIKE pattern with the default
// escape character.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// SummariesByID returns the vacancies ids in any status and language, in
// the order of ids, each once; ids naming no vacancy are left out. The
// story editor lists the vacancies a story links to with it, also those
// that have closed since.
func (st *Store) SummariesByID(ctx context.Context, ids []int64) ([]Summary, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := st.db.Query(ctx, `SELECT `+summaryColumns+`
		FROM (SELECT id, min(n) AS n FROM unnest($1::bigint[]) WITH ORDINALITY AS x(id, n) GROUP BY id) x
		JOIN vacancies v ON v.id = x.id
		ORDER BY x.n`, ids)
	if err != nil {
		return nil, fmt.Errorf("vacancies.SummariesByID: %w", err)
	}
	list, err := collectSummaries(rows)
	if err != nil {
		return nil, fmt.Errorf("vacancies.SummariesByID: %w", err)
	}
	return list, nil
}

// TranslatedIDs returns, for each of the vacancies ids in order, its
// version in l (itself when it is in l), each once; vacancies without a
// version in l are left out. A story's translation starts with these
// links, since a story links only vacancies in its own language.
func (st *Store) TranslatedIDs(ctx context.Context, ids []int64, l i18n.Lang) ([]int64, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := st.db.Query(ctx, `
		SELECT t.id FROM unnest($1::bigint[]) WITH ORDINALITY AS x(id, n)
		JOIN vacancies v ON v.id = x.id
		JOIN vacancies t ON t.translation_key = v.translation_key AND t.lang = $2
		GROUP BY t.id ORDER BY min(x.n)`, ids, l)
	if err != nil {
		return nil, fmt.Errorf("vacancies.TranslatedIDs: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("vacancies.TranslatedIDs: %w", err)
	}
	return out, nil
}
