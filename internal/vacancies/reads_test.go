package vacancies

import (
	"context"
	"slices"
	"testing"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

// TestNewestOpenAndClosingWithin checks the home page's and the
// dashboard's reads: only open vacancies (not drafts, not closed, not past
// their closing date even before CloseExpired ran), in the right order,
// and ClosingWithin's window and total.
func TestNewestOpenAndClosingWithin(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	ctx := context.Background()
	st := NewStore(pool)
	closingIn := func(title string, days int) func(*VacancyInput) {
		return func(in *VacancyInput) {
			in.Title = title
			in.ClosingDate = Today().AddDate(0, 0, days).Format(DateLayout)
		}
	}
	old := mustPublish(t, st, closingIn("Oud", 3))
	soon := mustPublish(t, st, closingIn("Bijna dicht", 1))
	later := mustPublish(t, st, closingIn("Later", 60))
	expired := mustPublish(t, st, closingIn("Verlopen", 2))
	exec(t, pool, `UPDATE vacancies SET closing_date = current_date - 2 WHERE id = $1`, expired)
	closed := mustPublish(t, st, closingIn("Gesloten", 2))
	if err := st.Close(ctx, closed, 0); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, st, closingIn("Concept", 2))
	mustPublish(t, st, func(in *VacancyInput) {
		closingIn("English", 5)(in)
		in.Lang = i18n.EN
	})
	exec(t, pool, `UPDATE vacancies SET published_at = now() - interval '2 days' WHERE id = $1`, old)

	newest, err := st.NewestOpen(ctx, i18n.NL, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(newest), []int64{later, soon, old}; !slices.Equal(got, want) {
		t.Errorf("NewestOpen = %v, want %v (newest first, open Dutch ones only)", got, want)
	}
	if top, _ := st.NewestOpen(ctx, i18n.NL, 1); len(top) != 1 || top[0].ID != later {
		t.Errorf("NewestOpen limit 1 = %v", ids(top))
	}

	list, total, err := st.ClosingWithin(ctx, 7, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(list), []int64{soon, old}; !slices.Equal(got, want) || total != 3 {
		t.Errorf("ClosingWithin(7, 2) = %v of %d, want %v of 3 (with the English one)", got, want, total)
	}
}

// TestTexts checks the texts the back office's list scores.
func TestTexts(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	st := NewStore(pool)
	a := mustCreate(t, st, func(in *VacancyInput) { in.Title = "Stoere leider"; in.Lang = i18n.EN })
	texts, err := st.Texts(context.Background(), []int64{a.ID, a.ID + 99})
	if err != nil {
		t.Fatal(err)
	}
	got, ok := texts[a.ID]
	if len(texts) != 1 || !ok || got.Title != "Stoere leider" || got.Lang != i18n.EN ||
		got.BodyMarkdown != validInput().BodyMarkdown || got.AdjustmentsNote != validInput().AdjustmentsNote {
		t.Errorf("Texts = %+v", texts)
	}
}

func ids(list []Summary) []int64 {
	out := make([]int64, len(list))
	for i, s := range list {
		out[i] = s.ID
	}
	return out
}
