package vacancyadmin

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/vacancies"
)

// MaxImportRows is how many vacancies one CSV file may hold.
const MaxImportRows = 1000

// Columns lists the columns of the import file in the template's order:
// the JSON names of vacancies.VacancyInput, which are also the fields of
// its errors. Only the RequiredColumns must be present; the order is free.
func Columns() []string {
	return []string{"lang", "title", "organisation_unit", "city", "province", "scale_min", "scale_max",
		"salary_min", "salary_max", "hours_min", "hours_max", "education_level", "employment_type",
		"closing_date", "apply_url", "contact_name", "contact_email", "contact_phone", "labels",
		"adjustments_note", "slug", "body_markdown"}
}

// RequiredColumns are the columns an import file must have: those of the
// fields every vacancy needs.
func RequiredColumns() []string {
	return []string{"title", "organisation_unit", "city", "province", "hours_min", "hours_max",
		"education_level", "employment_type", "closing_date", "body_markdown"}
}

// Problem is one thing wrong with an import file: a cell, a row or the
// file as a whole.
type Problem struct {
	// Line is the line of the file where the row starts (the header is
	// line 1); 0 for the file as a whole.
	Line int
	// Field is the column, a vacancies.VacancyInput JSON name (or, for an
	// unknown column, the name as written); "" for a whole row or the file.
	Field string
	// Value is the cell as written; "" when the problem is not about a cell.
	Value string
	// Key is the catalogue key of the message: one of vacancies.MessageKeys()
	// or ImportKeys().
	Key string
}

// The message keys of problems with the file rather than a vacancy's
// content; ImportKeys lists them for the catalogue's test.
const (
	ErrImportEmpty         = "vacancy.import.error.empty"          // no header, or no rows under it
	ErrImportEncoding      = "vacancy.import.error.encoding"       // not UTF-8
	ErrImportCSV           = "vacancy.import.error.csv"            // not readable as CSV (a stray quote)
	ErrImportColumnUnknown = "vacancy.import.error.column_unknown" // a header the template does not have
	ErrImportColumnTwice   = "vacancy.import.error.column_twice"   // a header given twice
	ErrImportColumnMissing = "vacancy.import.error.column_missing" // a required column is absent
	ErrImportCells         = "vacancy.import.error.cells"          // a row with more or fewer cells than the header
	ErrImportTooMany       = "vacancy.import.error.too_many"       // more than MaxImportRows rows
	ErrImportSlugTwice     = "vacancy.import.error.slug_twice"     // two rows ask for the same address
)

// ImportKeys lists the message keys of file problems.
func ImportKeys() []string {
	return []string{ErrImportEmpty, ErrImportEncoding, ErrImportCSV, ErrImportColumnUnknown, ErrImportColumnTwice,
		ErrImportColumnMissing, ErrImportCells, ErrImportTooMany, ErrImportSlugTwice}
}

// ImportError is the refusal of an import file with every problem found,
// in file order. Nothing of the file was imported.
type ImportError struct {
	Problems []Problem
}

func (e *ImportError) Error() string {
	return fmt.Sprintf("vacancyadmin: import refused with %d problems", len(e.Problems))
}

// Row is one vacancy of an import file.
type Row struct {
	Line  int
	Input vacancies.VacancyInput
}

