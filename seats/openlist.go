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

// ListKind says how the seats of a party list go to its candidates.
type ListKind string

// The kinds of party list. "" is OpenList, so that a rule written before
// closed lists existed keeps its meaning.
const (
	// OpenList: the voters' preference votes decide, after the women's
	// quota (Kyrgyzstan 2021).
	OpenList ListKind = "open"
	// ClosedList: the seats go to the candidates in the order of the list
	// (Kyrgyzstan 2010 and 2015). List order is the rule, not a tie:
	// there are no preference votes to be level.
	ClosedList ListKind = "closed"
)

// ListRule is how a party's seats go to the candidates of its list.
type ListRule struct {
	// Lists is OpenList ("" too) or ClosedList.
	Lists ListKind `json:"lists,omitempty"`
	// WomenQuota is the percent of the party's seats that go first to
	// women (30 in 2021).
	WomenQuota decimal.Decimal `json:"women_quota"`
	Rounding   Rounding        `json:"rounding"`
	// Tie settles equal preference votes at the cut: ListPosition (the
	// higher place on the list wins) or Lots.
	Tie TieRule `json:"tie"`
	// Missing says who takes the seats of a list when the preference
	// votes of one of its candidates are not given (ListCandidate.
	// NoPreferences): missing data is not zero votes, so every candidate
	// of the list is then tied at "not evaluated", and Missing settles it:
	// ListPosition (list order) or Lots. "" is accepted only while every
	// candidate's preference votes are given.
	Missing TieRule `json:"missing,omitempty"`
}

// Validate checks the rule: a quota from 0 to 100 percent, a known
// rounding, and a tie rule of ListPosition or Lots. A closed list has no
// preference votes: Tie and Missing do not apply to it and must be "".
// Rounding may be "" while WomenQuota is 0, open lists or closed.
func (r ListRule) Validate() error {
	if r.WomenQuota.IsNegative() || r.WomenQuota.GreaterThan(decimal.NewFromInt(100)) {
		return invalid("women quota %s%% out of range 0..100", r.WomenQuota)
	}
	switch r.Lists {
	case "", OpenList:
	case ClosedList:
		return r.validateClosed()
	default:
		return invalid("unknown kind of list %q (known: %s, %s)", string(r.Lists), OpenList, ClosedList)
	}
	if err := r.validateRounding(); err != nil {
		return err
	}
	switch r.Tie {
	case ListPosition, Lots:
	default:
		return invalid("tie rule %q does not apply to a party list", string(r.Tie))
	}
	switch r.Missing {
	case "", ListPosition, Lots:
	default:
		return invalid("rule %q for missing preference votes does not apply to a party list", string(r.Missing))
	}
	return nil
}

func (r ListRule) validateClosed() error {
	switch {
	case r.Tie != "":
		return invalid("tie rule %q for equal preference votes does not apply to closed lists: they have no preference votes", string(r.Tie))
	case r.Missing != "":
		return invalid("rule %q for missing preference votes does not apply to closed lists: they have no preference votes", string(r.Missing))
	}
	return r.validateRounding()
}

// validateRounding refuses an unknown rounding, and none with a women's
// quota; without a quota there is nothing to round, open lists or closed.
func (r ListRule) validateRounding() error {
	switch r.Rounding {
	case RoundHalfUp, RoundUp, RoundDown:
	case "":
		if !r.WomenQuota.IsZero() {
			return invalid("a women's quota of %s%% needs a rounding", r.WomenQuota)
		}
	default:
		return invalid("unknown rounding %q", string(r.Rounding))
	}
	return nil
}

// rounded says how the women's quota was rounded, for the transcript.
func (r ListRule) rounded() string {
	if r.Rounding == "" {
		return "no quota to round"
	}
	return "rounded " + string(r.Rounding)
}

// ListCandidate is one candidate of a party list: place on the list
// (1-based), sex, and preference votes. NoPreferences says that no
// protocol gives the candidate's preference votes: they are not evaluated
// (Preferences is then not a count), and ListRule.Missing decides.
type ListCandidate struct {
	ID            string       `json:"id"`
	Position      int          `json:"position"`
	Sex           election.Sex `json:"sex"`
	Preferences   int64        `json:"preferences"`
	NoPreferences bool         `json:"no_preferences,omitempty"`
}

// The reasons a candidate is seated.
const (
	ReasonWomenQuota   = "women_quota"   // one of the first WomenRequired seats, which go to women
	ReasonPreference   = "preference"    // one of the other seats, by preference votes
	ReasonListPosition = "list_position" // one of the other seats of a closed list, by list order
)

// Elected is a candidate given a seat, and why.
type Elected struct {
	ID          string       `json:"id"`
	Position    int          `json:"position"`
	Sex         election.Sex `json:"sex"`
	Preferences int64        `json:"preferences"`
	// NoPreferences: the candidate's preference votes are not evaluated
	// (no protocol gives them); Preferences is 0 and means nothing.
	NoPreferences bool   `json:"no_preferences,omitempty"`
	Reason        string `json:"reason"` // ReasonWomenQuota, ReasonPreference or ReasonListPosition
}

