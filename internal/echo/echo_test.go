package echo

import (
	"strings"
	"testing"
)

// Part of issue 12's attack suite: control characters and huge cells never
// reach a message raw.
func TestText(t *testing.T) {
	big := strings.Repeat("x", 10<<20)
	for _, c := range []struct{ name, in, text, quote string }{
		{"plain", "1001", "1001", `"1001"`},
		{"cyrillic", "Ак жол", "Ак жол", `"Ак жол"`},
		{"escape", "10\x1b[31m01", `10\x1b[31m01`, `"10\x1b[31m01"`},
		{"newline", "a\nb", `a\nb`, `"a\nb"`},
		{"bidi", "a\u202eb", `a\u202eb`, `"a\u202eb"`},
		{"not utf-8", "a\xffb", `a\xffb`, `"a\xffb"`},
		{"huge", big, strings.Repeat("x", Max) + "… (10,485,760 bytes)", `"` + strings.Repeat("x", Max) + `"… (10,485,760 bytes)`},
		{"long cyrillic", strings.Repeat("ж", 64), strings.Repeat("ж", 64), `"` + strings.Repeat("ж", 64) + `"`},
		{"huge cyrillic", strings.Repeat("ж", 70), strings.Repeat("ж", 64) + "… (140 bytes)", `"` + strings.Repeat("ж", 64) + `"… (140 bytes)`},
	} {
		if got := Text(c.in); got != c.text {
			t.Errorf("%s: Text = %.120q, want %.120q", c.name, got, c.text)
		}
		if got := Quote([]byte(c.in)); got != c.quote {
			t.Errorf("%s: Quote = %.120q, want %.120q", c.name, got, c.quote)
		}
	}
	if got := Group(-1234567); got != "-1,234,567" {
		t.Errorf("Group = %q", got)
	}
}

// TestEmptyAndNil stands in for the nil/zero API walk, which cannot call a
// generic function: empty and nil values of both kinds echo as nothing.
func TestEmptyAndNil(t *testing.T) {
	for name, got := range map[string]string{
		"Text empty string": Text(""), "Text nil bytes": Text([]byte(nil)),
		"Quote empty string": Quote(""), "Quote nil bytes": Quote([]byte(nil)),
	} {
		want := ""
		if strings.HasPrefix(name, "Quote") {
			want = `""`
		}
		if got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}
