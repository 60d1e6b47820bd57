package inclusive

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

type labelled struct {
	line     int
	sentence string
	want     []string // expected categories, sorted
}

func readLabelled(t *testing.T, name string) []labelled {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			t.Fatalf("%s:%d: want sentence<TAB>categories", name, n)
		}
		l := labelled{line: n, sentence: strings.ReplaceAll(fields[0], `\n`, "\n")}
		if fields[1] != "none" {
			for _, c := range strings.Split(fields[1], ",") {
				if categoryIndex(c) < 0 || c == categoryException {
					t.Fatalf("%s:%d: unknown category %q", name, n, c)
				}
				l.want = append(l.want, c)
			}
		}
		slices.Sort(l.want)
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestLabelledSet measures precision and recall of the checker on the
// labelled sentences, counting per sentence and category: a category the
// checker reports for a sentence is a true positive when the label lists it
// and a false positive otherwise; a labelled category it misses is a false
// negative.
func TestLabelledSet(t *testing.T) {
	c := newChecker(t)
	for _, tc := range []struct {
		lang, file              string
		minPrecision, minRecall float64
	}{
		{"nl", "testdata/labelled_nl.tsv", 0.95, 0.95},
		{"en", "testdata/labelled_en.tsv", 0.95, 0.95},
		{"nl", "testdata/paraphrases_nl.tsv", 0.9, 0.9},
		{"en", "testdata/paraphrases_en.tsv", 0.9, 0.9},
	} {
		t.Run(tc.file, func(t *testing.T) {
			set := readLabelled(t, tc.file)
			if strings.Contains(tc.file, "labelled") && len(set) < 100 {
				t.Errorf("%d labelled sentences, want at least 100", len(set))
			}
			var tp, fp, fn int
			perCat := map[string]*[3]int{}
			for _, l := range set {
				var got []string
				for _, f := range c.Check(tc.lang, l.sentence).Findings {
					if !slices.Contains(got, f.Category) {
						got = append(got, f.Category)
					}
				}
				slices.Sort(got)
				for _, g := range got {
					if perCat[g] == nil {
						perCat[g] = &[3]int{}
					}
					if slices.Contains(l.want, g) {
						tp++
						perCat[g][0]++
					} else {
						fp++
						perCat[g][1]++
						t.Logf("false positive %s at line %d: %q", g, l.line, l.sentence)
					}
				}
				for _, w := range l.want {
					if !slices.Contains(got, w) {
						fn++
						if perCat[w] == nil {
							perCat[w] = &[3]int{}
						}
						perCat[w][2]++
						t.Logf("false negative %s at line %d: %q", w, l.line, l.sentence)
					}
				}
			}
			precision := float64(tp) / float64(tp+fp)
			recall := float64(tp) / float64(tp+fn)
			t.Logf("%s: %d sentences, %d labels; TP %d, FP %d, FN %d; precision %.3f, recall %.3f",
				tc.lang, len(set), tp+fn, tp, fp, fn, precision, recall)
			cats := make([]string, 0, len(perCat))
			for k := range perCat {
				cats = append(cats, k)
			}
			slices.Sort(cats)
			for _, k := range cats {
				v := perCat[k]
				t.Logf("  %-16s TP %3d  FP %2d  FN %2d", k, v[0], v[1], v[2])
			}
			if tp+fp == 0 || tp+fn == 0 {
				t.Fatalf("no findings or no labels (TP %d, FP %d, FN %d): nothing measured", tp, fp, fn)
			}
			if precision < tc.minPrecision {
				t.Errorf("precision %.3f, want at least %.2f", precision, tc.minPrecision)
			}
			if recall < tc.minRecall {
				t.Errorf("recall %.3f, want at least %.2f", recall, tc.minRecall)
			}
		})
	}
}
