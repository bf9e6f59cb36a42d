package validate

import (
	"cmp"

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
	lists, candidates map[string]Message
}

// NamesOf returns the names e gives its lists (parties) and candidates
// (the lists' and the okrugs'); nil for a nil e.
func NamesOf(e *election.Election) *Names {
	if e == nil {
		return nil
	}
	n := &Names{}
	for _, p := range e.Parties {
		n.AddList(p.ID, p.Name, p.NameRu, p.NameKy)
		for _, c := range p.Candidates {
			n.AddCandidate(c.ID, c.Name)
		}
	}
	for _, o := range e.Okrugs {
		for _, c := range o.Candidates {
			n.AddCandidate(c.ID, c.Name)
		}
	}
	return n
}

// AddList names list id: name in English, ru and ky in Russian and
// Kyrgyz, each empty one taken as name. A list without a name, or named
// by its ID alone, is left unnamed.
func (n *Names) AddList(id, name, ru, ky string) {
	if n == nil || cmp.Or(name, ru, ky) == "" {
		return
	}
	if n.lists == nil {
		n.lists = map[string]Message{}
	}
	name = cmp.Or(name, id)
	n.lists[id] = Message{En: name, Ru: cmp.Or(ru, name), Ky: cmp.Or(ky, name)}
}

// AddCandidate names candidate id (a person's name is the same in every
// language); an empty name is no name.
func (n *Names) AddCandidate(id, name string) {
	if n == nil || name == "" || name == id {
		return
	}
	if n.candidates == nil {
		n.candidates = map[string]Message{}
	}
	n.candidates[id] = same(name)
}

// list is list id's name in lang, or id.
func (n *Names) list(lang, id string) string {
	if n != nil {
		if m, ok := n.lists[id]; ok {
			return echo.Text(m.In(lang))
		}
	}
	return id
}

// candidate is candidate id's name, or id.
func (n *Names) candidate(lang, id string) string {
	if n != nil {
		if m, ok := n.candidates[id]; ok {
			return echo.Text(m.In(lang))
		}
	}
	return id
}

// choice is choice id's name in lang, or id: a candidate's first on the
// okrug ballot, a list's first on any other (a list and a candidate may
// share an ID).
func (n *Names) choice(lang, id string, b election.BallotKind) string {
	if n == nil || id == election.AgainstAll {
		return id
	}
	a, c := n.lists, n.candidates
	if b == election.OkrugBallot {
		a, c = c, a
	}
	for _, m := range []map[string]Message{a, c} {
		if v, ok := m[id]; ok {
			return echo.Text(v.In(lang))
		}
	}
	return id
}

// named returns p with its list, candidate and choice by their names in
// lang (an ID that has none as it is), for a place's words.
func (n *Names) named(lang string, p Place) Place {
	if n == nil {
		return p
	}
	p.Party = n.list(lang, p.Party)
	p.Candidate = n.candidate(lang, p.Candidate)
	p.Choice = n.choice(lang, p.Choice, p.Ballot)
	return p
}

// keepsIDs says whether the findings of code c are about IDs as such
// (one the definition does not have where it is given, X209, X210,
// X211, S310; one ID under two names, X237): their sentences and places
// say the ID as the data gives it, never a name found for it elsewhere.
func keepsIDs(c Code) bool {
	switch c {
	case UnknownParty, UnknownCandidate, UnknownPreference, ChoiceTwoNames, PublishedUnknownList:
		return true
	}
	return false
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
