package words

import "strings"

// notes holds the sentences a count writes into a Result's notes from the
// catalog. A Result carries its notes in English (Result.Notes, read by
// programs and shown by the page); a report in another language says a
// note made from one of these sentences again in its language (Note).
var notes = []Entry{
	{"note.rows_left_out", Text{"{file}: {left} of {rows} rows left out by the mapping's row filter ({filter}): rows of other contests, not counted.",
		"{file}: фильтр строк сопоставления ({filter}) исключил {left} из {rows} строк: это строки других выборов, они не учитываются.",
		"{file}: дал келтирүүнүн саптар чыпкасы ({filter}) {rows} саптын {left} сабын чыгарды: алар башка шайлоолордун саптары, эсептелбейт."}},
}

// Note says a note of a Result in the language lang names: a note that
// is an English sentence of the notes of the catalog, its figures filled
// in, is said in lang with the same figures; any other note comes back
// as it is (most notes are written in English alone).
func Note(lang, s string) string {
	lang, _ = Language(lang)
	if lang == "en" {
		return s
	}
	for _, e := range notes {
		if args, ok := unfill(e.En, s); ok && Say("en", e.Key, args) == s {
			return Say(lang, e.Key, args)
		}
	}
	return s
}

// NoteKey returns the key of the sentence of the catalog an English note
// was made from, or "" for a note written in English alone.
func NoteKey(s string) string {
	for _, e := range notes {
		if args, ok := unfill(e.En, s); ok && Say("en", e.Key, args) == s {
			return e.Key
		}
	}
	return ""
}

// unfill matches s with tmpl, each {name} of tmpl standing for any text
// (a figure of counts, {n}, {left} or {rows}, for digits alone), and
// returns the texts by name: the first way, trying the shortest text for
// each figure first, in which the rest of s matches the rest of tmpl.
func unfill(tmpl, s string) (Args, bool) {
	lits, names := []string{}, []string{}
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			lits = append(lits, tmpl)
			break
		}
		lits, names = append(lits, tmpl[:i]), append(names, tmpl[i+1:i+j])
		tmpl = tmpl[i+j+1:]
	}
	if !strings.HasPrefix(s, lits[0]) {
		return nil, false
	}
	args := Args{}
	var match func(k int, s string) bool // figure k onwards
	match = func(k int, s string) bool {
		if k == len(names) {
			return s == ""
		}
		lit := lits[k+1]
		if lit == "" && k+1 < len(names) {
			return false // two figures with nothing between them
		}
		for p := 0; p <= len(s); p++ {
			if !strings.HasPrefix(s[p:], lit) || k+1 == len(names) && p+len(lit) != len(s) {
				continue
			}
			if v := s[:p]; !count(names[k]) || digits(v) {
				if args[names[k]] = v; match(k+1, s[p+len(lit):]) {
					return true
				}
			}
		}
		return false
	}
	if !match(0, s[len(lits[0]):]) {
		return nil, false
	}
	return args, true
}

// count says whether a figure is a count, written in digits.
func count(name string) bool { return name == "n" || name == "left" || name == "rows" }

func digits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
