// Package markdown turns the Markdown editors write into HTML that is safe
// to put in a page: goldmark renders it, bluemonday then removes anything
// that could run script or load from elsewhere.
package markdown

import (
	"bytes"
	"fmt"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// Renderer renders and sanitises Markdown. It is safe for concurrent use.
type Renderer struct {
	md     goldmark.Markdown
	policy *bluemonday.Policy
}

// New returns a Renderer allowing the formatting an interview needs:
// headings, paragraphs, lists, emphasis, quotes, tables and links.
func New() *Renderer {
	// No images: they would load from anywhere; portraits have their own field.
	policy := bluemonday.NewPolicy()
	policy.AllowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
		"em", "strong", "del", "blockquote", "code", "pre",
		"table", "thead", "tbody", "tr", "th", "td")
	policy.AllowAttrs("href").OnElements("a")
	policy.AllowStandardURLs()
	policy.RequireParseableURLs(true)
	policy.RequireNoReferrerOnLinks(true)
	policy.AllowAttrs("start").Matching(bluemonday.Integer).OnElements("ol")
	return &Renderer{
		md:     goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify)),
		policy: policy,
	}
}

// HTML renders src to sanitised HTML.
func (r *Renderer) HTML(src string) (string, error) {
	var buf bytes.Buffer
	if err := r.md.Convert([]byte(src), &buf); err != nil {
		return "", fmt.Errorf("markdown.HTML: %w", err)
	}
	return r.policy.SanitizeReader(&buf).String(), nil
}
