package web

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/web/views"
)

// TestStoryPortraitUploadRefusesWhatIsNoPhoto sends, with the story
// editor's own forms (new story and edit), the files that must never
// become a portrait: a PNG whose header claims 50 000 × 50 000 pixels, an
// SVG, and a text file renamed to .jpg. Each answers 422 with the reason
// at the portrait file field, everything typed is kept, and nothing is
// stored: no image in the library, no story, no new revision.
func TestStoryPortraitUploadRefusesWhatIsNoPhoto(t *testing.T) {
	t.Parallel()
	site := newTestSite(t)
	site.addThemes("beperking")
	b, editor := site.signedIn(accounts.RoleEditor)
	existing := site.draftStory(editor, "Bestaand")

	files := []struct {
		name string
		file upload
		key  string
	}{
		{"PNG header of 50 000 × 50 000 pixels", upload{"portrait_file", "portret.png", pngBombHeader(50_000, 50_000)}, "image.error.pixels"},
		{"SVG", upload{"portrait_file", "portret.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><script>alert(1)</script></svg>`)}, "image.error.format"},
		{"text file renamed to .jpg", upload{"portrait_file", "portret.jpg", []byte("Dit is geen foto maar een tekstbestand.\n")}, "image.error.format"},
	}
	forms := []struct {
		name, path string
		values     url.Values
	}{
		{"new story", "/admin/stories/new", url.Values{
			"lang": {"nl"}, "person_name": {"Getypte Naam"}, "role": {"Getypte functie"}, "department": {"OM Rotterdam"},
			"quote": {"Getypt citaat."}, "intro": {"Getypte intro."}, "body_markdown": {"### Kop\n\nGetypte tekst."},
			"themes": {"beperking"}, "portrait_alt": {"Getypte alt-tekst"}, "consent_given_on": {day(-3)},
			"consent_note": {"Getypte plek"}, "do": {"save"},
		}},
		{"edit", views.AdminStoryPath(existing), func() url.Values {
			v := storyFormValues(site.draft(existing).Input())
			v.Set("role", "Getypte functie")
			v.Set("portrait_alt", "Getypte alt-tekst")
			v.Add("themes", "beperking")
			v.Set("do", "save")
			return v
		}()},
	}
	for _, f := range forms {
		for _, tt := range files {
			t.Run(f.name+"/"+tt.name, func(t *testing.T) {
				resp := b.postMultipart(f.path, f.values, tt.file)
				doc := b.parse(resp, "save with "+tt.name, http.StatusUnprocessableEntity)
				wantFileError(t, doc, "portrait_file", tt.key)
				if v, _ := doc.Find("#field-role").Attr("value"); v != "Getypte functie" {
					t.Errorf("role not kept: %q", v)
				}
				if v, _ := doc.Find("#field-portrait_alt").Attr("value"); v != "Getypte alt-tekst" {
					t.Errorf("alt text not kept: %q", v)
				}
				if _, checked := doc.Find(`input[name="themes"][value="beperking"]`).Attr("checked"); !checked {
					t.Error("theme not kept")
				}
				if f.name == "new story" {
					if got := doc.Find("#field-body_markdown").Text(); got != "### Kop\n\nGetypte tekst." {
						t.Errorf("body not kept: %q", got)
					}
				}
			})
		}
	}
	ctx := context.Background()
	if list, err := site.server.images.List(ctx, 10, 0); err != nil || len(list) != 0 {
		t.Errorf("library holds %d images (%v), want none", len(list), err)
	}
	if n, err := site.server.stories.Count(ctx); err != nil || n != 1 {
		t.Errorf("%d stories (%v), want only the existing one", n, err)
	}
	if d := site.draft(existing); d.Revision != 1 || d.Role == "Getypte functie" {
		t.Errorf("the refused save was stored: revision %d, role %q", d.Revision, d.Role)
	}
}
