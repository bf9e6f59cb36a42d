package validate

import (
	"cmp"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// Names names the lists and candidates of an election by their IDs, in
// English, Russian and Kyrgyz: a finding named by them (Report.Named)
// says a list, a candidate or a choice by its name in the reader's
// language (the definition's name_ru, name_ky; its name where it gives
// none in that language), in its sentence and its place, and by its ID
// only where the definition gives it no name. A nil *Names names none.
type Names struct {
	// m holds the lists by ID and the candidates by "\x00" and ID (a
	// list and a candidate may share an ID): one map, one lookup, for
	// the page's module's size.
	m map[string]Message
}

// NamesOf returns the names e gives its lists (parties) and candidates
// (the lists' and the okrugs'); nil for a nil e.
func NamesOf(e *election.Election) *Names {
	if e == nil {
		return nil
	}
	n := &Names{m: map[string]Message{}}
	for _, p := range e.Parties {
		n.add(p.ID, p.Name, p.NameRu, p.NameKy)
		for _, c := range p.Candidates {
			n.add("\x00"+c.ID, c.Name, "", "")
		}
	}
	for _, o := range e.Okrugs {
		for _, c := range o.Candidates {
			n.add("\x00"+c.ID, c.Name, "", "")
		}
	}
	return n
}

// add names key: name in English, ru and ky in Russian and Kyrgyz, each
// empty one taken as name (a person's name is the same in every
// language). No name at all is no name.
func (n *Names) add(key, name, ru, ky string) {
	if name = cmp.Or(name, ru, ky); name != "" {
		n.m[key] = Message{En: name, Ru: cmp.Or(ru, name), Ky: cmp.Or(ky, name)}
	}
}

// of is the name of key in lang, or id, as a message may repeat it.
func (n *Names) of(lang, key, id string) string {
	if m, ok := n.m[key]; ok && id != "" {
		return echo.Text(m.In(lang))
	}
	return id
}

// named returns p with its list, candidate and choice by their names in
// lang (an ID that has none as it is), for a place's words: a choice by a
// list's name, else by a candidate's.
func (n *Names) named(lang string, p Place) Place {
	if n == nil {
		return p
	}
	c := p.Choice
	p.Party = n.of(lang, p.Party, p.Party)
	p.Candidate = n.of(lang, "\x00"+p.Candidate, p.Candidate)
	if p.Choice = n.of(lang, c, c); p.Choice == c {
		p.Choice = n.of(lang, "\x00"+c, c)
	}
	return p
}

// keepsIDs says whether the findings of code c are about IDs as such
// (one the definition does not have where it is given, X209, X210,
// X211, S310; one ID under two names, X237): their sentences and places
// say the ID as the data gives it, never a name found for it elsewhere.
func keepsIDs(c Code) bool {
	return len(c) == 4 && strings.Contains("X209 X210 X211 X237 S310", string(c))
}

// InNamed is p.In(lang) with its list, candidate and choice by their
// names in n (Names): the place a report names.
func (p Place) InNamed(lang string, n *Names) string {
	lang, _ = Language(lang)
	return n.named(lang, p.echo()).In(lang)
}

// PlaceIn is the finding's place in lang (Place.In), its list, candidate
// and choice by the names it was given (Report.Named), unless its code is
// about the IDs themselves.
func (f Finding) PlaceIn(lang string) string {
	if f.say == nil || f.say.names == nil || keepsIDs(f.Code) {
		return f.Place.In(lang)
	}
	return f.Place.InNamed(lang, f.say.names)
}

// Named returns r with its findings and the places of what was not
// evaluated naming lists, candidates and choices by n (Names): their
// sentences (Finding.Sentence, Message, the JSON) and places
// (Finding.PlaceIn, Report.Names). A sentence read back from JSON is
// left as it was read. r's findings are not changed: those named are
// copies.
func (r Report) Named(n *Names) Report {
	if n == nil {
		return r
	}
	r.names = n
	var fs []Finding
	for i, f := range r.Findings {
		p := f.Place
		if f.say == nil || f.say.given != nil || p.Party == "" && p.Candidate == "" && p.Choice == "" {
			continue
		}
		if fs == nil {
			fs = append([]Finding(nil), r.Findings...)
		}
		s := *f.say
		s.names = n
		fs[i].say = &s
	}
	if fs != nil {
		r.Findings = fs
	}
	return r
}

// Names returns the names r was given (Named), or nil.
func (r Report) Names() *Names { return r.names }
