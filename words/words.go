package words

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Text is a word or sentence in English, Russian and Kyrgyz. A sentence
// may name figures in braces, {name}, that Fill replaces.
type Text struct {
	En string `json:"en"`
	Ru string `json:"ru"`
	Ky string `json:"ky"`
}

// Same is s in all three languages: a number, an ID, a name given only
// once.
func Same(s string) Text { return Text{s, s, s} }

// In returns the text in the language lang names, a language tag matched
// by its primary subtag as Language does ("ky", "ky-KG", "RU", "ru_RU");
// English for any language other than Russian and Kyrgyz.
func (t Text) In(lang string) string {
	switch l, _ := Language(lang); l {
	case "ru":
		return t.Ru
	case "ky":
		return t.Ky
	}
	return t.En
}

// Map applies f to each language of t; a nil f leaves t as it is.
func (t Text) Map(f func(lang, s string) string) Text {
	if f == nil {
		return t
	}
	return Text{f("en", t.En), f("ru", t.Ru), f("ky", t.Ky)}
}

// Language reduces a language tag to a language of the catalog: "en",
// "ru" or "ky". Every part of shailoo that takes a language (Text.In, the
// report package, the command's --lang, the page) goes through it, so
// that a tag means the same everywhere. A tag is matched by its primary
// subtag, the part before the first "-" or "_", in any case and with
// surrounding spaces ignored: "ky-KG", "KY" and "ky_KG.UTF-8" are Kyrgyz,
// "ru-RU" Russian, "en-US" English; the ISO 639-2 codes "kir", "rus" and
// "eng" are accepted too. Any other tag, and the empty one, gives "en"
// with ok false: English is the fallback, and a caller that must refuse an
// unknown language checks ok.
func Language(tag string) (lang string, ok bool) {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	switch strings.ToLower(tag) {
	case "en", "eng":
		return "en", true
	case "ru", "rus":
		return "ru", true
	case "ky", "kir":
		return "ky", true
	}
	return "en", false
}

// Entry is one text of the catalog under its key.
type Entry struct {
	Key string
	Text
}

// sections are the parts of the catalog, each a slice of entries in the
// order a translator reads them. Keys are unique across all of them (a
// test checks it). The page's words (page.go) are not compiled into the
// page's .wasm: the page gets them, with the errors' words, as the STRINGS
// table that TestPageStrings writes into wasm/web/app.js; nor are the
// reports' (report.go), which only the command line writes.
var sections = append([][]Entry{findings, places, errs, forensics, feed, notes}, reportSections()...)

var index = sync.OnceValue(func() map[string]Text {
	m := map[string]Text{}
	for _, s := range append(sections, pageSection()...) {
		for _, e := range s {
			m[e.Key] = e.Text
		}
	}
	return m
})

// Lookup returns the text under key.
func Lookup(key string) (Text, bool) {
	t, ok := index()[key]
	return t, ok
}

// Of returns the text under key, or the key itself in all three languages
// when the catalog has no such key (a test checks that every key the code
// uses exists).
func Of(key string) Text {
	if t, ok := index()[key]; ok {
		return t
	}
	return Same(key)
}

// Args are the figures of a sentence by name, as Fill takes them.
type Args map[string]string

// Say returns the text under key in the language lang names, its {name}
// figures filled from args.
func Say(lang, key string, args Args) string {
	return Fill(Of(key).In(lang), func(name string) (string, bool) {
		v, ok := args[name]
		return v, ok
	})
}

// Fill replaces each {name} of tmpl with arg(name); a {name} that arg
// does not know stays as written, and so does every one when arg is nil.
// It makes one pass and builds no replacer or map.
//
// A noun after a number takes the number's form: {name|one|few|many}
// is the form of the noun for the number arg(name) gives, by the Russian
// rule (1, 21 мандат; 2-4, 22 мандата; 0, 5-20, 11-14 мандатов), and
// {name|one|other} by the English one (1 seat; 0, 2 seats): "{n}
// {n|мандат|мандата|мандатов}". Kyrgyz does not inflect a noun after a
// number and needs none.
func Fill(tmpl string, arg func(name string) (string, bool)) string {
	if arg == nil || strings.IndexByte(tmpl, '{') < 0 {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 32)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i+1:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		if form, ok := pluralOf(tmpl[i+1:i+1+j], arg); ok {
			b.WriteString(tmpl[:i])
			b.WriteString(form)
			tmpl = tmpl[i+j+2:]
			continue
		}
		if v, ok := arg(tmpl[i+1 : i+1+j]); ok {
			b.WriteString(tmpl[:i])
			b.WriteString(v)
			tmpl = tmpl[i+j+2:]
			continue
		}
		b.WriteString(tmpl[:i+1])
		tmpl = tmpl[i+1:]
	}
}

// pluralOf is the form a {name|forms...} figure of Fill takes for the
// number arg(name) gives (its digits, separators of thousands ignored;
// of a value that writes several, the last: "1 → 2" and "1–2" take 2's
// form); ok is false for a figure that is no such choice or a name arg
// does not know.
func pluralOf(figure string, arg func(name string) (string, bool)) (string, bool) {
	forms := strings.Split(figure, "|")
	if len(forms) != 3 && len(forms) != 4 {
		return "", false
	}
	v, ok := arg(forms[0])
	if !ok {
		return "", false
	}
	v = lastNumber(v)
	var n uint64
	digits := 0
	for _, c := range []byte(v) {
		if c >= '0' && c <= '9' {
			n = (n*10 + uint64(c-'0')) % 1000 // the last digits decide
			digits++
		}
	}
	if digits > 3 && len(forms) == 3 {
		n = 1000 // English: one is 1 alone
	}
	return forms[1+PluralForm(n, len(forms)-1)], true
}

// lastNumber is the last number v writes, with its separators of
// thousands (",", ".", a no-break or a narrow no-break space); v whole
// when it writes none.
func lastNumber(v string) string {
	end := strings.LastIndexAny(v, "0123456789")
	if end < 0 {
		return v
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(v[:start])
		if !('0' <= r && r <= '9' || r == ',' || r == '.' || r == '\u00a0' || r == '\u202f') {
			break
		}
		start -= size
	}
	return v[start : end+1]
}

// PluralForm is the index of the form a noun takes after the number n
// among forms forms: of three (one, few, many) by the Russian rule, of
// two (one, other) by the English one.
func PluralForm(n uint64, forms int) int {
	if forms == 2 {
		if n == 1 {
			return 0
		}
		return 1
	}
	switch {
	case n%10 == 1 && n%100 != 11:
		return 0
	case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return 1
	}
	return 2
}
