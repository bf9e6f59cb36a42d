package seats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

// Rounding says how the women's quota of a party's seats (quota percent
// times seats, a fraction) becomes a whole number of seats. The zero value
// is rejected.
type Rounding string

// The roundings disputed in 2021.
const (
	RoundHalfUp Rounding = "half_up" // the courts' reading (Dec 2021): 7 seats -> 2.1 -> 2
	RoundUp     Rounding = "up"      // the CEC amendment of 15 Dec 2021: 7 seats -> 3
	RoundDown   Rounding = "down"    // plain integer part
)

// ListRule is how a party's seats go to the candidates of its list.
type ListRule struct {
	// WomenQuota is the percent of the party's seats that go first to
	// women (30 in 2021).
	WomenQuota decimal.Decimal `json:"women_quota"`
	Rounding   Rounding        `json:"rounding"`
	// Tie settles equal preference votes at the cut: ListPosition (the
	// higher place on the list wins) or Lots.
	Tie TieRule `json:"tie"`
}

// Validate checks the rule: a quota from 0 to 100 percent, a known
// rounding, and a tie rule of ListPosition or Lots.
func (r ListRule) Validate() error {
	if r.WomenQuota.IsNegative() || r.WomenQuota.GreaterThan(decimal.NewFromInt(100)) {
		return invalid("women quota %s%% out of range 0..100", r.WomenQuota)
	}
	switch r.Rounding {
	case RoundHalfUp, RoundUp, RoundDown:
	default:
		return invalid("unknown rounding %q", string(r.Rounding))
	}
	switch r.Tie {
	case ListPosition, Lots:
	default:
		return invalid("tie rule %q does not apply to a party list", string(r.Tie))
	}
	return nil
}

// ListCandidate is one candidate of a party list: place on the list
// (1-based), sex, and preference votes.
type ListCandidate struct {
	ID          string       `json:"id"`
	Position    int          `json:"position"`
	Sex         election.Sex `json:"sex"`
	Preferences int64        `json:"preferences"`
}

// The reasons a candidate is seated.
const (
	ReasonWomenQuota = "women_quota" // one of the first WomenRequired seats, which go to women
	ReasonPreference = "preference"  // one of the other seats, by preference votes
)

// Elected is a candidate given a seat, and why.
type Elected struct {
	ID          string       `json:"id"`
	Position    int          `json:"position"`
	Sex         election.Sex `json:"sex"`
	Preferences int64        `json:"preferences"`
	Reason      string       `json:"reason"` // ReasonWomenQuota or ReasonPreference
}

// ListResult is who takes a party's seats. Elected is in the order seated:
// the women's quota seats first, then the other seats, each by preference
// votes. Unfilled seats (too few candidates) come with a Reason; Reason also
// says when fewer women stood than the quota requires. Tie, when not nil, is
// unresolved; Pending is then the seats that wait for it (its Tie.Seats,
// and after a tie in the women's quota also the other seats), so that
// len(Elected) + Unfilled + Pending = Seats always.
type ListResult struct {
	Party         string          `json:"party"`
	Seats         int             `json:"seats"`
	WomenRequired int             `json:"women_required"`
	Elected       []Elected       `json:"elected"`
	Unfilled      int             `json:"unfilled"`
	Pending       int             `json:"pending,omitempty"`
	Reason        string          `json:"reason,omitempty"`
	Tie           *Tie            `json:"tie,omitempty"`
	Steps         []election.Step `json:"steps"`
}

// womenShare is seats*quota/100, exactly.
func womenShare(seats int, r ListRule) decimal.Decimal {
	return r.WomenQuota.Mul(decimal.NewFromInt(int64(seats))).Shift(-2)
}

// WomenRequired is the number of a party's seats that go first to women:
// WomenQuota percent of seats, rounded by r.Rounding, computed exactly in
// decimal. With the 30% quota: 7 seats (2.1) give 2 half up and 3 up; 3
// seats (0.9) give 1 either way; 15 seats (4.5) give 5; 5 seats (1.5) give
// 2. The result is kept within 0..seats; a rule that fails Validate gives 0.
func WomenRequired(seats int, r ListRule) int {
	if seats <= 0 || r.Validate() != nil {
		return 0
	}
	x := womenShare(seats, r)
	switch r.Rounding {
	case RoundUp:
		x = x.Ceil()
	case RoundDown:
		x = x.Floor()
	default: // RoundHalfUp: Round rounds half away from zero, which for x >= 0 is half up
		x = x.Round(0)
	}
	return int(min(x.IntPart(), int64(seats)))
}

