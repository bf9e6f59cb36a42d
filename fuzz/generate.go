package fuzz

import (
	"math"
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
	case c < 160:
		return int64(c)
	case c < 200:
		return int64(c)*int64(s.byte()) + int64(s.byte())
	case c < 220:
		return 0
	case c < 236:
		return -int64(1 + s.intn(5))
	case c < 248:
		return 1 << (40 + s.intn(20))
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

// The ID pools are small so that duplicate and unknown IDs are common.
var (
	regionIDs   = []string{"r0", "r1", "r2", ""}
	okrugIDs    = []string{"o0", "o1", "o2", "", "o9"}
	partyIDs    = []string{"p0", "p1", "p2", "p3", "p4", "p0", election.AgainstAll, ""}
	candIDs     = []string{"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c0", election.AgainstAll}
	precinctIDs = []string{"x0", "x1", "x2", "x3", "x4", "x5", "x0", ""}
	ballots     = []election.BallotKind{election.ListBallot, election.OkrugBallot, election.ListBallot, election.OkrugBallot, "", "other"}
	sexes       = []election.Sex{election.Female, election.Male, election.Female, election.Male, ""}
)

// Election builds a small election, a rule set and count options from
// arbitrary bytes: any bytes give one, the empty input included. Counts,
// IDs and shapes are drawn so that negative and huge figures, duplicate
// IDs, unknown choices, missing protocols and ties are all common. The
// rule set is a preset with some fields changed, not always to valid
// values; the options may carry lots.
func Election(data []byte) (*election.Election, shailoo.Rules, shailoo.Options) {
	s := &source{b: data}
	e := &election.Election{ID: "fuzz", Name: "fuzz"}
	for i := range s.intn(maxRegions + 1) {
		e.Regions = append(e.Regions, election.Region{ID: pick(s, regionIDs), Name: "region " + strconv.Itoa(i)})
	}
	for range s.intn(maxOkrugs + 1) {
		o := election.Okrug{ID: pick(s, okrugIDs), Region: pick(s, regionIDs)}
		o.Name = "okrug " + o.ID
		for j := range s.intn(maxOkrugCands + 1) {
			pos := j + 1
			if s.intn(8) == 0 {
				pos = s.intn(4)
			}
			o.Candidates = append(o.Candidates, election.Candidate{ID: pick(s, candIDs), Position: pos, Sex: pick(s, sexes)})
		}
		e.Okrugs = append(e.Okrugs, o)
	}
	for i := range s.intn(maxParties + 1) {
		p := election.Party{ID: pick(s, partyIDs), BallotNo: i + 1}
		p.Name = "party " + p.ID
		if s.intn(8) == 0 {
			p.BallotNo = s.intn(3)
		}
		for j := range s.intn(maxListCands + 1) {
			pos := j + 1
			if s.intn(8) == 0 {
				pos = s.intn(4)
			}
			p.Candidates = append(p.Candidates, election.Candidate{ID: pick(s, candIDs), Position: pos, Sex: pick(s, sexes)})
		}
		e.Parties = append(e.Parties, p)
	}
	for range s.intn(maxPrecincts + 1) {
		e.Precincts = append(e.Precincts, election.Precinct{
			ID: pick(s, precinctIDs), Region: pick(s, regionIDs), Okrug: pick(s, okrugIDs), Abroad: s.intn(6) == 0,
		})
	}
	choices := append(append([]string{election.AgainstAll, "zz"}, partyIDs...), candIDs...)
	for range s.intn(maxProtocols + 1) {
		p := election.Protocol{
			Precinct: pick(s, precinctIDs), Ballot: pick(s, ballots), Machine: s.intn(4) == 0,
			Lines: map[election.Line]int64{}, Votes: map[string]int64{},
		}
		absent := uint16(s.byte()) | uint16(s.byte())<<8
		for k, l := range election.Lines {
			if absent&(1<<k) == 0 {
				p.Lines[l] = s.count()
			}
		}
		for range s.intn(maxVotes + 1) {
			p.Votes[pick(s, choices)] = s.count()
		}
		if s.intn(3) == 0 {
			p.Preferences = map[string]int64{}
			for range s.intn(4) {
				p.Preferences[pick(s, candIDs)] = s.count()
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
		r.Seats.List = s.intn(14) - 1
	}
	if flags&2 != 0 {
		r.List.Method = pick(s, append(seats.Methods(), ""))
	}
	if flags&4 != 0 {
		r.List.Cap = s.intn(6)
	}
	if flags&8 != 0 {
		r.List.Tie = pick(s, []seats.TieRule{seats.Lots, seats.RegistrationOrder, seats.BallotOrder, seats.ListPosition})
		r.List.PreferenceTie = pick(s, []seats.TieRule{seats.Lots, seats.ListPosition, seats.RegistrationOrder})
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
		r.Threshold.Base = pick(s, []threshold.Base{threshold.Participants, threshold.Valid, threshold.Voters, threshold.Found})
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
				drawn = append(drawn, pick(s, append(partyIDs, candIDs...)))
			}
			o.Lots[ctx] = drawn
		}
	}
	return r, o
}