// ParseCSV reads an import file: UTF-8 (a byte-order mark is skipped),
// comma- or semicolon-separated (as spreadsheets in Dutch settings save
// it), a header row of Columns() names in any order and case, and one
// vacancy per row; wholly empty rows are skipped. Labels are separated by
// commas, semicolons or bars within their cell; an empty language is
// Dutch. Problems with the file's form are an *ImportError; the rows'
// content is not checked here.
func ParseCSV(data []byte) ([]Row, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if line, ok := invalidUTF8(data); !ok {
		return nil, &ImportError{[]Problem{{Line: line, Key: ErrImportEncoding}}}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = delimiter(data)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, &ImportError{[]Problem{{Key: ErrImportEmpty}}}
	}
	if err != nil {
		return nil, &ImportError{[]Problem{csvProblem(err)}}
	}
	var problems []Problem
	index := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		switch _, twice := index[name]; {
		case !slices.Contains(Columns(), name):
			problems = append(problems, Problem{Line: 1, Field: strings.TrimSpace(h), Key: ErrImportColumnUnknown})
		case twice:
			problems = append(problems, Problem{Line: 1, Field: name, Key: ErrImportColumnTwice})
		default:
			index[name] = i
		}
	}
	for _, c := range RequiredColumns() {
		if _, ok := index[c]; !ok {
			problems = append(problems, Problem{Line: 1, Field: c, Key: ErrImportColumnMissing})
		}
	}
	if len(problems) > 0 {
		return nil, &ImportError{problems}
	}
	var rows []Row
	for {
		record, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			problems = append(problems, csvProblem(err))
			break
		}
		line, _ := cr.FieldPos(0)
		if blank(record) {
			continue
		}
		if len(record) != len(header) {
			problems = append(problems, Problem{Line: line, Key: ErrImportCells})
			continue
		}
		if len(rows) == MaxImportRows {
			problems = append(problems, Problem{Line: line, Key: ErrImportTooMany})
			break
		}
		cell := func(name string) string {
			if i, ok := index[name]; ok {
				return record[i]
			}
			return ""
		}
		in := vacancies.VacancyInput{
			Lang: i18n.Lang(strings.ToLower(strings.TrimSpace(cell("lang")))), Slug: cell("slug"),
			Title: cell("title"), OrganisationUnit: cell("organisation_unit"), City: cell("city"),
			Province: cell("province"), ScaleMin: cell("scale_min"), ScaleMax: cell("scale_max"),
			SalaryMin: cell("salary_min"), SalaryMax: cell("salary_max"), HoursMin: cell("hours_min"),
			HoursMax: cell("hours_max"), EducationLevel: cell("education_level"),
			EmploymentType: cell("employment_type"), ClosingDate: cell("closing_date"),
			ApplyURL: cell("apply_url"), ContactName: cell("contact_name"), ContactEmail: cell("contact_email"),
			ContactPhone: cell("contact_phone"), BodyMarkdown: cell("body_markdown"),
			AdjustmentsNote: cell("adjustments_note"),
			Labels:          strings.FieldsFunc(cell("labels"), func(r rune) bool { return r == ',' || r == ';' || r == '|' }),
		}
		if in.Lang == "" {
			in.Lang = i18n.NL
		}
		rows = append(rows, Row{Line: line, Input: in})
	}
	if len(problems) > 0 {
		return nil, &ImportError{problems}
	}
	if len(rows) == 0 {
		return nil, &ImportError{[]Problem{{Key: ErrImportEmpty}}}
	}
	return rows, nil
}

// invalidUTF8 reports whether data is UTF-8 and, when it is not, the line
// of the first byte that is not, so the editor sees where (an "é" saved by
// a spreadsheet as Windows-1252, say). A file in UTF-16 (a spreadsheet's
// "Unicode text") is refused at line 0: all of it is unreadable.
func invalidUTF8(data []byte) (int, bool) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return 0, false
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return 1 + bytes.Count(data[:i], []byte("\n")), false
		}
		i += size
	}
	return 0, true
}

// delimiter guesses the field separator from the header line: a semicolon
// when it has more of those than commas.
func delimiter(data []byte) rune {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		return ';'
	}
	return ','
}

func csvProblem(err error) Problem {
	p := Problem{Key: ErrImportCSV}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		p.Line = pe.StartLine
	}
	return p
}

