package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/shailoo/shailoo/election"
)

// Sexes returns the sexes of a list of n candidates in list order: between
// 30% and 40% women (never fewer than 30% nor more than 70% of either
// sex), spread evenly down the list so that no stretch is all men.
func Sexes(r *rand.Rand, n int) []election.Sex {
	lo := (3*n + 9) / 10 // ceil(0.3n)
	hi := min(7*n/10, max(lo, (4*n)/10))
	w := int(between(r, int64(lo), int64(hi)))
	out := make([]election.Sex, n)
	for p := range n { // woman where ceil((p+1)w/n) steps up
		if ((p+1)*w+n-1)/n > (p*w+n-1)/n {
			out[p] = election.Female
		} else {
			out[p] = election.Male
		}
	}
	return out
}

// ListCandidates returns a party list with the given sexes in list order:
// IDs "<partyID>-<position>", names "<label> candidate <position>",
// provenance synthetic, and the attributes the registration rules check set
// on every candidate: at least 15% (rounded up) under 35, at least 15% of
// other ethnicities, at least 2 with disabilities, at random positions.
// The sexes must satisfy the rule that neither sex has more than 70%, and
// there must be 2..54 of them.
func ListCandidates(r *rand.Rand, partyID, label string, sexes []election.Sex) ([]election.Candidate, error) {
	n := len(sexes)
	if n < 2 || n > MaxCandidates {
		return nil, fmt.Errorf("%w: list of %d candidates (want 2..%d)", ErrInfeasible, n, MaxCandidates)
	}
	var women int
	for _, s := range sexes {
		switch s {
		case election.Female:
			women++
		case election.Male:
		default:
			return nil, fmt.Errorf("%w: sex %q", ErrInfeasible, s)
		}
	}
	if 10*women > 7*n || 10*(n-women) > 7*n {
		return nil, fmt.Errorf("%w: %d women of %d candidates breaks the 70%% rule", ErrInfeasible, women, n)
	}
	least := (15*n + 99) / 100 // ceil(0.15n)
	under35 := pick(r, n, min(n, least+r.IntN(3)))
	minority := pick(r, n, min(n, least+r.IntN(3)))
	disabled := pick(r, n, 2+r.IntN(min(2, n-1)))
	out := make([]election.Candidate, n)
	for i := range out {
		pos := strconv.Itoa(i + 1)
		out[i] = election.Candidate{
			ID:         partyID + "-" + pos,
			Name:       label + " candidate " + pos,
			Position:   i + 1,
			Sex:        sexes[i],
			Under35:    ptr(under35[i]),
			Minority:   ptr(minority[i]),
			Disability: ptr(disabled[i]),
			Provenance: election.Synthetic,
		}
	}
	return out, nil
}

// pick marks k of n positions at random.
func pick(r *rand.Rand, n, k int) []bool {
	out := make([]bool, n)
	for _, i := range r.Perm(n)[:k] {
		out[i] = true
	}
	return out
}

func ptr(b bool) *bool { return &b }
