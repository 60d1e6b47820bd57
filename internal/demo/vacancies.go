package demo

import (
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/vacancies"
)

// Vacancy is one demo vacancy in one language. Dates are relative to the
// day the demo content is loaded, so the demo never goes stale.
type Vacancy struct {
	Key              string // shared by a vacancy and its translation
	Lang             string // "nl" or "en"
	Slug             string // URL slug, unique per language
	Title            string
	OrganisationUnit string
	City             string
	Province         string // one of vacancies.Provinces()
	Scale            [2]int // salary scales; zero for an internship
	Salary           [2]int // gross euros a month for full-time hours; zero for none
	Hours            [2]int // hours a week
	Education        string // one of vacancies.EducationLevels()
	Employment       string // one of vacancies.EmploymentTypes()
	Labels           []string
	// ClosesInDays is the closing date, in days after the load day; a
	// negative number makes a vacancy whose closing date has passed.
	ClosesInDays     int
	PublishedDaysAgo int
	ContactName      string
	ContactEmail     string
	BodyMarkdown     string
	AdjustmentsNote  string
	// Stories are the keys of the demo stories in the same language that
	// link to the vacancy ("meet your future colleagues").
	Stories []string
}

// Vacancies returns all demo vacancies, the Dutch ones first and then the
// English translations of some of them.
func Vacancies() []Vacancy {
	return append(vacanciesNL(), vacanciesEN()...)
}

// Open reports whether the vacancy's closing date lies on or after the
// load day.
func (v Vacancy) Open() bool { return v.ClosesInDays >= 0 }

// ClosingDate returns the last day to apply when the demo is loaded at
// now, as a civil date (see vacancies.Day).
func (v Vacancy) ClosingDate(now time.Time) time.Time {
	return vacancies.Day(now).AddDate(0, 0, v.ClosesInDays)
}

// ApplyURL is where the demo vacancy says to apply: a page on an example
// domain, never a real recruitment site.
func (v Vacancy) ApplyURL() string {
	if v.Lang == "en" {
		return "https://werken.example/en/vacancies/" + v.Slug
	}
	return "https://werken.example/vacatures/" + v.Slug
}

// Input returns the vacancy as the vacancies store takes it, with its
// closing date counted from now.
func (v Vacancy) Input(now time.Time) vacancies.VacancyInput {
	num := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	return vacancies.VacancyInput{
		Lang:             i18n.Lang(v.Lang),
		Slug:             v.Slug,
		Title:            v.Title,
		OrganisationUnit: v.OrganisationUnit,
		City:             v.City,
		Province:         v.Province,
		ScaleMin:         num(v.Scale[0]),
		ScaleMax:         num(v.Scale[1]),
		SalaryMin:        num(v.Salary[0]),
		SalaryMax:        num(v.Salary[1]),
		HoursMin:         num(v.Hours[0]),
		HoursMax:         num(v.Hours[1]),
		EducationLevel:   v.Education,
		EmploymentType:   v.Employment,
		ClosingDate:      v.ClosingDate(now).Format(vacancies.DateLayout),
		ApplyURL:         v.ApplyURL(),
		ContactName:      v.ContactName,
		ContactEmail:     v.ContactEmail,
		BodyMarkdown:     v.BodyMarkdown,
		Labels:           append([]string(nil), v.Labels...),
		AdjustmentsNote:  v.AdjustmentsNote,
	}
}

// vacancyBody writes a vacancy text the way government vacancies are
// usually built: an introduction, the work, what the candidate brings and
// what the employer offers, followed by the same paragraphs on terms and
// selection that every vacancy of the employer carries. Headings are level
// 3, since the vacancy page puts the body under a heading of its own.
func vacancyBody(lang, intro string, work, brings []string, offer string) string {
	h := map[string][4]string{
		"nl": {"Wat ga je doen?", "Wat neem je mee?", "Wat bieden we?", "Zo verloopt de selectie"},
		"en": {"What you will do", "What you bring", "What we offer", "How we select"},
	}[lang]
	var b strings.Builder
	b.WriteString(intro)
	b.WriteString("\n\n### " + h[0] + "\n\n")
	for _, w := range work {
		b.WriteString("- " + w + "\n")
	}
	b.WriteString("\n### " + h[1] + "\n\n")
	for _, w := range brings {
		b.WriteString("- " + w + "\n")
	}
	b.WriteString("\n### " + h[2] + "\n\n")
	if offer != "" {
		b.WriteString(offer + " ")
	}
	if lang == "en" {
		b.WriteString(termsEN + "\n\n### " + h[3] + "\n\n" + selectionEN)
	} else {
		b.WriteString(termsNL + "\n\n### " + h[3] + "\n\n" + selectionNL)
	}
	return b.String()
}

const (
	termsNL = "Naast je salaris krijg je een Individueel Keuzebudget van 16,37 % van je salaris, dat je kunt laten uitbetalen of kunt gebruiken voor extra verlof of een opleiding. " +
		"Je werktijden en thuiswerkdagen spreek je samen met je team af. Je reist met een NS Business Card of krijgt een reiskostenvergoeding. " +
		"Je kunt meedoen met personeelsnetwerken, zoals het netwerk voor collega's met een beperking, het LHBTIQ+-netwerk en het netwerk Kleurrijk."
	selectionNL = "Iedereen krijgt in het gesprek dezelfde vragen, en de selectiecommissie bestaat uit mensen met verschillende achtergronden. " +
		"Herken je je in het werk, maar voldoe je niet aan elk punt hierboven? Reageer dan toch: we kijken naar wat je kunt en wilt leren. " +
		"Stuur een cv en een korte motivatie, of vertel in een filmpje van twee minuten waarom deze functie bij je past."
	termsEN = "Besides your salary you receive an Individual Choices Budget of 16.37% of your salary, paid out or spent on extra leave or a course. " +
		"You agree working hours and days at home with your team. You travel with an NS Business Card or receive a travel allowance. " +
		"You can join staff networks, such as the network for colleagues with a disability, the LGBTIQ+ network and the network Kleurrijk."
	selectionEN = "Every candidate is asked the same questions in the interview, and the selection panel is made up of people with different backgrounds. " +
		"Do you recognise yourself in the work, but not in every point above? Apply anyway: we look at what you can do and want to learn. " +
		"Send a CV and a short letter, or tell us in a two-minute video why this job suits you. Dutch is the working language of the team, at level B2 or above; " +
		"if you are still learning it, we offer language training."
)

// Reasonable-adjustment notes. Most vacancies carry the standard one;
// some add what fits the work.
const (
	adjustNL = "Heb je een beperking of chronische ziekte? Laat ons weten wat je nodig hebt in de procedure, bijvoorbeeld meer tijd voor een toets, de vragen vooraf op papier, een gesprek op afstand of een tolk Nederlandse Gebarentaal. " +
		"Dat heeft geen invloed op de beoordeling. Neem contact op met de contactpersoon; je vraag blijft vertrouwelijk."
	adjustEN = "Do you have a disability or chronic condition? Tell us what you need in the procedure, for example extra time for a test, the questions in advance on paper, an interview online or a sign-language interpreter. " +
		"It does not affect how we assess you. Contact the person named below; your request stays confidential."
)

