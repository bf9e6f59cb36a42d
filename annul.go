package shailoo

import (
	"errors"
	"fmt"
	"io"
	"maps"
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
	// AnnulOkrug annuls the election of an okrug: the okrug-ballot
	// results of every precinct of the okrug are not counted, and the
	// okrug has no result (its seats are not filled). The list votes of
	// those precincts stand: the law annuls them only with the precincts'
	// results (AnnulPrecinct, AnnulRegion).
	AnnulOkrug = "okrug"
	// AnnulRegion annuls the results of every precinct of a region, both
	// ballots, as AnnulPrecinct of each.
	AnnulRegion = "region"
)

// annulKinds are the kinds of Annulment, as ParseAnnulment names them.
var annulKinds = []string{AnnulPrecinct, AnnulCandidate, AnnulOkrug, AnnulRegion}

// annulForms is "precinct:ID, candidate:ID, okrug:ID or region:ID".
const annulForms = AnnulPrecinct + ":ID, " + AnnulCandidate + ":ID, " + AnnulOkrug + ":ID or " + AnnulRegion + ":ID"

// Annulment is one decision of a commission or court that annuls results:
// those of a polling station (Kind AnnulPrecinct, ID the precinct ID), the
// votes of a candidate (AnnulCandidate, ID the okrug candidate's ID), the
// election of an okrug (AnnulOkrug, ID the okrug's ID) or the results of
// every polling station of a region (AnnulRegion, ID the region's ID).
// Reason, optional, names the decision.
type Annulment struct {
	Kind   string `json:"kind" strict:"required"`
	ID     string `json:"id" strict:"required"`
	Reason string `json:"reason,omitempty"`
}

func (a Annulment) String() string { return a.Kind + ":" + a.ID }

// ErrAnnul is wrapped by every error about an annulment.
var ErrAnnul = errors.New("invalid annulment")

// ParseAnnulment reads an annulment written "precinct:ID",
// "candidate:ID", "okrug:ID" or "region:ID" (the CLI's --annul).
func ParseAnnulment(s string) (Annulment, error) {
	kind, id, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || id == "" || !slices.Contains(annulKinds, kind) {
		return Annulment{}, fmt.Errorf("%w: %q: want %s", ErrAnnul, s, annulForms)
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

// CheckAnnulments checks that each annulment names a precinct, an okrug
// candidate, an okrug or a region of e that has precincts, once.
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
	case AnnulOkrug:
		if !slices.ContainsFunc(e.Okrugs, func(o election.Okrug) bool { return o.ID == a.ID }) {
			return fmt.Errorf("%s: the election defines no okrug %q", a, a.ID)
		}
		// The precincts say which protocols are the okrug's.
		if !slices.ContainsFunc(e.Precincts, func(p election.Precinct) bool { return p.Okrug == a.ID }) {
			return fmt.Errorf("%s: the election defines no precinct of okrug %q", a, a.ID)
		}
	case AnnulRegion:
		if !slices.ContainsFunc(e.Precincts, func(p election.Precinct) bool { return p.Region == a.ID }) {
			return fmt.Errorf("%s: the election defines no precinct of region %q", a, a.ID)
		}
	default:
		return fmt.Errorf("kind %q: want %s", a.Kind, annulForms)
	}
	return nil
}

// annulment is what annul takes out of a count besides the protocols.
type annulment struct {
	// steps are the first steps of the transcript, one an annulment.
	steps []election.Step
	// noResult holds the okrugs that have no result, rather than missing
	// protocols: their election annulled, or every precinct's results.
	noResult map[string]bool
	// elections holds the okrugs whose election is annulled: their
	// precincts' okrug-ballot protocols are annulled, not missing.
	elections map[string]bool
	// touched counts, by okrug, the annulments that touch it (its
	// precincts, its election, its candidates): its figures are
	// recomputed.
	touched map[string]int
}

