package validate

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// CompareCopy compares a citizen's copy of a protocol (typed from the
// paper copy an observer holds) with the protocol of the same precinct and
// ballot as published: line by line, choice by choice and preference vote
// by preference vote. Each figure that differs is a finding with the gap
// (copy − published); a figure present on one and not the other is a
// finding too. Copies of different precincts or ballots are one finding
// and nothing else is compared.
func CompareCopy(copy, published election.Protocol) Report {
	var rep Report
	pl := Place{Level: LevelPrecinct, Precinct: published.Precinct, Ballot: published.Ballot, Machine: published.Machine}
	if copy.Precinct != published.Precinct || copy.Ballot != published.Ballot {
		desc := func(p election.Protocol) Message {
			b := ballotName(p.Ballot)
			return b.Map(func(lang, ballot string) string {
				return words.Say(lang, "copy.of", words.Args{"precinct": echo.Text(p.Precinct), "ballot": ballot})
			})
		}
		want, got := desc(published), desc(copy)
		rep.Findings = append(rep.Findings, newFinding(CopyMismatch, pl, want.En, got.En, 0, vars{"want": want, "got": got}))
		rep.sort()
		return rep
	}
	cmpMaps := func(code Code, cp, pub map[string]int64, place func(k string) Place) {
		for k, cv := range cp {
			pv, ok := pub[k]
			switch {
			case !ok:
				rep.Findings = append(rep.Findings, newFinding(CopyOnly, place(k), "", strconv.FormatInt(cv, 10), 0, nil))
			case cv != pv:
				got, want := big.NewInt(cv), big.NewInt(pv)
				rep.Findings = append(rep.Findings, newFinding(code, place(k), want.String(), got.String(), gapOf(got, want), nil))
			}
		}
		for k, pv := range pub {
			if _, ok := cp[k]; !ok {
				rep.Findings = append(rep.Findings, newFinding(PublishedOnly, place(k), strconv.FormatInt(pv, 10), "", 0, nil))
			}
		}
	}
	cmpMaps(CopyLine, lineMap(copy.Lines), lineMap(published.Lines), func(k string) Place { q := pl; q.Line = k; return q })
	cmpMaps(CopyVotes, copy.Votes, published.Votes, func(k string) Place { q := pl; q.Choice = k; return q })
	cmpMaps(CopyPreferences, copy.Preferences, published.Preferences, func(k string) Place { q := pl; q.Candidate = k; return q })
	rep.sort()
	return rep
}

func lineMap(m map[election.Line]int64) map[string]int64 {
	out := make(map[string]int64, len(m))
	for k, v := range m {
		out[string(k)] = v
	}
	return out
}

// ErrNoPublished is returned by CompareCopyIn when the election has no
// protocol of the copy's precinct, ballot and count, and ErrAmbiguousPublished
// when it has more than one (finding X207 reports those).
var (
	ErrNoPublished        = errors.New("validate: no published protocol of that precinct, ballot and count")
	ErrAmbiguousPublished = errors.New("validate: the precinct has more than one published protocol of that ballot and count")
)

// CompareCopyIn compares copy with the protocol e publishes for the same
// precinct, ballot and count (manual unless copy.Machine): CompareCopy
// with the published protocol looked up by Published, its lists,
// candidates and choices named by e's names (Report.Named).
func CompareCopyIn(e *election.Election, copy election.Protocol) (Report, error) {
	pub, err := Published(e, copy.Precinct, copy.Ballot, copy.Machine)
	if err != nil {
		return Report{}, err
	}
	return CompareCopy(copy, pub).Named(NamesOf(e)), nil
}

// Published returns the protocol e publishes for a precinct, ballot and
// count: ErrNoPublished when there is none, ErrAmbiguousPublished when
// there are several; ErrNilElection for a nil e.
func Published(e *election.Election, precinct string, ballot election.BallotKind, machine bool) (election.Protocol, error) {
	if e == nil {
		return election.Protocol{}, ErrNilElection
	}
	var found *election.Protocol
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if p.Precinct != precinct || p.Ballot != ballot || p.Machine != machine {
			continue
		}
		if found != nil {
			return election.Protocol{}, fmt.Errorf("%w: precinct %q, %s ballot", ErrAmbiguousPublished, precinct, ballot)
		}
		found = p
	}
	if found == nil {
		count := "manual"
		if machine {
			count = "machine"
		}
		return election.Protocol{}, fmt.Errorf("%w: precinct %q, %s ballot, %s count", ErrNoPublished, precinct, ballot, count)
	}
	return *found, nil
}
