package shailoo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// kg2021Def returns the embedded 2021 election without its protocols, and
// the protocols.
func kg2021Def(t testing.TB) (*election.Election, []election.Protocol) {
	t.Helper()
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	def := *d.Election
	ps := def.Protocols
	def.Protocols = nil
	return &def, ps
}

// comparable is the JSON of res without what says how the protocols came
// (inputs, corrections).
func comparableJSON(t testing.TB, res *shailoo.Result) []byte {
	t.Helper()
	r := *res
	r.Inputs, r.Corrections = nil, nil
	b, err := json.Marshal(&r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestTallyShuffledEqualsCount(t *testing.T) {
	def, ps := kg2021Def(t)
	if testing.Short() {
		ps = ps[:400]
	}
	full := *def
	full.Protocols = ps
	want, err := shailoo.Count(&full, shailoo.KG2021())
	if err != nil {
		t.Fatal(err)
	}
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	order := rand.New(rand.NewPCG(1, 2)).Perm(len(ps))
	for n, i := range order {
		if err := tl.Add(ps[i]); err != nil {
			t.Fatalf("add %d (%s %s): %v", n, ps[i].Precinct, ps[i].Ballot, err)
		}
		if n == 10 {
			res, err := tl.Result()
			if err != nil {
				t.Fatal(err)
			}
			if !res.Partial() || !res.Provisional || res.Seats.Total == 0 {
				t.Errorf("after 11 protocols: partial %v, provisional %v", res.Partial(), res.Provisional)
			}
		}
	}
	got, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	if g, w := comparableJSON(t, got), comparableJSON(t, want); !bytes.Equal(g, w) {
		t.Errorf("the Tally's result differs from Count's")
	}
	if testing.Short() {
		return
	}
	if got.Partial() {
		t.Errorf("complete count marked partial: %+v", got.Reporting)
	}
	pg := tl.Progress()
	if pg.Reporting.Reporting != pg.Precincts || pg.Precincts != len(def.Precincts) {
		t.Errorf("progress %+v, want all %d precincts reporting", pg.Reporting, len(def.Precincts))
	}
}

func TestTallyRefuses(t *testing.T) {
	def, ps := kg2021Def(t)
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := tl.Add(ps[0]); err != nil {
		t.Fatal(err)
	}
	if err := tl.Add(ps[0]); !errors.Is(err, shailoo.ErrCounted) {
		t.Errorf("second add: %v, want ErrCounted", err)
	}
	bad := ps[1]
	bad.Lines = map[election.Line]int64{}
	for k, v := range ps[1].Lines {
		bad.Lines[k] = v
	}
	bad.Lines[election.Valid]++
	err = tl.Add(bad)
	var re *shailoo.RejectedError
	if !errors.Is(err, shailoo.ErrRejected) || !errors.As(err, &re) || len(re.Findings) == 0 {
		t.Fatalf("bad protocol: %v, want a RejectedError with findings", err)
	}
	if rep := tl.Check(bad); rep.Errors() == 0 {
		t.Errorf("Check found no error in a protocol Add refused")
	}
	if err := tl.Withdraw(ps[1].Precinct, ps[1].Ballot, ps[1].Machine); !errors.Is(err, shailoo.ErrNotCounted) {
		t.Errorf("withdraw of a protocol never counted: %v", err)
	}
	if err := tl.Replace(bad); !errors.Is(err, shailoo.ErrNotCounted) {
		t.Errorf("replace of a protocol never counted: %v", err)
	}
	res, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	if res.Totals.Protocols != 1 {
		t.Errorf("%d protocols counted, want 1", res.Totals.Protocols)
	}
	if res.Reporting == nil || res.Reporting.Precincts != len(def.Precincts) {
		t.Errorf("reporting %+v", res.Reporting)
	}
	for _, f := range res.Findings.Findings {
		if f.Code == validate.MissingListProtocol || f.Code == validate.MissingOkrugProtocol {
			continue
		}
		if f.Severity == validate.Error {
			t.Errorf("an error finding in the count of accepted protocols: %+v", f)
		}
	}
}

func TestTallyCorrections(t *testing.T) {
	def, ps := kg2021Def(t)
	full := *def
	full.Protocols = ps[:200]
	want, err := shailoo.Count(&full, shailoo.KG2021())
	if err != nil {
		t.Fatal(err)
	}
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps[:200] {
		if err := tl.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	// A typo corrected, a protocol withdrawn and added back.
	typo := ps[4] // a list protocol
	typo.Votes = maps.Clone(ps[4].Votes)
	typo.Votes["ata-jurt"] -= 2
	typo.Votes["ishenim"] += 2
	if err := tl.Replace(typo); err != nil {
		t.Fatal(err)
	}
	if err := tl.Withdraw(ps[7].Precinct, ps[7].Ballot, false); err != nil {
		t.Fatal(err)
	}
	if err := tl.Replace(ps[4]); err != nil {
		t.Fatal(err)
	}
	if err := tl.Add(ps[7]); err != nil {
		t.Fatal(err)
	}
	got, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(comparableJSON(t, got), comparableJSON(t, want)) {
		t.Errorf("after corrections the result differs from Count's")
	}
	if len(got.Corrections) != 3 || got.Corrections[1].Kind != shailoo.CorrectionWithdraw || got.Corrections[2].Kind != shailoo.CorrectionReplace {
		t.Fatalf("corrections %+v", got.Corrections)
	}
	two, minusTwo := int64(2), int64(-2)
	for _, c := range []shailoo.Correction{got.Corrections[0], got.Corrections[2]} {
		if len(c.Changes) != 2 || c.Changes[0].Key != "ata-jurt" || c.Changes[1].Key != "ishenim" {
			t.Fatalf("correction %d: changes %+v, want ata-jurt and ishenim", c.Seq, c.Changes)
		}
		d := c.Changes[0]
		if diff := *d.After - *d.Before; (c.Seq == 1 && diff != minusTwo) || (c.Seq == 3 && diff != two) {
			t.Errorf("correction %d: ata-jurt %d -> %d", c.Seq, *d.Before, *d.After)
		}
	}
	if w := got.Corrections[1]; len(w.Changes) != len(ps[7].Lines)+len(ps[7].Votes)+len(ps[7].Preferences) || w.Changes[0].After != nil {
		t.Errorf("withdrawal: %d changes, want every figure of the protocol taken back", len(w.Changes))
	}
}

// TestTallyConcurrent adds from several goroutines while others read: run
// with -race.
func TestTallyConcurrent(t *testing.T) {
	def, ps := kg2021Def(t)
	ps = ps[:300]
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(ps); i += 4 {
				if err := tl.Add(ps[i]); err != nil {
					t.Error(err)
				}
				if i%50 == 0 {
					tl.Check(ps[i])
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 5 {
			if _, err := tl.Result(); err != nil {
				t.Error(err)
			}
			tl.Progress()
		}
	}()
	wg.Wait()
	res, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	if res.Totals.Protocols != len(ps) {
		t.Errorf("%d protocols counted, want %d", res.Totals.Protocols, len(ps))
	}
}

// TestPropertyTallyEqualsCount: a Tally fed any subset of a synthetic
// election's protocols in any order, with corrections on the way (a
// wrong protocol replaced, a protocol withdrawn and added again, one
// added and withdrawn for good), gives Count's Result on the same
// protocols, byte for byte but for the inputs and the corrections.
func TestPropertyTallyEqualsCount(t *testing.T) {
	p := newProps(t, 100)
	p.Property("Tally = Count", prop.ForAll(
		func(w world) (bool, error) {
			e, err := w.election()
			if err != nil {
				return false, err
			}
			r, err := w.rules()
			if err != nil {
				return false, err
			}
			rng := rand.New(rand.NewPCG(w.Perm, 7))
			def := *e
			def.Protocols = nil
			var kept, dropped []election.Protocol
			for _, q := range e.Protocols {
				if rng.IntN(4) == 0 {
					dropped = append(dropped, q)
				} else {
					kept = append(kept, q)
				}
			}
			full := def
			full.Protocols = kept
			want, err := shailoo.Count(&full, r)
			if err != nil {
				return false, err
			}
			tl, err := shailoo.NewTally(&def, r, shailoo.Options{})
			if err != nil {
				return false, err
			}
			order := slices.Clone(kept)
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for i, q := range order {
				switch rng.IntN(4) {
				case 0: // a wrong figure first, then the right protocol
					bad := q
					bad.Votes = maps.Clone(q.Votes)
					for k := range bad.Votes {
						bad.Votes[k] += 7
						break
					}
					if err := tl.Add(bad); err == nil {
						if err := tl.Replace(q); err != nil {
							return false, fmt.Errorf("replace %d: %w", i, err)
						}
						continue
					} else if !errors.Is(err, shailoo.ErrRejected) {
						return false, fmt.Errorf("add %d: %w", i, err)
					}
				case 1: // added, withdrawn, added again
					if err := tl.Add(q); err != nil {
						return false, fmt.Errorf("add %d: %w", i, err)
					}
					if err := tl.Withdraw(q.Precinct, q.Ballot, q.Machine); err != nil {
						return false, fmt.Errorf("withdraw %d: %w", i, err)
					}
				}
				if err := tl.Add(q); err != nil {
					return false, fmt.Errorf("add %d (%s %s): %w", i, q.Precinct, q.Ballot, err)
				}
				if i%5 == 0 {
					if _, err := tl.Result(); err != nil {
						return false, err
					}
				}
			}
			for _, q := range dropped { // in, then out for good
				if rng.IntN(2) == 0 {
					continue
				}
				if err := tl.Add(q); err != nil {
					continue // refused in this context: never in
				}
				if err := tl.Withdraw(q.Precinct, q.Ballot, q.Machine); err != nil {
					return false, err
				}
			}
			got, err := tl.Result()
			if err != nil {
				return false, err
			}
			if g, w := comparableJSON(t, got), comparableJSON(t, want); !bytes.Equal(g, w) {
				return false, fmt.Errorf("the Tally's result differs from Count's:\n%s", tallyDiff(g, w))
			}
			return true, nil
		}, genWorld(true)))
	p.TestingRun(t)
}

// firstDiff shows where two JSON documents part.
func tallyDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-300, 0)
	return fmt.Sprintf("tally: …%s…\ncount: …%s…", a[lo:min(i+200, len(a))], b[lo:min(i+200, len(b))])
}

// TestTallyOfDefinitionIsCount: a Tally made of an election with its
// protocols, read before any change, is Count's Result byte for byte,
// inputs included.
func TestTallyOfDefinitionIsCount(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	want, err := shailoo.Count(d.Election, shailoo.KG2021())
	if err != nil {
		t.Fatal(err)
	}
	tl, err := shailoo.NewTally(d.Election, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("NewTally(e).Result() differs from Count(e):\n%s", tallyDiff(g, w))
	}
}
