package vacancies

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
)

// validInput returns input that passes validation, closing in 30 days.
func validInput() VacancyInput {
	return VacancyInput{
		Lang:             i18n.NL,
		Title:            "Beleidsadviseur klimaat",
		OrganisationUnit: "Ministerie van Economische Zaken en Klimaat",
		City:             "Den Haag",
		Province:         "zuid-holland",
		ScaleMin:         "10",
		ScaleMax:         "11",
		SalaryMin:        "3.500",
		SalaryMax:        "5200",
		HoursMin:         "32",
		HoursMax:         "36",
		EducationLevel:   "wo",
		EmploymentType:   "permanent",
		ClosingDate:      Today().AddDate(0, 0, 30).Format(DateLayout),
		ApplyURL:         "https://werken.example.nl/vacature/1",
		ContactName:      "Sam de Vries",
		ContactEmail:     "sam@example.nl",
		ContactPhone:     "+31 70 123 45 67",
		BodyMarkdown:     "Je werkt aan het **klimaatbeleid**.",
		Labels:           []string{"banenafspraak"},
		AdjustmentsNote:  "Een gesprek met een tolk gebarentaal is mogelijk.",
	}
}

func TestValidateAcceptsValidInput(t *testing.T) {
	in := validInput()
	if fe := in.Validate(Today()); fe != nil {
		t.Fatalf("valid input refused: %v", fe)
	}
	intern := validInput()
	intern.EmploymentType, intern.ScaleMin, intern.ScaleMax, intern.SalaryMin, intern.SalaryMax = "internship", "", "", "", ""
	if fe := intern.Validate(Today()); fe != nil {
		t.Fatalf("internship without scale or salary refused: %v", fe)
	}
	noURL := validInput()
	noURL.ApplyURL = ""
	if fe := noURL.Validate(Today()); fe != nil {
		t.Fatalf("contact e-mail without apply URL refused: %v", fe)
	}
}

func TestValidateFieldErrors(t *testing.T) {
	yesterday := Today().AddDate(0, 0, -1).Format(DateLayout)
	cases := []struct {
		name  string
		edit  func(*VacancyInput)
		today time.Time
		field string
		key   string
	}{
		{"unknown language", func(in *VacancyInput) { in.Lang = "de" }, Today(), "lang", ErrLang},
		{"slug format", func(in *VacancyInput) { in.Slug = "Beleids adviseur!" }, Today(), "slug", ErrSlug},
		{"slug too long", func(in *VacancyInput) { in.Slug = strings.Repeat("a", 121) }, Today(), "slug", ErrTooLong},
		{"title missing", func(in *VacancyInput) { in.Title = "  " }, Today(), "title", ErrRequired},
		{"NUL in the title", func(in *VacancyInput) { in.Title = "Jurist\x00" }, Today(), "title", ErrCharacters},
		{"invalid UTF-8 in the body", func(in *VacancyInput) { in.BodyMarkdown = "Tekst \xff" }, Today(), "body_markdown", ErrCharacters},
		{"title too long", func(in *VacancyInput) { in.Title = strings.Repeat("é", 201) }, Today(), "title", ErrTooLong},
		{"organisation unit missing", func(in *VacancyInput) { in.OrganisationUnit = "" }, Today(), "organisation_unit", ErrRequired},
		{"city missing", func(in *VacancyInput) { in.City = "" }, Today(), "city", ErrRequired},
		{"province missing", func(in *VacancyInput) { in.Province = "" }, Today(), "province", ErrRequired},
		{"province unknown", func(in *VacancyInput) { in.Province = "brabant" }, Today(), "province", ErrProvince},
		{"scale not a number", func(in *VacancyInput) { in.ScaleMin = "tien" }, Today(), "scale_min", ErrNumber},
		{"scale below 1", func(in *VacancyInput) { in.ScaleMin = "0" }, Today(), "scale_min", ErrScale},
		{"scale above 18", func(in *VacancyInput) { in.ScaleMax = "19" }, Today(), "scale_max", ErrScale},
		{"scales reversed", func(in *VacancyInput) { in.ScaleMin, in.ScaleMax = "12", "10" }, Today(), "scale_max", ErrScaleOrder},
		{"scale missing", func(in *VacancyInput) { in.ScaleMin, in.ScaleMax = "", "" }, Today(), "scale_min", ErrScaleRequired},
		{"scale half", func(in *VacancyInput) { in.ScaleMax = "" }, Today(), "scale_max", ErrRequired},
		{"salary zero", func(in *VacancyInput) { in.SalaryMin = "0" }, Today(), "salary_min", ErrSalary},
		{"salary not a number", func(in *VacancyInput) { in.SalaryMax = "veel" }, Today(), "salary_max", ErrNumber},
		{"salaries reversed", func(in *VacancyInput) { in.SalaryMin, in.SalaryMax = "6000", "5000" }, Today(), "salary_max", ErrSalaryOrder},
		{"salary half", func(in *VacancyInput) { in.SalaryMin = "" }, Today(), "salary_min", ErrSalaryPair},
		{"hours missing", func(in *VacancyInput) { in.HoursMin = "" }, Today(), "hours_min", ErrRequired},
		{"hours above 40", func(in *VacancyInput) { in.HoursMax = "41" }, Today(), "hours_max", ErrHours},
		{"hours reversed", func(in *VacancyInput) { in.HoursMin, in.HoursMax = "36", "32" }, Today(), "hours_max", ErrHoursOrder},
		{"education unknown", func(in *VacancyInput) { in.EducationLevel = "phd" }, Today(), "education_level", ErrEducationLevel},
		{"education missing", func(in *VacancyInput) { in.EducationLevel = "" }, Today(), "education_level", ErrRequired},
		{"employment unknown", func(in *VacancyInput) { in.EmploymentType = "freelance" }, Today(), "employment_type", ErrEmploymentType},
		{"closing date unreadable", func(in *VacancyInput) { in.ClosingDate = "31-12-2026" }, Today(), "closing_date", ErrDate},
		{"closing date missing", func(in *VacancyInput) { in.ClosingDate = "" }, Today(), "closing_date", ErrRequired},
		{"closing date passed", func(in *VacancyInput) { in.ClosingDate = yesterday }, Today(), "closing_date", ErrClosingDatePast},
		{"apply URL not http", func(in *VacancyInput) { in.ApplyURL = "ftp://werken.example.nl/1" }, Today(), "apply_url", ErrURL},
		{"apply URL relative", func(in *VacancyInput) { in.ApplyURL = "werken.example.nl/1" }, Today(), "apply_url", ErrURL},
		{"no way to apply", func(in *VacancyInput) { in.ApplyURL, in.ContactEmail = "", "" }, Today(), "apply_url", ErrApplyRoute},
		{"contact e-mail", func(in *VacancyInput) { in.ContactEmail = "sam@" }, Today(), "contact_email", ErrEmail},
		{"contact phone", func(in *VacancyInput) { in.ContactPhone = "bel me maar" }, Today(), "contact_phone", ErrPhone},
		{"contact name too long", func(in *VacancyInput) { in.ContactName = strings.Repeat("x", 201) }, Today(), "contact_name", ErrTooLong},
		{"body missing", func(in *VacancyInput) { in.BodyMarkdown = "\r\n " }, Today(), "body_markdown", ErrRequired},
		{"adjustments note too long", func(in *VacancyInput) { in.AdjustmentsNote = strings.Repeat("x", 5001) }, Today(), "adjustments_note", ErrTooLong},
		{"label unknown", func(in *VacancyInput) { in.Labels = []string{"banenafspraak", "vip"} }, Today(), "labels", ErrLabel},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := validInput()
			c.edit(&in)
			fe := in.Validate(c.today)
			if got := fe[c.field]; got != c.key {
				t.Errorf("%s: got %q, want %q (all: %v)", c.field, got, c.key, fe)
			}
			if len(fe) != 1 {
				t.Errorf("want exactly one error, got %v", fe)
			}
			if !slices.Contains(MessageKeys(), c.key) {
				t.Errorf("%s is missing from MessageKeys", c.key)
			}
		})
	}
}

