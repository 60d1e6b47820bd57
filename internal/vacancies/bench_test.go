package vacancies

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/testdb"
)

// fillSQL inserts the vacancies with numbers $1 to $2: 80 % Dutch, 20 %
// English; a share $3 of them open (published, closing in the next 90
// days), most of the rest closed over the past three years, a few drafts
// and archived ones. Titles combine a role and a policy area, bodies open
// with a sentence on the role and go on with 12–20 sentences from a pool,
// about 1 200 characters. The session's random() must be seeded first.
const fillSQL = `
WITH pool AS (
  SELECT
    ARRAY['Beleidsadviseur','Senior beleidsmedewerker','Jurist','Projectleider','Data-analist',
      'Informatiemanager','Financieel adviseur','Communicatieadviseur','HR-adviseur','Inspecteur',
      'Rechercheur','Officier van justitie','Parketsecretaris','Softwareontwikkelaar','Securityspecialist',
      'Controller','Managementondersteuner','Teamleider','Programmamanager','Wijkagent','Toezichthouder',
      'Vergunningverlener','Medewerker klantcontact','Griffier','Archivaris','Trainee','Stagiair',
      'Bestuurssecretaris','Bedrijfsjurist','Strategisch adviseur','Privacy officer','Scrum master',
      'Gegevensbeheerder','Forensisch onderzoeker','Casemanager','Inkoopadviseur','Woordvoerder',
      'Architect','Procesregisseur','Accountant'] AS nl_roles,
    ARRAY['arbeidsmarkt','klimaat en energie','wonen','digitale overheid','zorg','onderwijs','migratie',
      'veiligheid','waterbeheer','stikstof','cybersecurity','sociale zekerheid','belastingen','mobiliteit',
      'criminaliteitsbestrijding','jeugd','financiën','internationale samenwerking','ruimtelijke ordening',
      'openbare orde','horecavergunningen','inclusie en diversiteit'] AS nl_domains,
    ARRAY['Policy adviser','Senior policy officer','Legal counsel','Project manager','Data analyst',
      'Information manager','Financial adviser','Communications adviser','HR adviser','Inspector',
      'Detective','Public prosecutor','Software developer','Security specialist','Controller',
      'Team lead','Programme manager','Trainee','Intern','Privacy officer','Architect','Case manager'] AS en_roles,
    ARRAY['labour market','climate and energy','housing','digital government','healthcare','education',
      'migration','security','water management','cybersecurity','social security','taxation','mobility',
      'organised crime','youth','finance','international cooperation'] AS en_domains,
    ARRAY['Ministerie van Financiën','Belastingdienst','Politie Eenheid Amsterdam','Politie Eenheid Rotterdam',
      'Politie Eenheid Oost-Nederland','Politie Landelijke Eenheid','Openbaar Ministerie','Parket Den Haag',
      'Rijkswaterstaat','Dienst Justitiële Inrichtingen','Ministerie van Justitie en Veiligheid',
      'Ministerie van Binnenlandse Zaken','Ministerie van Economische Zaken en Klimaat',
      'Ministerie van Sociale Zaken en Werkgelegenheid','Ministerie van Onderwijs, Cultuur en Wetenschap',
      'Ministerie van Volksgezondheid, Welzijn en Sport','Immigratie- en Naturalisatiedienst','Kadaster',
      'Centraal Bureau voor de Statistiek','Dienst Uitvoering Onderwijs','UWV','Gemeente Utrecht',
      'Gemeente Amsterdam','Gemeente Groningen','Gemeente Eindhoven','Provincie Gelderland',
      'Nederlandse Voedsel- en Warenautoriteit','Inspectie Gezondheidszorg en Jeugd','Logius',
      'Rijksvastgoedbedrijf','Autoriteit Persoonsgegevens','Defensie Materieel Organisatie'] AS units,
    ARRAY['Den Haag|zuid-holland','Den Haag|zuid-holland','Den Haag|zuid-holland','Rotterdam|zuid-holland',
      'Leiden|zuid-holland','Amsterdam|noord-holland','Amsterdam|noord-holland','Haarlem|noord-holland',
      'Utrecht|utrecht','Utrecht|utrecht','Amersfoort|utrecht','Arnhem|gelderland','Nijmegen|gelderland',
      'Apeldoorn|gelderland','Zwolle|overijssel','Enschede|overijssel','Groningen|groningen',
      'Leeuwarden|friesland','Assen|drenthe','Lelystad|flevoland','Almere|flevoland','Middelburg|zeeland',
      'Den Bosch|noord-brabant','Eindhoven|noord-brabant','Tilburg|noord-brabant','Maastricht|limburg',
      'Heerlen|limburg','Roermond|limburg'] AS places,
    ARRAY['Je schrijft notities en adviezen en bereidt overleggen met het parlement voor.',
      'Je werkt samen met collega''s van andere ministeries, gemeenten en maatschappelijke organisaties.',
      'Wij zoeken een collega die analytisch sterk is en goed kan schakelen tussen belangen.',
      'Je hebt een afgeronde opleiding, bijvoorbeeld bestuurskunde, rechten of economie.',
      'Ervaring met financiële verantwoording en begrotingsprocessen is een pré.',
      'Je krijgt de ruimte om je verder te ontwikkelen met opleidingen en coaching.',
      'Wij bieden een individueel keuzebudget, een goede pensioenregeling en flexibele werktijden.',
      'Thuiswerken is mogelijk in overleg met je leidinggevende.',
      'Ons team bestaat uit betrokken collega''s met verschillende achtergronden.',
      'Wij vinden een inclusieve werkomgeving belangrijk en moedigen iedereen aan om te solliciteren.',
      'Heb je een functiebeperking? Dan bespreken we graag welke aanpassingen je nodig hebt in de selectie.',
      'De selectiegesprekken vinden plaats in de tweede week na de sluitingsdatum.',
      'Een veiligheidsonderzoek maakt deel uit van de selectieprocedure.',
      'Je onderhoudt contacten met ketenpartners zoals de politie, het Openbaar Ministerie en de rechtspraak.',
      'Je vertaalt gegevens naar heldere rapportages en dashboards.',
      'Je ziet toe op de naleving van wet- en regelgeving.',
      'Je begeleidt opdrachten van idee tot oplevering en bewaakt planning en budget.',
      'Je werkt aan de digitale dienstverlening aan burgers en bedrijven.',
      'Je denkt mee over privacy, informatiebeveiliging en de Algemene verordening gegevensbescherming.',
      'In deze rol ben je het aanspreekpunt voor leidinggevenden bij vragen over personeelsbeleid.',
      'Je draagt bij aan een veilige samenleving waarin iedereen mee kan doen.',
      'De werkzaamheden vinden plaats op kantoor en op locatie in de regio.',
      'Je kent de politiek-bestuurlijke omgeving.',
      'Je bent communicatief vaardig en kunt complexe onderwerpen eenvoudig uitleggen.',
      'Wij werken met moderne methoden zoals scrum en kanban.',
      'Een café-avond met het team hoort bij de kennismaking.',
      'Je bent nieuwsgierig, resultaatgericht en houdt van samenwerken.',
      'Ook kandidaten die via de banenafspraak werk zoeken nodigen wij van harte uit.',
      'De functie is ingeschaald volgens de salarisschalen van het Rijk.',
      'Je standplaats is ons kantoor, dat goed bereikbaar is met het openbaar vervoer.'] AS nl_sentences,
    ARRAY['You write briefings and prepare meetings with parliament.',
      'You work with colleagues from other ministries, municipalities and civil society.',
      'We are looking for a colleague with strong analytical skills.',
      'You hold a degree in public administration, law, economics or a related field.',
      'Experience with financial accountability and budgeting processes is an advantage.',
      'You get room to grow through training and coaching.',
      'We offer an individual choice budget, a good pension scheme and flexible working hours.',
      'Working from home is possible in consultation with your manager.',
      'Our team consists of committed colleagues with diverse backgrounds.',
      'We value an inclusive workplace and encourage everyone to apply.',
      'Do you have a disability? We gladly discuss the adjustments you need during selection.',
      'Interviews take place in the second week after the closing date.',
      'A security screening is part of the selection procedure.',
      'You translate data into clear reports and dashboards.',
      'You see to compliance with laws and regulations.',
      'You guide assignments from idea to delivery and monitor planning and budget.',
      'You work on digital services for citizens and businesses.',
      'You think along about privacy, information security and data protection.',
      'You contribute to a safe society in which everyone can take part.',
      'Our office is easy to reach by public transport.'] AS en_sentences
),
g AS (
  SELECT i, CASE WHEN random() < 0.8 THEN 'nl' ELSE 'en' END AS lang,
    random() AS rs, random() AS rt, random() AS re, random() AS rsc, random() AS rh, random() AS rl,
    random() AS rr, random() AS rd, random() AS ru, random() AS rp
  FROM generate_series($1::int, $2::int) i
),
r AS (
  SELECT g.*, pool.*,
    CASE WHEN lang = 'nl' THEN nl_roles[1 + floor(rr * array_length(nl_roles, 1))::int]
         ELSE en_roles[1 + floor(rr * array_length(en_roles, 1))::int] END AS role,
    CASE WHEN lang = 'nl' THEN nl_domains[1 + floor(rd * array_length(nl_domains, 1))::int]
         ELSE en_domains[1 + floor(rd * array_length(en_domains, 1))::int] END AS domain,
    units[1 + floor(ru * array_length(units, 1))::int] AS unit,
    places[1 + floor(rp * array_length(places, 1))::int] AS place,
    CASE WHEN rt < 0.40 THEN 'permanent' WHEN rt < 0.65 THEN 'temporary_to_permanent'
         WHEN rt < 0.85 THEN 'temporary' WHEN rt < 0.90 THEN 'traineeship'
         WHEN rt < 0.95 THEN 'internship' ELSE 'secondment' END AS etype,
    4 + floor(rsc * 11)::int AS smin,
    (ARRAY[16, 24, 28, 32, 32, 36, 36, 36])[1 + floor(rh * 8)::int] AS hmin,
    -- open: closing in the coming 90 days; otherwise closed 1 to 1 000 days ago
    CASE WHEN rs < $3::float8 THEN current_date + 1 + floor(random() * 90)::int
         ELSE current_date - 1 - floor(random() * 1000)::int END AS closing
  FROM g CROSS JOIN pool
)
INSERT INTO vacancies (lang, slug, title, organisation_unit, city, province, salary_scale_min,
  salary_scale_max, salary_min, salary_max, hours_min, hours_max, education_level, employment_type,
  closing_date, apply_url, contact_name, contact_email, body_markdown, labels, status, published_at,
  created_at, updated_at)
SELECT lang, 'vacature-' || i, role || ' ' || domain, unit,
  split_part(place, '|', 1), split_part(place, '|', 2),
  CASE WHEN etype = 'internship' THEN NULL ELSE smin END,
  CASE WHEN etype = 'internship' THEN NULL ELSE least(18, smin + floor(random() * 3)::int) END,
  CASE WHEN etype = 'internship' THEN NULL ELSE 1500 + smin * 320 END,
  CASE WHEN etype = 'internship' THEN NULL ELSE 2400 + least(18, smin + 2) * 420 END,
  hmin, least(40, hmin + (ARRAY[0, 4, 4, 8])[1 + floor(random() * 4)::int]),
  CASE WHEN re < 0.25 THEN 'mbo' WHEN re < 0.70 THEN 'hbo' ELSE 'wo' END,
  etype, closing,
  'https://werken.example.nl/vacature/' || i, 'Sam de Vries', 'werving@example.nl',
  CASE WHEN lang = 'nl' THEN 'Als ' || lower(role) || ' bij ' || unit || ' werk je aan ' || domain || '. '
       ELSE 'As ' || lower(role) || ' at ' || unit || ' you work on ' || domain || '. ' END ||
  -- k ties the aggregate to this subquery, so each row gets its own sentences.
  (SELECT string_agg(CASE WHEN lang = 'nl'
       THEN nl_sentences[k * 0 + 1 + floor(random() * array_length(nl_sentences, 1))::int]
       ELSE en_sentences[k * 0 + 1 + floor(random() * array_length(en_sentences, 1))::int] END, ' ')
   FROM generate_series(1, 12 + i % 9) k),
  CASE WHEN rl < 0.08 THEN ARRAY['banenafspraak'] WHEN rl < 0.12 THEN ARRAY['starter']
       WHEN rl < 0.14 THEN ARRAY['banenafspraak', 'starter'] ELSE '{}' END,
  CASE WHEN closing >= current_date THEN 'published'
       WHEN rs > 0.97 THEN 'archived' WHEN rs > 0.95 THEN 'draft'
       WHEN rs > 0.90 THEN 'published' ELSE 'closed' END,
  CASE WHEN closing >= current_date THEN now() - random() * interval '60 days'
       WHEN rs <= 0.95 THEN closing - (20 + floor(random() * 40)::int) * interval '1 day' END,
  now() - interval '3 years', now() - interval '1 day'
FROM r`

