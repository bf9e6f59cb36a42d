package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/threshold"
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
// for (words.NoteNamed) in l, the list each names by its name in l
// (listName) where lists gives it, the others as written (in English).
func (l Lang) notes(ns []string, lists []shailoo.List) []string {
	if l == "en" || l == "" {
		return ns
	}
	name := func(s string) (string, bool) {
		for _, li := range lists {
			if li.Name == s || li.ID == s {
				return l.listName(li), true
			}
		}
		return "", false
	}
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = words.NoteNamed(string(l), n, name)
	}
	return out
}

// plural is the form of a noun after the number n in l: "one", "few" or
// "many", the suffix of its keys in the catalog (Russian: 1 мандат,
// 2 мандата, 5 мандатов, 21 мандат; English: 1 seat, 2 seats; Kyrgyz
// does not inflect a noun after a number, its three forms are one).
func plural(n int, l Lang) string {
	l, _ = ParseLang(string(l)) // "ru-RU" is Russian
	switch {
	case n%10 == 1 && n%100 != 11 && (l == Russian || n == 1):
		return "one"
	case l == Russian && n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return "few"
	}
	return "many"
}

// counted is n and the report's noun under key after it, in the form
// plural says ("report.<key>_one", "_few", "_many"): "1 ошибка".
func (l Lang) counted(n int, key string) string {
	return strconv.Itoa(n) + " " + l.w(key+"_"+plural(n, l))
}

// status is a threshold's verdict in l ("report.status." keys), or as it
// is when the catalog has no word for it.
func (l Lang) status(s threshold.Status) string {
	if t, ok := words.Lookup("report.status." + string(s)); ok {
		return t.In(string(l))
	}
	return string(s)
}

// figures writes each figure of s ("813687/54 = 15068.28") in l's form
// (dec): a formula, not a text with IDs or versions in it.
func (l Lang) figures(s string) string {
	if !l.spaced() {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
			for j++; j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
			}
		}
		b.WriteString(l.dec(s[i:j]))
		i = j
	}
	return b.String()
}

// quota is the value of the quota step of steps with its detail in l,
// or "" when there is no such step. The detail is package seats' English
// sentence ("hare quota for 54 seats: 813687/54 = 15068.28"), said from
// the catalog (report.quota_detail, the method by its name: quota_name_
// and the method, as the page names it) when it has the method, as
// written otherwise.
func (l Lang) quota(steps []election.Step) string {
	for _, s := range steps {
		if s.Kind != "quota" {
			continue
		}
		if s.Detail == "" {
			return s.Value
		}
		detail := s.Detail
		method, rest, ok := strings.Cut(detail, " quota for ")
		_, calc, ok2 := strings.Cut(rest, " seats: ")
		if name, known := words.Lookup("quota_name_" + method); ok && ok2 && known {
			detail = l.say("quota_detail", words.Args{"name": name.In(string(l)), "seats": strconv.Itoa(s.Seats), "calc": calc})
		}
		return l.figures(s.Value + " (" + detail + ")")
	}
	return ""
}

// quotaRaised says each "quota_raised" step of steps in l: the quota the
// rule set names gives more seats than there are, and the seats are
// given by the next quota instead (package seats' sentence "the imperiali
// quota gives 6 seats for 5; done again with the hagenbach_bischoff
// quota"), as the page says it (quota_raised); as written where it is not
// of that shape or names a method the catalog does not.
func (l Lang) quotaRaised(steps []election.Step) []string {
	var out []string
	for _, s := range steps {
		if s.Kind != "quota_raised" {
			continue
		}
		var from, to string
		var n, seats int
		_, err := fmt.Sscanf(s.Detail, "the %s quota gives %d seats for %d; done again with the %s quota", &from, &n, &seats, &to)
		fromName, ok1 := words.Lookup("quota_name_" + from)
		toName, ok2 := words.Lookup("quota_name_" + to)
		if err != nil || !ok1 || !ok2 {
			out = append(out, s.Detail)
			continue
		}
		out = append(out, words.Say(string(l), "quota_raised", words.Args{"from": fromName.In(string(l)), "to": toName.In(string(l)),
			"n": l.int(int64(n)), "seats": l.int(int64(seats))}))
	}
	return out
}
