package plaintext

import "testing"

func TestStorableAndValid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s               string
		storable, valid bool
	}{
		{"", true, true},
		{"Zoë werkt bij de politie", true, true},
		{"regel één\r\nregel twee\tmet tab", true, true},
		{"a\x00b", false, false},
		{"\xff", false, false},
		{"\xc3", false, false},
		{"bel\x07", true, false},
		{"esc\x1b[31m", true, false},
		{"del\x7f", true, false},
	}
	for _, tt := range tests {
		if got := Storable(tt.s); got != tt.storable {
			t.Errorf("Storable(%q) = %v, want %v", tt.s, got, tt.storable)
		}
		if got := Valid(tt.s); got != tt.valid {
			t.Errorf("Valid(%q) = %v, want %v", tt.s, got, tt.valid)
		}
	}
}
