package irv

import (
	"errors"
	"maps"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
)

// alaska is the ranked rule of Alaska's count as RCTab's test of the 2024
// US House reads it (overvotes exhaust, two skipped ranks exhaust, a
// repeat is passed over, one excluded a round, ties by lots).
var alaska = seats.RankedRule{Overvote: seats.RankedExhaust, Skipped: seats.RankedExhaustAfterTwo, Repeated: seats.RankedSkip,
	Majority: seats.RankedContinuing, Exclusion: seats.RankedExcludeOne, Tie: seats.RankedTieLots}

// ranked makes a ballot of the given ranks, its first the choice.
func ranked(count int64, ranks ...string) ballots.Cast {
	c := ballots.Cast{Precinct: "1", Ballot: election.Ballot{Kind: election.OkrugBallot}, Count: count, Ranks: ranks}
	if len(ranks) > 0 {
		c.Choice = ranks[0]
	}
	return c
}

// TestCountAlaska92106: the 13 ballots of tabulator 92106 of
// Alaska's 2024 record (testdata/ingest/real/us-ak-2024-house-cvr-92106.csv):
// no majority in round 1 (Begich 6 of 13), Hafner (0) then Howe (2)
// excluded, one of Howe's ballots to Begich and one exhausted: Begich
// 7 of 12 in round 3.
func TestCountAlaska92106(t *testing.T) {
	const B, P, H, E = "Begich, Nick", "Peltola, Mary S.", "Howe, John Wayne", "Hafner, Eric"
	cast := []ballots.Cast{
		ranked(1, P, E, "", ""), ranked(1, H, "", "", ""), ranked(1, B, H, E, P), ranked(1, B, "", "", ""),
		ranked(1, B, "", "", ""), ranked(1, B, H, E, P), ranked(1, B, "", "", ""), ranked(1, B, "", "", ""),
		ranked(1, P, E, "", ""), ranked(1, P, "", "", ""), ranked(1, P, "", "", ""), ranked(1, H, B, "", ""), ranked(1, P, E, "", ""),
	}
	res, err := Count([]string{B, P, H, E}, cast, alaska, nil)
	require.NoError(t, err)
	assert.Equal(t, B, res.Winner)
	require.Len(t, res.Rounds, 3)
	assert.Equal(t, Round{Round: 1, Votes: map[string]int64{B: 6, P: 5, H: 2, E: 0}, Continuing: 13, Excluded: []string{E}, ExcludedBy: ExcludedFewest}, res.Rounds[0])
	assert.Equal(t, Round{Round: 2, Votes: map[string]int64{B: 6, P: 5, H: 2}, Continuing: 13, Excluded: []string{H}, ExcludedBy: ExcludedFewest}, res.Rounds[1])
	assert.Equal(t, Round{Round: 3, Votes: map[string]int64{B: 7, P: 5}, Continuing: 12, Exhausted: 1, Elected: B}, res.Rounds[2])

	// Excluded in one batch, Hafner and Howe together (0 + 2 < 5).
	batch := alaska
	batch.Exclusion = seats.RankedExcludeBatch
	res, err = Count([]string{B, P, H, E}, cast, batch, nil)
	require.NoError(t, err)
	require.Len(t, res.Rounds, 2)
	assert.Equal(t, []string{E, H}, res.Rounds[0].Excluded)
	assert.Equal(t, ExcludedBatch, res.Rounds[0].ExcludedBy)
}

