package i18n

import (
	"strings"
	"testing"
	"time"
)

func TestCatalogueIsComplete(t *testing.T) {
	for _, key := range Keys() {
		m := messages[key]
		if strings.TrimSpace(m.nl) == "" || strings.TrimSpace(m.en) == "" {
			t.Errorf("message %q lacks a translation: nl=%q en=%q", key, m.nl, m.en)
		}
		if strings.Count(m.nl, "%") != strings.Count(m.en, "%") {
			t.Errorf("message %q: nl and en take different arguments", key)
		}
	}
}

func TestTMissingKeyIsVisible(t *testing.T) {
	if got := T(NL, "no.such.key"); got != "[no.such.key]" {
		t.Errorf("got %q", got)
	}
	if got := T(EN, "nav.stories"); got != "Stories" {
		t.Errorf("got %q", got)
	}
}

func TestFormatDate(t *testing.T) {
	// 23:30 UTC on 31 December is already New Year in Amsterdam.
	tm := time.Date(2025, 12, 31, 23, 30, 0, 0, time.UTC)
	if got := FormatDate(NL, tm); got != "1 januari 2026" {
		t.Errorf("nl: got %q", got)
	}
	if got := FormatDate(EN, time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)); got != "3 March 2026" {
		t.Errorf("en: got %q", got)
	}
}
