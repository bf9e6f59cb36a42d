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
		"Quote Pair empty strings": first(Pair("", "")), "Quote Pair nil bytes": first(Pair([]byte(nil), []byte(nil))),
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

func first(a, _ string) string { return a }

func TestPair(t *testing.T) {
	long := strings.Repeat("x", 70)
	for _, c := range []struct {
		name, a, b, qa, qb string
	}{
		{"short", "a", "b", `"a"`, `"b"`},
		{"the same", long, long, `"` + long[:64] + `"… (70 bytes)`, `"` + long[:64] + `"… (70 bytes)`},
		{"differ when cut", "y" + long[1:], "z" + long[1:], `"y` + long[1:64] + `"… (70 bytes)`, `"z` + long[1:64] + `"… (70 bytes)`},
		{"differ past the cut", long + "1", long + "2",
			`"` + long[:64] + `"… (71 bytes), from byte 63: "xxxxxxxx1"`, `"` + long[:64] + `"… (71 bytes), from byte 63: "xxxxxxxx2"`},
		{"a rune before the difference", strings.Repeat("ж", 70) + "1", strings.Repeat("ж", 70) + "2", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			qa, qb := Pair(c.a, c.b)
			if c.name == "a rune before the difference" {
				// 141 bytes, cut after 64 characters: the tails start
				// 8 bytes, 4 whole characters, before the difference.
				if !strings.HasSuffix(qa, `from byte 133: "жжжж1"`) || !strings.HasSuffix(qb, `from byte 133: "жжжж2"`) {
					t.Errorf("%s / %s", qa, qb)
				}
				return
			}
			if qa != c.qa || qb != c.qb {
				t.Errorf("%s / %s, want %s / %s", qa, qb, c.qa, c.qb)
			}
		})
	}
}