// TestCountRules: each rule a law varies on changes the count.
func TestCountRules(t *testing.T) {
	cands := []string{"a", "b", "c"}
	// a 4, b 3, c 2: c is excluded; its ballots read on.
	base := []ballots.Cast{ranked(4, "a"), ranked(3, "b")}
	for _, tc := range []struct {
		name   string
		c2     ballots.Cast // c's two ballots
		rule   func(*seats.RankedRule)
		winner string
		round2 map[string]int64
	}{
		{"overvote exhausts", ranked(2, "c", ballots.Overvote, "b"), func(r *seats.RankedRule) { r.Overvote = seats.RankedExhaust }, "a", map[string]int64{"a": 4, "b": 3}},
		{"overvote skipped", ranked(2, "c", ballots.Overvote, "b"), func(r *seats.RankedRule) { r.Overvote = seats.RankedSkip }, "b", map[string]int64{"a": 4, "b": 5}},
		{"two skipped exhaust", ranked(2, "c", "", "", "b"), func(r *seats.RankedRule) { r.Skipped = seats.RankedExhaustAfterTwo }, "a", map[string]int64{"a": 4, "b": 3}},
		{"one skipped goes on", ranked(2, "c", "", "b"), func(r *seats.RankedRule) { r.Skipped = seats.RankedExhaustAfterTwo }, "b", map[string]int64{"a": 4, "b": 5}},
		{"skipped go on", ranked(2, "c", "", "", "b"), func(r *seats.RankedRule) { r.Skipped = seats.RankedContinue }, "b", map[string]int64{"a": 4, "b": 5}},
		{"repeat skipped", ranked(2, "c", "c", "b"), func(r *seats.RankedRule) { r.Repeated = seats.RankedSkip }, "b", map[string]int64{"a": 4, "b": 5}},
		{"repeat exhausts", ranked(2, "c", "c", "b"), func(r *seats.RankedRule) { r.Repeated = seats.RankedExhaust }, "a", map[string]int64{"a": 4, "b": 3}},
	} {
		r := alaska
		r.Skipped = seats.RankedContinue
		tc.rule(&r)
		res, err := Count(cands, append(slices.Clone(base), tc.c2), r, nil)
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.winner, res.Winner, tc.name)
		require.Len(t, res.Rounds, 2, tc.name)
		assert.Equal(t, tc.round2, res.Rounds[1].Votes, tc.name)
		assert.Equal(t, 9-res.Rounds[1].Continuing, res.Rounds[1].Exhausted, tc.name)
	}
}

// TestCountTies: a tie for exclusion awaits lots (the tied set
// said), is settled by them (the one drawn last excluded) or by the
// previous round; lots where no tie needs them are refused.
func TestCountTies(t *testing.T) {
	cands := []string{"a", "b", "c", "d"}
	// Round 1: a 5, b 3, c 2, d 2 (tied for exclusion); in round 1 there
	// is no earlier round.
	cast := []ballots.Cast{ranked(5, "a"), ranked(3, "b"), ranked(2, "c", "b"), ranked(2, "d", "a")}
	res, err := Count(cands, cast, alaska, nil)
	var te *seats.TieError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, []string{"c", "d"}, te.Tie.Tied)
	assert.Equal(t, "", res.Winner)
	require.Len(t, res.Rounds, 1)
	require.Len(t, res.Ties, 1)

	res, err = Count(cands, cast, alaska, []string{"d", "c"})
	require.NoError(t, err)
	assert.Equal(t, []string{"c"}, res.Rounds[0].Excluded, "c drawn last")
	assert.Equal(t, ExcludedLots, res.Rounds[0].ExcludedBy)
	assert.Equal(t, string(seats.Lots), res.Ties[0].SettledBy)
	assert.Equal(t, "a", res.Winner)

	prev := alaska
	prev.Tie = seats.RankedTiePreviousRound
	_, err = Count(cands, cast, prev, nil)
	require.ErrorAs(t, err, &te, "round 1 has no previous round: lots")

	// Round 1: a 6, b 4, c 3, d 1; d's ballot to c: round 2 b 4, c 4,
	// tied; in round 1 c had fewer, and is excluded.
	cast = []ballots.Cast{ranked(6, "a"), ranked(4, "b"), ranked(3, "c", "b"), ranked(1, "d", "c")}
	res, err = Count(cands, cast, prev, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"c"}, res.Rounds[1].Excluded)
	assert.Equal(t, ExcludedPreviousRound, res.Rounds[1].ExcludedBy)
	assert.Equal(t, "b", res.Winner)
	_, err = Count(cands, cast, prev, []string{"a", "b", "c", "d"})
	assert.ErrorIs(t, err, seats.ErrBadLot, "no tie needs lots")
}

