package seats

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/threshold"
)

// AgainstAllRule says what "against all" does in an okrug. The zero value
// is rejected.
type AgainstAllRule string

// The "against all" rules.
const (
	// RepeatIfAhead: if "against all" has strictly more votes than the
	// leading candidate, the election fails and is repeated (Bishkek okrugs
	// 27 and 29 in 2021). What equal votes mean the rule must name:
	// OkrugRule.AgainstAllTie.
	RepeatIfAhead AgainstAllRule = "repeat_if_ahead"
	// AgainstAllIgnored: "against all" is counted but decides nothing.
	AgainstAllIgnored AgainstAllRule = "ignored"
	// RepeatIfAheadOfLastSeat (a district of several seats): if "against
	// all" has strictly more votes than the candidate who took the last
	// seat (the fewest votes among those seated), the district's election
	// fails and is repeated. In a district of one seat it is RepeatIfAhead.
	RepeatIfAheadOfLastSeat AgainstAllRule = "repeat_if_ahead_of_last_seat"
	// RepeatIfAheadOfLeader (a district of several seats): if "against
	// all" has strictly more votes than the leading candidate, the
	// district's election fails and is repeated. In a district of one seat
	// it is RepeatIfAhead.
	RepeatIfAheadOfLeader AgainstAllRule = "repeat_if_ahead_of_leader"
)

// repeats says that the rule can force a repeat election.
func (a AgainstAllRule) repeats() bool {
	return a == RepeatIfAhead || a == RepeatIfAheadOfLastSeat || a == RepeatIfAheadOfLeader
}

// AgainstAllTie says what "against all" equal to the leading candidate
// means under RepeatIfAhead. Either way it is a tie, reported with the
// okrug (SettledBy "against_all_tie").
type AgainstAllTie string

// The meanings of "against all" equal to the leading candidate.
const (
	// AgainstAllTieCandidate: the candidate is elected; "against all"
	// must have more votes to force a repeat election (the 2021 law:
	// "more votes than").
	AgainstAllTieCandidate AgainstAllTie = "candidate"
	// AgainstAllTieRepeat: the election fails and is repeated.
	AgainstAllTieRepeat AgainstAllTie = "repeat"
)

// OkrugRule is how a single-mandate okrug is decided: plurality, with a rule
// for "against all", for "against all" equal to the leader (AgainstAllTie,
// required under RepeatIfAhead, unused under AgainstAllIgnored), and for a tie
// between candidates for first place (RegistrationOrder: the lower
// Registration wins; or Lots).
//
// A district of several seats (Seats > 1) is decided by District: the
// Seats candidates with the most votes, under SexBalance when it is set
// (single non-transferable vote, or block vote where each ballot carries
// as many votes as seats: VotesPerBallot).
type OkrugRule struct {
	AgainstAll    AgainstAllRule `json:"against_all" strict:"required"`
	AgainstAllTie AgainstAllTie  `json:"against_all_tie,omitempty"`
	Tie           TieRule        `json:"tie" strict:"required"`
	// Seats is the number of seats of each district; 0 (left out) means 1.
	Seats int `json:"seats,omitempty"`
	// SeatsByOkrug gives the seats of the districts, by okrug ID, whose
	// seats differ from Seats (a UK ward of two councillors among wards of
	// one, a state house district of two): each 1..MaxDistrictSeats. The
	// rules of the okrug section apply to each district with its own seats.
	SeatsByOkrug map[string]int `json:"seats_by_okrug,omitempty"`
	// SexBalance, when set, limits the seats of one district that go to
	// one sex.
	SexBalance *SexBalance `json:"sex_balance,omitempty"`
	// Vacancy says who takes a seat that falls vacant after the count. The
	// count has no vacancies and does not use it; it is part of the rule
	// set so that a rule set says what it assumes.
	Vacancy VacancyRule `json:"vacancy,omitempty"`
	// Abroad says whether the okrug-ballot protocols of precincts abroad
	// count: AbroadExcluded (left out, "" the same) or AbroadCounted.
	Abroad AbroadRule `json:"abroad,omitempty"`
	// Majority, when set, is the share of a base the leading candidate of
	// a single-mandate okrug must pass to be elected (more than 50% of
	// those who took part, in many laws); short of it, no seat is filled
	// and the two leading candidates go to a second round (Majority).
	Majority *MajorityRule `json:"majority,omitempty"`
	// Spread, when set, is the share of a base the leading candidate of a
	// single-mandate okrug must also win in at least Spread.InAtLeast of
	// the okrug's regions: Kenya's president needs more than half of the
	// votes and 25% of them in at least 24 of the 47 counties, Nigeria's
	// the most votes and 25% in two thirds of the states. A leader short
	// of it is not elected; the two leading candidates go to a second
	// round, as under Majority. The caller, which has the regions'
	// figures, judges it (threshold.Regional) and calls Runoff.
	Spread *threshold.Rule `json:"spread,omitempty"`
	// Ranked, when set, decides a single-mandate okrug by instant run-off
	// from the ranked ballots of its cast-vote records (RankedRule,
	// irv.Count), each rule a law varies on named.
	Ranked *RankedRule `json:"ranked,omitempty"`
	// VotesPerBallot is how many candidates a voter may mark, from the
	// protocol form (the rule set's protocol.ballots.okrug), not from the
	// okrug section. It decides nothing (the Seats candidates with the
	// most votes take the seats either way) but names the system in the
	// steps: 1, single non-transferable vote; Seats, block vote
	// (plurality at large); between them, limited vote.
	VotesPerBallot int `json:"-"`
}

