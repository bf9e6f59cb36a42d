// Package irv counts an instant run-off (ranked-choice voting in a
// single-seat contest) from ranked ballots, as cast-vote records give them
// (ballots.Cast's Ranks), under a rule set's okrug.ranked
// (seats.RankedRule), which names every rule the laws vary on: what an
// overvote, a skipped rank and a repeat do, the majority of continuing
// ballots, one or a batch excluded a round, a tie for exclusion settled by
// an earlier round or by lots given as input. It never draws lots: a tie
// that needs them comes back with the tied set (*seats.TieError). Every
// round is in the Result, so that a report can show each: the votes, who
// was excluded and why, the ballots exhausted.
//
// It is apart from package ballots, which the mapping draft's module links
// through ingest, so that the draft carries none of the count's rules.
package irv

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/seats"
)

// The ways a round excludes candidates (Round.ExcludedBy).
const (
	// ExcludedFewest: the one candidate with the fewest votes.
	ExcludedFewest = "fewest"
	// ExcludedBatch: every candidate of the largest group of the fewest
	// whose votes together are fewer than the next candidate's
	// (seats.RankedExcludeBatch).
	ExcludedBatch = "batch"
	// ExcludedPreviousRound: of candidates tied for the fewest, the one
	// with the fewest votes in the latest earlier round where they
	// differ (seats.RankedTiePreviousRound).
	ExcludedPreviousRound = seats.SettledByPreviousRound
	// ExcludedLots: of candidates tied for the fewest, the one drawn last
	// in the lots given (or drawn from a public seed).
	ExcludedLots = string(seats.Lots)
)

// TieExclusion is the Context of a tie for exclusion (seats.Tie).
const TieExclusion = "ranked_exclusion"

// Round is one round of an instant run-off: each continuing candidate's
// votes, the ballots that count for one of them (the majority's base),
// those that counted in round 1 and count for nobody now (Exhausted), and
// who was elected or excluded, and why.
type Round struct {
	Round      int              `json:"round"`
	Votes      map[string]int64 `json:"votes"`
	Continuing int64            `json:"continuing"`
	Exhausted  int64            `json:"exhausted"`
	Elected    string           `json:"elected,omitempty"`
	Excluded   []string         `json:"excluded,omitempty"`
	ExcludedBy string           `json:"excluded_by,omitempty"`
}

// Result is what Count gives: the rounds, the winner ("" while
// a tie for exclusion awaits lots), the ballots that counted for no
// candidate in round 1 (no rank marked, spoiled, an overvote or a
// repeat that exhausts them first: NoChoice), and the ties met.
type Result struct {
	Rounds   []Round     `json:"rounds"`
	Winner   string      `json:"winner,omitempty"`
	NoChoice int64       `json:"no_choice"`
	Ties     []seats.Tie `json:"ties,omitempty"`
}

// Count counts the ranked ballots cast of one okrug under rule
// r: its candidates cands (each ID once), each ballot's Ranks in order
// ("" a rank not marked, Overvote one marked twice), Count ballots a
// record (0: one). A ballot of no ranks counts for nobody (a spoiled one's
// reader gives it none; Invalid, of its first rank, is the protocol's and
// not read: a ballot whose first rank is not marked counts for its next).
// Each round a
// ballot counts for its highest-ranked continuing candidate, as r says of
// overvotes, skipped ranks and repeats; a candidate with 2 × votes >
// continuing is elected, else candidates are excluded (r.Exclusion), a tie
// for exclusion settled as r.Tie says, by lots (candidate IDs in drawn
// order, the one drawn last excluded). A tie that needs lots not given
// returns the rounds so far with a *seats.TieError; lots given where no
// tie needs them wrap seats.ErrBadLot. A rank that names no candidate is
// a *BallotError (UnknownChoice, Rank its place), counts past int64
// TooMany.
func Count(cands []string, cast []ballots.Cast, r seats.RankedRule, lots []string) (Result, error) {
	return CountExcluding(cands, nil, cast, r, lots)
}

