package web

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/editorial"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/images"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/web/views"
)

// storyFormFields are the single-valued fields of the story form, named
// as in stories.StoryInput's JSON, and the vacancy picker's filter text
// ("vacancy_q"); the theme and vacancy check boxes ("themes",
// "vacancies") and the portrait file ("portrait_file") are read apart.
var storyFormFields = []string{"lang", "person_name", "role", "department", "portrait_id", "portrait_alt",
	"quote", "intro", "body_markdown", "featured", "slug", "consent_given_on",
	"consent_expires_on", "consent_note", "translation_of", "vacancy_q", "do"}

// vacancyPickerSize is how many open vacancies the story form lists at
// most; when more match, it offers a filter rather than a longer list.
const vacancyPickerSize = 30

// portraitChoices is how many pictures of the media library the story
// form offers; older ones are reached through the library.
const portraitChoices = 24

// storyForm returns the form of a story's stored content.
func storyForm(in stories.StoryInput) views.Form {
	v := map[string]string{
		"lang":               string(in.Lang),
		"person_name":        in.PersonName,
		"role":               in.Role,
		"department":         in.Department,
		"portrait_alt":       in.PortraitAlt,
		"quote":              in.Quote,
		"intro":              in.Intro,
		"body_markdown":      in.BodyMarkdown,
		"themes":             strings.Join(in.ThemeSlugs, ","),
		"slug":               in.Slug,
		"consent_given_on":   in.ConsentGivenOn,
		"consent_expires_on": in.ConsentExpiresOn,
		"consent_note":       in.ConsentNote,
	}
	if in.PortraitID != nil {
		v["portrait_id"] = strconv.FormatInt(*in.PortraitID, 10)
	}
	if in.Featured {
		v["featured"] = "on"
	}
	v["vacancies"] = joinIDs(in.VacancyIDs)
	return views.Form{Values: v}
}

// joinIDs writes ids as form's value "vacancies" holds them: joined by
// commas.
func joinIDs(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(s, ",")
}

// tickedVacancies returns the values of the vacancy check boxes ticked in
// form, as sent: normally vacancy ids.
func tickedVacancies(form views.Form) []string {
	return strings.FieldsFunc(form.Value("vacancies"), func(r rune) bool { return r == ',' })
}

// findingVacancies reports whether the story form was sent with the
// vacancy picker's Find button: it is shown again, filtered, not saved.
func findingVacancies(r *http.Request) bool { return r.PostForm.Get("find_vacancies") != "" }

// readStoryForm reads the submitted story form, which may carry a
// portrait file, within the upload limit. The theme and vacancy check
// boxes are joined into the values "themes" and "vacancies".
func readStoryForm(w http.ResponseWriter, r *http.Request) (views.Form, error) {
	if err := parseUploadForm(w, r); err != nil {
		return views.Form{}, err
	}
	form, err := readForm(r, storyFormFields...)
	if err != nil {
		return views.Form{}, err
	}
	var themes []string
	for _, t := range r.PostForm["themes"] {
		if t = strings.TrimSpace(t); t != "" {
			themes = append(themes, t)
		}
	}
	form.Values["themes"] = strings.Join(themes, ",")
	var ticked []string
	for _, v := range r.PostForm["vacancies"] {
		if v = strings.TrimSpace(strings.ReplaceAll(v, ",", "")); v != "" && !slices.Contains(ticked, v) {
			ticked = append(ticked, v)
		}
	}
	form.Values["vacancies"] = strings.Join(ticked, ",")
	return form, nil
}

// storyInput turns the form into a StoryInput in language l, marking the
// fields it cannot read (portrait, vacancy ids) and then those
// StoryInput.Validate refuses, without touching form's values: they are
// shown again as typed.
func storyInput(form *views.Form, l i18n.Lang) stories.StoryInput {
	in := stories.StoryInput{
		Lang:             l,
		Slug:             form.Value("slug"),
		PersonName:       form.Value("person_name"),
		Role:             form.Value("role"),
		Department:       form.Value("department"),
		PortraitAlt:      form.Value("portrait_alt"),
		Quote:            form.Value("quote"),
		Intro:            form.Value("intro"),
		BodyMarkdown:     form.Value("body_markdown"),
		Featured:         form.Value("featured") == "on",
		ConsentGivenOn:   form.Value("consent_given_on"),
		ConsentExpiresOn: form.Value("consent_expires_on"),
		ConsentNote:      form.Value("consent_note"),
	}
	if v := form.Value("themes"); v != "" {
		in.ThemeSlugs = strings.Split(v, ",")
	}
	if v := form.Value("portrait_id"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			form.SetError("portrait_id", "story.error.portrait")
		} else {
			in.PortraitID = &id
		}
	}
	for _, v := range tickedVacancies(*form) {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			form.SetError("vacancies", "story.error.vacancy")
			break
		}
		in.VacancyIDs = append(in.VacancyIDs, id)
	}
	check := in // Validate normalises; the form keeps what was typed.
	for field, key := range check.Validate(stories.Today()) {
		if _, has := form.Errors[field]; !has {
			form.SetError(field, key)
		}
	}
	return in
}