// MajorityRule is the majority that elects the leading candidate of a
// single-mandate okrug in the first round: more than (or at least)
// Percent of Base, the fields of a threshold; or, when Or is set, the
// second way many laws give (Bolivia, Ecuador, Argentina): a smaller
// share with a lead over the runner-up.
type MajorityRule struct {
	Percent    decimal.Decimal      `json:"percent" strict:"required"`
	Base       threshold.Base       `json:"base" strict:"required"`
	Comparison threshold.Comparison `json:"comparison" strict:"required"`
	Or         *MajorityOr          `json:"or,omitempty"`
}

// MajorityOr is the second way to win in the first round: Percent of the
// majority rule's base, compared under Comparison, with a lead over the
// runner-up of Lead percentage points of that base, compared under
// LeadComparison. Bolivia's law: at least 40% of the valid votes with a
// lead of at least 10 points; Ecuador's: at least 40% and a lead of more
// than 10 points. Both comparisons are named: the laws differ on them.
type MajorityOr struct {
	Percent        decimal.Decimal      `json:"percent" strict:"required"`
	Comparison     threshold.Comparison `json:"comparison" strict:"required"`
	Lead           decimal.Decimal      `json:"lead" strict:"required"`
	LeadComparison threshold.Comparison `json:"lead_comparison" strict:"required"`
}

// Rule returns the first way to win as a threshold rule.
func (m MajorityRule) Rule() threshold.Rule {
	return threshold.Rule{Percent: m.Percent, Base: m.Base, Comparison: m.Comparison}
}

// IsZero reports whether r is left out entirely (a rule set without okrugs).
func (r OkrugRule) IsZero() bool {
	return r.AgainstAll == "" && r.AgainstAllTie == "" && r.Tie == "" && r.Seats == 0 && len(r.SeatsByOkrug) == 0 && r.SexBalance == nil && r.Vacancy == "" && r.Abroad == "" && r.Majority == nil && r.Spread == nil && r.Ranked == nil
}

// SexBalance is a district's sex-balance rule, applied by walking the
// candidates in order of votes and skipping one whose seat would break it
// (District). It has two parts, either or both:
//
//   - MaxOneSex: at most this many of a district's seats to one sex (the
//     2025 Kyrgyz law: 2 of 3). It caps both sexes alike.
//   - Reserved: at least this many of a district's seats to candidates of
//     a sex ({"F": 1}): a floor for that sex alone, which caps nobody
//     (Afghanistan's Wolesi Jirga reserves seats for women in each
//     province). ReservedByOkrug gives the districts whose reserved seats
//     differ, by okrug ID (as OkrugRule.SeatsByOkrug).
//
// A district whose rule is empty (no cap, nothing reserved: a district left
// out of ReservedByOkrug's {"F": 0}) has none, and its candidates need no sex.
type SexBalance struct {
	MaxOneSex       int                             `json:"max_one_sex,omitempty"`
	Reserved        map[election.Sex]int            `json:"reserved,omitempty"`
	ReservedByOkrug map[string]map[election.Sex]int `json:"reserved_by_okrug,omitempty"`
}

// ReservedOf returns the seats reserved for each sex in the district of
// okrug id: its ReservedByOkrug, or Reserved.
func (sb *SexBalance) ReservedOf(id string) map[election.Sex]int {
	if sb == nil {
		return nil
	}
	if m, ok := sb.ReservedByOkrug[id]; ok {
		return m
	}
	return sb.Reserved
}

// ForOkrug returns the rule of the district of okrug id alone: its seats
// (SeatsOf) and its sex-balance rule, with its own reserved seats and nil
// when it has neither a cap nor a reserved seat there.
func (r OkrugRule) ForOkrug(id string) OkrugRule {
	r.Seats, r.SeatsByOkrug = r.SeatsOf(id), nil
	if sb := r.SexBalance; sb != nil {
		one := &SexBalance{MaxOneSex: sb.MaxOneSex}
		for s, k := range sb.ReservedOf(id) {
			if k > 0 {
				if one.Reserved == nil {
					one.Reserved = map[election.Sex]int{}
				}
				one.Reserved[s] = k
			}
		}
		r.SexBalance = one
		if one.MaxOneSex == 0 && one.Reserved == nil {
			r.SexBalance = nil
		}
	}
	return r
}