// FillList gives a party's seats to the candidates of its list.
//
// The first WomenRequired(seats, r) seats go to the women with the most
// preference votes; the other seats go to the remaining candidates, women
// and men, with the most preference votes. Equal preference votes at the
// cut are settled by r.Tie (ListPosition: the higher place wins), except
// that candidates with no preference votes at all are always ordered by
// the list, as the law orders women without preference votes. So nobody is
// seated over a candidate of the same list with more preference votes
// except as the women's quota requires.
//
// A tie for the last women's seat is sent to lots only if it can change
// who is seated; if every tied woman is seated either way, list order says
// which of them count under the quota.
//
// If fewer women stood than the quota requires, all of them are seated and
// Reason says so; if fewer candidates stood than seats, the rest are
// Unfilled. lots, under r.Tie == Lots, is the drawn order of candidate IDs
// for a tie this call reports; an unresolved tie returns the partial result
// with a *TieError.
func FillList(party string, cands []ListCandidate, seats int, r ListRule, lots []string) (ListResult, error) {
	if err := r.Validate(); err != nil {
		return ListResult{}, err
	}
	if seats < 0 || seats > MaxSeats {
		return ListResult{}, invalid("seats %d out of range 0..%d", seats, MaxSeats)
	}
	ids := make([]string, len(cands))
	pos := make([]int, len(cands))
	index := make(map[string]int, len(cands))
	for i, c := range cands {
		if c.Preferences < 0 {
			return ListResult{}, invalid("negative preference votes %d for %q", c.Preferences, c.ID)
		}
		if c.Sex != election.Female && c.Sex != election.Male {
			return ListResult{}, invalid("candidate %q has sex %q, want %q or %q", c.ID, c.Sex, election.Female, election.Male)
		}
		ids[i], pos[i], index[c.ID] = c.ID, c.Position, i
	}
	if err := checkIDs(ids); err != nil {
		return ListResult{}, err
	}
	if err := distinctPositive(ids, pos, "list position"); err != nil {
		return ListResult{}, err
	}
	b, err := newBreaker(r.Tie, lots, func(id string) bool { _, ok := index[id]; return ok })
	if err != nil {
		return ListResult{}, err
	}
	b.rank = func(id string) int { return cands[index[id]].Position }
	b.rankOf = "list position"

	f := &filler{cands: cands, b: b}
	res := ListResult{Party: party, Seats: seats, WomenRequired: WomenRequired(seats, r)}
	f.step(election.Step{Kind: "women_required", Subject: party, Value: exact.Format(womenShare(seats, r).Rat()), Seats: res.WomenRequired,
		Detail: fmt.Sprintf("%s%% of %d seats = %s, rounded %s: %d", r.WomenQuota, seats, womenShare(seats, r), r.Rounding, res.WomenRequired)})

	order := make([]int, len(cands)) // by preference votes, then list position
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int {
		if d := cmpI64(cands[y].Preferences, cands[x].Preferences); d != 0 {
			return d
		}
		return cands[x].Position - cands[y].Position
	})
	var women []int
	for _, i := range order {
		if cands[i].Sex == election.Female {
			women = append(women, i)
		}
	}
	var reasons []string
	need := res.WomenRequired
	if len(women) < need {
		need = len(women)
		msg := fmt.Sprintf("only %d women on the list for %d women's seats: all are seated", len(women), res.WomenRequired)
		reasons = append(reasons, msg)
		f.step(election.Step{Kind: "women_short", Subject: party, Seats: res.WomenRequired - len(women), Detail: msg})
	}
	finish := func() {
		res.Reason = strings.Join(reasons, "; ")
		res.Steps = f.steps
	}

	res.Unfilled = max(0, seats-len(cands))
	// A tie for the last women's seat is moot when every candidate the
	// other seats could reach at that vote count is seated anyway: then
	// the lot would only say which tied woman is counted under the quota.
	moot := func(p int64, k int) bool {
		reach := -k
		for _, c := range cands {
			if c.Preferences > p && c.Sex == election.Female {
				continue // seated under the quota
			}
			if c.Preferences >= p {
				reach++
			}
		}
		return reach <= seats-need
	}
	quota, tie, err := f.pick(women, need, ReasonWomenQuota, moot)
	res.Elected = append(res.Elected, quota...)
	if err != nil {
		if tie == nil {
			return ListResult{}, err
		}
		res.Tie = tie
		res.Pending = seats - res.Unfilled - len(res.Elected)
		finish()
		return res, err
	}
	seated := make(map[string]bool, len(quota))
	for _, e := range quota {
		seated[e.ID] = true
	}
	var rest []int
	for _, i := range order {
		if !seated[cands[i].ID] {
			rest = append(rest, i)
		}
	}
	more, tie, err := f.pick(rest, seats-len(quota), ReasonPreference, nil)
	res.Elected = append(res.Elected, more...)
	if err != nil {
		if tie == nil {
			return ListResult{}, err
		}
		res.Tie = tie
		res.Pending = seats - res.Unfilled - len(res.Elected)
		finish()
		return res, err
	}
	if short := res.Unfilled; short > 0 {
		msg := fmt.Sprintf("only %d candidates on the list for %d seats: %d unfilled", len(cands), seats, short)
		reasons = append(reasons, msg)
		f.step(election.Step{Kind: "unfilled", Subject: party, Seats: short, Detail: msg})
	}
	if err := b.unoffered(); err != nil {
		return ListResult{}, err
	}
	finish()
	return res, nil
}

