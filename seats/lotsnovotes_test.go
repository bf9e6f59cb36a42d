package seats

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

// A lot in an okrug where no candidate has a vote settles nothing: it is
// ErrBadLot, as it is where the votes elect one. Before, such lots (even
// a name that is no candidate) came back without an error, unused and
// unsaid, once candidates stopped checking the names up front.
func TestLotsInOkrugWithoutVotes(t *testing.T) {
	cs := []OkrugCandidate{{ID: "a"}, {ID: "b"}}
	r := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots}
	m := r
	m.Majority = &MajorityRule{Percent: decimal.RequireFromString("50"), Base: "valid", Comparison: "more_than"}
	for _, lots := range [][]string{{"zzz"}, {"a"}} {
		if res, err := Plurality("o", cs, 0, r, lots); !errors.Is(err, ErrBadLot) {
			t.Errorf("plurality, lots %v: %s, %v; want ErrBadLot", lots, res.Outcome, err)
		}
		if res, err := Majority("o", cs, 0, 0, m, lots); !errors.Is(err, ErrBadLot) {
			t.Errorf("majority, lots %v: %s, %v; want ErrBadLot", lots, res.Outcome, err)
		}
	}
	if res, err := Plurality("o", cs, 0, r, nil); err != nil || res.Outcome != OutcomeNoVotes {
		t.Errorf("no lots: %s, %v; want no votes", res.Outcome, err)
	}
}