// fillVacancies inserts n generated vacancies (see fillSQL) of which a
// share open is open, the way a bulk load would: the secondary indexes
// are dropped first and built again afterwards, the rows are written by
// two connections at once (the trigger of migration 00012 copies the
// published ones to vacancy_search), and VACUUM ANALYZE of both tables
// leaves fresh statistics and a visibility map for index-only scans.
func fillVacancies(tb testing.TB, pool *pgxpool.Pool, n int, open float64) {
	tb.Helper()
	ctx := context.Background()
	rows, err := pool.Query(ctx, `
		SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
		FROM pg_index i
		WHERE i.indrelid = 'vacancies'::regclass
		  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`)
	if err != nil {
		tb.Fatal(err)
	}
	var names, defs []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			tb.Fatal(err)
		}
		names, defs = append(names, name), append(defs, def)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	for _, name := range names {
		if _, err := pool.Exec(ctx, `DROP INDEX `+name); err != nil {
			tb.Fatal(err)
		}
	}
	const workers = 2
	parallel(tb, workers, func(w int) error {
		conn, err := pool.Acquire(ctx)
		if err != nil {
			return err
		}
		defer conn.Release()
		if _, err := conn.Exec(ctx, `SELECT setseed($1)`, float64(w+1)/10); err != nil {
			return err
		}
		_, err = conn.Exec(ctx, fillSQL, w*n/workers+1, (w+1)*n/workers, open)
		return err
	})
	parallel(tb, len(defs), func(i int) error {
		_, err := pool.Exec(ctx, defs[i])
		return err
	})
	if _, err := pool.Exec(ctx, `VACUUM ANALYZE vacancies, vacancy_search`); err != nil {
		tb.Fatal(err)
	}
}