// sexes are the sexes a sex-balance rule knows, in the order it says them.
var sexes = []election.Sex{election.Female, election.Male}

// check checks the rule in a district of n seats with the reserved seats
// res; where names the district for messages ("" for the default one).
func (sb *SexBalance) check(n int, res map[election.Sex]int, where string) error {
	if k := sb.MaxOneSex; k != 0 && (k < (n+1)/2 || k >= n) {
		return invalid("sex_balance.max_one_sex %d: in a district%s of %d seats it must be %d..%d (fewer cannot be met with two sexes, %d or more limits nothing)",
			k, where, n, (n+1)/2, n-1, n)
	}
	field := "sex_balance.reserved"
	if where != "" {
		field = "sex_balance.reserved_by_okrug"
	}
	sum := 0
	for _, s := range slices.Sorted(maps.Keys(res)) {
		k := res[s]
		switch {
		case s != election.Female && s != election.Male:
			return invalid("%s: sex %q: a seat is reserved for %q or %q", field, string(s), election.Female, election.Male)
		case k < 0:
			return invalid("%s.%s: %d seats, a negative number", field, s, k)
		case sb.MaxOneSex != 0 && k > sb.MaxOneSex:
			return invalid("%s.%s: %d seats reserved in a district%s, more than max_one_sex %d allows to one sex: the rules contradict each other",
				field, s, k, where, sb.MaxOneSex)
		}
		sum += k
	}
	if sum > n {
		return invalid("%s: %d seats reserved in a district%s of %d seats", field, sum, where, n)
	}
	return nil
}

// validate checks the rule in every district r names: the default one
// (Seats), those of SeatsByOkrug and those of ReservedByOkrug.
func (sb *SexBalance) validate(r OkrugRule) error {
	if sb.MaxOneSex == 0 && sb.Reserved == nil && sb.ReservedByOkrug == nil {
		return invalid("sex_balance is empty: give max_one_sex, reserved or reserved_by_okrug")
	}
	if r.Majority != nil || r.Spread != nil {
		// Those okrugs are decided in rounds (Majority, Runoff), which
		// know no walk to skip a candidate in.
		return invalid("sex_balance applies to districts whose seats go to the most votes, not with a majority or spread rule")
	}
	if sb.MaxOneSex < 0 {
		return invalid("sex_balance.max_one_sex %d: a negative number", sb.MaxOneSex)
	}
	if err := sb.check(r.seats(), sb.Reserved, ""); err != nil {
		return err
	}
	ids := slices.Sorted(maps.Keys(r.SeatsByOkrug))
	for _, id := range slices.Sorted(maps.Keys(sb.ReservedByOkrug)) {
		if strings.TrimSpace(id) == "" {
			return invalid("sex_balance.reserved_by_okrug: an okrug ID is empty")
		}
		if _, ok := r.SeatsByOkrug[id]; !ok {
			ids = append(ids, id)
		}
	}
	for _, id := range ids {
		if err := sb.check(r.SeatsOf(id), sb.ReservedOf(id), " ("+id+")"); err != nil {
			return err
		}
	}
	return nil
}

// VacancyRule says who takes a seat that falls vacant.
type VacancyRule string

// The vacancy rules.
const (
	// VacancyNextByVotes: the candidate with the most votes among those
	// not seated, under the sex-balance rule.
	VacancyNextByVotes VacancyRule = "next_by_votes"
	// VacancyNextSameSex: the candidate of the same sex as the deputy who
	// left with the most votes among those not seated.
	VacancyNextSameSex VacancyRule = "next_same_sex"
)

// AbroadRule says whether the okrug-ballot votes cast abroad count.
type AbroadRule string

// The abroad rules.
const (
	// AbroadExcluded: a precinct abroad issues only the list ballot; an
	// okrug-ballot protocol of one counts in no okrug (finding X214).
	// Kyrgyzstan's law (2021): the voters abroad vote for the lists alone.
	// The zero value ("") means the same.
	AbroadExcluded AbroadRule = "excluded"
	// AbroadCounted: a precinct abroad votes the okrug ballot too, and its
	// protocol counts in the okrug its row names: a president elected
	// nationwide (Mexico, Brazil, Romania, Poland, Kyrgyzstan's own
	// presidential election), or an okrug of the voters abroad (Italy's
	// circoscrizione Estero, France's constituencies of the French abroad).
	AbroadCounted AbroadRule = "counted"
)

