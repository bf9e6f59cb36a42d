package fuzz

import (
	"math"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
)

// source hands out the bytes of a fuzz input as small choices; when the
// bytes run out every choice is 0, so any input, the empty one included,
// makes an election.
type source struct{ b []byte }

func (s *source) byte() byte {
	if len(s.b) == 0 {
		return 0
	}
	c := s.b[0]
	s.b = s.b[1:]
	return c
}

// intn returns a number in [0, n).
func (s *source) intn(n int) int {
	if n <= 1 {
		return 0
	}
	return int(s.byte()) % n
}

func pick[T any](s *source, xs []T) T { return xs[s.intn(len(xs))] }

// count is a protocol figure: mostly small, sometimes zero, negative, large
// or at the edge of int64, to reach the overflow checks.
func (s *source) count() int64 {
	switch c := s.byte(); {
	case c < 180:
		return int64(c)
	case c < 210:
		return int64(c)*int64(s.byte()) + int64(s.byte())
	case c < 236:
		return 0
	case c < 240:
		return -int64(1 + s.intn(5))
	case c < 254:
		return 1 << (30 + s.intn(20))
	default:
		return math.MaxInt64 - int64(s.intn(3))
	}
}

// Bounds of the generated elections: small enough that a count takes well
// under a millisecond, big enough for ties, caps and duplicate IDs.
const (
	maxRegions    = 3
	maxOkrugs     = 3
	maxOkrugCands = 4
	maxParties    = 5
	maxListCands  = 7
	maxPrecincts  = 6
	maxProtocols  = 9
	maxVotes      = 6
)

// The pools of odd IDs a generated election sometimes uses instead of a
// fresh one: duplicates, the empty ID, the ID of "against all", unknown.
var (
	regionIDs   = []string{"r0", "r1", "", "r9"}
	okrugIDs    = []string{"o0", "o1", "", "o9"}
	partyIDs    = []string{"p0", "p1", election.AgainstAll, ""}
	candIDs     = []string{"c0", "c1", "c2", election.AgainstAll, ""}
	precinctIDs = []string{"x0", "x1", "", "x9"}
	choiceIDs   = []string{election.AgainstAll, "zz", "p0", "p1", "c0", "c1", "c5", ""}
)

// upTo is a number in [1, n], or once in 16 draws 0.
func (s *source) upTo(n int) int {
	if s.odd(16) {
		return 0
	}
	return 1 + s.intn(n)
}

// odd is true once in n draws; never once the bytes have run out.
func (s *source) odd(n int) bool { return s.intn(n) == n-1 }

// id is a fresh ID prefix+i, or once in 32 draws one from pool.
func (s *source) id(prefix string, i int, pool []string) string {
	if s.odd(32) {
		return pick(s, pool)
	}
	return prefix + strconv.Itoa(i)
}

// ref is one of the defined IDs, or once in 8 draws (or when none is
// defined) one from pool.
func (s *source) ref(defined, pool []string) string {
	if len(defined) == 0 || s.odd(8) {
		return pick(s, pool)
	}
	return pick(s, defined)
}

// candidates draws up to n candidates with fresh IDs (numbered from
// *next), places 1, 2, ... and sometimes odd IDs, places and sexes.
func (s *source) candidates(n int, next *int) []election.Candidate {
	var cs []election.Candidate
	for j := range s.intn(n + 1) {
		pos := j + 1
		if s.odd(12) {
			pos = s.intn(4)
		}
		sex := pick(s, []election.Sex{election.Female, election.Male})
		if s.odd(24) {
			sex = ""
		}
		cs = append(cs, election.Candidate{ID: s.id("c", *next, candIDs), Position: pos, Sex: sex})
		*next++
	}
	return cs
}

