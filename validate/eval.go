package validate

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

// This file is the one implementation of the checks of a protocol on its
// own: the compiled relations of the form (P101-P105 and those a rule set
// declares), P106 (negative figures), P107 (preference votes) and the
// choices on the ballot (X208-X211, X214, X226, X228, X229). It works on
// the dense form with int64 sums, and turns to math/big only for a sum
// that overflowed, so that a protocol that passes costs no allocation.

func add64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s > a) == (b > 0)
}

// mulAdd returns acc + k*v, or false when it overflows int64. The
// factor k of a term is never math.MinInt64 (parseTerm).
func mulAdd(acc, k, v int64) (int64, bool) {
	switch k {
	case 1:
		return add64(acc, v)
	case -1:
		if v == math.MinInt64 {
			return 0, false
		}
		return add64(acc, -v)
	}
	p := k * v
	if v != 0 && p/v != k {
		return 0, false
	}
	return add64(acc, p)
}

// sum64 is the value of one side of a relation in int64, or false when
// it overflows.
func (s *Stream) sum64(ts []pos, votes int64) (int64, bool) {
	var acc int64
	for _, t := range ts {
		v := votes
		if !t.votes {
			v = s.lineVal[t.at]
		}
		var ok bool
		if acc, ok = mulAdd(acc, t.coef, v); !ok {
			return 0, false
		}
	}
	return acc, true
}

// sumBig is the value of one side of a relation, exactly; votesBig is the
// votes when their sum overflowed int64, else nil.
func (s *Stream) sumBig(ts []pos, votes int64, votesBig *big.Int) *big.Int {
	b := new(big.Int)
	for _, t := range ts {
		var v *big.Int
		switch {
		case t.votes && votesBig != nil:
			v = new(big.Int).Set(votesBig)
		case t.votes:
			v = big.NewInt(votes)
		default:
			v = big.NewInt(s.lineVal[t.at])
		}
		b.Add(b, v.Mul(v, big.NewInt(t.coef)))
	}
	return b
}

// choicesOf returns the vote positions of the choices on p's ballot
// (without against all), the okrug, or the reason they are not known.
func (s *Stream) choicesOf(p *dense.Protocol, info *precinctInfo) ([]int32, string, string) {
	if p.Ballot == election.ListBallot {
		return s.partyPos, "", ""
	}
	switch {
	case info == nil:
		return nil, "", "the precinct is not defined"
	case !info.okrugKnown:
		return nil, "", "the definitions of the precinct name different okrugs"
	case !info.abroadKnown || info.abroad:
		return nil, "", "the precinct is abroad"
	case info.okrug == "":
		return nil, "", "the precinct names no okrug"
	case !s.c.okrugs[info.okrug]:
		return nil, "", "the precinct's okrug is not defined"
	}
	return s.okrugPos[info.okrug], info.okrug, ""
}

func (s *Stream) grow() {
	k := s.c.keys
	if n := k.Lines.Len(); len(s.lineSeen) < n {
		s.lineSeen = append(s.lineSeen, make([]uint32, n-len(s.lineSeen))...)
		s.lineVal = append(s.lineVal, make([]int64, n-len(s.lineVal))...)
	}
	if n := k.Votes.Len(); len(s.voteSeen) < n {
		s.voteSeen = append(s.voteSeen, make([]uint32, n-len(s.voteSeen))...)
		s.voteVal = append(s.voteVal, make([]int64, n-len(s.voteVal))...)
	}
	if n := k.Prefs.Len(); len(s.prefSeen) < n {
		s.prefSeen = append(s.prefSeen, make([]uint32, n-len(s.prefSeen))...)
		s.prefVal = append(s.prefVal, make([]int64, n-len(s.prefVal))...)
	}
	s.stamp++
	if s.stamp == 0 {
		clear(s.lineSeen)
		clear(s.voteSeen)
		clear(s.prefSeen)
		s.stamp = 1
	}
}

// ptr returns a pointer to a copy of pl: a protocol's place is made only
// when something is reported of it.
func ptr(pl Place) *Place { return &pl }

