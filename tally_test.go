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
	if rep, err := tl.Check(bad); rep.Errors() == 0 || !errors.Is(err, shailoo.ErrRejected) {
		t.Errorf("Check found no error in a protocol Add refused: %v", err)
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
					_, _ = tl.Check(ps[i])
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

// moveVote returns a copy of p with one vote moved between two of its
// choices (its sums hold), and false when it has no two choices to move
// between.
func moveVote(p election.Protocol, n int64) (election.Protocol, bool) {
	ids := slices.Sorted(maps.Keys(p.Votes))
	for _, from := range ids {
		if p.Votes[from] < n {
			continue
		}
		for _, to := range ids {
			if to != from {
				q := p
				q.Votes = maps.Clone(p.Votes)
				q.Votes[from] -= n
				q.Votes[to] += n
				return q, true
			}
		}
	}
	return p, false
}

// machineTwin returns p's machine count, with votes moved when differ.
func machineTwin(p election.Protocol, differ bool) election.Protocol {
	m := p
	m.Machine = true
	m.Lines, m.Votes, m.Preferences = maps.Clone(p.Lines), maps.Clone(p.Votes), nil
	if differ {
		m, _ = moveVote(m, 3)
	}
	return m
}

// TestTallyTwinsInEitherOrder: a manual protocol and a machine count that
// differs from it give Count's result whichever comes first: both are
// counted, and the disagreement is a finding of the Result.
func TestTallyTwinsInEitherOrder(t *testing.T) {
	def, ps := kg2021Def(t)
	ps = ps[:40]
	m := machineTwin(ps[0], true)
	full := *def
	full.Protocols = append(slices.Clone(ps), m)
	want, err := shailoo.Count(&full, shailoo.KG2021())
	if err != nil {
		t.Fatal(err)
	}
	if want.Findings.Errors() == 0 {
		t.Fatal("Count finds no disagreement between the counts")
	}
	for _, order := range [][]election.Protocol{append(slices.Clone(ps), m), append([]election.Protocol{m}, ps...)} {
		tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range order {
			if err := tl.Add(p); err != nil {
				t.Fatalf("machine first %v: %v", order[0].Machine, err)
			}
		}
		got, err := tl.Result()
		if err != nil {
			t.Fatal(err)
		}
		if g, w := comparableJSON(t, got), comparableJSON(t, want); !bytes.Equal(g, w) {
			t.Errorf("machine first %v: the Tally's result differs from Count's:\n%s", order[0].Machine, tallyDiff(g, w))
		}
	}
	// Check says so beforehand.
	tl, _ := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	if err := tl.Add(ps[0]); err != nil {
		t.Fatal(err)
	}
	rep, _ := tl.Check(m)
	if rep.Errors() == 0 || rep.Findings[0].Code != validate.MachineVotes {
		t.Errorf("Check of the machine count: %+v, want its disagreement (X202)", rep.Findings)
	}
}

// TestTallyMissingLines: a list protocol that does not give a line is
// counted, as Count counts it (its relations not evaluated, a missing
// line of the threshold base an error of the Result), and Check says so
// beforehand.
func TestTallyMissingLines(t *testing.T) {
	def, ps := kg2021Def(t)
	ps = slices.Clone(ps[:60])
	noValid := ps[2] // a list protocol
	noValid.Lines = maps.Clone(noValid.Lines)
	delete(noValid.Lines, election.Valid)
	noLines := ps[4]
	noLines.Lines = nil
	ps[2], ps[4] = noValid, noLines
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		p     election.Protocol
		lines int // the base lines it lacks
	}{{noValid, 1}, {noLines, 2}} {
		rep, _ := tl.Check(c.p)
		n := 0
		for _, f := range rep.Findings {
			if f.Code != validate.BaseLineMissing {
				t.Errorf("precinct %s: finding %+v", c.p.Precinct, f)
			}
			n++
		}
		if n != c.lines || len(rep.NotEvaluated) == 0 {
			t.Errorf("precinct %s: Check gives %d findings X227, want %d, and %d relations not evaluated, want some",
				c.p.Precinct, n, c.lines, len(rep.NotEvaluated))
		}
	}
	for _, p := range ps {
		if err := tl.Add(p); err != nil {
			t.Fatalf("precinct %s, %s ballot: %v", p.Precinct, p.Ballot, err)
		}
	}
	full := *def
	full.Protocols = ps
	want, err := shailoo.Count(&full, shailoo.KG2021())
	if err != nil {
		t.Fatal(err)
	}
	got, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	if g, w := comparableJSON(t, got), comparableJSON(t, want); !bytes.Equal(g, w) {
		t.Errorf("the Tally's result differs from Count's:\n%s", tallyDiff(g, w))
	}
	if len(got.Findings.NotEvaluated) == 0 {
		t.Error("no relation not evaluated")
	}
}

