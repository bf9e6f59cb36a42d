package forensics_test

import (
	"math"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/forensics"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/internal/synth"
)

// fair returns a fair synthetic election: turnout drawn at the
// resolution of one voter, four lists (so that several choices have
// counts of 100 and more), no preference votes.
func fair(t testing.TB, seed uint64, precincts int) *election.Election {
	t.Helper()
	c := synth.DefaultConfig(seed, precincts)
	c.Abroad, c.Lists, c.Preferences, c.TurnoutCounts = 0, 4, false, true
	c.Okrugs, c.Regions, c.OkrugCandidates = 4, 2, 3
	e, err := synth.Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func analyze(t testing.TB, e *election.Election, seed uint64, draws int) *forensics.Report {
	t.Helper()
	d, err := forensics.FromElection(e)
	if err != nil {
		t.Fatal(err)
	}
	r, err := forensics.Analyze(d, forensics.Params{Seed: seed, Draws: draws, Alpha: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// within says whether k rejections of n tests at level alpha are within
// 3.5 binomial standard deviations of n·alpha.
func within(k, n int, alpha float64) bool {
	mean := float64(n) * alpha
	sd := math.Sqrt(mean * (1 - alpha))
	return math.Abs(float64(k)-mean) <= 3.5*sd
}

// TestNominalRate: on fair synthetic elections (many seeds) the
// integer-percentage tests and the last-digit tests reject at about
// their nominal rate, alpha 0.05: the count of rejections is within 3.5
// binomial standard deviations of 5% of the tests.
func TestNominalRate(t *testing.T) {
	seeds := 200
	if testing.Short() {
		seeds = 60
	}
	var turnout, share, digits, digitTests int
	for s := range seeds {
		r := analyze(t, fair(t, uint64(1000+s), 600), uint64(s), 199)
		if r.Integer.Turnout.Rejected {
			turnout++
		}
		if r.Integer.Share.Rejected {
			share++
		}
		for _, d := range r.Digits.Choices {
			if d.Tested {
				digitTests++
				if d.Rejected {
					digits++
				}
			}
		}
	}
	t.Logf("%d seeds: turnout %d, share %d rejections; last digits %d of %d", seeds, turnout, share, digits, digitTests)
	if !within(turnout, seeds, 0.05) || !within(share, seeds, 0.05) || !within(digits, digitTests, 0.05) {
		t.Errorf("rejections away from 5%%: turnout %d and share %d of %d, last digits %d of %d", turnout, share, seeds, digits, digitTests)
	}
}

// TestPlantedRounding: turnout moved to the nearest whole percent in 5%
// of the precincts is detected (the turnout test rejects at alpha 0.05)
// in at least 90% of the seeds.
func TestPlantedRounding(t *testing.T) {
	seeds := 40
	detected := 0
	for s := range seeds {
		e := fair(t, uint64(5000+s), 1000)
		ids, err := faults.RoundTurnout(e, uint64(s), 50)
		if err != nil || len(ids) < 40 {
			t.Fatalf("rounded %d precincts (%v)", len(ids), err)
		}
		if analyze(t, e, uint64(s), 199).Integer.Turnout.Rejected {
			detected++
		}
	}
	t.Logf("detected in %d of %d", detected, seeds)
	if detected < seeds*9/10 {
		t.Errorf("detected in %d of %d seeds, want at least 90%%", detected, seeds)
	}
}

// TestPlantedBallots: ballots for the first list, half of the voters who
// did not take part, added in the 10% of precincts with the highest
// turnout, are detected (share rising with turnout within regions, at
// alpha 0.05) in at least 90% of the seeds; on the fair elections the
// association rejects at about 5%.
func TestPlantedBallots(t *testing.T) {
	seeds := 40
	detected, fairRejects := 0, 0
	for s := range seeds {
		e := fair(t, uint64(7000+s), 1000)
		if analyze(t, e, uint64(s), 1).Comet.Association.Rejected {
			fairRejects++
		}
		ids, err := faults.AddBallots(e, e.Parties[0].ID, 100, 50)
		if err != nil || len(ids) < 90 {
			t.Fatalf("added ballots in %d precincts (%v)", len(ids), err)
		}
		if analyze(t, e, uint64(s), 1).Comet.Association.Rejected {
			detected++
		}
	}
	t.Logf("detected in %d of %d; fair elections rejected in %d", detected, seeds, fairRejects)
	if detected < seeds*9/10 {
		t.Errorf("detected in %d of %d seeds, want at least 90%%", detected, seeds)
	}
	if !within(fairRejects, seeds, 0.05) {
		t.Errorf("fair elections: association rejected in %d of %d", fairRejects, seeds)
	}
}
