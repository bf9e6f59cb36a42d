package fuzz

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// The laws Check and Run test, by name. docs/invariants.md lists them with
// the places that check them.
const (
	LawHouse        = "list seats won <= the house, fewer only with a reason"
	LawCap          = "no list holds more seats than the cap"
	LawQualified    = "only qualified lists hold seats; qualified means passed"
	LawNotEvaluated = "a list seated without its regional verdict says so in a note"
	LawDeputies     = "every deputy stands on that party's list and is seated once"
	LawListFilled   = "a list seats as many deputies as it won, fewer only with a reason"
	LawWomen        = "women seated >= women required whenever enough women stood"
	LawOkrugOutcome = "every okrug outcome is a known one and agrees with its votes"
	LawTally        = "the seat tally and the totals add up"
	// LawConstituencies: under list.constituency, each constituency's
	// seats are its seats_by_region, given, unfilled or tied (none given
	// when it is not evaluated, in a provisional Result), and a list's
	// seats are the sum of its seats there.
	LawConstituencies = "each constituency's seats add up, and a list's seats are their sum"
	LawSorted         = "findings and ties are sorted; every finding has a known code and its severity"
	LawShape          = "one list per party and one okrug result per okrug (none when the rule set has no okrug seats), in definition order"
	LawJSON           = "the Result's JSON reads back into byte-identical JSON"
	LawDeterministic  = "the same input counted twice gives byte-identical JSON (or the same error)"
	LawInputKept      = "counting leaves the election and the rule set unchanged"
	LawErrorNoResult  = "an error comes without a Result"
	LawNotCounted     = "a Result that decides no seat (NotCounted) says why and has no seats; when the definition is ambiguous, an error finding says where"
	LawTies           = "every tie is settled by a named rule or lot (with its winners) or awaits lots; a list at its cap is never in a tied set; against all level with an okrug's leader is a reported tie"
	LawProvisional    = "a Result that rests on something not evaluated is provisional and says what, and what rests on it"
)

// Violation is a broken law: a bug in the library, never a property of the
// input.
type Violation struct {
	Law    string // one of the Law constants
	Detail string
}

func (v *Violation) Error() string {
	if v == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	return "law broken: " + v.Law + ": " + v.Detail
}

func broken(law, format string, a ...any) *Violation {
	return &Violation{Law: law, Detail: fmt.Sprintf(format, a...)}
}

// Run counts e under r with o twice and checks every law on the outcome.
// It returns the Result and its JSON, or the count's own error (a clean
// refusal), or a *Violation when a law is broken.
func Run(e *election.Election, r shailoo.Rules, o shailoo.Options) (*shailoo.Result, []byte, error) {
	before, err := snapshot(e, r)
	if err != nil {
		return nil, nil, err
	}
	res, err := shailoo.CountWith(e, r, o)
	after, err2 := snapshot(e, r)
	if err2 != nil {
		return nil, nil, err2
	}
	if !bytes.Equal(before, after) {
		return nil, nil, broken(LawInputKept, "the input's JSON changed during the count")
	}
	again, errAgain := shailoo.CountWith(e, r, o)
	if err != nil {
		if res != nil {
			return nil, nil, broken(LawErrorNoResult, "error %v came with a Result", err)
		}
		if errAgain == nil || errAgain.Error() != err.Error() {
			return nil, nil, broken(LawDeterministic, "first count: %v; second count: %v", err, errAgain)
		}
		return nil, nil, err
	}
	if errAgain != nil {
		return nil, nil, broken(LawDeterministic, "first count succeeded, second failed: %v", errAgain)
	}
	if err := Check(e, res); err != nil {
		return res, nil, err
	}
	b1, err := json.Marshal(res)
	if err != nil {
		return res, nil, broken(LawJSON, "marshal: %v", err)
	}
	b2, err := json.Marshal(again)
	if err != nil {
		return res, nil, broken(LawJSON, "marshal: %v", err)
	}
	if !bytes.Equal(b1, b2) {
		return res, nil, broken(LawDeterministic, "two counts differ at byte %d", firstDiff(b1, b2))
	}
	return res, b1, nil
}

