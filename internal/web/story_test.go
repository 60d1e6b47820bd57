package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/podium-portal/podium/internal/i18n"
)

func cardNames(doc *goquery.Document) []string {
	var names []string
	doc.Find(".card__title a").Each(func(_ int, a *goquery.Selection) { names = append(names, a.Text()) })
	return names
}

func TestStoryListShowsOnlyPublicStories(t *testing.T) {
	site := newTestSite(t)
	past := time.Now().AddDate(-3, 0, 0)
	yesterday := time.Now().AddDate(0, 0, -1)
	site.addStory(storySpec{slug: "zichtbaar", name: "Zichtbaar"})
	site.addStory(storySpec{slug: "concept", name: "Concept", status: "draft"})
	site.addStory(storySpec{slug: "in-review", name: "Review", status: "in_review"})
	site.addStory(storySpec{slug: "gearchiveerd", name: "Archief", status: "archived"})
	site.addStory(storySpec{slug: "later", name: "Later", publishedAt: time.Now().Add(time.Hour)})
	site.addStory(storySpec{slug: "ingetrokken", name: "Ingetrokken", withdrawn: true})
	site.addStory(storySpec{slug: "verlopen", name: "Verlopen", consentGiven: &past, consentExpires: &yesterday})
	site.addStory(storySpec{slug: "english", name: "English", lang: i18n.EN})

	if got := cardNames(site.page("/verhalen", http.StatusOK)); strings.Join(got, ",") != "Zichtbaar" {
		t.Errorf("Dutch list shows %v, want only Zichtbaar", got)
	}
	if got := cardNames(site.page("/en/stories", http.StatusOK)); strings.Join(got, ",") != "English" {
		t.Errorf("English list shows %v, want only English", got)
	}
	for _, slug := range []string{"concept", "in-review", "gearchiveerd", "later", "ingetrokken", "verlopen", "english"} {
		doc := site.page("/verhalen/"+slug, http.StatusNotFound)
		if doc.Find("h1").Text() != i18n.T(i18n.NL, "error.404.title") {
			t.Errorf("%s: want the styled 404 page, got h1 %q", slug, doc.Find("h1").Text())
		}
	}
}

func TestStoryListKeysetPaging(t *testing.T) {
	site := newTestSite(t)
	base := time.Now().Add(-time.Hour)
	const total = 30
	for i := range total {
		// Two stories share each publication time, so the id must break ties.
		site.addStory(storySpec{slug: fmt.Sprintf("s%02d", i), name: fmt.Sprintf("S%02d", i),
			publishedAt: base.Add(-time.Duration(i/2) * time.Minute)})
	}
	seen := map[string]bool{}
	var order []string
	var pages []string
	path := "/verhalen"
	for path != "" {
		pages = append(pages, path)
		doc := site.page(path, http.StatusOK)
		for _, n := range cardNames(doc) {
			if seen[n] {
				t.Fatalf("story %s appears twice (page %s)", n, path)
			}
			seen[n] = true
			order = append(order, n)
		}
		next, _ := doc.Find(`a[rel="next"]`).Attr("href")
		path = next
		if len(pages) > 10 {
			t.Fatal("paging does not end")
		}
	}
	if len(order) != total || len(pages) != 3 {
		t.Fatalf("walked %d stories on %d pages, want %d on 3", len(order), len(pages), total)
	}
	// Newest first; within one minute the later-created (higher id) story first.
	if order[0] != "S01" || order[1] != "S00" || order[total-1] != "S28" {
		t.Errorf("order starts %v … ends %s", order[:2], order[total-1])
	}
	// Going back from the last page returns exactly the middle page.
	last := site.page(pages[2], http.StatusOK)
	prev, ok := last.Find(`a[rel="prev"]`).Attr("href")
	if !ok {
		t.Fatal("last page has no link to newer stories")
	}
	middle := cardNames(site.page(prev, http.StatusOK))
	if strings.Join(middle, ",") != strings.Join(order[12:24], ",") {
		t.Errorf("previous page shows %v, want %v", middle, order[12:24])
	}
	if site.page("/verhalen", http.StatusOK).Find(`a[rel="prev"]`).Length() != 0 {
		t.Error("first page links to a newer page")
	}
}

func TestStoryListThemeFilter(t *testing.T) {
	site := newTestSite(t)
	site.addThemes("leeftijd", "beperking")
	site.addStory(storySpec{slug: "a", name: "Anna", themes: []string{"leeftijd"}})
	site.addStory(storySpec{slug: "b", name: "Bram", themes: []string{"beperking"}})
	site.addStory(storySpec{slug: "c", name: "Cem", themes: []string{"leeftijd", "beperking"}})

	doc := site.page("/verhalen?thema=leeftijd", http.StatusOK)
	if got := strings.Join(cardNames(doc), ","); got != "Cem,Anna" {
		t.Errorf("filtered list shows %s, want Cem,Anna", got)
	}
	if cur := doc.Find(`.filter a[aria-current="page"]`).Text(); !strings.Contains(cur, "NL leeftijd") || !strings.Contains(cur, "(2)") {
		t.Errorf("current filter reads %q", cur)
	}
	if alt, _ := doc.Find(".lang-switch").Attr("href"); alt != "/en/stories?theme=leeftijd" {
		t.Errorf("language switch leads to %q", alt)
	}
	site.page("/verhalen?thema=bestaat-niet", http.StatusNotFound)
	site.page("/en/stories?theme=beperking", http.StatusOK)
}

