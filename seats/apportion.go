package seats

import (
	"fmt"
	"math/big"
	"math/bits"
	"slices"
	"strconv"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

// Method is an apportionment method: a largest-remainder method with a named
// quota, or a divisor (highest averages) method. The zero value is rejected.
type Method string

// The methods Apportion knows.
const (
	// Largest remainder with the quota named.
	Hare              Method = "hare"               // total/seats
	Droop             Method = "droop"              // floor(total/(seats+1))+1
	HagenbachBischoff Method = "hagenbach_bischoff" // total/(seats+1)
	Imperiali         Method = "imperiali"          // total/(seats+2)

	// Divisor methods with the divisors for a list's (s+1)-th seat.
	DHondt              Method = "dhondt"                // s+1
	SainteLague         Method = "sainte_lague"          // 2s+1
	ModifiedSainteLague Method = "modified_sainte_lague" // 1.4, then 2s+1
	HuntingtonHill      Method = "huntington_hill"       // sqrt(s(s+1)); first seat infinite
	Adams               Method = "adams"                 // s; first seat infinite
)

// Methods lists every method, largest remainder first.
func Methods() []Method {
	return []Method{Hare, Droop, HagenbachBischoff, Imperiali,
		DHondt, SainteLague, ModifiedSainteLague, HuntingtonHill, Adams}
}

// LargestRemainder reports whether m is a largest-remainder (quota) method.
func (m Method) LargestRemainder() bool {
	switch m {
	case Hare, Droop, HagenbachBischoff, Imperiali:
		return true
	}
	return false
}

// Validate returns an ErrInvalid error unless m is one of Methods.
func (m Method) Validate() error {
	switch m {
	case Hare, Droop, HagenbachBischoff, Imperiali, DHondt, SainteLague, ModifiedSainteLague, HuntingtonHill, Adams:
		return nil
	}
	return invalid("unknown method %q", string(m))
}

// Entry is one list (or party, or state) taking part in an apportionment.
// Registration and BallotNo are needed only by the tie rules that name them.
type Entry struct {
	ID           string `json:"id"`
	Votes        int64  `json:"votes"`
	Registration int    `json:"registration,omitempty"`
	BallotNo     int    `json:"ballot_no,omitempty"`
	// Held is the seats the list already holds from another tier, which
	// a compensatory allocation counts against it (the Scotland Act 1998,
	// s. 8(4)-(5): a party's regional figure is its regional votes
	// divided by 1 + the constituency seats it won in the region): under
	// a divisor method its divisor series starts at D(Held), not D(0).
	// The seats the result gives are the seats it adds to them. Only a
	// divisor method without a cap takes it; 0 is plain apportionment.
	Held int `json:"held,omitempty"`
	// Limit, when not nil, is the most seats the list can take here:
	// its candidates not yet seated. A list whose candidates are used up
	// takes no more seats and its seat passes to the next quotient
	// (Scotland Act 1998, s. 8: a list is disregarded once exhausted, an
	// individual candidate once returned): the list keeps Limit seats and
	// the seats left are shared again among the others by the same
	// method, as for a list over Options.Cap (a "limit" step says so).
	// Under a divisor method that is the seat-by-seat rule that skips
	// the list's further quotients. It counts the seats the result gives,
	// beyond Held. nil: no limit; 0: the list takes no seat.
	Limit *int `json:"limit,omitempty"`
}

// limitOf is the most seats entry e may take under o: the smaller of
// o.Cap and e.Limit, or -1 for no limit.
func limitOf(e Entry, o Options) int {
	n := -1
	if o.Cap > 0 {
		n = o.Cap
	}
	if e.Limit != nil && (n < 0 || *e.Limit < n) {
		n = *e.Limit
	}
	return n
}

// Options says how many seats to share and how.
type Options struct {
	Seats  int     `json:"seats"`
	Method Method  `json:"method"`
	Cap    int     `json:"cap,omitempty"` // most seats one list may hold; 0 = no cap
	Tie    TieRule `json:"tie"`           // Lots, RegistrationOrder, BallotOrder, MostVotes or FewestVotes
	// Lots is the drawn order of the IDs of a tie this call reports: the
	// first k of the tied set in this order take the k seats. Every ID must
	// be in a tied set; lots are given only with Tie == Lots, or with
	// MostVotes and FewestVotes for lists of equal votes at the cut.
	Lots []string `json:"lots,omitempty"`
}

// Seat is the seats one list won.
type Seat struct {
	ID    string `json:"id"`
	Seats int    `json:"seats"`
}

// Result is an apportionment. Seats is in input order. Total is the seats
// given; Unfilled the seats no list could take (Reason says why); Tie, when
// not nil, is an unresolved tie whose Tie.Seats are neither given nor
// unfilled, so that Total + Unfilled + Tie.Seats = Options.Seats always.
// Reason also notes a condition the method met even when every seat was
// given (Adams or Huntington-Hill with more lists than seats). Ties lists
// every tie that decided a seat, settled or awaiting lots (Tie).
type Result struct {
	Method   Method          `json:"method"`
	Seats    []Seat          `json:"seats"`
	Total    int             `json:"total"`
	Unfilled int             `json:"unfilled"`
	Reason   string          `json:"reason,omitempty"`
	Tie      *Tie            `json:"tie,omitempty"`
	Ties     []Tie           `json:"ties,omitempty"`
	Steps    []election.Step `json:"steps"`
}

// Validate checks o on its own (not against entries).
func (o Options) Validate() error {
	if o.Seats < 0 || o.Seats > MaxSeats {
		return invalid("seats %d out of range 0..%d", o.Seats, MaxSeats)
	}
	if o.Cap < 0 {
		return invalid("negative cap %d", o.Cap)
	}
	if err := o.Method.Validate(); err != nil {
		return err
	}
	switch o.Tie {
	case Lots, RegistrationOrder, BallotOrder, MostVotes, FewestVotes:
		return nil
	}
	return invalid("tie rule %q does not apply to apportionment", string(o.Tie))
}

// Apportion shares o.Seats among entries by o.Method, holding every list to
// o.Cap, and returns the seats with the steps that led to them.
//
// Lists with no votes never get a seat. A list over the cap keeps Cap seats
// and the seats left are shared again among the other lists by the same
// method (a new quota over their votes), until no list is over the cap. If
// no list is left to take seats, they are returned as Unfilled with a Reason.
//
// A list that holds the cap when it ties for a further seat takes no part
// in the tie: it keeps the cap and the seats are shared again among the
// others, as for a list over the cap. So a list at its cap is never in a
// tied set, and no lot is asked for where the cap leaves one outcome.
//
// A tie at the cut is settled by o.Tie; under Lots with lots that do not
// settle it, the partial Result comes back with Tie set and a *TieError
// (errors.Is(err, ErrLotsRequired)). Other errors wrap ErrInvalid or
// ErrBadLot and come with a zero Result.
func Apportion(entries []Entry, o Options) (Result, error) {
	if err := o.Validate(); err != nil {
		return Result{}, err
	}
	ids := make([]string, len(entries))
	votes := make([]int64, len(entries))
	var held0 []int                     // Entry.Held, nil when no list holds a seat
	limits := make([]int, len(entries)) // limitOf, -1 for none
	for i, e := range entries {
		if e.Votes < 0 {
			return Result{}, invalid("negative votes %d for %q", e.Votes, e.ID)
		}
		if e.Held < 0 || e.Held > MaxSeats {
			return Result{}, invalid("held seats %d of %q out of range 0..%d", e.Held, e.ID, MaxSeats)
		}
		if e.Held > 0 {
			if o.Method.LargestRemainder() {
				return Result{}, invalid("%q holds %d seats: a compensatory allocation (seats held) is defined for divisor methods only, not %s", e.ID, e.Held, o.Method)
			}
			if o.Cap > 0 {
				return Result{}, invalid("%q holds %d seats: a cap with seats held is not defined", e.ID, e.Held)
			}
			if held0 == nil {
				held0 = make([]int, len(entries))
			}
			held0[i] = e.Held
		}
		if e.Limit != nil && (*e.Limit < 0 || *e.Limit > MaxSeats) {
			return Result{}, invalid("limit %d of %q out of range 0..%d", *e.Limit, e.ID, MaxSeats)
		}
		ids[i], votes[i] = e.ID, e.Votes
		limits[i] = limitOf(e, o)
	}
	if err := checkIDs(ids); err != nil {
		return Result{}, err
	}
	total, err := exact.Sum(votes...)
	if err != nil {
		return Result{}, fmt.Errorf("%w: vote total: %w", ErrInvalid, err)
	}
	index := make(map[string]int, len(entries))
	for i, id := range ids {
		index[id] = i
	}
	b, err := newBreaker(o.Tie, o.Lots, func(id string) bool { _, ok := index[id]; return ok })
	if err != nil {
		return Result{}, err
	}
	switch o.Tie {
	case RegistrationOrder, BallotOrder:
		nums := make([]int, len(entries))
		for i, e := range entries {
			nums[i] = e.Registration
			if o.Tie == BallotOrder {
				nums[i] = e.BallotNo
			}
		}
		what := map[TieRule]string{RegistrationOrder: "registration", BallotOrder: "ballot number"}[o.Tie]
		if err := distinctPositive(ids, nums, what); err != nil {
			return Result{}, err
		}
		b.rank = func(id string) int { return nums[index[id]] }
		b.rankOf = what
	case MostVotes, FewestVotes:
		b.votes = func(id string) int64 { return votes[index[id]] }
	}

	a := &apportioner{ids: ids, votes: votes, o: o, b: b, held: held0, limits: limits}
	a.step(election.Step{Kind: "method", Value: strconv.FormatInt(total, 10), Seats: o.Seats,
		Detail: fmt.Sprintf("%s: %d seats among %d lists with %d votes in all", o.Method, o.Seats, len(entries), total)})
	for i, h := range held0 {
		if h > 0 {
			a.step(election.Step{Kind: "held", Subject: ids[i], Seats: h, Value: quotString(o.Method, divisorOf(o.Method, uint64(votes[i]), h)),
				Detail: fmt.Sprintf("%s holds %d seat(s) already: its quotients start at its votes over the divisor of its seat %d, %s", ids[i], h, h+1, quotString(o.Method, divisorOf(o.Method, uint64(votes[i]), h)))})
		}
	}
	if o.Cap > 0 {
		a.step(election.Step{Kind: "cap_rule", Seats: o.Cap, Detail: fmt.Sprintf("no list may hold more than %d seats", o.Cap)})
	}
	res := Result{Method: o.Method, Seats: make([]Seat, len(entries))}
	held := make([]int, len(entries))
	active := make([]int, len(entries))
	for i := range active {
		active[i] = i
	}
	house := o.Seats
	for round := 1; ; round++ {
		if round > 1 {
			var v int64
			for _, i := range active {
				v += votes[i] // cannot overflow: a part of total
			}
			a.step(election.Step{Kind: "round", Value: strconv.FormatInt(v, 10), Seats: house,
				Detail: fmt.Sprintf("round %d: %d seats among the %d lists under the cap", round, house, len(active))})
		}
		met := len(b.ties)
		r, err := a.round(active, house)
		if err != nil && r.tie == nil {
			return Result{}, err
		}
		var over []int
		for j := range active {
			if n := limits[active[j]]; n >= 0 && (r.got[j] > n || slices.Contains(r.capped, j)) {
				over = append(over, j)
			}
		}
		if len(over) > 0 {
			if len(b.ties) > met {
				// The round is done again: its ties are moot.
				value := b.ties[met].Value
				b.ties = b.ties[:met]
				a.step(election.Step{Kind: "tie_moot", Value: value,
					Detail: "the cap applies however the tie is settled, so the tie is moot and the round is done again"})
			}
			keep := active[:0:0]
			k := 0
			for j, i := range active {
				if k < len(over) && over[k] == j {
					k++
					n := limits[i]
					held[i] = n
					house -= n
					if o.Cap > 0 && n == o.Cap {
						detail := fmt.Sprintf("%s had %d seats, keeps the cap of %d; the other seats are shared again", ids[i], r.got[j], o.Cap)
						if r.got[j] <= o.Cap {
							detail = fmt.Sprintf("%s holds the cap of %d and ties for a further seat it cannot take: it keeps the cap; the other seats are shared again", ids[i], o.Cap)
						}
						a.step(election.Step{Kind: "cap", Subject: ids[i], Seats: o.Cap, Detail: detail})
						continue
					}
					detail := fmt.Sprintf("%s had %d seats but has %d candidates to take them: its list is exhausted; it keeps %d and the other seats are shared again (the next quotients)", ids[i], r.got[j], n, n)
					if r.got[j] <= n {
						detail = fmt.Sprintf("%s has %d candidates, all seated, and ties for a further seat it cannot take: its list is exhausted; the other seats are shared again", ids[i], n)
					}
					a.step(election.Step{Kind: "limit", Subject: ids[i], Seats: n, Detail: detail})
					continue
				}
				keep = append(keep, i)
			}
			active = keep
			continue
		}
		for j, i := range active {
			held[i] = r.got[j]
		}
		if r.reason != "" {
			res.Reason = r.reason
		}
		if r.tie != nil {
			res.Tie = r.tie
			a.finish(&res, held)
			return res, err
		}
		if r.short > 0 {
			res.Unfilled = r.short
			res.Reason = fmt.Sprintf("%d seat(s) unfilled: no list with votes to take them", r.short)
			if len(active) < len(entries) {
				res.Reason = fmt.Sprintf("%d seat(s) unfilled: every list with votes holds the cap of %d", r.short, o.Cap)
				if o.Cap == 0 || slices.ContainsFunc(limits, func(n int) bool { return n >= 0 && n < o.Cap }) {
					res.Reason = fmt.Sprintf("%d seat(s) unfilled: every list with votes holds the cap or has seated all its candidates", r.short)
					if o.Cap == 0 {
						res.Reason = fmt.Sprintf("%d seat(s) unfilled: every list with votes has seated all its candidates", r.short)
					}
				}
			}
			a.step(election.Step{Kind: "unfilled", Seats: r.short, Detail: res.Reason})
		}
		break
	}
	if err := b.unoffered(nil); err != nil {
		return Result{}, err
	}
	a.finish(&res, held)
	return res, nil
}

// apportioner carries one Apportion call.
type apportioner struct {
	ids   []string
	votes []int64
	o     Options
	b     *breaker
	steps []election.Step
	held  []int // Entry.Held by entry; nil when none holds a seat
	// limits is limitOf by entry: the most seats it may take, -1 for no
	// limit.
	limits []int
}

// heldOf is the seats entry i holds already (Entry.Held).
func (a *apportioner) heldOf(i int) int {
	if a.held == nil {
		return 0
	}
	return a.held[i]
}

func (a *apportioner) step(s election.Step) { a.steps = append(a.steps, s) }

func (a *apportioner) finish(res *Result, held []int) {
	res.Ties = a.b.ties
	for i, id := range a.ids {
		res.Seats[i] = Seat{ID: id, Seats: held[i]}
		res.Total += held[i]
		a.step(election.Step{Kind: "result", Subject: id, Seats: held[i]})
	}
	res.Steps = a.steps
}

// roundResult is the outcome of one round among the active lists.
type roundResult struct {
	got    []int // per active list
	capped []int // active lists at the cap met in a tied set: they keep the cap, the round is done again
	short  int
	tie    *Tie // unresolved tie (err is its *TieError)
	reason string
}

// round shares house seats among the lists active by the method.
func (a *apportioner) round(active []int, house int) (roundResult, error) {
	r := roundResult{got: make([]int, len(active))}
	var total int64
	for _, i := range active {
		total += a.votes[i]
	}
	if house == 0 {
		return r, nil
	}
	if total == 0 {
		r.short = house
		return r, nil
	}
	tieLess := func(x, y int) bool { return a.ids[active[x]] < a.ids[active[y]] }
	if a.o.Method.LargestRemainder() {
		return a.largestRemainder(active, house, total, tieLess)
	}
	return a.divisor(active, house, tieLess)
}

// settleCut turns a greedy cut into seats: a tied cut is settled by the
// tie rule, or left unresolved. A tied list that already holds the cap is
// not in the tie: settleCut names it in r.capped and settles nothing, and
// the round is done again without it. floors, when not nil, are the seats
// each list holds besides the cut's (the quota seats of a largest-remainder
// round).
func settleCut[K any](a *apportioner, active []int, c cut[K], floors []int, context, value string, r *roundResult) error {
	copy(r.got, c.got)
	r.short = c.short
	if c.tied == nil {
		return nil
	}
	{
		for _, j := range c.tied {
			held := c.got[j]
			if floors != nil {
				held += floors[j]
			}
			if n := a.limits[active[j]]; n >= 0 && held >= n {
				r.capped = append(r.capped, j)
			}
		}
		if r.capped != nil {
			return nil
		}
	}
	t := Tie{Context: context, Seats: c.tieSeats, Value: value}
	for _, j := range c.tied {
		t.Tied = append(t.Tied, a.ids[active[j]])
	}
	slices.Sort(t.Tied)
	winners, steps, err := a.b.settle(t)
	a.steps = append(a.steps, steps...)
	if err != nil {
		if te, ok := err.(*TieError); ok {
			tt := te.Tie // the tie lots must settle: t, or those of equal votes in it
			r.tie = &tt
		}
		return err
	}
	for _, id := range winners[:t.Seats] {
		for j, i := range active {
			if a.ids[i] == id {
				r.got[j]++
			}
		}
	}
	return nil
}

// lrKey is a claim to a remainder seat: the remainder (numerator over the
// round's common denominator) less the remainder seats already taken.
type lrKey struct {
	taken int
	rem   uint64
}

func cmpLR(x, y lrKey) int {
	if x.taken != y.taken {
		return y.taken - x.taken // fewer taken is the higher claim
	}
	switch {
	case x.rem > y.rem:
		return 1
	case x.rem < y.rem:
		return -1
	}
	return 0
}

// largestRemainder runs one round of a largest-remainder method.
//
// The claim of a list is votes/quota = votes*num/den: Hare num = house, den
// = total; Hagenbach-Bischoff num = house+1; Imperiali num = house+2; Droop
// num = 1, den = floor(total/(house+1))+1. Each list gets the integer part;
// the remainders (all over the same den, so compared as integers) take the
// seats left, one each, largest first. Only in degenerate cases (Droop with
// fewer votes than seats) are seats left after every list with votes took
// one; then the order repeats.
//
// If the integer parts exceed the house (Imperiali, Hagenbach-Bischoff), the
// round is done again with the next higher quota: Imperiali, then
// Hagenbach-Bischoff, then Hare, which never exceeds the house.
func (a *apportioner) largestRemainder(active []int, house int, total int64, tieLess func(x, y int) bool) (roundResult, error) {
	r := roundResult{got: make([]int, len(active))}
	m := a.o.Method
	floors := make([]int, len(active))
	rems := make([]uint64, len(active))
	var num, den uint64
	for {
		switch m {
		case Hare:
			num, den = uint64(house), uint64(total)
		case HagenbachBischoff:
			num, den = uint64(house)+1, uint64(total)
		case Imperiali:
			num, den = uint64(house)+2, uint64(total)
		case Droop:
			num, den = 1, uint64(total)/uint64(house+1)+1
		}
		sum := 0
		for j, i := range active {
			hi, lo := bits.Mul64(uint64(a.votes[i]), num)
			q, rem := bits.Div64(hi, lo, den) // hi < den: votes <= total, so the quotient is at most num
			floors[j], rems[j] = int(q), rem
			sum += int(q)
		}
		if sum <= house {
			break
		}
		next := map[Method]Method{Imperiali: HagenbachBischoff, HagenbachBischoff: Hare}[m]
		a.step(election.Step{Kind: "quota_raised", Seats: sum,
			Detail: fmt.Sprintf("the %s quota gives %d seats for %d; done again with the %s quota", m, sum, house, next)})
		m = next
	}
	quota := new(big.Rat).SetFrac(new(big.Int).SetUint64(den), new(big.Int).SetUint64(num))
	// Each method's own formula: Droop's is whole, ⌊total/(seats+1)⌋+1;
	// the others are the fraction total/n and its decimals.
	calc := fmt.Sprintf("%d/%d = %s", den, num, exact.Decimal(quota, 2))
	if m == Droop {
		calc = fmt.Sprintf("⌊%d/%d⌋+1 = %d", total, house+1, den)
	}
	a.step(election.Step{Kind: "quota", Value: exact.Format(quota), Seats: house,
		Detail: fmt.Sprintf("%s quota for %d seats: %s", m, house, calc)})
	given := 0
	for j, i := range active {
		claim := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(a.votes[i]), new(big.Int).SetUint64(num)), new(big.Int).SetUint64(den))
		a.step(election.Step{Kind: "quota_seats", Subject: a.ids[i], Value: exact.Format(claim), Seats: floors[j],
			Detail: fmt.Sprintf("%s: %d votes / quota = %s: %d seat(s)", a.ids[i], a.votes[i], exact.Decimal(claim, 3), floors[j])})
		given += floors[j]
	}
	for j, i := range active {
		rem := new(big.Rat).SetFrac(new(big.Int).SetUint64(rems[j]), new(big.Int).SetUint64(den))
		a.step(election.Step{Kind: "remainder", Subject: a.ids[i], Value: exact.Format(rem),
			Detail: fmt.Sprintf("%s: remainder %s", a.ids[i], exact.Decimal(rem, 3))})
	}
	left := house - given
	// Past PerSeatSteps seats left (Droop with fewer votes than seats),
	// the whole passes, where every list with votes takes one seat, are
	// given at once and written one step per list; only the last, partial
	// pass goes seat by seat. The seats and the cut are the same.
	full := 0
	if voted := countVoted(a.votes, active); left > PerSeatSteps && voted > 0 && left >= voted {
		full = left / voted
		left -= full * voted
		for j, i := range active {
			if a.votes[i] > 0 {
				rem := new(big.Rat).SetFrac(new(big.Int).SetUint64(rems[j]), new(big.Int).SetUint64(den))
				a.step(election.Step{Kind: "remainder_seats", Subject: a.ids[i], Value: exact.Format(rem), Seats: full,
					Detail: fmt.Sprintf("%s: remainder %s takes %d seat(s), one in each of %d passes in which every list with votes takes a seat", a.ids[i], exact.Decimal(rem, 3), full, full)})
			}
		}
	}
	next := func(j, k int) (lrKey, bool) { return lrKey{full + k, rems[j]}, a.votes[active[j]] > 0 }
	c := greedy(len(active), left, next, cmpLR, tieLess)
	pass := make([]int, len(active))
	for j, i := range active {
		if a.votes[i] > 0 {
			pass[j] = full
			c.got[j] += full
		}
	}
	for _, j := range c.order {
		rem := new(big.Rat).SetFrac(new(big.Int).SetUint64(rems[j]), new(big.Int).SetUint64(den))
		detail := fmt.Sprintf("%s: remainder %s takes a seat", a.ids[active[j]], exact.Decimal(rem, 3))
		if pass[j] > 0 {
			detail += fmt.Sprintf(" (pass %d: every list with votes has taken %d)", pass[j]+1, pass[j])
		}
		pass[j]++
		a.step(election.Step{Kind: "remainder_seat", Subject: a.ids[active[j]], Value: exact.Format(rem), Seats: 1, Detail: detail})
	}
	value := ""
	if c.tied != nil {
		value = exact.Format(new(big.Rat).SetFrac(new(big.Int).SetUint64(c.value.rem), new(big.Int).SetUint64(den)))
	}
	err := settleCut(a, active, c, floors, "largest_remainder", value, &r)
	for j := range r.got {
		r.got[j] += floors[j]
	}
	return r, err
}

