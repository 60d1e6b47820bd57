package demo

import (
	"fmt"
	"hash/fnv"
	"math"
	"strconv"
	"strings"
)

// hairStyle is the shape of the hair drawn around the head.
type hairStyle int

const (
	hairShort hairStyle = iota
	hairBuzz
	hairLong
	hairBob
	hairCurly
	hairAfro
	hairBun
	hairBald
	hairStyleCount
)

// neckline is the cut of the clothing around the neck.
type neckline int

const (
	neckCrew neckline = iota
	neckV
	neckCollar
	neckBlazer
	neckTurtle
	necklineCount
)

// look holds everything that varies between two portraits.
type look struct {
	skin       string
	hair       hairStyle
	hairColor  string
	clothes    string
	neck       neckline
	background string
	glasses    bool
	beard      bool
	earrings   bool
	headscarf  bool
	scarfColor string
	// seed places the decorative background shapes, so that two keys
	// with the same look still give different images.
	seed uint64
}

// Palettes are returned by functions rather than held in package variables,
// so that nothing at package level can be changed at run time.

func skinTones() []string {
	return []string{"#F6D5BE", "#EEC29F", "#E0AC82", "#C98E62", "#A86F45", "#8A5433", "#6B3F26", "#4E2E1E"}
}

func hairColors() []string {
	return []string{"#1F1A17", "#3B2A20", "#6A4A32", "#8C4A26", "#C9A063", "#A9A39C", "#CFCAC2"}
}

func clothesColors() []string {
	return []string{"#01689B", "#2F5D50", "#B5523B", "#39415A", "#C98A1B", "#7A4E8C", "#5B6770", "#8E3B46"}
}

func backgroundColors() []string {
	return []string{"#DCEBF2", "#E2EEDF", "#F3E6D3", "#E8E2F1", "#F6DFD7", "#D7ECE8", "#F2EBCB"}
}

func scarfColors() []string {
	return []string{"#2C4A6E", "#6E2C3F", "#3E6B5A", "#B07A3A", "#5A4A7A"}
}

// Portrait returns a self-contained SVG document (640×640) with an
// illustrated, abstract bust of a person. The same key always yields the same
// bytes; the demo cast has hand-picked looks that match their alt texts, and
// any other key gets a look derived from a hash of the key.
func Portrait(key string) []byte {
	return renderPortrait(lookFor(key))
}

// PortraitFor returns the portrait of a story; a story and its translation
// share a Key and therefore the same portrait.
func PortraitFor(s Story) []byte {
	return Portrait(s.Key)
}

func hashKey(key string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()
}

// picker draws successive choices from one hash value.
type picker struct{ v uint64 }

// pick returns a number in [0, n) and removes it from the remaining value, so
// later choices are independent of earlier ones.
func (p *picker) pick(n int) int {
	i := int(p.v % uint64(n))
	p.v /= uint64(n)
	return i
}

func lookFor(key string) look {
	seed := hashKey(key)
	if l, ok := castLook(key); ok {
		l.seed = seed
		return l
	}
	// A second hash of the key feeds the choices, so that seed and look vary
	// independently.
	p := picker{v: hashKey("look:" + key)}
	l := look{
		skin:       skinTones()[p.pick(len(skinTones()))],
		hair:       hairStyle(p.pick(int(hairStyleCount))),
		hairColor:  hairColors()[p.pick(len(hairColors()))],
		clothes:    clothesColors()[p.pick(len(clothesColors()))],
		neck:       neckline(p.pick(int(necklineCount))),
		background: backgroundColors()[p.pick(len(backgroundColors()))],
		glasses:    p.pick(3) == 0,
		seed:       seed,
	}
	switch p.pick(8) {
	case 0:
		// A beard reads well only with hair that leaves the jaw free.
		l.beard = l.hair != hairLong && l.hair != hairBob
	case 1:
		l.earrings = true
	case 2:
		l.headscarf = true
		l.scarfColor = scarfColors()[p.pick(len(scarfColors()))]
	}
	return l
}

