package synth

import (
	"errors"
	"fmt"
	"maps"

	"github.com/shailoo/shailoo/election"
)

// ErrCheck is the sentinel every *CheckError wraps.
var ErrCheck = errors.New("synth: inconsistent election")

// CheckError says which protocol or definition broke which relation.
type CheckError struct {
	Where string // precinct ID and ballot, party ID or okrug ID
	What  string
}

func (e *CheckError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	return "synth: " + e.Where + ": " + e.What
}

// Unwrap returns ErrCheck.
func (e *CheckError) Unwrap() error { return ErrCheck }

// Check is the self-test of generated data: it returns a *CheckError for
// the first place where e breaks one of the promises synth makes, or nil.
// It is not the validator (package validate is): it knows only what synth
// generates. The promises:
//
//   - each precinct has one manual list protocol; a precinct in the country
//     has a region, an okrug and one manual okrug protocol; a precinct abroad
//     has neither region nor okrug nor okrug protocol; a machine protocol,
//     if any, equals the manual one; the list and okrug protocols of a
//     precinct issue the same number of ballots;
//   - every protocol has every line, none negative, and
//     received = issued_in_room + issued_outside + issued_early + cancelled + lost - unaccounted,
//     found_mobile + found_stationary = invalid + valid,
//     valid = the sum of the votes (against all included),
//     issued <= voters and found <= issued;
//   - votes name every choice of the ballot and nothing else; preferences
//     name candidates of the lists, and a list's preferences add up to at
//     most its votes;
//   - every party list has 2..54 candidates with positions 1..n, at most 70%
//     of one sex, at least 15% under 35, at least 15% of other
//     ethnicities, at least 2 with disabilities; every okrug has a candidate.
func Check(e *election.Election) error {
	if e == nil {
		return &CheckError{Where: "election", What: "nil"}
	}
	fail := func(where, format string, a ...any) error {
		return &CheckError{Where: where, What: fmt.Sprintf(format, a...)}
	}
	regions := map[string]bool{}
	for _, r := range e.Regions {
		regions[r.ID] = true
	}
	owner := map[string]string{} // list candidate -> party
	listChoices := map[string]bool{election.AgainstAll: true}
	for _, p := range e.Parties {
		if p.ID == election.AgainstAll || listChoices[p.ID] {
			return fail(p.ID, "party ID reserved or repeated")
		}
		listChoices[p.ID] = true
		if err := checkList(p); err != nil {
			return fail(p.ID, "%v", err)
		}
		for _, c := range p.Candidates {
			if _, dup := owner[c.ID]; dup {
				return fail(p.ID, "candidate ID %s repeated", c.ID)
			}
			owner[c.ID] = p.ID
		}
	}
	okrugChoices := map[string]map[string]bool{}
	for _, o := range e.Okrugs {
		if len(o.Candidates) == 0 {
			return fail("okrug "+o.ID, "no candidates")
		}
		if o.Region != "" && !regions[o.Region] {
			return fail("okrug "+o.ID, "unknown region %q", o.Region)
		}
		ch := map[string]bool{election.AgainstAll: true}
		for i, c := range o.Candidates {
			if ch[c.ID] || c.Position != i+1 {
				return fail("okrug "+o.ID, "candidate %s repeated or out of registration order", c.ID)
			}
			ch[c.ID] = true
		}
		okrugChoices[o.ID] = ch
	}
	type seen struct{ list, okrug int }
	precincts := map[string]election.Precinct{}
	counts := map[string]*seen{}
	for _, p := range e.Precincts {
		if _, dup := precincts[p.ID]; dup {
			return fail("precinct "+p.ID, "repeated")
		}
		if p.Abroad {
			if p.Region != "" || p.Okrug != "" {
				return fail("precinct "+p.ID, "abroad with a region or okrug")
			}
		} else if !regions[p.Region] || okrugChoices[p.Okrug] == nil {
			return fail("precinct "+p.ID, "unknown region %q or okrug %q", p.Region, p.Okrug)
		}
		precincts[p.ID] = p
		counts[p.ID] = &seen{}
	}
	manual := map[string]*election.Protocol{}
	for i := range e.Protocols {
		pr := &e.Protocols[i]
		where := "precinct " + pr.Precinct + " " + string(pr.Ballot)
		if pr.Machine {
			where += " machine"
		}
		p, ok := precincts[pr.Precinct]
		if !ok {
			return fail(where, "unknown precinct")
		}
		var choices map[string]bool
		switch pr.Ballot {
		case election.ListBallot:
			choices = listChoices
		case election.OkrugBallot:
			if p.Abroad {
				return fail(where, "okrug protocol abroad")
			}
			choices = okrugChoices[p.Okrug]
		default:
			return fail(where, "unknown ballot")
		}
		key := pr.Precinct + "/" + string(pr.Ballot)
		if pr.Machine {
			m, ok := manual[key]
			if !ok {
				return fail(where, "machine protocol before its manual one")
			}
			if !maps.Equal(m.Lines, pr.Lines) || !maps.Equal(m.Votes, pr.Votes) || !maps.Equal(m.Preferences, pr.Preferences) {
				return fail(where, "machine count differs from the manual count")
			}
			continue
		}
		if manual[key] != nil {
			return fail(where, "second manual protocol")
		}
		manual[key] = pr
		if pr.Ballot == election.ListBallot {
			counts[pr.Precinct].list++
		} else {
			counts[pr.Precinct].okrug++
		}
		if err := checkLines(pr.Lines); err != nil {
			return fail(where, "%v", err)
		}
		var valid int64
		for id, v := range pr.Votes {
			if !choices[id] || v < 0 {
				return fail(where, "vote for %q: %d", id, v)
			}
			valid += v
		}
		if len(pr.Votes) != len(choices) {
			return fail(where, "votes for %d of %d choices", len(pr.Votes), len(choices))
		}
		if valid != pr.Lines[election.Valid] {
			return fail(where, "valid %d, votes add up to %d", pr.Lines[election.Valid], valid)
		}
		prefs := map[string]int64{}
		for id, v := range pr.Preferences {
			party, ok := owner[id]
			if !ok || v < 0 || pr.Ballot != election.ListBallot {
				return fail(where, "preference for %q: %d", id, v)
			}
			prefs[party] += v
		}
		for party, v := range prefs {
			if v > pr.Votes[party] {
				return fail(where, "preferences of %s %d above its votes %d", party, v, pr.Votes[party])
			}
		}
	}
	for _, p := range e.Precincts {
		want := seen{list: 1, okrug: 1}
		if p.Abroad {
			want.okrug = 0
		}
		if *counts[p.ID] != want {
			return fail("precinct "+p.ID, "%d list and %d okrug protocols", counts[p.ID].list, counts[p.ID].okrug)
		}
		if !p.Abroad {
			l, o := manual[p.ID+"/"+string(election.ListBallot)], manual[p.ID+"/"+string(election.OkrugBallot)]
			if l.Issued() != o.Issued() {
				return fail("precinct "+p.ID, "%d list ballots issued, %d okrug ballots", l.Issued(), o.Issued())
			}
		}
	}
	return nil
}