// check runs every check of protocol p on its own; info is what the
// definitions of its precinct agree on (nil: not defined).
func (s *Stream) check(p *dense.Protocol, info *precinctInfo) {
	c, k := s.c, s.c.keys
	s.grow()
	st := s.stamp
	list := p.Ballot == election.ListBallot

	for _, e := range p.Lines {
		s.lineSeen[e.Pos], s.lineVal[e.Pos] = st, e.V
		if e.V < 0 && s.negative {
			q := densePlace(p)
			q.Line = k.Lines.Key(e.Pos)
			c.addNew(Negative, q, ">= 0", strconv.FormatInt(e.V, 10), e.V, s.lineWords[e.Pos])
		}
		if int(e.Pos) >= len(s.lineKnown) || !s.lineKnown[e.Pos] {
			q := densePlace(p)
			q.Line = k.Lines.Key(e.Pos)
			c.addNew(UnknownLine, q, "a protocol line", strconv.FormatInt(e.V, 10), 0, nil)
		}
	}
	for _, e := range p.Prefs {
		s.prefSeen[e.Pos], s.prefVal[e.Pos] = st, e.V
		if e.V < 0 && s.negative {
			q := densePlace(p)
			q.Candidate = k.Prefs.Key(e.Pos)
			c.addNew(Negative, q, ">= 0", strconv.FormatInt(e.V, 10), e.V, nil)
		}
		// A preference vote on the okrug ballot, or for a candidate on no list.
		code, want := OkrugPreferences, "no preference votes"
		if list {
			if int(e.Pos) < len(s.candLists) && s.candLists[e.Pos] > 0 {
				continue
			}
			code, want = UnknownPreference, "a candidate on a party list"
		}
		q := densePlace(p)
		q.Candidate = k.Prefs.Key(e.Pos)
		c.addNew(code, q, want, strconv.FormatInt(e.V, 10), 0, nil)
	}

	// The votes and the choices on the ballot.
	choices, okrug, reason := s.choicesOf(p, info)
	against := c.r.AgainstAllOn(p.Ballot)
	code := UnknownParty
	if !list {
		code = UnknownCandidate
	}
	var votes int64
	var votesBig *big.Int
	for _, e := range p.Votes {
		s.voteSeen[e.Pos], s.voteVal[e.Pos] = st, e.V
		if e.V < 0 && s.negative {
			q := densePlace(p)
			q.Choice = k.Votes.Key(e.Pos)
			c.addNew(Negative, q, ">= 0", strconv.FormatInt(e.V, 10), e.V, nil)
		}
		if votesBig != nil {
			votesBig.Add(votesBig, big.NewInt(e.V))
		} else if t, ok := add64(votes, e.V); ok {
			votes = t
		} else {
			votesBig = new(big.Int).Add(big.NewInt(votes), big.NewInt(e.V))
		}
		if reason != "" || (e.Pos == s.against && against) {
			continue
		}
		if list {
			if int(e.Pos) < len(s.isParty) && s.isParty[e.Pos] {
				continue
			}
		} else if slices.Contains(choices, e.Pos) {
			continue
		}
		q := densePlace(p)
		q.Choice = k.Votes.Key(e.Pos)
		q.Okrug = okrug
		want := "a party on the ballot"
		if code == UnknownCandidate {
			want = "a candidate in okrug " + okrug
		}
		c.addNew(code, q, want, strconv.FormatInt(e.V, 10), 0, nil)
	}
	if reason != "" && len(p.Votes) > 0 {
		c.ne.add(code, "the choices on the ballot are not known: "+reason, ptr(densePlace(p)))
	}
	allVotes := reason == ""
	if allVotes {
		for _, ch := range choices {
			if s.voteSeen[ch] != st {
				allVotes = false
				if !p.Machine {
					q := densePlace(p)
					q.Choice = k.Votes.Key(ch)
					q.Okrug = okrug
					c.addNew(MissingVotes, q, "the votes for «"+q.Choice+"»", "none", 0, nil)
				}
			}
		}
		if against && s.voteSeen[s.against] != st {
			allVotes = false
			if !p.Machine {
				q := densePlace(p)
				q.Choice = election.AgainstAll
				q.Okrug = okrug
				c.addNew(MissingVotes, q, "the votes for «"+q.Choice+"»", "none", 0, nil)
			}
		}
	}

	// The precinct, and preference votes on the ballot.
	if info == nil {
		c.addNew(UnknownPrecinct, densePlace(p), "a defined precinct", p.Precinct, 0, nil)
	}
	if !list && info != nil && info.abroadKnown && info.abroad {
		c.addNew(OkrugAbroad, densePlace(p), "no okrug-ballot protocol", "okrug-ballot protocol", 0, nil)
	}

	// The relations of the form.
	for i := range s.rels {
		r := &s.rels[i]
		if !r.on {
			continue
		}
		var missing []string
		for j, at := range r.need {
			if s.lineSeen[at] != st {
				missing = append(missing, r.names[j])
			}
		}
		if missing != nil {
			c.ne.add(r.def.Code, "the protocol lacks line(s) "+strings.Join(missing, ", "), ptr(densePlace(p)))
			continue
		}
		if r.votes {
			if reason != "" {
				c.ne.add(r.def.Code, "the choices on the ballot are not known: "+reason, ptr(densePlace(p)))
				continue
			}
			if !allVotes {
				c.ne.add(r.def.Code, "the protocol lacks the votes for some choices on the ballot", ptr(densePlace(p)))
				continue
			}
		}
		if votesBig == nil {
			got, ok1 := s.sum64(r.left, votes)
			want, ok2 := s.sum64(r.right, votes)
			if ok1 && ok2 && (r.eq && got == want || !r.eq && !r.ge && got <= want || r.ge && got >= want) {
				continue
			}
		}
		// A relation that does not hold, or a sum past int64: exactly.
		gotBig, wantBig := s.sumBig(r.left, votes, votesBig), s.sumBig(r.right, votes, votesBig)
		cmp := gotBig.Cmp(wantBig)
		if r.eq && cmp == 0 || !r.eq && !r.ge && cmp <= 0 || r.ge && cmp >= 0 {
			continue
		}
		q := densePlace(p)
		q.Line = r.line
		gap := gapOf(gotBig, wantBig)
		if r.eq {
			c.addDef(r.def, q, wantBig.String(), gotBig.String(), gap, nil)
			continue
		}
		op := "<= "
		if r.ge {
			op = ">= "
		}
		c.addDef(r.def, q, op+wantBig.String(), gotBig.String(), gap, vars{"bound": same(wantBig.String())})
	}

	if list && s.prefs {
		s.preferences(p)
	}
}

