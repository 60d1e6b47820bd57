package demo

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
)

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func storiesByLang(lang string) []Story {
	var out []Story
	for _, s := range Stories() {
		if s.Lang == lang {
			out = append(out, s)
		}
	}
	return out
}

func TestCounts(t *testing.T) {
	nl, en := storiesByLang("nl"), storiesByLang("en")
	if len(nl) < 16 {
		t.Errorf("got %d Dutch stories, want at least 16", len(nl))
	}
	if len(en) < 6 {
		t.Errorf("got %d English stories, want at least 6", len(en))
	}
	if got := len(nl) + len(en); got != len(Stories()) {
		t.Errorf("%d stories are neither nl nor en", len(Stories())-got)
	}
	used := map[string]bool{}
	for _, s := range Stories() {
		for _, th := range s.Themes {
			used[th] = true
		}
	}
	if len(used) < 6 {
		t.Errorf("stories use %d distinct themes, want at least 6", len(used))
	}
	for _, tc := range []struct {
		lang string
		want int
	}{{"nl", 4}, {"en", 2}} {
		n := 0
		for _, s := range storiesByLang(tc.lang) {
			if s.Featured {
				n++
			}
		}
		if n < tc.want {
			t.Errorf("%s: %d featured stories, want at least %d", tc.lang, n, tc.want)
		}
	}
}

func TestThemes(t *testing.T) {
	themes := Themes()
	if len(themes) < 8 {
		t.Errorf("got %d themes, want at least 8", len(themes))
	}
	seen := map[string]bool{}
	for _, th := range themes {
		if !slugPattern.MatchString(th.Slug) {
			t.Errorf("theme slug %q is not a valid slug", th.Slug)
		}
		if seen[th.Slug] {
			t.Errorf("theme slug %q appears twice", th.Slug)
		}
		seen[th.Slug] = true
		if th.NameNL == "" || th.NameEN == "" {
			t.Errorf("theme %q lacks a name", th.Slug)
		}
	}
	uses := map[string]int{}
	for _, s := range storiesByLang("nl") {
		for _, slug := range s.Themes {
			uses[slug]++
		}
	}
	for _, th := range themes {
		if uses[th.Slug] < 2 {
			t.Errorf("theme %q is used by %d Dutch stories, want at least 2", th.Slug, uses[th.Slug])
		}
	}
}

func TestStoryThemesExist(t *testing.T) {
	known := map[string]bool{}
	for _, th := range Themes() {
		known[th.Slug] = true
	}
	for _, s := range Stories() {
		if len(s.Themes) < 1 || len(s.Themes) > 3 {
			t.Errorf("%s/%s has %d themes, want 1 to 3", s.Lang, s.Slug, len(s.Themes))
		}
		for _, th := range s.Themes {
			if !known[th] {
				t.Errorf("%s/%s refers to unknown theme %q", s.Lang, s.Slug, th)
			}
		}
	}
}

func TestTranslations(t *testing.T) {
	nl := map[string]Story{}
	for _, s := range storiesByLang("nl") {
		nl[s.Key] = s
	}
	for _, s := range storiesByLang("en") {
		orig, ok := nl[s.Key]
		if !ok {
			t.Errorf("English story %q has no Dutch story with key %q", s.Slug, s.Key)
			continue
		}
		if orig.PersonName != s.PersonName {
			t.Errorf("%q: person %q in Dutch but %q in English", s.Key, orig.PersonName, s.PersonName)
		}
		if strings.Join(orig.Themes, ",") != strings.Join(s.Themes, ",") {
			t.Errorf("%q: themes %v in Dutch but %v in English", s.Key, orig.Themes, s.Themes)
		}
	}
}

func TestKeysAndSlugsUnique(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		slugs, keys := map[string]bool{}, map[string]bool{}
		for _, s := range storiesByLang(lang) {
			if !slugPattern.MatchString(s.Slug) {
				t.Errorf("%s: slug %q does not match %s", lang, s.Slug, slugPattern)
			}
			if !slugPattern.MatchString(s.Key) {
				t.Errorf("%s: key %q does not match %s", lang, s.Key, slugPattern)
			}
			if slugs[s.Slug] {
				t.Errorf("%s: slug %q appears twice", lang, s.Slug)
			}
			if keys[s.Key] {
				t.Errorf("%s: key %q appears twice", lang, s.Key)
			}
			slugs[s.Slug], keys[s.Key] = true, true
		}
	}
}