// TestTallyDuplicates: a second protocol of a slot with other figures is
// counted beside the first and the Result says so (X207), as Count's
// does; a resend of the same figures changes nothing; a Replace leaves
// one.
func TestTallyDuplicates(t *testing.T) {
	def, ps := kg2021Def(t)
	ps = ps[:30]
	other, ok := moveVote(ps[0], 2)
	if !ok {
		t.Fatal("no votes to move")
	}
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if err := tl.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := tl.Add(ps[0]); !errors.Is(err, shailoo.ErrCounted) {
		t.Errorf("resend: %v, want ErrCounted", err)
	}
	if rep, err := tl.Check(other); err != nil || rep.Errors() != 1 || rep.Findings[0].Code != validate.DuplicateProtocol {
		t.Errorf("Check of the second protocol: %+v, %v, want X207 and no error", rep.Findings, err)
	}
	if err := tl.Add(other); err != nil {
		t.Fatalf("second protocol of the slot: %v", err)
	}
	if err := tl.Add(other); !errors.Is(err, shailoo.ErrCounted) {
		t.Errorf("resend of the second: %v, want ErrCounted", err)
	}
	full := *def
	full.Protocols = append(slices.Clone(ps), other)
	want, err := shailoo.Count(&full, shailoo.KG2021())
	if err != nil {
		t.Fatal(err)
	}
	got, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	if g, w := comparableJSON(t, got), comparableJSON(t, want); !bytes.Equal(g, w) {
		t.Errorf("with a duplicate, the Tally's result differs from Count's:\n%s", tallyDiff(g, w))
	}
	if !slices.ContainsFunc(got.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.DuplicateProtocol }) {
		t.Error("the Result has no X207")
	}
	// The right one replaces both.
	if err := tl.Replace(ps[0]); err != nil {
		t.Fatal(err)
	}
	full.Protocols = ps
	if want, err = shailoo.Count(&full, shailoo.KG2021()); err != nil {
		t.Fatal(err)
	}
	if got, err = tl.Result(); err != nil {
		t.Fatal(err)
	}
	if g, w := comparableJSON(t, got), comparableJSON(t, want); !bytes.Equal(g, w) {
		t.Errorf("after the replacement, the Tally's result differs from Count's:\n%s", tallyDiff(g, w))
	}
	if c := got.Corrections; len(c) != 1 || c[0].Copies != 2 || len(c[0].Changes) != 0 {
		t.Errorf("corrections %+v, want one taking back 2 copies, changing none of the first's figures", c)
	}
	// Now a resend of it is no correction.
	if err := tl.Replace(ps[0]); !errors.Is(err, shailoo.ErrCounted) {
		t.Errorf("resent replacement: %v, want ErrCounted", err)
	}
	if got, _ = tl.Result(); len(got.Corrections) != 1 {
		t.Errorf("a resend recorded as a correction: %+v", got.Corrections)
	}
}