func blank(record []string) bool {
	for _, c := range record {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// cellValue returns the cell of in that field reads, for showing beside
// its problem.
func cellValue(in vacancies.VacancyInput, field string) string {
	switch field {
	case "lang":
		return string(in.Lang)
	case "slug":
		return in.Slug
	case "title":
		return in.Title
	case "organisation_unit":
		return in.OrganisationUnit
	case "city":
		return in.City
	case "province":
		return in.Province
	case "scale_min":
		return in.ScaleMin
	case "scale_max":
		return in.ScaleMax
	case "salary_min":
		return in.SalaryMin
	case "salary_max":
		return in.SalaryMax
	case "hours_min":
		return in.HoursMin
	case "hours_max":
		return in.HoursMax
	case "education_level":
		return in.EducationLevel
	case "employment_type":
		return in.EmploymentType
	case "closing_date":
		return in.ClosingDate
	case "apply_url":
		return in.ApplyURL
	case "contact_name":
		return in.ContactName
	case "contact_email":
		return in.ContactEmail
	case "contact_phone":
		return in.ContactPhone
	case "labels":
		return strings.Join(in.Labels, ", ")
	}
	return "" // the long texts are not repeated
}

// fieldProblems turns a row's field errors into problems, in the order of
// Columns().
func fieldProblems(line int, in vacancies.VacancyInput, fe vacancies.FieldErrors) []Problem {
	var out []Problem
	for _, c := range Columns() {
		if key, ok := fe[c]; ok {
			out = append(out, Problem{Line: line, Field: c, Value: cellValue(in, c), Key: key})
		}
	}
	for field, key := range fe {
		if !slices.Contains(Columns(), field) {
			out = append(out, Problem{Line: line, Field: field, Key: key})
		}
	}
	return out
}

// Import stores every vacancy of a CSV file (see ParseCSV) as a draft by
// the editor by, all in one transaction with an audit entry per vacancy
// and one for the import, and returns their ids in file order. Every row is
// checked first (vacancies.VacancyInput.Validate, and no address asked for
// twice); when any row has a problem, or the database refuses one (an
// address already taken), nothing is imported and the error is an
// *ImportError listing every problem found.
func (s *Service) Import(ctx context.Context, by audit.Actor, data []byte, fileName string) ([]int64, error) {
	rows, err := ParseCSV(data)
	if err != nil {
		return nil, err
	}
	var problems []Problem
	today := vacancies.Today()
	slugs := map[string]int{} // lang/slug → line
	for i := range rows {
		row := &rows[i]
		if fe := row.Input.Validate(today); fe != nil {
			problems = append(problems, fieldProblems(row.Line, row.Input, fe)...)
			continue
		}
		if row.Input.Slug != "" {
			key := string(row.Input.Lang) + "/" + row.Input.Slug
			if _, twice := slugs[key]; twice {
				problems = append(problems, Problem{Line: row.Line, Field: "slug", Value: row.Input.Slug, Key: ErrImportSlugTwice})
			}
			slugs[key] = row.Line
		}
	}
	if len(problems) > 0 {
		return nil, &ImportError{problems}
	}
	ids := make([]int64, 0, len(rows))
	err = s.inTx(ctx, func(t tx) error {
		for _, row := range rows {
			saved, err := t.store.Create(ctx, row.Input, by.ID, "")
			var fe vacancies.FieldErrors
			if errors.As(err, &fe) {
				// The row's own savepoint is undone; go on to find the
				// other rows' problems, and refuse the file at the end.
				problems = append(problems, fieldProblems(row.Line, row.Input, fe)...)
				continue
			}
			if err != nil {
				return err
			}
			ids = append(ids, saved.ID)
			if err := t.log.Write(ctx, by, audit.Entry{Action: "vacancy.create", RecordType: "vacancy",
				RecordID: recordID(saved.ID), After: saved.After,
				Summary: fmt.Sprintf("imported vacancy %q (%s) as a draft from line %d of %s", saved.After.Title, saved.After.Lang, row.Line, fileName),
			}); err != nil {
				return err
			}
		}
		if len(problems) > 0 {
			return &ImportError{problems}
		}
		return t.log.Write(ctx, by, audit.Entry{Action: "vacancy.import", RecordType: "vacancy",
			Summary: fmt.Sprintf("imported %d vacancies as drafts from %s", len(ids), fileName),
			After:   map[string]any{"file": fileName, "ids": ids}})
	})
	var ie *ImportError
	if errors.As(err, &ie) {
		return nil, ie
	}
	if err != nil {
		return nil, fmt.Errorf("vacancyadmin.Import: %w", err)
	}
	return ids, nil
}

// WriteTemplate writes the import template: the header with every column
// and one example vacancy closing four weeks after today, to overwrite.
func WriteTemplate(w io.Writer, today time.Time) error {
	example := map[string]string{
		"lang":              "nl",
		"title":             "Beleidsmedewerker arbeidsmarkt",
		"organisation_unit": "Directie Arbeidsmarkt",
		"city":              "Den Haag",
		"province":          "zuid-holland",
		"scale_min":         "10",
		"scale_max":         "11",
		"salary_min":        "3500",
		"salary_max":        "5500",
		"hours_min":         "32",
		"hours_max":         "36",
		"education_level":   "hbo",
		"employment_type":   "temporary_to_permanent",
		"closing_date":      today.AddDate(0, 0, 28).Format(vacancies.DateLayout),
		"apply_url":         "https://werken.example.org/vacature/123",
		"contact_name":      "Sam de Vries",
		"contact_email":     "sam.devries@example.org",
		"contact_phone":     "+31 70 123 45 67",
		"labels":            "banenafspraak;starter",
		"adjustments_note":  "Heb je een aanpassing nodig in de selectie? Laat het ons weten.",
		"slug":              "",
		"body_markdown":     "## Wat ga je doen?\n\nJe werkt aan beleid dat mensen aan werk helpt.",
	}
	cw := csv.NewWriter(w)
	row := make([]string, len(Columns()))
	for i, c := range Columns() {
		row[i] = example[c]
	}
	if err := cw.WriteAll([][]string{Columns(), row}); err != nil {
		return fmt.Errorf("vacancyadmin.WriteTemplate: %w", err)
	}
	return nil
}