// CountExcluding is Count with the candidates of out (some of cands)
// excluded before round 1, as if in a round 0: their votes annulled
// (whatif --annul candidate:ID), a rank that names one is passed over as
// an excluded candidate's is. At least one candidate must continue.
func CountExcluding(cands, out []string, cast []ballots.Cast, r seats.RankedRule, lots []string) (Result, error) {
	if err := distinct(cands); err != nil {
		return Result{}, err
	}
	if err := (seats.OkrugRule{AgainstAll: seats.AgainstAllIgnored, Tie: seats.Lots, Ranked: &r}).Validate(); err != nil {
		return Result{}, err
	}
	// Each ballot's ranks as candidate positions: -1 unmarked, -2 an
	// overvote; checked and summed once.
	ranks := make([][]int, len(cast))
	var all int64
	for i := range cast {
		n := max(cast[i].Count, 1)
		if all > math.MaxInt64-n {
			return Result{}, &ballots.BallotError{Index: i, Problem: ballots.TooMany, Ballot: cast[i].Ballot}
		}
		all += n
		ranks[i] = make([]int, len(cast[i].Ranks))
		for j, id := range cast[i].Ranks {
			switch p := slices.Index(cands, id); {
			case id == "":
				ranks[i][j] = unmarked
			case id == ballots.Overvote:
				ranks[i][j] = overvote
			case p < 0:
				b := cast[i].Ballot
				b.Choice = id
				return Result{}, &ballots.BallotError{Index: i, Rank: j + 1, Problem: ballots.UnknownChoice, Ballot: b}
			default:
				ranks[i][j] = p
			}
		}
	}
	irv := &runoff{rule: r, ranks: ranks, cast: cast, cands: cands, lots: lots, continuing: make([]bool, len(cands))}
	left := 0
	for i, id := range cands {
		irv.continuing[i] = !slices.Contains(out, id)
		if irv.continuing[i] {
			left++
		}
	}
	if left == 0 {
		return Result{}, fmt.Errorf("%w: every candidate is excluded", ballots.ErrBadChoices)
	}
	return irv.run()
}

// The positions of a rank that names no candidate.
const (
	unmarked = -1
	overvote = -2
)

// runoff is the state of one Count.
type runoff struct {
	rule       seats.RankedRule
	ranks      [][]int
	cast       []ballots.Cast
	cands      []string
	lots       []string
	lotsUsed   bool
	continuing []bool
	votes      [][]int64 // by round, by candidate position
	res        Result
}

// run counts rounds until one is elected or a tie awaits lots.
func (x *runoff) run() (Result, error) {
	for n := 1; ; n++ {
		votes, inactive := x.count()
		x.votes = append(x.votes, votes)
		if n == 1 {
			x.res.NoChoice = inactive
		}
		rd := Round{Round: n, Votes: map[string]int64{}, Exhausted: inactive - x.res.NoChoice}
		best, left := -1, 0
		for p, v := range votes {
			if !x.continuing[p] {
				continue
			}
			left++
			rd.Votes[x.cands[p]] = v
			rd.Continuing += v // at most the ballots' sum, checked
			if best < 0 || v > votes[best] {
				best = p
			}
		}
		if votes[best] > rd.Continuing-votes[best] || left == 1 { // 2 × votes > continuing
			rd.Elected = x.cands[best]
			x.res.Winner = rd.Elected
			x.res.Rounds = append(x.res.Rounds, rd)
			if x.lots != nil && !x.lotsUsed {
				return x.res, fmt.Errorf("%w: lots %v given, but no tie for exclusion needs them", seats.ErrBadLot, x.lots)
			}
			return x.res, nil
		}
		out, by, tie := x.exclude(votes)
		if tie != nil && tie.SettledBy == "" {
			x.res.Ties = append(x.res.Ties, *tie)
			x.res.Rounds = append(x.res.Rounds, rd)
			return x.res, &seats.TieError{Tie: *tie}
		}
		if tie != nil {
			x.res.Ties = append(x.res.Ties, *tie)
		}
		for _, p := range out {
			x.continuing[p] = false
			rd.Excluded = append(rd.Excluded, x.cands[p])
		}
		rd.ExcludedBy = by
		x.res.Rounds = append(x.res.Rounds, rd)
	}
}

// count counts a round: each candidate's votes, and the ballots that
// count for none.
func (x *runoff) count() ([]int64, int64) {
	votes := make([]int64, len(x.cands))
	var inactive int64
	for i, rs := range x.ranks {
		n := max(x.cast[i].Count, 1)
		if p := x.choice(rs); p >= 0 {
			votes[p] += n
		} else {
			inactive += n
		}
	}
	return votes, inactive
}

