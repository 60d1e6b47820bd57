package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/podium-portal/podium/internal/assets"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/web/views"
)

// inclusiveMaxText caps the text the check while typing accepts, in bytes:
// a long vacancy is a tenth of it, and the check's cost grows with it.
const inclusiveMaxText = 100_000

// inclusiveMaxBody caps the request: the text percent-encoded, which can
// triple its size, and the language.
const inclusiveMaxBody = 3*inclusiveMaxText + 1024

// inclusiveResponse is what the check while typing answers: the report's
// figures and findings for scripts, and the summary and the rendered
// findings (the page's own template) for web/static/js/inclusive.js.
type inclusiveResponse struct {
	Lang      string             `json:"lang"`
	Score     int                `json:"score"`
	Balance   string             `json:"balance"`
	Masculine int                `json:"masculine"`
	Feminine  int                `json:"feminine"`
	Findings  []inclusiveFinding `json:"findings"`
	Summary   string             `json:"summary"`
	HTML      string             `json:"html"`
}

type inclusiveFinding struct {
	Start       int    `json:"start"` // byte offsets in the text
	End         int    `json:"end"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	Text        string `json:"text"`
	Category    string `json:"category"`
	Severity    string `json:"severity"`
	Explanation string `json:"explanation"`
	Suggestion  string `json:"suggestion"`
	Source      string `json:"source"`
}

// checkInclusive checks the posted text (fields "text" and "lang", nl or
// en; Dutch when missing) for wording that may push candidates away and
// answers with JSON. A text over inclusiveMaxText bytes is refused with
// 413. Staff only, same-origin only (the router's cross-origin protection).
func (s *Server) checkInclusive(w http.ResponseWriter, r *http.Request) error {
	ui := i18n.LangFrom(r.Context())
	r.Body = http.MaxBytesReader(w, r.Body, inclusiveMaxBody)
	if err := r.ParseForm(); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": i18n.T(ui, "inclusive.error.too_large")})
		}
		return writeJSON(w, http.StatusBadRequest, map[string]string{"error": i18n.T(ui, "error.400.title")})
	}
	text := r.PostForm.Get("text")
	if len(text) > inclusiveMaxText {
		return writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": i18n.T(ui, "inclusive.error.too_large")})
	}
	l, _ := i18n.Parse(r.PostForm.Get("lang"))
	rep := s.inclusive.Check(string(l), text)
	res := views.NewInclusiveResult("", "", l, text, rep)
	var html bytes.Buffer
	ctx := assets.WithAssets(r.Context(), s.assets)
	if err := views.InclusiveFindingList(res).Render(ctx, &html); err != nil {
		return err
	}
	resp := inclusiveResponse{Lang: string(l), Score: res.Score, Balance: res.Balance, Masculine: res.Masculine,
		Feminine: res.Feminine, Findings: []inclusiveFinding{}, Summary: views.InclusiveSummary(ui, res), HTML: html.String()}
	for i, f := range rep.Findings {
		if i >= len(res.Findings) {
			break
		}
		pos := res.Findings[i]
		resp.Findings = append(resp.Findings, inclusiveFinding{Start: f.Start, End: f.End, Line: pos.Line, Column: pos.Column,
			Text: f.Text, Category: f.Category, Severity: f.Severity, Explanation: f.Explanation,
			Suggestion: f.Suggestion, Source: f.Source})
	}
	return writeJSON(w, http.StatusOK, resp)
}

// inclusiveResult checks text in l for the page's report on the field
// with id field, named label.
func (s *Server) inclusiveResult(field, label string, l i18n.Lang, text string) views.InclusiveResult {
	return views.NewInclusiveResult(field, label, l, text, s.inclusive.Check(string(l), text))
}

// writeJSON answers with v as JSON, never cached.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(body)
	return nil
}
