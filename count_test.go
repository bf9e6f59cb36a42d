package shailoo

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/exact"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// oneRegion builds a consistent election of one region, one okrug and one
// precinct whose list protocol gives the party votes and whose okrug
// protocol gives the candidate votes (both with "against all").
func oneRegion(t *testing.T, parties map[string]int64, order []string, cands []int64, againstAll int64) *election.Election {
	t.Helper()
	e := &election.Election{ID: "t", Name: "test",
		Regions:   []election.Region{{ID: "r", Name: "R"}},
		Precincts: []election.Precinct{{ID: "p1", Region: "r", Okrug: "1"}},
	}
	ok := election.Okrug{ID: "1", Name: "One", Region: "r"}
	okVotes := map[string]int64{election.AgainstAll: againstAll}
	var okValid int64 = againstAll
	for i, v := range cands {
		id := string(rune('a' + i))
		ok.Candidates = append(ok.Candidates, election.Candidate{ID: id, Name: id, Position: i + 1})
		okVotes[id] = v
		okValid += v
	}
	e.Okrugs = []election.Okrug{ok}
	listVotes := map[string]int64{election.AgainstAll: 0}
	var valid int64
	for i, id := range order {
		p := election.Party{ID: id, Name: id, BallotNo: i + 1}
		for k := 1; k <= 60; k++ {
			sex := election.Male
			if k%3 == 0 {
				sex = election.Female
			}
			p.Candidates = append(p.Candidates, election.Candidate{ID: id + "-" + string(rune('0'+k/10)) + string(rune('0'+k%10)), Position: k, Sex: sex})
		}
		e.Parties = append(e.Parties, p)
		listVotes[id] = parties[id]
		valid += parties[id]
	}
	proto := func(kind election.BallotKind, votes map[string]int64, valid int64) election.Protocol {
		return election.Protocol{Precinct: "p1", Ballot: kind, Votes: votes, Lines: map[election.Line]int64{
			election.Voters: 2 * valid, election.Received: 2 * valid, election.IssuedInRoom: valid, election.Cancelled: valid,
			election.FoundStationary: valid, election.Valid: valid, election.Invalid: 0,
		}}
	}
	e.Protocols = []election.Protocol{proto(election.ListBallot, listVotes, valid), proto(election.OkrugBallot, okVotes, okValid)}
	return e
}

func TestCountSmallElectionFile(t *testing.T) {
	f, err := os.Open("testdata/ingest/small-election.json")
	require.NoError(t, err)
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	require.NoError(t, err)
	r, err := KG2021().Set("seats.list", "9")
	require.NoError(t, err)
	res, err := Count(e, r)
	require.NoError(t, err)
	got := map[string]int{}
	for _, l := range res.Lists {
		got[l.ID] = l.Seats
	}
	require.Equal(t, map[string]int{"ak-jol": 4, "bereke": 3, "chynar": 2}, got)
	require.NoError(t, res.Findings.Err())
}

func TestCountTieNeedsLots(t *testing.T) {
	// Two lists with equal votes and an odd house: the last seat is tied.
	e := oneRegion(t, map[string]int64{"x": 500, "y": 500}, []string{"x", "y"}, []int64{10, 5}, 1)
	r, err := KG2021().Set("seats.list", "5")
	require.NoError(t, err)
	res, err := Count(e, r)
	require.NoError(t, err)
	require.True(t, res.AwaitingLots())
	require.Equal(t, Tie{Context: "list", Stage: "largest_remainder", Tied: []string{"x", "y"}, Seats: 1, Value: "1/2"}, res.Ties[0])
	require.Equal(t, 4, res.Seats.List, "the tied seat stays empty")

	// The election gives no preference votes: inside each list the seats
	// go by list position, as the rule set says for missing data, and
	// that is reported too.
	for _, tie := range res.Ties[1:] {
		require.Equal(t, "not_evaluated", tie.Value)
		require.Equal(t, "list_position", tie.SettledBy)
	}

	res, err = CountWith(e, r, Options{Lots: map[string][]string{"list": {"y", "x"}}})
	require.NoError(t, err)
	require.False(t, res.AwaitingLots())
	require.Equal(t, Tie{Context: "list", Stage: "largest_remainder", Tied: []string{"x", "y"}, Seats: 1, Value: "1/2",
		SettledBy: "lots", Order: []string{"y", "x"}, Winners: []string{"y"}}, res.Ties[0])
	require.Equal(t, 2, res.Lists[0].Seats)
	require.Equal(t, 3, res.Lists[1].Seats)

	_, err = CountWith(e, r, Options{Lots: map[string][]string{"list": {"z"}}})
	require.ErrorIs(t, err, seats.ErrBadLot)

	// From a public seed: the draw is seats.DrawLots(seed + "/list", tied).
	res, err = CountWith(e, r, Options{LotSeed: "CEC protocol 1, 15 Dec 2021"})
	require.NoError(t, err)
	require.False(t, res.AwaitingLots())
	require.Equal(t, "CEC protocol 1, 15 Dec 2021", res.LotSeed, "the seed is disclosed")
	first := seats.DrawLots("CEC protocol 1, 15 Dec 2021/list", []string{"x", "y"})[0]
	require.Equal(t, SettledByLotSeed, res.Ties[0].SettledBy)
	require.Equal(t, "CEC protocol 1, 15 Dec 2021/list", res.Ties[0].Seed)
	require.Equal(t, []string{first}, res.Ties[0].Winners)
	for _, l := range res.Lists {
		want := 2
		if l.ID == first {
			want = 3
		}
		require.Equal(t, want, l.Seats, l.ID)
	}
}

