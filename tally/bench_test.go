package tally

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/shailoo/shailoo/election"
)

// benchParties returns 21 parties of 50 candidates each, as in 2021.
func benchParties() []election.Party {
	parties := make([]election.Party, 21)
	for i := range parties {
		parties[i].ID = fmt.Sprintf("party-%02d", i+1)
		for j := range 50 {
			parties[i].Candidates = append(parties[i].Candidates,
				election.Candidate{ID: fmt.Sprintf("p%02d-c%03d", i+1, j+1), Position: j + 1})
		}
	}
	return parties
}

// benchBallots returns n list ballots: 9% invalid, 3% against all, a third
// with a preference vote. With clone, every string is its own copy, as when
// the ballots are decoded from a file.
func benchBallots(parties []election.Party, n int, clone bool) []election.Ballot {
	r := rand.New(rand.NewPCG(1, 2))
	cp := func(s string) string {
		if clone {
			return strings.Clone(s)
		}
		return s
	}
	bs := make([]election.Ballot, n)
	for i := range bs {
		b := election.Ballot{Kind: election.ListBallot}
		switch x := r.IntN(100); {
		case x < 9:
			b.Invalid = true
		case x < 12:
			b.Choice = election.AgainstAll
		default:
			p := &parties[r.IntN(len(parties))]
			b.Choice = p.ID
			if r.IntN(3) == 0 {
				b.Candidate = cp(p.Candidates[r.IntN(len(p.Candidates))].ID)
			}
		}
		b.Kind = election.BallotKind(cp(string(b.Kind)))
		b.Choice = cp(b.Choice)
		bs[i] = b
	}
	return bs
}

// BenchmarkFromBallots counts list ballots (see benchBallots) with
// FromBallots (the lists not known) and with a NewListCounter, on 1,000
// ballots (one counter) and on 2^20 (counted in parts on up to GOMAXPROCS
// goroutines); "shared" ballots hold the strings of the election, "cloned"
// ones strings of their own. Each case is also run on the implementation
// before issue 7 (".../old", ballots_old_test.go), for a ratio measured in
// the same run. Beside ballots/s it reports ballots/cpu-s, ballots per
// second of CPU time of the process (see cpuTime).
func BenchmarkFromBallots(b *testing.B) {
	parties := benchParties()
	ids := make([]string, len(parties))
	for i := range parties {
		ids[i] = parties[i].ID
	}
	rate := func(b *testing.B, n int, cpu0 time.Duration) {
		b.ReportMetric(float64(b.N)*float64(n)/b.Elapsed().Seconds(), "ballots/s")
		if cpu1, ok := cpuTime(); ok && cpu1 > cpu0 {
			b.ReportMetric(float64(b.N)*float64(n)/(cpu1-cpu0).Seconds(), "ballots/cpu-s")
		}
	}
	for _, n := range []int{1_000, 1 << 20} {
		for _, clone := range []bool{false, true} {
			ballots := benchBallots(parties, n, clone)
			name := fmt.Sprintf("n=%d/shared", n)
			if clone {
				name = fmt.Sprintf("n=%d/cloned", n)
			}
			b.Run(name, func(b *testing.B) {
				cpu0, _ := cpuTime()
				for b.Loop() {
					if _, err := FromBallots("1", election.ListBallot, ids, ballots); err != nil {
						b.Fatal(err)
					}
				}
				rate(b, n, cpu0)
			})
			b.Run(name+"/old", func(b *testing.B) {
				cpu0, _ := cpuTime()
				for b.Loop() {
					if _, err := oldFromBallots("1", election.ListBallot, ids, ballots); err != nil {
						b.Fatal(err)
					}
				}
				rate(b, n, cpu0)
			})
			b.Run(name+"/lists", func(b *testing.B) {
				c, err := NewListCounter(parties)
				if err != nil {
					b.Fatal(err)
				}
				cpu0, _ := cpuTime()
				for b.Loop() {
					if _, err := c.Count("1", ballots); err != nil {
						b.Fatal(err)
					}
				}
				rate(b, n, cpu0)
			})
			b.Run(name+"/lists/old", func(b *testing.B) {
				c, err := oldNewListCounter(parties)
				if err != nil {
					b.Fatal(err)
				}
				cpu0, _ := cpuTime()
				for b.Loop() {
					if _, err := c.Count("1", ballots); err != nil {
						b.Fatal(err)
					}
				}
				rate(b, n, cpu0)
			})
		}
	}
}

