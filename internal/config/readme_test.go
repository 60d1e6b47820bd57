package config

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEDocumentsEveryVariable keeps the README's configuration table
// true: every variable Podium reads must appear in it with its default.
func TestREADMEDocumentsEveryVariable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Variables() {
		row := "| `" + v.Name + "` |"
		i := strings.Index(string(readme), row)
		if i < 0 {
			t.Errorf("README.md has no row for %s", v.Name)
			continue
		}
		line, _, _ := strings.Cut(string(readme[i:]), "\n")
		if v.Default != "" && !strings.Contains(line, "`"+v.Default+"`") {
			t.Errorf("README.md row for %s does not give the default %q: %s", v.Name, v.Default, line)
		}
	}
}