func checkLines(l map[election.Line]int64) error {
	for _, name := range election.AllLines() {
		v, ok := l[name]
		if !ok || v < 0 {
			return fmt.Errorf("line %s missing or negative", name)
		}
	}
	if n := len(election.AllLines()); len(l) != n {
		return fmt.Errorf("%d lines, want %d", len(l), n)
	}
	issued := l[election.IssuedInRoom] + l[election.IssuedOutside] + l[election.IssuedEarly]
	found := l[election.FoundMobile] + l[election.FoundStationary]
	switch {
	case l[election.Received] != issued+l[election.Cancelled]+l[election.Lost]-l[election.Unaccounted]:
		return fmt.Errorf("received %d != issued %d + cancelled %d + lost %d - unaccounted %d",
			l[election.Received], issued, l[election.Cancelled], l[election.Lost], l[election.Unaccounted])
	case found != l[election.Invalid]+l[election.Valid]:
		return fmt.Errorf("found %d != invalid %d + valid %d", found, l[election.Invalid], l[election.Valid])
	case issued > l[election.Voters]:
		return fmt.Errorf("issued %d > voters %d", issued, l[election.Voters])
	case found > issued:
		return fmt.Errorf("found %d > issued %d", found, issued)
	}
	return nil
}

func checkList(p election.Party) error {
	n := len(p.Candidates)
	if n < 2 || n > MaxCandidates {
		return fmt.Errorf("%d candidates", n)
	}
	var women, men, young, minority, disabled int
	for i, c := range p.Candidates {
		if c.Position != i+1 {
			return fmt.Errorf("candidate %s at position %d, want %d", c.ID, c.Position, i+1)
		}
		switch c.Sex {
		case election.Female:
			women++
		case election.Male:
			men++
		default:
			return fmt.Errorf("candidate %s: sex %q", c.ID, c.Sex)
		}
		if c.Under35 == nil || c.Minority == nil || c.Disability == nil {
			return fmt.Errorf("candidate %s: attribute not set", c.ID)
		}
		if *c.Under35 {
			young++
		}
		if *c.Minority {
			minority++
		}
		if *c.Disability {
			disabled++
		}
	}
	switch {
	case 10*women > 7*n || 10*men > 7*n:
		return fmt.Errorf("%d women, %d men: more than 70%% of one sex", women, men)
	case 100*young < 15*n:
		return fmt.Errorf("%d of %d under 35", young, n)
	case 100*minority < 15*n:
		return fmt.Errorf("%d of %d of other ethnicities", minority, n)
	case disabled < 2:
		return fmt.Errorf("%d with disabilities", disabled)
	}
	return nil
}
