package vacancyadmin

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
	"github.com/podium-portal/podium/internal/vacancies"
)

// csvFile writes a CSV file with the header and rows, each row a map from
// column to value.
func csvFile(t *testing.T, comma rune, header []string, rows ...map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = comma
	records := [][]string{header}
	for _, row := range rows {
		rec := make([]string, len(header))
		for i, h := range header {
			rec[i] = row[h]
		}
		records = append(records, rec)
	}
	if err := w.WriteAll(records); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// goodRow is a vacancy every check accepts, with title as its title.
func goodRow(title string) map[string]string {
	return map[string]string{
		"lang": "nl", "title": title, "organisation_unit": "Directie Arbeidsmarkt", "city": "Den Haag",
		"province": "zuid-holland", "scale_min": "10", "scale_max": "11", "salary_min": "€ 3.500", "salary_max": "5500",
		"hours_min": "32", "hours_max": "36", "education_level": "hbo", "employment_type": "permanent",
		"closing_date": vacancies.Today().AddDate(0, 1, 0).Format(vacancies.DateLayout),
		"apply_url":    "https://werken.example.org/1", "labels": "banenafspraak; starter",
		"body_markdown": "Je werkt aan beleid dat mensen aan werk helpt.",
	}
}

func problemsOf(t *testing.T, err error) []Problem {
	t.Helper()
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v, want an *ImportError", err)
	}
	return ie.Problems
}