func TestStoryListRejectsBadCursor(t *testing.T) {
	site := newTestSite(t)
	for _, q := range []string{"after=x", "after=12", "before=1-abc", "after=1-1&before=1-1", "after=1--5"} {
		doc := site.page("/verhalen?"+q, http.StatusBadRequest)
		if doc.Find("h1").Text() != i18n.T(i18n.NL, "error.400.title") {
			t.Errorf("%s: not the styled 400 page", q)
		}
	}
}

func TestStoryPage(t *testing.T) {
	site := newTestSite(t)
	site.addThemes("gender", "leeftijd")
	key := "6f1c9d2e-0000-4000-8000-000000000001"
	site.addStory(storySpec{key: key, slug: "fatima", name: "Fatima", themes: []string{"gender"}})
	site.addStory(storySpec{key: key, slug: "fatima-en", name: "Fatima", lang: i18n.EN, themes: []string{"gender"}})
	site.addStory(storySpec{slug: "gerrit", name: "Gerrit", themes: []string{"gender", "leeftijd"}})
	site.addStory(storySpec{slug: "hanna", name: "Hanna", themes: []string{"leeftijd"}})

	doc := site.page("/verhalen/fatima", http.StatusOK)
	if lang, _ := doc.Find("html").Attr("lang"); lang != "nl" {
		t.Errorf("html lang %q", lang)
	}
	img := doc.Find("img.story__portrait")
	if alt, _ := img.Attr("alt"); alt != "Illustratie van Fatima" {
		t.Errorf("portrait alt %q", alt)
	}
	if src, _ := img.Attr("src"); !strings.HasPrefix(src, "/media/") {
		t.Errorf("portrait src %q", src)
	}
	checks := map[string]string{
		"h1":                   "Fatima",
		".story__quote":        "Hier mag ik zijn wie ik ben.",
		".story__intro":        "Een introductie over Fatima.",
		".story__body h3":      "Hoe begon het?",
		".story__body em":      "twijfel",
		".story__footer .tags": "NL gender",
	}
	for sel, want := range checks {
		if got := strings.TrimSpace(doc.Find(sel).Text()); !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want %q", sel, got, want)
		}
	}
	if html, _ := doc.Find(".story__body").Html(); strings.Contains(html, "<script") {
		t.Errorf("story body lets script through: %s", html)
	}
	// Related: Gerrit shares a theme, so he comes before Hanna.
	if got := cardNames(doc); strings.Join(got, ",") != "Gerrit,Hanna" {
		t.Errorf("related stories %v, want Gerrit,Hanna", got)
	}
	if alt, _ := doc.Find(".lang-switch").Attr("href"); alt != "/en/stories/fatima-en" {
		t.Errorf("language switch leads to %q, want the translation", alt)
	}
	en := site.page("/en/stories/fatima-en", http.StatusOK)
	if alt, _ := en.Find(".lang-switch").Attr("href"); alt != "/verhalen/fatima" {
		t.Errorf("English switch leads to %q", alt)
	}
	if lang, _ := en.Find("html").Attr("lang"); lang != "en" {
		t.Errorf("English page lang %q", lang)
	}
	// Without a translation the switch leads to the other language's list.
	if alt, _ := site.page("/verhalen/gerrit", http.StatusOK).Find(".lang-switch").Attr("href"); alt != "/en/stories" {
		t.Errorf("untranslated story's switch leads to %q", alt)
	}
}

func TestHomeShowsFeaturedStories(t *testing.T) {
	site := newTestSite(t)
	site.addStory(storySpec{slug: "uitgelicht", name: "Uitgelicht", featured: true})
	site.addStory(storySpec{slug: "gewoon", name: "Gewoon"})
	site.addStory(storySpec{slug: "featured", name: "Featured", featured: true, lang: i18n.EN})
	doc := site.page("/", http.StatusOK)
	if got := strings.Join(cardNames(doc), ","); got != "Uitgelicht" {
		t.Errorf("home features %s", got)
	}
	for _, href := range []string{"/verhalen", "/vacatures", "/agenda"} {
		if doc.Find(`main a[href="`+href+`"]`).Length() == 0 {
			t.Errorf("home has no link to %s", href)
		}
	}
	en := site.page("/en", http.StatusOK)
	if got := strings.Join(cardNames(en), ","); got != "Featured" {
		t.Errorf("English home features %s", got)
	}
	if en.Find(`main a[href="/en/vacancies"]`).Length() == 0 {
		t.Error("English home has no link to vacancies")
	}
}