func TestCountAgainstAllMeansRepeat(t *testing.T) {
	e := oneRegion(t, map[string]int64{"x": 500}, []string{"x"}, []int64{40, 30}, 41)
	res, err := Count(e, KG2021())
	require.NoError(t, err)
	require.Equal(t, seats.OutcomeRepeat, res.Okrugs[0].Outcome)
	require.Equal(t, 1, res.Seats.Repeat)
	require.Equal(t, 0, res.Seats.Okrug)

	e = oneRegion(t, map[string]int64{"x": 500}, []string{"x"}, []int64{40, 30}, 40)
	res, err = Count(e, KG2021())
	require.NoError(t, err)
	require.Equal(t, seats.OutcomeElected, res.Okrugs[0].Outcome, "against all equal to the leader is not ahead")
	require.Equal(t, "a", res.Okrugs[0].Winner)
	// Part of issue 12's attack suite: but it is a tie, and it is recorded.
	require.Contains(t, res.Ties, Tie{Context: "okrug/1", Stage: "against_all", Tied: []string{"a", "against_all"}, Seats: 1, Value: "40",
		SettledBy: seats.SettledByAgainstAllTie, Order: []string{"a", "against_all"}, Winners: []string{"a"}})
}

// Part of issue 12's attack suite, through the library: every tie is in
// Result.Ties with how it was settled, and Compare exposes both sides'.
func TestCountRecordsEveryTie(t *testing.T) {
	// Okrug candidates a and b equal for first place: registration order.
	e := oneRegion(t, map[string]int64{"x": 500}, []string{"x"}, []int64{40, 40}, 1)
	res, err := Count(e, KG2021())
	require.NoError(t, err)
	require.Equal(t, "a", res.Okrugs[0].Winner)
	require.False(t, res.AwaitingLots())
	require.Contains(t, res.Ties, Tie{Context: "okrug/1", Stage: "plurality", Tied: []string{"a", "b"}, Seats: 1, Value: "40",
		SettledBy: "registration_order", Order: []string{"a", "b"}, Winners: []string{"a"}})

	// The same under okrug.tie = lots: awaiting, then drawn from a seed.
	lots, err := KG2021().Set("okrug.tie", "lots")
	require.NoError(t, err)
	res, err = Count(e, lots)
	require.NoError(t, err)
	require.True(t, res.AwaitingLots())
	require.Empty(t, res.Okrugs[0].Winner)
	res, err = CountWith(e, lots, Options{LotSeed: "seed"})
	require.NoError(t, err)
	require.False(t, res.AwaitingLots())
	drawn := seats.DrawLots("seed/okrug/1", []string{"a", "b"})
	require.Contains(t, res.Ties, Tie{Context: "okrug/1", Stage: "plurality", Tied: []string{"a", "b"}, Seats: 1, Value: "40",
		SettledBy: SettledByLotSeed, Order: drawn, Winners: drawn[:1], Seed: "seed/okrug/1"})
	require.Equal(t, "seed", res.LotSeed)
	require.Equal(t, "seed", res.Transcript().LotSeed)

	// Compare: the tie of each side is on its Result.
	w, err := Compare(e, KG2021(), lots, Options{})
	require.NoError(t, err)
	require.False(t, w.Base.AwaitingLots())
	require.True(t, w.Alternative.AwaitingLots())
}

