package web

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/vacancies"
)

// vacancySpec describes a vacancy a test needs; zero fields get defaults.
type vacancySpec struct {
	title, slug, unit, city, province, education, employment, key string
	lang                                                          i18n.Lang
	scale, hours, salary                                          vacancies.Range
	noScale                                                       bool
	closingIn                                                     int // days from today; 0 for 30
	labels                                                        []string
	body, adjustments, applyURL, contactEmail                     string
	// status is where the vacancy ends up; published when empty.
	status vacancies.Status
	// publishedAgo moves the publication time back, for the order.
	publishedAgo time.Duration
	// expired moves the closing date of a published vacancy into the past.
	expired bool
}

func (sp vacancySpec) input() vacancies.VacancyInput {
	def := func(v *string, d string) {
		if *v == "" {
			*v = d
		}
	}
	def(&sp.unit, "Directie Arbeidsmarkt")
	def(&sp.city, "Den Haag")
	def(&sp.province, "zuid-holland")
	def(&sp.education, "hbo")
	def(&sp.employment, "permanent")
	def(&sp.body, "## Wat ga je doen?\n\nJe werkt aan beleid voor "+sp.title+".")
	if sp.applyURL == "" && sp.contactEmail == "" {
		sp.applyURL = "https://werken.example.org/" + url.PathEscape(sp.title)
	}
	if sp.lang == "" {
		sp.lang = i18n.NL
	}
	if sp.scale.IsZero() && !sp.noScale {
		sp.scale = vacancies.Range{Min: 10, Max: 11}
	}
	if sp.hours.IsZero() {
		sp.hours = vacancies.Range{Min: 32, Max: 36}
	}
	if sp.closingIn == 0 {
		sp.closingIn = 30
	}
	n := func(v int) string {
		if v == 0 {
			return ""
		}
		return strconv.Itoa(v)
	}
	return vacancies.VacancyInput{
		Lang: sp.lang, Slug: sp.slug, Title: sp.title, OrganisationUnit: sp.unit, City: sp.city,
		Province: sp.province, ScaleMin: n(sp.scale.Min), ScaleMax: n(sp.scale.Max),
		SalaryMin: n(sp.salary.Min), SalaryMax: n(sp.salary.Max),
		HoursMin: n(sp.hours.Min), HoursMax: n(sp.hours.Max), EducationLevel: sp.education,
		EmploymentType: sp.employment, ClosingDate: vacancies.Today().AddDate(0, 0, sp.closingIn).Format(vacancies.DateLayout),
		ApplyURL: sp.applyURL, ContactName: "Sam de Vries", ContactEmail: sp.contactEmail, ContactPhone: "+31 70 123 45 67",
		BodyMarkdown: sp.body, Labels: sp.labels, AdjustmentsNote: sp.adjustments,
	}
}

// addVacancy stores the vacancy of sp and moves it to its status.
func (s *testSite) addVacancy(sp vacancySpec) vacancies.Vacancy {
	s.t.Helper()
	ctx := context.Background()
	st := vacancies.NewStore(s.pool)
	saved, err := st.Create(ctx, sp.input(), 0, sp.key)
	if err != nil {
		s.t.Fatalf("add vacancy %q: %v", sp.title, err)
	}
	if sp.status == "" {
		sp.status = vacancies.StatusPublished
	}
	steps := map[vacancies.Status][]vacancies.Status{
		vacancies.StatusPublished: {vacancies.StatusPublished},
		vacancies.StatusClosed:    {vacancies.StatusPublished, vacancies.StatusClosed},
		vacancies.StatusArchived:  {vacancies.StatusArchived},
	}
	for _, to := range steps[sp.status] {
		if err := st.SetStatus(ctx, saved.ID, to, 0); err != nil {
			s.t.Fatal(err)
		}
	}
	if sp.publishedAgo > 0 {
		s.exec(`UPDATE vacancies SET published_at = now() - make_interval(secs => $2) WHERE id = $1`, saved.ID, sp.publishedAgo.Seconds())
	}
	if sp.expired {
		s.exec(`UPDATE vacancies SET closing_date = current_date - 3 WHERE id = $1`, saved.ID)
	}
	v, err := st.ByID(ctx, saved.ID)
	if err != nil {
		s.t.Fatal(err)
	}
	return v
}

func (s *testSite) exec(sql string, args ...any) {
	s.t.Helper()
	if _, err := s.pool.Exec(context.Background(), sql, args...); err != nil {
		s.t.Fatal(err)
	}
}

// vacancyByID reloads a vacancy.
func (s *testSite) vacancyByID(id int64) vacancies.Vacancy {
	s.t.Helper()
	v, err := vacancies.NewStore(s.pool).ByID(context.Background(), id)
	if err != nil {
		s.t.Fatal(err)
	}
	return v
}

// vacancyCount counts the stored vacancies.
func (s *testSite) vacancyCount() int {
	s.t.Helper()
	var n int
	if err := s.pool.QueryRow(context.Background(), `SELECT count(*) FROM vacancies`).Scan(&n); err != nil {
		s.t.Fatal(err)
	}
	return n
}

// vacancyFormValues is the edit form of in as a browser submits it.
func vacancyFormValues(in vacancies.VacancyInput) url.Values {
	form := url.Values{}
	for k, v := range vacancyForm(in).Values {
		if k != "labels" {
			form.Set(k, v)
		}
	}
	for _, l := range in.Labels {
		form.Add("labels", l)
	}
	return form
}
