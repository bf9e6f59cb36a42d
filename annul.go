package shailoo

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/strictjson"
)

// The kinds of Annulment.
const (
	// AnnulPrecinct annuls the results of a polling station: its
	// protocols are not counted, and the precinct is taken out of the
	// election (it is not "missing").
	AnnulPrecinct = "precinct"
	// AnnulCandidate annuls the votes of an okrug candidate: the candidate
	// takes no part in the count of the okrug (the seats go to the others
	// as if the candidate had not stood); the ballots stay in the protocol
	// lines, so the protocols still balance.
	AnnulCandidate = "candidate"
)

// Annulment is one decision of a commission or court that annuls results:
// those of a polling station (Kind AnnulPrecinct, ID the precinct ID) or
// the votes of a candidate (AnnulCandidate, ID the okrug candidate's ID).
// Reason, optional, names the decision.
type Annulment struct {
	Kind   string `json:"kind" strict:"required"`
	ID     string `json:"id" strict:"required"`
	Reason string `json:"reason,omitempty"`
}

func (a Annulment) String() string { return a.Kind + ":" + a.ID }

// ErrAnnul is wrapped by every error about an annulment.
var ErrAnnul = errors.New("invalid annulment")

// ParseAnnulment reads an annulment written "precinct:ID" or
// "candidate:ID" (the CLI's --annul).
func ParseAnnulment(s string) (Annulment, error) {
	kind, id, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || id == "" || (kind != AnnulPrecinct && kind != AnnulCandidate) {
		return Annulment{}, fmt.Errorf("%w: %q: want %s:ID or %s:ID", ErrAnnul, s, AnnulPrecinct, AnnulCandidate)
	}
	return Annulment{Kind: kind, ID: id}, nil
}

// AnnulFile is the JSON form of a file of annulments:
//
//	{"annulments": [{"kind": "precinct", "id": "5249", "reason": "DEC 8, decision of ..."}]}
type AnnulFile struct {
	Annulments []Annulment `json:"annulments" strict:"required"`
}

// ReadAnnulments reads a file of annulments (AnnulFile) through the strict
// JSON reader, and checks each against e (CheckAnnulments): an error
// names the file, line, column and JSON path.
func ReadAnnulments(r io.Reader, file string, e *election.Election) ([]Annulment, error) {
	var f AnnulFile
	doc, err := strictjson.Read(r, file, &f, strictjson.Options{Wrap: ErrAnnul, Places: true})
	if err != nil {
		return nil, placed(err)
	}
	for i, a := range f.Annulments {
		if err := checkAnnulment(e, a); err != nil {
			return nil, placed(doc.Errorf(strictjson.Index("annulments", i), ErrAnnul, "%v", err))
		}
	}
	return f.Annulments, nil
}

// CheckAnnulments checks that each annulment names a precinct or an okrug
// candidate of e, once.
func CheckAnnulments(e *election.Election, as []Annulment) error {
	seen := map[Annulment]bool{}
	for _, a := range as {
		a.Reason = ""
		if seen[a] {
			return fmt.Errorf("%w: %s given twice", ErrAnnul, a)
		}
		seen[a] = true
		if err := checkAnnulment(e, a); err != nil {
			return fmt.Errorf("%w: %v", ErrAnnul, err)
		}
	}
	return nil
}

func checkAnnulment(e *election.Election, a Annulment) error {
	if e == nil {
		return errors.New("no election")
	}
	switch a.Kind {
	case AnnulPrecinct:
		if !slices.ContainsFunc(e.Precincts, func(p election.Precinct) bool { return p.ID == a.ID }) {
			return fmt.Errorf("%s: the election defines no precinct %q", a, a.ID)
		}
	case AnnulCandidate:
		for _, o := range e.Okrugs {
			if slices.ContainsFunc(o.Candidates, func(c election.Candidate) bool { return c.ID == a.ID }) {
				return nil
			}
		}
		return fmt.Errorf("%s: no okrug of the election has a candidate %q", a, a.ID)
	default:
		return fmt.Errorf("kind %q: want %q or %q", a.Kind, AnnulPrecinct, AnnulCandidate)
	}
	return nil
}

// annul returns e without the precincts o.Annul annuls and their
// protocols, the steps that say so, and the okrugs whose every precinct
// is annulled (which have no result, rather than missing protocols). e is
// not changed.
func annul(e *election.Election, o Options) (*election.Election, []election.Step, map[string]bool) {
	gone := map[string]bool{}
	for _, a := range o.Annul {
		if a.Kind == AnnulPrecinct {
			gone[a.ID] = true
		}
	}
	var steps []election.Step
	for _, a := range o.Annul {
		why := ""
		if a.Reason != "" {
			why = " (" + a.Reason + ")"
		}
		switch a.Kind {
		case AnnulPrecinct:
			n := 0
			for i := range e.Protocols {
				if e.Protocols[i].Precinct == a.ID {
					n++
				}
			}
			steps = append(steps, election.Step{Kind: "annulled", Subject: a.ID, Value: strconv.Itoa(n),
				Detail: fmt.Sprintf("the results of precinct %s are annulled%s: its %d protocols are not counted", a.ID, why, n)})
		case AnnulCandidate:
			steps = append(steps, election.Step{Kind: "annulled", Subject: a.ID,
				Detail: fmt.Sprintf("the votes of candidate %s are annulled%s", a.ID, why)})
		}
	}
	if len(gone) == 0 {
		return e, steps, nil
	}
	kept := map[string]bool{} // okrugs with a precinct not annulled
	var okrugs map[string]bool
	for _, p := range e.Precincts {
		if !gone[p.ID] {
			kept[p.Okrug] = true
		}
	}
	for _, p := range e.Precincts {
		if gone[p.ID] && p.Okrug != "" && !kept[p.Okrug] {
			if okrugs == nil {
				okrugs = map[string]bool{}
			}
			okrugs[p.Okrug] = true
		}
	}
	out := *e
	out.Precincts = slices.DeleteFunc(slices.Clone(e.Precincts), func(p election.Precinct) bool { return gone[p.ID] })
	out.Protocols = slices.DeleteFunc(slices.Clone(e.Protocols), func(p election.Protocol) bool { return gone[p.Precinct] })
	return &out, steps, okrugs
}

// annulled says that the votes of okrug candidate id are annulled.
func (c *counter) annulled(id string) bool {
	return slices.ContainsFunc(c.o.Annul, func(a Annulment) bool { return a.Kind == AnnulCandidate && a.ID == id })
}

// CompareAnnulled counts e under r twice, without and with the
// annulments of o.Annul, and lists what they change: the deputies who
// lose or gain a seat in each okrug or district, and in each list. This is
// how a citizen checks a commission's decision to annul results: Base is
// the count as the protocols stand, Alternative the count without what
// was annulled, Changes the annulments.
func CompareAnnulled(e *election.Election, r Rules, o Options) (*WhatIf, error) {
	if len(o.Annul) == 0 {
		return nil, fmt.Errorf("%w: no annulment given", ErrAnnul)
	}
	base := o
	base.Annul = nil
	rb, err := CountWith(e, r, base)
	if err != nil {
		return nil, err
	}
	ra, err := CountWith(e, r, o)
	if err != nil {
		return nil, err
	}
	w := compareResults(rb, ra)
	for _, a := range o.Annul {
		line := "annulled " + a.String()
		if a.Reason != "" {
			line += " (" + a.Reason + ")"
		}
		w.Changes = append(w.Changes, line)
	}
	return w, nil
}