// Part of issue 12's attack suite: equal preference votes at 0 under
// preference_tie = lots ask for lots; preference votes no protocol gives
// are not evaluated, and the rule for missing data decides.
func TestCountPreferenceTies(t *testing.T) {
	e := oneRegion(t, map[string]int64{"x": 500}, []string{"x"}, []int64{40, 30}, 1)
	prefs := map[string]int64{}
	for _, c := range e.Parties[0].Candidates {
		prefs[c.ID] = 0
	}
	e.Protocols[0].Preferences = prefs
	r, err := KG2021().Set("list.preference_tie", "lots")
	require.NoError(t, err)
	res, err := Count(e, r)
	require.NoError(t, err)
	require.True(t, res.AwaitingLots(), "a tie at 0 asks for lots, not list position")
	require.False(t, res.Lists[0].PreferencesNotEvaluated)
	require.Equal(t, "0", res.Ties[len(res.Ties)-1].Value)

	e.Protocols[0].Preferences = nil
	res, err = Count(e, r)
	require.NoError(t, err)
	require.False(t, res.AwaitingLots(), "missing data follows list.missing_preferences (list_position)")
	require.True(t, res.Lists[0].PreferencesNotEvaluated)
	for _, tie := range res.Ties {
		require.Equal(t, "not_evaluated", tie.Value)
		require.Equal(t, "list_position", tie.SettledBy)
	}
	require.True(t, res.Lists[0].Deputies[0].NoPreferences)
}

func TestCountOverflowIsAnError(t *testing.T) {
	e := oneRegion(t, map[string]int64{"x": 5, "y": 5}, []string{"x", "y"}, []int64{1}, 0)
	p := e.Protocols[0]
	p.Precinct = "p2"
	p.Votes = map[string]int64{"x": math.MaxInt64}
	e.Precincts = append(e.Precincts, election.Precinct{ID: "p2", Region: "r", Okrug: "1"})
	e.Protocols = append(e.Protocols, p)
	_, err := Count(e, KG2021())
	require.Error(t, err)
	require.True(t, errors.Is(err, exact.ErrOverflow), "%v", err)
}

func TestCountIsDeterministic(t *testing.T) {
	e := oneRegion(t, map[string]int64{"x": 700, "y": 500, "z": 90}, []string{"x", "y", "z"}, []int64{10, 5}, 1)
	var out [2][]byte
	for i := range out {
		res, err := Count(e, KG2021())
		require.NoError(t, err)
		out[i], err = json.Marshal(res)
		require.NoError(t, err)
	}
	require.True(t, bytes.Equal(out[0], out[1]))
}

// A party defined twice makes the seats undecidable: the Result says so,
// with the validator's finding, and decides nothing.
func TestCountAmbiguousDefinitionIsNotCounted(t *testing.T) {
	e := oneRegion(t, map[string]int64{"x": 700, "y": 500}, []string{"x", "y"}, []int64{10, 5}, 1)
	e.Parties = append(e.Parties, e.Parties[0])
	res, err := Count(e, KG2021())
	require.NoError(t, err)
	require.Contains(t, res.NotCounted, "X219")
	require.Empty(t, res.Lists)
	require.Equal(t, 0, res.Seats.Total)
	require.Equal(t, 90, res.Seats.Of)
	require.Error(t, res.Findings.Err())
}

// A rule set without okrug seats decides no okrug, and says so.
func TestCountNoOkrugTier(t *testing.T) {
	e := oneRegion(t, map[string]int64{"x": 700, "y": 500}, []string{"x", "y"}, []int64{10, 5}, 1)
	r, err := Preset("kg2015")
	require.NoError(t, err)
	res, err := Count(e, r)
	require.NoError(t, err)
	require.Empty(t, res.Okrugs)
	require.Contains(t, res.Notes[len(res.Notes)-1], "no okrug seats")
}

