package tally

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

// ErrNilProtocol is returned by Totals.Add when it is given no protocol.
var ErrNilProtocol = errors.New("tally: nil protocol")

// Totals is the sum of a set of protocols of one ballot: every protocol line,
// the votes per choice and the preference votes per candidate, each summed
// over the protocols that give it, and the number of protocols summed.
//
// A key is present when at least one protocol summed gives that figure (a
// figure of 0 included), so a missing key still means "not given". The zero
// value is an empty sum, ready to use; Add and Merge allocate its maps, so
// that a sum serialises maps as objects, never as null.
type Totals struct {
	Lines       map[election.Line]int64 `json:"lines"`
	Votes       map[string]int64        `json:"votes"`
	Preferences map[string]int64        `json:"preferences"`
	Protocols   int                     `json:"protocols"`
}

// NewTotals returns an empty sum whose maps are allocated, so that it
// serialises as empty objects rather than null.
func NewTotals() Totals {
	return Totals{Lines: map[election.Line]int64{}, Votes: map[string]int64{}, Preferences: map[string]int64{}}
}

// OverflowError reports a sum that left the int64 range. Field is "lines",
// "votes", "preferences" or "protocols"; Key is the line, choice or candidate
// concerned. Precinct and Ballot name the protocol being added (empty when
// two sums were merged). It unwraps to exact.ErrOverflow.
type OverflowError struct {
	Precinct string              `json:"precinct,omitempty"`
	Ballot   election.BallotKind `json:"ballot,omitempty"`
	Field    string              `json:"field"`
	Key      string              `json:"key,omitempty"`
}

func (e *OverflowError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	where := "merge"
	if e.Precinct != "" || e.Ballot != "" {
		where = fmt.Sprintf("precinct %q (%s ballot)", e.Precinct, e.Ballot)
	}
	return fmt.Sprintf("tally: %s: %s", where, e.figure())
}

// figure says the field that overflowed, and that it did.
func (e *OverflowError) figure() string {
	if e.Key == "" {
		return fmt.Sprintf("%s: %v", e.Field, exact.ErrOverflow)
	}
	return fmt.Sprintf("%s[%q]: %v", e.Field, e.Key, exact.ErrOverflow)
}

// Unwrap returns exact.ErrOverflow.
func (e *OverflowError) Unwrap() error { return exact.ErrOverflow }

// Add adds protocol p to t. It is all or nothing: when a sum would overflow
// it returns an *OverflowError naming the precinct and the field (the first
// in the order lines, votes, preferences, then by key) and leaves t as it was.
func (t *Totals) Add(p *election.Protocol) error {
	if p == nil {
		return ErrNilProtocol
	}
	if err := t.add(p.Lines, p.Votes, p.Preferences, 1); err != nil {
		err.Precinct, err.Ballot = p.Precinct, p.Ballot
		return err
	}
	return nil
}

// Merge adds the sum o to t, all or nothing, as Add does. A nil o adds
// nothing.
func (t *Totals) Merge(o *Totals) error {
	if o == nil {
		return nil
	}
	if err := t.add(o.Lines, o.Votes, o.Preferences, o.Protocols); err != nil {
		return err
	}
	return nil
}

func (t *Totals) add(lines map[election.Line]int64, votes, prefs map[string]int64, protocols int) *OverflowError {
	if k, bad := firstOverflow(t.Lines, lines); bad {
		return &OverflowError{Field: "lines", Key: string(k)}
	}
	if k, bad := firstOverflow(t.Votes, votes); bad {
		return &OverflowError{Field: "votes", Key: k}
	}
	if k, bad := firstOverflow(t.Preferences, prefs); bad {
		return &OverflowError{Field: "preferences", Key: k}
	}
	if n, err := exact.Add(int64(t.Protocols), int64(protocols)); err != nil || n != int64(int(n)) {
		return &OverflowError{Field: "protocols"}
	}
	t.Lines = addInto(t.Lines, lines)
	t.Votes = addInto(t.Votes, votes)
	t.Preferences = addInto(t.Preferences, prefs)
	t.Protocols += protocols
	return nil
}

// firstOverflow reports whether adding src to dst overflows, and if so the
// smallest key that does (so that the error does not depend on map order).
func firstOverflow[K ~string](dst, src map[K]int64) (K, bool) {
	for k, v := range src {
		if _, err := exact.Add(dst[k], v); err != nil {
			return smallestOverflow(dst, src), true
		}
	}
	var zero K
	return zero, false
}

func smallestOverflow[K ~string](dst, src map[K]int64) K {
	var bad []K
	for k, v := range src {
		if _, err := exact.Add(dst[k], v); err != nil {
			bad = append(bad, k)
		}
	}
	return slices.Min(bad)
}

// addInto adds src to dst (allocating dst if needed); the caller has checked
// that no sum overflows.
func addInto[K comparable](dst, src map[K]int64) map[K]int64 {
	if dst == nil {
		dst = make(map[K]int64, len(src))
	}
	for k, v := range src {
		dst[k] += v
	}
	return dst
}