// Counted says whether r counts the okrug-ballot votes cast abroad.
func (r AbroadRule) Counted() bool { return r == AbroadCounted }

// MaxDistrictSeats bounds OkrugRule.Seats.
const MaxDistrictSeats = 1000

// seats is the number of seats of a district.
func (r OkrugRule) seats() int {
	if r.Seats == 0 {
		return 1
	}
	return r.Seats
}

// SeatsOf returns the seats of the district of okrug id: its
// SeatsByOkrug, or Seats (0 is 1).
func (r OkrugRule) SeatsOf(id string) int {
	if n, ok := r.SeatsByOkrug[id]; ok {
		return n
	}
	return r.seats()
}

// mostSeats returns the seats of the largest district the rule names: a
// rule of one-seat districts alone (repeat_if_ahead, a majority) cannot
// decide a district of several seats, wherever it lies.
func (r OkrugRule) mostSeats() int {
	n := r.seats()
	for _, k := range r.SeatsByOkrug {
		n = max(n, k)
	}
	return n
}

// Validate checks the rule.
func (r OkrugRule) Validate() error {
	switch r.AgainstAll {
	case RepeatIfAhead:
		if n := r.mostSeats(); n > 1 {
			return invalid("against-all rule %q is ambiguous in a district of %d seats: name %q or %q (or %q); in a district of one seat either is %q",
				string(r.AgainstAll), n, RepeatIfAheadOfLastSeat, RepeatIfAheadOfLeader, AgainstAllIgnored, string(RepeatIfAhead))
		}
	case AgainstAllIgnored, RepeatIfAheadOfLastSeat, RepeatIfAheadOfLeader:
	default:
		return invalid("unknown against-all rule %q", string(r.AgainstAll))
	}
	if r.Seats < 0 || r.Seats > MaxDistrictSeats {
		return invalid("seats per district %d is out of range 1..%d", r.Seats, MaxDistrictSeats)
	}
	for _, id := range slices.Sorted(maps.Keys(r.SeatsByOkrug)) {
		switch n := r.SeatsByOkrug[id]; {
		case strings.TrimSpace(id) == "":
			return invalid("seats_by_okrug: an okrug ID is empty")
		case n < 1 || n > MaxDistrictSeats:
			return invalid("seats_by_okrug.%s: %d seats, out of range 1..%d", id, n, MaxDistrictSeats)
		}
	}
	if sb := r.SexBalance; sb != nil {
		if err := sb.validate(r); err != nil {
			return err
		}
	}
	switch r.Vacancy {
	case "", VacancyNextByVotes, VacancyNextSameSex:
	default:
		return invalid("unknown vacancy rule %q (known: %s, %s)", string(r.Vacancy), VacancyNextByVotes, VacancyNextSameSex)
	}
	switch r.Abroad {
	case "", AbroadExcluded, AbroadCounted:
	default:
		return invalid("unknown abroad rule %q (known: %s, %s)", string(r.Abroad), AbroadExcluded, AbroadCounted)
	}
	switch r.AgainstAllTie {
	case AgainstAllTieCandidate, AgainstAllTieRepeat:
	case "":
		if r.AgainstAll == AgainstAllIgnored {
			break // against all ties with nobody
		}
		fallthrough
	default:
		return invalid("against_all_tie %q: under %s the rule must name what against all equal to the leader means: %q (the candidate is elected) or %q (repeat election)",
			string(r.AgainstAllTie), r.AgainstAll, AgainstAllTieCandidate, AgainstAllTieRepeat)
	}
	switch r.Tie {
	case RegistrationOrder, Lots:
	default:
		return invalid("tie rule %q does not apply to an okrug", string(r.Tie))
	}
	if sp := r.Spread; sp != nil {
		if err := r.checkShare("spread", *sp); err != nil {
			return err
		}
		if sp.InAtLeast < 1 {
			return invalid("spread.in_at_least %d: the number of the okrug's regions the share must be won in, 1 or more", sp.InAtLeast)
		}
	}
	if rr := r.Ranked; rr != nil {
		if err := rr.validate(r); err != nil {
			return err
		}
	}
	if m := r.Majority; m != nil {
		if err := r.checkShare("majority", m.Rule()); err != nil {
			return err
		}
		if o := m.Or; o != nil {
			for _, f := range []struct {
				field string
				p     decimal.Decimal
				cmp   threshold.Comparison
			}{{"percent", o.Percent, o.Comparison}, {"lead", o.Lead, o.LeadComparison}} {
				if f.p.IsNegative() || f.p.GreaterThan(decimal.NewFromInt(100)) {
					return invalid("majority.or.%s %s: a percent from 0 to 100", f.field, f.p)
				}
				if f.cmp != threshold.AtLeast && f.cmp != threshold.MoreThan {
					name := "comparison"
					if f.field == "lead" {
						name = "lead_comparison"
					}
					return invalid("majority.or.%s %q: %q or %q", name, f.cmp, threshold.AtLeast, threshold.MoreThan)
				}
			}
		}
	}
	return nil
}

