package markdown

import (
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	r := New()
	tests := []struct {
		name, src   string
		want        []string
		mustNotHave []string
	}{
		{"heading and emphasis", "### Waarom hier?\n\nOmdat het *werk* ertoe doet.",
			[]string{"<h3", "Waarom hier?</h3>", "<em>werk</em>"}, nil},
		{"list", "- mentor\n- netwerk", []string{"<ul>", "<li>mentor</li>"}, nil},
		{"script removed", "hallo <script>alert(1)</script>", []string{"hallo"}, []string{"<script"}},
		{"event handler removed", `<a href="#" onclick="alert(1)">x</a>`, nil, []string{"onclick"}},
		{"javascript link removed", "[klik](javascript:alert(1))", []string{"klik"}, []string{"javascript:"}},
		{"image dropped", "![x](https://tracker.example/pixel.gif)", nil, []string{"<img", "tracker.example"}},
		{"iframe removed", `<iframe src="https://evil.example"></iframe>`, nil, []string{"<iframe"}},
		{"inline style removed", `<p style="color:red">rood</p>`, nil, []string{"style="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r.HTML(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("want %q in %q", w, got)
				}
			}
			for _, bad := range tt.mustNotHave {
				if strings.Contains(got, bad) {
					t.Errorf("must not contain %q: %q", bad, got)
				}
			}
		})
	}
}
