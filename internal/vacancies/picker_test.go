package vacancies

import (
	"context"
	"slices"
	"strconv"
	"testing"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

// TestOpenToLinkAndSummariesByID checks the reads of the story editor's
// vacancy picker: OpenToLink offers only open vacancies in the language,
// by title, filtered by text in title, unit, city or number (a LIKE
// wildcard typed matches itself), with its counts and limit;
// SummariesByID returns linked vacancies in any status and language in
// the order asked; TranslatedIDs maps links to the other language.
func TestOpenToLinkAndSummariesByID(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	with := func(title, unit, city string) func(*VacancyInput) {
		return func(in *VacancyInput) { in.Title, in.OrganisationUnit, in.City = title, unit, city }
	}
	jurist := mustPublish(t, st, with("Jurist", "Directie Wetgeving", "Den Haag"))
	analist := mustPublish(t, st, with("analist 100% thuis", "CBS", "Heerlen"))
	rechercheur := mustPublish(t, st, with("Rechercheur", "Politie Eenheid Oost", "Apeldoorn"))
	english := mustPublish(t, st, func(in *VacancyInput) {
		with("Jurist (English)", "Legislation", "The Hague")(in)
		in.Lang = i18n.EN
	})
	draft := mustCreate(t, st, with("Concept jurist", "Directie Wetgeving", "Den Haag")).ID
	closed := mustPublish(t, st, with("Gesloten jurist", "Directie Wetgeving", "Den Haag"))
	if err := st.Close(ctx, closed, 0); err != nil {
		t.Fatal(err)
	}
	expired := mustPublish(t, st, with("Verlopen jurist", "Directie Wetgeving", "Den Haag"))
	exec(t, pool, `UPDATE vacancies SET closing_date = current_date - 2 WHERE id = $1`, expired)

	for _, tc := range []struct {
		name          string
		lang          i18n.Lang
		text          string
		limit         int
		want          []int64
		matching, all int
	}{
		{"all open Dutch ones by title", i18n.NL, "", 10, []int64{analist, jurist, rechercheur}, 3, 3},
		{"limited, counting all", i18n.NL, "", 2, []int64{analist, jurist}, 3, 3},
		{"title in any case", i18n.NL, "JURIST", 10, []int64{jurist}, 1, 3},
		{"organisation unit", i18n.NL, "eenheid oost", 10, []int64{rechercheur}, 1, 3},
		{"city", i18n.NL, "  heerlen ", 10, []int64{analist}, 1, 3},
		{"number", i18n.NL, "#" + strconv.FormatInt(rechercheur, 10), 10, []int64{rechercheur}, 1, 3},
		{"a percent sign matches itself", i18n.NL, "0%", 10, []int64{analist}, 1, 3},
		{"an underscore matches itself", i18n.NL, "_", 10, nil, 0, 3},
		{"English only", i18n.EN, "", 10, []int64{english}, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.OpenToLink(ctx, tc.lang, tc.text, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got.Vacancies), tc.want) || got.Matching != tc.matching || got.Open != tc.all {
				t.Errorf("OpenToLink(%s, %q, %d) = %v, %d matching of %d, want %v, %d of %d",
					tc.lang, tc.text, tc.limit, ids(got.Vacancies), got.Matching, got.Open, tc.want, tc.matching, tc.all)
			}
		})
	}

	linked, err := st.SummariesByID(ctx, []int64{expired, closed, draft, english, closed, jurist + 10000})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(linked), []int64{expired, closed, draft, english}; !slices.Equal(got, want) {
		t.Errorf("SummariesByID = %v, want %v (in the order asked, each once, unknown left out)", got, want)
	}
	if linked[1].Status != StatusClosed || linked[1].Title != "Gesloten jurist" || linked[0].OpenOn(Today()) {
		t.Errorf("SummariesByID read %+v and %+v", linked[0], linked[1])
	}

	j, err := st.ByID(ctx, jurist)
	if err != nil {
		t.Fatal(err)
	}
	lawyer := validInput()
	lawyer.Lang, lawyer.Title = i18n.EN, "Lawyer"
	jurisEN, err := st.Create(ctx, lawyer, 0, j.TranslationKey)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.TranslatedIDs(ctx, []int64{rechercheur, jurist, english, jurist}, i18n.EN)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{jurisEN.ID, english}; !slices.Equal(got, want) {
		t.Errorf("TranslatedIDs = %v, want %v", got, want)
	}
}
