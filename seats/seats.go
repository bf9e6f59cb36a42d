package seats

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/order"
)

// Sentinel errors callers branch on with errors.Is.
var (
	// ErrInvalid wraps every rejection of the input: negative votes or
	// seats, empty or duplicate IDs, an unknown method or rule, a vote total
	// that overflows int64, duplicate registration numbers under a rule that
	// needs them.
	ErrInvalid = errors.New("seats: invalid input")
	// ErrLotsRequired is matched by a *TieError: the cut is tied, the tie
	// rule is lots, and the lots given do not settle it.
	ErrLotsRequired = errors.New("seats: drawing of lots required")
	// ErrBadLot means the lots given name an option that was not offered:
	// an ID that is not in the tied set, a duplicate, or lots given where no
	// tie needed them.
	ErrBadLot = errors.New("seats: bad lot")
)

// MaxSeats is the largest house (or list) size accepted. It keeps every
// divisor product inside 64 bits; the work does not grow with the house
// (see PerSeatSteps).
const MaxSeats = 1 << 24

// TieError reports a tie at the cut that only lots can settle. Tie holds the
// tied set and the seats to share; errors.Is(err, ErrLotsRequired) holds.
type TieError struct {
	Tie Tie
}

func (e *TieError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	tied := strings.Join(e.Tie.Tied, ", ")
	if len(e.Tie.Tied) > 10 {
		tied = fmt.Sprintf("%s, ... (%d in all)", strings.Join(e.Tie.Tied[:10], ", "), len(e.Tie.Tied))
	}
	return fmt.Sprintf("seats: %s tie among %s for %d seat(s) at %s: drawing of lots required",
		e.Tie.Context, tied, e.Tie.Seats, e.Tie.Value)
}

// Unwrap makes errors.Is(err, ErrLotsRequired) hold.
func (e *TieError) Unwrap() error { return ErrLotsRequired }

// Tie is a tie at the cut: the tied options (sorted), the seats to share
// among them, and the exact tied value (a remainder, quotient or vote count
// written "n" or "n/d"; "inf" for the infinite first-seat quotient of Adams
// and Huntington-Hill; "a/sqrt(b)" for a Huntington-Hill quotient;
// "not_evaluated" for candidates whose preference votes no protocol gives).
//
// Every tie met is reported, settled or not (the Ties of Result, ListResult
// and OkrugResult): a seat that the votes alone did not decide is never
// given silently. SettledBy names how it was settled: a TieRule
// ("registration_order", "ballot_order", "list_position", "lots" for lots
// given as input), "against_all_tie" (OkrugRule.AgainstAllTie), or "" while
// it awaits lots. Order is then the tied set in the order the rule or the
// lots gave, and Winners its first Seats, who take the seats.
type Tie struct {
	Context   string   `json:"context"`
	Tied      []string `json:"tied"`
	Seats     int      `json:"seats"`
	Value     string   `json:"value"`
	SettledBy string   `json:"settled_by"`
	Order     []string `json:"order,omitempty"`
	Winners   []string `json:"winners,omitempty"`
}

// TieRunoff is the Context of a tie for a place in the second round (a
// two-round rule short of a majority: the seat is not filled, and those
// tied for the last place in the second round await lots), the Stage of
// its shailoo.Tie.
const TieRunoff = "runoff"

// SettledByAgainstAllTie is the SettledBy of a tie between "against all"
// and the leading candidate, which OkrugRule.AgainstAllTie settles.
const SettledByAgainstAllTie = "against_all_tie"

// SettledByPreviousRound is the SettledBy of a tie for exclusion in an
// instant run-off settled by an earlier round (RankedTiePreviousRound).
const SettledByPreviousRound = "previous_round"

// TieRule names how a tie at the cut is settled.
type TieRule string

// The tie rules. Lots is the only one that never decides by itself: it
// reports the tie and settles it only with lots given as input.
const (
	Lots              TieRule = "lots"               // report; settle only with lots given as input
	RegistrationOrder TieRule = "registration_order" // lower Registration wins (Apportion, Plurality)
	BallotOrder       TieRule = "ballot_order"       // lower BallotNo wins (Apportion)
	ListPosition      TieRule = "list_position"      // higher place on the list wins (FillList)
	// MostVotes and FewestVotes settle a tie at the cut by the lists'
	// votes (Apportion): the list with more (fewer) votes wins, as laws
	// that do not draw lots write it (Russia's Duma of 2011, Art. 83: more
	// votes; Portugal's local councils: fewer). Lists of equal votes at
	// the cut are a tie that lots given as input settle.
	MostVotes   TieRule = "most_votes"
	FewestVotes TieRule = "fewest_votes"
)