// castLook returns the fixed look of a person in the demo content, so that
// the alt text written for each story describes what is actually drawn.
func castLook(key string) (look, bool) {
	switch key {
	case "samira-el-idrissi":
		return look{skin: "#C98E62", clothes: "#C98A1B", neck: neckCrew, background: "#E2EEDF", headscarf: true, scarfColor: "#2C4A6E"}, true
	case "daan-verbeek":
		return look{skin: "#F6D5BE", hair: hairShort, hairColor: "#C9A063", clothes: "#2F5D50", neck: neckCrew, background: "#DCEBF2", glasses: true}, true
	case "ingrid-bakker":
		return look{skin: "#EEC29F", hair: hairBob, hairColor: "#A9A39C", clothes: "#8E3B46", neck: neckBlazer, background: "#F6DFD7", glasses: true, earrings: true}, true
	case "kofi-mensah":
		return look{skin: "#4E2E1E", hair: hairBuzz, hairColor: "#1F1A17", clothes: "#01689B", neck: neckCollar, background: "#F2EBCB"}, true
	case "lotte-de-vries":
		return look{skin: "#F6D5BE", hair: hairLong, hairColor: "#6A4A32", clothes: "#7A4E8C", neck: neckV, background: "#F6DFD7", earrings: true}, true
	case "ruben-hoekstra":
		return look{skin: "#EEC29F", hair: hairCurly, hairColor: "#8C4A26", clothes: "#B5523B", neck: neckCrew, background: "#D7ECE8", beard: true}, true
	case "mehmet-yilmaz":
		return look{skin: "#C98E62", hair: hairShort, hairColor: "#1F1A17", clothes: "#39415A", neck: neckBlazer, background: "#DCEBF2", beard: true}, true
	case "sanne-jansen":
		return look{skin: "#F6D5BE", hair: hairBun, hairColor: "#8C4A26", clothes: "#C98A1B", neck: neckCrew, background: "#E8E2F1"}, true
	case "esther-boateng":
		return look{skin: "#6B3F26", hair: hairAfro, hairColor: "#1F1A17", clothes: "#01689B", neck: neckBlazer, background: "#F3E6D3", earrings: true}, true
	case "alex-de-graaf":
		return look{skin: "#E0AC82", hair: hairShort, hairColor: "#7A4E8C", clothes: "#5B6770", neck: neckTurtle, background: "#F2EBCB", glasses: true}, true
	case "priya-ramdin":
		return look{skin: "#A86F45", hair: hairLong, hairColor: "#1F1A17", clothes: "#2F5D50", neck: neckV, background: "#F6DFD7", earrings: true}, true
	case "henk-postma":
		return look{skin: "#EEC29F", hair: hairBald, hairColor: "#A9A39C", clothes: "#39415A", neck: neckCollar, background: "#E2EEDF", glasses: true}, true
	case "jesse-kuipers":
		return look{skin: "#E0AC82", hair: hairCurly, hairColor: "#3B2A20", clothes: "#2F5D50", neck: neckCollar, background: "#E8E2F1"}, true
	case "wendy-vos":
		return look{skin: "#F6D5BE", hair: hairBob, hairColor: "#C9A063", clothes: "#B5523B", neck: neckV, background: "#D7ECE8", earrings: true}, true
	case "rami-haddad":
		return look{skin: "#C98E62", hair: hairShort, hairColor: "#3B2A20", clothes: "#5B6770", neck: neckCrew, background: "#F6DFD7", beard: true, glasses: true}, true
	case "hanna-mulder":
		return look{skin: "#F6D5BE", hair: hairLong, hairColor: "#C9A063", clothes: "#01689B", neck: neckCrew, background: "#F2EBCB"}, true
	case "jeroen-smit":
		return look{skin: "#EEC29F", hair: hairShort, hairColor: "#6A4A32", clothes: "#01689B", neck: neckCollar, background: "#E2EEDF"}, true
	case "eva-brouwer":
		return look{skin: "#E0AC82", hair: hairBun, hairColor: "#3B2A20", clothes: "#8E3B46", neck: neckTurtle, background: "#DCEBF2", glasses: true}, true
	case "bram-de-jong":
		return look{skin: "#F6D5BE", hair: hairBuzz, hairColor: "#6A4A32", clothes: "#C98A1B", neck: neckCrew, background: "#E8E2F1"}, true
	}
	return look{}, false
}