// countVoted is the number of active lists with votes.
func countVoted(votes []int64, active []int) int {
	n := 0
	for _, i := range active {
		if votes[i] > 0 {
			n++
		}
	}
	return n
}

// quot is the quotient votes*den/num of a divisor method; num == 0 is an
// infinite quotient (the first seat under Adams and Huntington-Hill). Under
// Huntington-Hill, num is s(s+1) under a square root and den is 1.
type quot struct {
	v, num, den uint64
}

// cmpRatQuot compares v1*den1/num1 with v2*den2/num2 by cross-multiplying
// in 128 bits: v < 2^63 and den*num < 2^28 for houses up to MaxSeats.
func cmpRatQuot(x, y quot) int {
	if c, done := cmpInf(x, y); done {
		return c
	}
	xh, xl := bits.Mul64(x.v, x.den*y.num)
	yh, yl := bits.Mul64(y.v, y.den*x.num)
	return cmp128(xh, xl, yh, yl)
}

// cmpSqrtQuot compares v1/sqrt(n1) with v2/sqrt(n2) by squaring both:
// v1^2*n2 against v2^2*n1, exactly in 192 bits.
func cmpSqrtQuot(x, y quot) int {
	if c, done := cmpInf(x, y); done {
		return c
	}
	a2, a1, a0 := sqTimes(x.v, y.num)
	b2, b1, b0 := sqTimes(y.v, x.num)
	switch {
	case a2 != b2:
		return cmpU(a2, b2)
	case a1 != b1:
		return cmpU(a1, b1)
	}
	return cmpU(a0, b0)
}