// TestCountErrors: a later rank that names no candidate, a rule
// not given in full, candidates given twice.
func TestCountErrors(t *testing.T) {
	_, err := Count([]string{"a", "b"}, []ballots.Cast{ranked(1, "a"), ranked(1, "b", "x")}, alaska, nil)
	var be *ballots.BallotError
	require.ErrorAs(t, err, &be)
	assert.Equal(t, 1, be.Index)
	assert.Equal(t, 2, be.Rank)
	assert.Equal(t, "x", be.Ballot.Choice)
	assert.Equal(t, ballots.UnknownChoice, be.Problem)

	_, err = Count([]string{"a"}, nil, seats.RankedRule{}, nil)
	assert.ErrorIs(t, err, seats.ErrInvalid)
	_, err = Count([]string{"a", "a"}, nil, alaska, nil)
	assert.ErrorIs(t, err, ballots.ErrBadChoices)
	_, err = Count(nil, nil, alaska, nil)
	assert.ErrorIs(t, err, ballots.ErrBadChoices, "no candidate: not a panic")
}

// referenceRunoff counts an instant run-off the way a law is read, with
// maps: each ballot first made a list of distinct candidates, cut where
// the rule exhausts it (an overvote, two ranks skipped in a row, a
// repeat), then the rounds. The oracle of Count: its winner and
// each round's votes, exclusions, exhausted ballots; tie an open tie.
func referenceRunoff(cands []string, cast []ballots.Cast, r seats.RankedRule, lots []string) (winner string, rounds []Round, tie bool, lotsUnused bool) {
	var lists [][]string
	var weights []int64
	for _, c := range cast {
		var list []string
		skipped := 0
	walk:
		for _, id := range c.Ranks {
			switch {
			case id == "":
				if skipped++; skipped == 2 && r.Skipped == seats.RankedExhaustAfterTwo {
					break walk
				}
				continue
			case id == ballots.Overvote && r.Overvote == seats.RankedExhaust:
				break walk
			case id == ballots.Overvote:
			case slices.Contains(list, id) && r.Repeated == seats.RankedExhaust:
				break walk
			case !slices.Contains(list, id):
				list = append(list, id)
			}
			skipped = 0
		}
		lists, weights = append(lists, list), append(weights, max(c.Count, 1))
	}
	in := map[string]bool{}
	for _, id := range cands {
		in[id] = true
	}
	var history []map[string]int64
	var first int64 = -1
	usedLots := false
	for n := 1; ; n++ {
		votes := map[string]int64{}
		for id := range in {
			votes[id] = 0
		}
		var idle int64
		for i, list := range lists {
			j := slices.IndexFunc(list, func(id string) bool { return in[id] })
			if j < 0 {
				idle += weights[i]
				continue
			}
			votes[list[j]] += weights[i]
		}
		if first < 0 {
			first = idle
		}
		history = append(history, votes)
		var sum int64
		best := ""
		for _, id := range slices.Sorted(maps.Keys(votes)) {
			sum += votes[id]
			if best == "" || votes[id] > votes[best] {
				best = id
			}
		}
		rd := Round{Round: n, Votes: votes, Continuing: sum, Exhausted: idle - first}
		if 2*votes[best] > sum || len(in) == 1 {
			rd.Elected = best
			return best, append(rounds, rd), false, lots != nil && !usedLots
		}
		ids := slices.SortedFunc(maps.Keys(votes), func(a, b string) int { return int(sign(votes[a] - votes[b])) })
		if r.Exclusion == seats.RankedExcludeBatch {
			k := 0
			var s int64
			for i := 0; i+1 < len(ids); i++ {
				if s += votes[ids[i]]; i >= 1 && s < votes[ids[i+1]] {
					k = i + 1
				}
			}
			if k >= 2 {
				rd.Excluded, rd.ExcludedBy = slices.Sorted(slices.Values(ids[:k])), ExcludedBatch
			}
		}
		if rd.Excluded == nil {
			var tied []string
			for _, id := range ids {
				if votes[id] == votes[ids[0]] {
					tied = append(tied, id)
				}
			}
			switch {
			case len(tied) == 1:
				rd.Excluded, rd.ExcludedBy = tied, ExcludedFewest
			default:
				if r.Tie == seats.RankedTiePreviousRound {
					for k := len(history) - 2; k >= 0 && rd.Excluded == nil; k-- {
						h := history[k]
						low := slices.MinFunc(tied, func(a, b string) int { return int(sign(h[a] - h[b])) })
						if slices.IndexFunc(tied, func(id string) bool { return id != low && h[id] == h[low] }) < 0 {
							rd.Excluded, rd.ExcludedBy = []string{low}, ExcludedPreviousRound
						}
					}
				}
				if rd.Excluded == nil {
					last, at := "", -1
					for _, id := range tied {
						i := slices.Index(lots, id)
						if i < 0 {
							return "", append(rounds, rd), true, false
						}
						if i > at {
							last, at = id, i
						}
					}
					usedLots = true
					rd.Excluded, rd.ExcludedBy = []string{last}, ExcludedLots
				}
			}
		}
		for _, id := range rd.Excluded {
			delete(in, id)
		}
		rounds = append(rounds, rd)
	}
}