func TestValidatePastClosingDateWithoutToday(t *testing.T) {
	in := validInput()
	in.ClosingDate = "2020-01-31"
	if fe := in.Validate(time.Time{}); fe != nil {
		t.Fatalf("a zero today must skip the past-date check: %v", fe)
	}
}

func TestValidateNormalizes(t *testing.T) {
	in := validInput()
	in.Title = "  Beleidsadviseur \t klimaat "
	in.Province = "Zuid-Holland"
	in.Slug = "Beleidsadviseur-Klimaat"
	in.Labels = []string{" Starter", "banenafspraak", "starter", ""}
	in.SalaryMin = "€ 3.500"
	in.BodyMarkdown = "regel\r\nregel\r\n"
	if fe := in.Validate(Today()); fe != nil {
		t.Fatal(fe)
	}
	if in.Title != "Beleidsadviseur klimaat" || in.Province != "zuid-holland" || in.Slug != "beleidsadviseur-klimaat" ||
		!slices.Equal(in.Labels, []string{"banenafspraak", "starter"}) || in.BodyMarkdown != "regel\nregel" {
		t.Fatalf("not normalised: %+v", in)
	}
	f, _ := in.check(Today())
	if f.salary != (Range{3500, 5200}) || f.scale != (Range{10, 11}) || f.hours != (Range{32, 36}) {
		t.Fatalf("ranges read as %v %v %v", f.salary, f.scale, f.hours)
	}
	other := in
	other.Title = "Beleidsadviseur   klimaat"
	other.Labels = []string{"starter", "banenafspraak"}
	if !in.Equal(other) {
		t.Error("inputs differing only in spacing and label order should be equal")
	}
	other.City = "Utrecht"
	if in.Equal(other) {
		t.Error("inputs with another city should differ")
	}
}

func TestMessageKeysAreDistinct(t *testing.T) {
	keys := MessageKeys()
	for _, k := range keys {
		if !strings.HasPrefix(k, "vacancy.error.") {
			t.Errorf("%s: want the vacancy.error. prefix", k)
		}
	}
	if len(slices.Compact(slices.Sorted(slices.Values(keys)))) != len(keys) {
		t.Error("MessageKeys has duplicates")
	}
}

func TestRange(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Range
		ok   bool
	}{{"9-11", Range{9, 11}, true}, {"9", Range{9, 9}, true}, {" 1 - 5 ", Range{1, 5}, true},
		{"11-9", Range{}, false}, {"a-b", Range{}, false}, {"", Range{}, false}} {
		got, err := ParseRange(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseRange(%q) = %v, %v", c.in, got, err)
		}
		if c.ok {
			if back, _ := ParseRange(got.String()); back != got {
				t.Errorf("%v does not survive String/ParseRange", got)
			}
		}
	}
	if !(Range{9, 11}).Overlaps(Range{11, 12}) || (Range{9, 10}).Overlaps(Range{11, 12}) {
		t.Error("Overlaps is wrong at the edges")
	}
}