// checkShare checks a share the leader of a single-mandate okrug must
// win (name: "majority", "spread"): one seat, an okrug's base, a percent
// from 0 to 100 and a comparison.
func (r OkrugRule) checkShare(name string, t threshold.Rule) error {
	if n := r.mostSeats(); n > 1 {
		return invalid("a %s rule decides a single-mandate okrug, not a district of %d seats", name, n)
	}
	switch t.Base {
	case threshold.Participants, threshold.Valid, threshold.Voters, threshold.Votes:
	default:
		return invalid("%s.base %q: an okrug's base is %q, %q, %q or %q", name, t.Base, threshold.Participants, threshold.Valid, threshold.Votes, threshold.Voters)
	}
	if err := t.Validate(); err != nil {
		var re *threshold.RuleError
		if errors.As(err, &re) {
			return invalid("%s.%s %q: a percent from 0 to 100, and a comparison %q or %q", name, re.Field, re.Value, threshold.MoreThan, threshold.AtLeast)
		}
		return invalid("%s: %v", name, err)
	}
	if len(t.Kinds) > 0 {
		return invalid("%s.kinds: a threshold by the kind of list applies to lists, not to an okrug's leader", name)
	}
	return nil
}

// OkrugCandidate is a candidate in an okrug with the registration order
// (1 = documents processed first) and the votes won.
type OkrugCandidate struct {
	ID           string `json:"id"`
	Registration int    `json:"registration"`
	Votes        int64  `json:"votes"`
	// Sex is needed under a sex-balance rule (District).
	Sex election.Sex `json:"sex,omitempty"`
}

// Outcome is how an okrug election ended.
type Outcome string

// The outcomes of an okrug election.
const (
	OutcomeElected Outcome = "elected"         // Winner takes the seat
	OutcomeRepeat  Outcome = "repeat_election" // "against all" ahead of the leader
	OutcomeTie     Outcome = "tie"             // candidates tied for first; lots required
	OutcomeNoVotes Outcome = "no_votes"        // no candidate got a vote
	// OutcomeRunoff: no candidate passed the majority rule; the two
	// leading candidates (Runoff) go to a second round (Majority).
	OutcomeRunoff Outcome = "runoff"
	// OutcomeUndecidable: the district's seats cannot be filled under its
	// sex-balance rule (too few candidates of one sex have votes); no seat
	// of the district is filled (District).
	OutcomeUndecidable Outcome = "cannot_decide_under_rule"
)

// OutcomeNotEvaluated is the outcome of an okrug that cannot be decided:
// it has no protocol of its ballot. It is never "no votes": nobody has
// counted them. Plurality never returns it; the caller, which sums the
// protocols, does.
const OutcomeNotEvaluated Outcome = "not_evaluated"

// OutcomeAnnulled is the outcome of an okrug whose election is annulled,
// or whose every precinct's results are: it has no result, by the annulment's own premise,
// and its seat is not filled. It is not "not evaluated": nothing is
// missing. Plurality never returns it; the caller, which knows the
// annulments, does.
const OutcomeAnnulled Outcome = "annulled"

// OutcomeSexNotGiven is the outcome of a district under a sex-balance rule
// with a candidate whose sex the election does not give: the rule cannot
// be applied, and the district is not decided. District never returns it
// (it refuses such input); the caller, which reads the candidates, does.
const OutcomeSexNotGiven Outcome = "not_evaluated_sex_not_given"

// OutcomeNoCandidates is the outcome of an okrug whose protocols are
// counted but give no candidate's votes: it has no candidate (a mapping of
// protocol lines alone), or no protocol gives the votes of any of its
// candidates (every cell empty). Never "no votes"; the caller, which
// knows the okrug's candidates, returns it.
const OutcomeNoCandidates Outcome = "not_evaluated_no_candidates"

// OutcomeMajorityNotEvaluated is the outcome of an okrug under a majority
// rule whose base is not known (protocols lack a line of it): whether its
// leader passed the rule cannot be said, and the okrug is not decided.
// Majority never returns it; the caller, which sums the protocols, does.
const OutcomeMajorityNotEvaluated Outcome = "not_evaluated_majority_base"

// OutcomeSpreadNotEvaluated is the outcome of an okrug under a spread
// rule (OkrugRule.Spread) that cannot be judged: a region of the okrug
// has no counted protocol, lacks a line of the rule's base, gives
// negative votes or holds another okrug's precincts too, and the regions
// judged do not settle it; or the okrug has fewer regions than the rule
// must be met in.
// The caller, which has the regions' figures, returns it.
const OutcomeSpreadNotEvaluated Outcome = "not_evaluated_spread"

