package demo

import (
	"time"

	"github.com/podium-portal/podium/internal/events"
	"github.com/podium-portal/podium/internal/i18n"
)

// Event is a demo agenda item. Its date is relative to the day the demo
// is loaded.
type Event struct {
	Key string // unique, for tests and messages
	// PartnerSlug is the demo partner that submitted the event; empty for
	// the employer's own events.
	PartnerSlug string
	Type        events.Type
	TitleNL     string
	TitleEN     string // empty: English pages show the Dutch title
	// Descriptions are Markdown without headings: the event page puts them
	// under a heading of its own.
	DescriptionNL string
	DescriptionEN string
	// InDays is the day of the event, counted from the load day in
	// Europe/Amsterdam; an event that would fall on a RestDay moves to the
	// next working day. Negative for an event in the archive.
	InDays         int
	Start, Minutes int // start as hours*60+minutes in Europe/Amsterdam, and duration
	OnlineURL      string
	VenueName      string
	Address        string
	City           string
	Province       string
	Wheelchair     bool
	SignLanguage   bool
	QuietRoom      bool
	AccessNoteNL   string
	AccessNoteEN   string
	Capacity       int // 0 for no limit
}

// at turns a clock time into Event.Start.
func at(hour, minute int) int { return hour*60 + minute }

// StartsAt returns the start of the event when the demo is loaded at now.
func (e Event) StartsAt(now time.Time) time.Time {
	ams := i18n.Amsterdam()
	y, m, d := now.In(ams).Date()
	day := time.Date(y, m, d+e.InDays, 12, 0, 0, 0, ams)
	for RestDay(day) {
		day = day.AddDate(0, 0, 1)
	}
	y, m, d = day.Date()
	return time.Date(y, m, d, e.Start/60, e.Start%60, 0, 0, ams)
}

// RestDay reports whether no demo event is planned on t's date: a
// weekend, King's Day or the days from Christmas Eve to New Year's Day,
// when government offices are mostly empty.
func RestDay(t time.Time) bool {
	_, m, d := t.Date()
	switch {
	case t.Weekday() == time.Saturday || t.Weekday() == time.Sunday:
		return true
	case m == time.April && d == 27, m == time.December && d >= 24, m == time.January && d == 1:
		return true
	}
	return false
}

// Content returns the event as the events store takes it, dated from now.
func (e Event) Content(now time.Time) events.Content {
	start := e.StartsAt(now)
	c := events.Content{
		Type:                    e.Type,
		TitleNL:                 e.TitleNL,
		TitleEN:                 e.TitleEN,
		DescriptionNL:           e.DescriptionNL,
		DescriptionEN:           e.DescriptionEN,
		StartsAt:                start,
		EndsAt:                  start.Add(time.Duration(e.Minutes) * time.Minute),
		Online:                  e.OnlineURL != "",
		OnlineURL:               e.OnlineURL,
		VenueName:               e.VenueName,
		Address:                 e.Address,
		City:                    e.City,
		Province:                e.Province,
		WheelchairAccessible:    e.Wheelchair,
		SignLanguageInterpreter: e.SignLanguage,
		QuietRoom:               e.QuietRoom,
		AccessibilityNoteNL:     e.AccessNoteNL,
		AccessibilityNoteEN:     e.AccessNoteEN,
		RegistrationOpen:        true,
	}
	if e.Capacity > 0 {
		n := e.Capacity
		c.Capacity = &n
	}
	return c
}