// preferences checks, for each list with votes on p, that the preference
// votes for its candidates do not exceed them (P107).
func (s *Stream) preferences(p *dense.Protocol) {
	c, st := s.c, s.stamp
	if len(p.Prefs) == 0 {
		if s.noPrefs == nil { // one map look-up per count, not per protocol
			s.noPrefs = c.ne.entry(PreferencesOverVotes, "the protocol gives no preference votes")
		}
		s.noPrefs.count(ptr(densePlace(p)))
		return
	}
	for j, party := range s.partyPos {
		reason := ""
		var total int64
		var bigSum *big.Int
		switch {
		case s.voteSeen[party] != st:
			reason = "the protocol lacks the votes for the list"
		case len(s.prefCands[j]) == 0:
			reason = "the list has no candidates defined"
		}
		for _, k := range s.prefCands[j] {
			if reason != "" {
				break
			}
			switch {
			case s.candLists[k] > 1:
				reason = "a candidate of the list holds more than one list place"
			case s.prefSeen[k] != st:
				reason = "the protocol lacks preference votes for some candidates of the list"
			case bigSum != nil:
				bigSum.Add(bigSum, big.NewInt(s.prefVal[k]))
			default:
				t, ok := add64(total, s.prefVal[k])
				if !ok {
					bigSum = new(big.Int).Add(big.NewInt(total), big.NewInt(s.prefVal[k]))
				}
				total = t
			}
		}
		q := densePlace(p)
		q.Party = c.partyIDs[j]
		if reason != "" {
			c.ne.add(PreferencesOverVotes, reason, &q)
			continue
		}
		votes := s.voteVal[party]
		if bigSum == nil && total <= votes {
			continue
		}
		if bigSum == nil {
			bigSum = big.NewInt(total)
		}
		bound := big.NewInt(votes)
		if bigSum.Cmp(bound) > 0 {
			c.addNew(PreferencesOverVotes, q, "<= "+bound.String(), bigSum.String(), gapOf(bigSum, bound),
				vars{"bound": same(bound.String())})
		}
	}
}