func TestStoryFields(t *testing.T) {
	altPrefix := map[string]string{"nl": "Illustratie van ", "en": "Illustration of "}
	for _, s := range Stories() {
		name := s.Lang + "/" + s.Slug
		for field, v := range map[string]string{
			"Key": s.Key, "Lang": s.Lang, "Slug": s.Slug, "PersonName": s.PersonName,
			"Role": s.Role, "Department": s.Department, "PortraitAlt": s.PortraitAlt,
			"Quote": s.Quote, "Intro": s.Intro, "BodyMarkdown": s.BodyMarkdown,
		} {
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s: %s is empty", name, field)
			}
		}
		if !strings.HasPrefix(s.PortraitAlt, altPrefix[s.Lang]) {
			t.Errorf("%s: alt text %q should start with %q", name, s.PortraitAlt, altPrefix[s.Lang])
		}
		if s.PublishedDaysAgo < 1 || s.PublishedDaysAgo > 400 {
			t.Errorf("%s: PublishedDaysAgo = %d, want 1..400", name, s.PublishedDaysAgo)
		}
		if strings.ContainsAny(s.BodyMarkdown, "<>") {
			t.Errorf("%s: body contains HTML", name)
		}
		if n := strings.Count(s.BodyMarkdown, "\n### ") + boolInt(strings.HasPrefix(s.BodyMarkdown, "### ")); n < 4 || n > 7 {
			t.Errorf("%s: %d question headings, want 4 to 7", name, n)
		}
		if n := len(strings.Fields(s.BodyMarkdown)); n < 350 || n > 700 {
			t.Errorf("%s: body has %d words, want 350 to 700", name, n)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// portraitKeys returns the demo keys and a set of other keys, so that the
// hash-derived looks are exercised as well.
func portraitKeys() []string {
	var keys []string
	for _, s := range storiesByLang("nl") {
		keys = append(keys, s.Key)
	}
	for i := range 300 {
		keys = append(keys, fmt.Sprintf("person-%d", i))
	}
	return append(keys, "", "x", "ümlaut & <brackets>")
}

func TestPortraitWellFormed(t *testing.T) {
	forbidden := map[string]bool{"script": true, "style": true, "image": true, "foreignObject": true, "use": true, "a": true}
	for _, key := range portraitKeys() {
		data := Portrait(key)
		dec := xml.NewDecoder(bytes.NewReader(data))
		depth, elements := 0, 0
		for {
			tok, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("Portrait(%q) is not well-formed XML: %v", key, err)
			}
			switch el := tok.(type) {
			case xml.StartElement:
				elements++
				if depth == 0 {
					if el.Name.Local != "svg" || el.Name.Space != "http://www.w3.org/2000/svg" {
						t.Fatalf("Portrait(%q): root is %v, want svg in the SVG namespace", key, el.Name)
					}
					attrs := map[string]string{}
					for _, a := range el.Attr {
						attrs[a.Name.Local] = a.Value
					}
					if attrs["viewBox"] != "0 0 640 640" || attrs["width"] != "640" || attrs["height"] != "640" {
						t.Errorf("Portrait(%q): root attributes %v, want a 640×640 viewBox and size", key, attrs)
					}
				}
				if forbidden[el.Name.Local] {
					t.Errorf("Portrait(%q) contains a <%s> element", key, el.Name.Local)
				}
				for _, a := range el.Attr {
					if a.Name.Local == "href" || strings.HasPrefix(a.Name.Local, "on") || strings.Contains(a.Value, "url(") {
						t.Errorf("Portrait(%q): <%s> has external or scripted attribute %s=%q", key, el.Name.Local, a.Name.Local, a.Value)
					}
				}
				depth++
			case xml.EndElement:
				depth--
			}
		}
		if depth != 0 || elements < 10 {
			t.Errorf("Portrait(%q): depth %d after decoding and %d elements", key, depth, elements)
		}
	}
}

func TestPortraitDeterministic(t *testing.T) {
	for _, key := range portraitKeys()[:40] {
		if !bytes.Equal(Portrait(key), Portrait(key)) {
			t.Errorf("Portrait(%q) differs between calls", key)
		}
	}
	nl := map[string]Story{}
	for _, s := range storiesByLang("nl") {
		nl[s.Key] = s
	}
	for _, s := range storiesByLang("en") {
		if !bytes.Equal(PortraitFor(s), PortraitFor(nl[s.Key])) {
			t.Errorf("%q: the translation has a different portrait", s.Key)
		}
	}
}

func TestPortraitDistinct(t *testing.T) {
	seen := map[string]string{}
	for _, key := range portraitKeys() {
		svg := string(Portrait(key))
		if other, dup := seen[svg]; dup {
			t.Errorf("Portrait(%q) equals Portrait(%q)", key, other)
		}
		seen[svg] = key
	}
}