// OutcomeNegativeVotes is the outcome of an okrug whose counted protocols
// give a choice's votes as negative figures (or whose sum is negative):
// they are no votes to decide on, and the okrug is not decided. District
// and Majority refuse such input; the caller, which sums the protocols,
// returns it.
const OutcomeNegativeVotes Outcome = "not_evaluated_negative_votes"

// NotDecided is the result of an okrug under a majority rule that cannot
// be applied (OutcomeMajorityNotEvaluated, with step saying why): no one
// is elected, but the standing is the votes', and said: every candidate's
// votes (steps, as a decided okrug's), the leader, the runner-up, and the
// margin between them. Candidates tied for first leave no leader (margin
// 0); tied for second, no runner-up (their votes are RunnerUpVotes).
func NotDecided(okrug string, cands []OkrugCandidate, againstAll int64, step election.Step) OkrugResult {
	res := OkrugResult{Okrug: okrug, Outcome: OutcomeMajorityNotEvaluated, AgainstAll: againstAll}
	ids := make([]string, len(cands))
	for i, c := range cands {
		ids[i] = c.ID
	}
	for _, i := range byVotes(cands, ids) {
		res.Steps = append(res.Steps, election.Step{Kind: "candidate", Subject: ids[i], Value: strconv.FormatInt(cands[i].Votes, 10)})
	}
	res.Steps = append(res.Steps, election.Step{Kind: "against_all", Subject: election.AgainstAll, Value: strconv.FormatInt(againstAll, 10),
		Detail: fmt.Sprintf("against all: %d votes", againstAll)}, step)
	var top, next int64
	var first, second []string
	for _, c := range cands {
		switch {
		case c.Votes > top:
			top, next, first, second = c.Votes, top, []string{c.ID}, first
		case c.Votes == top:
			first = append(first, c.ID)
		case c.Votes > next:
			next, second = c.Votes, []string{c.ID}
		case c.Votes == next:
			second = append(second, c.ID)
		}
	}
	res.LeaderVotes = top
	if len(first) > 1 {
		next = top // a tie for first: the runner-up's votes are the leader's
	} else if len(first) == 1 && top > 0 {
		res.Leader = first[0]
		if len(second) == 1 && next > 0 {
			res.RunnerUp = second[0]
		}
	}
	res.RunnerUpVotes, res.Margin = next, top-next
	return res
}

// OkrugResult is the result of one okrug. Leader is the leading candidate
// (after the tie rule; empty while candidates tie for first unresolved or
// the tie is moot), RunnerUp the next candidate. Margin is the leader's
// votes minus those of the next competitor: the runner-up, or "against all"
// when it is ahead of the runner-up under RepeatIfAhead. It is negative
// when "against all" is ahead and zero on a tie.
type OkrugResult struct {
	Okrug         string  `json:"okrug"`
	Outcome       Outcome `json:"outcome"`
	Winner        string  `json:"winner,omitempty"`
	Leader        string  `json:"leader,omitempty"`
	LeaderVotes   int64   `json:"leader_votes"`
	RunnerUp      string  `json:"runner_up,omitempty"`
	RunnerUpVotes int64   `json:"runner_up_votes"`
	AgainstAll    int64   `json:"against_all"`
	Margin        int64   `json:"margin"`
	// MarginAtMost is not 0 when the margin is not known exactly: an
	// aggregate of several people's votes behind the winner has more
	// votes than the runner-up (Aggregates); Margin is then the least
	// the margin can be, MarginAtMost the most.
	MarginAtMost int64 `json:"margin_at_most,omitempty"`
	Tie          *Tie  `json:"tie,omitempty"`
	// Ties lists every tie met, settled or awaiting lots: candidates tied
	// for first, and "against all" tied with the leader.
	Ties  []Tie           `json:"ties,omitempty"`
	Steps []election.Step `json:"steps"`
	// Seats is the number of seats of a district of several seats
	// (District); 0 for a single-mandate okrug, whose winner is Winner.
	Seats int `json:"seats,omitempty"`
	// Elected are the deputies of a district of several seats, in the
	// order they took their seats; Unfilled is the number of its seats not
	// filled (a tie awaiting lots, too few candidates with votes, a repeat
	// election, a rule that cannot be met).
	Elected  []DistrictSeat `json:"elected,omitempty"`
	Unfilled int            `json:"unfilled,omitempty"`
	// Runoff are the candidates of the second round, the leader first,
	// when the outcome is "runoff" (fewer while a tie for a place in it
	// awaits lots).
	Runoff []string `json:"runoff,omitempty"`
	// Missed names the rule the leader missed, when the second round is
	// not the majority rule's: "spread" (OkrugRule.Spread).
	Missed string `json:"missed,omitempty"`
}