// shade darkens (factor < 1) or lightens (factor > 1, towards white) a
// #RRGGBB colour.
func shade(hex string, factor float64) string {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		return hex
	}
	ch := []float64{float64(v >> 16 & 0xff), float64(v >> 8 & 0xff), float64(v & 0xff)}
	for i, c := range ch {
		if factor <= 1 {
			c *= factor
		} else {
			c += (255 - c) * (factor - 1)
		}
		ch[i] = min(max(c, 0), 255)
	}
	return fmt.Sprintf("#%02X%02X%02X", int(ch[0]+0.5), int(ch[1]+0.5), int(ch[2]+0.5))
}

// isDark reports whether a colour is dark enough to need light details.
func isDark(hex string) bool {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		return false
	}
	r, g, b := float64(v>>16&0xff), float64(v>>8&0xff), float64(v&0xff)
	return 0.299*r+0.587*g+0.114*b < 110
}

// svg collects elements; every attribute value is produced by this file, so
// no escaping is needed.
type svg struct{ b strings.Builder }

func (s *svg) add(format string, args ...any) {
	fmt.Fprintf(&s.b, format, args...)
	s.b.WriteByte('\n')
}

func renderPortrait(l look) []byte {
	var s svg
	s.add(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 640" width="640" height="640">`)
	drawBackground(&s, l)
	if l.headscarf {
		drawTorso(&s, l)
		drawScarf(&s, l)
		drawFace(&s, l, 292)
	} else {
		drawHairBack(&s, l)
		drawNeck(&s, l)
		drawTorso(&s, l)
		drawHead(&s, l)
		drawHairFront(&s, l)
		drawFace(&s, l, 290)
	}
	s.add(`</svg>`)
	return []byte(s.b.String())
}

func drawBackground(s *svg, l look) {
	p := picker{v: l.seed}
	s.add(`<rect width="640" height="640" fill="%s"/>`, l.background)
	accent := shade(l.background, 0.93)
	// Two soft shapes whose position comes from the key.
	s.add(`<circle cx="%d" cy="%d" r="%d" fill="%s"/>`, 60+p.pick(520), 40+p.pick(200), 90+p.pick(80), accent)
	s.add(`<circle cx="%d" cy="%d" r="%d" fill="%s"/>`, 40+p.pick(560), 380+p.pick(220), 60+p.pick(90), shade(l.background, 1.35))
	s.add(`<circle cx="320" cy="300" r="228" fill="%s"/>`, shade(l.background, 0.96))
}

func drawNeck(s *svg, l look) {
	s.add(`<path d="M280 360 L280 500 L360 500 L360 360 Z" fill="%s"/>`, shade(l.skin, 0.92))
	// Shadow under the chin.
	s.add(`<path d="M280 392 Q320 430 360 392 L360 372 L280 372 Z" fill="%s"/>`, shade(l.skin, 0.82))
}

func drawTorso(s *svg, l look) {
	c := l.clothes
	dark := shade(c, 0.8)
	switch l.neck {
	case neckV:
		s.add(`<path d="M92 640 C92 548 160 488 268 472 L320 548 L372 472 C480 488 548 548 548 640 Z" fill="%s"/>`, c)
		s.add(`<path d="M268 472 L320 548 L372 472" fill="none" stroke="%s" stroke-width="8" stroke-linejoin="round"/>`, dark)
	case neckCollar:
		s.add(`<path d="M92 640 C92 548 160 488 268 472 L320 530 L372 472 C480 488 548 548 548 640 Z" fill="%s"/>`, c)
		s.add(`<path d="M320 530 L320 640" stroke="%s" stroke-width="4"/>`, dark)
		for _, y := range []int{566, 610} {
			s.add(`<circle cx="330" cy="%d" r="5" fill="%s"/>`, y, dark)
		}
		s.add(`<path d="M272 462 L320 530 L286 548 L256 480 Z" fill="%s"/>`, shade(c, 1.75))
		s.add(`<path d="M368 462 L320 530 L354 548 L384 480 Z" fill="%s"/>`, shade(c, 1.75))
	case neckBlazer:
		shirt := "#F4F1EA"
		if l.background == "#F3E6D3" || l.background == "#F2EBCB" {
			shirt = "#FFFFFF"
		}
		s.add(`<path d="M92 640 C92 548 160 488 268 472 L372 472 C480 488 548 548 548 640 Z" fill="%s"/>`, c)
		s.add(`<path d="M268 472 L320 560 L372 472 L372 640 L268 640 Z" fill="%s"/>`, shirt)
		s.add(`<path d="M268 472 Q290 500 320 560 L304 640 L262 640 L248 560 L276 540 L252 500 Z" fill="%s"/>`, dark)
		s.add(`<path d="M372 472 Q350 500 320 560 L336 640 L378 640 L392 560 L364 540 L388 500 Z" fill="%s"/>`, dark)
	case neckTurtle:
		s.add(`<path d="M92 640 C92 548 160 488 268 472 L372 472 C480 488 548 548 548 640 Z" fill="%s"/>`, c)
		s.add(`<rect x="272" y="420" width="96" height="78" rx="26" fill="%s"/>`, shade(c, 0.9))
		for _, y := range []int{442, 460, 478} {
			s.add(`<path d="M282 %d Q320 %d 358 %d" fill="none" stroke="%s" stroke-width="3"/>`, y, y+6, y, dark)
		}
	default: // crew
		s.add(`<path d="M92 640 C92 548 160 488 268 472 Q320 516 372 472 C480 488 548 548 548 640 Z" fill="%s"/>`, c)
		s.add(`<path d="M268 472 Q320 516 372 472" fill="none" stroke="%s" stroke-width="10" stroke-linecap="round"/>`, dark)
	}
	// A fold at each shoulder gives the torso some depth.
	s.add(`<path d="M170 640 C172 590 180 560 196 540" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round"/>`, dark)
	s.add(`<path d="M470 640 C468 590 460 560 444 540" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round"/>`, dark)
}

func drawHead(s *svg, l look) {
	if l.hair != hairLong && l.hair != hairBob {
		ear := shade(l.skin, 0.92)
		s.add(`<ellipse cx="222" cy="300" rx="18" ry="28" fill="%s"/>`, ear)
		s.add(`<ellipse cx="418" cy="300" rx="18" ry="28" fill="%s"/>`, ear)
	}
	s.add(`<ellipse cx="320" cy="290" rx="100" ry="120" fill="%s"/>`, l.skin)
	if l.earrings {
		s.add(`<circle cx="220" cy="334" r="7" fill="#D9A93B"/>`)
		s.add(`<circle cx="420" cy="334" r="7" fill="#D9A93B"/>`)
	}
}

func drawHairBack(s *svg, l look) {
	c := l.hairColor
	switch l.hair {
	case hairLong:
		s.add(`<path d="M206 290 C196 170 256 136 320 136 C384 136 444 170 434 290 L452 470 C420 500 220 500 188 470 Z" fill="%s"/>`, c)
	case hairBob:
		s.add(`<path d="M204 300 C194 170 256 140 320 140 C384 140 446 170 436 300 L442 386 C420 404 400 404 390 396 L250 396 C240 404 220 404 198 386 Z" fill="%s"/>`, c)
	case hairAfro:
		s.add(`<ellipse cx="320" cy="236" rx="158" ry="138" fill="%s"/>`, c)
		// Curls along the edge make the outline soft.
		for i := range 16 {
			a := float64(i) * math.Pi / 8
			if math.Sin(a) > 0.4 {
				continue // no curls along the jaw
			}
			s.add(`<circle cx="%.0f" cy="%.0f" r="34" fill="%s"/>`, 320+150*math.Cos(a), 236+130*math.Sin(a), c)
		}
	case hairBun:
		s.add(`<circle cx="320" cy="150" r="50" fill="%s"/>`, c)
		s.add(`<path d="M286 140 Q320 120 354 140" fill="none" stroke="%s" stroke-width="4"/>`, shade(c, 1.3))
	case hairCurly:
		for _, p := range [][3]int{{232, 240, 36}, {408, 240, 36}, {222, 284, 26}, {418, 284, 26}} {
			s.add(`<circle cx="%d" cy="%d" r="%d" fill="%s"/>`, p[0], p[1], p[2], c)
		}
	}
}

func drawHairFront(s *svg, l look) {
	c := l.hairColor
	switch l.hair {
	case hairShort:
		s.add(`<path d="M216 292 C200 180 256 146 324 148 C394 150 444 192 424 292 C416 250 402 226 384 214 C344 236 282 238 250 214 C232 232 220 260 216 292 Z" fill="%s"/>`, c)
	case hairBuzz:
		s.add(`<path d="M222 262 C226 196 270 168 320 168 C370 168 414 196 418 262 C404 224 370 206 320 206 C270 206 236 224 222 262 Z" fill="%s"/>`, c)
	case hairLong, hairBob:
		s.add(`<path d="M214 300 C204 190 258 152 320 152 C382 152 436 190 426 300 C414 240 388 214 350 204 C330 236 270 246 236 236 C224 252 218 274 214 300 Z" fill="%s"/>`, c)
	case hairAfro:
		s.add(`<path d="M218 262 C204 122 436 122 422 262 C404 226 370 212 320 212 C270 212 236 226 218 262 Z" fill="%s"/>`, c)
	case hairBun:
		s.add(`<path d="M218 280 C212 196 262 162 320 162 C378 162 428 196 422 280 C410 232 378 206 320 206 C262 206 230 232 218 280 Z" fill="%s"/>`, c)
	case hairCurly:
		for _, p := range [][3]int{{246, 206, 34}, {284, 180, 36}, {326, 172, 38}, {368, 184, 36}, {400, 214, 32}, {228, 246, 26}, {414, 250, 26}} {
			s.add(`<circle cx="%d" cy="%d" r="%d" fill="%s"/>`, p[0], p[1], p[2], c)
		}
	case hairBald:
		s.add(`<path d="M232 246 C224 262 222 280 224 304" fill="none" stroke="%s" stroke-width="16" stroke-linecap="round"/>`, c)
		s.add(`<path d="M408 246 C416 262 418 280 416 304" fill="none" stroke="%s" stroke-width="16" stroke-linecap="round"/>`, c)
		s.add(`<path d="M276 190 Q300 178 322 182" fill="none" stroke="%s" stroke-width="8" stroke-linecap="round"/>`, shade(l.skin, 1.25))
	}
}

// drawFace draws eyebrows, eyes, nose, mouth and the optional beard and
// glasses; cy is the vertical centre of the head.
func drawFace(s *svg, l look, cy int) {
	dy := cy - 290
	feature := "#2A1B14"
	if isDark(l.skin) {
		feature = "#170E0A"
	}
	brow := l.hairColor
	if l.headscarf || brow == "" || l.hair == hairBald {
		brow = shade(l.skin, 0.55)
	}
	if brow == "#CFCAC2" || brow == "#A9A39C" {
		brow = "#8F8A84"
	}
	if isDark(l.skin) && isDark(brow) {
		brow = "#120B08"
	}
	s.add(`<path d="M262 %d Q284 %d 306 %d" fill="none" stroke="%s" stroke-width="8" stroke-linecap="round"/>`, 266+dy, 254+dy, 264+dy, brow)
	s.add(`<path d="M334 %d Q356 %d 378 %d" fill="none" stroke="%s" stroke-width="8" stroke-linecap="round"/>`, 264+dy, 254+dy, 266+dy, brow)
	for _, x := range []int{284, 356} {
		s.add(`<ellipse cx="%d" cy="%d" rx="10" ry="12" fill="%s"/>`, x, 298+dy, feature)
		s.add(`<circle cx="%d" cy="%d" r="3.5" fill="#FFFFFF"/>`, x+3, 294+dy)
	}
	s.add(`<path d="M310 %d Q320 %d 330 %d" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round"/>`, 334+dy, 344+dy, 334+dy, shade(l.skin, 0.72))
	if !isDark(l.skin) {
		s.add(`<ellipse cx="258" cy="%d" rx="20" ry="12" fill="#E8846B" opacity="0.22"/>`, 340+dy)
		s.add(`<ellipse cx="382" cy="%d" rx="20" ry="12" fill="#E8846B" opacity="0.22"/>`, 340+dy)
	}
	if l.beard {
		beard := l.hairColor
		s.add(`<path d="M222 300 C220 396 270 438 320 440 C370 438 420 396 418 300 C410 340 392 356 366 362 C350 354 336 352 320 352 C304 352 290 354 274 362 C248 356 230 340 222 300 Z" fill="%s"/>`, beard)
		s.add(`<path d="M296 %d Q320 %d 344 %d Q320 %d 296 %d Z" fill="%s"/>`, 376+dy, 392+dy, 376+dy, 386+dy, 376+dy, shade(l.skin, 0.5))
	} else {
		s.add(`<path d="M292 %d Q320 %d 348 %d" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round"/>`, 366+dy, 388+dy, 366+dy, shade(l.skin, 0.5))
	}
	if l.glasses {
		frame := "#2B2B2B"
		if isDark(l.skin) {
			frame = "#C9A063"
		}
		for _, x := range []int{284, 356} {
			s.add(`<rect x="%d" y="%d" width="56" height="44" rx="16" fill="#FFFFFF" fill-opacity="0.18" stroke="%s" stroke-width="6"/>`, x-28, 276+dy, frame)
		}
		s.add(`<path d="M312 %d Q320 %d 328 %d" fill="none" stroke="%s" stroke-width="6"/>`, 296+dy, 290+dy, 296+dy, frame)
		s.add(`<path d="M256 %d L224 %d M384 %d L416 %d" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round"/>`, 292+dy, 286+dy, 292+dy, 286+dy, frame)
	}
}

// drawScarf draws a headscarf that frames the face and falls over the
// shoulders.
func drawScarf(s *svg, l look) {
	c := l.scarfColor
	s.add(`<path d="M320 150 C420 150 448 236 446 318 C444 394 430 440 470 500 C420 540 220 540 170 500 C210 440 196 394 194 318 C192 236 220 150 320 150 Z" fill="%s"/>`, c)
	s.add(`<path d="M206 420 C240 470 400 470 434 420" fill="none" stroke="%s" stroke-width="6" stroke-linecap="round"/>`, shade(c, 0.75))
	s.add(`<ellipse cx="320" cy="300" rx="90" ry="110" fill="%s"/>`, l.skin)
	s.add(`<path d="M230 280 C236 210 272 186 320 186 C368 186 404 210 410 280 C396 232 366 212 320 212 C274 212 244 232 230 280 Z" fill="%s"/>`, shade(c, 0.8))
}
