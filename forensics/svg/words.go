package svg

import "github.com/shailoo/shailoo/words"

// Lang is the language of a chart's words: "en", "ru" or "ky"; any other
// value is English.
type Lang string

// Word returns the sentence "forensics.<key>" of the catalog of words
// (package words, words/forensics.go) in lang, with each {name} of fill
// (name, value, name, value...) replaced.
func Word(lang Lang, key string, fill ...string) string {
	return words.Fill(words.Of("forensics."+key).In(string(lang)), func(name string) (string, bool) {
		for j := 0; j+1 < len(fill); j += 2 {
			if fill[j] == name {
				return fill[j+1], true
			}
		}
		return "", false
	})
}

// Reason is why protocols were left out or not evaluated (a
// forensics.Skip's Reason) in lang's words; a reason the catalog does not
// know, its ID.
func Reason(lang Lang, id string) string {
	if t, ok := words.Lookup("forensics.reason." + id); ok {
		return t.In(string(lang))
	}
	return id
}
