package report

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// pw returns the banner's phrase under key in l, from the catalog
// (package words, "provisional." keys): a kind of shailoo.Unevaluated or
// a word of the banner.
func (l Lang) pw(key string) string { return words.Of("provisional." + key).In(string(l)) }

// provisional is the banner of a provisional result: what was not
// evaluated and what rests on it, one line each. ok is false when res is
// not provisional.
func provisional(res *shailoo.Result, l Lang) (section, bool) {
	if !res.Provisional && len(res.ProvisionalReasons) == 0 {
		return section{}, false
	}
	s := section{title: l.pw("banner")}
	for _, u := range res.ProvisionalReasons {
		if _, ok := words.Lookup("provisional." + u.Kind); !ok {
			s.lines = append(s.lines, u.Reason)
			continue
		}
		scope := strings.Join(u.Scope, ", ")
		if u.Kind == shailoo.UnevaluatedBase {
			scope = words.LineNames(string(l), scope) // the scope's lines, by their names
		}
		if scope == "" && u.Kind == shailoo.UnevaluatedRegional {
			scope = l.pw("no_regions")
		}
		s.lines = append(s.lines, words.Say(string(l), "provisional."+u.Kind, words.Args{
			"n":       strconv.Itoa(u.Count),
			"scope":   scope,
			"codes":   strings.Join(u.Codes, ", "),
			"affects": affected(res, u.Affects, l),
		}))
	}
	return s, true
}

// affected writes seat contexts ("list/<ID>", "okrug/<ID>") by the names of
// the lists and okrugs.
func affected(res *shailoo.Result, ctxs []string, l Lang) string {
	names := make([]string, len(ctxs))
	for i, c := range ctxs {
		names[i] = c
		if region, ok := strings.CutPrefix(c, "list@"); ok {
			names[i] = region // a constituency named as its region is its ID
			for _, k := range res.Constituencies {
				if k.Region == region && k.Name != "" {
					names[i] = k.Name
				}
			}
			names[i] = quoteBare(names[i])
			continue
		}
		kind, id, _ := strings.Cut(c, "/")
		switch kind {
		case "list":
			if id == "" {
				names[i] = l.pw("all_list_seats")
			}
			for _, li := range res.Lists {
				if li.ID == id && li.Name != "" {
					names[i] = l.listName(li)
				}
			}
		case "okrug":
			for _, o := range res.Okrugs {
				if o.Okrug == id && o.Name != "" {
					names[i] = o.Name
				}
			}
			names[i] = quoteBare(names[i])
		}
	}
	return strings.Join(names, ", ")
}

// quoteBare quotes a name without a letter («2»): a district named by its
// number, which would read as a count of seats in a list of names.
func quoteBare(name string) string {
	if strings.ContainsFunc(name, unicode.IsLetter) {
		return name
	}
	return "«" + name + "»"
}

// byCode counts the findings of each code, in code order ("by code: X215
// 120, X216 70"), so that many findings of one kind (say, precincts
// without protocols) read as a number before the table.
func byCode(f validate.Report, l Lang) string {
	var parts []string
	for i := 0; i < len(f.Findings); {
		j := i
		for j < len(f.Findings) && f.Findings[j].Code == f.Findings[i].Code {
			j++
		}
		n := j - i
		for _, u := range f.Unlisted { // counted, not listed
			if u.Code == f.Findings[i].Code {
				n += u.Count
			}
		}
		parts = append(parts, fmt.Sprintf("%s %d", f.Findings[i].Code, n))
		i = j
	}
	return l.pw("by_code") + ": " + strings.Join(parts, ", ")
}
