package i18n

type message struct{ nl, en string }

// messages is the catalogue: every user-visible text by key, merged once
// from the parts below and only read afterwards.
var messages = merge(publicMessages, backOfficeMessages, adminMessages, editorialMessages, vacancyMessages, eventMessages)

// merge joins catalogue parts; a key defined twice is a programming error.
func merge(parts ...map[string]message) map[string]message {
	all := map[string]message{}
	for _, part := range parts {
		for k, m := range part {
			if _, dup := all[k]; dup {
				panic("i18n: message key defined twice: " + k)
			}
			all[k] = m
		}
	}
	return all
}

// publicMessages are the texts of the public site.
var publicMessages = map[string]message{
	"site.name":   {"Podium", "Podium"},
	"site.org":    {"Ministerie van Publieke Zaken", "Ministry of Public Affairs"},
	"site.payoff": {"Iedereen hoort erbij. Werken aan Nederland, met wie je bent.", "Everyone belongs here. Work for the Netherlands, as who you are."},

	"nav.skip":          {"Direct naar de inhoud", "Skip to content"},
	"nav.language":      {"Taal", "Language"},
	"nav.main":          {"Hoofdmenu", "Main menu"},
	"nav.footer":        {"Over deze website", "About this website"},
	"nav.breadcrumb":    {"Kruimelpad", "Breadcrumb"},
	"nav.home":          {"Home", "Home"},
	"nav.stories":       {"Verhalen", "Stories"},
	"nav.vacancies":     {"Vacatures", "Vacancies"},
	"nav.events":        {"Agenda", "Events"},
	"nav.partners":      {"Partners", "Partners"},
	"nav.accessibility": {"Toegankelijkheid", "Accessibility"},
	"nav.privacy":       {"Privacy", "Privacy"},

	"home.title":           {"Jij hoort hier", "You belong here"},
	"home.pagetitle":       {"Werken bij de overheid, met wie je bent", "Working for government, as who you are"},
	"home.description":     {"Collega’s van het Ministerie van Publieke Zaken vertellen hoe zij hun plek vonden. Lees hun verhalen en ontdek vacatures en activiteiten.", "Colleagues at the Ministry of Public Affairs tell how they found their place. Read their stories and discover vacancies and events."},
	"home.lead":            {"Bij het Ministerie van Publieke Zaken werken mensen met alle achtergronden aan een land dat van iedereen is. Collega’s vertellen hoe zij hun plek vonden: wat hen deed twijfelen, en wat hielp.", "At the Ministry of Public Affairs, people of every background work for a country that belongs to everyone. Colleagues tell how they found their place: what made them hesitate, and what helped."},
	"home.cta.stories":     {"Lees de verhalen", "Read the stories"},
	"home.cta.vacancies":   {"Bekijk vacatures", "See vacancies"},
	"home.featured":        {"Uitgelichte verhalen", "Featured stories"},
	"home.allstories":      {"Alle verhalen", "All stories"},
	"home.themes":          {"Verhalen per thema", "Stories by theme"},
	"home.waysin":          {"Verder kijken", "Find out more"},
	"home.vacancies.title": {"Vacatures", "Vacancies"},
	"home.vacancies.text":  {"Van beleidsadviseur tot IT-architect: vind een baan die bij je past, met salaris, uren en opleidingsniveau op een rij.", "From policy adviser to IT architect: find a job that suits you, with salary, hours and education level at a glance."},
	"home.vacancies.link":  {"Zoek vacatures", "Search vacancies"},
	"home.events.title":    {"Agenda", "Events"},
	"home.events.text":     {"Kom kennismaken tijdens een werkbezoek, een meeloopdag of een netwerkbijeenkomst van onze partners.", "Get to know us at a work visit, an open day or a network meeting run by our partners."},
	"home.events.link":     {"Bekijk de agenda", "See the events"},

	"stories.title":       {"Verhalen", "Stories"},
	"stories.title.theme": {"Verhalen: %s", "Stories: %s"},
	"stories.description": {"Rolmodellen van het Ministerie van Publieke Zaken vertellen over hun werk en hun weg naar binnen.", "Role models at the Ministry of Public Affairs talk about their work and how they found their way in."},
	"stories.lead":        {"Echte collega’s over hun werk, hun twijfels en wat hen verder hielp.", "Real colleagues about their work, their doubts and what helped them on."},
	"stories.filter":      {"Kies een thema", "Choose a theme"},
	"stories.allthemes":   {"Alle thema’s", "All themes"},
	"stories.results":     {"Verhalen", "Stories"},
	"stories.none":        {"Er zijn hier nog geen verhalen. Kijk later nog eens, of kies een ander thema.", "There are no stories here yet. Come back later, or choose another theme."},
	"pager.label":         {"Pagina’s", "Pages"},
	"pager.prev":          {"Nieuwere verhalen", "Newer stories"},
	"pager.next":          {"Oudere verhalen", "Older stories"},

	"story.themes":    {"Thema’s", "Themes"},
	"story.published": {"Gepubliceerd op", "Published on"},
	"story.related":   {"Meer verhalen", "More stories"},
	"story.cta.title": {"Zie jij jezelf hier werken?", "Can you see yourself working here?"},
	"story.cta.text":  {"Bekijk onze vacatures. Twijfel je of je past? Solliciteer toch: we zoeken mensen, geen profielen.", "Look at our vacancies. Not sure you fit? Apply anyway: we look for people, not profiles."},

	"error.code":       {"Foutcode %d", "Error code %d"},
	"error.home":       {"Naar de homepage", "Go to the home page"},
	"error.stories":    {"Naar de verhalen", "Go to the stories"},
	"error.404.title":  {"Deze pagina bestaat niet (meer)", "This page does not exist (any more)"},
	"error.404.text":   {"Misschien is de pagina verplaatst of is het adres niet helemaal goed. Probeer het via de homepage of de verhalen.", "The page may have moved, or the address is not quite right. Try the home page or the stories."},
	"error.500.title":  {"Er ging iets mis aan onze kant", "Something went wrong on our side"},
	"error.500.text":   {"Dat ligt niet aan jou. Probeer het over een paar minuten opnieuw.", "It is not your fault. Please try again in a few minutes."},
	"error.400.title":  {"Dit verzoek kunnen we niet verwerken", "We cannot process this request"},
	"error.400.text":   {"Het adres bevat iets wat we niet begrijpen. Controleer de link of begin opnieuw op de homepage.", "The address contains something we do not understand. Check the link or start again from the home page."},
	"error.text.title": {"Deze tekens kunnen we niet opslaan", "We cannot store these characters"},
	"error.text.text":  {"Het formulier of het adres bevat tekens die geen geldige tekst zijn (bijvoorbeeld een NUL-teken of een ongeldige codering). Ga terug, verwijder ze en probeer het opnieuw; wat al was opgeslagen, blijft bewaard.", "The form or the address contains characters that are not valid text (for example a NUL character or an invalid encoding). Go back, remove them and try again; what was saved before is kept."},
	"error.405.title":  {"Deze actie kan hier niet", "This action is not possible here"},
	"error.405.text":   {"Deze pagina ondersteunt deze manier van opvragen niet.", "This page does not support this kind of request."},
	"error.413.title":  {"Dit is te groot", "This is too large"},
	"error.413.text":   {"Wat je verstuurde is groter dan we aannemen.", "What you sent is larger than we accept."},

	"accessibility.title": {"Toegankelijkheidsverklaring", "Accessibility statement"},
	"accessibility.p1":    {"Iedereen moet deze website kunnen gebruiken, ook met een beperking. Daarom bouwen we volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, zoals de wet voor overheidswebsites voorschrijft.", "Everyone must be able to use this website, including people with a disability. That is why we build it to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, as the law requires of government websites."},
	"accessibility.p2":    {"Elke pagina werkt zonder muis en zonder JavaScript, heeft een duidelijke structuur met koppen en oriëntatiepunten, en voldoende kleurcontrast. Iedere afbeelding heeft een tekstalternatief.", "Every page works without a mouse and without JavaScript, has a clear structure of headings and landmarks, and sufficient colour contrast. Every image has a text alternative."},
	"accessibility.p3":    {"We testen elke wijziging automatisch in een echte browser met axe-core, en daarnaast met de hand met toetsenbord en schermlezer.", "We test every change automatically in a real browser with axe-core, and by hand with keyboard and screen reader."},
	"accessibility.p4":    {"Loop je toch tegen een probleem aan? Laat het ons weten via toegankelijkheid@publiekezaken.example. We reageren binnen vijf werkdagen.", "Still running into a problem? Let us know at toegankelijkheid@publiekezaken.example. We reply within five working days."},
	"privacy.title":       {"Privacyverklaring", "Privacy statement"},
	"privacy.p1":          {"Deze website gebruikt geen trackingcookies en laadt niets van andere partijen. We weten dus niet wie je bent als je hier rondkijkt.", "This website uses no tracking cookies and loads nothing from third parties. So we do not know who you are while you look around."},
	"privacy.p2":          {"Meld je je aan voor een activiteit of nieuwsbrief, dan bewaren we alleen wat daarvoor nodig is, en niet langer dan nodig. Aanmeldingen voor activiteiten verwijderen we kort na afloop.", "If you register for an event or newsletter, we keep only what that needs, and no longer than needed. Event registrations are deleted shortly after the event."},
	"privacy.p3":          {"We registreren nooit iemands afkomst, geloof of andere bijzondere persoonsgegevens. Cijfers over diversiteit tonen we alleen geaggregeerd.", "We never record anyone's origin, faith or other special-category personal data. Diversity figures are only shown in aggregate."},
	"privacy.p4":          {"Collega’s in de verhalen hebben toestemming gegeven voor hun verhaal. Trekken zij die in, dan verdwijnt het verhaal direct van de website.", "Colleagues in the stories have consented to their story. If they withdraw that consent, the story disappears from the website at once."},
}