func cmpInf(x, y quot) (int, bool) {
	switch {
	case x.num == 0 && y.num == 0:
		return 0, true
	case x.num == 0:
		return 1, true
	case y.num == 0:
		return -1, true
	}
	return 0, false
}

// sqTimes returns v*v*m as three 64-bit words, high first.
func sqTimes(v, m uint64) (w2, w1, w0 uint64) {
	h, l := bits.Mul64(v, v)
	p0h, p0l := bits.Mul64(l, m)
	p1h, p1l := bits.Mul64(h, m)
	w0 = p0l
	w1, c := bits.Add64(p0h, p1l, 0)
	w2 = p1h + c
	return w2, w1, w0
}

func cmp128(xh, xl, yh, yl uint64) int {
	if xh != yh {
		return cmpU(xh, yh)
	}
	return cmpU(xl, yl)
}

func cmpU(x, y uint64) int {
	switch {
	case x > y:
		return 1
	case x < y:
		return -1
	}
	return 0
}

// divisorOf returns the quotient of votes v for a list holding s seats.
func divisorOf(m Method, v uint64, s int) quot {
	k := uint64(s)
	switch m {
	case DHondt:
		return quot{v, k + 1, 1}
	case SainteLague:
		return quot{v, 2*k + 1, 1}
	case ModifiedSainteLague:
		if s == 0 {
			return quot{v, 7, 5} // 1.4 on the 1, 3, 5, ... scale
		}
		return quot{v, 2*k + 1, 1}
	case Adams:
		return quot{v, k, 1}
	default: // HuntingtonHill
		return quot{v, k * (k + 1), 1}
	}
}