// Filled is the number of seats the okrug or district filled.
func (o OkrugResult) Filled() int {
	if o.Seats > 0 {
		return len(o.Elected)
	}
	if o.Winner != "" {
		return 1
	}
	return 0
}

// Plurality decides a single-mandate okrug: the candidate with the most
// votes wins, with no minimum share or turnout. Under RepeatIfAhead, if
// "against all" has strictly more votes than the leading candidate, the
// outcome is a repeat election; if it has as many (and they are not 0), it
// ties with the leader, r.AgainstAllTie settles it, and Ties reports it. Candidates tied for first are settled by
// r.Tie; under Lots, lots (candidate IDs in drawn order) settle it, or the
// result comes back with Outcome "tie" and a *TieError.
func Plurality(okrug string, cands []OkrugCandidate, againstAll int64, r OkrugRule, lots []string) (OkrugResult, error) {
	if err := r.Validate(); err != nil {
		return OkrugResult{}, err
	}
	if r.seats() > 1 || r.SexBalance != nil {
		return OkrugResult{}, invalid("Plurality decides a single-mandate okrug; a district of %d seats or with a sex-balance rule is decided by District", r.seats())
	}
	if r.Majority != nil {
		// Deciding by plurality alone would elect a leader short of it.
		return OkrugResult{}, invalid("the okrug rule has a majority rule: Majority decides it, with the okrug's base")
	}
	if r.AgainstAll.repeats() {
		// In a single-mandate okrug the leader is the last seat.
		r.AgainstAll = RepeatIfAhead
	}
	ids, _, b, err := candidates("okrug", okrug, cands, againstAll, r, lots)
	if err != nil {
		return OkrugResult{}, err
	}

	res := OkrugResult{Okrug: okrug, AgainstAll: againstAll}
	var steps []election.Step
	step := func(s election.Step) { steps = append(steps, s) }
	order := byVotes(cands, ids) // the order of the transcript
	for _, i := range order {
		step(election.Step{Kind: "candidate", Subject: ids[i], Value: strconv.FormatInt(cands[i].Votes, 10)})
	}
	step(election.Step{Kind: "against_all", Subject: election.AgainstAll, Value: strconv.FormatInt(againstAll, 10),
		Detail: fmt.Sprintf("against all: %d votes (rule %s)", againstAll, r.AgainstAll)})
	done := func(err error) (OkrugResult, error) {
		res.Steps = steps
		res.Ties = b.ties
		return res, err
	}

	var top int64
	var tied []string
	if len(order) > 0 {
		top = cands[order[0]].Votes
		for _, i := range order {
			if cands[i].Votes == top {
				tied = append(tied, ids[i])
			}
		}
	}
	res.LeaderVotes = top
	// "against all" level with the leader: a tie the rule settles.
	level := r.AgainstAll == RepeatIfAhead && againstAll == top && top > 0
	repeat := r.AgainstAll == RepeatIfAhead && (againstAll > top || level && r.AgainstAllTie == AgainstAllTieRepeat)
	if top == 0 && !repeat {
		// No tie to settle: a lot given settles nothing.
		if err := b.unoffered(nil); err != nil {
			return OkrugResult{}, err
		}
		res.Outcome = OutcomeNoVotes
		step(election.Step{Kind: "no_votes", Subject: okrug, Detail: "no candidate has a vote"})
		return done(nil)
	}
	// leaders in order of the tie rule, once it is settled
	leaders := tied
	if len(tied) > 1 && !repeat {
		t := Tie{Context: "plurality", Tied: slices.Sorted(slices.Values(tied)), Seats: 1, Value: strconv.FormatInt(top, 10)}
		winners, ts, err := b.settle(t)
		steps = append(steps, ts...)
		if err != nil {
			if _, ok := err.(*TieError); !ok {
				return OkrugResult{}, err
			}
			// No leader yet: the tied share the first place, and the
			// second-best figure is theirs (margin 0), not a 0.
			res.Outcome, res.Tie, res.RunnerUpVotes = OutcomeTie, &t, top
			return done(err)
		}
		leaders = winners
	}
	if err := b.unoffered(nil); err != nil {
		return OkrugResult{}, err
	}
	switch {
	case len(leaders) == 0: // no candidates: only "against all" has votes
	case len(leaders) > 1 && repeat: // moot tie: no leader named
		res.RunnerUpVotes = top
	case len(leaders) > 1:
		res.Leader, res.RunnerUp, res.RunnerUpVotes = leaders[0], leaders[1], top
	default:
		res.Leader = leaders[0]
		if len(order) > 1 {
			res.RunnerUp, res.RunnerUpVotes = ids[order[1]], cands[order[1]].Votes
		}
	}
	next := res.RunnerUpVotes
	if r.AgainstAll == RepeatIfAhead && againstAll > next {
		next = againstAll
	}
	res.Margin = top - next // both in 0..MaxInt64: cannot overflow
	step(election.Step{Kind: "leader", Subject: res.Leader, Value: strconv.FormatInt(top, 10),
		Detail: fmt.Sprintf("leading: %s with %d votes", leaderText(res.Leader, tied), top)})
	if level {
		t := Tie{Context: "against_all", Seats: 1, Value: strconv.FormatInt(top, 10), SettledBy: SettledByAgainstAllTie}
		first := res.Leader
		if first == "" {
			first = strings.Join(tied, ", ")
		}
		t.Tied = slices.Sorted(slices.Values(append(slices.Clone(tied), election.AgainstAll)))
		if repeat {
			t.Order = append([]string{election.AgainstAll}, tied...)
			t.Winners = []string{election.AgainstAll}
		} else {
			t.Tied = []string{res.Leader, election.AgainstAll}
			slices.Sort(t.Tied)
			t.Order, t.Winners = []string{res.Leader, election.AgainstAll}, []string{res.Leader}
		}
		b.ties = append(b.ties, t)
		step(election.Step{Kind: "tie", Subject: okrug, Value: t.Value, Seats: 1,
			Detail: fmt.Sprintf("against all (%d) equals the leading candidate %s (%d); settled by against_all_tie %q", againstAll, first, top, r.AgainstAllTie)})
	}
	if repeat {
		res.Outcome = OutcomeRepeat
		than := "more votes than"
		if level {
			than = "as many votes as (against_all_tie \"repeat\")"
		}
		step(election.Step{Kind: "repeat_election", Subject: okrug, Value: strconv.FormatInt(res.Margin, 10),
			Detail: fmt.Sprintf("against all (%d) has %s the leading candidate (%d): repeat election", againstAll, than, top)})
		return done(nil)
	}
	res.Outcome, res.Winner = OutcomeElected, res.Leader
	step(election.Step{Kind: "elected", Subject: res.Winner, Value: strconv.FormatInt(res.Margin, 10), Seats: 1,
		Detail: fmt.Sprintf("%s elected with %d votes, margin %d", res.Winner, top, res.Margin)})
	return done(nil)
}