// benchElection builds an election of the 2021 size: 9 regions, 36 okrugs
// of 8 candidates, 2,435 precincts in the country and 59 abroad, 21 lists
// of 50 candidates; a list protocol per precinct (with preference votes for
// every candidate), an okrug protocol per precinct in the country, and a
// machine protocol for every tenth.
func benchElection() *election.Election {
	r := rand.New(rand.NewPCG(2021, 11))
	e := &election.Election{ID: "bench", Parties: benchParties()}
	for i := range 9 {
		e.Regions = append(e.Regions, election.Region{ID: fmt.Sprintf("region-%d", i+1)})
	}
	for i := range 36 {
		o := election.Okrug{ID: fmt.Sprintf("okrug-%02d", i+1), Region: e.Regions[i%9].ID}
		for j := range 8 {
			o.Candidates = append(o.Candidates, election.Candidate{ID: fmt.Sprintf("o%02d-c%d", i+1, j+1), Position: j + 1})
		}
		e.Okrugs = append(e.Okrugs, o)
	}
	protocol := func(precinct string, kind election.BallotKind, choices []string) election.Protocol {
		p := election.Protocol{Precinct: precinct, Ballot: kind, Lines: map[election.Line]int64{}, Votes: map[string]int64{}}
		var valid int64
		for _, c := range append(choices, election.AgainstAll) {
			v := r.Int64N(60)
			p.Votes[c] = v
			valid += v
		}
		inv := r.Int64N(50)
		for _, l := range election.AllLines() {
			p.Lines[l] = r.Int64N(3000)
		}
		p.Lines[election.Invalid], p.Lines[election.Valid] = inv, valid
		p.Lines[election.FoundMobile], p.Lines[election.FoundStationary] = 0, inv+valid
		return p
	}
	var parties []string
	for _, p := range e.Parties {
		parties = append(parties, p.ID)
	}
	for i := range 2494 {
		pr := election.Precinct{ID: fmt.Sprintf("%04d", i+1)}
		if i >= 2435 {
			pr.Abroad = true
		} else {
			o := &e.Okrugs[i%36]
			pr.Region, pr.Okrug = o.Region, o.ID
		}
		e.Precincts = append(e.Precincts, pr)
		l := protocol(pr.ID, election.ListBallot, parties)
		l.Preferences = map[string]int64{}
		for _, p := range e.Parties {
			for _, c := range p.Candidates {
				l.Preferences[c.ID] = r.Int64N(5)
			}
		}
		e.Protocols = append(e.Protocols, l)
		if !pr.Abroad {
			o, _ := e.Okrug(pr.Okrug)
			var cands []string
			for _, c := range o.Candidates {
				cands = append(cands, c.ID)
			}
			e.Protocols = append(e.Protocols, protocol(pr.ID, election.OkrugBallot, cands))
		}
		if i%10 == 0 {
			m := l
			m.Machine = true
			e.Protocols = append(e.Protocols, m)
		}
	}
	return e
}

func BenchmarkSum(b *testing.B) {
	e := benchElection()
	for b.Loop() {
		if _, err := Sum(e); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(e.Protocols))/b.Elapsed().Seconds(), "protocols/s")
}

// BenchmarkBallotStream reads what every count reads of each ballot (its
// kind, its Invalid field, the length of its candidate) and nothing else,
// on one goroutine and on GOMAXPROCS goroutines each taking a share: the
// floor a count of 2^20 ballots (56 bytes each, 59 MB, more than the
// caches) cannot go below, set by the bandwidth of memory. "cloned" also
// reads the bytes of each ballot's kind, in strings of its own, as a count
// of such ballots must.
func BenchmarkBallotStream(b *testing.B) {
	parties := benchParties()
	for _, clone := range []bool{false, true} {
		ballots := benchBallots(parties, 1<<20, clone)
		read := func(ballots []election.Ballot) int {
			var n int
			for i := range ballots {
				b := &ballots[i]
				if b.Invalid {
					n++
				}
				n += len(b.Candidate) + int(b.Kind[len(b.Kind)-1])
			}
			return n
		}
		name := "shared"
		if clone {
			name = "cloned"
		}
		b.Run(name+"/1", func(b *testing.B) {
			var n int
			for b.Loop() {
				n += read(ballots)
			}
			b.ReportMetric(float64(b.N)*float64(len(ballots))/b.Elapsed().Seconds(), "ballots/s")
			b.SetBytes(int64(len(ballots)) * int64(unsafe.Sizeof(ballots[0])))
			benchSink = n
		})
		b.Run(name+"/procs", func(b *testing.B) {
			procs := runtime.GOMAXPROCS(0)
			ns := make([]int, procs*8) // a cache line apart
			for b.Loop() {
				var wg sync.WaitGroup
				for w := range procs {
					lo, hi := w*len(ballots)/procs, (w+1)*len(ballots)/procs
					wg.Go(func() { ns[8*w] += read(ballots[lo:hi]) })
				}
				wg.Wait()
			}
			b.ReportMetric(float64(b.N)*float64(len(ballots))/b.Elapsed().Seconds(), "ballots/s")
			b.SetBytes(int64(len(ballots)) * int64(unsafe.Sizeof(ballots[0])))
			benchSink = ns[0]
		})
	}
}

// benchSink keeps the reads of BenchmarkBallotStream from being optimized
// away.
var benchSink int