// Events returns the demo agenda: events over the coming two months and
// one that took place already.
func Events() []Event {
	return []Event{
		{
			Key: "training-selecteren", Type: events.TypeTraining, InDays: 14, Start: at(9, 30), Minutes: 150,
			TitleNL: "Training: selecteren zonder vooroordelen",
			TitleEN: "Training: selecting without prejudice",
			DescriptionNL: "Iedereen heeft vooroordelen, ook selectiecommissies. In deze online training leer je hoe ze werken en wat je eraan doet: " +
				"met gestructureerde interviews, vooraf vastgelegde criteria en een commissie die van samenstelling wisselt.\n\n" +
				"De training is bedoeld voor leden van selectiecommissies, HR-adviseurs en iedereen die meebeslist over wie er wordt aangenomen. " +
				"Je oefent met echte (geanonimiseerde) sollicitaties.",
			DescriptionEN: "Everyone has biases, selection panels included. In this online training you learn how they work and what to do about them: " +
				"structured interviews, criteria set in advance and a panel whose members change.\n\n" +
				"The training is for members of selection panels, HR advisers and everyone who helps decide who is hired. " +
				"You practise with real (anonymised) applications. The training is in Dutch.",
			OnlineURL:    "https://meet.example/selecteren-zonder-vooroordelen",
			SignLanguage: true,
			AccessNoteNL: "De training wordt live ondertiteld. Er is een tolk Nederlandse Gebarentaal in beeld.",
			AccessNoteEN: "The training has live captions in Dutch. A Sign Language of the Netherlands interpreter is on screen.",
			Capacity:     30,
		},
		{
			Key: "werkbezoek-digitale-opsporing", Type: events.TypeWorkVisit, InDays: 16, Start: at(13, 30), Minutes: 180,
			TitleNL: "Werkbezoek Team Digitale Opsporing",
			DescriptionNL: "Hoe vind je bewijs in een telefoon? Digitale rechercheurs van de politie in Apeldoorn laten zien hoe ze werken. " +
				"Je kijkt mee in het lab, hoort hoe een onderzoek verloopt en kunt al je vragen stellen over werken bij de politie, ook als je geen politieachtergrond hebt.\n\n" +
				"Neem een geldig identiteitsbewijs mee; dat is nodig om het bureau binnen te komen.",
			VenueName: "Politiebureau Apeldoorn", Address: "Voorbeeldlaan 12", City: "Apeldoorn", Province: "gelderland",
			Wheelchair:   true,
			AccessNoteNL: "Het lab ligt op de begane grond. Bij de ingang is een parkeerplaats voor mensen met een beperking.",
			Capacity:     15,
		},
		{
			Key: "netwerkcafe-kleurrijk", PartnerSlug: "netwerk-kleurrijk", Type: events.TypeNetworkMeeting, InDays: 20, Start: at(17, 30), Minutes: 150,
			TitleNL: "Netwerkcafé: in gesprek met rolmodellen",
			TitleEN: "Network café: meet role models",
			DescriptionNL: "Vijf collega's van ministeries, politie en Openbaar Ministerie vertellen over hun loopbaan: hoe ze binnenkwamen, wat ze tegenkwamen en wat hen verder hielp. " +
				"Daarna praat je aan tafels verder, met een hapje en een drankje (ook halal en vegetarisch).\n\n" +
				"Voor iedereen die overweegt bij de overheid te gaan werken, en voor wie er al werkt en verder wil.",
			DescriptionEN: "Five colleagues from ministries, the police and the Public Prosecution Service talk about their careers: how they got in, what they ran into and what helped them along. " +
				"Afterwards you continue the conversation at tables, with food and drinks (halal and vegetarian too).\n\n" +
				"For everyone thinking about a job in government, and for those who already work there and want to grow.",
			VenueName: "Stadskantoor Utrecht, zaal Domplein", Address: "Voorbeeldplein 1", City: "Utrecht", Province: "utrecht",
			Wheelchair: true, QuietRoom: true,
			AccessNoteNL: "Het gesprek op het podium is in het Nederlands; aan tafel kun je ook Engels spreken.",
			AccessNoteEN: "The talks on stage are in Dutch; at the tables you can also speak English.",
			Capacity:     60,
		},
		{
			Key: "sollicitatietraining-statushouders", PartnerSlug: "nieuwe-start-talent", Type: events.TypeTraining, InDays: 24, Start: at(10, 0), Minutes: 300,
			TitleNL: "Sollicitatietraining: werken bij de overheid",
			TitleEN: "Application workshop: working for the government",
			DescriptionNL: "Een dag voor statushouders die willen solliciteren bij de rijksoverheid, de politie of het Openbaar Ministerie. " +
				"Je leert hoe een overheidsvacature is opgebouwd, hoe je je buitenlandse diploma en ervaring beschrijft en hoe een selectiegesprek verloopt. " +
				"Recruiters oefenen met je en geven feedback op je cv.\n\n" +
				"Lunch is inbegrepen. Reiskosten met het openbaar vervoer worden vergoed.",
			DescriptionEN: "A day for refugees with a residence permit who want to apply to central government, the police or the Public Prosecution Service. " +
				"You learn how a government vacancy is built, how to describe your foreign diploma and experience, and what a selection interview looks like. " +
				"Recruiters practise with you and give feedback on your CV.\n\n" +
				"Lunch is included. Public transport costs are refunded.",
			VenueName: "Bibliotheek Amsterdam Oost", Address: "Voorbeeldstraat 45", City: "Amsterdam", Province: "noord-holland",
			Wheelchair:   true,
			AccessNoteNL: "Er zijn vrijwilligers aanwezig die Arabisch, Tigrinya, Dari en Oekraïens spreken.",
			AccessNoteEN: "Volunteers who speak Arabic, Tigrinya, Dari and Ukrainian are present.",
			Capacity:     20,
		},
		{
			Key: "regenboogborrel", PartnerSlug: "regenboognetwerk-overheid", Type: events.TypeNetworkMeeting, InDays: 28, Start: at(17, 0), Minutes: 150,
			TitleNL: "Regenboogborrel: lhbtiq+ bij politie en justitie",
			DescriptionNL: "Hoe is het om als lhbtiq+ persoon bij de politie of het Openbaar Ministerie te werken? " +
				"Collega's vertellen openhartig over uit de kast komen op het werk, over steun van leidinggevenden en over wat er nog beter kan. " +
				"Daarna is er een borrel, ook met alcoholvrije drankjes.\n\n" +
				"Iedereen is welkom: lhbtiq+ personen, bondgenoten en nieuwsgierigen.",
			VenueName: "Arrondissementsparket Rotterdam, foyer", Address: "Voorbeeldkade 20", City: "Rotterdam", Province: "zuid-holland",
			Wheelchair: true, QuietRoom: true,
			AccessNoteNL: "Er zijn genderneutrale toiletten. Je hoeft bij aanmelding alleen een voornaam op te geven.",
			AccessNoteEN: "There are gender-neutral toilets. You only need to give a first name when you register.",
		},
		{
			Key: "kijkje-in-de-keuken", Type: events.TypeOpenDay, InDays: 31, Start: at(13, 0), Minutes: 240,
			TitleNL: "Kijkje in de keuken: open middag op het ministerie",
			TitleEN: "Behind the scenes: open afternoon at the ministry",
			DescriptionNL: "Wat doen ambtenaren eigenlijk de hele dag? Loop een middag mee met beleidsmakers, juristen, IT'ers en communicatieadviseurs. " +
				"Je kiest vooraf twee teams om te bezoeken. Aan het eind kun je in gesprek met recruiters over de vacatures van dit moment.\n\n" +
				"Je hebt geen ervaring of bepaalde opleiding nodig om mee te doen.",
			DescriptionEN: "What do civil servants actually do all day? Spend an afternoon with policy makers, lawyers, IT staff and communication advisers. " +
				"You choose two teams to visit beforehand. At the end you can talk to recruiters about the current vacancies.\n\n" +
				"You need no particular experience or education to take part.",
			VenueName: "Rijkskantoor Den Haag", Address: "Voorbeeldplein 1", City: "Den Haag", Province: "zuid-holland",
			Wheelchair: true, SignLanguage: true, QuietRoom: true,
			AccessNoteNL: "Geef bij je aanmelding door als je een tolk Nederlandse Gebarentaal nodig hebt; we regelen die. Er is een prikkelarme ruimte op de eerste verdieping.",
			AccessNoteEN: "Let us know when you register if you need a Sign Language of the Netherlands interpreter; we will arrange one. There is a low-stimulus room on the first floor.",
			Capacity:     80,
		},
		{
			Key: "week-van-de-diversiteit", Type: events.TypeDiversityWeek, InDays: 35, Start: at(12, 0), Minutes: 90,
			TitleNL: "Week van de Diversiteit: lunchlezing over inclusief werkgeverschap",
			TitleEN: "Diversity Week: lunch lecture on inclusive employment",
			DescriptionNL: "Tijdens de Week van de Diversiteit vertellen onderzoekers en collega's wat werkt om een organisatie inclusiever te maken, en wat niet. " +
				"Met cijfers uit de ambitiemonitor en ervaringen van de personeelsnetwerken.\n\n" +
				"Je kunt de lezing in de zaal bijwonen, met lunch, of online volgen.",
			DescriptionEN: "During Diversity Week researchers and colleagues share what works to make an organisation more inclusive, and what does not. " +
				"With figures from the ambition monitor and experiences of the staff networks.\n\n" +
				"You can attend in the hall, with lunch, or follow the lecture online. The lecture is in Dutch with English captions online.",
			OnlineURL: "https://meet.example/week-van-de-diversiteit",
			VenueName: "Rijkskantoor Den Haag, auditorium", Address: "Voorbeeldplein 1", City: "Den Haag", Province: "zuid-holland",
			Wheelchair: true, SignLanguage: true,
			AccessNoteNL: "De zaal heeft een ringleiding. De online uitzending wordt live ondertiteld.",
			AccessNoteEN: "The hall has a hearing loop. The online stream has live captions.",
			Capacity:     120,
		},
		{
			Key: "werkbezoek-inspectie-beperking", PartnerSlug: "werk-zonder-drempels", Type: events.TypeWorkVisit, InDays: 42, Start: at(10, 0), Minutes: 150,
			TitleNL: "Werkbezoek: werken met een beperking bij de Inspectie",
			DescriptionNL: "Inspecteurs met een beperking of chronische ziekte laten zien hoe zij hun werk doen, en welke aanpassingen daarbij helpen: " +
				"van spraaksoftware tot een aangepast rooster. Je hoort hoe je die aanvraagt en wat je in een sollicitatie kunt vertellen.\n\n" +
				"De groep is klein, zodat er tijd is voor al je vragen.",
			VenueName: "Inspectie Publieke Dienstverlening", Address: "Voorbeeldsingel 8", City: "Utrecht", Province: "utrecht",
			Wheelchair: true, SignLanguage: true, QuietRoom: true,
			AccessNoteNL: "Het gebouw is volledig toegankelijk, met een toegankelijk toilet op elke verdieping. Assistentiehonden zijn welkom. Je mag een begeleider meenemen; die hoeft zich niet apart aan te melden.",
			AccessNoteEN: "The building is fully accessible, with an accessible toilet on every floor. Assistance dogs are welcome. You may bring a companion, who does not need to register.",
			Capacity:     12,
		},
		{
			Key: "infosessie-traineeship", Type: events.TypeOther, InDays: 50, Start: at(19, 30), Minutes: 60,
			TitleNL: "Online informatiesessie: het traineeship",
			TitleEN: "Online information session: the traineeship",
			DescriptionNL: "Trainees en de programmaleider vertellen hoe het traineeship beleid en uitvoering werkt, wat je verdient en hoe de selectie verloopt. " +
				"Je kunt anoniem vragen stellen in de chat.",
			DescriptionEN: "Trainees and the programme manager explain how the traineeship in policy and public services works, what you earn and how the selection goes. " +
				"You can ask questions anonymously in the chat.",
			OnlineURL:    "https://meet.example/traineeship",
			AccessNoteNL: "De sessie wordt live ondertiteld en opgenomen; de opname staat een week later op deze pagina.",
			AccessNoteEN: "The session has live captions and is recorded; the recording appears on this page a week later.",
		},
		{
			Key: "werkbezoek-om-rotterdam", Type: events.TypeWorkVisit, InDays: -18, Start: at(14, 0), Minutes: 150,
			TitleNL: "Werkbezoek Openbaar Ministerie Rotterdam",
			TitleEN: "Work visit to the Public Prosecution Service in Rotterdam",
			DescriptionNL: "Een middag bij het arrondissementsparket Rotterdam: een parketsecretaris en een officier van justitie lieten zien hoe een strafzaak wordt voorbereid, " +
				"en de deelnemers woonden een openbare zitting bij.",
			DescriptionEN: "An afternoon at the Rotterdam district prosecutor's office: a prosecution clerk and a public prosecutor showed how a criminal case is prepared, " +
				"and participants attended a public court hearing.",
			VenueName: "Arrondissementsparket Rotterdam", Address: "Voorbeeldkade 20", City: "Rotterdam", Province: "zuid-holland",
			Wheelchair: true,
			Capacity:   25,
		},
	}
}
