package demo

import (
	"fmt"
	"html"
	"strings"

	"github.com/podium-portal/podium/internal/partners"
)

// Partner is a demo partner organisation. All of them are invented.
type Partner struct {
	Slug string
	partners.Profile
	// Initials and Color make the generated logo (see Logo).
	Initials string
	Color    string
}

// Logo sizes: a wide mark, as most organisation logos are.
const (
	LogoWidth  = 480
	LogoHeight = 160
)

// Partners returns the demo partner organisations. The first is the one
// the demo partner user belongs to.
func Partners() []Partner {
	return []Partner{
		{
			Slug: "netwerk-kleurrijk", Initials: "NK", Color: "#8A3B12",
			Profile: partners.Profile{
				Name: "Stichting Netwerk Kleurrijk",
				DescriptionNL: "Netwerk Kleurrijk brengt professionals met een bi-culturele achtergrond en werkgevers in de publieke sector bij elkaar. " +
					"We organiseren netwerkcafés, een mentorprogramma en werkbezoeken, zodat je ziet wie er al werkt en hoe het werk eruitziet.\n\n" +
					"Ons netwerk telt ruim 2.000 leden, van mbo-studenten tot directeuren. Meedoen is gratis.",
				DescriptionEN: "Netwerk Kleurrijk connects professionals with a bicultural background and public-sector employers. " +
					"We organise network cafés, a mentoring programme and work visits, so that you can see who already works there and what the work looks like.\n\n" +
					"Our network has more than 2,000 members, from vocational students to directors. Taking part is free.",
				Website:    "https://netwerkkleurrijk.example",
				FocusAreas: []string{"culturele-achtergrond", "sociale-achtergrond", "geloof"},
			},
		},
		{
			Slug: "nieuwe-start-talent", Initials: "NS", Color: "#1F5C8B",
			Profile: partners.Profile{
				Name: "Nieuwe Start Talent",
				DescriptionNL: "Nieuwe Start Talent helpt statushouders aan werk dat past bij hun opleiding en ervaring. " +
					"Veel nieuwkomers hebben een diploma en jaren werkervaring, maar vinden de weg naar de Nederlandse arbeidsmarkt niet. " +
					"Wij koppelen hen aan werkgevers, geven sollicitatietrainingen en helpen bij het laten waarderen van diploma's.\n\n" +
					"Samen met de overheid organiseren we werkervaringsplaatsen en taalcoaching op de werkvloer.",
				DescriptionEN: "Nieuwe Start Talent helps refugees with a residence permit find work that matches their education and experience. " +
					"Many newcomers have a degree and years of work experience, but cannot find their way into the Dutch labour market. " +
					"We connect them with employers, run application workshops and help get diplomas recognised.\n\n" +
					"Together with government employers we organise work placements and language coaching in the workplace.",
				Website:    "https://nieuwestarttalent.example",
				FocusAreas: []string{"statushouders", "culturele-achtergrond"},
			},
		},
		{
			Slug: "werk-zonder-drempels", Initials: "WZD", Color: "#2E6B3A",
			Profile: partners.Profile{
				Name: "Vereniging Werk Zonder Drempels",
				DescriptionNL: "Werk Zonder Drempels is een vereniging van en voor mensen met een beperking of chronische ziekte die werken of werk zoeken. " +
					"We adviseren werkgevers over toegankelijke werving, aanpassingen op de werkplek en de Banenafspraak, " +
					"en we bieden leden een maatje die de weg al kent.\n\n" +
					"Onze ervaringsdeskundigen testen vacatureteksten, selectieprocedures en gebouwen op toegankelijkheid.",
				DescriptionEN: "Werk Zonder Drempels is an association of and for people with a disability or chronic condition who work or are looking for work. " +
					"We advise employers on accessible recruitment, workplace adjustments and the Jobs Agreement, " +
					"and we offer members a buddy who already knows the way.\n\n" +
					"Our experts by experience test vacancy texts, selection procedures and buildings for accessibility.",
				Website:    "https://werkzonderdrempels.example",
				FocusAreas: []string{"beperking", "neurodiversiteit"},
			},
		},
		{
			Slug: "regenboognetwerk-overheid", Initials: "RO", Color: "#6A2C70",
			Profile: partners.Profile{
				Name: "Regenboognetwerk Overheid",
				DescriptionNL: "Het Regenboognetwerk Overheid is het netwerk voor lhbtiq+ medewerkers bij ministeries, politie en het Openbaar Ministerie, en voor iedereen die hen steunt. " +
					"We zorgen dat collega's zich op hun werk niet hoeven te verstoppen, en we helpen organisaties om beleid en voorzieningen inclusief te maken.\n\n" +
					"Kandidaten kunnen via ons vooraf vertrouwelijk in gesprek met een collega.",
				DescriptionEN: "Regenboognetwerk Overheid is the network for LGBTIQ+ staff at ministries, the police and the Public Prosecution Service, and for everyone who supports them. " +
					"We make sure colleagues do not have to hide at work, and we help organisations make their policies and facilities inclusive.\n\n" +
					"Candidates can talk to a colleague confidentially through us before they apply.",
				Website:    "https://regenboognetwerk.example",
				FocusAreas: []string{"lhbtiq", "gender"},
			},
		},
	}
}

// LogoAltText is the alt text of the generated logo: "Logo" and the
// organisation's name, which read the same on Dutch and English pages.
func (p Partner) LogoAltText() string { return "Logo " + p.Name }

// Logo returns a generated SVG logo of LogoWidth × LogoHeight: a round
// mark with the initials in the partner's colour and the name beside it.
// It holds no scripts, styles or links.
func (p Partner) Logo() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">`,
		LogoWidth, LogoHeight, LogoWidth, LogoHeight)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" rx="16" fill="#FFFFFF"/>`, LogoWidth, LogoHeight)
	fmt.Fprintf(&b, `<circle cx="80" cy="80" r="60" fill="%s"/>`, p.Color)
	b.WriteString(`<circle cx="80" cy="80" r="46" fill="none" stroke="#FFFFFF" stroke-width="4" stroke-dasharray="18 10"/>`)
	initialsSize := 36
	if len(p.Initials) > 2 {
		initialsSize = 28
	}
	fmt.Fprintf(&b, `<text x="80" y="92" text-anchor="middle" font-family="sans-serif" font-size="%d" font-weight="700" fill="#FFFFFF">%s</text>`,
		initialsSize, html.EscapeString(p.Initials))
	lines := logoLines(p.Name)
	y := 80 - (len(lines)-1)*18 + 10
	for _, l := range lines {
		fmt.Fprintf(&b, `<text x="160" y="%d" font-family="sans-serif" font-size="30" font-weight="700" fill="%s">%s</text>`,
			y, p.Color, html.EscapeString(l))
		y += 36
	}
	b.WriteString(`</svg>`)
	return []byte(b.String())
}

// logoLines splits a name into at most two lines of about 18 characters.
func logoLines(name string) []string {
	words := strings.Fields(name)
	var first []string
	for len(words) > 0 && len(strings.Join(append(first, words[0]), " ")) <= 18 {
		first, words = append(first, words[0]), words[1:]
	}
	if len(first) == 0 || len(words) == 0 {
		return []string{name}
	}
	return []string{strings.Join(first, " "), strings.Join(words, " ")}
}
