package ingest

import (
	"bytes"
	"testing"
)

// trimBytes trims what bytes.TrimSpace trims: every White_Space rune at
// either end (the no-break space, U+2000-U+200A, U+3000...), and keeps
// what it keeps (Cyrillic letters, broken UTF-8).
func FuzzTrimBytes(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a ", "Москва", " Москва\u00a0", "\u3000x\u2029", "\u205fя\u202f",
		"\u1680", "x\u0085", "\x85", "\xe2\x80", "я\xe2\x80\x80", "\xc2\xa0я", "\xff", "a\xbf\xbf\xbf\xbf"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := trimBytes(b), bytes.TrimSpace(b); !bytes.Equal(got, want) {
			t.Fatalf("trimBytes(%q) = %q, bytes.TrimSpace %q", b, got, want)
		}
	})
}