// genRanked makes ranked ballots of candidates a-d with every kind of
// rank: unmarked, overvotes, repeats, several ballots a record, spoiled.
func genRanked() gopter.Gen {
	marks := []string{"a", "b", "c", "d", "", ballots.Overvote}
	rank := gen.IntRange(0, len(marks)+3).Map(func(i int) string { return marks[i%len(marks)] })
	ballot := gopter.CombineGens(gen.SliceOfN(4, rank), gen.IntRange(0, 4), gen.Int64Range(0, 3), gen.IntRange(0, 20)).
		Map(func(v []any) ballots.Cast {
			c := ranked(v[2].(int64), v[0].([]string)[:v[1].(int)]...)
			if v[3].(int) == 0 { // spoiled
				c.Invalid, c.Ranks = true, nil
			}
			return c
		})
	return gen.SliceOf(ballot)
}

func TestPropertyCountEqualsReference(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParametersWithSeed(1234))
	cands := []string{"a", "b", "c", "d"}
	rule := gopter.CombineGens(gen.Bool(), gen.Bool(), gen.Bool(), gen.Bool(), gen.Bool(), gen.IntRange(0, 2)).Map(func(v []any) []any { return v })
	properties.Property("Count = reference", prop.ForAll(
		func(cast []ballots.Cast, v []any) bool {
			pick := func(i int, a, b string) string {
				if v[i].(bool) {
					return a
				}
				return b
			}
			r := seats.RankedRule{Overvote: pick(0, seats.RankedExhaust, seats.RankedSkip), Skipped: pick(1, seats.RankedContinue, seats.RankedExhaustAfterTwo),
				Repeated: pick(2, seats.RankedSkip, seats.RankedExhaust), Majority: seats.RankedContinuing,
				Exclusion: pick(3, seats.RankedExcludeOne, seats.RankedExcludeBatch), Tie: pick(4, seats.RankedTieLots, seats.RankedTiePreviousRound)}
			lots := [][]string{nil, {"c", "a", "d", "b"}, {"a"}}[v[5].(int)]
			winner, rounds, tie, unused := referenceRunoff(cands, cast, r, lots)
			got, err := Count(cands, cast, r, lots)
			for i := range got.Rounds {
				slices.Sort(got.Rounds[i].Excluded)
			}
			var te *seats.TieError
			switch {
			case tie:
				return errors.As(err, &te) && got.Winner == "" && assert.ObjectsAreEqual(rounds[:len(rounds)-1], got.Rounds[:len(got.Rounds)-1])
			case unused:
				return errors.Is(err, seats.ErrBadLot)
			}
			return err == nil && got.Winner == winner && assert.ObjectsAreEqual(rounds, got.Rounds)
		},
		genRanked(), rule,
	))
	properties.TestingRun(t)
}

// sign is -1, 0 or 1 as v is below, at or above 0.
func sign(v int64) int64 {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}