// Protocols without the lines of the threshold base leave the national
// threshold not evaluated and the list seats unfilled: an error finding
// names the protocol and the line, and the result is provisional. Count
// does not fail: the okrugs are still decided.
func TestCountMissingBaseLines(t *testing.T) {
	e := oneRegion(t, map[string]int64{"x": 700, "y": 500}, []string{"x", "y"}, []int64{10, 5}, 1)
	delete(e.Protocols[0].Lines, election.Invalid)
	res, err := Count(e, KG2021())
	require.NoError(t, err)
	require.Empty(t, res.NotCounted)
	require.True(t, res.Provisional)
	require.Equal(t, UnevaluatedBase, res.ProvisionalReasons[0].Kind)
	require.Zero(t, res.Totals.ThresholdBase)
	require.Zero(t, res.Seats.List)
	for _, l := range res.Lists {
		require.Equal(t, threshold.NotEvaluated, l.National.Status)
		require.False(t, l.Qualified)
	}
	require.Equal(t, 1, res.Seats.Okrug)
	require.Error(t, res.Findings.Err())
	require.Equal(t, validate.BaseLineMissing, res.Findings.Findings[0].Code)
	// The totals say which figures are not evaluated rather than 0.
	require.Equal(t, []string{"participants", "invalid", "turnout", "threshold_base"}, res.Totals.NotEvaluated)
	require.Zero(t, res.Totals.Invalid)
	require.NotZero(t, res.Totals.Valid)

	delete(e.Protocols[0].Lines, election.Valid)
	res, err = Count(e, KG2021())
	require.NoError(t, err)
	require.Equal(t, []string{"participants", "valid", "invalid", "turnout", "threshold_base"}, res.Totals.NotEvaluated)
	require.Zero(t, res.Totals.Valid, "a valid summed without the protocol that lacks it is not given")

	// A threshold of 0% needs no base, but the base is still no figure.
	zero, err := KG2021().Set("threshold.percent", "0")
	require.NoError(t, err)
	zero, err = zero.Set("regional_threshold", "null")
	require.NoError(t, err)
	res, err = Count(e, zero)
	require.NoError(t, err)
	require.Contains(t, res.Totals.NotEvaluated, "threshold_base")
}

// Closed lists and rosters not given. Part of issue 12's suite (decisions
// not made by the votes): under closed lists the deputies go by list
// position with no tie, no "not evaluated" and preference votes given by
// a protocol are set aside with a note; a list whose candidates the
// definition does not give has won its seats, counted as filled with its
// deputies "not given", under open and closed lists alike; "unfilled" is
// only for a roster given and too short.
func TestCountClosedAndRosterNotGiven(t *testing.T) {
	closed, err := Preset("kg2015")
	require.NoError(t, err)
	closed, err = closed.Set("regional_threshold", "null")
	require.NoError(t, err)

	e := oneRegion(t, map[string]int64{"x": 600, "y": 400}, []string{"x", "y"}, []int64{40, 30}, 1)
	prefs := map[string]int64{}
	for i, c := range e.Parties[0].Candidates {
		prefs[c.ID] = int64(i) // the last placed would win on preference votes
	}
	e.Protocols[0].Preferences = prefs
	res, err := Count(e, closed)
	require.NoError(t, err)
	require.Empty(t, res.Ties)
	require.Equal(t, 65, res.Lists[0].Seats, "the cap")
	require.Equal(t, 1, res.Lists[0].Deputies[0].Position)
	require.Equal(t, seats.ReasonListPosition, res.Lists[0].Deputies[0].Reason)
	require.Contains(t, notes(res), "not used")
	require.Equal(t, 115, res.Seats.List, "x has 60 candidates for 65 seats")

	for _, r := range []Rules{closed, KG2021()} {
		e := oneRegion(t, map[string]int64{"x": 600, "y": 400}, []string{"x", "y"}, []int64{40, 30}, 1)
		e.Parties[1].Candidates = nil // y's roster is not given
		e.Parties[0].Candidates = e.Parties[0].Candidates[:1]
		res, err := Count(e, r)
		require.NoError(t, err, r.ID)
		x, y := res.Lists[0], res.Lists[1]
		require.Positive(t, y.Seats, r.ID)
		require.Equal(t, y.Seats, y.DeputiesNotGiven, r.ID)
		require.Equal(t, seats.WomenRequired(y.Seats, r.List.candidates()), y.WomenRequired, r.ID+": the quota stands without a roster")
		require.Empty(t, y.Deputies, r.ID)
		require.Len(t, x.Deputies, 1, r.ID)
		require.Zero(t, x.DeputiesNotGiven, r.ID)
		require.Equal(t, 1+y.Seats, res.Seats.List, r.ID)
		require.Equal(t, y.Seats, res.Seats.NotGiven, r.ID)
		require.Contains(t, notes(res), "deputies are not given", r.ID)
		require.Contains(t, notes(res), "x: seats not filled: "+itoa(x.Seats-1), r.ID)
		require.Contains(t, notes(res), "only 1 candidates on the list", r.ID)
		require.NotContains(t, notes(res), "y: seats not filled: "+itoa(y.Seats), r.ID)
	}
}

func notes(res *Result) string {
	b, _ := json.Marshal(res.Notes)
	return string(b)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