// parallel runs fn(0) … fn(n-1) at once and fails tb on the first error.
func parallel(tb testing.TB, n int, fn func(i int) error) {
	tb.Helper()
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { errs[i] = fn(i) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkSearch measures typical public searches on 100 000 vacancies,
// each including the total and all facet counts, and reports the median
// and 99th-percentile latency per scenario. Run it with
//
//	go test -run '^$' -bench Search -benchtime=200x ./internal/vacancies/
//
// PODIUM_BENCH_OPEN sets the share of open vacancies (default 0.4; the
// rest are closed, drafts or archived, as in a portal with some years of
// history).
func BenchmarkSearch(b *testing.B) {
	open := 0.4
	if s := os.Getenv("PODIUM_BENCH_OPEN"); s != "" {
		var err error
		if open, err = strconv.ParseFloat(s, 64); err != nil || open <= 0 || open > 1 {
			b.Fatalf("PODIUM_BENCH_OPEN=%q: want a share in (0, 1]", s)
		}
	}
	pool := testdb.New(b)
	start := time.Now()
	fillVacancies(b, pool, 100_000, open)
	st := NewStore(pool)
	ctx := context.Background()
	var openNL int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM open_vacancies WHERE lang = 'nl'`).Scan(&openNL); err != nil {
		b.Fatal(err)
	}
	b.Logf("filled 100000 vacancies (%d open in Dutch) in %v", openNL, time.Since(start).Round(time.Second))

	// What candidates type: roles, a role with an area, a phrase.
	texts := []string{"beleidsadviseur", "jurist", "data-analist", "projectleider digitale overheid",
		"toezichthouder", "financieel adviseur", `"privacy officer"`, "rechercheur"}
	// Words from the boilerplate that some 40 % of all vacancies share: the
	// worst case for the text search, which must read every match.
	common := []string{"thuiswerken", "informatiebeveiliging", "pensioenregeling"}
	provinces := Provinces()
	// Each scenario cycles through variants, so it is not one cached plan
	// and one set of hot pages.
	scenarios := []struct {
		name  string
		query func(i int) Query
		// deep walks this many pages first (untimed) and then measures the
		// next page.
		deep int
	}{
		{"text+2filters", func(i int) Query {
			return Query{Lang: i18n.NL, Text: texts[i%len(texts)],
				Provinces:       []string{provinces[i%len(provinces)], "zuid-holland"},
				EducationLevels: []string{EducationLevels()[i%3]}}
		}, 0},
		{"filters-only", func(i int) Query {
			return Query{Lang: i18n.NL, Provinces: []string{provinces[i%len(provinces)]},
				EducationLevels: []string{"hbo", "wo"}, Scales: []Range{ScaleBuckets()[i%6]}}
		}, 0},
		{"relevance-text", func(i int) Query {
			return Query{Lang: i18n.NL, Text: texts[i%len(texts)]}
		}, 0},
		{"common-word", func(i int) Query {
			return Query{Lang: i18n.NL, Text: common[i%len(common)]}
		}, 0},
		{"common-word+2filters", func(i int) Query {
			return Query{Lang: i18n.NL, Text: common[i%len(common)],
				Provinces: []string{provinces[i%len(provinces)]}, EmploymentTypes: []string{"permanent"}}
		}, 0},
		{"no-filters", func(i int) Query {
			return Query{Lang: []i18n.Lang{i18n.NL, i18n.EN}[i%2]}
		}, 0},
		{"deep-page-200-newest", func(i int) Query {
			return Query{Lang: i18n.NL}
		}, 199},
		{"deep-page-200-closing+filter", func(i int) Query {
			return Query{Lang: i18n.NL, Sort: SortClosing, EducationLevels: []string{"hbo", "wo"}}
		}, 199},
		{"deep-page-50-relevance", func(i int) Query {
			return Query{Lang: i18n.NL, Text: "adviseur"}
		}, 49},
	}
	for _, sc := range scenarios {
		b.Run(sc.name, func(b *testing.B) {
			// Deep scenarios measure the page after sc.deep pages, or the
			// last page when there are fewer.
			var deepCursor *Cursor
			page := 1
			if sc.deep > 0 {
				q := sc.query(0)
				for range sc.deep {
					res, err := st.Search(ctx, q)
					if err != nil {
						b.Fatal(err)
					}
					if res.Next == nil {
						break
					}
					q.Cursor, page = res.Next, page+1
				}
				deepCursor = q.Cursor
			}
			durations := make([]time.Duration, 0, b.N)
			found := 0
			b.ResetTimer()
			for i := range b.N {
				q := sc.query(i)
				q.Cursor = deepCursor
				t0 := time.Now()
				res, err := st.Search(ctx, q)
				durations = append(durations, time.Since(t0))
				if err != nil {
					b.Fatal(err)
				}
				found += res.Total
			}
			b.StopTimer()
			p50, p99 := percentile(durations, 50), percentile(durations, 99)
			// The fastest run shows the cost without contention, which
			// tells a busy machine from a slow query.
			b.ReportMetric(ms(slices.Min(durations)), "min-ms")
			b.ReportMetric(ms(p50), "p50-ms")
			b.ReportMetric(ms(p99), "p99-ms")
			b.ReportMetric(float64(found)/float64(b.N), "results")
			b.ReportMetric(float64(page), "page")
		})
	}
}

// percentile returns the p-th percentile of ds by the nearest-rank method.
func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	sorted := slices.Clone(ds)
	slices.Sort(sorted)
	rank := (p*len(sorted) + 99) / 100 // ceil(p/100 * n)
	return sorted[max(rank, 1)-1]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func TestPercentile(t *testing.T) {
	ds := make([]time.Duration, 200)
	for i := range ds {
		ds[i] = time.Duration(200-i) * time.Millisecond
	}
	for _, c := range []struct {
		p    int
		want time.Duration
	}{{50, 100 * time.Millisecond}, {99, 198 * time.Millisecond}, {100, 200 * time.Millisecond}} {
		if got := percentile(ds, c.p); got != c.want {
			t.Errorf("p%d = %v, want %v", c.p, got, c.want)
		}
	}
	if got := fmt.Sprint(percentile(nil, 50)); got != "0s" {
		t.Errorf("empty: %s", got)
	}
}