func snapshot(e *election.Election, r shailoo.Rules) ([]byte, error) {
	be, err := json.Marshal(e)
	if err != nil {
		return nil, broken(LawJSON, "the election does not marshal: %v", err)
	}
	br, err := json.Marshal(r)
	if err != nil {
		return nil, broken(LawJSON, "the rule set does not marshal: %v", err)
	}
	return append(be, br...), nil
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// Check tests res, the Result of counting e, against the laws of a count
// (the Law constants but those of Run: determinism and the input kept).
// It returns nil or a *Violation.
func Check(e *election.Election, res *shailoo.Result) error {
	if res == nil {
		return broken(LawShape, "nil Result without an error")
	}
	if res.NotCounted != "" {
		switch {
		case res.Findings.Errors() == 0 && strings.Contains(res.NotCounted, "ambiguous"):
			return broken(LawNotCounted, "not counted (%s) without an error finding", res.NotCounted)
		case len(res.Lists) != 0 || len(res.Okrugs) != 0 || res.Seats.Total != 0:
			return broken(LawNotCounted, "not counted, yet %d lists, %d okrugs, %d seats", len(res.Lists), len(res.Okrugs), res.Seats.Total)
		}
		if v := checkSorted(e, res); v != nil {
			return v
		}
		if v := checkJSON(e, res); v != nil {
			return v
		}
		return nil
	}
	for _, check := range []func(*election.Election, *shailoo.Result) *Violation{
		checkShape, checkLists, checkDeputies, checkOkrugs, checkTally, checkSorted, checkTies, checkJSON, checkProvisional,
	} {
		if v := check(e, res); v != nil {
			return v
		}
	}
	return nil
}

func checkShape(e *election.Election, res *shailoo.Result) *Violation {
	lists := len(e.Parties)
	if res.Rules.NoListTier() {
		lists = 0 // no list tier: the parties are not counted
	}
	if len(res.Lists) != lists {
		return broken(LawShape, "%d lists for %d parties", len(res.Lists), len(e.Parties))
	}
	for i, l := range res.Lists {
		if l.ID != e.Parties[i].ID {
			return broken(LawShape, "list %d is %q, party %d is %q", i, l.ID, i, e.Parties[i].ID)
		}
	}
	okrugs := len(e.Okrugs)
	if res.Rules.Seats.Okrug == 0 && !res.Rules.Seats.OkrugEach {
		okrugs = 0
	}
	if len(res.Okrugs) != okrugs {
		return broken(LawShape, "%d okrug results for %d okrugs (the rule set has %d okrug seats)", len(res.Okrugs), len(e.Okrugs), res.Rules.Seats.Okrug)
	}
	for i, o := range res.Okrugs {
		if o.Okrug != e.Okrugs[i].ID {
			return broken(LawShape, "okrug result %d is %q, okrug %d is %q", i, o.Okrug, i, e.Okrugs[i].ID)
		}
	}
	return nil
}

func hasTie(res *shailoo.Result, context string) bool {
	for _, t := range res.Ties {
		if t.Context == context && t.Awaiting() {
			return true
		}
	}
	return false
}

func checkConstituencies(res *shailoo.Result) *Violation {
	if len(res.Constituencies) == 0 {
		return nil
	}
	sum := map[string]int{}
	for _, k := range res.Constituencies {
		given := k.Unfilled
		for _, l := range k.Lists {
			given += l.Seats
			sum[l.ID] += l.Seats
		}
		switch {
		case k.Seats != res.Rules.List.SeatsByRegion[k.Region]:
			return broken(LawConstituencies, "constituency %q has %d seats, the rule set %d", k.Region, k.Seats, res.Rules.List.SeatsByRegion[k.Region])
		case k.NotEvaluated != "" && (given != 0 || !res.Provisional):
			return broken(LawConstituencies, "constituency %q not evaluated, %d seats given or unfilled, provisional %v", k.Region, given, res.Provisional)
		case k.NotEvaluated == "" && given != k.Seats && !hasTie(res, "list@"+k.Region):
			return broken(LawConstituencies, "constituency %q: %d of %d seats given or unfilled, and no tie", k.Region, given, k.Seats)
		}
	}
	for _, l := range res.Lists {
		if l.Seats != sum[l.ID] {
			return broken(LawConstituencies, "list %q has %d seats, %d in the constituencies", l.ID, l.Seats, sum[l.ID])
		}
	}
	return nil
}

func checkLists(e *election.Election, res *shailoo.Result) *Violation {
	house, limit := res.Rules.Seats.List, res.Rules.List.Cap
	won := 0
	for _, l := range res.Lists {
		switch {
		case l.Seats < 0:
			return broken(LawHouse, "list %q has %d seats", l.ID, l.Seats)
		case limit > 0 && l.Seats > limit:
			return broken(LawCap, "list %q has %d seats, cap %d", l.ID, l.Seats, limit)
		case l.Seats > 0 && !l.Qualified:
			return broken(LawQualified, "list %q has %d seats but did not qualify", l.ID, l.Seats)
		case l.Qualified && l.National.Status != threshold.Passed:
			return broken(LawQualified, "list %q qualified with national status %q", l.ID, l.National.Status)
		case l.Qualified && l.Regional != nil && l.Regional.Status == threshold.Failed:
			return broken(LawQualified, "list %q qualified but failed the regional threshold", l.ID)
		case (res.Rules.RegionalThreshold == nil) != (l.Regional == nil):
			return broken(LawQualified, "list %q: regional verdict %v under regional rule %v", l.ID, l.Regional, res.Rules.RegionalThreshold)
		case l.Qualified && l.Regional != nil && l.Regional.Status == threshold.NotEvaluated && len(res.Notes) == 0:
			return broken(LawNotEvaluated, "list %q seated with its regional threshold not evaluated and no note", l.ID)
		}
		won += l.Seats
	}
	if v := checkConstituencies(res); v != nil {
		return v
	}
	if won > house {
		return broken(LawHouse, "%d list seats won of %d", won, house)
	}
	if won < house && len(res.Notes) == 0 && !hasTie(res, "list") {
		return broken(LawHouse, "%d list seats won of %d with no note and no tie", won, house)
	}
	return nil
}

func checkDeputies(e *election.Election, res *shailoo.Result) *Violation {
	// A candidate ID on two lists is an input error (validate X222); it
	// may then be seated from both, which is not a bug of the count.
	lists := map[string]int{}
	for _, p := range e.Parties {
		seen := map[string]bool{}
		for _, c := range p.Candidates {
			if !seen[c.ID] {
				seen[c.ID] = true
				lists[c.ID]++
			}
		}
	}
	seated := map[string]string{}
	for i, l := range res.Lists {
		p := &e.Parties[i]
		ctx := "list/" + l.ID
		if len(l.Deputies) > l.Seats {
			return broken(LawDeputies, "list %q seats %d deputies for %d seats", l.ID, len(l.Deputies), l.Seats)
		}
		if len(l.Deputies) < l.Seats && len(res.Notes) == 0 && !hasTie(res, ctx) {
			return broken(LawListFilled, "list %q seats %d deputies for %d seats, no note and no tie", l.ID, len(l.Deputies), l.Seats)
		}
		cands := map[string]election.Candidate{}
		women := map[string]bool{}
		for _, c := range p.Candidates {
			if _, ok := cands[c.ID]; !ok {
				cands[c.ID] = c
			}
			if c.Sex == election.Female {
				women[c.ID] = true
			}
		}
		seatedWomen := 0
		inList := map[string]bool{}
		for _, d := range l.Deputies {
			c, ok := cands[d.ID]
			switch {
			case !ok:
				return broken(LawDeputies, "deputy %q is not on the list of %q", d.ID, l.ID)
			case inList[d.ID]:
				return broken(LawDeputies, "deputy %q seated twice from list %q", d.ID, l.ID)
			case lists[d.ID] == 1 && seated[d.ID] != "":
				return broken(LawDeputies, "deputy %q seated from %q and from %q", d.ID, seated[d.ID], l.ID)
			case d.Reason != seats.ReasonWomenQuota && d.Reason != seats.ReasonPreference && d.Reason != seats.ReasonListPosition,
				(d.Reason == seats.ReasonListPosition) != (res.Rules.List.Lists == seats.ClosedList) && d.Reason != seats.ReasonWomenQuota:
				return broken(LawDeputies, "deputy %q seated for an unknown reason %q", d.ID, d.Reason)
			case d.Reason == seats.ReasonWomenQuota && d.Sex != election.Female:
				return broken(LawWomen, "deputy %q seated by the women's quota is %q", d.ID, d.Sex)
			case lists[d.ID] == 1 && len(p.Candidates) == len(cands) && (d.Sex != c.Sex || d.Position != c.Position):
				return broken(LawDeputies, "deputy %q seated as %q/%d, stands as %q/%d", d.ID, d.Sex, d.Position, c.Sex, c.Position)
			}
			inList[d.ID] = true
			seated[d.ID] = l.ID
			if d.Sex == election.Female {
				seatedWomen++
			}
		}
		required := seats.WomenRequired(l.Seats, seats.ListRule{Lists: res.Rules.List.Lists, WomenQuota: res.Rules.List.WomenQuota, Rounding: res.Rules.List.WomenQuotaRounding, Tie: res.Rules.List.PreferenceTie})
		if l.Seats > 0 && l.WomenRequired != required {
			return broken(LawWomen, "list %q: %d women required for %d seats, rule says %d", l.ID, l.WomenRequired, l.Seats, required)
		}
		if len(women) >= l.WomenRequired && len(l.Deputies) == l.Seats && len(p.Candidates) == len(cands) && seatedWomen < l.WomenRequired {
			return broken(LawWomen, "list %q seats %d women, %d required, %d stood", l.ID, seatedWomen, l.WomenRequired, len(women))
		}
	}
	return nil
}

func checkOkrugs(e *election.Election, res *shailoo.Result) *Violation {
	repeatRule := res.Rules.Okrug.AgainstAll == seats.RepeatIfAhead || res.Rules.Okrug.AgainstAll == seats.RepeatIfAheadOfLeader || res.Rules.Okrug.AgainstAll == seats.RepeatIfAheadOfLastSeat
	for i, o := range res.Okrugs {
		stands := map[string]bool{}
		for _, c := range e.Okrugs[i].Candidates {
			stands[c.ID] = true
		}
		if o.Seats > 0 {
			if v := checkDistrict(res, o, stands); v != nil {
				return v
			}
			continue
		}
		switch o.Outcome {
		case seats.OutcomeElected:
			if !stands[o.Winner] {
				return broken(LawOkrugOutcome, "okrug %q elected %q, who does not stand there", o.Okrug, o.Winner)
			}
		case seats.OutcomeRepeat, seats.OutcomeNoVotes, seats.OutcomeTie, seats.OutcomeNotEvaluated, seats.OutcomeAnnulled:
			if o.Winner != "" {
				return broken(LawOkrugOutcome, "okrug %q: outcome %q with winner %q", o.Okrug, o.Outcome, o.Winner)
			}
		default:
			return broken(LawOkrugOutcome, "okrug %q: unknown outcome %q", o.Okrug, o.Outcome)
		}
		if ahead := repeatRule && o.AgainstAll > o.LeaderVotes; ahead != (o.Outcome == seats.OutcomeRepeat) {
			return broken(LawOkrugOutcome, "okrug %q: against all %d, leader %d, rule %q, outcome %q",
				o.Okrug, o.AgainstAll, o.LeaderVotes, res.Rules.Okrug.AgainstAll, o.Outcome)
		}
		if o.Outcome == seats.OutcomeTie && (o.Tie == nil || !hasTie(res, "okrug/"+o.Okrug)) {
			return broken(LawOkrugOutcome, "okrug %q tied without the tie reported", o.Okrug)
		}
		if o.Outcome == seats.OutcomeElected && o.Winner != o.Leader {
			return broken(LawOkrugOutcome, "okrug %q: winner %q is not the leader %q", o.Okrug, o.Winner, o.Leader)
		}
	}
	return nil
}

// checkDistrict checks a district of several seats: a known outcome, its
// seats filled or said unfilled, by candidates who stand there, at most
// the rule's number of one sex; a district that cannot be decided has no
// seat filled.
func checkDistrict(res *shailoo.Result, o shailoo.Okrug, stands map[string]bool) *Violation {
	switch o.Outcome {
	case seats.OutcomeElected, seats.OutcomeRepeat, seats.OutcomeNoVotes, seats.OutcomeTie, seats.OutcomeNotEvaluated, seats.OutcomeAnnulled, seats.OutcomeUndecidable, seats.OutcomeSexNotGiven, seats.OutcomeAggregateLeads:
	default:
		return broken(LawOkrugOutcome, "district %q: unknown outcome %q", o.Okrug, o.Outcome)
	}
	if o.Winner != "" || len(o.Elected)+o.Unfilled != o.Seats {
		return broken(LawOkrugOutcome, "district %q: winner %q, %d elected, %d unfilled of %d seats", o.Okrug, o.Winner, len(o.Elected), o.Unfilled, o.Seats)
	}
	if o.Outcome != seats.OutcomeElected && o.Outcome != seats.OutcomeTie && len(o.Elected) > 0 {
		return broken(LawOkrugOutcome, "district %q: outcome %q with %d seated", o.Okrug, o.Outcome, len(o.Elected))
	}
	held := map[election.Sex]int{}
	for _, d := range o.Elected {
		if !stands[d.ID] {
			return broken(LawOkrugOutcome, "district %q elected %q, who does not stand there", o.Okrug, d.ID)
		}
		held[d.Sex]++
	}
	sb := res.Rules.Okrug.ForOkrug(o.Okrug).SexBalance
	if sb != nil && sb.MaxOneSex > 0 && (held[election.Male] > sb.MaxOneSex || held[election.Female] > sb.MaxOneSex) {
		return broken(LawOkrugOutcome, "district %q: %v seated, at most %d of one sex", o.Okrug, held, sb.MaxOneSex)
	}
	if sb != nil && o.Outcome == seats.OutcomeElected {
		for s, k := range sb.Reserved {
			if held[s] < k {
				return broken(LawOkrugOutcome, "district %q: %v seated, at least %d reserved for %s", o.Okrug, held, k, s)
			}
		}
	}
	if o.Outcome == seats.OutcomeTie && !hasTie(res, "okrug/"+o.Okrug) {
		return broken(LawOkrugOutcome, "district %q tied without the tie reported", o.Okrug)
	}
	return nil
}

// checkProvisional: a list seated with its regional threshold not
// evaluated, an okrug not evaluated, a national threshold not evaluated and
// a precinct without its protocol each make the Result provisional, with a
// reason that names what rests on it; a Result with no such reason is not
// provisional.
func checkProvisional(e *election.Election, res *shailoo.Result) *Violation {
	if res.Provisional != (len(res.ProvisionalReasons) > 0) {
		return broken(LawProvisional, "provisional %v with %d reasons", res.Provisional, len(res.ProvisionalReasons))
	}
	affected := map[string]bool{}
	kinds := map[string]bool{}
	for _, u := range res.ProvisionalReasons {
		if u.Reason == "" || u.Kind == "" {
			return broken(LawProvisional, "a provisional reason without a kind or a reason: %+v", u)
		}
		kinds[u.Kind] = true
		for _, a := range u.Affects {
			affected[a] = true
		}
	}
	for _, l := range res.Lists {
		if l.Qualified && l.Regional != nil && l.Regional.Status == threshold.NotEvaluated && !affected["list/"+l.ID] {
			return broken(LawProvisional, "list %q seated with its regional threshold not evaluated, not named provisional", l.ID)
		}
		if l.National.Status == threshold.NotEvaluated && l.National.Base == 0 && baseLacking(res) && !(kinds[shailoo.UnevaluatedBase] && affected["list"]) {
			return broken(LawProvisional, "list %q: national threshold not evaluated, the list seats not provisional", l.ID)
		}
	}
	for _, o := range res.Okrugs {
		if (o.Outcome == seats.OutcomeNotEvaluated || o.Outcome == seats.OutcomeUndecidable || o.Outcome == seats.OutcomeSexNotGiven || o.Outcome == seats.OutcomeAggregateLeads) && !affected["okrug/"+o.Okrug] {
			return broken(LawProvisional, "okrug %q not evaluated, not named provisional", o.Okrug)
		}
	}
	for _, f := range res.Findings.Findings {
		if f.Code == validate.MissingListProtocol && len(res.Lists) > 0 && res.Rules.Seats.List > 0 && !kinds[shailoo.UnevaluatedListProtocols] {
			return broken(LawProvisional, "precinct %q has no list protocol, the list seats are not provisional", f.Place.Precinct)
		}
		if f.Code == validate.MissingVotes && (len(res.Lists) > 0 || len(res.Okrugs) > 0) && !kinds[shailoo.UnevaluatedVotes] {
			return broken(LawProvisional, "precinct %q: a protocol without the votes for %q, the result is not provisional", f.Place.Precinct, f.Place.Choice)
		}
	}
	return nil
}

// baseLacking says whether a counted list protocol lacks a line of the
// national threshold base (finding X227 on a line of that base).
func baseLacking(res *shailoo.Result) bool {
	for _, f := range res.Findings.Findings {
		if f.Code == validate.BaseLineMissing && slices.Contains(res.Rules.Threshold.Base.Lines(), election.Line(f.Place.Line)) {
			return true
		}
	}
	return false
}

func checkTally(e *election.Election, res *shailoo.Result) *Violation {
	var want shailoo.SeatTally
	want.ListOf, want.OkrugOf = res.Rules.Seats.List, res.Rules.Seats.Okrug
	if res.Rules.Seats.OkrugEach {
		want.OkrugOf = 0
		for _, ok := range e.Okrugs {
			want.OkrugOf += res.Rules.Okrug.SeatsOf(ok.ID)
		}
	}
	for _, l := range res.Lists {
		want.List += len(l.Deputies) + l.DeputiesNotGiven
		want.NotGiven += l.DeputiesNotGiven
		for _, d := range l.Deputies {
			if d.Sex == election.Female {
				want.Women++
			}
		}
	}
	for _, o := range res.Okrugs {
		switch {
		case o.Seats > 0:
			want.Okrug += len(o.Elected)
			for _, d := range o.Elected {
				if d.Sex == election.Female {
					want.DistrictWomen++
				}
			}
			if o.Outcome == seats.OutcomeRepeat {
				want.Repeat++
			}
		case o.Outcome == seats.OutcomeElected:
			want.Okrug++
		case o.Outcome == seats.OutcomeRepeat:
			want.Repeat++
		}
	}
	want.Total, want.Of = want.List+want.Okrug, want.ListOf+want.OkrugOf
	if u := res.Seats.ListUnfilled; u > 0 {
		// The list seats the votes left unfilled are among those not
		// filled (a list may lack the candidates of its seats too), and
		// say why.
		if u > want.ListOf-want.List || !slices.Contains([]string{"", "threshold", "threshold_tie", "threshold_not_evaluated", "no_list_with_votes", "cap"}, res.Seats.ListUnfilledWhy) {
			return broken(LawTally, "%d list seats unfilled (%q), the lists fill %d of %d", u, res.Seats.ListUnfilledWhy, want.List, want.ListOf)
		}
		if res.Seats.ListUnfilledWhy == "threshold_not_evaluated" && !res.Provisional {
			// A threshold not evaluated is no outcome of the votes.
			return broken(LawTally, "%d list seats unfilled, the threshold not evaluated, in a result not provisional", u)
		}
		want.ListUnfilled, want.ListUnfilledWhy = u, res.Seats.ListUnfilledWhy
	}
	if res.Seats != want {
		return broken(LawTally, "seat tally %+v, the lists and okrugs give %+v", res.Seats, want)
	}
	t := res.Totals
	if t.Participants != t.Valid+t.Invalid && !(t.Participants == 0 && t.Turnout == "" && res.Provisional) {
		return broken(LawTally, "participants %d != valid %d + invalid %d", t.Participants, t.Valid, t.Invalid)
	}
	if t.Precincts != len(e.Precincts) {
		return broken(LawTally, "%d precincts counted of %d", t.Precincts, len(e.Precincts))
	}
	if t.Protocols > len(e.Protocols) {
		return broken(LawTally, "%d protocols counted of %d", t.Protocols, len(e.Protocols))
	}
	return nil
}

// checkTies checks that no seat is decided silently: each tie says how it
// was settled, a list at its cap is never offered a further seat, and an
// okrug whose leader has as many votes as "against all" (under
// repeat_if_ahead) reports that tie.
func checkTies(e *election.Election, res *shailoo.Result) *Violation {
	held := map[string]int{}
	for _, l := range res.Lists {
		held[l.ID] = l.Seats
	}
	limit := res.Rules.List.Cap
	for _, t := range res.Ties {
		switch t.SettledBy {
		case "":
		case string(seats.RegistrationOrder), string(seats.BallotOrder), string(seats.ListPosition), string(seats.Lots),
			shailoo.SettledByLotSeed, seats.SettledByAgainstAllTie:
			if len(t.Winners) != t.Seats {
				return broken(LawTies, "tie %s (%s) settled by %s for %d seats names %d winners", t.Context, t.Stage, t.SettledBy, t.Seats, len(t.Winners))
			}
		default:
			return broken(LawTies, "tie %s (%s) settled by unknown %q", t.Context, t.Stage, t.SettledBy)
		}
		if t.Context != "list" || limit <= 0 {
			continue
		}
		for _, id := range t.Tied {
			if held[id] >= limit && (t.Awaiting() || !slices.Contains(t.Winners, id)) {
				return broken(LawTies, "list %q holds the cap %d and is in the tied set %v", id, limit, t.Tied)
			}
		}
	}
	if res.Rules.Okrug.AgainstAll != seats.RepeatIfAhead {
		return nil
	}
	for _, o := range res.Okrugs {
		if o.Seats > 0 || o.Leader == "" || o.LeaderVotes == 0 || o.AgainstAll != o.LeaderVotes {
			continue
		}
		if !slices.ContainsFunc(res.Ties, func(t shailoo.Tie) bool { return t.Context == "okrug/"+o.Okrug && t.Stage == "against_all" }) {
			return broken(LawTies, "okrug %s: against all %d equals the leader's votes and no tie is reported", o.Okrug, o.AgainstAll)
		}
	}
	return nil
}

func checkSorted(e *election.Election, res *shailoo.Result) *Violation {
	if v := CheckReport(res.Findings); v != nil {
		return v.(*Violation)
	}
	if !slices.IsSortedFunc(res.Ties, func(a, b shailoo.Tie) int { return strings.Compare(a.Context, b.Context) }) {
		return broken(LawSorted, "ties not sorted by context")
	}
	return nil
}

// CheckReport tests a validation report: findings sorted as validate.Sort
// sorts them, each with a known code and that code's severity.
func CheckReport(rep validate.Report) error {
	fs := slices.Clone(rep.Findings)
	validate.Sort(fs)
	if !reflect.DeepEqual(fs, rep.Findings) && len(fs) > 0 {
		return broken(LawSorted, "findings not sorted")
	}
	for _, f := range rep.Findings {
		info, ok := validate.Info(f.Code)
		if !ok {
			return broken(LawSorted, "unknown finding code %q", f.Code)
		}
		if info.Severity != f.Severity {
			return broken(LawSorted, "finding %s has severity %q, the code says %q", f.Code, f.Severity, info.Severity)
		}
	}
	return nil
}

func checkJSON(e *election.Election, res *shailoo.Result) *Violation {
	b, err := json.Marshal(res)
	if err != nil {
		return broken(LawJSON, "marshal: %v", err)
	}
	var back shailoo.Result
	if err := json.Unmarshal(b, &back); err != nil {
		return broken(LawJSON, "unmarshal: %v", err)
	}
	b2, err := json.Marshal(&back)
	if err != nil {
		return broken(LawJSON, "marshal again: %v", err)
	}
	if !bytes.Equal(b, b2) {
		return broken(LawJSON, "round trip changes byte %d: %.80s", firstDiff(b, b2), b2[firstDiff(b, b2):])
	}
	return nil
}
