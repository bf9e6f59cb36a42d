package report

import (
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// Lang is the language of a text or Markdown report: a language tag,
// matched by its primary subtag as validate.Language does ("ky-KG" is
// Kyrgyz, "RU" Russian). Any other tag gives English.
type Lang string

// The languages of the reports.
const (
	English Lang = "en"
	Russian Lang = "ru"
	Kyrgyz  Lang = "ky"
)

// Langs returns the languages in the order a language switch shows them,
// a fresh slice on each call.
func Langs() []Lang { return []Lang{Kyrgyz, Russian, English} }

// ParseLang returns the report language a tag names (see
// validate.Language); English with ok false for any other tag.
func ParseLang(tag string) (l Lang, ok bool) {
	s, ok := validate.Language(tag)
	return Lang(s), ok
}

// w returns the report's word under key in l, from the catalog (package
// words, "report." keys).
func (l Lang) w(key string) string { return words.Of("report." + key).In(string(l)) }

// say returns the report's sentence under key in l with its {name}
// figures filled from args.
func (l Lang) say(key string, args words.Args) string {
	return words.Say(string(l), "report."+key, args)
}

// notes returns a Result's notes in l: those the catalog has a sentence
// for (words.Note) in l, the others as written (in English).
func (l Lang) notes(ns []string) []string {
	if l == "en" || l == "" {
		return ns
	}
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = words.Note(string(l), n)
	}
	return out
}