// breaker settles ties under one rule and keeps track of which lots were
// offered, so that a lot naming an option never offered is an error.
type breaker struct {
	rule    TieRule
	lots    []string
	lotRank map[string]int
	rank    func(id string) int   // the number the named rule compares (lower wins)
	votes   func(id string) int64 // the votes MostVotes and FewestVotes compare
	offered map[string]bool
	rankOf  string // name of the number rank returns, for the transcript
	ties    []Tie  // every tie met, settled or awaiting lots, in the order met
}

func newBreaker(rule TieRule, lots []string, known func(string) bool) (*breaker, error) {
	b := &breaker{rule: rule, lots: lots, lotRank: make(map[string]int, len(lots)), offered: map[string]bool{}}
	if rule != Lots && !rule.byVotes() && len(lots) > 0 {
		return nil, fmt.Errorf("%w: lots given but the tie rule is %s", ErrBadLot, rule)
	}
	for i, id := range lots {
		if _, dup := b.lotRank[id]; dup {
			return nil, fmt.Errorf("%w: %q drawn twice", ErrBadLot, id)
		}
		if !known(id) {
			return nil, fmt.Errorf("%w: %q is not an option", ErrBadLot, id)
		}
		b.lotRank[id] = i
	}
	return b, nil
}

// settle settles tie t (t.Tied sorted). It returns the tied set in the
// order the rule or the lots give (the first t.Seats win), the steps that
// record it, or a *TieError, or an ErrBadLot error.
func (b *breaker) settle(t Tie) ([]string, []election.Step, error) {
	return b.settleBy(b.rule, t)
}

// settleBy settles t by rule, which is b.rule or a rule the law names for
// a special case (list order for candidates without preference votes).
func (b *breaker) settleBy(rule TieRule, t Tie) ([]string, []election.Step, error) {
	what := "seat(s)"
	if t.Context == TieRunoff {
		what = "place(s) in the second round" // no seat
	}
	head := election.Step{Kind: "tie", Value: t.Value, Seats: t.Seats,
		Detail: fmt.Sprintf("%s: %s tied for %d %s", t.Context, strings.Join(t.Tied, ", "), t.Seats, what)}
	order := slices.Clone(t.Tied)
	if rule.byVotes() {
		return b.settleByVotes(rule, t, head)
	}
	if rule != Lots {
		slices.SortFunc(order, func(x, y string) int { return b.rank(x) - b.rank(y) })
		head.Detail += "; settled by " + string(rule)
		b.record(t, rule, order)
		steps := []election.Step{head}
		for _, id := range order[:t.Seats] {
			steps = append(steps, election.Step{Kind: "tie_break", Subject: id, Value: strconv.Itoa(b.rank(id)), Seats: 1,
				Detail: fmt.Sprintf("%s wins the tie by %s %d", id, b.rankOf, b.rank(id))})
		}
		return order, steps, nil
	}
	for _, id := range t.Tied {
		b.offered[id] = true
	}
	var drawn, missing []string
	for _, id := range t.Tied {
		if _, ok := b.lotRank[id]; ok {
			drawn = append(drawn, id)
		} else {
			missing = append(missing, id)
		}
	}
	if len(drawn) > 0 && len(missing) > 0 {
		// Lots that order some of the tied leave the tie open: never
		// a silent wait for lots already given.
		return nil, nil, fmt.Errorf("%w: the lots draw %s but not %s: a draw orders every one of the tied, %s",
			ErrBadLot, strings.Join(drawn, ", "), strings.Join(missing, ", "), tiedText(t))
	}
	for _, id := range t.Tied {
		if _, ok := b.lotRank[id]; !ok {
			if err := b.unoffered(&t); err != nil {
				return nil, nil, err
			}
			head.Detail += "; drawing of lots required"
			b.ties = append(b.ties, t)
			return nil, []election.Step{head, {Kind: "lots_required", Value: t.Value, Seats: t.Seats,
				Detail: "lots must order " + strings.Join(t.Tied, ", ")}}, &TieError{Tie: t}
		}
	}
	slices.SortFunc(order, func(x, y string) int { return b.lotRank[x] - b.lotRank[y] })
	head.Detail += "; settled by lots"
	b.record(t, Lots, order)
	steps := []election.Step{head}
	for _, id := range order[:t.Seats] {
		steps = append(steps, election.Step{Kind: "lot", Subject: id, Value: t.Value, Seats: 1,
			Detail: fmt.Sprintf("%s wins the lot (drawn order %s)", id, strings.Join(order, ", "))})
	}
	return order, steps, nil
}