// choice is the continuing candidate a ballot of ranks rs counts for, or
// -1 when it counts for none.
func (x *runoff) choice(rs []int) int {
	skipped := 0
	var seen []int
	for _, p := range rs {
		switch {
		case p == unmarked:
			skipped++
			if skipped >= 2 && x.rule.Skipped == seats.RankedExhaustAfterTwo {
				return -1
			}
			continue
		case p == overvote:
			if x.rule.Overvote == seats.RankedExhaust {
				return -1
			}
		case containsInt(seen, p):
			if x.rule.Repeated == seats.RankedExhaust {
				return -1
			}
		case x.continuing[p]:
			return p
		default:
			seen = append(seen, p)
		}
		skipped = 0
	}
	return -1
}

// exclude returns the candidates to exclude after a round of votes, why,
// and the tie met (SettledBy "" when it awaits lots).
func (x *runoff) exclude(votes []int64) ([]int, string, *seats.Tie) {
	var left []int
	for p := range votes {
		if x.continuing[p] {
			left = append(left, p)
		}
	}
	// By votes, the fewest first, ties in the candidates' order: an
	// insertion sort, as few candidates continue (and it adds no sort's
	// code to the page's module).
	for i := 1; i < len(left); i++ {
		for j := i; j > 0 && votes[left[j]] < votes[left[j-1]]; j-- {
			left[j], left[j-1] = left[j-1], left[j]
		}
	}
	if x.rule.Exclusion == seats.RankedExcludeBatch {
		var sum int64
		k := 0
		for i := 0; i+1 < len(left); i++ {
			sum += votes[left[i]]
			if i >= 1 && sum < votes[left[i+1]] {
				k = i + 1
			}
		}
		if k >= 2 {
			return left[:k], ExcludedBatch, nil
		}
	}
	tied := []int{left[0]}
	for _, p := range left[1:] {
		if votes[p] == votes[left[0]] {
			tied = append(tied, p)
		}
	}
	if len(tied) == 1 {
		return tied, ExcludedFewest, nil
	}
	// Its seats are the places that continue, its winners those who
	// take them: all the tied but the one excluded.
	tie := &seats.Tie{Context: TieExclusion, Seats: len(tied) - 1, Value: strconv.FormatInt(votes[tied[0]], 10)}
	for _, p := range tied {
		tie.Tied = append(tie.Tied, x.cands[p])
	}
	if x.rule.Tie == seats.RankedTiePreviousRound {
		if p, ok := x.previousRound(tied); ok {
			tie.SettledBy = seats.SettledByPreviousRound
			tie.Winners = x.others(tied, p)
			return []int{p}, ExcludedPreviousRound, tie
		}
	}
	last, at := -1, -1
	for _, p := range tied {
		i := slices.Index(x.lots, x.cands[p])
		if i < 0 {
			return nil, "", tie // awaits lots
		}
		if i > at {
			last, at = p, i
		}
	}
	x.lotsUsed = true
	tie.SettledBy, tie.Order, tie.Winners = string(seats.Lots), x.lots, x.others(tied, last)
	return []int{last}, ExcludedLots, tie
}

// previousRound returns the one of tied with the fewest votes in the
// latest earlier round where one has fewer than all the others.
func (x *runoff) previousRound(tied []int) (int, bool) {
	for r := len(x.votes) - 2; r >= 0; r-- {
		v := x.votes[r]
		low := tied[0]
		for _, p := range tied[1:] {
			if v[p] < v[low] {
				low = p
			}
		}
		alone := true
		for _, p := range tied {
			if p != low && v[p] == v[low] {
				alone = false
			}
		}
		if alone {
			return low, true
		}
	}
	return 0, false
}

// others returns the IDs of tied but p: the tied who continue.
func (x *runoff) others(tied []int, p int) []string {
	var ids []string
	for _, q := range tied {
		if q != p {
			ids = append(ids, x.cands[q])
		}
	}
	return ids
}

// distinct checks that there are candidates, none empty or given twice.
func distinct(cands []string) error {
	if len(cands) == 0 {
		return fmt.Errorf("%w: no candidate", ballots.ErrBadChoices)
	}
	for i, id := range cands {
		if id == "" || slices.Contains(cands[:i], id) {
			return fmt.Errorf("%w: candidate %q empty or given twice", ballots.ErrBadChoices, id)
		}
	}
	return nil
}

// containsInt says whether s holds v.
func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
