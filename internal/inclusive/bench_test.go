package inclusive

import (
	"os"
	"strings"
	"testing"
)

// benchText returns the sample vacancy in lang, repeated to at least n words.
func benchText(tb testing.TB, lang string, n int) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/vacancy_" + lang + ".md")
	if err != nil {
		tb.Fatal(err)
	}
	text := string(b)
	for len(strings.Fields(text)) < n {
		text += "\n\n" + string(b)
	}
	return text
}

// TestSampleVacancy checks the sample vacancies the benchmark uses, so the
// benchmark measures a text with realistic findings.
func TestSampleVacancy(t *testing.T) {
	c := newChecker(t)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"nl", []string{"nl-gender-mv", "nl-age-jong", "nl-lang-moedertaal", "nl-m-stressbestendig"}},
		{"en", []string{"en-gender-mf", "en-age-young-dynamic", "en-lang-native-speaker", "en-m-ambitio"}},
	} {
		text := benchText(t, tc.lang, 0)
		r := c.Check(tc.lang, text)
		got := map[string]bool{}
		for _, f := range r.Findings {
			got[f.RuleID] = true
			if strings.Contains(f.Text, "werkenvoornederland") || strings.Contains(f.Text, "example") {
				t.Errorf("%s: finding inside an address: %+v", tc.lang, f)
			}
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: sample vacancy lacks finding %s", tc.lang, w)
			}
		}
		t.Logf("%s sample vacancy (%d words): %d findings, masculine %d, feminine %d, score %d, %s",
			tc.lang, len(strings.Fields(text)), len(r.Findings), r.Masculine, r.Feminine, r.Score, r.Balance)
	}
}

// BenchmarkCheck checks a 1,000-word Markdown vacancy.
func BenchmarkCheck(b *testing.B) {
	c := newChecker(b)
	for _, lang := range []string{"nl", "en"} {
		text := benchText(b, lang, 1000)
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				c.Check(lang, text)
			}
			b.ReportMetric(float64(len(strings.Fields(text))), "words")
		})
	}
}

// BenchmarkNew measures parsing and compiling the embedded lists.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
