package demo

// storiesNL returns the Dutch demo stories: the ones in this file and those
// in stories_nl_more.go.
func storiesNL() []Story {
	return append(storiesNLFirst(), storiesNLMore()...)
}

func storiesNLFirst() []Story {
	return []Story{
		{
			Key:              "samira-el-idrissi",
			Lang:             "nl",
			Slug:             "samira-beleidsadviseur",
			PersonName:       "Samira El Idrissi",
			Role:             "Senior beleidsadviseur",
			Department:       "Directie Burgerzaken",
			PortraitAlt:      "Illustratie van Samira: een vrouw met een donkerblauwe hoofddoek en een okergele trui, tegen een lichtgroene achtergrond.",
			Quote:            "Ik hoef hier niet te kiezen tussen wie ik ben en wat ik kan. Dat klinkt vanzelfsprekend, maar dat was het voor mij lang niet.",
			Intro:            "Samira El Idrissi (34) werkt als senior beleidsadviseur bij de directie Burgerzaken aan overheidsdiensten die voor iedereen bereikbaar zijn. Ze groeide op in Utrecht-Overvecht, als dochter van ouders uit het noorden van Marokko. Een gesprek over twijfel bij het solliciteren, de ramadan tijdens een Kamerdebat en waarom perspectief geen extraatje is.",
			Themes:           []string{"culturele-achtergrond", "geloof"},
			Featured:         true,
			PublishedDaysAgo: 12,
			BodyMarkdown: `### Hoe ben je bij het ministerie terechtgekomen?

Eerlijk gezegd via een omweg. Ik heb bestuurskunde gestudeerd en daarna vijf jaar bij een gemeente gewerkt, in het sociaal domein. Een ministerie voelde voor mij altijd als iets voor *andere* mensen: mensen met een vader die ook al ambtenaar was, die de weg kennen in Den Haag. Een oud-collega stuurde me de vacature door met de tekst "dit ben jij gewoon". Ik heb hem drie dagen laten liggen voordat ik durfde te reageren.

### Speelde je hoofddoek een rol in die twijfel?

Ja, en dat wil ik niet mooier maken dan het is. Ik heb in mijn studietijd gesolliciteerd op stages waarbij ik het gevoel had dat het gesprek voorbij was op het moment dat ik binnenliep. Dat kun je nooit bewijzen, maar je neemt het wel mee. Bij mijn sollicitatie hier zat er iemand van buiten de directie in de commissie, en iedereen kreeg dezelfde vragen. Dat klinkt klein, maar het gaf me rust: ik werd beoordeeld op wat ik zei, niet op hoe ik eruitzag.

### Wat doe je op een gewone werkdag?

Een gewone werkdag bestaat niet echt. Op dit moment werk ik aan een wetsvoorstel dat overheidsdiensten verplicht om naast de digitale weg ook een persoonlijk contactmoment te bieden. Ik praat met uitvoeringsorganisaties, met belangenorganisaties en met mensen die vastlopen in digitale formulieren. Dat vertaal ik naar een nota voor de minister. Het mooiste vind ik het als ik een verhaal uit zo'n gesprek terugzie in een Kamerbrief.

### Merk je dat je achtergrond iets toevoegt?

Zeker. Ik was twaalf toen mijn ouders me de brieven van de overheid gaven om voor te lezen. Ik weet hoe het voelt als er een envelop van de Belastingdienst op tafel ligt en niemand hem durft open te maken. Als we in een overleg praten over "de burger", zie ik mijn moeder voor me. Collega's vragen daar inmiddels ook naar: "Samira, hoe landt dit bij jouw tante?" Dat vind ik niet vervelend, zolang ik niet de enige ben die dat perspectief moet leveren.

### Hoe gaat je team om met je geloof?

Heel praktisch. Ik bid in de stilteruimte op de tweede verdieping, die ik deel met een collega die daar mediteert. Tijdens de ramadan begin ik vroeger en ga ik eerder naar huis. Dat heb ik met mijn leidinggevende afgesproken zonder dat het een groot gesprek werd. Vorig jaar viel een Kamerdebat precies op het moment van de iftar. Mijn teamleider had dadels meegenomen naar de ambtenarenbank. Dat vergeet ik niet snel.

### Wat zou je zeggen tegen iemand die twijfelt?

Dat twijfel normaal is, maar geen goede raadgever. Zoek iemand op die hier al werkt, via LinkedIn of via een van de personeelsnetwerken. Ik ben zelf actief in Netwerk Kleurrijk PZ en drink graag een kop koffie met je. En lees een vacature als een uitnodiging, niet als een lijst eisen waar je voor honderd procent aan moet voldoen. Dat laatste heb ik zelf ook een paar keer moeten horen voordat ik het geloofde.`,
		},
		{
			Key:              "daan-verbeek",
			Lang:             "nl",
			Slug:             "daan-it-architect",
			PersonName:       "Daan Verbeek",
			Role:             "IT-architect",
			Department:       "Directie Informatievoorziening",
			PortraitAlt:      "Illustratie van Daan: een man met kort blond haar en een bril, in een donkergroene trui, tegen een lichtblauwe achtergrond.",
			Quote:            "Mijn autisme is geen probleem dat opgelost moet worden. Het is ook de reden dat ik fouten in een ontwerp zie die anderen over het hoofd zien.",
			Intro:            "Daan Verbeek (41) is IT-architect bij de directie Informatievoorziening en ontwerpt hoe de systemen van het ministerie veilig met elkaar samenwerken. Op zijn vijfendertigste kreeg hij de diagnose autisme. Hij vertelt waarom hij dat op zijn werk bespreekbaar maakte en wat er daarna veranderde.",
			Themes:           []string{"neurodiversiteit"},
			Featured:         true,
			PublishedDaysAgo: 30,
			BodyMarkdown: `### Wat doet een IT-architect bij een ministerie?

Ik zorg dat we niet elke keer het wiel opnieuw uitvinden. Een ministerie heeft tientallen systemen: voor subsidies, voor wetgeving, voor personeelszaken. Als er iets nieuws bij komt, kijk ik hoe het aansluit op wat er al is, welke gegevens het nodig heeft en hoe we die beschermen. Ik teken veel. Collega's plagen me met mijn plaatjes, maar ze gebruiken ze wel allemaal.

### Wanneer hoorde je dat je autisme hebt?

Op mijn vijfendertigste, na een burn-out bij mijn vorige werkgever. Ik werkte in een open kantoor met een koptelefoon op, had elke dag zes overleggen en kwam 's avonds thuis zonder energie voor wat dan ook. Ik dacht dat ik gewoon slechter tegen drukte kon dan anderen en dat ik me beter moest aanpassen. De diagnose voelde eerst als een etiket. Later vooral als een handleiding.

### Heb je het verteld toen je hier solliciteerde?

Niet in mijn brief, wel in het tweede gesprek. Ik vroeg of ik de vragen vooraf op papier kon krijgen, omdat ik dan beter laat zien wat ik kan. Dat mocht, zonder gedoe. Later hoorde ik dat zo'n aanpassing hier heel gewoon is in selectieprocedures. Het gaf me vertrouwen dat ik daarna ook over andere dingen kon beginnen.

### Welke aanpassingen helpen je?

Het zijn kleine dingen, en ze kosten bijna niets:

- een vaste werkplek in de stiltezone, in plaats van elke dag een andere flexplek;
- overleggen met een agenda, en als die ontbreekt mag ik erom vragen zonder dat het raar is;
- twee thuiswerkdagen, op vaste dagen;
- feedback van mijn leidinggevende op schrift, met een gesprek erna.

Dat laatste was mijn eigen idee. Mondelinge kritiek hoor ik wel, maar ik verwerk hem pas een dag later. Zo praten we allebei over hetzelfde.

### Hoe reageerden je collega's?

Verschillend. De meesten vonden het vooral interessant. Een collega vertelde me een paar weken later dat zijn dochter ook autisme heeft, en dat hij opgelucht was dat iemand er zo gewoon over praatte. Er was ook iemand die zei: "Maar je bent toch gewoon heel sociaal?" Dat hoor ik vaker. Ik *kan* sociaal zijn, het kost me alleen meer energie dan jou.

### Wat maakt jou een goede architect?

Ik zie patronen. Als iemand een nieuw systeem presenteert, zie ik vaak binnen een paar minuten waar gegevens dubbel worden opgeslagen of waar een koppeling kwetsbaar is. Dat zeg ik ook, soms directer dan mensen gewend zijn. Mijn team heeft geleerd dat dat geen aanval is. Ik heb geleerd om er "goed punt trouwens" bij te zeggen als ik iets goed vind. Dat werkt beter dan ik dacht.

### Wat wil je lezers meegeven?

Als je neurodivergent bent: je hoeft het niet te vertellen, en zeker niet meteen. Maar als je het wel doet, kan het veel ruimte geven. En als je leidinggevende bent: vraag wat iemand nodig heeft in plaats van te raden. Het antwoord is meestal eenvoudiger dan je denkt.`,
		},
		{
			Key:              "ingrid-bakker",
			Lang:             "nl",
			Slug:             "ingrid-inspecteur",
			PersonName:       "Ingrid Bakker",
			Role:             "Inspecteur",
			Department:       "Inspectie Publieke Dienstverlening",
			PortraitAlt:      "Illustratie van Ingrid: een vrouw met grijs haar in een boblijn, een bril en oorbellen, in een donkerrood jasje, tegen een zachtroze achtergrond.",
			Quote:            "Op mijn zesenvijftigste dacht ik dat niemand nog op mij zat te wachten. Het bleek precies andersom.",
			Intro:            "Ingrid Bakker (59) was dertig jaar wijkverpleegkundige in Zwolle. Drie jaar geleden stapte ze over naar de Inspectie Publieke Dienstverlening, waar ze toezicht houdt op hoe gemeenten en uitvoeringsorganisaties met mensen omgaan. Over solliciteren als vijftiger, nieuwe systemen leren en wat levenservaring waard is.",
			Themes:           []string{"leeftijd", "gender"},
			PublishedDaysAgo: 75,
			BodyMarkdown: `### Waarom wilde je na dertig jaar iets anders?

Ik had het werk in de wijk met liefde gedaan, maar mijn rug begon te protesteren. En ik merkte dat ik vooral boos werd op de systemen om mensen heen. Ik zag ouderen die hun toeslag kwijtraakten omdat ze een formulier niet begrepen. Op een gegeven moment dacht ik: ik wil niet alleen pleisters plakken, ik wil weten waarom het misgaat.

### Hoe was het om op je zesenvijftigste te solliciteren?

Spannend. Ik had sinds 1994 geen sollicitatiebrief meer geschreven. Mijn dochter heeft mijn cv herschreven, want volgens haar stond er te veel in en te weinig op. Ik had verwacht dat mijn leeftijd een probleem zou zijn. In het gesprek vroegen ze juist naar situaties waarin ik moest schakelen tussen een familie, een huisarts en een gemeente. Dat is precies wat een inspecteur ook doet. Ik kreeg de baan, samen met een collega van 27. We noemen onszelf inmiddels "de lichting".

### Wat was het lastigst in het begin?

De systemen, zonder twijfel. Ik moest leren werken met een zaaksysteem, met Teams, met een digitale handtekening. Het eerste halfjaar voelde ik me soms net zo onhandig als de mensen die ik vroeger hielp. Wat hielp:

- een collega die een maand lang elke vrijdagmiddag een uur naast me kwam zitten;
- een cursus bij de Rijksacademie, samen met mensen van alle leeftijden;
- de regel in ons team dat je elke vraag mag stellen, ook voor de derde keer.

### Wat breng jij mee dat jongere collega's misschien niet hebben?

Ik heb in heel veel keukens gezeten. Ik weet hoe het klinkt als iemand zegt dat het goed gaat terwijl dat niet zo is. Bij een inspectiebezoek helpt dat: ik hoor wat er *niet* gezegd wordt. Tegelijk leer ik veel van mijn jonge collega's. Zij lezen een dataset sneller dan ik een brief. Die combinatie maakt ons team sterk, en dat zegt onze teamleider ook hardop.

### Merk je dat je een vrouw van bijna zestig bent?

Soms. Op een congres werd ik een keer aangezien voor de secretaresse van mijn jongere mannelijke collega. Hij corrigeerde het meteen, en dat vond ik fijn. Binnen de inspectie merk ik het weinig. Er wordt hier zelfs gewoon gepraat over de overgang, wat tien jaar geleden ondenkbaar was. Toen ik een tijd slecht sliep, heb ik twee maanden minder uren gewerkt. Dat kon zonder discussie.

### Wat zeg je tegen vijftigers die twijfelen?

Dat je niet te oud bent om te leren, en ook niet te oud om gevraagd te worden. De overheid heeft mensen nodig die weten hoe het leven buiten Den Haag eruitziet. Schrijf die brief. En laat je kind je cv nakijken.`,
		},
		{
			Key:              "kofi-mensah",
			Lang:             "nl",
			Slug:             "kofi-data-analist",
			PersonName:       "Kofi Mensah",
			Role:             "Data-analist",
			Department:       "Directie Strategie en Analyse",
			PortraitAlt:      "Illustratie van Kofi: een man met kortgeschoren zwart haar, in een blauw overhemd, tegen een lichtgele achtergrond.",
			Quote:            "Bij ons thuis was de overheid iets waar je een brief van kreeg. Nu help ik bepalen welke vragen we aan de data stellen.",
			Intro:            "Kofi Mensah (29) groeide op in Amsterdam-Zuidoost, als zoon van een Ghanese moeder die kantoren schoonmaakte. Hij was de eerste in zijn familie die naar de universiteit ging. Nu werkt hij als data-analist bij de directie Strategie en Analyse, aan onderzoek naar wie er wel en niet bij de overheid aan het loket komt.",
			Themes:           []string{"culturele-achtergrond", "sociale-achtergrond"},
			PublishedDaysAgo: 110,
			BodyMarkdown: `### Hoe ben je data-analist geworden?

Via het vmbo, de havo, een hbo-opleiding en pas daarna econometrie. Mijn decaan op het vmbo vond de havo "misschien wat hoog gegrepen". Mijn wiskundeleraar vond van niet. Die leraar is zelf met me meegegaan naar het gesprek met mijn moeder. Zonder hem had ik hier niet gezeten, en ik denk nog vaak aan hoe dun dat draadje was.

### Wat doe je precies?

Ik analyseer gegevens om beleid beter te maken. Op dit moment onderzoek ik welke groepen mensen afhaken bij het aanvragen van een regeling. Ik werk met geanonimiseerde gegevens en we letten heel scherp op privacy: we willen groepen begrijpen, nooit individuen volgen. Na de toeslagenaffaire is dat voor iedereen hier vanzelfsprekend. Voor mij ook persoonlijk, want ik ken gezinnen die er slachtoffer van zijn geworden.

### Hoe voelde je je in je eerste weken?

Als een gast. Iedereen leek elkaar al te kennen, iedereen had het over "de SG" en "de DG" en ik wist niet wie dat waren. Bij de eerste borrel ging het gesprek over zeilen en skiën. Ik heb nooit geskied. Ik ben toen vooral bij de bitterballen blijven staan. Dat klinkt grappig, maar het maakte me onzeker: hoor ik hier wel?

### Wat veranderde dat gevoel?

Drie dingen. Een buddy uit mijn team, die me uitlegde hoe de organisatie werkt en wie je waarvoor belt. Het cross-mentoringprogramma, waarin ik werd gekoppeld aan een directeur van een ander ministerie, een vrouw met een Surinaamse achtergrond die precies wist waar ik het over had. En mijn eerste analyse die in een Kamerbrief terechtkwam. Toen dacht ik: mijn werk doet ertoe, dus ik ook.

### Merk je dat je achtergrond je werk beïnvloedt?

Ja. Als we kijken naar cijfers over wie een regeling niet aanvraagt, weet ik dat het vaak niet om onwil gaat. Het gaat om schaamte, om brieven die te moeilijk zijn, om een telefoonnummer dat niemand opneemt. Ik stel andere vragen aan de data dan een collega die opgroeide in Wassenaar. Dat is geen verwijt, dat is precies waarom je een divers team wilt. Data zijn nooit neutraal: de vragen die je stelt, bepalen wat je vindt.

### Wat zou je tegen je jongere zelf zeggen?

Dat je niet hoeft te doen alsof je alles al weet. Niemand hier weet alles. Vraag wat een afkorting betekent. Ga naar de borrel, ook als je niet skiet. En zoek de mensen op die ooit ook de eerste waren. Ze zijn er, en ze helpen je graag.`,
		},
		{
			Key:              "lotte-de-vries",
			Lang:             "nl",
			Slug:             "lotte-juridisch-adviseur",
			PersonName:       "Lotte de Vries",
			Role:             "Juridisch adviseur",
			Department:       "Directie Juridische Zaken",
			PortraitAlt:      "Illustratie van Lotte: een vrouw met lang bruin haar en oorbellen, in een paarse trui met V-hals, tegen een zachtroze achtergrond.",
			Quote:            "Mijn rolstoel is het eerste wat mensen zien. Ik zorg ervoor dat het niet het enige is wat ze onthouden.",
			Intro:            "Lotte de Vries (32) is juridisch adviseur bij de directie Juridische Zaken en adviseert over aansprakelijkheid en Europees recht. Sinds een auto-ongeluk op haar negentiende gebruikt ze een rolstoel. Ze vertelt over een sollicitatiegesprek op de derde verdieping, een aangepaste werkplek en het verschil tussen toegankelijk op papier en toegankelijk in het echt.",
			Themes:           []string{"beperking"},
			Featured:         true,
			PublishedDaysAgo: 5,
			BodyMarkdown: `### Wat doe je als juridisch adviseur?

Ik beantwoord de vraag "mag dit?", en steeds vaker de vraag "hoe kan dit wel?". Beleidsdirecties komen bij mij met een plan en ik kijk waar de juridische risico's zitten: Europese regels, privacy, aansprakelijkheid. Soms betekent dat dat ik een plan moet afremmen. Ik probeer dan altijd met een alternatief te komen. Nee zeggen kan iedereen.

### Hoe verliep je sollicitatie?

Het begon met een praktisch probleem. In de uitnodiging stond dat het gesprek op de derde verdieping was, maar niet dat de lift in dat deel van het gebouw in onderhoud was. Ik had gelukkig gebeld om naar de toegankelijkheid te vragen. De recruiter schrok, regelde een andere ruimte en nam de vraag mee naar de facilitaire dienst. Tegenwoordig staat er in elke uitnodiging een zin over aanpassingen die je kunt vragen. Ik vind het leuk dat mijn gesprek daar misschien aan heeft bijgedragen.

### Wat heb je nodig om goed te werken?

Minder dan mensen denken. Een bureau dat in hoogte verstelbaar is, een vaste parkeerplek dicht bij de ingang en een toegankelijk toilet op mijn verdieping. Dat was binnen twee weken geregeld. Wat meer tijd kostte, was het besef bij collega's dat "even snel overleggen in de andere vleugel" voor mij tien minuten omrijden is. Daar zijn we nu handig in. We plannen overleggen op plekken waar iedereen makkelijk kan komen, en als dat niet lukt, schuif ik online aan.

### Hoe reageren mensen op je?

Meestal heel normaal. Soms is het ongemakkelijk: mensen die tegen mijn collega praten in plaats van tegen mij, of die me ongevraagd gaan duwen. Ik zeg er dan iets van, met humor als het kan. Binnen mijn directie zijn zulke momenten zeldzaam geworden. Dat komt ook doordat ik niet de enige ben: in het netwerk voor collega's met een beperking zitten inmiddels ruim zestig mensen.

### Wat doe je in dat netwerk?

We zijn een klankbord voor de organisatie. We hebben meegekeken bij de verbouwing van de hal, we testen intranetpagina's met schermlezers en we adviseren HR over de werving. Het mooiste vind ik dat we ook gewoon lol hebben. Eén keer per jaar gaan we samen uit eten, op een plek die we vooraf zelf hebben gecheckt.

### Wat wil je kandidaten met een beperking meegeven?

Vraag om wat je nodig hebt, in de sollicitatie en daarna. Je bent geen last, je bent een kandidaat. Goede werkgevers willen het weten, want ze willen de beste mensen, en dat ben jij misschien. En als een organisatie er slecht op reageert, dan weet je ook iets.`,
		},
		{
			Key:              "ruben-hoekstra",
			Lang:             "nl",
			Slug:             "ruben-communicatieadviseur",
			PersonName:       "Ruben Hoekstra",
			Role:             "Communicatieadviseur",
			Department:       "Directie Communicatie",
			PortraitAlt:      "Illustratie van Ruben: een man met roodbruin krullend haar en een baard, in een terracotta trui, tegen een lichte mintgroene achtergrond.",
			Quote:            "Ik heb jarenlang op maandag 'we' gezegd als ik het over mijn weekend had. Hier zeg ik gewoon: mijn man en ik.",
			Intro:            "Ruben Hoekstra (38) komt uit een dorp in Friesland en werkt als communicatieadviseur bij de directie Communicatie. Hij schrijft speeches, bereidt persmomenten voor en is sinds twee jaar voorzitter van het Regenboognetwerk van het ministerie. Over uit de kast komen, en dat steeds opnieuw.",
			Themes:           []string{"lhbtiq"},
			PublishedDaysAgo: 160,
			BodyMarkdown: `### Hoe ben je in de communicatie beland?

Ik wilde journalist worden en heb een paar jaar bij een regionale krant gewerkt. Toen die krant fuseerde, kwam ik als woordvoerder bij een provincie terecht. Sinds vijf jaar werk ik hier. Ik adviseer bewindspersonen over hoe ze iets uitleggen: een nieuwe regel, een tegenvaller, een excuus. Dat laatste is lastiger dan je denkt. Een goed excuus is concreet en kort. Een slecht excuus is vaag en lang.

### Was je meteen open over je seksuele oriëntatie?

Nee. Bij mijn eerste baan zei ik "we" en "mijn partner". Niet omdat iemand me iets had gedaan, maar omdat ik in mijn dorp had geleerd om eerst de kat uit de boom te kijken. Wat mensen vaak niet weten: uit de kast komen doe je niet één keer. Je doet het bij elke nieuwe collega, bij elke nieuwe leidinggevende, bij elke kennismakingsronde. Elke keer maak je een kleine afweging.

### Wat maakte het hier makkelijker?

Eerlijk gezegd iets kleins. Op mijn tweede werkdag hing er een regenboogvlag in de hal, omdat het Coming Out Day was. Ik weet dat sommige mensen dat symboolpolitiek vinden. Voor mij was het een signaal: hier hoef ik de kat niet uit de boom te kijken. Bij de kennismakingslunch vertelde ik over mijn man, die toen nog mijn vriend was. Niemand keek op. Dat is precies wat je wilt.

### Wat doet het Regenboognetwerk?

We organiseren ontmoetingen, maar we zijn ook kritisch. Een paar voorbeelden:

- we hebben meegelezen met de nieuwe regeling voor ouderschapsverlof, zodat die ook klopt voor gezinnen met twee vaders of twee moeders;
- we geven elk jaar een workshop voor leidinggevenden over hoe je reageert als iemand iets persoonlijks met je deelt;
- we trekken samen op met de netwerken van andere ministeries tijdens Pride.

Ik vind het belangrijk dat we ook oog hebben voor collega's voor wie het minder vanzelfsprekend is: transgender collega's, of mensen die uit een omgeving komen waar ze nergens open kunnen zijn.

### Heb je hier ook vervelende dingen meegemaakt?

Eén keer. Een collega maakte in een overleg een grap die over de grens ging. Ik zei er niets van, en daar baalde ik achteraf van. Een andere collega sprak hem er na afloop op aan. De volgende dag kwam hij zijn excuses aanbieden. Ik heb daarvan geleerd dat je niet altijd zelf alles hoeft recht te zetten. Bondgenoten maken het verschil.

### Wat zou je zeggen tegen iemand die twijfelt om te solliciteren?

Kijk of een organisatie een netwerk heeft en mail het gerust, ook voordat je solliciteert. Wij beantwoorden die mails altijd, en vertrouwelijk. En weet dat je zelf bepaalt wanneer en aan wie je iets vertelt. Dat is jouw verhaal.`,
		},
		{
			Key:              "mehmet-yilmaz",
			Lang:             "nl",
			Slug:             "mehmet-controller",
			PersonName:       "Mehmet Yılmaz",
			Role:             "Financieel controller",
			Department:       "Directie Financieel-Economische Zaken",
			PortraitAlt:      "Illustratie van Mehmet: een man met kort zwart haar en een zwarte baard, in een donkerblauw colbert met een wit overhemd, tegen een lichtblauwe achtergrond.",
			Quote:            "Ik ben een stapelaar: mbo, hbo, een master in deeltijd. Elke stap leek de laatste. Er kwam er steeds nog een.",
			Intro:            "Mehmet Yılmaz (44) begon als administratief medewerker met een mbo-diploma op zak. Nu is hij financieel controller bij de directie Financieel-Economische Zaken en bewaakt hij een begroting van honderden miljoenen euro's. Over stapelen, over zijn vader in de textielfabriek en over durven zeggen dat je iets niet weet.",
			Themes:           []string{"sociale-achtergrond", "culturele-achtergrond"},
			PublishedDaysAgo: 220,
			BodyMarkdown: `### Waar begon je loopbaan?

Bij een transportbedrijf in Enschede. Mijn vader werkte in de textielfabriek tot die dichtging, mijn moeder zorgde voor ons vijven. Thuis was de boodschap duidelijk: zorg dat je een vak leert, dan heb je altijd werk. Ik deed de mbo-opleiding financiële administratie en vond cijfers prachtig. Ze liegen niet, zei ik toen. Inmiddels weet ik dat ze wel degelijk een verhaal vertellen, en dat je goed moet kijken welk verhaal.

### Hoe ben je doorgegroeid?

Stap voor stap, en altijd naast mijn werk. Eerst een hbo-opleiding in de avonduren, daarna een master in controlling in deeltijd. Die master heeft het ministerie betaald, uit het opleidingsbudget dat elke rijksambtenaar heeft. Ik had drie jonge kinderen en studeerde op zaterdagochtend aan de keukentafel. Mijn vrouw heeft in die jaren veel opgevangen. Zonder haar was het niet gelukt, dat wil ik echt gezegd hebben.

### Wat doet een financieel controller?

Ik zorg dat het ministerie weet waar het geld naartoe gaat en of het daar ook iets oplevert. Ik praat met beleidsdirecties over hun plannen, ik reken mee en ik stel lastige vragen. Wat kost dit volgend jaar? Wat als het tegenvalt? Rond de Voorjaarsnota is het hier dagenlang spitsuur. Dat vind ik eerlijk gezegd het leukste deel: dan komt alles samen.

### Voelde je je ooit anders dan je collega's?

In het begin wel. Veel collega's hadden aan de universiteit gestudeerd en spraken een taal die ik nog niet kende. Ze verwezen naar boeken die ik niet had gelezen. Ik had het gevoel dat ik twee keer zo hard moest werken om te laten zien dat ik hier hoorde. Dat ging pas weg toen een afdelingshoofd tegen me zei: "Jij begrijpt de uitvoering beter dan wie dan ook hier, want jij hebt het zelf gedaan." Dat heb ik onthouden.

### Hoe kijk je naar je Turkse achtergrond op het werk?

Het is een deel van mij, geen thema waar ik elke dag mee bezig ben. Wat ik wel merk: jongere collega's met een migratieachtergrond komen naar mij toe met vragen. Hoe pak je een salarisonderhandeling aan, als je ouders dat nooit hebben gedaan? Hoe zeg je nee tegen een directeur? Ik neem daar graag de tijd voor. Ik had zelf zo iemand gemist.

### Wat is je advies aan mbo'ers die dit lezen?

Je diploma is een begin, geen plafond. Bij de Rijksoverheid kijken we steeds vaker naar wat je kunt en minder naar welk papiertje je hebt. Vraag in je eerste gesprek naar de opleidingsmogelijkheden. Dat is geen brutale vraag, maar een slimme. En durf te zeggen dat je iets niet weet. De beste controllers die ik ken, doen dat elke dag.`,
		},
		{
			Key:              "sanne-jansen",
			Lang:             "nl",
			Slug:             "sanne-trainee",
			PersonName:       "Sanne Jansen",
			Role:             "Rijkstrainee",
			Department:       "Directie Openbaar Bestuur",
			PortraitAlt:      "Illustratie van Sanne: een vrouw met roodbruin haar in een knot, in een okergele trui, tegen een lila achtergrond.",
			Quote:            "Mijn ADHD maakt me niet minder geschikt voor dit werk. Wel slechter in lange overleggen zonder agenda, maar wie is daar goed in?",
			Intro:            "Sanne Jansen (26) zit in het tweede jaar van het Rijkstraineeprogramma. Haar huidige opdracht is bij de directie Openbaar Bestuur, waar ze meewerkt aan een programma dat de lokale democratie versterkt. Op haar drieëntwintigste kreeg ze de diagnose ADHD, en daar praat ze open over.",
			Themes:           []string{"neurodiversiteit"},
			PublishedDaysAgo: 45,
			BodyMarkdown: `### Wat is het Rijkstraineeprogramma?

Een traineeship van twee jaar waarin je drie of vier opdrachten doet bij verschillende onderdelen van de Rijksoverheid. Ik begon bij een uitvoeringsorganisatie, deed daarna een opdracht over woningbouw en zit nu hier. Je krijgt een vaste begeleider, trainingen en een groep mede-trainees met wie je alles deelt. Het is intensief, maar je leert in twee jaar wat je anders in zes jaar leert.

### Wanneer hoorde je dat je ADHD hebt?

Tijdens mijn master. Ik haalde goede cijfers, maar alleen door alles op het laatste moment in paniek te doen. Ik dacht dat ik lui was. Een studiegenoot met ADHD herkende zichzelf in mij en raadde me aan me te laten testen. De diagnose was een enorme opluchting. Ik was niet lui, mijn brein werkt gewoon anders. Daarna heb ik geleerd hoe ik daarmee omga.

### Heb je het verteld bij je sollicitatie?

Ik heb er lang over getwijfeld. In de selectie zat een assessment met een onderdeel onder tijdsdruk, en ik was bang dat ik daar slecht op zou scoren. Uiteindelijk heb ik het gemeld. Ik kreeg extra tijd voor dat onderdeel, net als bij mijn tentamens op de universiteit. Niemand heeft er verder naar gevraagd en het werd niet meegewogen. Dat vond ik fijn, want verder gaat het niemand iets aan.

### Hoe ziet je werkdag eruit?

Afwisselend, en dat heb ik nodig. Ik werk nu aan een handreiking voor gemeenteraden over het betrekken van inwoners. Ik interview raadsleden, schrijf stukken en organiseer bijeenkomsten in het land. Mijn trucs:

- ik plan mijn moeilijkste schrijfwerk 's ochtends vroeg, als het nog stil is;
- ik werk met een timer: 25 minuten focus, 5 minuten pauze;
- in overleggen maak ik aantekeningen met de hand, anders dwaal ik af;
- na elk overleg zet ik in de chat wie wat gaat doen.

Dat laatste vinden collega's inmiddels zo handig dat ze het zelf ook doen.

### Wat helpt er in je omgeving?

Een leidinggevende die stuurt op resultaat en niet op aanwezigheid. En mijn begeleider vanuit het traineeship, die zelf dyslexie heeft en dus weet hoe het is om je werk anders aan te pakken. Ik heb ook veel aan het netwerk Neurodivers PZ, waar we tips uitwisselen en soms gewoon even stoom afblazen.

### Wat zeg je tegen jonge mensen die twijfelen?

Dat ADHD, autisme of dyslexie geen reden is om niet te solliciteren. Je hoeft het niet te vertellen, maar als je een aanpassing nodig hebt in de selectie, kun je daarom vragen. En veel mensen met een neurodivergent brein zijn juist goed in dingen die de overheid hard nodig heeft: snel schakelen, verbanden zien, *anders* denken.`,
		},
		{
			Key:              "esther-boateng",
			Lang:             "nl",
			Slug:             "esther-directeur",
			PersonName:       "Esther Boateng",
			Role:             "Directeur",
			Department:       "Directie Digitale Overheid",
			PortraitAlt:      "Illustratie van Esther: een vrouw met zwart krullend haar in een afro en oorbellen, in een blauw colbert, tegen een zandkleurige achtergrond.",
			Quote:            "Toen ik begon, was ik in veel vergaderingen de enige vrouw en de enige zwarte persoon. Nu zit ik aan het hoofd van de tafel, en ik let op wie er nog ontbreekt.",
			Intro:            "Esther Boateng (48) is sinds drie jaar directeur Digitale Overheid. Ze leidt ruim honderdtwintig mensen die werken aan veilige en begrijpelijke digitale diensten voor iedereen. Ze groeide op in Rotterdam, in een gezin met Ghanese wortels, en begon haar loopbaan als programmeur.",
			Themes:           []string{"gender", "culturele-achtergrond"},
			Featured:         true,
			PublishedDaysAgo: 90,
			BodyMarkdown: `### Hoe word je directeur bij een ministerie?

In mijn geval niet volgens plan. Ik studeerde informatica in Delft, was een van de vier vrouwen in mijn jaar en werkte daarna als programmeur bij een bank. Ik kwam naar de overheid omdat ik iets wilde bouwen dat voor iedereen werkt, niet alleen voor klanten met geld. Ik werd teamleider omdat niemand anders het wilde, en merkte dat ik het leuk vond om mensen te laten groeien. Van daaruit ging het stap voor stap.

### Wat doet een directeur Digitale Overheid?

Ik zorg ervoor dat mensen hun zaken met de overheid digitaal kunnen regelen, veilig en begrijpelijk, en dat wie dat niet kan of wil een alternatief heeft. Ik praat met de minister, met uitvoeringsorganisaties, met Europese collega's en met mijn eigen teams. Mijn agenda zit vol, maar ik houd elke week een uur vrij om zomaar bij een team aan te schuiven. Daar hoor ik wat er echt speelt.

### Heb je obstakels ervaren als vrouw van kleur?

Ja. Niet vaak openlijk, wel in kleine dingen. Mensen die me in een vergadering vroegen of ik wilde notuleren. Een bezoeker die mijn mannelijke collega een hand gaf en aan mij voorbijliep. Twijfel over mijn "technische achtergrond", terwijl ik meer code heb geschreven dan de meeste mensen in die kamer. Je krijgt er een dikke huid van. Maar ik wil niet dat jonge vrouwen die dikke huid nodig hebben.

### Wat doe je daar zelf aan?

Ik let op wie er aan tafel zit en wie er niet is. Bij vacatures in mijn directie kijk ik mee naar de tekst en naar de samenstelling van de selectiecommissie. We werken met vaste vragen en een scorekaart, zodat "een goed gevoel" niet de doorslag geeft. En ik ben mentor in het cross-mentoringprogramma. Ik leer daar zelf minstens zoveel als mijn mentees.

### Hoe combineer je dit werk met je gezin?

Met hulp en met grenzen. Mijn man werkt vier dagen, ik soms vijf. De woensdagmiddag is voor mijn jongste, en mijn secretariaat plant daar niets op. Dat weet iedereen, en daardoor durven anderen hun eigen grenzen ook te trekken. Als directeur geef je het voorbeeld, of je dat nu wilt of niet.

### Wat wil je jonge vrouwen in de techniek meegeven?

Dat de overheid een van de mooiste plekken is om met techniek bezig te zijn, omdat wat je bouwt voor iedereen is. Solliciteer ook als je niet aan alle eisen voldoet; mannen doen dat ook. En zoek naast een mentor ook een sponsor: iemand die jouw naam noemt in de kamers waar jij nog niet zit.`,
		},
		{
			Key:              "alex-de-graaf",
			Lang:             "nl",
			Slug:             "alex-informatiebeveiliging",
			PersonName:       "Alex",
			Role:             "Informatiebeveiligingsadviseur",
			Department:       "Directie Bedrijfsvoering",
			PortraitAlt:      "Illustratie van Alex: een persoon met kort paars geverfd haar en een bril, in een grijze coltrui, tegen een lichtgele achtergrond.",
			Quote:            "Ik ben non-binair. Het enige wat ik vraag, is dat je 'die' of 'hen' zegt in plaats van 'hij' of 'zij'. De rest van de tijd praten we gewoon over phishing.",
			Intro:            "Alex (35) is informatiebeveiligingsadviseur bij de directie Bedrijfsvoering en zorgt dat het ministerie bestand is tegen hackers, datalekken en slordigheid. Alex is non-binair en gebruikt de voornaamwoorden die en hen. Een gesprek over veiligheid, taal en geduld.",
			Themes:           []string{"lhbtiq", "gender"},
			PublishedDaysAgo: 140,
			BodyMarkdown: `### Wat doe je als informatiebeveiligingsadviseur?

Ik help het ministerie om veilig te werken zonder dat het werk onmogelijk wordt. Dat betekent risicoanalyses maken, incidenten afhandelen en collega's trainen. Het meeste werk zit niet in techniek maar in gedrag. Een sterk wachtwoord helpt weinig als iemand een ontgrendelde laptop in de trein laat staan. Daarom organiseer ik phishingoefeningen. Collega's vinden me daar soms irritant om, en dat is helemaal prima.

### Hoe was je eerste kennismaking met het ministerie?

Ik had mijn voornaamwoorden onder mijn naam in mijn sollicitatiebrief gezet. Dat was een test, dat geef ik eerlijk toe. In de uitnodiging schreef de recruiter "Beste Alex" in plaats van "Geachte heer of mevrouw", en de voorzitter van de commissie vroeg aan het begin van het gesprek hoe ik aangesproken wilde worden. Een kleine moeite. Voor mij betekende het dat ik ontspannen over mijn vak kon praten.

### Gaat het altijd goed?

Nee. Collega's vergissen zich, en dat vind ik niet erg. Iemand zegt "hij", verbetert zich en gaat door. Prima. Lastiger zijn formulieren met alleen "man" of "vrouw", of systemen die automatisch een aanhef in een brief zetten. Daar ben ik met HR en de facilitaire dienst mee aan de slag gegaan. Inmiddels kun je in het personeelssysteem je aanhef zelf kiezen, of geen aanhef, en gebruiken interne brieven gewoon je naam.

### Is het vermoeiend om steeds uit te leggen wie je bent?

Soms wel. Ik heb geleerd dat ik niet iedereen hoef te overtuigen. Ik leg het graag uit aan wie oprecht nieuwsgierig is, maar ik ben geen voorlichtingsfolder. Het Regenboognetwerk helpt: daar hoef ik niets uit te leggen. En mijn teamleider neemt het soms over als ik er even geen zin in heb. Zij zegt dan gewoon: "Alex gebruikt die en hen, dat is alles."

### Wat heeft veiligheid met inclusie te maken?

Meer dan je denkt. Als mensen zich niet veilig voelen om een fout te melden, hoor je te laat over een datalek. Een organisatie waar je jezelf kunt zijn, is ook een organisatie waar je durft te zeggen dat je op een verkeerde link hebt geklikt. Dat is geen zacht verhaal: ik zie het terug in het aantal meldingen dat we op tijd binnenkrijgen.

### Wat zou je willen dat lezers onthouden?

Dat je niet alles goed hoeft te doen om een goede collega te zijn. Luisteren, vragen, je vergissen en doorgaan. En als je zelf non-binair of trans bent en twijfelt om te solliciteren: je bent welkom in de informatiebeveiliging. We hebben mensen nodig die gewend zijn om kritisch naar systemen te kijken. Daar hebben wij veel ervaring mee.`,
		},
	}
}