// filler carries one FillList call.
type filler struct {
	cands []ListCandidate
	b     *breaker
	steps []election.Step
}

func (f *filler) step(s election.Step) { f.steps = append(f.steps, s) }

// pick seats k candidates of pool (sorted by preference votes, then list
// position) for reason. A tie at the cut is settled, or returned unresolved
// with the candidates decided so far. moot, if not nil, says whether a tie
// at p for k seats is moot; a moot tie is settled by list position.
func (f *filler) pick(pool []int, k int, reason string, moot func(p int64, k int) bool) ([]Elected, *Tie, error) {
	kind := map[string]string{ReasonWomenQuota: "quota_seat", ReasonPreference: "preference_seat"}[reason]
	var out []Elected
	seat := func(i int) {
		c := f.cands[i]
		out = append(out, Elected{ID: c.ID, Position: c.Position, Sex: c.Sex, Preferences: c.Preferences, Reason: reason})
		f.step(election.Step{Kind: kind, Subject: c.ID, Value: strconv.FormatInt(c.Preferences, 10), Seats: 1,
			Detail: fmt.Sprintf("%s (list position %d, %d preference votes): %s seat", c.ID, c.Position, c.Preferences, reason)})
	}
	k = min(k, len(pool))
	if k <= 0 {
		return nil, nil, nil
	}
	p := f.cands[pool[k-1]].Preferences
	if k == len(pool) || f.cands[pool[k]].Preferences != p {
		for _, i := range pool[:k] {
			seat(i)
		}
		return out, nil, nil
	}
	t := Tie{Context: reason, Value: strconv.FormatInt(p, 10)}
	var above int
	for _, i := range pool {
		switch c := f.cands[i]; {
		case c.Preferences > p:
			seat(i)
			above++
		case c.Preferences == p:
			t.Tied = append(t.Tied, c.ID)
		}
	}
	t.Seats = k - above
	slices.Sort(t.Tied)
	rule := f.b.rule
	switch {
	case p == 0:
		rule = ListPosition
		f.step(election.Step{Kind: "no_preferences", Seats: t.Seats,
			Detail: "the tied candidates have no preference votes: their seats go by list order"})
	case rule == Lots && moot != nil && moot(p, t.Seats):
		rule = ListPosition
		f.step(election.Step{Kind: "tie_moot", Value: t.Value, Seats: t.Seats,
			Detail: "every tied candidate is seated either way; which of them count under the women's quota goes by list order"})
	}
	winners, steps, err := f.b.settleBy(rule, t)
	f.steps = append(f.steps, steps...)
	if err != nil {
		if _, ok := err.(*TieError); ok {
			return out, &t, err
		}
		return nil, nil, err
	}
	byID := make(map[string]int, len(pool))
	for _, i := range pool {
		byID[f.cands[i].ID] = i
	}
	for _, id := range winners[:t.Seats] {
		seat(byID[id])
	}
	return out, nil, nil
}

func cmpI64(x, y int64) int {
	switch {
	case x > y:
		return 1
	case x < y:
		return -1
	}
	return 0
}