// byVotes says whether r settles a tie by the tied lists' votes.
func (r TieRule) byVotes() bool { return r == MostVotes || r == FewestVotes }

// settleByVotes settles t by the tied lists' votes, more first under
// MostVotes, fewer first under FewestVotes. Lists of equal votes at the cut
// (the last that wins and the first that does not) are a tie of their own
// that only lots settle: a *TieError of that tie when the lots do not.
func (b *breaker) settleByVotes(rule TieRule, t Tie, head election.Step) ([]string, []election.Step, error) {
	ranked := slices.Clone(t.Tied)
	order.Stable(ranked, func(x, y string) int {
		if rule == MostVotes {
			return cmp.Compare(b.votes(y), b.votes(x))
		}
		return cmp.Compare(b.votes(x), b.votes(y))
	})
	head.Detail += "; settled by " + string(rule)
	steps := []election.Step{head}
	k := t.Seats
	if k < len(ranked) && b.votes(ranked[k-1]) == b.votes(ranked[k]) {
		// Equal votes at the cut: those of them that win are drawn.
		v := b.votes(ranked[k])
		var same []string
		sure := 0
		for i, id := range ranked {
			switch {
			case b.votes(id) == v:
				same = append(same, id)
			case i < k:
				sure++
			}
		}
		slices.Sort(same)
		sub := Tie{Context: t.Context, Tied: same, Seats: k - sure, Value: t.Value + " and " + strconv.FormatInt(v, 10) + " votes"}
		drawn, lotSteps, err := b.settleBy(Lots, sub)
		steps = append(steps, lotSteps...)
		if err != nil {
			return nil, steps, err
		}
		ranked = append(append(ranked[:sure:sure], drawn...), ranked[sure+len(same):]...)
	}
	b.record(t, rule, ranked)
	for _, id := range ranked[:t.Seats] {
		steps = append(steps, election.Step{Kind: "tie_break", Subject: id, Value: strconv.FormatInt(b.votes(id), 10), Seats: 1,
			Detail: fmt.Sprintf("%s wins the tie by its %d votes (%s)", id, b.votes(id), rule)})
	}
	return ranked, steps, nil
}

// record notes that t was settled by rule into order.
func (b *breaker) record(t Tie, rule TieRule, order []string) {
	t.SettledBy, t.Order, t.Winners = string(rule), slices.Clone(order), slices.Clone(order[:t.Seats])
	b.ties = append(b.ties, t)
}

// unoffered returns an ErrBadLot error if a lot names an option that no tie
// so far offered (t, when not nil, is the tie met now, awaiting lots),
// naming the tied sets it could have named.
func (b *breaker) unoffered(t *Tie) error {
	for _, id := range b.lots {
		if !b.offered[id] {
			var sets []string
			for _, x := range b.ties {
				if x.SettledBy == string(Lots) || x.SettledBy == "" {
					sets = append(sets, tiedText(x))
				}
			}
			if t != nil {
				sets = append(sets, tiedText(*t))
			}
			if len(sets) == 0 {
				return fmt.Errorf("%w: %q was drawn, but no tie is settled by lots here", ErrBadLot, id)
			}
			return fmt.Errorf("%w: %q was drawn but is not among the tied: %s", ErrBadLot, id, strings.Join(sets, "; "))
		}
	}
	return nil
}

// tiedText names a tie's set: "apc, pdp (1 seat at 1144)".
func tiedText(t Tie) string {
	return fmt.Sprintf("%s (%d seat(s) at %s)", strings.Join(t.Tied, ", "), t.Seats, t.Value)
}

// invalid wraps ErrInvalid with detail.
func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

// distinctPositive checks that numbers named by what are >= 1 and distinct.
func distinctPositive(ids []string, nums []int, what string) error {
	seen := make(map[int]string, len(nums))
	for i, n := range nums {
		if n < 1 {
			return invalid("%s of %q is %d, must be >= 1", what, ids[i], n)
		}
		if other, dup := seen[n]; dup {
			return invalid("%q and %q share %s %d", other, ids[i], what, n)
		}
		seen[n] = ids[i]
	}
	return nil
}

// checkIDs checks that IDs are non-empty and distinct.
func checkIDs(ids []string) error {
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if id == "" {
			return invalid("empty ID")
		}
		if seen[id] {
			return invalid("duplicate ID %q", id)
		}
		seen[id] = true
	}
	return nil
}
