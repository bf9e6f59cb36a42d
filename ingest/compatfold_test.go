package ingest

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestCompatTable checks the generated table against norm: each
// character of compatRanges folds to its NFKC form, and a name written
// in Arabic presentation forms to the one written in letters.
func TestCompatTable(t *testing.T) {
	for _, rg := range compatRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			want := norm.NFKC.String(string(r))
			got, ok := compatRune(r)
			if !ok {
				got = string(r)
			}
			if got != want {
				t.Fatalf("%U: got %q, want %q", r, got, want)
			}
		}
	}
	for _, c := range []struct{ in, want string }{
		{"ﺑﻴﺮوت اﻟﺘﻐﻴﻴﺮ", "بيروت التغيير"},
		{"اﻷﺻﻮات اﻟﺼﺤﻴﺤﺔ", "الأصوات الصحيحة"},
		{"Ｂｅｉｒｕｔ　２", "Beirut　2"}, // U+3000, outside the blocks, stays
		{"بيروت", "بيروت"},
		{"\ufeffx", "\ufeffx"},
	} {
		if got := compatString(c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
		if norm.NFKC.String(c.want) != norm.NFKC.String(c.in) {
			t.Errorf("%q: not NFKC-equal to %q", c.in, c.want)
		}
	}
}
