package words

import "strings"

// The Go side says some things in fixed English sentences that are data
// of a result (a check's reason for not being evaluated, the built-in
// data's names and provenance): JSON keeps them as they are, and the
// reports and the page say them in the reader's language by these
// functions, from the page's "ne:" and "data:" keys. Those keys are not
// compiled into the page's .wasm (page.go), where these functions give
// the English as it is: the page says them itself (app.js's reasonText
// and dataText, from the same keys).

// Reason returns why a check was not evaluated (validate.NotEvaluated's
// Reason) in the language lang names: a reason the catalog has under
// "ne:" as a whole, or a reason that starts with a "ne:" prefix (a key
// ending in a space) followed by IDs, which stay as given, or by reasons
// of their own ("the precinct is abroad"), said too. English, and a
// reason the catalog lacks, stay as written.
func Reason(lang, r string) string {
	if l, _ := Language(lang); l == "en" {
		return r
	}
	if t, ok := Lookup("ne:" + r); ok {
		return t.In(lang)
	}
	for _, s := range pageSection() {
		for _, e := range s {
			prefix, ok := strings.CutPrefix(e.Key, "ne:")
			if !ok || !strings.HasSuffix(prefix, " ") || !strings.HasPrefix(r, prefix) {
				continue
			}
			rest := strings.Split(r[len(prefix):], ", ")
			for i, x := range rest {
				if t, ok := Lookup("ne:" + x); ok {
					rest[i] = t.In(lang)
				}
			}
			return e.In(lang) + strings.Join(rest, ", ")
		}
	}
	return r
}

// Data returns a text of the built-in data (an election's or a rule
// set's name, the 2021 data's provenance) in the language lang names,
// from the "data:" keys; English, and a text the catalog lacks (a name a
// file gives), stay as written.
func Data(lang, s string) string {
	if l, _ := Language(lang); l == "en" || s == "" {
		return s
	}
	key := "data:" + s
	if strings.HasPrefix(s, "kg2021: national totals official") {
		key = "data:kg2021"
	}
	if t, ok := Lookup(key); ok {
		return t.In(lang)
	}
	return s
}
