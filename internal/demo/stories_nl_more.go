package demo

func storiesNLMore() []Story {
	return []Story{
		{
			Key:              "priya-ramdin",
			Lang:             "nl",
			Slug:             "priya-hr-adviseur",
			PersonName:       "Priya Ramdin",
			Role:             "HR-adviseur",
			Department:       "Directie HRM",
			PortraitAlt:      "Illustratie van Priya: een vrouw met lang zwart haar en oorbellen, in een donkergroene trui met V-hals, tegen een zachtroze achtergrond.",
			Quote:            "Met Divali neem ik zoetigheid mee voor mijn team. Het is een klein gebaar, maar het vertelt meer over mij dan mijn functieomschrijving.",
			Intro:            "Priya Ramdin (37) is HR-adviseur bij de directie HRM en adviseert leidinggevenden over werving, ontwikkeling en lastige personeelskwesties. Ze groeide op in de Haagse Schilderswijk in een Hindoestaans gezin. Over geloof op de werkvloer, feestdagen die niet op de kalender staan en werving die echt open is.",
			Themes:           []string{"geloof", "culturele-achtergrond"},
			PublishedDaysAgo: 260,
			BodyMarkdown: `### Wat doet een HR-adviseur?

Ik ben sparringpartner voor leidinggevenden. Ze bellen me als ze een vacature willen openstellen, als een medewerker vastloopt of als er een conflict in een team is. Daarnaast werk ik aan ons wervingsbeleid. Ik heb meegeschreven aan de training "Selecteren zonder vooroordelen", die inmiddels verplicht is voor iedereen die in een selectiecommissie zit.

### Welke rol speelt je geloof in je werk?

Mijn geloof is voor mij iets persoonlijks, maar het is wel zichtbaar. Ik eet geen rundvlees, ik vast op bepaalde dagen en ik neem vrij met Divali en Holi. Op religieuze feestdagen kun je hier gewoon verlof opnemen, en daar wordt rekening mee gehouden. Dat weten collega's niet altijd. Toen ik hier begon, plande mijn team een heidag op Divali. Ik heb het gezegd en de dag werd verzet. Sindsdien staan de belangrijkste feestdagen van verschillende religies in onze teamkalender.

### Heb je je ooit minder welkom gevoeld?

Op mijn vorige werkplek wel. Er waren opmerkingen over "Surinaamse tijd" en over mijn eten, dat "zo sterk rook". Het waren grapjes, zei men. Ik weet sindsdien hoe het voelt als je je eigen bakje eten niet meer in de magnetron durft te zetten. Hier is dat anders. Mijn collega's vragen om mijn recept voor roti, en ik neem het graag voor ze mee.

### Wat merk je in je werk als HR-adviseur?

Dat goede bedoelingen niet genoeg zijn. Leidinggevenden zeggen vaak dat ze "gewoon de beste kandidaat" willen. Dat wil ik ook. Maar wie is de beste als je commissie bestaat uit vier mensen die allemaal op elkaar lijken? Daarom adviseer ik een paar vaste dingen:

- een gemengd samengestelde commissie, met iemand van buiten het team;
- vooraf vastgestelde criteria en dezelfde vragen voor iedereen;
- een vacaturetekst die door onze inclusieve-taalcheck is gegaan;
- geen "klik" als laatste criterium.

### Wat betekent het netwerk voor jou?

Ik ben lid van Netwerk Kleurrijk PZ en van een levensbeschouwelijke gesprekskring die een collega heeft opgezet. Daar praten een moslim, een protestant, een boeddhist, een atheïst en ik met elkaar over zingeving en werk. Het klinkt als het begin van een mop, maar het zijn de mooiste gesprekken die ik hier voer.

### Wat wil je lezers meegeven?

Dat je geloof niet iets is wat je bij de voordeur hoeft af te geven. Bij de overheid werk je voor iedereen, dus ook voor mensen die geloven zoals jij, of helemaal niet. Vraag in je sollicitatie gerust hoe een organisatie omgaat met religieuze feestdagen of een stilteruimte. Het antwoord zegt veel over de cultuur.`,
		},
		{
			Key:              "henk-postma",
			Lang:             "nl",
			Slug:             "henk-beveiliging",
			PersonName:       "Henk Postma",
			Role:             "Teamleider beveiliging",
			Department:       "Facilitaire Dienst",
			PortraitAlt:      "Illustratie van Henk: een kale man met grijs haar aan de zijkanten en een bril, in een donkerblauw overhemd, tegen een lichtgroene achtergrond.",
			Quote:            "Ik ken de meeste collega's bij naam, van de bode tot de minister. Wie 's ochtends langs mij loopt, verdient een goedemorgen.",
			Intro:            "Henk Postma (62) werkt al achttien jaar bij de beveiliging van het ministerie en is nu teamleider van twaalf beveiligers. Hij ging op zijn vijftiende van school om in de bouw te werken. Over ploegendiensten, doorgroeien zonder diploma en de vraag wanneer je eigenlijk oud bent.",
			Themes:           []string{"leeftijd", "sociale-achtergrond"},
			PublishedDaysAgo: 300,
			BodyMarkdown: `### Hoe ben je bij het ministerie gekomen?

Ik heb twintig jaar in de bouw gewerkt, tot mijn knieën het niet meer deden. Ik was vierenveertig, had geen diploma en dacht dat het klaar was. Via een omscholingstraject heb ik mijn beveiligingsdiploma gehaald. Mijn eerste baan was in een winkelcentrum, daarna kwam ik hier binnen via een uitzendbureau. Na een jaar kreeg ik een vaste aanstelling. Ik weet nog dat ik dat contract drie keer heb gelezen.

### Wat doet een teamleider beveiliging?

Ik zorg dat het gebouw en de mensen erin veilig zijn. Dat gaat over toegangspassen en camera's, maar vooral over mensen. Ik maak de roosters, begeleid nieuwe beveiligers en ben het aanspreekpunt als er iets gebeurt: een demonstratie voor de deur, een collega die onwel wordt, een bezoeker die boos is. Ik heb geleerd dat je de meeste problemen oplost door rustig te blijven en goed te luisteren. Dat leer je niet op een cursus, dat leer je door het te doen.

### Hoe ben je teamleider geworden zonder diploma?

Mijn vorige leidinggevende zag iets in me wat ik zelf niet zag. Ze vroeg of ik een leiderschapstraining wilde volgen. Ik zei eerst nee, want ik had sinds de lagere school niet meer in een klaslokaal gezeten. Ze bleef het vragen. Uiteindelijk heb ik het gedaan, met collega's die twintig jaar jonger waren en allemaal een hbo-diploma hadden. Ik was de enige die wist hoe je een nachtdienst draait. Dat telde ook.

### Hoe is het om op je 62ste nog in diensten te werken?

Zwaarder dan vroeger, dat zeg ik eerlijk. Nachtdiensten draai ik niet meer; dat hebben we in mijn loopbaangesprek afgesproken, zonder dat ik erom hoefde te vragen. Er zijn bij de Rijksoverheid regelingen om in de laatste jaren voor je pensioen minder te werken, en daar denk ik over na. Maar ik ben nog lang niet klaar. Ik ben mentor van drie jonge beveiligers en dat vind ik het mooiste deel van mijn werk.

### Wat leer je van die jonge collega's?

Veel. Ze zijn handiger met de nieuwe camerasystemen dan ik, en ze wijzen me erop als ik iets ouderwets zeg. Daar moet ik soms om lachen en soms even over nadenken. Andersom leer ik hen hoe je iemand aanspreekt zonder dat het escaleert. We vullen elkaar aan. Zo hoort een team te werken, jong en oud door elkaar.

### Wat wil je anderen meegeven?

Dat je achtergrond niet bepaalt hoe ver je komt. Ik ben de zoon van een vrachtwagenchauffeur en een moeder die in de kantine van een fabriek stond. Nu sta ik elke ochtend in de hal van een ministerie, met een team dat ik zelf heb opgeleid. Solliciteer gewoon. En als iemand iets in je ziet, luister dan.`,
		},
		{
			Key:              "jesse-kuipers",
			Lang:             "nl",
			Slug:             "jesse-beleidsmedewerker",
			PersonName:       "Jesse Kuipers",
			Role:             "Beleidsmedewerker digitale toegankelijkheid",
			Department:       "Directie Digitale Overheid",
			PortraitAlt:      "Illustratie van Jesse: een man met donkerbruin krullend haar, in een donkergroen overhemd, tegen een lila achtergrond.",
			Quote:            "Ik ben doof en ik werk met tolken. Na een paar weken vergeet iedereen dat er een tolk in de kamer zit. Dat is precies de bedoeling.",
			Intro:            "Jesse Kuipers (31) is beleidsmedewerker bij de directie Digitale Overheid en werkt aan de toegankelijkheid van overheidswebsites en -apps. Hij is doof geboren en zijn eerste taal is de Nederlandse Gebarentaal. Over tolken in overleggen, ondertiteling in online vergaderingen en de kracht van een goede chat.",
			Themes:           []string{"beperking"},
			PublishedDaysAgo: 190,
			BodyMarkdown: `### Wat is je werk?

Ik werk aan beleid voor digitale toegankelijkheid. Overheidswebsites moeten bruikbaar zijn voor iedereen: voor mensen die blind zijn, die doof zijn, die moeite hebben met lezen of die alleen een oude telefoon hebben. Dat staat in de wet, maar in de praktijk gaat het nog vaak mis. Ik schrijf regels en handreikingen, en ik praat met organisaties die moeten verbeteren. Het helpt dat ik weet waar het over gaat. Een video zonder ondertiteling is voor mij geen detail.

### Hoe communiceer je met collega's?

Op verschillende manieren. Bij overleggen en presentaties werk ik met tolken Nederlandse Gebarentaal. Die tolkuren worden vergoed via een voorziening voor doven en slechthorenden op het werk. Bij online vergaderingen gebruik ik automatische ondertiteling, en soms een schrijftolk. Eén op één schrijven we vaak in de chat, ook als we naast elkaar zitten. Mijn collega's hebben een paar gebaren geleerd, vooral "koffie" en "dank je wel". Eén collega volgt inmiddels een cursus gebarentaal. Dat raakt me.

### Wat was lastig in het begin?

De spontane gesprekken. Veel informatie wordt uitgewisseld bij de koffieautomaat of op de gang, en daar zit geen tolk bij. Ik had het gevoel dat ik steeds net achter de feiten aanliep. We hebben toen een simpele afspraak gemaakt: besluiten die buiten een overleg worden genomen, komen altijd in het teamkanaal. Dat bleek voor iedereen handig, niet alleen voor mij. Collega's die parttime werken, hebben er net zoveel aan.

### Hoe verliep je sollicitatie?

Ik schreef in mijn brief dat ik een tolk zou meenemen naar het gesprek. De commissie belde vooraf om te vragen hoe ze het gesprek het beste konden inrichten: waar de tolk moest zitten, of er pauzes nodig waren. Dat ik niet alles zelf hoefde te bedenken, gaf vertrouwen. In het gesprek zelf ging het daarna gewoon over de inhoud. Zo hoort het.

### Wat wil je dat horende collega's weten?

Kijk mij aan, niet de tolk. Praat in je normale tempo; de tolk vraagt het wel als het te snel gaat. Zet in een online overleg je camera aan, dan kan ik liplezen als dat nodig is. En ga ervan uit dat ik meer kan dan je denkt. Ik heb een masterdiploma en over bijna alles een mening.

### Wat zou je dove of slechthorende lezers aanraden?

Dat je je niet kleiner hoeft te maken dan je bent. Er zijn voorzieningen: gebruik ze. Vraag in je sollicitatie naar ervaring met tolken; een organisatie die dat al kent, scheelt je veel uitleg. En zoek elkaar op. In het netwerk voor collega's met een beperking zitten ook andere doven en slechthorenden. Samen sta je sterker.`,
		},
		{
			Key:              "wendy-vos",
			Lang:             "nl",
			Slug:             "wendy-managementondersteuner",
			PersonName:       "Wendy Vos",
			Role:             "Managementondersteuner",
			Department:       "Bureau Secretaris-Generaal",
			PortraitAlt:      "Illustratie van Wendy: een vrouw met blond haar in een boblijn en oorbellen, in een terracotta trui met V-hals, tegen een lichte mintgroene achtergrond.",
			Quote:            "Mijn moeder rekende elke maand uit of de boodschappen nog konden. Nu beheer ik de agenda van de secretaris-generaal. Soms moet ik daar nog om lachen.",
			Intro:            "Wendy Vos (52) is managementondersteuner van de secretaris-generaal, de hoogste ambtenaar van het ministerie. Ze groeide op in Rotterdam-Zuid, werd jong moeder en ging pas na haar veertigste weer aan het werk. Over de bovenste verdieping, onzekerheid en iemand die gewoon zegt: jij kunt dit.",
			Themes:           []string{"sociale-achtergrond", "gender"},
			PublishedDaysAgo: 350,
			BodyMarkdown: `### Wat doe je precies?

Ik houd de agenda bij van de secretaris-generaal en zorg dat ze goed voorbereid elk gesprek ingaat. Ik bewaak de stukken, regel afspraken met andere ministeries en ben het eerste aanspreekpunt voor iedereen die haar wil spreken. Dat zijn directeuren, maar ook de schoonmaker die iets kwijt wil. Ik vind het belangrijk dat iedereen hetzelfde welkom krijgt.

### Hoe ben je hier terechtgekomen?

Met een omweg van twintig jaar. Ik ben opgegroeid in Rotterdam-Zuid. Mijn vader was er niet en mijn moeder werkte in een wasserij. Ik had een mbo-diploma als secretaresse en werd op mijn eenentwintigste moeder. Jarenlang was ik thuis met drie kinderen en weinig geld. Toen de jongste naar de middelbare school ging, wilde ik weer aan het werk. Maar wie neemt iemand aan met een gat van zeventien jaar in haar cv?

### Hoe kreeg je toch een kans?

Via een werkervaringsplek bij de gemeente, geregeld door een klantmanager die in me geloofde. Daar ontdekte ik dat ik goed ben in organiseren. Als je drie kinderen, een krap budget en een ex tegelijk in goede banen leidt, kun je ook een directieagenda aan. Na twee jaar solliciteerde ik hier als secretaresse bij een beleidsdirectie. Vier jaar later vroeg de secretaris-generaal of ik naar haar bureau wilde komen.

### Voelde je je op je plek op die bovenste verdieping?

In het begin helemaal niet. Iedereen praatte snel, gebruikte woorden die ik moest opzoeken en leek op dezelfde scholen te hebben gezeten. Ik was bang dat ze me zouden doorzien: die hoort hier niet. Het hielp dat de SG zelf open is over haar achtergrond; haar ouders hadden een groentezaak. In mijn eerste week zei ze: "Als je iets niet weet, vraag het. Dat doe ik ook." Dat heb ik letterlijk genomen.

### Wat heb je geleerd?

Dat je achtergrond je ook iets geeft. Ik kan goed inschatten hoe mensen zich voelen, ik blijf rustig als het druk is en ik laat me niet snel intimideren. Ik heb ook geleerd om mezelf verder te ontwikkelen. Via het opleidingsbudget heb ik een cursus zakelijk schrijven gedaan en een training over het voorbereiden van overleggen met bewindspersonen. Mijn kinderen vinden het prachtig dat hun moeder weer "op school" zit.

### Wat wil je tegen herintreders zeggen?

Dat een gat in je cv geen gat in je kunnen is. Beschrijf wat je in die jaren hebt gedaan, ook als het onbetaald was: vrijwilligerswerk, de ouderraad, de zorg voor je moeder. En laat je niet wegzetten als "alleen maar" secretaresse. Zonder goede ondersteuning draait geen enkele directie. Dat weten ze hier heel goed.`,
		},
		{
			Key:              "rami-haddad",
			Lang:             "nl",
			Slug:             "rami-softwareontwikkelaar",
			PersonName:       "Rami Haddad",
			Role:             "Softwareontwikkelaar",
			Department:       "Directie Informatievoorziening",
			PortraitAlt:      "Illustratie van Rami: een man met kort donkerbruin haar, een baard en een bril, in een grijze trui, tegen een zachtroze achtergrond.",
			Quote:            "In Aleppo bouwde ik software voor ziekenhuizen. Hier moest ik eerst de taal leren voordat ik weer kon laten zien wat ik kon.",
			Intro:            "Rami Haddad (36) is softwareontwikkelaar bij de directie Informatievoorziening. Hij vluchtte in 2015 uit Syrië en begon in Nederland opnieuw: met taalles, inburgering en een werkervaringsplaats. Over een diploma dat niet meetelde, over geduld en over een team dat in het Arabisch heeft leren tellen.",
			Themes:           []string{"culturele-achtergrond"},
			PublishedDaysAgo: 120,
			BodyMarkdown: `### Hoe zag je leven eruit voordat je naar Nederland kwam?

Ik had informatica gestudeerd in Aleppo en werkte bij een bedrijf dat software maakte voor ziekenhuizen. Ik was net getrouwd. Toen de oorlog dichterbij kwam, zijn we vertrokken. Dat besluit vat je niet samen in een paar zinnen, dus dat doe ik ook niet. We kwamen in de herfst van 2015 in Nederland aan en woonden een halfjaar in een azc in Gelderland.

### Wat was het moeilijkst bij het vinden van werk?

Dat ik weer onderaan moest beginnen. Mijn diploma werd gewaardeerd op hbo-niveau, maar werkgevers vroegen om Nederlandse werkervaring. Die kon ik niet hebben, want niemand nam me aan. Eerst heb ik twee jaar Nederlands geleerd, tot niveau B2. Daarna kreeg ik via een programma voor statushouders een werkervaringsplaats bij de Rijksoverheid. Na zes maanden kreeg ik een contract. Die dag heb ik mijn vrouw gebeld vanaf de fiets.

### Hoe was het om in een Nederlands team te werken?

Anders dan ik gewend was. In Syrië zeg je niet zo snel tegen je baas dat je het oneens bent. Hier verwachten ze dat juist. De eerste keer dat een junior collega in een overleg zei dat de teamleider het mis had, dacht ik dat er ruzie kwam. Iedereen dronk gewoon verder koffie. Ik heb moeten leren mijn mening te geven. Mijn team heeft moeten leren dat mijn stilte niet betekent dat ik het ermee eens ben.

### Wat hielp je om je thuis te voelen?

Kleine dingen, eigenlijk:

- een teamleider die in het begin elke week een kwartier met me koffie dronk, alleen om te vragen hoe het ging;
- collega's die mijn Nederlands niet verbeterden in overleggen, maar er later rustig iets over zeiden als ik dat vroeg;
- een vaste programmeerpartner, met wie ik code schreef en die me alle afkortingen uitlegde.

In ons team hebben we een gewoonte: elke sprint leert iedereen een nieuw Arabisch woord. Inmiddels kan het hele team tot tien tellen.

### Waar werk je nu aan?

Aan het systeem waarmee mensen een klacht kunnen indienen over een overheidsdienst. Ik vind het mooi dat ik daaraan bijdraag. Toen ik hier net was, begreep ik veel brieven niet en wist ik niet waar ik terechtkon. Als ik nu een formulier bouw, denk ik aan de Rami van 2015. Ik wil dat hij het ook snapt.

### Wat zeg je tegen nieuwkomers die werk zoeken?

Blijf Nederlands leren, ook als je al werk hebt. Neem een werkervaringsplaats serieus, want het is vaak je deur naar binnen. En vergeet niet wat je al kunt. Ik hoefde niet opnieuw te leren programmeren. Ik moest opnieuw laten zien dat ik het kon.`,
		},
		{
			Key:              "hanna-mulder",
			Lang:             "nl",
			Slug:             "hanna-wetgevingsjurist",
			PersonName:       "Hanna Mulder",
			Role:             "Wetgevingsjurist",
			Department:       "Directie Constitutionele Zaken en Wetgeving",
			PortraitAlt:      "Illustratie van Hanna: een vrouw met lang blond haar, in een blauwe trui, tegen een lichtgele achtergrond.",
			Quote:            "Ik kom uit een reformatorisch gezin en ga elke zondag naar de kerk. Op mijn werk schrijf ik wetten voor iedereen, ook voor mensen die heel anders leven dan ik.",
			Intro:            "Hanna Mulder (29) is wetgevingsjurist bij de directie Constitutionele Zaken en Wetgeving. Ze groeide op in een reformatorisch gezin op de Veluwe en was het eerste meisje in haar familie dat ging studeren. Over een geloof dat niet altijd in het plaatje past en over samenwerken met mensen die de wereld anders zien.",
			Themes:           []string{"geloof"},
			PublishedDaysAgo: 380,
			BodyMarkdown: `### Wat doet een wetgevingsjurist?

Ik zorg dat beleid juridisch klopt en helder wordt opgeschreven. Als de minister iets wil veranderen, vertaal ik dat in wetsartikelen. Daarna gaat het voorstel langs de Raad van State, de Tweede Kamer en de Eerste Kamer. Bij de debatten zit ik soms in de ambtenarenbank en schrijf ik antwoorden op vragen van Kamerleden. Het is precisiewerk. Eén komma kan het verschil maken.

### Hoe kijk je naar je eigen achtergrond?

Met liefde, en met vragen. Ik ben opgegroeid in een warm gezin waar het geloof alles kleurde: geen televisie, de zondag als rustdag, op zaterdagavond de kleren klaarleggen voor de kerk. Rechten studeren in Utrecht was een grote stap. Mijn ouders waren trots, maar ook een beetje bang dat ik zou veranderen. Dat is ook gebeurd, en tegelijk ben ik nog steeds gelovig. Dat gaat prima samen, al begrijpt niet iedere collega dat meteen.

### Merk je dat op je werk?

Soms. In mijn eerste week vroeg een collega of ik "zo iemand" was die tegen het homohuwelijk is. Dat was een pijnlijk moment, omdat het gesprek voorbij leek voordat het begonnen was. Ik heb geantwoord dat ik wetten schrijf die voor iedereen gelden, en dat ik dat met overtuiging doe. Later hebben we er tijdens een lunch echt over gepraat. Die collega is inmiddels een van mijn beste maatjes op het werk. We zijn het niet over alles eens, en dat hoeft ook niet.

### Hoe ga je om met de zondag?

Ik werk niet op zondag, en dat heb ik bij mijn aanstelling gezegd. Bij wetgeving is dat meestal geen probleem. Eén keer moest er een spoedwet door de Kamer en liep het werk door in het weekend. Mijn team heeft de zondag toen onderling verdeeld en ik nam de zaterdagavond en -nacht voor mijn rekening. Ik heb nooit het gevoel gehad dat ik me moest verontschuldigen. Het was gewoon een afspraak, net als die met een collega die op vrijdagmiddag naar de moskee gaat.

### Wat leer je van collega's die anders leven?

Heel veel. Ik werk samen met een moslim, een atheïst, een collega die met een vrouw getrouwd is en een collega die boeddhist is. We hebben allemaal iets wat ons heilig is. Door met hen samen te werken, begrijp ik beter voor wie ik schrijf. Een wet moet werken voor de boer op de Veluwe *en* voor het stel in Amsterdam-West.

### Wat zou je tegen gelovige jongeren zeggen?

Dat de overheid ook jouw werkgever kan zijn. Je hoeft je geloof niet te verstoppen, en je hoeft het ook niet steeds te verdedigen. Wees eerlijk over wat je nodig hebt, wees nieuwsgierig naar anderen en laat je niet in een hokje zetten. Ook niet door jezelf.`,
		},
		{
			Key:              "jeroen-smit",
			Lang:             "nl",
			Slug:             "jeroen-afdelingshoofd",
			PersonName:       "Jeroen Smit",
			Role:             "Afdelingshoofd",
			Department:       "Directie Arbeidszaken Publieke Sector",
			PortraitAlt:      "Illustratie van Jeroen: een man met kort bruin haar, in een blauw overhemd, tegen een lichtgroene achtergrond.",
			Quote:            "Ik ben afdelingshoofd en werk vier dagen. Op vrijdag sta ik om half drie op het schoolplein. Dat zou niet bijzonder moeten zijn, maar voor veel mannen is het dat nog steeds.",
			Intro:            "Jeroen Smit (45) is afdelingshoofd bij de directie Arbeidszaken Publieke Sector en geeft leiding aan achttien beleidsmedewerkers. Hij werkt vier dagen per week en is open over de zorg voor zijn kinderen. Over deeltijd als man, over het goede voorbeeld geven en over waarom gendergelijkheid ook over vaders gaat.",
			Themes:           []string{"gender"},
			PublishedDaysAgo: 240,
			BodyMarkdown: `### Wat doet je afdeling?

Wij maken beleid over de arbeidsvoorwaarden van ambtenaren: salarissen, verlof, thuiswerken. Dat is dus letterlijk beleid over ons eigen werk. Het mooie is dat je ziet wat het doet. Toen het betaald ouderschapsverlof werd uitgebreid, zag ik een jaar later het aantal vaders dat verlof opnam flink stijgen. Daar word ik blij van.

### Waarom werk je vier dagen?

Toen onze oudste werd geboren, werkte mijn vrouw als verpleegkundige in onregelmatige diensten. Een van ons moest minder gaan werken. Het lag voor de hand dat zij dat zou doen, want zo gaat het in Nederland meestal. Maar waarom eigenlijk? Ze verdiende per uur bijna evenveel en vond haar werk minstens zo belangrijk als ik het mijne. Dus ben ik minder gaan werken. Bij mijn toenmalige werkgever was dat behoorlijk ongebruikelijk.

### Hoe werd daarop gereageerd?

Daar met gefronste wenkbrauwen. Mijn toenmalige baas vroeg of ik "nog wel ambitie had". Hier was dat anders. Toen ik solliciteerde als afdelingshoofd, vroeg ik in het gesprek of de functie in vier dagen kon. Het antwoord was: "Als jij het zo organiseert dat het werkt, zeker." Dat vertrouwen ben ik nooit vergeten. Ik heb een sterke plaatsvervanger, en op vrijdag ben ik alleen bereikbaar als het echt moet.

### Wat heeft dit met gender te maken?

Alles. Als mannen niet minder gaan werken, blijven vrouwen de meeste zorg dragen, en dat zie je terug in wie er in hogere functies zit. Diversiteit aan de top begint ook thuis, bij de vraag wie de kinderen van school haalt. Ik vind dat je dat als mannelijke leidinggevende hardop moet zeggen. Mijn vrouw is inmiddels teamleider op de intensive care. Onze kinderen vinden het heel normaal dat papa op vrijdag kookt.

### Wat doe je als leidinggevende?

Ik probeer het goede voorbeeld te geven, ook in kleine dingen:

- mijn vrije dag staat zichtbaar in mijn agenda en in mijn e-mailhandtekening;
- ik plan geen overleggen op woensdagmiddag of vrijdag, omdat veel parttimers dan vrij zijn;
- in jaargesprekken vraag ik niet alleen naar ambities, maar ook naar wat iemand thuis nodig heeft;
- als een van mijn kinderen ziek is, neem ik zelf zorgverlof.

Dat laatste lijkt klein, maar juist jonge vaders op mijn afdeling zien dat. Een van hen vertelde laatst dat hij daardoor durfde te vragen om drie maanden ouderschapsverlof.

### Wat wil je tegen andere mannen zeggen?

Dat je loopbaan niet stopt als je minder gaat werken. Het vraagt wel dat je keuzes maakt en goed delegeert. Je wordt er een betere leidinggevende van, omdat je je team meer ruimte geeft. En je kinderen worden maar één keer acht.`,
		},
		{
			Key:              "eva-brouwer",
			Lang:             "nl",
			Slug:             "eva-inkoopadviseur",
			PersonName:       "Eva Brouwer",
			Role:             "Inkoopadviseur",
			Department:       "Directie Bedrijfsvoering",
			PortraitAlt:      "Illustratie van Eva: een vrouw met donkerbruin haar in een knot en een bril, in een donkerrode coltrui, tegen een lichtblauwe achtergrond.",
			Quote:            "Ik heb dyslexie en lees elke week aanbestedingsstukken van honderd pagina's. Met de juiste hulpmiddelen is dat geen tegenstelling.",
			Intro:            "Eva Brouwer (39) is inkoopadviseur bij de directie Bedrijfsvoering en begeleidt aanbestedingen, van koffie tot IT-systemen. Ze heeft dyslexie, wat pas op de middelbare school werd ontdekt. Over voorleessoftware, onzekerheid over spelfouten en een vak dat draait om overzicht.",
			Themes:           []string{"neurodiversiteit"},
			PublishedDaysAgo: 330,
			BodyMarkdown: `### Wat doet een inkoopadviseur?

Ik help het ministerie om goed en eerlijk in te kopen. Als een directie iets nodig heeft, bijvoorbeeld een onderzoeksbureau of nieuwe software, begeleid ik de aanbesteding. Dat betekent eisen opstellen, offertes beoordelen en zorgen dat alles volgens de regels gaat. We letten ook op duurzaamheid en op *social return*: leveranciers die mensen met een afstand tot de arbeidsmarkt een kans geven, scoren bij ons beter.

### Hoe heeft dyslexie je loopbaan beïnvloed?

Op de basisschool werd ik "slordig" genoemd. Pas in de tweede klas van de havo kreeg ik de diagnose. Ik heb toen lang gedacht dat een baan met veel lezen en schrijven niets voor mij was. Ik koos voor bedrijfskunde op het hbo, omdat ik goed ben in overzicht houden en mensen bij elkaar brengen. Inkoop bleek precies die combinatie te zijn. Dat er veel tekst bij komt kijken, heb ik op de koop toe genomen.

### Welke hulpmiddelen gebruik je?

Een paar dingen maken echt het verschil:

- voorleessoftware, waarmee ik lange documenten laat voorlezen terwijl ik meelees;
- spraakherkenning, voor het eerste concept van een lange tekst;
- een spellingcontrole die ook in ons documentsysteem werkt;
- een vaste collega die mijn belangrijkste stukken nog even naleest.

De software is voor mij aangeschaft na één gesprek met mijn leidinggevende. Ik hoefde er geen verklaring voor te laten zien. Inmiddels hoort het programma bij de standaardsoftware en gebruiken collega's zonder dyslexie het ook. Een van hen laat elke ochtend op de fiets zijn nota's voorlezen.

### Ben je nog onzeker over spelfouten?

Minder dan vroeger, maar het zit er nog wel in. Een mail aan een directeur lees ik altijd twee keer. Het helpt dat ik er open over ben. Staat er dan toch een foutje in, dan weten mensen waar het vandaan komt en hoeft het geen gedoe te worden. Eén keer maakte iemand in een overleg een opmerking over een spelfout in mijn stuk. Mijn leidinggevende zei toen: "We kijken hier naar de inhoud." Dat vond ik fijn.

### Wat voeg jij toe aan je team?

Ik denk in beelden en in verbanden. Bij een aanbesteding zie ik snel waar de risico's zitten, omdat ik het geheel overzie in plaats van elk detail. Ik maak graag schema's en tijdlijnen, en die gebruikt het hele team inmiddels. Ik wil niet beweren dat dat voor iedereen met dyslexie geldt, maar voor mij klopt het.

### Wat zou je anderen met dyslexie willen zeggen?

Laat je niet afschrikken door een baan met veel tekst. De hulpmiddelen zijn goed, en een goede werkgever regelt ze voor je. Vertel het als je je daar prettig bij voelt, en vraag wat je nodig hebt. Je bent meer dan je spelling.`,
		},
		{
			Key:              "bram-de-jong",
			Lang:             "nl",
			Slug:             "bram-archief",
			PersonName:       "Bram",
			Role:             "Medewerker documentaire informatievoorziening",
			Department:       "Directie Bedrijfsvoering",
			PortraitAlt:      "Illustratie van Bram: een jonge man met kortgeschoren bruin haar, in een okergele trui, tegen een lila achtergrond.",
			Quote:            "Ik scan elke dag honderden brieven. Als ik het niet doe, kan niemand ze terugvinden. Ik ben best belangrijk hier.",
			Intro:            "Bram (23) werkt bij de afdeling Documentaire Informatievoorziening. Hij scant post, archiveert stukken en zorgt dat alles op de goede plek komt. Bram kwam binnen via de Banenafspraak, heeft een jobcoach en vertelt in zijn eigen woorden hoe dat gaat.",
			Themes:           []string{"beperking", "leeftijd"},
			PublishedDaysAgo: 60,
			BodyMarkdown: `### Wat doe je op je werk?

Ik begin om half negen. Eerst haal ik de post op bij de postkamer. Dan open ik de brieven en scan ik ze. Ik kijk bij elke brief voor welke afdeling hij is en zet hem in het goede dossier in de computer. Soms zijn het brieven van mensen aan de minister. Die moeten extra snel, want daar moet binnen een paar weken een antwoord op komen. Ik vind het fijn dat ik precies weet wat ik moet doen.

### Hoe kwam je aan deze baan?

Ik zat op het praktijkonderwijs. Leren uit boeken vind ik moeilijk, ik heb een leerbeperking. Maar met mijn handen en met de computer ben ik goed. Na school heb ik een tijd niks gedaan. Dat was niet leuk. Via het UWV kwam ik in het doelgroepregister van de Banenafspraak. Dat is een afspraak dat werkgevers, ook de overheid, mensen met een beperking een baan geven. Mijn jobcoach zag deze vacature en ging met mij mee naar het gesprek.

### Wat doet je jobcoach?

Ze heet Marieke. Eerst kwam ze elke week, nu één keer per maand. Ze helpt als iets niet lukt of als ik iets niet snap. In het begin was het druk in mijn hoofd. Er waren veel nieuwe mensen en veel regels. Marieke heeft met mijn leidinggevende een lijstje gemaakt met mijn taken, op volgorde. Dat lijstje hangt naast mijn computer. Als er iets nieuws bij komt, maken we er een nieuwe stap bij.

### Hoe gaat het met je collega's?

Leuk. Mijn buddy heet Ton, hij is 61. Hij werkt hier al dertig jaar en weet alles van het archief. Hij leert mij hoe de oude dossiers werken en ik leer hem snelle trucjes op de computer. Hij zegt dat ik sneller scan dan wie dan ook. We lunchen elke dag samen. Op vrijdag gaan we met het team naar de kantine voor een tosti.

### Wat vind je moeilijk?

Veranderingen die ik niet van tevoren weet. Een keer was mijn bureau verplaatst omdat er een verbouwing was. Dat vond ik heel vervelend. Nu zegt mijn leidinggevende het altijd een week van tevoren. Ik vind het ook moeilijk als veel mensen tegelijk praten. Dan ga ik even naar de stille ruimte. Dat mag gewoon.

### Wat wil je later?

Ik wil ook de digitale archieven leren beheren. Ik doe nu een cursus op de computer, en Ton helpt me. En ik wil een eigen huis. Ik woon nog bij mijn moeder. Met mijn vaste contract kan ik nu sparen. Mijn moeder is trots op mij. Ik ook wel, eigenlijk.

### Wat zeg je tegen jongeren zoals jij?

Geef niet op. Er is werk voor jou. Hulp vragen is niet erg. En zoek een plek waar mensen geduld hebben. Die zijn er echt.`,
		},
	}
}