func TestParseCSV(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data []byte
		// want is the problems as "line field key"; nil for none.
		want []string
		rows int
	}{
		{
			name: "commas, byte-order mark, any column order and case, blank rows skipped",
			data: append([]byte("\xef\xbb\xbf"), csvFile(t, ',', append([]string{"Body_Markdown"}, RequiredColumns()[:9]...),
				map[string]string{"Body_Markdown": "Tekst", "title": "A"}, map[string]string{}, map[string]string{"title": "B"})...),
			rows: 2,
		},
		{
			name: "semicolons, as spreadsheets in Dutch settings save",
			data: csvFile(t, ';', Columns(), goodRow("A"), goodRow("B"), goodRow("C")),
			rows: 3,
		},
		{
			name: "unknown, repeated and missing columns",
			data: csvFile(t, ',', []string{"title", "salaris", "title", "city"}, map[string]string{"title": "A"}),
			want: []string{"1 salaris " + ErrImportColumnUnknown, "1 title " + ErrImportColumnTwice,
				"1 organisation_unit " + ErrImportColumnMissing, "1 province " + ErrImportColumnMissing,
				"1 hours_min " + ErrImportColumnMissing, "1 hours_max " + ErrImportColumnMissing,
				"1 education_level " + ErrImportColumnMissing, "1 employment_type " + ErrImportColumnMissing,
				"1 closing_date " + ErrImportColumnMissing, "1 body_markdown " + ErrImportColumnMissing},
		},
		{
			name: "a row with a cell too many, after a text over two lines",
			data: []byte(strings.Join(RequiredColumns(), ",") + "\n" +
				"A,B,C,utrecht,1,2,hbo,permanent,2030-01-01,\"twee\nregels\"\n" +
				"A,B,C,utrecht,1,2,hbo,permanent,2030-01-01,tekst,extra\n"),
			want: []string{"4  " + ErrImportCells},
		},
		{name: "empty file", data: nil, want: []string{"0  " + ErrImportEmpty}},
		{name: "header only", data: []byte(strings.Join(Columns(), ",") + "\n"), want: []string{"0  " + ErrImportEmpty}},
		{name: "not UTF-8: Windows-1252 from a spreadsheet, at the line of the first bad byte",
			data: []byte("title;city\nA;Den Haag\nB;Gen\xe8ve\n"), want: []string{"3  " + ErrImportEncoding}},
		{name: "UTF-16 with its byte-order mark", data: []byte("\xff\xfet\x00i\x00t\x00l\x00e\x00\n\x00"), want: []string{"0  " + ErrImportEncoding}},
		{name: "a wrong header: the first row is a vacancy",
			data: []byte("Beleidsmedewerker,Directie,Den Haag\n"),
			want: append([]string{"1 Beleidsmedewerker " + ErrImportColumnUnknown, "1 Directie " + ErrImportColumnUnknown,
				"1 Den Haag " + ErrImportColumnUnknown}, missing(RequiredColumns()...)...)},
		{name: "more rows than MaxImportRows", data: csvFile(t, ';', Columns(), manyRows(MaxImportRows+1)...),
			want: []string{itoa(MaxImportRows+2) + "  " + ErrImportTooMany}},
		{name: "exactly MaxImportRows rows", data: csvFile(t, ';', Columns(), manyRows(MaxImportRows)...), rows: MaxImportRows},
		{name: "stray quote", data: []byte(strings.Join(RequiredColumns(), ",") + "\nA,\"B\"x,C,utrecht,1,2,hbo,permanent,2030-01-01,t\n"), want: []string{"2  " + ErrImportCSV}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := ParseCSV(tt.data)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("error %v", err)
				}
				if len(rows) != tt.rows {
					t.Fatalf("%d rows, want %d", len(rows), tt.rows)
				}
				return
			}
			var got []string
			for _, p := range problemsOf(t, err) {
				got = append(got, strings.Join([]string{itoa(p.Line), p.Field, p.Key}, " "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}

	// The values arrive where they belong, labels split, an empty
	// language Dutch, line numbers counting the header.
	first := goodRow("Eerste")
	first["body_markdown"] = "## Wat ga je doen?\n\nJe werkt aan beleid."
	data := csvFile(t, ';', Columns(), first, func() map[string]string {
		r := goodRow("Tweede")
		r["lang"], r["labels"] = "", "zij-instroom|starter"
		return r
	}())
	rows, err := ParseCSV(data)
	if err != nil {
		t.Fatal(err)
	}
	in := rows[1].Input
	if rows[0].Line != 2 || rows[1].Line != 5 { // the first body spans three lines
		t.Errorf("lines %d and %d, want 2 and 5", rows[0].Line, rows[1].Line)
	}
	if in.Lang != i18n.NL || in.Title != "Tweede" || in.Province != "zuid-holland" || in.SalaryMin != "€ 3.500" ||
		strings.Join(in.Labels, ",") != "zij-instroom,starter" || !strings.Contains(rows[0].Input.BodyMarkdown, "Wat ga je doen") {
		t.Errorf("row = %+v", in)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// missing is the problems of the required columns absent from a header.
func missing(columns ...string) []string {
	out := make([]string, len(columns))
	for i, c := range columns {
		out[i] = "1 " + c + " " + ErrImportColumnMissing
	}
	return out
}

// manyRows returns n good rows.
func manyRows(n int) []map[string]string {
	out := make([]map[string]string, n)
	for i := range out {
		out[i] = goodRow("Vacature " + itoa(i+1))
	}
	return out
}

func TestWriteTemplateIsAValidImport(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, vacancies.Today()); err != nil {
		t.Fatal(err)
	}
	rows, err := ParseCSV(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Fatalf("%d example rows, want 1", len(rows))
	}
	header, _, _ := strings.Cut(buf.String(), "\n")
	if header != strings.Join(Columns(), ",") {
		t.Errorf("header %q", header)
	}
	if fe := rows[0].Input.Validate(vacancies.Today()); fe != nil {
		t.Errorf("the example row is refused: %v", fe)
	}
}

func countVacancies(t *testing.T, s *Service) int {
	t.Helper()
	var n int
	if err := s.pool.QueryRow(context.Background(), `SELECT count(*) FROM vacancies`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportIsAllOrNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := New(testdb.New(t))
	by := audit.Actor{Email: "editor@podium.example"}

	// One good file: every row a draft, audited one by one and as a whole.
	good := csvFile(t, ',', Columns(), goodRow("Beleidsmedewerker"), goodRow("Jurist"), goodRow("Data-analist"))
	ids, err := s.Import(ctx, by, good, "goed.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 3 || countVacancies(t, s) != 3 {
		t.Fatalf("imported %v, %d stored; want 3", ids, countVacancies(t, s))
	}
	v, err := vacancies.NewStore(s.pool).ByID(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	if v.Title != "Jurist" || v.Status != vacancies.StatusDraft || v.Salary.Min != 3500 || v.Revision != 1 ||
		!v.HasLabel("banenafspraak") || !v.HasLabel("starter") {
		t.Errorf("stored %+v", v)
	}
	log := audit.NewLog(s.pool)
	if recs, _ := log.List(ctx, audit.Filter{Action: "vacancy.create"}); len(recs) != 3 || !strings.Contains(recs[0].Summary, "goed.csv") {
		t.Errorf("create entries %+v", recs)
	}
	if recs, _ := log.List(ctx, audit.Filter{Action: "vacancy.import"}); len(recs) != 1 || recs[0].ActorEmail != by.Email {
		t.Errorf("import entries %+v", recs)
	}

	// A file with bad rows among good ones: nothing imported, each bad
	// row and field listed with its line.
	bad2 := goodRow("Zonder provincie")
	bad2["province"], bad2["scale_max"] = "Brabant", "9"
	bad4 := goodRow("")
	bad4["hours_min"], bad4["apply_url"], bad4["closing_date"] = "veertig", "", "2020-01-01"
	file := csvFile(t, ',', Columns(), goodRow("Goed"), bad2, goodRow("Ook goed"), bad4)
	_, err = s.Import(ctx, by, file, "fout.csv")
	got := map[string]string{}
	for _, p := range problemsOf(t, err) {
		got[itoa(p.Line)+" "+p.Field] = p.Key + " " + p.Value
	}
	want := map[string]string{
		"3 province":     vacancies.ErrProvince + " brabant",
		"3 scale_max":    vacancies.ErrScaleOrder + " 9",
		"5 title":        vacancies.ErrRequired + " ",
		"5 hours_min":    vacancies.ErrNumber + " veertig",
		"5 closing_date": vacancies.ErrClosingDatePast + " 2020-01-01",
		"5 apply_url":    vacancies.ErrApplyRoute + " ",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("problem at %s = %q, want %q", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("problems %v, want %v", got, want)
	}
	if n := countVacancies(t, s); n != 3 {
		t.Errorf("%d vacancies after a refused file, want still 3", n)
	}

	// What only the database can tell refuses the whole file too: an
	// address another vacancy has, and one asked for twice.
	taken := goodRow("Nieuw")
	taken["slug"] = v.Slug
	twice1, twice2 := goodRow("Een"), goodRow("Twee")
	twice1["slug"], twice2["slug"] = "dubbel", "dubbel"
	_, err = s.Import(ctx, by, csvFile(t, ',', Columns(), twice1, twice2), "dubbel.csv")
	if p := problemsOf(t, err); len(p) != 1 || p[0].Line != 3 || p[0].Key != ErrImportSlugTwice {
		t.Errorf("twice: %+v", p)
	}
	_, err = s.Import(ctx, by, csvFile(t, ',', Columns(), goodRow("Eerst goed"), taken), "bezet.csv")
	if p := problemsOf(t, err); len(p) != 1 || p[0].Line != 3 || p[0].Field != "slug" || p[0].Key != vacancies.ErrSlugTaken {
		t.Errorf("taken: %+v", p)
	}
	if n := countVacancies(t, s); n != 3 {
		t.Errorf("%d vacancies after refused files, want still 3 (the good first row was rolled back)", n)
	}
	// A NUL in a cell (valid UTF-8, but PostgreSQL cannot store it) and an
	// escape sequence are problems at their fields, not a database error.
	nul := goodRow("Met NUL\x00")
	nul["city"] = "Den Haag\x1b[31m"
	_, err = s.Import(ctx, by, csvFile(t, ',', Columns(), nul), "nul.csv")
	if p := problemsOf(t, err); len(p) != 2 || p[0].Key != vacancies.ErrCharacters || p[1].Key != vacancies.ErrCharacters {
		t.Errorf("control characters: %+v", p)
	}
	if recs, _ := log.List(ctx, audit.Filter{Action: "vacancy"}); len(recs) != 4 {
		t.Errorf("%d audit entries, want only the 4 of the good import", len(recs))
	}
}

func TestServiceAuditsEveryChange(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := New(testdb.New(t))
	by := audit.Actor{Email: "editor@podium.example", RemoteAddr: "192.0.2.1"}
	rows, err := ParseCSV(csvFile(t, ',', Columns(), goodRow("Beleidsmedewerker")))
	if err != nil {
		t.Fatal(err)
	}
	in := rows[0].Input
	saved, err := s.Create(ctx, by, in, "")
	if err != nil {
		t.Fatal(err)
	}
	// An unchanged save writes nothing.
	if again, err := s.Update(ctx, by, saved.ID, in); err != nil || again.Changed {
		t.Fatalf("unchanged update: %+v, %v", again, err)
	}
	in.Title = "Senior beleidsmedewerker"
	if _, err := s.Update(ctx, by, saved.ID, in); err != nil {
		t.Fatal(err)
	}
	bad := in
	bad.Province = "atlantis"
	var fe vacancies.FieldErrors
	if _, err := s.Update(ctx, by, saved.ID, bad); !errors.As(err, &fe) || fe["province"] != vacancies.ErrProvince {
		t.Fatalf("bad update: %v", err)
	}
	for _, step := range []vacancies.Status{vacancies.StatusPublished, vacancies.StatusPublished, vacancies.StatusClosed, vacancies.StatusArchived} {
		if _, err := s.SetStatus(ctx, by, saved.ID, step); err != nil {
			t.Fatalf("to %s: %v", step, err)
		}
	}
	if _, err := s.SetStatus(ctx, by, saved.ID, vacancies.StatusClosed); !errors.Is(err, vacancies.ErrTransition) {
		t.Errorf("archived to closed: %v, want ErrTransition", err)
	}
	if _, err := s.Restore(ctx, by, saved.ID, 1); err != nil {
		t.Fatal(err)
	}
	recs, err := audit.NewLog(s.pool).List(ctx, audit.Filter{RecordType: "vacancy", RecordID: recordID(saved.ID)})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for i := len(recs) - 1; i >= 0; i-- {
		actions = append(actions, recs[i].Action)
		if recs[i].ActorEmail != by.Email || recs[i].RemoteAddr != by.RemoteAddr {
			t.Errorf("entry %+v lacks the actor", recs[i])
		}
	}
	want := "vacancy.create vacancy.update vacancy.publish vacancy.close vacancy.archive vacancy.restore"
	if got := strings.Join(actions, " "); got != want {
		t.Errorf("actions %q, want %q", got, want)
	}
	if !strings.Contains(recs[len(recs)-2].Before, `"title"`) || !strings.Contains(recs[len(recs)-2].After, "Senior") {
		t.Errorf("the update entry keeps no before and after: %+v", recs[len(recs)-2])
	}
	v, _ := vacancies.NewStore(s.pool).ByID(ctx, saved.ID)
	if v.Title != "Beleidsmedewerker" || v.Status != vacancies.StatusArchived {
		t.Errorf("after restoring revision 1: %q %s", v.Title, v.Status)
	}
}
