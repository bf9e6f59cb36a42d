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

// unfill matches s with tmpl, each {name} of tmpl standing for any text,
// and returns the texts by name: the text of a figure ends where the
// first text after it in tmpl next comes (the last one at the end of s).
// Two figures with nothing between them do not match.
func unfill(tmpl, s string) (Args, bool) {
	args := Args{}
	name := "" // the figure before the text read next
	for {
		i := strings.IndexByte(tmpl, '{')
		lit := tmpl
		if i >= 0 {
			lit = tmpl[:i]
		}
		switch {
		case name == "":
			if !strings.HasPrefix(s, lit) {
				return nil, false
			}
			s = s[len(lit):]
		case i < 0:
			if !strings.HasSuffix(s, lit) {
				return nil, false
			}
			args[name], s = s[:len(s)-len(lit)], ""
		case lit == "":
			return nil, false
		default:
			k := strings.Index(s, lit)
			if k < 0 {
				return nil, false
			}
			args[name], s = s[:k], s[k+len(lit):]
		}
		if i < 0 {
			return args, s == ""
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return nil, false
		}
		name, tmpl = tmpl[i+1:i+j], tmpl[i+j+1:]
	}
}
