package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/paths"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/web/views"
)

// signIn returns a browser signed in as u.
func (s *testSite) signIn(u accounts.User) *browser {
	s.t.Helper()
	b := s.newBrowser()
	if resp := b.post("/login", url.Values{"email": {u.Email}, "password": {testPassword}}); resp.StatusCode != http.StatusSeeOther {
		s.t.Fatalf("sign-in as %s: %d", u.Email, resp.StatusCode)
	}
	return b
}

// startJobWorkers starts a River client that works the editorial jobs
// and mail on the test site's database, as a replica of the portal does.
func (s *testSite) startJobWorkers() {
	s.t.Helper()
	workers := river.NewWorkers()
	editorial.AddWorkers(workers, s.pool, nil, nil)
	river.AddWorker(workers, mail.NewSendWorker(s.pool, mail.KeepSender{}, nil, nil))
	client, err := jobs.NewClient(s.pool, workers, nil, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	if err := client.Start(context.Background()); err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = client.Stop(ctx)
	})
}

// created returns the story id of the edit page a create redirected to.
func created(t *testing.T, resp *http.Response) int64 {
	t.Helper()
	loc := resp.Header.Get("Location")
	id, err := strconv.ParseInt(strings.TrimPrefix(loc, "/admin/stories/"), 10, 64)
	if resp.StatusCode != http.StatusSeeOther || err != nil {
		body, _ := io.ReadAll(resp.Body)
		t.Fatalf("create: %d to %q\n%s", resp.StatusCode, loc, body)
	}
	return id
}

// publicPage is a public page a story can appear on.
type publicPage struct {
	path string
	// detail pages answer 404 (or 410) without the story; lists and the
	// pages that show it as a card (related stories, colleagues on a
	// vacancy) leave it out.
	detail bool
}

// showsStory reports whether the public page at path shows the story of
// name, and returns the page.
func (s *testSite) showsStory(p publicPage, name string) (bool, *goquery.Document) {
	s.t.Helper()
	if p.detail {
		resp := s.get(p.path)
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			return false, nil
		}
		doc := s.parsePage(resp, p.path, http.StatusOK)
		return doc.Find("h1").Text() == name, doc
	}
	doc := s.page(p.path, http.StatusOK)
	found := false
	doc.Find(".card__title a").Each(func(_ int, a *goquery.Selection) { found = found || a.Text() == name })
	return found, doc
}

func (s *testSite) parsePage(resp *http.Response, what string, want int) *goquery.Document {
	s.t.Helper()
	if resp.StatusCode != want {
		s.t.Fatalf("%s: %d, want %d", what, resp.StatusCode, want)
	}
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	return doc
}