// setStoryError puts an error of the editorial service or the stories
// store at the field it is about; it reports false for any other error,
// which the caller returns as it is.
func setStoryError(form *views.Form, err error) bool {
	var fe stories.FieldErrors
	var ee *editorial.Error
	switch {
	case errors.As(err, &fe):
		for field, key := range fe {
			form.SetError(field, key)
		}
	case errors.As(err, &ee):
		form.SetError("", ee.Key)
	default:
		return false
	}
	return true
}

// attachPortraitUpload stores the portrait file sent with the story form,
// if any, in the media library, with the story's alt text in language l,
// and makes it the chosen portrait. A refused file is marked at its field
// and the status to answer with returned; 0 means fine.
func (s *Server) attachPortraitUpload(r *http.Request, form *views.Form, l i18n.Lang) (int, error) {
	fh := uploadedFile(r, "portrait_file")
	if fh == nil {
		return 0, nil
	}
	u, _ := currentUser(r)
	meta := images.UploadMeta{UploadedBy: &u.ID}
	if l == i18n.EN {
		meta.AltEN = form.Value("portrait_alt")
	} else {
		meta.AltNL = form.Value("portrait_alt")
	}
	img, err := s.storeUpload(r.Context(), actor(r), fh, meta)
	if key, status, ok := uploadErrorStatus(err); ok {
		form.SetError("portrait_file", key)
		return status, nil
	}
	if err != nil {
		return 0, err
	}
	form.Values["portrait_id"] = strconv.FormatInt(img.ID, 10)
	if form.Value("portrait_alt") == "" {
		// Reusing a picture: start from its alt text in the story's language.
		form.Values["portrait_alt"] = img.Alt(string(l))
	}
	return 0, nil
}

// vacancyPicker returns the vacancies the story form offers a story in
// l: first those ticked in form (also values that name no vacancy, for
// the editor to untick) and those linked now (stored), closed ones and
// ones in another language included, so that none disappears unseen;
// then up to vacancyPickerSize open ones in l matching the form's
// filter text "vacancy_q".
func (s *Server) vacancyPicker(ctx context.Context, form views.Form, l i18n.Lang, stored []int64) (views.VacancyPicker, error) {
	ticked := tickedVacancies(form)
	var ids []int64
	for _, v := range ticked {
		if id, err := strconv.ParseInt(v, 10, 64); err == nil && id > 0 {
			ids = append(ids, id)
		}
	}
	pinned, err := s.vacancies.SummariesByID(ctx, append(ids, stored...))
	if err != nil {
		return views.VacancyPicker{}, err
	}
	found, err := s.vacancies.OpenToLink(ctx, l, form.Value("vacancy_q"), vacancyPickerSize)
	if err != nil {
		return views.VacancyPicker{}, err
	}
	p := views.VacancyPicker{Listed: len(found.Vacancies), Matching: found.Matching}
	p.Filter = found.Matching > p.Listed || form.Value("vacancy_q") != ""
	listed := map[int64]bool{}
	add := func(v vacancies.Summary, open bool) {
		if !listed[v.ID] {
			listed[v.ID] = true
			p.Choices = append(p.Choices, views.VacancyChoice{Value: strconv.FormatInt(v.ID, 10), Vacancy: &v, Open: open})
		}
	}
	now := time.Now()
	isOpen := func(v vacancies.Summary) bool {
		return v.OpenOn(now) && v.PublishedAt != nil && !v.PublishedAt.After(now)
	}
	for _, v := range ticked {
		i := slices.IndexFunc(pinned, func(p vacancies.Summary) bool { return strconv.FormatInt(p.ID, 10) == v })
		if i < 0 {
			p.Choices = append(p.Choices, views.VacancyChoice{Value: v})
			continue
		}
		add(pinned[i], isOpen(pinned[i]))
	}
	for _, v := range pinned {
		add(v, isOpen(v))
	}
	for _, v := range found.Vacancies {
		add(v, true)
	}
	return p, nil
}

// portraitChoices returns the newest pictures of the media library and,
// when it is not among them, the one chosen in form.
func (s *Server) portraitChoices(ctx context.Context, form views.Form) ([]images.Image, error) {
	list, err := s.images.List(ctx, portraitChoices, 0)
	if err != nil {
		return nil, err
	}
	chosen, err := strconv.ParseInt(form.Value("portrait_id"), 10, 64)
	if err != nil || chosen <= 0 || slices.ContainsFunc(list, func(img images.Image) bool { return img.ID == chosen }) {
		return list, nil
	}
	img, err := s.images.ByID(ctx, chosen)
	if errors.Is(err, database.ErrNotFound) {
		return list, nil
	}
	if err != nil {
		return nil, err
	}
	return append([]images.Image{img}, list...), nil
}
