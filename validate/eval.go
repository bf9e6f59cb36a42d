package validate

import (
	"maps"
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
		switch {
		case t.against:
			v = s.voteFig[s.against].v
		case !t.votes:
			v = s.lineFig[t.at].v
		}
		var ok bool
		if t.coef == 1 {
			acc, ok = add64(acc, v)
		} else {
			acc, ok = mulAdd(acc, t.coef, v)
		}
		if !ok {
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
		case t.against:
			v = big.NewInt(s.voteFig[s.against].v)
		default:
			v = big.NewInt(s.lineFig[t.at].v)
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

// figure is a protocol's figure at a position, and the stamp of the
// protocol it is of: a figure whose stamp is not the current one is absent.
// The two sit side by side so that reading a figure touches one cache line.
type figure struct {
	seen uint32
	v    int64
}

// grow makes room for every position the keys have and starts a new
// stamp.
func (s *Stream) grow() {
	k := s.c.keys
	for _, x := range []struct {
		f *[]figure
		n int
	}{{&s.lineFig, k.Lines.Len()}, {&s.voteFig, k.Votes.Len()}, {&s.prefFig, k.Prefs.Len()}} {
		if len(*x.f) < x.n {
			*x.f = append(*x.f, make([]figure, x.n-len(*x.f))...)
		}
	}
	s.stamp++
	if s.stamp == 0 {
		clear(s.lineFig)
		clear(s.voteFig)
		clear(s.prefFig)
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
	c.broke = false
	st := s.stamp
	list := p.Ballot == election.ListBallot

	var present uint64 // the lines at positions below 64, as bits
	var mag uint64     // a bound of the magnitude of every figure (their bits ORed)
	var nonzero uint64 // the figures but the voters, ORed: 0 for a protocol of zeros
	for _, e := range p.Lines {
		s.lineFig[e.Pos] = figure{st, e.V}
		mag |= uint64(e.V ^ (e.V >> 63))
		if e.Pos != lineVoters {
			nonzero |= uint64(e.V)
		}
		if e.Pos < 64 {
			present |= 1 << e.Pos
		}
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
	var prefMag uint64 // as mag, of the preference votes
	for _, e := range p.Prefs {
		s.prefFig[e.Pos] = figure{st, e.V}
		prefMag |= uint64(e.V ^ (e.V >> 63))
		nonzero |= uint64(e.V)
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
	against := s.againstOn[0]
	if !list {
		against = s.againstOn[1]
	}
	code := UnknownParty
	if !list {
		code = UnknownCandidate
	}
	var votes int64
	var votesBig *big.Int
	for _, e := range p.Votes {
		s.voteFig[e.Pos] = figure{st, e.V}
		nonzero |= uint64(e.V)
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
			if s.voteFig[ch].seen != st {
				allVotes = false
				if !p.Machine {
					q := densePlace(p)
					q.Choice = k.Votes.Key(ch)
					q.Okrug = okrug
					c.addNew(MissingVotes, q, "the votes for «"+q.Choice+"»", "none", 0, nil)
				}
			}
		}
		if against && s.voteFig[s.against].seen != st {
			allVotes = false
			if !p.Machine {
				q := densePlace(p)
				q.Choice = election.AgainstAll
				q.Okrug = okrug
				c.addNew(MissingVotes, q, "the votes for «"+q.Choice+"»", "none", 0, nil)
			}
		}
	}

	// A protocol of zeros: nobody voted, or a station not yet reported
	// that a results system writes as zeros.
	if others := len(p.Lines) + len(p.Votes) + len(p.Prefs) - int(present&1); nonzero == 0 && others > 0 {
		c.addNew(AllZero, densePlace(p), "a figure other than 0", "0", 0, nil)
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
		if x := r.perBallot[ballotSlot(list)]; x != nil {
			r = x // P103 on a ballot of several votes
		}
		if !r.on {
			continue
		}
		if r.implied != nil && s.gives(r, present, st) {
			continue // the relations that imply it are checked
		}
		if len(r.offAt) > 0 {
			var given []string
			for j, at := range r.offAt {
				if f := s.lineFig[at]; f.seen == st && f.v != 0 {
					given = append(given, r.off[j])
				}
			}
			if given != nil {
				// A figure but 0 of a line the form has none of:
				// the relation without it would pass or fail on a
				// quantity the protocol says is not zero.
				c.ne.add(r.def.Code, "the protocol gives line(s) the form does not have: "+strings.Join(given, ", "), ptr(densePlace(p)))
				continue
			}
		}
		if r.mask == 0 || present&r.mask != r.mask {
			// The protocols of a file lack the same lines: the entry of
			// the lines the last one lacked is kept, so that a file of
			// another form costs a count, not a reason, per protocol.
			if r.mask != 0 && s.relNE != nil && s.relNE[i] != nil && s.relMask[i] == present&r.mask {
				pl := densePlace(p)
				s.relNE[i].count(&pl)
				continue
			}
			var missing []string
			for j, at := range r.need {
				if s.lineFig[at].seen != st {
					missing = append(missing, r.names[j])
				}
			}
			if missing != nil {
				x := c.ne.entry(r.def.Code, "the protocol lacks line(s) "+strings.Join(missing, ", "))
				pl := densePlace(p)
				x.count(&pl)
				if r.mask != 0 {
					if s.relNE == nil {
						s.relNE, s.relMask = make([]*NotEvaluated, len(s.rels)), make([]uint64, len(s.rels))
					}
					s.relNE[i], s.relMask[i] = x, present&r.mask
				}
				continue
			}
		}
		if r.votes {
			if reason != "" {
				c.ne.add(r.def.Code, "the choices on the ballot are not known: "+reason, ptr(densePlace(p)))
				continue
			}
			if len(choices) == 0 && !against && len(p.Votes) == 0 {
				// A file of protocol lines alone (its mapping maps no
				// choice): no vote is given, so there is no sum to check,
				// not a sum of 0.
				c.ne.add(r.def.Code, "no choice is on the ballot and the protocol gives no votes", ptr(densePlace(p)))
				continue
			}
			if !allVotes {
				c.ne.add(r.def.Code, "the protocol lacks the votes for some choices on the ballot", ptr(densePlace(p)))
				continue
			}
		}
		if r.against {
			if !against || s.voteFig[s.against].seen != st {
				// Against all counted outside the valid ballots is a
				// term: without its figure the relation has no side to
				// compare.
				c.ne.add(r.def.Code, "the protocol lacks the votes for against all, a term of the relation where they are counted outside the valid ballots", ptr(densePlace(p)))
				continue
			}
			// (Its figure is checked for overflow: sum64.)
		} else if votesBig == nil && (mag|uint64(votes^(votes>>63))) < 1<<40 && r.weight < 1<<20 {
			// No sum can leave int64: unchecked arithmetic.
			var got, want int64
			for _, t := range r.left {
				if t.votes {
					got += t.coef * votes
				} else {
					got += t.coef * s.lineFig[t.at].v
				}
			}
			for _, t := range r.right {
				if t.votes {
					want += t.coef * votes
				} else {
					want += t.coef * s.lineFig[t.at].v
				}
			}
			if r.eq && got == want || !r.eq && !r.ge && got <= want || r.ge && got >= want {
				continue
			}
		}
		if votesBig == nil && (r.against || (mag|uint64(votes^(votes>>63))) >= 1<<40 || r.weight >= 1<<20) {
			got, ok := s.sum64(r.left, votes)
			want, ok2 := s.sum64(r.right, votes)
			if ok && ok2 && (r.eq && got == want || !r.eq && !r.ge && got <= want || r.ge && got >= want) {
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
		def := r.def
		if !against && r.noAgainst.En != "" {
			def.body = r.noAgainst
		}
		if r.eq {
			c.addDef(def, q, wantBig.String(), gotBig.String(), gap, r.sides)
			continue
		}
		op := "<= "
		if r.ge {
			op = ">= "
		}
		v := vars{"bound": same(wantBig.String())}
		maps.Copy(v, r.sides)
		c.addDef(def, q, op+wantBig.String(), gotBig.String(), gap, v)
	}

	if s.overFound || s.overVoters {
		s.votesOverFound(p, list, st, votes, votesBig)
	}
	if list && s.prefs {
		// No sum of fewer than 2^20 figures below 2^40 leaves int64.
		s.preferences(p, prefMag < 1<<40 && len(p.Prefs) < 1<<20)
	}
	if c.broke {
		s.failing++
	}
}

// gives reports whether the current protocol (present, stamp st) gives
// every line of r.implied, and none of r.impliedOff but 0: the relations
// that imply r are then evaluated on it.
func (s *Stream) gives(r *relation, present uint64, st uint32) bool {
	for _, at := range r.impliedOff {
		if f := s.lineFig[at]; f.seen == st && f.v != 0 {
			return false // the relations that imply r are not evaluated
		}
	}
	if r.impliedMask != 0 {
		return present&r.impliedMask == r.impliedMask
	}
	for _, at := range r.implied {
		if s.lineFig[at].seen != st {
			return false
		}
	}
	return true
}

// preferences checks, for each list with votes on p, that the preference
// votes for its candidates do not exceed them (P107).
//
// small says that no sum of a list's preference votes can overflow: a
// list whose candidates are on no other list (plainList) is then summed
// without checks.
func (s *Stream) preferences(p *dense.Protocol, small bool) {
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
		cands := s.prefCands[j]
		switch {
		case s.voteFig[party].seen != st:
			reason = "the protocol lacks the votes for the list"
		case len(cands) == 0:
			reason = "the list has no candidates defined"
		}
		var total int64
		overflow := false
		if reason == "" && small && s.plainList[j] {
			missing := false
			for _, k := range cands {
				f := &s.prefFig[k]
				missing = missing || f.seen != st
				total += f.v
			}
			if missing {
				reason = "the protocol lacks preference votes for some candidates of the list"
			}
		} else if reason == "" {
			for _, k := range cands {
				f := &s.prefFig[k]
				if s.candLists[k] > 1 || f.seen != st {
					if s.candLists[k] > 1 {
						reason = "a candidate of the list holds more than one list place"
					} else {
						reason = "the protocol lacks preference votes for some candidates of the list"
					}
					break
				}
				var ok bool
				if total, ok = add64(total, f.v); !ok {
					overflow = true
					break
				}
			}
		}
		if overflow { // a reason after the overflow still counts
			for _, k := range cands {
				if s.candLists[k] > 1 {
					reason = "a candidate of the list holds more than one list place"
					break
				}
				if s.prefFig[k].seen != st {
					reason = "the protocol lacks preference votes for some candidates of the list"
					break
				}
			}
		}
		if reason == "" && !overflow && total <= s.voteFig[party].v {
			continue
		}
		q := densePlace(p)
		q.Party = c.partyIDs[j]
		if reason != "" {
			c.ne.add(PreferencesOverVotes, reason, &q)
			continue
		}
		sum := new(big.Int) // exactly, past int64 or over the bound
		for _, k := range cands {
			sum.Add(sum, big.NewInt(s.prefFig[k].v))
		}
		bound := big.NewInt(s.voteFig[party].v)
		if sum.Cmp(bound) > 0 {
			c.addNew(PreferencesOverVotes, q, "<= "+bound.String(), sum.String(), gapOf(sum, bound),
				vars{"bound": same(bound.String())})
		}
	}
}

// votesOverVoters checks P112 on protocol p (stamp st), which gives
// neither the valid ballots nor the ballots found: its votes, summing to
// votes (votesBig past int64), are at most N × (the voters on the list
// less the invalid ballots where given), each voter casting one ballot of
// N votes at most.
func (s *Stream) votesOverVoters(p *dense.Protocol, list bool, st uint32, votes int64, votesBig *big.Int) {
	f := s.lineFig[lineVoters]
	if f.seen != st {
		s.c.ne.add(VotesOverVoters, "the protocol lacks line(s) valid, and found_mobile and found_stationary, and voters", ptr(densePlace(p)))
		return
	}
	voters := big.NewInt(f.v)
	if f := s.lineFig[lineInvalid]; f.seen == st {
		voters.Sub(voters, big.NewInt(f.v))
	}
	n, bound, got, over := s.overBound(list, voters, votes, votesBig)
	if !over {
		return // a negative figure is P106's; more invalid than voters, P110's
	}
	s.c.addNew(VotesOverVoters, densePlace(p), "<= "+bound.String(), got.String(), gapOf(got, bound),
		vars{"bound": same(bound.String()), "voters": same(voters.String()), "n": same(strconv.FormatInt(n, 10))})
}

// votesOverFound checks P111 on protocol p (stamp st), whose votes sum
// to votes (votesBig past int64): on a protocol that gives no valid
// ballots but the ballots found, the votes are at most N × (found −
// invalid, where given), N the votes a ballot carries. The found lines
// given are summed (a form without mobile boxes gives the stationary
// ones alone), and without the invalid ballots the found ones bound the
// valid ones from above: a bound the votes cannot pass. Past it, the
// count decides the district on more votes than its ballots carry (a
// ward of two seats counted as one of one). Where the valid ballots are
// given, P103 says it. The votes of choices a protocol lacks only make
// the sum smaller: what passes the bound still does.
func (s *Stream) votesOverFound(p *dense.Protocol, list bool, st uint32, votes int64, votesBig *big.Int) {
	if s.lineFig[lineValid].seen == st || len(p.Votes) == 0 {
		return // P103; or no votes to sum
	}
	found, given := new(big.Int), false
	for _, at := range []int32{lineMobile, lineStationary} {
		if f := s.lineFig[at]; f.seen == st {
			found.Add(found, big.NewInt(f.v))
			given = true
		}
	}
	if !given {
		if s.overFound {
			s.c.ne.add(VotesOverFound, "the protocol lacks line(s) valid, and found_mobile and found_stationary", ptr(densePlace(p)))
		}
		if s.overVoters {
			s.votesOverVoters(p, list, st, votes, votesBig)
		}
		return
	}
	if !s.overFound {
		return
	}
	if f := s.lineFig[lineInvalid]; f.seen == st {
		found.Sub(found, big.NewInt(f.v))
	}
	n, bound, got, over := s.overBound(list, found, votes, votesBig)
	if !over {
		return // a negative figure is P106's
	}
	s.c.addNew(VotesOverFound, densePlace(p), "<= "+bound.String(), got.String(), gapOf(got, bound),
		vars{"bound": same(bound.String()), "ballots": same(found.String()), "n": same(strconv.FormatInt(n, 10))})
}

// overBound returns the votes a ballot carries (n), the bound n × base
// of P111 and P112, the votes summed (votes, or votesBig past int64), and
// whether they pass the bound on a base that is not negative.
func (s *Stream) overBound(list bool, base *big.Int, votes int64, votesBig *big.Int) (n int64, bound, got *big.Int, over bool) {
	n = s.votesPer[ballotSlot(list)]
	bound = new(big.Int).Mul(base, big.NewInt(n))
	got = votesBig
	if got == nil {
		got = big.NewInt(votes)
	}
	return n, bound, got, got.Cmp(bound) > 0 && base.Sign() >= 0
}

// ballotSlot is the index of relation.perBallot of a protocol's ballot.
func ballotSlot(list bool) int {
	if list {
		return 0
	}
	return 1
}