// Election builds a small election, a rule set and count options from
// arbitrary bytes: any bytes give one, the empty input included. Most IDs
// are fresh and most references point at what is defined, so that most
// elections reach the seats; but negative, huge and int64-edge figures,
// duplicate, empty and unknown IDs, unknown choices and ballots, missing
// lines and protocols, and ties all come up. The rule set is a preset with
// some fields changed, not always to valid values; the options may carry
// lots.
func Election(data []byte) (*election.Election, shailoo.Rules, shailoo.Options) {
	s := &source{b: data}
	e := &election.Election{ID: "fuzz", Name: "fuzz"}
	var regions, okrugs, parties, precincts []string
	for i := range s.intn(maxRegions + 1) {
		id := s.id("r", i, regionIDs)
		regions = append(regions, id)
		e.Regions = append(e.Regions, election.Region{ID: id, Name: "region " + id})
	}
	next := 0
	okrugCands := map[string][]string{}
	for i := range s.intn(maxOkrugs + 1) {
		o := election.Okrug{ID: s.id("o", i, okrugIDs), Region: s.ref(regions, regionIDs)}
		o.Name = "okrug " + o.ID
		o.Candidates = s.candidates(maxOkrugCands, &next)
		for _, c := range o.Candidates {
			okrugCands[o.ID] = append(okrugCands[o.ID], c.ID)
		}
		okrugs = append(okrugs, o.ID)
		e.Okrugs = append(e.Okrugs, o)
	}
	for i := range s.upTo(maxParties) {
		p := election.Party{ID: s.id("p", i, partyIDs), BallotNo: i + 1}
		p.Name = "party " + p.ID
		if s.odd(12) {
			p.BallotNo = s.intn(3)
		}
		p.Candidates = s.candidates(maxListCands, &next)
		parties = append(parties, p.ID)
		e.Parties = append(e.Parties, p)
	}
	okrugOf := map[string]string{}
	for i := range s.upTo(maxPrecincts) {
		p := election.Precinct{ID: s.id("x", i, precinctIDs), Region: s.ref(regions, regionIDs), Okrug: s.ref(okrugs, okrugIDs)}
		if s.odd(6) {
			p.Abroad, p.Region, p.Okrug = true, "", ""
		}
		okrugOf[p.ID] = p.Okrug
		precincts = append(precincts, p.ID)
		e.Precincts = append(e.Precincts, p)
	}
	lists := append([]string{election.AgainstAll}, parties...)
	for range s.upTo(maxProtocols) {
		p := election.Protocol{
			Precinct: s.ref(precincts, precinctIDs), Ballot: election.ListBallot, Machine: s.odd(5),
			Lines: map[election.Line]int64{}, Votes: map[string]int64{},
		}
		choices := lists
		switch b := s.byte(); {
		case b == 255:
			p.Ballot = pick(s, []election.BallotKind{"", "other"})
		case b%3 == 2:
			p.Ballot = election.OkrugBallot
			choices = append([]string{election.AgainstAll}, okrugCands[okrugOf[p.Precinct]]...)
		}
		var absent uint16
		if s.odd(16) { // each line absent once in four
			absent = (uint16(s.byte()) | uint16(s.byte())<<8) & (uint16(s.byte()) | uint16(s.byte())<<8)
		}
		for k, l := range election.AllLines() {
			if absent&(1<<k) == 0 {
				p.Lines[l] = s.count()
			}
		}
		for range s.intn(maxVotes + 1) {
			p.Votes[s.ref(choices, choiceIDs)] = s.count()
		}
		if p.Ballot == election.ListBallot && s.odd(2) {
			p.Preferences = map[string]int64{}
			for range s.intn(4) {
				p.Preferences[s.id("c", s.intn(next+1), candIDs)] = s.count()
			}
		}
		e.Protocols = append(e.Protocols, p)
	}
	r, o := rules(s, e)
	return e, r, o
}

// rules draws a preset and changes some of its fields.
func rules(s *source, e *election.Election) (shailoo.Rules, shailoo.Options) {
	r, err := shailoo.Preset(pick(s, shailoo.Presets()))
	if err != nil {
		r = shailoo.KG2021()
	}
	flags := s.byte()
	if flags&1 != 0 {
		r.Seats.List = s.intn(40) - 1
	}
	if flags&2 != 0 {
		r.List.Method = pick(s, seats.Methods())
		if s.odd(16) {
			r.List.Method = ""
		}
	}
	if flags&4 != 0 {
		r.List.Cap = s.intn(6)
	}
	if flags&8 != 0 {
		r.List.Tie = pick(s, []seats.TieRule{seats.Lots, seats.RegistrationOrder, seats.BallotOrder})
		tie := pick(s, []seats.TieRule{seats.Lots, seats.ListPosition})
		// Closed lists refuse a rule for preference ties; now and then
		// one is given all the same.
		if r.List.Lists != seats.ClosedList || s.odd(16) {
			r.List.PreferenceTie = tie
		}
		if s.odd(16) { // rules that do not apply there
			r.List.Tie, r.List.PreferenceTie = seats.ListPosition, seats.RegistrationOrder
		}
	}
	if flags&16 != 0 {
		r.List.WomenQuota = decimal.NewFromInt(int64(s.intn(11) * 10))
		r.List.WomenQuotaRounding = pick(s, []seats.Rounding{seats.RoundHalfUp, seats.RoundUp, seats.RoundDown})
	}
	if flags&32 != 0 {
		r.Okrug.AgainstAll = pick(s, []seats.AgainstAllRule{seats.RepeatIfAhead, seats.AgainstAllIgnored})
		r.Okrug.Tie = pick(s, []seats.TieRule{seats.Lots, seats.RegistrationOrder})
	}
	if flags&64 != 0 {
		r.Threshold.Percent = decimal.New(int64(s.intn(60)), -1)
		r.Threshold.Base = pick(s, []threshold.Base{threshold.Participants, threshold.Valid, threshold.Voters, threshold.Found, threshold.Votes})
		r.Threshold.Comparison = pick(s, []threshold.Comparison{threshold.AtLeast, threshold.MoreThan})
		r.RegionalThreshold = nil
	}
	if flags&128 != 0 {
		r.Registration = nil
	}
	var o shailoo.Options
	if s.intn(4) == 0 {
		o.Lots = map[string][]string{}
		for range 1 + s.intn(3) {
			ctx := pick(s, []string{"list", "okrug/o0", "okrug/o1", "list/p0", "list/p1"})
			var drawn []string
			for range s.intn(5) {
				if id := pick(s, choiceIDs); !slices.Contains(drawn, id) {
					drawn = append(drawn, id)
				}
			}
			// Only lots a count takes (CheckLots refuses the others,
			// and the count with them): a context of e, a draw.
			if shailoo.CheckLots(e, map[string][]string{ctx: drawn}) == nil {
				o.Lots[ctx] = drawn
			}
		}
	}
	return r, o
}