// TestEditorialJourney is the whole life of a story: an editor writes it
// with a portrait, a linked vacancy and an English translation and submits
// it for review; a second editor approves it by scheduling it (four-eyes
// publication is on); the River job publishes it at its time; the public
// pages show it with a srcset; then the featured person withdraws consent
// and the story is gone from every public page in both languages: the
// lists (also by theme), the home page, its own page, the related stories
// on another story's page and the colleagues on the vacancy's page.
func TestEditorialJourney(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	site.addThemes("lhbti", "leeftijd")
	admin, _ := site.signedIn(accounts.RoleAdmin)
	wantRedirect(t, admin.post("/admin/settings", url.Values{"four_eyes": {"on"}}), "/admin/settings")

	// A vacancy to link, in both languages, and another public story on
	// the same theme, whose page lists related stories.
	vacNL := site.addVacancy(vacancySpec{title: "Beleidsadviseur arbeidsmarkt", slug: "beleidsadviseur-arbeidsmarkt"})
	vacEN := site.addVacancy(vacancySpec{title: "Labour market policy adviser", slug: "labour-market-policy-adviser",
		lang: i18n.EN, key: vacNL.TranslationKey})
	site.addStory(storySpec{slug: "sam", name: "Sam", themes: []string{"lhbti"}})
	site.addStory(storySpec{slug: "sam", name: "Sam", lang: i18n.EN, themes: []string{"lhbti"}})

	annaUser := site.addUser("anna@podium.example", accounts.RoleEditor)
	basUser := site.addUser("bas@podium.example", accounts.RoleEditor)
	anna, bas := site.signIn(annaUser), site.signIn(basUser)

	// Anna writes the story.
	nl := created(t, anna.post("/admin/stories/new", url.Values{
		"lang": {"nl"}, "person_name": {"Noor"}, "role": {"Beleidsadviseur"}, "department": {"Directie Arbeidsmarkt"},
		"quote": {"Hier mag ik zijn wie ik ben."}, "intro": {"Noor werkt sinds 2019 bij het ministerie."},
		"body_markdown": {"### Hoe begon het?\n\nMet een open sollicitatie."}, "themes": {"lhbti"}, "featured": {"on"},
		"vacancies":        {strconv.FormatInt(vacNL.ID, 10)},
		"consent_given_on": {day(-10)}, "consent_note": {"Zaak 2026-117, map Toestemmingen"}, "do": {"save"},
	}))
	// … uploads a portrait with the edit form …
	form := storyFormValues(site.draft(nl).Input())
	form.Set("portrait_alt", "Noor lacht in de hal van het ministerie")
	form.Set("do", "save")
	wantRedirect(t, anna.postMultipart(views.AdminStoryPath(nl), form, upload{"portrait_file", "noor.png", testPNG(t, 1000, 800)}),
		views.AdminStoryPath(nl))
	d := site.draft(nl)
	if d.PortraitID == nil {
		t.Fatal("no portrait after the upload")
	}
	// … writes the English translation, with the same portrait; its form
	// starts with the English version of the linked vacancy ticked …
	translating := anna.page("/admin/stories/new?translation_of="+strconv.FormatInt(nl, 10), http.StatusOK)
	wantVacancyBoxes(t, translating, []string{strconv.FormatInt(vacEN.ID, 10)}, strconv.FormatInt(vacEN.ID, 10))
	en := created(t, anna.post("/admin/stories/new", url.Values{
		"translation_of": {strconv.FormatInt(nl, 10)}, "person_name": {"Noor"}, "role": {"Policy adviser"},
		"department": {"Labour Market Directorate"}, "quote": {"Here I can be who I am."},
		"intro": {"Noor has worked at the ministry since 2019."}, "body_markdown": {"### How did it start?\n\nWith an open application."},
		"themes": {"lhbti"}, "featured": {"on"}, "portrait_id": {strconv.FormatInt(*d.PortraitID, 10)},
		"vacancies":    {strconv.FormatInt(vacEN.ID, 10)},
		"portrait_alt": {"Noor smiles in the ministry's hall"}, "consent_given_on": {day(-10)}, "do": {"save"},
	}))
	// … and submits both for review.
	for _, id := range []int64{nl, en} {
		wantRedirect(t, anna.post(views.AdminStoryPath(id, "submit"), nil), views.AdminStoryPath(id))
	}
	// She may not approve her own story.
	at := time.Now().Add(3 * time.Second)
	atField := url.Values{"scheduled_at": {at.In(i18n.Amsterdam()).Format("2006-01-02T15:04:05")}}
	doc := anna.submit(views.AdminStoryPath(nl, "schedule"), atField, http.StatusUnprocessableEntity)
	wantFieldError(t, doc, "scheduled_at", "story.error.four_eyes")

	// Bas approves: the Dutch story at a planned time, the English now.
	if bas.page(views.AdminStoryPath(nl), http.StatusOK).Find(`form[action$="/schedule"]`).Length() != 1 {
		t.Fatal("the second editor is not offered scheduling")
	}
	wantRedirect(t, bas.post(views.AdminStoryPath(nl, "schedule"), atField), views.AdminStoryPath(nl))
	wantRedirect(t, bas.post(views.AdminStoryPath(en, "publish"), nil), views.AdminStoryPath(en))
	site.page("/verhalen/noor", http.StatusNotFound)

	// The job publishes it; the workers start only now, as after a restart.
	site.startJobWorkers()
	deadline := time.Now().Add(60 * time.Second)
	for site.get("/verhalen/noor").StatusCode != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatalf("the planned story was not published within a minute: %+v", site.draft(nl))
		}
		time.Sleep(200 * time.Millisecond)
	}
	if d := site.draft(nl); d.Status != stories.StatusPublished || d.ApprovedBy == nil || *d.ApprovedBy != basUser.ID {
		t.Errorf("published story %+v", d)
	}
	planned := false
	for _, e := range site.auditEntries(audit.Filter{Action: "story.publish", RecordID: strconv.FormatInt(nl, 10)}) {
		planned = planned || (e.ActorEmail == "" && strings.Contains(e.Summary, "as planned"))
	}
	if !planned {
		t.Error("no audit entry of the planned publication by the job")
	}

	pages := []publicPage{
		{"/verhalen/noor", true},
		{"/verhalen", false},
		{"/verhalen?thema=lhbti", false},
		{"/", false},
		{"/en/stories/noor", true},
		{"/en/stories", false},
		{"/en/stories?theme=lhbti", false},
		{"/en", false},
		{"/verhalen/sam", false},
		{"/en/stories/sam", false},
		{paths.Vacancy(i18n.NL, vacNL.Slug), false},
		{paths.Vacancy(i18n.EN, vacEN.Slug), false},
		// Feeds, the sitemap and site search do not exist yet; they will
		// read the public_stories view like every page above, and their
		// pages belong in this list when they do.
	}
	for _, p := range pages {
		shown, doc := site.showsStory(p, "Noor")
		if !shown {
			t.Errorf("%s does not show the published story", p.path)
			continue
		}
		img := doc.Find("img.story__portrait")
		if !p.detail {
			img = doc.Find(".card").FilterFunction(func(_ int, c *goquery.Selection) bool {
				return c.Find(".card__title a").Text() == "Noor"
			}).Find("img.card__image")
		}
		srcset, _ := img.Attr("srcset")
		sizes, _ := img.Attr("sizes")
		if !strings.Contains(srcset, " 320w") || !strings.Contains(srcset, " 640w") || !strings.Contains(srcset, " 1000w") || sizes == "" {
			t.Errorf("%s: portrait srcset %q sizes %q, want 320, 640 and 1000 px renditions", p.path, srcset, sizes)
		}
		if w, _ := img.Attr("width"); w != "1000" {
			t.Errorf("%s: portrait width %q", p.path, w)
		}
		if p.detail {
			if alt, _ := img.Attr("alt"); alt == "" {
				t.Errorf("%s: the portrait has no alt text", p.path)
			}
		}
	}
	// Every rendition in the srcset is served.
	srcset, _ := site.page("/verhalen/noor", http.StatusOK).Find("img.story__portrait").Attr("srcset")
	for _, c := range strings.Split(srcset, ", ") {
		u, _, _ := strings.Cut(c, " ")
		if resp := site.get(u); resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("GET %s: %d %q", u, resp.StatusCode, resp.Header.Get("Cache-Control"))
		}
	}

	// Noor withdraws consent: the story leaves every public page at once,
	// in both languages.
	wantRedirect(t, anna.post(views.AdminStoryPath(nl, "withdraw-consent"), url.Values{"withdrawn_on": {day(0)}}), views.AdminStoryPath(nl))
	for _, p := range pages {
		if shown, _ := site.showsStory(p, "Noor"); shown {
			t.Errorf("%s still shows the story after consent was withdrawn", p.path)
		}
	}
	for _, id := range []int64{nl, en} {
		d := site.draft(id)
		if d.ConsentWithdrawnOn == nil || d.Status != stories.StatusArchived {
			t.Errorf("story %d after withdrawal: %+v", id, d)
		}
	}
	// It cannot come back, and editors can still see what it was.
	doc = bas.page(views.AdminStoryPath(nl), http.StatusOK)
	if doc.Find("#field-publish").Length() != 0 || doc.Find("#field-submit").Length() != 0 {
		t.Error("a story without consent offers publication")
	}
	doc = bas.submit(views.AdminStoryPath(nl, "publish"), nil, http.StatusUnprocessableEntity)
	if doc.Find("#field-publish-error").Length() != 1 {
		t.Error("publishing again is not refused at the button")
	}
	if err := site.server.editor.Publish(context.Background(), by(basUser), en); !errors.Is(err, editorial.ErrReviewRequired) && !errors.Is(err, editorial.ErrConsentWithdrawn) {
		t.Errorf("publishing the translation again: %v", err)
	}
	bas.page(views.AdminStoryPath(nl, "preview"), http.StatusOK)
	if n := len(site.auditEntries(audit.Filter{Action: "story.consent_withdraw"})); n != 2 {
		t.Errorf("%d consent withdrawal audit entries, want 2 (both languages)", n)
	}
}