// ListResult is who takes a party's seats. Elected is in the order seated:
// the women's quota seats first, then the other seats, each by preference
// votes (a closed list: in list order). Unfilled seats (too few candidates) come with a Reason; Reason also
// says when fewer women stood than the quota requires. Ties lists every
// tie that decided a seat, settled or awaiting lots; NotEvaluated says that
// the list's preference votes were not evaluated (a candidate's are not
// given) and the seats went by ListRule.Missing. Tie, when not nil, is
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
	NotEvaluated  bool            `json:"preferences_not_evaluated,omitempty"`
	Tie           *Tie            `json:"tie,omitempty"`
	Ties          []Tie           `json:"ties,omitempty"`
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
// cut are settled by r.Tie (ListPosition: the higher place wins; Lots: the
// lots given), at 0 votes as at any other count. So nobody is seated over
// a candidate of the same list with more preference votes except as the
// women's quota requires.
//
// A candidate whose preference votes are not given (NoPreferences) makes
// the list's preference votes "not evaluated": missing data is not zero
// votes, and a candidate without figures could have any number. Every
// candidate of the list is then tied at "not_evaluated", and r.Missing
// settles the women's quota seats and the other seats (ListPosition: list
// order; Lots); with r.Missing "" that is an ErrInvalid error.
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
//
// A closed list (r.Lists == ClosedList) is filled in list order, without
// preference votes (they are ignored, given or not), ties or lots: see
// fillClosed.
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
	missing := false
	for i, c := range cands {
		missing = missing || c.NoPreferences
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
	if r.Lists == ClosedList {
		return fillClosed(party, cands, seats, r), nil
	}
	rule := r.Tie
	prefs := make([]int64, len(cands)) // the figures compared: all 0 when not evaluated
	if missing {
		if r.Missing == "" {
			return ListResult{}, invalid("the preference votes of a candidate of %q are not given and the rule names no rule for missing preference votes", party)
		}
		rule = r.Missing
	} else {
		for i, c := range cands {
			prefs[i] = c.Preferences
		}
	}
	b, err := newBreaker(rule, lots, func(id string) bool { _, ok := index[id]; return ok })
	if err != nil {
		return ListResult{}, err
	}
	b.rank = func(id string) int { return cands[index[id]].Position }
	b.rankOf = "list position"

	f := &filler{cands: cands, prefs: prefs, missing: missing, b: b}
	res := ListResult{Party: party, Seats: seats, WomenRequired: WomenRequired(seats, r), NotEvaluated: missing}
	if missing {
		var none []string
		for _, c := range cands {
			if c.NoPreferences {
				none = append(none, c.ID)
			}
		}
		f.step(election.Step{Kind: "preferences_not_evaluated", Subject: party, Value: "not_evaluated", Seats: seats,
			Detail: fmt.Sprintf("no protocol gives the preference votes of %s: the list's preference votes are not evaluated; its seats go by %s", strings.Join(clip(none, 10), ", "), rule)})
	}
	f.step(election.Step{Kind: "women_required", Subject: party, Value: exact.Format(womenShare(seats, r).Rat()), Seats: res.WomenRequired,
		Detail: fmt.Sprintf("%s%% of %d seats = %s, %s: %d", r.WomenQuota, seats, womenShare(seats, r), r.rounded(), res.WomenRequired)})

	order := make([]int, len(cands)) // by preference votes, then list position
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int {
		if d := cmpI64(prefs[y], prefs[x]); d != 0 {
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
		res.Ties = b.ties
	}

	res.Unfilled = max(0, seats-len(cands))
	// A tie for the last women's seat is moot when every candidate the
	// other seats could reach at that vote count is seated anyway: then
	// the lot would only say which tied woman is counted under the quota.
	moot := func(p int64, k int) bool {
		reach := -k
		for i, c := range cands {
			if prefs[i] > p && c.Sex == election.Female {
				continue // seated under the quota
			}
			if prefs[i] >= p {
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
	if err := b.unoffered(nil); err != nil {
		return ListResult{}, err
	}
	finish()
	return res, nil
}

// fillClosed gives a closed list's seats to its candidates in list order.
//
// With a women's quota, the first WomenRequired(seats, r) seats go to the
// women placed highest on the list, and the other seats to the candidates
// placed highest among the rest, women and men: list order decides within
// each group, so nobody is seated over a candidate placed higher on the
// same list except as the women's quota requires. Elected is in list order.
// Positions are distinct, so there is never a tie.
func fillClosed(party string, cands []ListCandidate, seats int, r ListRule) ListResult {
	res := ListResult{Party: party, Seats: seats, WomenRequired: WomenRequired(seats, r)}
	var steps []election.Step
	step := func(s election.Step) { steps = append(steps, s) }
	step(election.Step{Kind: "closed_list", Subject: party, Seats: seats,
		Detail: fmt.Sprintf("closed list: its %d seats go to its candidates in list order", seats)})
	if !r.WomenQuota.IsZero() {
		step(election.Step{Kind: "women_required", Subject: party, Value: exact.Format(womenShare(seats, r).Rat()), Seats: res.WomenRequired,
			Detail: fmt.Sprintf("%s%% of %d seats = %s, %s: %d, to the women placed highest", r.WomenQuota, seats, womenShare(seats, r), r.rounded(), res.WomenRequired)})
	}
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return cands[x].Position - cands[y].Position })
	var women int
	for _, i := range order {
		if cands[i].Sex == election.Female {
			women++
		}
	}
	need := min(res.WomenRequired, women)
	var reasons []string
	if women < res.WomenRequired {
		msg := fmt.Sprintf("only %d women on the list for %d women's seats: all are seated", women, res.WomenRequired)
		reasons = append(reasons, msg)
		step(election.Step{Kind: "women_short", Subject: party, Seats: res.WomenRequired - women, Detail: msg})
	}
	// The quota seats are the first need women in list order; the others
	// are the first seats-need of everyone else in list order.
	quota := map[int]bool{}
	for _, i := range order {
		if len(quota) == need {
			break
		}
		if cands[i].Sex == election.Female {
			quota[i] = true
		}
	}
	others := seats - need
	for _, i := range order {
		c := cands[i]
		reason, kind := ReasonWomenQuota, "quota_seat"
		if !quota[i] {
			if others == 0 {
				continue
			}
			others--
			reason, kind = ReasonListPosition, "list_seat"
		}
		res.Elected = append(res.Elected, Elected{ID: c.ID, Position: c.Position, Sex: c.Sex, Reason: reason})
		step(election.Step{Kind: kind, Subject: c.ID, Value: strconv.Itoa(c.Position), Seats: 1,
			Detail: fmt.Sprintf("%s (list position %d): %s seat", c.ID, c.Position, reason)})
	}
	if short := seats - len(res.Elected); short > 0 {
		res.Unfilled = short
		msg := fmt.Sprintf("only %d candidates on the list for %d seats: %d unfilled", len(cands), seats, short)
		reasons = append(reasons, msg)
		step(election.Step{Kind: "unfilled", Subject: party, Seats: short, Detail: msg})
	}
	res.Reason = strings.Join(reasons, "; ")
	res.Steps = steps
	return res
}

// filler carries one FillList call.
type filler struct {
	cands   []ListCandidate
	prefs   []int64 // the preference votes compared, per candidate
	missing bool    // the list's preference votes are not evaluated
	b       *breaker
	steps   []election.Step
}

// clip returns the first n of ids, and "... (m in all)" when there are more.
func clip(ids []string, n int) []string {
	if len(ids) <= n {
		return ids
	}
	return append(slices.Clone(ids[:n]), fmt.Sprintf("... (%d in all)", len(ids)))
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
		out = append(out, Elected{ID: c.ID, Position: c.Position, Sex: c.Sex, Preferences: c.Preferences, NoPreferences: c.NoPreferences, Reason: reason})
		f.step(election.Step{Kind: kind, Subject: c.ID, Value: strconv.FormatInt(c.Preferences, 10), Seats: 1,
			Detail: fmt.Sprintf("%s (list position %d, %d preference votes): %s seat", c.ID, c.Position, c.Preferences, reason)})
	}
	k = min(k, len(pool))
	if k <= 0 {
		return nil, nil, nil
	}
	p := f.prefs[pool[k-1]]
	if k == len(pool) || f.prefs[pool[k]] != p {
		for _, i := range pool[:k] {
			seat(i)
		}
		return out, nil, nil
	}
	t := Tie{Context: reason, Value: strconv.FormatInt(p, 10)}
	if f.missing {
		t.Value = "not_evaluated"
	}
	var above int
	for _, i := range pool {
		switch c := f.cands[i]; {
		case f.prefs[i] > p:
			seat(i)
			above++
		case f.prefs[i] == p:
			t.Tied = append(t.Tied, c.ID)
		}
	}
	t.Seats = k - above
	slices.Sort(t.Tied)
	rule := f.b.rule
	moots := rule == Lots && moot != nil && moot(p, t.Seats)
	if moots {
		rule = ListPosition
		f.step(election.Step{Kind: "tie_moot", Value: t.Value, Seats: t.Seats,
			Detail: "every tied candidate is seated either way; which of them count under the women's quota goes by list order"})
	}
	met := len(f.b.ties)
	winners, steps, err := f.b.settleBy(rule, t)
	if moots {
		// A moot tie decides no seat, only which seated woman counts
		// under the quota: it is in the steps, not among the ties.
		f.b.ties = f.b.ties[:met]
	}
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