// annul returns e without the precincts o.Annul annuls and their
// protocols, and without the okrug-ballot protocols of the okrugs whose
// election it annuls, and what else that takes out. e is not changed.
func annul(e *election.Election, o Options) (*election.Election, annulment) {
	gone := map[string]bool{} // precincts whose results are annulled
	an := annulment{elections: map[string]bool{}, touched: map[string]int{}}
	for _, a := range o.Annul {
		switch a.Kind {
		case AnnulPrecinct:
			gone[a.ID] = true
		case AnnulRegion:
			for _, p := range e.Precincts {
				if p.Region == a.ID {
					gone[p.ID] = true
				}
			}
		case AnnulOkrug:
			an.elections[a.ID] = true
		}
	}
	okrugOf := make(map[string]string, len(e.Precincts))
	for _, p := range e.Precincts {
		okrugOf[p.ID] = p.Okrug
	}
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
			an.steps = append(an.steps, election.Step{Kind: "annulled", Subject: a.ID, Value: strconv.Itoa(n),
				Detail: fmt.Sprintf("the results of precinct %s are annulled%s: its %d protocols are not counted", a.ID, why, n)})
			if ok := okrugOf[a.ID]; ok != "" {
				an.touched[ok]++
			}
		case AnnulRegion:
			in := map[string]bool{}
			okrugs := map[string]bool{}
			for _, p := range e.Precincts {
				if p.Region == a.ID {
					in[p.ID] = true
					if p.Okrug != "" {
						okrugs[p.Okrug] = true
					}
				}
			}
			n := 0
			for i := range e.Protocols {
				if in[e.Protocols[i].Precinct] {
					n++
				}
			}
			an.steps = append(an.steps, election.Step{Kind: "annulled", Subject: a.ID, Value: strconv.Itoa(n),
				Detail: fmt.Sprintf("the results of the %d precincts of region %s are annulled%s: their %d protocols are not counted", len(in), a.ID, why, n)})
			for ok := range okrugs {
				an.touched[ok]++
			}
		case AnnulOkrug:
			n := 0
			for i := range e.Protocols {
				if e.Protocols[i].Ballot == election.OkrugBallot && okrugOf[e.Protocols[i].Precinct] == a.ID {
					n++
				}
			}
			an.steps = append(an.steps, election.Step{Kind: "annulled", Subject: a.ID, Value: strconv.Itoa(n),
				Detail: fmt.Sprintf("the election of okrug %s is annulled%s: the %d okrug-ballot protocols of its precincts are not counted; their list votes stand", a.ID, why, n)})
			an.touched[a.ID]++
		case AnnulCandidate:
			an.steps = append(an.steps, election.Step{Kind: "annulled", Subject: a.ID,
				Detail: fmt.Sprintf("the votes of candidate %s are annulled%s", a.ID, why)})
			for _, ok := range e.Okrugs {
				if slices.ContainsFunc(ok.Candidates, func(c election.Candidate) bool { return c.ID == a.ID }) {
					an.touched[ok.ID]++
				}
			}
		}
	}
	if len(gone) == 0 && len(an.elections) == 0 {
		return e, an
	}
	kept := map[string]bool{} // okrugs with a precinct not annulled
	for _, p := range e.Precincts {
		if !gone[p.ID] {
			kept[p.Okrug] = true
		}
	}
	an.noResult = maps.Clone(an.elections)
	for _, p := range e.Precincts {
		if gone[p.ID] && p.Okrug != "" && !kept[p.Okrug] {
			an.noResult[p.Okrug] = true
		}
	}
	out := *e
	out.Precincts = slices.DeleteFunc(slices.Clone(e.Precincts), func(p election.Precinct) bool { return gone[p.ID] })
	out.Protocols = slices.DeleteFunc(slices.Clone(e.Protocols), func(p election.Protocol) bool {
		return gone[p.Precinct] || p.Ballot == election.OkrugBallot && an.elections[okrugOf[p.Precinct]]
	})
	return &out, an
}

// markAnnulled gives each okrug of res the number of annulments that
// touch it.
func markAnnulled(res *Result, touched map[string]int) {
	if res == nil {
		return
	}
	for i := range res.Okrugs {
		res.Okrugs[i].Annulled = touched[res.Okrugs[i].Okrug]
	}
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
