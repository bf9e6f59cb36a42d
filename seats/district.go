package seats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// DistrictSeat is one seat of a district of several seats: who took it,
// with how many votes, and why.
type DistrictSeat struct {
	ID    string       `json:"id"`
	Sex   election.Sex `json:"sex,omitempty"`
	Votes int64        `json:"votes"`
	// Seat is the seat's number in the order the seats were taken (1..).
	Seat int `json:"seat"`
	// Reason is ReasonVotes; ReasonSexBalance when the sex-balance rule
	// skipped a candidate with as many or more votes before it; else
	// ReasonTie when it was one of candidates tied for the seat and the
	// tie's rule or lots chose it (the okrug's Tie says how).
	Reason string `json:"reason"`
}

// The reasons a district seat was taken.
const (
	ReasonVotes      = "votes"
	ReasonSexBalance = "sex_balance"
	ReasonTie        = "tie"
)

// District decides a district of r.Seats seats: each voter marks one
// candidate (or "against all"; single non-transferable vote) or up to
// r.VotesPerBallot (block vote, where that is the seats; limited vote,
// fewer), and the candidates with the most votes take the seats. A district of one seat
// with no sex-balance rule is Plurality's, unchanged.
//
// The district's seats are r.SeatsOf(okrug) and its sex-balance rule is
// r.ForOkrug(okrug)'s. Under r.SexBalance the candidates are walked in
// order of votes and a candidate is skipped (step "sex_balance_skip",
// naming who and the votes, and why) when their seat would give their sex
// more than MaxOneSex seats, or would leave fewer seats open than the
// seats reserved for the other sex not yet filled (Reserved); the seat goes
// on down the walk (step "seat", reason "sex_balance", naming whom it was
// taken over). With MaxOneSex = Seats-1 this is the 2025 Kyrgyz rule: if
// the top three are all men, the first two are elected and the third seat
// goes to the woman with the most votes; with Reserved {"F": 1} in
// Afghanistan's Kapisa (4 seats), the three men with the most votes and
// the woman with the most. Under the rule every candidate must have a sex
// (M or F). When the walk runs out of candidates with votes of the sex
// that may still take a seat, or of the sex its reserved seats are for,
// the district "cannot be decided under the rule" (OutcomeUndecidable): no
// seat is filled, the steps show the walk.
//
// A candidate without a vote takes no seat: fewer candidates with votes
// than seats leave seats unfilled (Unfilled, step "unfilled").
//
// Candidates with equal votes are a tie when the walk must choose among
// them: more of them could take a seat than there are seats left, or the
// rule admits some but not all of one sex. r.Tie settles it (Context
// "district"; Winners are those of the tied set the walk then seated);
// under Lots without lots the seats taken before it stay filled, the others
// not (Outcome "tie", a *TieError).
//
// "Against all" (r.AgainstAll) is compared with the seated candidate with
// the fewest votes (RepeatIfAheadOfLastSeat) or the most
// (RepeatIfAheadOfLeader): strictly more votes is a repeat election (no
// seat filled), as many is a tie r.AgainstAllTie settles; Ignored decides
// nothing. In which way the law of a given election means it is a
// parameter of the rule set, never a default.
func District(okrug string, cands []OkrugCandidate, againstAll int64, r OkrugRule, lots []string) (OkrugResult, error) {
	if err := r.Validate(); err != nil {
		return OkrugResult{}, err
	}
	r = r.ForOkrug(okrug)
	n := r.seats()
	if n == 1 && r.SexBalance == nil {
		return Plurality(okrug, cands, againstAll, r, lots)
	}
	ids, index, b, err := candidates("district", okrug, cands, againstAll, r, lots)
	if err != nil {
		return OkrugResult{}, err
	}

	k := n // at most k of one sex
	reserved := r.SexBalance.ReservedOf(okrug)
	rule := "no sex-balance rule"
	if r.SexBalance != nil {
		var parts []string
		if r.SexBalance.MaxOneSex > 0 {
			k = r.SexBalance.MaxOneSex
			parts = append(parts, fmt.Sprintf("at most %d of one sex", k))
		}
		for _, s := range sexes {
			if reserved[s] > 0 {
				parts = append(parts, fmt.Sprintf("at least %d to %s", reserved[s], sexPlural(s)))
			}
		}
		if len(parts) > 0 {
			rule = strings.Join(parts, ", ")
		}
	}
	res := OkrugResult{Okrug: okrug, AgainstAll: againstAll, Seats: n}
	var steps []election.Step
	step := func(s election.Step) { steps = append(steps, s) }
	order := byVotes(cands, ids)
	for _, i := range order {
		step(election.Step{Kind: "candidate", Subject: ids[i], Value: strconv.FormatInt(cands[i].Votes, 10),
			Detail: fmt.Sprintf("%s (%s): %d votes", ids[i], sexText(cands[i].Sex), cands[i].Votes)})
	}
	step(election.Step{Kind: "against_all", Subject: election.AgainstAll, Value: strconv.FormatInt(againstAll, 10),
		Detail: fmt.Sprintf("against all: %d votes (rule %s)", againstAll, r.AgainstAll)})
	step(election.Step{Kind: "district", Subject: okrug, Seats: n,
		Detail: fmt.Sprintf("%d seats, %s, %s", n, r.system(n), rule)})
	done := func(err error) (OkrugResult, error) {
		res.Unfilled = n - len(res.Elected)
		res.Steps = steps
		res.Ties = b.ties
		return res, err
	}
	if len(order) > 0 {
		res.Leader, res.LeaderVotes = ids[order[0]], cands[order[0]].Votes
	}

	held := map[election.Sex]int{}
	seated := map[string]bool{}
	var skipped []string // candidates the rule skipped, in walk order
	// need is the seats still reserved for sex s and not yet filled.
	need := func(s election.Sex) int { return max(reserved[s]-held[s], 0) }
	// others is the seats still reserved for the sexes other than s.
	others := func(s election.Sex) int {
		o := 0
		for _, x := range sexes {
			if x != s {
				o += need(x)
			}
		}
		return o
	}
	// room is how many more seats sex s may take now: under the cap, and
	// leaving open the seats still reserved for the other sex.
	room := func(s election.Sex) int {
		return min(k-held[s], n-len(res.Elected)-others(s))
	}
	for i := 0; i < len(order) && len(res.Elected) < n; {
		v := cands[order[i]].Votes
		if v == 0 {
			break // no vote, no seat
		}
		j := i
		for j < len(order) && cands[order[j]].Votes == v {
			j++
		}
		group := order[i:j]
		i = j
		left := n - len(res.Elected)
		// Who of the group the rule admits, per sex.
		of := map[election.Sex]int{}
		for _, x := range group {
			of[cands[x].Sex]++
		}
		admitted, partial := 0, false
		for s, c := range of {
			a := min(c, max(room(s), 0))
			admitted += a
			partial = partial || (a > 0 && a < c)
		}
		walk := make([]string, len(group))
		for x, g := range group {
			walk[x] = ids[g]
		}
		tieAt := -1
		if admitted > left || partial {
			t := Tie{Context: "district", Tied: slices.Sorted(slices.Values(walk)), Seats: min(left, admitted), Value: strconv.FormatInt(v, 10)}
			ord, ts, err := b.settle(t)
			if err != nil {
				if _, ok := err.(*TieError); !ok {
					return OkrugResult{}, err
				}
				steps = append(steps, ts...)
				res.Outcome, res.Tie = OutcomeTie, &t
				step(election.Step{Kind: "unfilled", Subject: okrug, Seats: n - len(res.Elected),
					Detail: fmt.Sprintf("%d of %d seats are not filled until the tie is settled", n-len(res.Elected), n)})
				return done(err)
			}
			// The walk below says who of the tied set takes a seat:
			// the rule may skip one the tie order put first.
			steps = append(steps, ts[0], election.Step{Kind: "tie_order", Subject: okrug, Value: t.Value, Seats: t.Seats,
				Detail: fmt.Sprintf("the walk takes the tied candidates in the order %s (%s)", strings.Join(ord, ", "), r.Tie)})
			walk, tieAt = ord, len(b.ties)-1
		}
		var won []string
		for _, id := range walk {
			c := cands[index[id]]
			if len(res.Elected) == n {
				break
			}
			if room(c.Sex) <= 0 {
				skipped = append(skipped, id)
				why := fmt.Sprintf("%d of the %d seats already go to %s", held[c.Sex], n, sexPlural(c.Sex))
				if held[c.Sex] < k {
					left := n - len(res.Elected)
					why = fmt.Sprintf("a seat for them would leave %d of the %d seats open, fewer than the %d reserved for %s not yet filled", left-1, n, others(c.Sex), sexPlural(other(c.Sex)))
				}
				step(election.Step{Kind: "sex_balance_skip", Subject: id, Value: strconv.FormatInt(c.Votes, 10),
					Detail: fmt.Sprintf("%s (%s, %d votes) is skipped: %s (%s)", id, sexText(c.Sex), c.Votes, why, rule)})
				continue
			}
			held[c.Sex]++
			seated[id] = true
			won = append(won, id)
			ds := DistrictSeat{ID: id, Sex: c.Sex, Votes: c.Votes, Seat: len(res.Elected) + 1, Reason: ReasonVotes}
			why := "by votes"
			switch {
			case len(skipped) > 0:
				ds.Reason = ReasonSexBalance
				why = fmt.Sprintf("by the sex-balance rule (%s), over %s", rule, strings.Join(skipped, ", "))
			case tieAt >= 0:
				ds.Reason = ReasonTie
				why = fmt.Sprintf("by the tie's order (%s)", r.Tie)
			}
			res.Elected = append(res.Elected, ds)
			step(election.Step{Kind: "seat", Subject: id, Value: strconv.FormatInt(c.Votes, 10), Seats: 1,
				Detail: fmt.Sprintf("%s (%s) takes seat %d of %d with %d votes, %s", id, sexText(c.Sex), ds.Seat, n, c.Votes, why)})
		}
		if tieAt >= 0 {
			b.ties[tieAt].Winners = won
		}
	}
	if err := b.unoffered(nil); err != nil {
		return OkrugResult{}, err
	}
	// The best candidate not seated, skipped or not.
	for _, x := range order {
		if !seated[ids[x]] {
			res.RunnerUp, res.RunnerUpVotes = ids[x], cands[x].Votes
			break
		}
	}
	if len(res.Elected) > 0 {
		res.Margin = res.Elected[len(res.Elected)-1].Votes - res.RunnerUpVotes
	}
	for _, s := range sexes {
		if need(s) == 0 {
			continue
		}
		// Too few of the sex with votes to fill its reserved seats.
		with := 0
		for _, x := range order {
			if cands[x].Sex == s && cands[x].Votes > 0 {
				with++
			}
		}
		step(election.Step{Kind: "cannot_decide", Subject: okrug, Seats: n,
			Detail: fmt.Sprintf("the rule (%s) cannot be met: %d of the %d seats reserved for %s are filled, and no other of them has votes (%d with votes); the district cannot be decided under the rule and none of its seats is filled (the walk above is not a result)",
				rule, held[s], reserved[s], sexPlural(s), with)})
		res.Elected, res.Outcome = nil, OutcomeUndecidable
		return done(nil)
	}
	if len(res.Elected) < n {
		switch {
		case slices.ContainsFunc(order, func(x int) bool { return !seated[ids[x]] && cands[x].Votes > 0 }):
			// candidates with votes are left, all of a sex the rule bars
			step(election.Step{Kind: "cannot_decide", Subject: okrug, Seats: n,
				Detail: fmt.Sprintf("the rule (%s) cannot be met: %d of %d seats are taken and every candidate left with votes is of a sex that holds %d; the district cannot be decided under the rule and none of its seats is filled (the walk above is not a result)",
					rule, len(res.Elected), n, k)})
			res.Elected, res.Outcome = nil, OutcomeUndecidable
			return done(nil)
		case len(res.Elected) == 0:
			res.Outcome = OutcomeNoVotes
			step(election.Step{Kind: "no_votes", Subject: okrug, Detail: "no candidate has a vote"})
			return done(nil)
		}
		step(election.Step{Kind: "unfilled", Subject: okrug, Seats: n - len(res.Elected),
			Detail: fmt.Sprintf("only %d candidates have votes: %d of %d seats are not filled", len(res.Elected), n-len(res.Elected), n)})
	}
	if r.AgainstAll.repeats() {
		who := res.Elected[len(res.Elected)-1] // the fewest votes: the walk is in order of votes
		what := "the last seat"
		if r.AgainstAll == RepeatIfAheadOfLeader {
			who, what = res.Elected[0], "the leader"
		}
		switch {
		case againstAll > who.Votes || againstAll == who.Votes && r.AgainstAllTie == AgainstAllTieRepeat:
			if againstAll == who.Votes {
				t := Tie{Context: "against_all", Tied: sortedPair(who.ID, election.AgainstAll), Seats: 1, Value: strconv.FormatInt(who.Votes, 10),
					SettledBy: SettledByAgainstAllTie, Order: []string{election.AgainstAll, who.ID}, Winners: []string{election.AgainstAll}}
				b.ties = append(b.ties, t)
			}
			step(election.Step{Kind: "repeat_election", Subject: okrug, Value: strconv.FormatInt(who.Votes-againstAll, 10),
				Detail: fmt.Sprintf("against all (%d) has at least as many votes as %s, %s (%d), under %s (against_all_tie %q): repeat election, no seat filled",
					againstAll, what, who.ID, who.Votes, r.AgainstAll, r.AgainstAllTie)})
			res.Elected, res.Outcome = nil, OutcomeRepeat
			return done(nil)
		case againstAll == who.Votes:
			t := Tie{Context: "against_all", Tied: sortedPair(who.ID, election.AgainstAll), Seats: 1, Value: strconv.FormatInt(who.Votes, 10),
				SettledBy: SettledByAgainstAllTie, Order: []string{who.ID, election.AgainstAll}, Winners: []string{who.ID}}
			b.ties = append(b.ties, t)
			step(election.Step{Kind: "tie", Subject: okrug, Value: t.Value, Seats: 1,
				Detail: fmt.Sprintf("against all (%d) equals %s, %s (%d); settled by against_all_tie %q", againstAll, what, who.ID, who.Votes, r.AgainstAllTie)})
		}
	}
	res.Outcome = OutcomeElected
	names := make([]string, len(res.Elected))
	for i, d := range res.Elected {
		names[i] = d.ID
	}
	step(election.Step{Kind: "elected", Subject: okrug, Value: strconv.FormatInt(res.Margin, 10), Seats: len(res.Elected),
		Detail: fmt.Sprintf("elected: %s; margin of the last seat over %s: %d", strings.Join(names, ", "), orNone(res.RunnerUp), res.Margin)})
	return done(nil)
}

func sortedPair(a, b string) []string {
	if a > b {
		a, b = b, a
	}
	return []string{a, b}
}

func orNone(s string) string {
	if s == "" {
		return "nobody"
	}
	return s
}

func sexText(s election.Sex) string {
	if s == "" {
		return "sex not given"
	}
	return string(s)
}

// other is the other of the two sexes a sex-balance rule knows.
func other(s election.Sex) election.Sex {
	if s == election.Female {
		return election.Male
	}
	return election.Female
}

func sexPlural(s election.Sex) string {
	switch s {
	case election.Female:
		return "women"
	case election.Male:
		return "men"
	}
	return "candidates of sex " + string(s)
}

// system names how a district of n seats is elected under r, for its
// steps: by how many candidates each voter may mark.
func (r OkrugRule) system(n int) string {
	switch v := max(r.VotesPerBallot, 1); {
	case v == 1:
		return "single non-transferable vote"
	case v >= n:
		return fmt.Sprintf("block vote (plurality at large: each voter marks up to %d candidates)", v)
	default:
		return fmt.Sprintf("limited vote (each voter marks up to %d candidates)", v)
	}
}