// TestTallyResultOwnCopy: a caller who changes the Result it got changes
// no other.
func TestTallyResultOwnCopy(t *testing.T) {
	def, ps := kg2021Def(t)
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps[:100] {
		if err := tl.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := tl.Withdraw(ps[0].Precinct, ps[0].Ballot, false); err != nil {
		t.Fatal(err)
	}
	a, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	want := comparableJSON(t, a)
	wantCorr, _ := json.Marshal(a.Corrections)
	a.Lists[0].Votes = -1
	a.Lists[0].National.Votes = -1
	a.Steps[0].Value = "changed"
	a.Findings.Findings[0].Got = "changed"
	a.Reporting.Reporting = -1
	a.Rules.Name = "changed"
	*a.Corrections[0].Changes[0].Before = -1
	a.Okrugs[0].Valid = -1
	b, err := tl.Result()
	if err != nil {
		t.Fatal(err)
	}
	if g := comparableJSON(t, b); !bytes.Equal(g, want) {
		t.Errorf("a change to one Result shows in the next:\n%s", tallyDiff(g, want))
	}
	if g, _ := json.Marshal(b.Corrections); !bytes.Equal(g, wantCorr) {
		t.Errorf("a change to one Result's corrections shows in the next")
	}
}

// TestPropertyTallyAnyOrder: a Tally fed a small election's protocols in
// any order, among them machine counts that differ from their manual
// count, second protocols of a slot with other figures (duplicates),
// protocols that lack lines, and resends, gives CountWith's Result on the
// same protocols (each resend once), byte for byte but for the inputs and
// the corrections.
func TestPropertyTallyAnyOrder(t *testing.T) {
	p := newProps(t, 100)
	p.Property("Tally in any order = CountWith", prop.ForAll(
		func(w world) (bool, error) {
			e, err := w.election()
			if err != nil {
				return false, err
			}
			r, err := w.rules()
			if err != nil {
				return false, err
			}
			rng := rand.New(rand.NewPCG(w.Perm, 11))
			def := *e
			def.Protocols = nil
			probe, err := shailoo.NewTally(&def, r, shailoo.Options{})
			if err != nil {
				return false, err
			}
			// fits says that q has no error of its own (Add counts it).
			fits := func(q election.Protocol) bool {
				_, err := probe.Check(q)
				return err == nil
			}
			var in []election.Protocol
			for _, q := range e.Protocols {
				if !q.Machine && rng.IntN(6) == 0 {
					q.Lines = maps.Clone(q.Lines)
					delete(q.Lines, []election.Line{election.Valid, election.Voters, election.Invalid}[rng.IntN(3)])
				}
				if q.Machine && rng.IntN(3) == 0 {
					if m, ok := moveVote(q, 1); ok && fits(m) {
						q = m
					}
				}
				in = append(in, q)
				if !q.Machine && !w.Config.MachineProtocols && rng.IntN(4) == 0 {
					if m := machineTwin(q, rng.IntN(2) == 0); fits(m) {
						in = append(in, m)
					}
				}
				if rng.IntN(8) == 0 {
					if d, ok := moveVote(q, 1); ok && fits(d) {
						in = append(in, d)
					}
				}
			}
			full := def
			full.Protocols = in
			want, err := shailoo.CountWith(&full, r, shailoo.Options{})
			if err != nil {
				return false, err
			}
			tl, err := shailoo.NewTally(&def, r, shailoo.Options{})
			if err != nil {
				return false, err
			}
			order := slices.Clone(in)
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for i, q := range order {
				if err := tl.Add(q); err != nil {
					return false, fmt.Errorf("add %d (%s %s machine %v): %w", i, q.Precinct, q.Ballot, q.Machine, err)
				}
				if rng.IntN(5) == 0 {
					if err := tl.Add(q); !errors.Is(err, shailoo.ErrCounted) {
						return false, fmt.Errorf("resend %d: %v, want ErrCounted", i, err)
					}
				}
				if i%7 == 0 {
					if _, err := tl.Result(); err != nil {
						return false, err
					}
				}
			}
			got, err := tl.Result()
			if err != nil {
				return false, err
			}
			if g, w := comparableJSON(t, got), comparableJSON(t, want); !bytes.Equal(g, w) {
				return false, fmt.Errorf("the Tally's result differs from CountWith's:\n%s", tallyDiff(g, w))
			}
			return true, nil
		}, genWorld(true)))
	p.TestingRun(t)
}
