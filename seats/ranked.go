package seats

import (
	"fmt"
	"slices"
	"strings"
)

// RankedRule decides a single-mandate okrug by instant run-off from its
// ranked ballots (cast-vote records that give every rank): round by round,
// each ballot counts for its highest-ranked continuing candidate; a
// candidate with more than half of the ballots that count for a
// continuing candidate (2 × votes > continuing) is elected; short of it,
// the candidate with the fewest votes is excluded and the next round is
// counted. Every rule real laws vary on is named, none defaulted:
// Maine's and Minneapolis's ballots exhaust at an overvote, Maine's after
// two skipped ranks in a row, Minneapolis excludes in one batch the
// candidates who cannot win. The count itself is irv.Count.
type RankedRule struct {
	// Overvote is what a rank marked for more than one candidate does:
	// RankedExhaust (the ballot counts for nobody from there on, Maine,
	// Alaska) or RankedSkip (the rank is passed over; it is no skipped
	// rank of Skipped).
	Overvote string `json:"overvote" strict:"required"`
	// Skipped is what a rank left unmarked does: RankedContinue (the next
	// rank counts) or RankedExhaustAfterTwo (two skipped ranks in a row
	// exhaust the ballot when they are reached, Maine's law).
	Skipped string `json:"skipped" strict:"required"`
	// Repeated is what a candidate ranked again does: RankedSkip (the
	// later rank is passed over) or RankedExhaust.
	Repeated string `json:"repeated" strict:"required"`
	// Majority is the base of the majority: RankedContinuing, the ballots
	// that count for a continuing candidate in the round (more than half
	// of them), the one base the laws read.
	Majority string `json:"majority" strict:"required"`
	// Exclusion is how many are excluded in a round: RankedExcludeOne
	// (the candidate with the fewest votes) or RankedExcludeBatch (every
	// candidate of the largest group of the fewest whose votes together
	// are fewer than the next candidate's, who can none of them win,
	// Minneapolis's law; one when there is no such group).
	Exclusion string `json:"exclusion" strict:"required"`
	// Tie settles candidates tied for exclusion: RankedTieLots (lots
	// given as input, okrug.tie "lots") or RankedTiePreviousRound (the
	// one of them who had fewer votes than each of the others in the
	// latest earlier round where one did, Australia's House; then lots).
	Tie string `json:"tie" strict:"required"`
}

// The values of a RankedRule's fields.
const (
	RankedExhaust          = "exhaust"
	RankedSkip             = "skip"
	RankedContinue         = "continue"
	RankedExhaustAfterTwo  = "exhaust_after_two"
	RankedContinuing       = "continuing"
	RankedExcludeOne       = "one"
	RankedExcludeBatch     = "batch"
	RankedTieLots          = "lots"
	RankedTiePreviousRound = "previous_round"
)

// validate checks every field of the ranked rule and that the okrug rule
// around it can hold it: one seat, no second round, no sex balance,
// against all ignored (a ranked ballot ranks candidates), ties by lots.
func (rr *RankedRule) validate(r OkrugRule) error {
	for _, f := range []struct {
		name, value string
		allowed     []string
	}{
		{"overvote", rr.Overvote, []string{RankedExhaust, RankedSkip}},
		{"skipped", rr.Skipped, []string{RankedContinue, RankedExhaustAfterTwo}},
		{"repeated", rr.Repeated, []string{RankedSkip, RankedExhaust}},
		{"majority", rr.Majority, []string{RankedContinuing}},
		{"exclusion", rr.Exclusion, []string{RankedExcludeOne, RankedExcludeBatch}},
		{"tie", rr.Tie, []string{RankedTieLots, RankedTiePreviousRound}},
	} {
		if !slices.Contains(f.allowed, f.value) {
			return invalid("ranked.%s %q: want %s", f.name, f.value, quoteOr(f.allowed))
		}
	}
	switch {
	case r.mostSeats() > 1:
		return invalid("ranked decides a single-mandate okrug, not a district of %d seats", r.mostSeats())
	case r.Majority != nil || r.Spread != nil:
		return invalid("ranked is a count in rounds of its own: not with majority or spread, which send an okrug to a second round")
	case r.SexBalance != nil:
		return invalid("ranked elects one candidate: not with sex_balance")
	case r.AgainstAll != AgainstAllIgnored:
		return invalid("ranked ranks candidates: against_all must be %q", AgainstAllIgnored)
	case r.Tie != Lots:
		return invalid("ranked asks tie %q: a tie for exclusion its rule leaves open is settled by lots", Lots)
	}
	return nil
}

// quoteOr writes "a" or "b" (or "a", "b" or "c").
func quoteOr(s []string) string {
	q := make([]string, len(s))
	for i, v := range s {
		q[i] = fmt.Sprintf("%q", v)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