// quotString writes a quotient exactly: "n" or "n/d", "v/sqrt(n)" under
// Huntington-Hill (s(s+1) is never a square, so the root stays), "inf" for
// an infinite first-seat quotient.
func quotString(m Method, q quot) string {
	if q.num == 0 {
		return "inf"
	}
	if m == HuntingtonHill {
		return strconv.FormatUint(q.v, 10) + "/sqrt(" + strconv.FormatUint(q.num, 10) + ")"
	}
	n := new(big.Int).Mul(new(big.Int).SetUint64(q.v), new(big.Int).SetUint64(q.den))
	return exact.Format(new(big.Rat).SetFrac(n, new(big.Int).SetUint64(q.num)))
}

// PerSeatSteps is the largest house whose divisor-method rounds list every
// seat as a quotient_seat step. Above it a round is summarised: a
// quotient_summary step, one quotient_seats step per list (its seats and its
// last quotient seated) and the quotient_seat step of the last seat given,
// the cut, in full; so that a house of MaxSeats makes a transcript of a
// few steps per list, not one per seat.
const PerSeatSteps = 1000

// divisor runs one round of a divisor method: the seats go to the highest
// quotients votes/divisor(seats held), compared exactly, found by
// divisorCut without handing them out one by one.
func (a *apportioner) divisor(active []int, house int, tieLess func(x, y int) bool) (roundResult, error) {
	r := roundResult{got: make([]int, len(active))}
	m := a.o.Method
	votes := make([]uint64, len(active))
	for j, i := range active {
		votes[j] = uint64(a.votes[i])
	}
	perSeat := house <= PerSeatSteps
	var c cut[quot]
	off := make([]int, len(active)) // the seats each holds already
	if a.held == nil {
		c = divisorCut(m, votes, house, perSeat, tieLess)
	} else {
		// Seats held (a compensatory allocation): each list's quotients
		// start at the divisor of its seat Held+1. The seats are handed
		// out one by one; the houses that compensate are small.
		for j, i := range active {
			off[j] = a.held[i]
		}
		c = greedy(len(active), house, func(j, k int) (quot, bool) {
			return divisorOf(m, votes[j], off[j]+k), votes[j] > 0
		}, quotCmp(m), tieLess)
		if !perSeat {
			c.order = nil
		}
	}
	if perSeat {
		count := make([]int, len(active))
		for n, j := range c.order {
			q := divisorOf(m, votes[j], off[j]+count[j])
			count[j]++
			detail := fmt.Sprintf("seat %d of %d: %s's seat %d", n+1, house, a.ids[active[j]], count[j])
			if off[j] > 0 {
				detail += fmt.Sprintf(" (its seat %d counting the %d it holds: %d votes over the divisor of seat %d)", off[j]+count[j], off[j], votes[j], off[j]+count[j])
			}
			a.step(election.Step{Kind: "quotient_seat", Subject: a.ids[active[j]], Value: quotString(m, q), Seats: count[j], Detail: detail})
		}
	} else {
		a.summarise(active, votes, off, house, c, tieLess)
	}
	value := ""
	if c.tied != nil {
		value = quotString(m, c.value)
		if c.value.num == 0 {
			r.reason = fmt.Sprintf("more lists with votes than seats (%d): under %s every list's first seat has an infinite quotient, so they tie", house, m)
		}
	}
	err := settleCut(a, active, c, nil, "highest_quotient", value, &r)
	return r, err
}