func leaderText(leader string, tied []string) string {
	if leader != "" {
		return leader
	}
	return strings.Join(tied, ", ") + " (tied; the tie is moot)"
}

// candidates checks the votes and candidates of okrug (a single-mandate
// okrug or a district: kind names it in messages) and returns the
// candidates' IDs, an index of them by ID, and the breaker of their ties
// under r: registration order (each registration given once) or lots.
func candidates(kind, okrug string, cands []OkrugCandidate, againstAll int64, r OkrugRule, lots []string) ([]string, map[string]int, *breaker, error) {
	if againstAll < 0 {
		return nil, nil, nil, invalid("negative against-all votes %d in %s %q", againstAll, kind, okrug)
	}
	ids := make([]string, len(cands))
	regs := make([]int, len(cands))
	index := make(map[string]int, len(cands))
	for i, c := range cands {
		if c.Votes < 0 {
			return nil, nil, nil, invalid("negative votes %d for %q", c.Votes, c.ID)
		}
		if c.ID == election.AgainstAll {
			return nil, nil, nil, invalid("candidate ID %q is reserved for against all", c.ID)
		}
		if r.SexBalance != nil && c.Sex != election.Female && c.Sex != election.Male {
			return nil, nil, nil, invalid("candidate %q in %s %q: sex %q; the sex-balance rule needs %q or %q", c.ID, kind, okrug, string(c.Sex), election.Male, election.Female)
		}
		ids[i], regs[i], index[c.ID] = c.ID, c.Registration, i
	}
	if err := checkIDs(ids); err != nil {
		return nil, nil, nil, err
	}
	if r.Tie == RegistrationOrder {
		if err := distinctPositive(ids, regs, "registration"); err != nil {
			return nil, nil, nil, err
		}
	}
	// A lot that names no candidate is said once the ties are known,
	// naming the tied (breaker.unoffered), not the okrug's candidates.
	b, err := newBreaker(r.Tie, lots, func(string) bool { return true })
	if err != nil {
		return nil, nil, nil, err
	}
	b.rank = func(id string) int { return regs[index[id]] }
	b.rankOf = "registration"
	return ids, index, b, nil
}

// byVotes returns the indexes of cands, most votes first, then by ID
// (ids[i] is cands[i]'s).
func byVotes(cands []OkrugCandidate, ids []string) []int {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int {
		if d := cmpI64(cands[y].Votes, cands[x].Votes); d != 0 {
			return d
		}
		return strings.Compare(ids[x], ids[y])
	})
	return order
}
