package words

import (
	"strings"
	"testing"
)

// A note made from the catalog in English is said again in each language
// with its figures, whatever they hold; any other note is left as it is.
func TestNote(t *testing.T) {
	args := Args{"file": "a: b.csv", "left": "41200", "rows": "52118", "filter": `office in ("President", "U.S. Senate (x)")`}
	en := Say("en", "note.rows_left_out", args)
	for _, lang := range []string{"en", "ru", "ky", "ky-KG"} {
		want, _ := Language(lang)
		if got := Note(lang, en); got != Say(want, "note.rows_left_out", args) {
			t.Errorf("%s: %q", lang, got)
		}
	}
	if k := NoteKey(en); k != "note.rows_left_out" {
		t.Errorf("NoteKey = %q", k)
	}
	for _, other := range []string{"", "The definition lists no regions.", en + " And more.", strings.Replace(en, "41200", "many", 1)} {
		if got := Note("ru", other); got != other || NoteKey(other) != "" {
			t.Errorf("%q became %q (key %q)", other, got, NoteKey(other))
		}
	}
}

func TestUnfill(t *testing.T) {
	cases := []struct {
		tmpl, s string
		want    Args
	}{
		{"{a}: {b}.", "x: y: z.", Args{"a": "x", "b": "y: z"}},
		{"n {a}", "n ", Args{"a": ""}},
		{"{f}: {n} of", "a: 1: 2 of", Args{"f": "a: 1", "n": "2"}},
		{"{f}: {n} of", "a: x of", nil},
		{"{a}{b}", "xy", nil},
		{"a {x} b", "a 1 c", nil},
		{"plain", "plain", Args{}},
	}
	for _, c := range cases {
		got, ok := unfill(c.tmpl, c.s)
		if ok != (c.want != nil) || len(got) != len(c.want) {
			t.Errorf("unfill(%q, %q) = %v, %v; want %v", c.tmpl, c.s, got, ok, c.want)
			continue
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("unfill(%q, %q)[%s] = %q, want %q", c.tmpl, c.s, k, got[k], v)
			}
		}
	}
}

// Every note of the catalog, made in English with figures that hold the
// template's own punctuation, is said again in Russian and Kyrgyz with
// those figures, and names its key.
func TestEveryNote(t *testing.T) {
	for _, e := range notes {
		args := Args{}
		for _, name := range names(e.En) {
			args[name] = "a: b (c), d."
			if count(name) {
				args[name] = "12"
			}
		}
		en := Say("en", e.Key, args)
		if k := NoteKey(en); k != e.Key {
			t.Errorf("%s: NoteKey(%q) = %q", e.Key, en, k)
		}
		for _, lang := range []string{"ru", "ky"} {
			if got, want := Note(lang, en), Say(lang, e.Key, args); got != want {
				t.Errorf("%s in %s: %q, want %q", e.Key, lang, got, want)
			}
		}
	}
}

// names returns the {names} of a template.
func names(tmpl string) []string {
	var out []string
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			return out
		}
		out = append(out, tmpl[i+1:i+j])
		tmpl = tmpl[i+j+1:]
	}
}

// The note of relations not evaluated says plainly, in each language,
// that the protocols do not give the lines, not "for want of" them, and
// names the lines in the language (Note: a report's notes).
func TestFormLinesNotePlain(t *testing.T) {
	en := Say("en", "note.form_lines", Args{"line_ids": "issued_outside, lost, absentee_voted"})
	for lang, want := range map[string]string{
		"en": "Relations of the protocol form are not evaluated: the protocols do not give line(s) issued_outside, lost, absentee_voted.",
		"ru": "Соотношения протокола не проверены: в протоколах нет строк: выдано бюллетеней вне помещения для голосования, утрачено бюллетеней, absentee_voted.",
		"ky": "Протоколдун катыштары текшерилген жок: протоколдордо бул саптар жок: шайлоо бөлмөсүнөн тышкары берилген бюллетендер, жоголгон бюллетендер, absentee_voted.",
	} {
		if got := Note(lang, en); !strings.HasPrefix(got, want) || strings.Contains(got, "want of") {
			t.Errorf("%s: %q, want it to begin %q", lang, got, want)
		}
	}
}

// The reason of a threshold base not computed is said in the language,
// its lines and base by their names, inside the note that gives it.
func TestThresholdReasonNote(t *testing.T) {
	reason := Say("en", "note.reason.base_lines", Args{"n": "250", "line_ids": "valid", "base": "participants"})
	en := Say("en", "note.threshold_open", Args{"n": "54", "reason": reason})
	want := "Мандатов по спискам не распределено: 54: общенациональный порог не проверен: учтённых протоколов по спискам без строк базы порога (приняли участие (недействительные + действительные)): 250, нет строк: действительных бюллетеней (замечания X227); база не вычисляется и не берётся меньшей."
	if got := Note("ru", en); got != want {
		t.Errorf("ru: %q, want %q", got, want)
	}
	if got := Note("ky", en); strings.Contains(got, "counted") || strings.Contains(got, "valid") {
		t.Errorf("ky: English left: %q", got)
	}
}

// The lines skip_rows and footer_rows skipped are each a note of their
// own, said in the language, one line or several.
func TestSkippedNotes(t *testing.T) {
	for _, c := range []struct{ en, ky string }{
		{Say("en", "note.skipped_line", Args{"file": "a.tsv", "line": "1"}), "a.tsv: 1-сап өткөрүлүп жиберилди (skip_rows): баш сап катары да, маалымат катары да окулган жок."},
		{Say("en", "note.skipped_lines", Args{"file": "a.tsv", "lines": "1-3"}), "a.tsv: 1-3 саптар өткөрүлүп жиберилди (skip_rows): баш сап катары да, маалымат катары да окулган жок."},
		{Say("en", "note.footer_line", Args{"file": "a.tsv", "line": "19"}), "a.tsv: 19-сап өткөрүлүп жиберилди (footer_rows): файлдын акыркы сабы, таблицанын сабы катары окулган жок (таблицанын астындагы эскертүү)."},
	} {
		if got := Note("ky", c.en); got != c.ky {
			t.Errorf("%q: %q, want %q", c.en, got, c.ky)
		}
	}
}

// The note of a count under the built-in rule set names it in the
// language.
func TestRulesDefaultNote(t *testing.T) {
	en := Say("en", "note.rules_default", Args{"id": "kg2021", "version": "1.0.0", "name": "Jogorku Kenesh, 28 November 2021: the law as the courts applied it"})
	if got := Note("ru", en); !strings.Contains(got, "(Жогорку Кенеш, 28 ноября 2021 года: закон так, как его применили суды)") {
		t.Errorf("ru: %q", got)
	}
}