// summarise writes the steps of a divisor round over PerSeatSteps seats:
// what each list got and the last seat given, in full.
func (a *apportioner) summarise(active []int, votes []uint64, off []int, house int, c cut[quot], tieLess func(x, y int) bool) {
	m := a.o.Method
	q := func(j, s int) quot { return divisorOf(m, votes[j], off[j]+s) }
	cmp := quotCmp(m)
	given := 0
	last := -1
	for j, g := range c.got {
		given += g
		if g == 0 {
			continue
		}
		if last < 0 {
			last = j
			continue
		}
		// The last seat given: the lowest quotient seated, and of equal
		// ones the last in tieLess order, as the per-seat steps give them.
		if d := cmp(q(j, g-1), q(last, c.got[last]-1)); d < 0 || d == 0 && tieLess(last, j) {
			last = j
		}
	}
	a.step(election.Step{Kind: "quotient_summary", Seats: given,
		Detail: fmt.Sprintf("%d of %d seats by highest quotients, summed up per list (houses over %d seats are not listed seat by seat)", given, house, PerSeatSteps)})
	for j, g := range c.got {
		if g == 0 {
			continue
		}
		id := a.ids[active[j]]
		qs := quotString(m, q(j, g-1))
		a.step(election.Step{Kind: "quotient_seats", Subject: id, Value: qs, Seats: g,
			Detail: fmt.Sprintf("%s: %d seat(s), the last at quotient %s, the next would be at %s", id, g, qs, quotString(m, q(j, g)))})
	}
	if last >= 0 {
		g := c.got[last]
		id := a.ids[active[last]]
		a.step(election.Step{Kind: "quotient_seat", Subject: id, Value: quotString(m, q(last, g-1)), Seats: g,
			Detail: fmt.Sprintf("seat %d of %d: %s's seat %d", given, house, id, g)})
	}
}
