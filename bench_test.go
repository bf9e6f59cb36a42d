package shailoo_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/synth"
	"github.com/shailoo/shailoo/seats"
)

// csvElection is a synthetic election written as scripts/bench writes it
// (`shailoo synth --no-preferences`): the definition in memory, the
// protocols in list.csv and okrug.csv.
type csvElection struct {
	def      *election.Election
	dir      string
	mappings [2]ingest.Mapping
	bytes    int64
}

var ballotFiles = [2]string{"list.csv", "okrug.csv"}

func writeCSVElection(tb testing.TB, precincts int) *csvElection {
	tb.Helper()
	abroad := precincts * 59 / 2494
	c := synth.DefaultConfig(1, precincts-abroad)
	c.Abroad, c.Preferences = abroad, false
	small := c
	small.Precincts, small.Abroad = c.Okrugs, 0
	def, err := synth.Stream(small, func(election.Precinct, []election.Protocol) error { return nil })
	if err != nil {
		tb.Fatal(err)
	}
	ce := &csvElection{dir: tb.TempDir()}
	var ws [2]*ingest.Writer
	var bufs [2]*bufio.Writer
	for i, kind := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
		m := ingest.MappingFor(def, kind)
		m.Preferences, m.MachineColumn = nil, nil
		ce.mappings[i] = m
		f, err := os.Create(filepath.Join(ce.dir, ballotFiles[i]))
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		bufs[i] = bufio.NewWriterSize(f, 1<<20)
		if ws[i], err = ingest.NewWriter(bufs[i], m); err != nil {
			tb.Fatal(err)
		}
	}
	var ps []election.Precinct
	def, err = synth.Stream(c, func(pr election.Precinct, protocols []election.Protocol) error {
		ps = append(ps, pr)
		for i := range protocols {
			w := ws[0]
			if protocols[i].Ballot == election.OkrugBallot {
				w = ws[1]
			}
			if err := w.WriteProtocol(&protocols[i], &pr); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	for i := range ws {
		if err := ws[i].Flush(); err != nil {
			tb.Fatal(err)
		}
		if err := bufs[i].Flush(); err != nil {
			tb.Fatal(err)
		}
		st, err := os.Stat(filepath.Join(ce.dir, ballotFiles[i]))
		if err != nil {
			tb.Fatal(err)
		}
		ce.bytes += st.Size()
	}
	def.Precincts = ps
	ce.def = def
	return ce
}

func (ce *csvElection) count(tb testing.TB, o shailoo.Options) *shailoo.Result {
	var files []shailoo.CSVInput
	for i, name := range ballotFiles {
		f, err := os.Open(filepath.Join(ce.dir, name))
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		files = append(files, shailoo.CSVInput{Name: name, R: f, Mapping: ce.mappings[i]})
	}
	res, err := shailoo.CountCSV(ce.def, shailoo.KG2021(), files, o)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// BenchmarkCount counts the 2,494-precinct election of the 2021 shape in
// memory (Count), and from CSV (CountCSV, the files read in one pass), and
// a 1,000,000-precinct election from CSV (skipped with -short): parsing,
// every control relation and cross-check, the tally, thresholds and seats,
// and the SHA-256 of the inputs.
func BenchmarkCount(b *testing.B) {
	b.Run("memory/precincts=2494", func(b *testing.B) {
		c := synth.DefaultConfig(1, 2435)
		e, err := synth.Generate(c)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := shailoo.Count(e, shailoo.KG2021()); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)*float64(len(e.Precincts))/b.Elapsed().Seconds(), "precincts/s")
	})
	for _, n := range []int{2494, 1_000_000} {
		for _, totals := range []bool{false, true} {
			name := fmt.Sprintf("csv/precincts=%d", n)
			if totals {
				name += "/totals-only"
			}
			b.Run(name, func(b *testing.B) {
				if n > 100_000 && testing.Short() {
					b.Skip("a million precincts: not with -short")
				}
				ce := writeCSVElection(b, n)
				b.SetBytes(ce.bytes)
				for b.Loop() {
					ce.count(b, shailoo.Options{TotalsOnly: totals})
				}
				b.ReportMetric(float64(b.N)*float64(n)/b.Elapsed().Seconds(), "precincts/s")
			})
		}
	}
}

// BenchmarkApportion shares 54 seats among 21 lists by every method.
func BenchmarkApportion(b *testing.B) {
	var entries []seats.Entry
	for i := range 21 {
		entries = append(entries, seats.Entry{ID: fmt.Sprintf("p%02d", i+1), Votes: 1_000_000/int64(i+2) + int64(i)*7919, Registration: i + 1})
	}
	for _, m := range seats.Methods() {
		b.Run(string(m), func(b *testing.B) {
			o := seats.Options{Seats: 54, Method: m, Cap: 27, Tie: seats.RegistrationOrder}
			for b.Loop() {
				if _, err := seats.Apportion(entries, o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFillList seats 15 candidates of a 54-candidate open list with
// the women's quota.
func BenchmarkFillList(b *testing.B) {
	var cands []seats.ListCandidate
	for i := range 54 {
		sex := election.Male
		if i%3 == 0 {
			sex = election.Female
		}
		cands = append(cands, seats.ListCandidate{ID: fmt.Sprintf("c%02d", i+1), Position: i + 1, Sex: sex, Preferences: int64((i * 7919) % 1000)})
	}
	r := seats.ListRule{WomenQuota: decimal.NewFromInt(30), Rounding: seats.RoundHalfUp, Tie: seats.ListPosition}
	for b.Loop() {
		if _, err := seats.FillList("p", cands, 15, r, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTally is a results service's evening: with half the protocols
// counted, each op adds one more protocol and reads the Result (Add +
// Result), on the embedded 2021 election (2,494 precincts, protocols in
// shuffled order) and on synthetic elections of the same shape at 2,494
// and 100,000 precincts (the latter skipped with -short). The heap the
// Tally holds once every protocol is in is reported as MB-held.
func BenchmarkTally(b *testing.B) {
	type input struct {
		name string
		load func(b *testing.B) (*election.Election, []election.Protocol)
	}
	synthetic := func(n int) func(b *testing.B) (*election.Election, []election.Protocol) {
		return func(b *testing.B) (*election.Election, []election.Protocol) {
			c := synth.DefaultConfig(1, n-n*59/2494)
			e, err := synth.Generate(c)
			if err != nil {
				b.Fatal(err)
			}
			def := *e
			def.Protocols = nil
			return &def, e.Protocols
		}
	}
	for _, in := range []input{
		{"kg2021/precincts=2494", func(b *testing.B) (*election.Election, []election.Protocol) { return kg2021Def(b) }},
		{"synth/precincts=2494", synthetic(2494)},
		{"synth/precincts=100000", synthetic(100_000)},
	} {
		b.Run(in.name, func(b *testing.B) {
			if strings.Contains(in.name, "100000") && testing.Short() {
				b.Skip("100,000 precincts: not with -short")
			}
			def, ps := in.load(b)
			rand.New(rand.NewPCG(3, 4)).Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
			half := len(ps) / 2
			var t *shailoo.Tally
			next := len(ps)
			fill := func() {
				var err error
				if t, err = shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{}); err != nil {
					b.Fatal(err)
				}
				for _, p := range ps[:half] {
					if err := t.Add(p); err != nil {
						b.Fatal(err)
					}
				}
				next = half
			}
			b.ReportAllocs()
			var cpu int64
			for b.Loop() {
				if next == len(ps) {
					b.StopTimer()
					fill()
					b.StartTimer()
				}
				c0 := cpuTime()
				if err := t.Add(ps[next]); err != nil {
					b.Fatal(err)
				}
				next++
				if _, err := t.Result(); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - c0
			}
			b.StopTimer()
			b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// BenchmarkTallyMemory reports the heap a Tally holds with every
// protocol of a synthetic election of 2,494 or 100,000 precincts in
// (MB-held), beyond the protocols themselves.
func BenchmarkTallyMemory(b *testing.B) {
	for _, n := range []int{2494, 100_000} {
		b.Run(fmt.Sprintf("precincts=%d", n), func(b *testing.B) {
			e, err := synth.Generate(synth.DefaultConfig(1, n-n*59/2494))
			if err != nil {
				b.Fatal(err)
			}
			def := *e
			def.Protocols = nil
			var mb float64
			for b.Loop() {
				mb = heldMB(b, func() any {
					tl, err := shailoo.NewTally(&def, shailoo.KG2021(), shailoo.Options{})
					if err != nil {
						b.Fatal(err)
					}
					for _, p := range e.Protocols {
						if err := tl.Add(p); err != nil {
							b.Fatal(err)
						}
					}
					return tl
				})
			}
			b.ReportMetric(mb, "MB-held")
		})
	}
}

// heldMB is the heap, in MB, that the value make returns holds once
// garbage is collected.
func heldMB(b *testing.B, make func() any) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC() // objects with finalizers go in a second cycle
	runtime.ReadMemStats(&before)
	v := make()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
}

// BenchmarkRecount is what a service did before the Tally, for the ratio
// in the same run: after each protocol, Count of the protocols so far
// (half of the embedded 2021 election's).
func BenchmarkRecount(b *testing.B) {
	def, ps := kg2021Def(b)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	e := *def
	e.Protocols = ps[:len(ps)/2+1]
	var cpu int64
	b.ReportAllocs()
	for b.Loop() {
		c0 := cpuTime()
		if _, err := shailoo.Count(&e, shailoo.KG2021()); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - c0
	}
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
}
