package shailoo_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/synth"
)

// slotKey names a Tally's slot: precinct, ballot, count.
type slotKey struct {
	precinct string
	ballot   election.BallotKind
	machine  bool
}

func keyOf(p election.Protocol) slotKey { return slotKey{p.Precinct, p.Ballot, p.Machine} }

// sameFigures says whether p and q give the same figures (a nil map gives
// none, as an empty one).
func sameFigures(p, q election.Protocol) bool {
	return keyOf(p) == keyOf(q) && maps.Equal(p.Lines, q.Lines) && maps.Equal(p.Votes, q.Votes) && maps.Equal(p.Preferences, q.Preferences)
}

// FuzzTally runs a sequence of additions, replacements and withdrawals,
// drawn from the bytes, on a Tally of a small synthetic election: among
// them resends, machine counts that differ from the manual count, second
// protocols of a slot with other figures and protocols that lack a line.
// Each call must answer as a model of the slots says (counted, a resend,
// not counted), and the Result must be CountWith's on the protocols the
// model holds, but for the inputs and the corrections, whose number must
// be that of the corrections made.
func FuzzTally(f *testing.F) {
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0, 4, 1, 0, 0, 1, 0, 2, 0, 0, 0, 5, 0, 3, 1})
	f.Add([]byte{7, 0, 0, 0, 0, 0, 0, 0, 3, 0, 1, 1, 1, 2, 1, 3, 1, 4, 1, 6, 2, 0, 3, 2, 4, 1, 5, 3})
	f.Add([]byte{9, 9, 9, 9, 9, 9, 9, 9, 2, 1, 6, 0, 6, 1, 2, 2, 0, 4, 0, 4, 5, 4, 0, 4, 1, 4})
	f.Add([]byte{3, 0, 0, 0, 0, 0, 0, 0, 4, 0, 2, 0, 2, 2, 0, 0, 0, 1, 0, 2, 2, 4, 0, 3, 2, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 10 || len(data) > 400 {
			return
		}
		seed := binary.LittleEndian.Uint64(data)
		precincts, machine := 1+int(data[8]%5), data[9]%2 == 1
		e, err := synth.Generate(synth.Config{Seed: seed, Precincts: precincts, Regions: 1, Okrugs: 1, Lists: 3, CandidatesPerList: 3,
			OkrugCandidates: 2, TurnoutMin: 20, TurnoutMax: 60, Preferences: true, MachineProtocols: machine})
		if err != nil {
			t.Skip(err)
		}
		r := shailoo.KG2021()
		def := *e
		def.Protocols = nil
		probe, err := shailoo.NewTally(&def, r, shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		fits := func(q election.Protocol) bool {
			_, err := probe.Check(q)
			return err == nil
		}
		tl, err := shailoo.NewTally(&def, r, shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		model := map[slotKey][]election.Protocol{}
		corrections := 0
		ps := e.Protocols
		for i := 10; i+1 < len(data); i += 2 {
			q := ps[int(data[i+1])%len(ps)]
			switch data[i] % 7 {
			case 1:
				q, _ = moveVote(q, 1)
			case 2:
				if q.Machine {
					continue
				}
				q = machineTwin(q, data[i+1]%2 == 0)
			case 4:
				q, _ = moveVote(q, 2)
			case 6:
				q.Lines = maps.Clone(q.Lines)
				delete(q.Lines, []election.Line{election.Valid, election.Voters, election.Invalid}[int(data[i+1])%3])
			}
			k, held := keyOf(q), model[keyOf(q)]
			switch data[i] % 7 {
			case 0, 1, 2, 6: // added
				err := tl.Add(q)
				switch {
				case slices.ContainsFunc(held, func(p election.Protocol) bool { return sameFigures(p, q) }):
					if !errors.Is(err, shailoo.ErrCounted) {
						t.Fatalf("op %d: resend added: %v, want ErrCounted", i, err)
					}
				case !fits(q):
					if !errors.Is(err, shailoo.ErrRejected) {
						t.Fatalf("op %d: wrong protocol added: %v, want ErrRejected", i, err)
					}
				case err != nil:
					t.Fatalf("op %d: add %s %s machine %v: %v", i, q.Precinct, q.Ballot, q.Machine, err)
				default:
					model[k] = append(held, q)
				}
			case 3, 4: // replaced
				err := tl.Replace(q)
				switch {
				case len(held) == 0:
					if !errors.Is(err, shailoo.ErrNotCounted) {
						t.Fatalf("op %d: replace of nothing: %v, want ErrNotCounted", i, err)
					}
				case len(held) == 1 && sameFigures(held[0], q):
					if !errors.Is(err, shailoo.ErrCounted) {
						t.Fatalf("op %d: resent replacement: %v, want ErrCounted", i, err)
					}
				case !fits(q):
					if !errors.Is(err, shailoo.ErrRejected) {
						t.Fatalf("op %d: wrong replacement: %v, want ErrRejected", i, err)
					}
				case err != nil:
					t.Fatalf("op %d: replace: %v", i, err)
				default:
					model[k] = []election.Protocol{q}
					corrections++
				}
			case 5: // withdrawn
				err := tl.Withdraw(q.Precinct, q.Ballot, q.Machine)
				switch {
				case len(held) == 0:
					if !errors.Is(err, shailoo.ErrNotCounted) {
						t.Fatalf("op %d: withdrawal of nothing: %v, want ErrNotCounted", i, err)
					}
				case err != nil:
					t.Fatalf("op %d: withdraw: %v", i, err)
				default:
					delete(model, k)
					corrections++
				}
			}
		}
		full := def
		for _, k := range slices.SortedFunc(maps.Keys(model), func(a, b slotKey) int {
			return cmpKey(a, b)
		}) {
			full.Protocols = append(full.Protocols, model[k]...)
		}
		want, err := shailoo.CountWith(&full, r, shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := tl.Result()
		if err != nil {
			t.Fatal(err)
		}
		if g, w := comparableJSON(t, got), comparableJSON(t, want); !bytes.Equal(g, w) {
			t.Fatalf("the Tally's result differs from CountWith's:\n%s", tallyDiff(g, w))
		}
		if len(got.Corrections) != corrections {
			t.Errorf("%d corrections recorded, %d made", len(got.Corrections), corrections)
		}
	})
}

func cmpKey(a, b slotKey) int {
	return bytes.Compare([]byte(fmt.Sprintf("%s\x00%s\x00%v", a.precinct, a.ballot, a.machine)), []byte(fmt.Sprintf("%s\x00%s\x00%v", b.precinct, b.ballot, b.machine)))
}
