package irv_test

import (
	"fmt"

	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/irv"
	"github.com/shailoo/shailoo/seats"
)

// The 13 ballots of tabulator 92106 of Alaska's 2024 US House record
// (testdata/ingest/real/us-ak-2024-house-cvr-92106.csv), condensed: no
// first choice has a majority; Hafner, then Howe are excluded, and Begich
// is elected in round 3 with 7 of the 12 ballots still counting.
func ExampleCount() {
	ballot := func(n int64, ranks ...string) ballots.Cast {
		return ballots.Cast{Precinct: "District 24", Ballot: election.Ballot{Kind: election.OkrugBallot, Choice: ranks[0]}, Count: n, Ranks: ranks}
	}
	cast := []ballots.Cast{
		ballot(2, "Begich", "Howe", "Hafner", "Peltola"), ballot(4, "Begich", "", "", ""),
		ballot(3, "Peltola", "Hafner", "", ""), ballot(2, "Peltola", "", "", ""),
		ballot(1, "Howe", "", "", ""), ballot(1, "Howe", "Begich", "", ""),
	}
	rule := seats.RankedRule{Overvote: seats.RankedExhaust, Skipped: seats.RankedExhaustAfterTwo, Repeated: seats.RankedSkip,
		Majority: seats.RankedContinuing, Exclusion: seats.RankedExcludeOne, Tie: seats.RankedTieLots}
	res, err := irv.Count([]string{"Begich", "Peltola", "Howe", "Hafner"}, cast, rule, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range res.Rounds {
		fmt.Printf("round %d: Begich %d, Peltola %d; continuing %d, exhausted %d; excluded %v elected %q\n",
			r.Round, r.Votes["Begich"], r.Votes["Peltola"], r.Continuing, r.Exhausted, r.Excluded, r.Elected)
	}
	// Output:
	// round 1: Begich 6, Peltola 5; continuing 13, exhausted 0; excluded [Hafner] elected ""
	// round 2: Begich 6, Peltola 5; continuing 13, exhausted 0; excluded [Howe] elected ""
	// round 3: Begich 7, Peltola 5; continuing 12, exhausted 1; excluded [] elected "Begich"
}