func vacanciesNL() []Vacancy {
	return []Vacancy{
		{
			Key: "beleidsmedewerker-arbeidsmarkt", Lang: "nl", Slug: "beleidsmedewerker-arbeidsmarkt-den-haag",
			Title: "Beleidsmedewerker arbeidsmarkt", OrganisationUnit: "Directie Arbeidsmarkt en Sociaal-Economische Zaken",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{10, 11}, Salary: [2]int{3700, 6500}, Hours: [2]int{32, 36},
			Education: "wo", Employment: "permanent", Labels: []string{"zij-instroom"},
			ClosesInDays: 35, PublishedDaysAgo: 4, ContactName: "Noor Vermeulen", ContactEmail: "noor.vermeulen@podium.example",
			Stories: []string{"jeroen-smit"},
			BodyMarkdown: vacancyBody("nl",
				"Hoe zorgen we dat mensen met een afstand tot de arbeidsmarkt aan het werk komen en blijven? Als beleidsmedewerker arbeidsmarkt werk je aan die vraag, samen met gemeenten, werkgevers en vakbonden. Je team van twaalf collega's bereidt voorstellen voor de minister voor en bespreekt ze met de Tweede Kamer.",
				[]string{
					"Je schrijft beleidsnotities en Kamerbrieven over de Banenafspraak en de Participatiewet.",
					"Je organiseert gesprekken met werkgevers, uitvoeringsorganisaties en mensen om wie het gaat.",
					"Je vertaalt onderzoek en cijfers naar voorstellen die in de praktijk werken.",
					"Je werkt samen met collega's van andere ministeries aan één aanpak.",
				},
				[]string{
					"Een afgeronde wo-opleiding, bijvoorbeeld in bestuurskunde, economie of sociologie, of werk- en denkniveau op dat niveau.",
					"Je schrijft helder, ook over ingewikkelde onderwerpen.",
					"Je bent nieuwsgierig naar hoe beleid uitpakt voor mensen.",
					"Ervaring bij een gemeente, een vakbond of in het sociaal domein is mooi meegenomen, maar niet nodig.",
				},
				"Een vaste aanstelling en een plek in een team dat veel van elkaar leert."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "data-analist", Lang: "nl", Slug: "data-analist-strategie-en-analyse",
			Title: "Data-analist", OrganisationUnit: "Directie Strategie en Analyse",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{10, 11}, Salary: [2]int{3700, 6500}, Hours: [2]int{32, 36},
			Education: "hbo", Employment: "permanent",
			ClosesInDays: 28, PublishedDaysAgo: 6, ContactName: "Kofi Mensah", ContactEmail: "kofi.mensah@podium.example",
			Stories: []string{"kofi-mensah"},
			BodyMarkdown: vacancyBody("nl",
				"Beleid is zo goed als de cijfers waarop het rust. Als data-analist maak je van ruwe gegevens een betrouwbaar beeld van hoe het gaat met de dienstverlening aan burgers. Je werkt in een team van statistici, onderzoekers en beleidsmakers, dat samen bepaalt welke vraag eerst beantwoord wordt.",
				[]string{
					"Je koppelt en bewerkt gegevens uit verschillende bronnen, met oog voor privacy.",
					"Je bouwt dashboards die beleidsmakers zelf kunnen gebruiken.",
					"Je legt uitkomsten uit aan collega's zonder statistische achtergrond.",
					"Je denkt mee over welke gegevens we juist niet verzamelen.",
				},
				[]string{
					"Een hbo- of wo-opleiding met een kwantitatieve richting, of vergelijkbare kennis opgedaan in je werk.",
					"Je werkt graag met SQL, R of Python.",
					"Je bent zorgvuldig en deelt je werk zodat anderen het kunnen nalopen.",
					"Je vindt het leuk om samen met anderen de goede vraag te vinden.",
				},
				"Tijd en budget om je vak bij te houden, en collega's die hun kennis graag delen."),
			AdjustmentsNote: adjustNL + " De technische opdracht kun je thuis maken, in je eigen tempo binnen een week.",
		},
		{
			Key: "rechercheur-digitale-opsporing", Lang: "nl", Slug: "rechercheur-digitale-opsporing-apeldoorn",
			Title: "Rechercheur digitale opsporing", OrganisationUnit: "Politie, Eenheid Oost-Nederland, Team Digitale Opsporing",
			City: "Apeldoorn", Province: "gelderland", Scale: [2]int{9, 10}, Salary: [2]int{3450, 5700}, Hours: [2]int{36, 36},
			Education: "hbo", Employment: "permanent", Labels: []string{"zij-instroom"},
			ClosesInDays: 42, PublishedDaysAgo: 3, ContactName: "Marloes Kamphuis", ContactEmail: "marloes.kamphuis@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Bijna elk misdrijf laat digitale sporen na: in telefoons, in de cloud, in betaalgegevens. Als rechercheur digitale opsporing help je onderzoeksteams die sporen te vinden en te begrijpen. Je werkt samen met tactische rechercheurs, officieren van justitie en digitale specialisten.",
				[]string{
					"Je onderzoekt in beslag genomen gegevensdragers en legt vast hoe je dat doet.",
					"Je adviseert onderzoeksteams over digitale onderzoeksmogelijkheden.",
					"Je schrijft processen-verbaal die ook voor niet-technische lezers te volgen zijn.",
					"Je houdt je kennis bij van nieuwe apps, versleuteling en technieken.",
				},
				[]string{
					"Een hbo-opleiding in informatica, forensisch onderzoek of een verwante richting, of vergelijkbare kennis uit je werk.",
					"Je bent nauwkeurig en kunt goed uitleggen wat je hebt gevonden.",
					"Je kunt omgaan met beelden en informatie die zwaar kunnen zijn; daar is begeleiding voor.",
					"Je bent bereid om de opleiding tot buitengewoon opsporingsambtenaar te volgen.",
				},
				"Een opleiding tot digitaal rechercheur op de Politieacademie, in werktijd."),
			AdjustmentsNote: adjustNL + " Voor deze functie is een veiligheidsonderzoek nodig; we leggen je vooraf uit wat dat inhoudt.",
		},
		{
			Key: "juridisch-medewerker", Lang: "nl", Slug: "juridisch-medewerker-bezwaar-zwolle",
			Title: "Juridisch medewerker bezwaar en beroep", OrganisationUnit: "Directie Juridische Zaken, vestiging Zwolle",
			City: "Zwolle", Province: "overijssel", Scale: [2]int{8, 9}, Salary: [2]int{3150, 5150}, Hours: [2]int{32, 36},
			Education: "hbo", Employment: "temporary_to_permanent",
			ClosesInDays: 21, PublishedDaysAgo: 9, ContactName: "Lotte de Vries", ContactEmail: "lotte.devries@podium.example",
			Stories: []string{"lotte-de-vries"},
			BodyMarkdown: vacancyBody("nl",
				"Mensen die het niet eens zijn met een besluit van de overheid, hebben recht op een zorgvuldige heroverweging. Als juridisch medewerker behandel je bezwaarschriften van begin tot eind. Je belt mensen op voordat je een brief schrijft, omdat een gesprek vaak meer oplost dan een procedure.",
				[]string{
					"Je behandelt bezwaarschriften en bereidt hoorzittingen voor.",
					"Je schrijft beslissingen op bezwaar in begrijpelijke taal.",
					"Je vertegenwoordigt de directie bij de rechtbank in eenvoudige beroepszaken.",
					"Je signaleert wanneer regels in de praktijk onredelijk uitpakken, en meldt dat.",
				},
				[]string{
					"Een hbo-opleiding hbo-rechten of sociaal-juridische dienstverlening, of een vergelijkbare opleiding.",
					"Je luistert goed en kunt je inleven in mensen die boos of teleurgesteld zijn.",
					"Je schrijft in gewone taal.",
				},
				"Een jaarcontract met uitzicht op een vaste aanstelling, en een inwerkperiode met een vaste buddy."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "parketsecretaris", Lang: "nl", Slug: "parketsecretaris-rotterdam",
			Title: "Parketsecretaris", OrganisationUnit: "Openbaar Ministerie, Arrondissementsparket Rotterdam",
			City: "Rotterdam", Province: "zuid-holland", Scale: [2]int{10, 10}, Salary: [2]int{3700, 5700}, Hours: [2]int{32, 36},
			Education: "wo", Employment: "permanent",
			ClosesInDays: 30, PublishedDaysAgo: 5, ContactName: "Yusuf Aydın", ContactEmail: "yusuf.aydin@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Als parketsecretaris bereid je strafzaken voor en handel je eenvoudigere zaken zelf af. Je bent de rechterhand van de officier van justitie en hebt contact met politie, reclassering, slachtoffers en advocaten. In Rotterdam zie je de hele breedte van de samenleving terug in je dossiers.",
				[]string{
					"Je beoordeelt processen-verbaal en adviseert of een zaak naar de rechter gaat.",
					"Je stelt dagvaardingen en strafbeschikkingen op.",
					"Je zorgt dat slachtoffers op tijd horen wat er met hun zaak gebeurt.",
					"Je overlegt met de politie over aanvullend onderzoek.",
				},
				[]string{
					"Een afgeronde wo-opleiding Nederlands recht, met strafrecht in je pakket.",
					"Je kunt veel zaken tegelijk behandelen zonder het overzicht te verliezen.",
					"Je schrijft helder en kunt een standpunt goed onderbouwen.",
				},
				"Een opleiding bij het Studiecentrum Rechtspleging en de mogelijkheid om door te groeien tot officier van justitie."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "ict-beheerder", Lang: "nl", Slug: "ict-beheerder-werkplek-assen",
			Title: "ICT-beheerder werkplekken", OrganisationUnit: "Directie Informatievoorziening, servicepunt Assen",
			City: "Assen", Province: "drenthe", Scale: [2]int{7, 8}, Salary: [2]int{2850, 4600}, Hours: [2]int{24, 36},
			Education: "mbo", Employment: "permanent", Labels: []string{"zij-instroom"},
			ClosesInDays: 26, PublishedDaysAgo: 11, ContactName: "Gerrit Hofstede", ContactEmail: "gerrit.hofstede@podium.example",
			Stories: []string{"daan-verbeek"},
			BodyMarkdown: vacancyBody("nl",
				"Zonder werkende laptop, telefoon en vergaderzaal staat alles stil. Als ICT-beheerder zorg je dat collega's in Assen en omgeving zonder zorgen kunnen werken. Je bent het gezicht van de ICT op locatie en lost problemen samen met de servicedesk op.",
				[]string{
					"Je richt laptops, telefoons en vergaderzalen in en houdt ze bij.",
					"Je helpt collega's met vragen, aan de balie of op afstand.",
					"Je zorgt dat hulpmiddelen zoals schermlezers en spraakherkenning goed werken.",
					"Je denkt mee over verbeteringen in het beheer.",
				},
				[]string{
					"Een mbo-opleiding op niveau 4 in ICT, of kennis die je in je werk of als hobby opdeed.",
					"Je legt technische zaken geduldig uit.",
					"Je vindt het fijn om collega's verder te helpen.",
				},
				"Certificeringen in werktijd en een vaste werkplek in een rustige ruimte als je dat prettig vindt."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "rijkstraineeship", Lang: "nl", Slug: "traineeship-beleid-en-uitvoering",
			Title: "Traineeship beleid en uitvoering", OrganisationUnit: "Directie Openbaar Bestuur",
			City: "Utrecht", Province: "utrecht", Scale: [2]int{10, 10}, Salary: [2]int{3700, 5700}, Hours: [2]int{36, 36},
			Education: "wo", Employment: "traineeship", Labels: []string{"starter"},
			ClosesInDays: 56, PublishedDaysAgo: 2, ContactName: "Sanne Jansen", ContactEmail: "sanne.jansen@podium.example",
			Stories: []string{"sanne-jansen"},
			BodyMarkdown: vacancyBody("nl",
				"In twee jaar werk je op drie plekken binnen de rijksoverheid: een beleidsdirectie, een uitvoeringsorganisatie en een opdracht naar keuze. Zo leer je hoe beleid ontstaat en hoe het uitpakt aan de balie. Je doet dat samen met een groep van twintig trainees, die elk kwartaal samen een leerweek volgt.",
				[]string{
					"Je werkt aan echte opdrachten, bijvoorbeeld over wonen, digitalisering of bestuur in de regio.",
					"Je loopt mee met collega's in de uitvoering en bij gemeenten.",
					"Je volgt een leerprogramma over samenwerken, schrijven en omgaan met politiek.",
					"Je krijgt een coach en een mentor uit een andere organisatie.",
				},
				[]string{
					"Een afgeronde wo-opleiding, in welke richting dan ook, of je rondt die af voor de start.",
					"Weinig of geen werkervaring is prima; ook als je van richting verandert, ben je welkom.",
					"Je wilt breed kijken en leert graag van mensen die anders denken.",
				},
				"Na het traineeship een vaste plek bij de rijksoverheid, op een functie die bij je past."),
			AdjustmentsNote: adjustNL + " Het online assessment is beschikbaar met schermlezer en met extra tijd.",
		},
		{
			Key: "postkamer-banenafspraak", Lang: "nl", Slug: "medewerker-postkamer-en-archief-banenafspraak",
			Title: "Medewerker postkamer en archief (Banenafspraak)", OrganisationUnit: "Directie Bedrijfsvoering, vestiging Leeuwarden",
			City: "Leeuwarden", Province: "friesland", Scale: [2]int{4, 5}, Salary: [2]int{2500, 3400}, Hours: [2]int{20, 32},
			Education: "mbo", Employment: "temporary_to_permanent", Labels: []string{"banenafspraak"},
			ClosesInDays: 31, PublishedDaysAgo: 8, ContactName: "Bram de Jong", ContactEmail: "bram.dejong@podium.example",
			Stories: []string{"bram-de-jong"},
			BodyMarkdown: vacancyBody("nl",
				"Deze functie is bedoeld voor iemand die onder de Banenafspraak valt, dus iemand met een arbeidsbeperking die in het doelgroepregister staat. Je werkt in een klein team dat de post verwerkt en zorgt dat documenten goed gearchiveerd worden. Je krijgt een vaste werkbegeleider.",
				[]string{
					"Je opent, scant en registreert de binnenkomende post.",
					"Je zorgt dat documenten in het juiste digitale dossier komen.",
					"Je maakt pakketten klaar voor verzending.",
					"Je helpt collega's die een dossier zoeken.",
				},
				[]string{
					"Je staat in het doelgroepregister van het UWV, of je hebt een Wajong-uitkering.",
					"Je werkt graag nauwkeurig en volgens een vaste werkwijze.",
					"Een diploma is niet nodig; we leren je het werk.",
				},
				"Een contract voor een jaar, daarna een vaste aanstelling als het werk bij je past. Je werkuren en pauzes stemmen we af op wat voor jou werkt."),
			AdjustmentsNote: "Je kunt op gesprek komen met een jobcoach of iemand die je vertrouwt. Het gesprek duurt niet langer dan 45 minuten, en je krijgt de vragen een week van tevoren. " +
				"De werkplek is rolstoeltoegankelijk, en aanpassingen zoals een andere stoel, een groter scherm of vaste werktijden regelen we voordat je begint.",
		},
		{
			Key: "informatiebeveiliging", Lang: "nl", Slug: "adviseur-informatiebeveiliging",
			Title: "Adviseur informatiebeveiliging", OrganisationUnit: "Directie Bedrijfsvoering",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{11, 12}, Salary: [2]int{4350, 7400}, Hours: [2]int{32, 36},
			Education: "hbo", Employment: "permanent",
			ClosesInDays: 38, PublishedDaysAgo: 12, ContactName: "Alex de Graaf", ContactEmail: "alex.degraaf@podium.example",
			Stories: []string{"alex-de-graaf"},
			BodyMarkdown: vacancyBody("nl",
				"Burgers moeten erop kunnen vertrouwen dat de overheid zorgvuldig met hun gegevens omgaat. Als adviseur informatiebeveiliging help je directies hun systemen en werkwijzen veilig in te richten. Je werkt nauw samen met de privacyfunctionaris en de IT-architecten.",
				[]string{
					"Je voert risicoanalyses uit en adviseert over maatregelen volgens de Baseline Informatiebeveiliging Overheid.",
					"Je begeleidt projecten vanaf het ontwerp, zodat beveiliging geen sluitstuk is.",
					"Je helpt bij het afhandelen van incidenten en leert er samen met het team van.",
					"Je organiseert bewustwordingssessies die collega's echt iets opleveren.",
				},
				[]string{
					"Een hbo- of wo-opleiding in informatica, informatiekunde of een vergelijkbare richting.",
					"Kennis van de BIO of ISO 27001; een certificering kun je bij ons halen.",
					"Je kunt een technisch risico uitleggen aan een directeur zonder technische achtergrond.",
				},
				"Een vaste aanstelling en ruimte voor opleidingen en congressen."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "hr-adviseur-inclusie", Lang: "nl", Slug: "hr-adviseur-inclusief-werkgeverschap",
			Title: "HR-adviseur inclusief werkgeverschap", OrganisationUnit: "Directie HRM",
			City: "Utrecht", Province: "utrecht", Scale: [2]int{10, 11}, Salary: [2]int{3700, 6500}, Hours: [2]int{28, 36},
			Education: "hbo", Employment: "permanent",
			ClosesInDays: 24, PublishedDaysAgo: 7, ContactName: "Priya Ramdin", ContactEmail: "priya.ramdin@podium.example",
			Stories: []string{"priya-ramdin"},
			BodyMarkdown: vacancyBody("nl",
				"We willen een organisatie zijn waarin iedereen zich welkom voelt en mee kan doen. Als HR-adviseur inclusief werkgeverschap zorg je dat dat geen papieren ambitie blijft. Je adviseert managers over werving, selectie en doorstroom, en werkt samen met de personeelsnetwerken.",
				[]string{
					"Je helpt managers vacatures te schrijven die meer mensen aanspreken.",
					"Je traint selectiecommissies in selecteren zonder vooroordelen.",
					"Je zorgt dat aanpassingen op de werkplek snel en zonder gedoe geregeld worden.",
					"Je volgt met cijfers of onze aanpak werkt, zonder gegevens over personen te verzamelen.",
				},
				[]string{
					"Een hbo-opleiding in HRM, arbeids- en organisatiepsychologie of een vergelijkbare richting.",
					"Kennis van gelijke behandeling en de Banenafspraak.",
					"Je kunt een gesprek over uitsluiting open en rustig voeren.",
				},
				"Een vaste aanstelling in een team dat zelf laat zien wat het van anderen vraagt."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "softwareontwikkelaar", Lang: "nl", Slug: "softwareontwikkelaar-groningen",
			Title: "Softwareontwikkelaar", OrganisationUnit: "Directie Informatievoorziening, ontwikkelteam Groningen",
			City: "Groningen", Province: "groningen", Scale: [2]int{9, 11}, Salary: [2]int{3450, 6500}, Hours: [2]int{32, 36},
			Education: "hbo", Employment: "permanent", Labels: []string{"zij-instroom"},
			ClosesInDays: 45, PublishedDaysAgo: 10, ContactName: "Rami Haddad", ContactEmail: "rami.haddad@podium.example",
			Stories: []string{"rami-haddad"},
			BodyMarkdown: vacancyBody("nl",
				"Ons ontwikkelteam in Groningen bouwt de websites en formulieren waarmee burgers en bedrijven zaken met de overheid regelen. We schrijven open source software en publiceren die, zodat andere overheden haar kunnen hergebruiken. Toegankelijkheid is bij ons geen extraatje: elke wijziging wordt getest met schermlezers.",
				[]string{
					"Je ontwikkelt en onderhoudt webapplicaties in Go en TypeScript.",
					"Je schrijft tests en bespreekt elkaars code in reviews.",
					"Je test samen met gebruikers, onder wie mensen met een beperking.",
					"Je draait mee in de wachtdienst, afwisselend met je teamgenoten.",
				},
				[]string{
					"Een hbo-opleiding in informatica, een omscholing of een bootcamp, of kennis die je zelf opdeed.",
					"Je hebt minstens een jaar gewerkt aan software die mensen gebruiken.",
					"Je vindt toegankelijke en veilige software net zo belangrijk als snelle software.",
				},
				"Een vaste aanstelling, een eigen opleidingsbudget en tijd om bij te dragen aan open source."),
			AdjustmentsNote: adjustNL + " In plaats van een live programmeeropdracht kun je ook bestaand werk laten zien en toelichten.",
		},
		{
			Key: "wetgevingsjurist", Lang: "nl", Slug: "wetgevingsjurist-bestuursrecht",
			Title: "Wetgevingsjurist bestuursrecht", OrganisationUnit: "Directie Constitutionele Zaken en Wetgeving",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{12, 13}, Salary: [2]int{5000, 8000}, Hours: [2]int{32, 36},
			Education: "wo", Employment: "permanent",
			ClosesInDays: 33, PublishedDaysAgo: 14, ContactName: "Hanna Mulder", ContactEmail: "hanna.mulder@podium.example",
			Stories: []string{"hanna-mulder"},
			BodyMarkdown: vacancyBody("nl",
				"Een goede wet is duidelijk voor wie hem moet toepassen en voor wie ermee te maken krijgt. Als wetgevingsjurist schrijf je wetsvoorstellen en regelingen over het openbaar bestuur. Je begeleidt ze van de eerste schets tot de behandeling in de Eerste Kamer.",
				[]string{
					"Je schrijft wetteksten en toelichtingen.",
					"Je verwerkt adviezen van de Raad van State en reacties uit de internetconsultatie.",
					"Je ondersteunt de minister bij debatten in de Tweede en Eerste Kamer.",
					"Je werkt samen met beleidsmakers en uitvoerders, zodat de wet ook uitvoerbaar is.",
				},
				[]string{
					"Een afgeronde wo-opleiding Nederlands recht.",
					"Je formuleert precies en begrijpelijk.",
					"Je houdt van puzzelen met regels en van overleg met mensen die er anders naar kijken.",
				},
				"De Wetgevingsacademie, in werktijd en betaald door ons."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "communicatieadviseur", Lang: "nl", Slug: "communicatieadviseur-arbeidsmarktcommunicatie",
			Title: "Communicatieadviseur arbeidsmarktcommunicatie", OrganisationUnit: "Directie Communicatie",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{10, 11}, Salary: [2]int{3700, 6500}, Hours: [2]int{28, 36},
			Education: "hbo", Employment: "temporary",
			ClosesInDays: 19, PublishedDaysAgo: 5, ContactName: "Ruben Hoekstra", ContactEmail: "ruben.hoekstra@podium.example",
			Stories: []string{"ruben-hoekstra"},
			BodyMarkdown: vacancyBody("nl",
				"Veel mensen denken dat werken bij een ministerie niets voor hen is. Jij laat zien dat het anders is. Als communicatieadviseur maak je campagnes en verhalen die mensen met verschillende achtergronden aanspreken, samen met collega's die zelf als rolmodel willen optreden.",
				[]string{
					"Je maakt een plan voor de arbeidsmarktcommunicatie van het komende jaar.",
					"Je interviewt collega's voor verhalen op dit portaal en op sociale media.",
					"Je werkt samen met partnerorganisaties om mensen te bereiken die ons nu nog niet vinden.",
					"Je meet wat werkt, zonder bezoekers te volgen.",
				},
				[]string{
					"Een hbo-opleiding in communicatie, journalistiek of een vergelijkbare richting.",
					"Je schrijft in taal die iedereen begrijpt, op B1-niveau.",
					"Je weet hoe je mensen bereikt via andere kanalen dan de gebruikelijke.",
				},
				"Een contract voor twee jaar, omdat dit een project met een vaste looptijd is."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "managementondersteuner", Lang: "nl", Slug: "managementondersteuner-bureau-sg",
			Title: "Managementondersteuner", OrganisationUnit: "Bureau Secretaris-Generaal",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{7, 8}, Salary: [2]int{2850, 4600}, Hours: [2]int{32, 36},
			Education: "mbo", Employment: "permanent",
			ClosesInDays: 27, PublishedDaysAgo: 13, ContactName: "Wendy Vos", ContactEmail: "wendy.vos@podium.example",
			Stories: []string{"wendy-vos"},
			BodyMarkdown: vacancyBody("nl",
				"Op het bureau van de secretaris-generaal komt alles samen: overleggen, stukken voor de minister en vragen uit het hele ministerie. Als managementondersteuner zorg je dat de agenda klopt en dat stukken op tijd op de juiste plek zijn. Je werkt in een hecht team van vijf collega's.",
				[]string{
					"Je beheert agenda's en bereidt overleggen voor.",
					"Je bewaakt de voortgang van stukken en herinnert collega's aan afspraken.",
					"Je bent het eerste aanspreekpunt voor bezoekers en bellers.",
					"Je organiseert bijeenkomsten, van een werklunch tot een congres.",
				},
				[]string{
					"Een mbo-opleiding op niveau 4, bijvoorbeeld managementassistent of secretarieel medewerker.",
					"Je houdt overzicht als er veel tegelijk gebeurt.",
					"Je gaat discreet om met vertrouwelijke informatie.",
				},
				"Een vaste aanstelling en een opleidingsplan dat je samen met je leidinggevende maakt."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "financieel-controller", Lang: "nl", Slug: "financieel-controller-fez",
			Title: "Financieel controller", OrganisationUnit: "Directie Financieel-Economische Zaken",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{11, 12}, Salary: [2]int{4350, 7400}, Hours: [2]int{32, 36},
			Education: "hbo", Employment: "permanent",
			ClosesInDays: 40, PublishedDaysAgo: 16, ContactName: "Mehmet Yılmaz", ContactEmail: "mehmet.yilmaz@podium.example",
			Stories: []string{"mehmet-yilmaz"},
			BodyMarkdown: vacancyBody("nl",
				"Elke euro die de overheid uitgeeft, moet goed besteed worden. Als financieel controller kijk je mee met beleidsdirecties: is het geld goed begroot, wordt het besteed zoals bedoeld en levert het op wat we wilden? Je bent sparringpartner van directeuren en werkt samen met de Algemene Rekenkamer.",
				[]string{
					"Je beoordeelt beleidsvoorstellen op hun financiële gevolgen.",
					"Je stelt de begroting en het jaarverslag mee op.",
					"Je adviseert over subsidies en de verantwoording ervan.",
					"Je denkt mee over hoe we financiële informatie begrijpelijker maken.",
				},
				[]string{
					"Een hbo- of wo-opleiding in bedrijfseconomie, accountancy of bestuurskunde.",
					"Kennis van de Comptabiliteitswet of de wil die snel op te doen.",
					"Je maakt cijfers begrijpelijk voor mensen die er niet dagelijks mee werken.",
				},
				"Een vaste aanstelling en een opleiding tot register controller als je die wilt volgen."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "inspecteur", Lang: "nl", Slug: "inspecteur-publieke-dienstverlening",
			Title: "Inspecteur publieke dienstverlening", OrganisationUnit: "Inspectie Publieke Dienstverlening",
			City: "Utrecht", Province: "utrecht", Scale: [2]int{11, 12}, Salary: [2]int{4350, 7400}, Hours: [2]int{32, 36},
			Education: "wo", Employment: "permanent",
			ClosesInDays: 52, PublishedDaysAgo: 18, ContactName: "Ingrid Bakker", ContactEmail: "ingrid.bakker@podium.example",
			Stories: []string{"ingrid-bakker"},
			BodyMarkdown: vacancyBody("nl",
				"Werkt de dienstverlening van de overheid voor iedereen, ook voor mensen die niet digitaal vaardig zijn of die de taal nog leren? Als inspecteur onderzoek je dat ter plekke, bij loketten, callcenters en websites. Je rapporten gaan naar de minister en worden openbaar.",
				[]string{
					"Je doet onderzoek bij uitvoeringsorganisaties en gemeenten.",
					"Je spreekt met medewerkers, leidinggevenden en burgers.",
					"Je schrijft rapporten met heldere bevindingen en aanbevelingen.",
					"Je volgt of aanbevelingen worden opgevolgd.",
				},
				[]string{
					"Een wo-opleiding, bijvoorbeeld in bestuurskunde, sociologie of rechten.",
					"Ervaring met onderzoek, in de wetenschap of in de praktijk.",
					"Je bent onpartijdig en kunt een oordeel goed onderbouwen.",
				},
				"Een vaste aanstelling en een inwerkprogramma waarin je met ervaren collega's meeloopt."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "inkoopadviseur", Lang: "nl", Slug: "inkoopadviseur-zwolle",
			Title: "Inkoopadviseur", OrganisationUnit: "Inkoopuitvoeringscentrum, vestiging Zwolle",
			City: "Zwolle", Province: "overijssel", Scale: [2]int{9, 10}, Salary: [2]int{3450, 5700}, Hours: [2]int{32, 36},
			Education: "hbo", Employment: "permanent", Labels: []string{"zij-instroom"},
			ClosesInDays: 23, PublishedDaysAgo: 15, ContactName: "Eva Brouwer", ContactEmail: "eva.brouwer@podium.example",
			Stories: []string{"eva-brouwer"},
			BodyMarkdown: vacancyBody("nl",
				"De rijksoverheid koopt jaarlijks voor miljarden in. Als inkoopadviseur zorg je dat dat eerlijk, duurzaam en sociaal gebeurt. Je begeleidt aanbestedingen en let erop dat leveranciers ook werk bieden aan mensen met een afstand tot de arbeidsmarkt.",
				[]string{
					"Je begeleidt Europese aanbestedingen van begin tot eind.",
					"Je adviseert opdrachtgevers over social return en duurzaamheid.",
					"Je voert gesprekken met leveranciers en bewaakt afspraken.",
				},
				[]string{
					"Een hbo-opleiding, bij voorkeur in inkoop, bedrijfskunde of rechten.",
					"Kennis van de Aanbestedingswet, of de bereidheid om die te leren; we bieden de NEVI-opleiding.",
					"Je bent onderhandelaar en verbinder tegelijk.",
				},
				"Een vaste aanstelling en de NEVI-opleiding in werktijd."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "medewerker-beveiliging", Lang: "nl", Slug: "medewerker-beveiliging-den-haag",
			Title: "Medewerker beveiliging", OrganisationUnit: "Facilitaire Dienst",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{5, 6}, Salary: [2]int{2600, 3650}, Hours: [2]int{24, 36},
			Education: "mbo", Employment: "permanent",
			ClosesInDays: 18, PublishedDaysAgo: 20, ContactName: "Henk Postma", ContactEmail: "henk.postma@podium.example",
			Stories: []string{"henk-postma"},
			BodyMarkdown: vacancyBody("nl",
				"Je bent vaak de eerste die bezoekers van het ministerie ontmoet. Als medewerker beveiliging zorg je voor een veilige en gastvrije ontvangst. Je werkt in wisselende diensten met een vast team.",
				[]string{
					"Je ontvangt bezoekers en controleert toegangspassen.",
					"Je houdt toezicht via de meldkamer en doet rondes door het gebouw.",
					"Je handelt meldingen af en helpt bij ontruimingsoefeningen.",
				},
				[]string{
					"Een diploma Beveiliger 2, of de wil om dat in het eerste jaar te halen; de opleiding betalen wij.",
					"Je blijft rustig in onverwachte situaties.",
					"Je bent gastvrij voor iedereen die binnenkomt.",
				},
				"Een vaste aanstelling, een toeslag voor avond- en weekenddiensten en een rooster dat je vier weken vooruit kent."),
			AdjustmentsNote: adjustNL + " De rondes zijn een deel van het werk; we bekijken samen met je wat er nodig is om ze te doen, of hoe je taken kunt ruilen met collega's.",
		},
		{
			Key: "wijkagent", Lang: "nl", Slug: "wijkagent-walcheren",
			Title: "Wijkagent", OrganisationUnit: "Politie, Eenheid Zeeland-West-Brabant, Basisteam Walcheren",
			City: "Middelburg", Province: "zeeland", Scale: [2]int{7, 8}, Salary: [2]int{2850, 4600}, Hours: [2]int{36, 36},
			Education: "mbo", Employment: "permanent",
			ClosesInDays: 60, PublishedDaysAgo: 6, ContactName: "Femke Traas", ContactEmail: "femke.traas@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Als wijkagent ben je het vaste gezicht van de politie in een paar wijken van Middelburg en Vlissingen. Je kent de buurt, de jongerenwerkers, de winkeliers en de mensen die zich zorgen maken. Je lost problemen op voordat ze groot worden, samen met gemeente en hulpverlening.",
				[]string{
					"Je bent zichtbaar en aanspreekbaar in je wijk.",
					"Je werkt samen met gemeente, woningcorporaties en zorgorganisaties.",
					"Je draait ook noodhulpdiensten met collega's van het basisteam.",
					"Je bouwt contacten op met groepen die de politie nu minder goed weten te vinden.",
				},
				[]string{
					"Je bent al politieagent (mbo-4) en hebt een paar jaar in de noodhulp gewerkt.",
					"Je maakt makkelijk contact met mensen van allerlei achtergronden.",
					"Spreek je een tweede taal die in Zeeland veel gesproken wordt, zoals Pools, Turks of Arabisch? Dan komt dat goed van pas, maar het is geen eis.",
				},
				"Een vaste aanstelling, onregelmatigheidstoeslag en begeleiding door de wijkagenten van het team."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "intake-service", Lang: "nl", Slug: "medewerker-intake-en-service-maastricht",
			Title: "Medewerker intake en service", OrganisationUnit: "Politie, Eenheid Limburg, Dienst Regionale Operationele Samenwerking",
			City: "Maastricht", Province: "limburg", Scale: [2]int{6, 7}, Salary: [2]int{2700, 4000}, Hours: [2]int{24, 36},
			Education: "mbo", Employment: "temporary_to_permanent",
			ClosesInDays: 29, PublishedDaysAgo: 9, ContactName: "Jos Lemmens", ContactEmail: "jos.lemmens@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Wie aangifte doet, heeft vaak iets naars meegemaakt. Als medewerker intake en service neem je aangiften op, aan de balie, via de telefoon of via video. Je zorgt dat mensen zich gehoord voelen en weten wat er met hun melding gebeurt.",
				[]string{
					"Je neemt aangiften en meldingen op en legt ze vast.",
					"Je verwijst mensen door naar Slachtofferhulp of andere hulp.",
					"Je beantwoordt vragen van burgers over lopende zaken.",
				},
				[]string{
					"Een mbo-diploma op niveau 4, in welke richting dan ook.",
					"Je luistert goed en blijft vriendelijk, ook als iemand boos is.",
					"Je typt snel en nauwkeurig.",
				},
				"Een jaarcontract met uitzicht op een vaste aanstelling, en een opleiding van acht weken voordat je begint."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "cybercrime-specialist", Lang: "nl", Slug: "digitaal-specialist-cybercrime-haarlem",
			Title: "Digitaal specialist cybercrime", OrganisationUnit: "Politie, Eenheid Noord-Holland, Team Cybercrime",
			City: "Haarlem", Province: "noord-holland", Scale: [2]int{10, 11}, Salary: [2]int{3700, 6500}, Hours: [2]int{32, 36},
			Education: "hbo", Employment: "permanent", Labels: []string{"zij-instroom"},
			ClosesInDays: 44, PublishedDaysAgo: 4, ContactName: "Shanti Baldew", ContactEmail: "shanti.baldew@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Ransomware bij een ziekenhuis, fraude met betaalverzoeken, een datalek bij een webwinkel: het Team Cybercrime onderzoekt het. Als digitaal specialist breng je technische kennis in het team, naast rechercheurs en analisten. Je hoeft geen politieachtergrond te hebben; je krijgt een opleiding tot opsporingsambtenaar.",
				[]string{
					"Je onderzoekt netwerken, servers en malware.",
					"Je volgt geldstromen in cryptovaluta.",
					"Je werkt samen met bedrijven, CERT's en buitenlandse politiediensten.",
					"Je deelt je kennis met collega's in andere teams.",
				},
				[]string{
					"Een hbo- of wo-opleiding in informatica of netwerkbeheer, of vergelijkbare kennis uit je werk.",
					"Je wilt je kennis inzetten voor slachtoffers van digitale criminaliteit.",
					"Je kunt in een proces-verbaal uitleggen wat je hebt gevonden.",
				},
				"Een vaste aanstelling, de opleiding tot digitaal specialist bij de Politieacademie en ruimte voor certificeringen."),
			AdjustmentsNote: adjustNL + " Voor deze functie is een veiligheidsonderzoek nodig.",
		},
		{
			Key: "beleid-slachtofferzorg", Lang: "nl", Slug: "beleidsmedewerker-slachtofferzorg",
			Title: "Beleidsmedewerker slachtofferzorg (detachering)", OrganisationUnit: "Openbaar Ministerie, Parket-Generaal",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{10, 11}, Salary: [2]int{3700, 6500}, Hours: [2]int{32, 36},
			Education: "wo", Employment: "secondment",
			ClosesInDays: 36, PublishedDaysAgo: 11, ContactName: "Laura Nijenhuis", ContactEmail: "laura.nijenhuis@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Slachtoffers hebben recht op informatie, op spreekrecht en op een zorgvuldige behandeling. Als beleidsmedewerker slachtofferzorg werk je twee jaar bij het Parket-Generaal aan landelijke afspraken daarover. Je komt bij ons in detachering vanuit je eigen organisatie, bijvoorbeeld een ministerie of Slachtofferhulp Nederland.",
				[]string{
					"Je schrijft landelijke richtlijnen over de omgang met slachtoffers.",
					"Je werkt samen met parketten, Slachtofferhulp en de politie.",
					"Je zorgt dat de stem van slachtoffers meeweegt in nieuw beleid.",
				},
				[]string{
					"Een wo-opleiding, bijvoorbeeld in rechten, criminologie of bestuurskunde.",
					"Kennis van het strafproces en de positie van slachtoffers.",
					"Je kunt goed samenwerken met organisaties die verschillende belangen hebben.",
				},
				"Een detachering van twee jaar; je blijft in dienst bij je eigen werkgever."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "administratief-juridisch", Lang: "nl", Slug: "administratief-juridisch-medewerker-den-bosch",
			Title: "Administratief juridisch medewerker", OrganisationUnit: "Openbaar Ministerie, Arrondissementsparket Oost-Brabant",
			City: "'s-Hertogenbosch", Province: "noord-brabant", Scale: [2]int{6, 7}, Salary: [2]int{2700, 4000}, Hours: [2]int{24, 36},
			Education: "mbo", Employment: "permanent", Labels: []string{"zij-instroom"},
			ClosesInDays: 22, PublishedDaysAgo: 3, ContactName: "Daan van Kessel", ContactEmail: "daan.vankessel@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Achter elke strafzaak zit veel werk dat zorgvuldig moet gebeuren: dossiers compleet maken, zittingen plannen, stukken versturen. Als administratief juridisch medewerker zorg je dat zaken goed voorbereid op de zitting komen. Je werkt in een team met parketsecretarissen en officieren.",
				[]string{
					"Je bereidt dossiers voor en controleert of ze compleet zijn.",
					"Je plant zittingen en verstuurt oproepingen.",
					"Je beantwoordt vragen van advocaten en slachtoffers.",
				},
				[]string{
					"Een mbo-opleiding op niveau 4, bijvoorbeeld juridisch medewerker.",
					"Je werkt nauwkeurig en houdt van een goed georganiseerd dossier.",
					"Ervaring in een heel ander vak? Ook dan ben je welkom; we leren je het werk.",
				},
				"Een vaste aanstelling en een interne opleiding strafrecht."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "stage-inclusie-onderzoek", Lang: "nl", Slug: "stage-onderzoek-inclusief-werkgeverschap",
			Title: "Stage onderzoek inclusief werkgeverschap", OrganisationUnit: "Directie HRM, Expertisecentrum Inclusie",
			City: "Lelystad", Province: "flevoland", Hours: [2]int{32, 36},
			Education: "hbo", Employment: "internship",
			ClosesInDays: 47, PublishedDaysAgo: 8, ContactName: "Anouk Visser", ContactEmail: "anouk.visser@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Waarom stromen collega's met een migratieachtergrond minder vaak door naar hogere functies? Tijdens je afstudeerstage onderzoek je die vraag met kwalitatieve interviews en bestaande, geanonimiseerde cijfers. Je resultaten gebruiken we om onze aanpak te verbeteren.",
				[]string{
					"Je maakt een onderzoeksplan samen met je begeleider.",
					"Je interviewt collega's en managers.",
					"Je schrijft een advies dat je presenteert aan de directie.",
				},
				[]string{
					"Je volgt een hbo- of wo-opleiding en zoekt een afstudeerstage van vijf maanden.",
					"Je hebt interesse in diversiteit, organisaties en onderzoek.",
				},
				"Een stagevergoeding van € 650 per maand bij een volledige werkweek, en een laptop."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "facilitair-banenafspraak", Lang: "nl", Slug: "medewerker-facilitaire-dienstverlening-banenafspraak",
			Title: "Medewerker facilitaire dienstverlening (Banenafspraak)", OrganisationUnit: "Facilitaire Dienst, Rijkskantoor Lelystad",
			City: "Lelystad", Province: "flevoland", Scale: [2]int{4, 4}, Salary: [2]int{2500, 3200}, Hours: [2]int{16, 32},
			Education: "mbo", Employment: "temporary_to_permanent", Labels: []string{"banenafspraak"},
			ClosesInDays: 34, PublishedDaysAgo: 10, ContactName: "Ellen Kroes", ContactEmail: "ellen.kroes@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Deze functie is voor iemand die onder de Banenafspraak valt. In het rijkskantoor in Lelystad werken ruim duizend collega's. Jij zorgt mee dat vergaderzalen klaarstaan, de koffie er is en iedereen de weg vindt. Je werkt in een team van acht collega's met een vaste werkbegeleider.",
				[]string{
					"Je zet vergaderzalen klaar en ruimt ze op.",
					"Je vult de voorraad in de pantry's aan.",
					"Je helpt bezoekers bij de receptie.",
				},
				[]string{
					"Je staat in het doelgroepregister van het UWV.",
					"Je houdt van werk met een vaste structuur.",
					"Een diploma is niet nodig.",
				},
				"Een contract voor een jaar, daarna een vaste aanstelling als het werk bij je past, en een jobcoach als je dat wilt."),
			AdjustmentsNote: "Je mag een jobcoach of iemand die je vertrouwt meenemen naar het gesprek. In plaats van een gesprek kun je ook een dag meelopen, zodat je het werk kunt zien en wij jou kunnen leren kennen. " +
				"Hulpmiddelen en aanpassingen regelen we voordat je begint.",
		},
		{
			Key: "programmamanager-toegankelijkheid", Lang: "nl", Slug: "programmamanager-digitale-toegankelijkheid",
			Title: "Programmamanager digitale toegankelijkheid", OrganisationUnit: "Directie Digitale Overheid",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{13, 14}, Salary: [2]int{5600, 9000}, Hours: [2]int{32, 36},
			Education: "wo", Employment: "temporary_to_permanent",
			ClosesInDays: 25, PublishedDaysAgo: 17, ContactName: "Esther Boateng", ContactEmail: "esther.boateng@podium.example",
			Stories: []string{"jesse-kuipers", "esther-boateng"},
			BodyMarkdown: vacancyBody("nl",
				"Ruim een miljoen Nederlanders hebben moeite met websites en apps van de overheid, door een beperking, door laaggeletterdheid of door hun leeftijd. Als programmamanager zorg je dat overheden hun digitale diensten voor iedereen bruikbaar maken. Je stuurt een programmateam van vijftien mensen aan en werkt samen met gemeenten, uitvoeringsorganisaties en belangenorganisaties.",
				[]string{
					"Je stelt de koers van het programma bij, samen met de opdrachtgever.",
					"Je brengt overheden, leveranciers en ervaringsdeskundigen bij elkaar.",
					"Je rapporteert aan de directeur-generaal en de Tweede Kamer over de voortgang.",
					"Je zorgt dat het team goed samenwerkt en ruimte heeft om te leren.",
				},
				[]string{
					"Een wo-opleiding en ervaring met het aansturen van programma's of teams.",
					"Kennis van digitale toegankelijkheid, of de bereidheid je er snel in te verdiepen.",
					"Je betrekt mensen met een beperking bij beslissingen die hen raken.",
				},
				"Een aanstelling voor twee jaar, met uitzicht op een vaste plek."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "beleidsadviseur-burgerzaken", Lang: "nl", Slug: "beleidsadviseur-dienstverlening-burgerzaken",
			Title: "Beleidsadviseur dienstverlening aan burgers", OrganisationUnit: "Directie Burgerzaken",
			City: "Den Haag", Province: "zuid-holland", Scale: [2]int{11, 12}, Salary: [2]int{4350, 7400}, Hours: [2]int{32, 36},
			Education: "wo", Employment: "permanent",
			ClosesInDays: -3, PublishedDaysAgo: 38, ContactName: "Samira El Idrissi", ContactEmail: "samira.elidrissi@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Iedereen moet de overheid kunnen bereiken, ook zonder computer. Als beleidsadviseur werk je aan wetgeving en afspraken die ervoor zorgen dat mensen ook een persoonlijk contactmoment krijgen. Je werkt samen met uitvoeringsorganisaties en belangenorganisaties.",
				[]string{
					"Je schrijft beleidsvoorstellen en Kamerbrieven.",
					"Je organiseert gesprekken met mensen die vastlopen in digitale formulieren.",
					"Je volgt of afspraken in de praktijk werken.",
				},
				[]string{
					"Een wo-opleiding in bestuurskunde, rechten of een verwante richting.",
					"Ervaring in de publieke dienstverlening.",
					"Je schrijft helder en begrijpelijk.",
				},
				"Een vaste aanstelling."),
			AdjustmentsNote: adjustNL,
		},
		{
			Key: "rechercheur-milieu", Lang: "nl", Slug: "rechercheur-milieucriminaliteit-emmen",
			Title: "Rechercheur milieucriminaliteit", OrganisationUnit: "Politie, Eenheid Noord-Nederland, Team Milieu",
			City: "Emmen", Province: "drenthe", Scale: [2]int{9, 10}, Salary: [2]int{3450, 5700}, Hours: [2]int{36, 36},
			Education: "hbo", Employment: "permanent",
			ClosesInDays: -12, PublishedDaysAgo: 55, ContactName: "Jelle Bosma", ContactEmail: "jelle.bosma@podium.example",
			BodyMarkdown: vacancyBody("nl",
				"Illegale dumpingen van drugsafval, mestfraude en stroperij raken ons allemaal. Als rechercheur milieucriminaliteit onderzoek je die zaken, samen met omgevingsdiensten en het Openbaar Ministerie. Je werkt veel buiten, in de regio Drenthe en Groningen.",
				[]string{
					"Je voert onderzoeken uit naar milieudelicten.",
					"Je hoort verdachten en getuigen.",
					"Je werkt samen met toezichthouders en specialisten.",
				},
				[]string{
					"Een hbo-opleiding, bijvoorbeeld in milieukunde of integrale veiligheid.",
					"Je bent nauwkeurig en houdt vol als een onderzoek lang duurt.",
				},
				"Een vaste aanstelling en de opleiding tot milieurechercheur."),
			AdjustmentsNote: adjustNL,
		},
	}
}
