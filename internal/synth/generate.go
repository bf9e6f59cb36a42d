package synth

import (
	"maps"
	"math/rand/v2"
	"runtime"
	"strconv"
	"sync"

	"github.com/shailoo/shailoo/election"
)

// chunk is the number of precincts generated from one PCG stream. Chunks are
// independent, so the result does not depend on how many run at once.
const chunk = 4096

// Streams of the generator: the definition takes stream 0, precinct chunk k
// takes stream firstChunkStream+k.
const firstChunkStream = 1 << 32

// Generate returns a synthetic election as c describes it: the definition
// (regions, okrugs with their candidates, party lists) and, for each
// precinct, a list protocol and (in the country) an okrug protocol, manual
// and, with MachineProtocols, machine. Precincts in the country come first,
// ordered by okrug; abroad precincts follow. The same Config always gives
// the same election; generation runs on all cores without changing it.
func Generate(c Config) (*election.Election, error) {
	g, err := newGen(c)
	if err != nil {
		return nil, err
	}
	e := g.def
	total := c.Precincts + c.Abroad
	e.Precincts = make([]election.Precinct, total)
	e.Protocols = make([]election.Protocol, g.protocolIndex(total))
	chunks := (total + chunk - 1) / chunk
	workers := min(runtime.GOMAXPROCS(0), chunks)
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := g.newWorker()
			for k := range next {
				lo, hi := k*chunk, min((k+1)*chunk, total)
				w.seed(k)
				for i := lo; i < hi; i++ {
					j := g.protocolIndex(i)
					e.Precincts[i] = g.precinct(w, i, e.Protocols[j:g.protocolIndex(i+1)])
				}
			}
		}()
	}
	for k := range chunks {
		next <- k
	}
	close(next)
	wg.Wait()
	return e, nil
}

// Stream generates the same election as Generate one precinct at a time:
// it calls fn with each precinct and its protocols in order and returns the
// definition (Precincts and Protocols left empty), so that an election of
// any size can be written out in constant memory. The protocols slice is
// reused between calls; the protocols in it (and their maps) are not. An
// error from fn stops the stream and is returned.
func Stream(c Config, fn func(election.Precinct, []election.Protocol) error) (*election.Election, error) {
	g, err := newGen(c)
	if err != nil {
		return nil, err
	}
	w := g.newWorker()
	total := c.Precincts + c.Abroad
	buf := make([]election.Protocol, 0, 4)
	for i := range total {
		if i%chunk == 0 {
			w.seed(i / chunk)
		}
		n := g.protocolIndex(i+1) - g.protocolIndex(i)
		buf = buf[:n]
		clear(buf)
		p := g.precinct(w, i, buf)
		if err := fn(p, buf); err != nil {
			return nil, err
		}
	}
	return g.def, nil
}

// generator holds what every precinct draws on; it is read-only once built.
type generator struct {
	c        Config
	def      *election.Election
	perBox   int        // protocols per country precinct per count (1 or 2 with machine)
	parties  []string   // party IDs, shared by every protocol
	cands    [][]string // candidate IDs per party
	candPop  [][]int64  // candidate popularity per party
	support  [][]int64  // per area (regions, then abroad) per choice (parties, then against all)
	okCands  [][]string // candidate IDs per okrug, then AgainstAll
	okWeight [][]int64  // strength per okrug candidate, then against all
	width    int        // digits of a precinct ID
}

func newGen(c Config) (*generator, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	r := NewRand(c.Seed, 0)
	g := &generator{c: c, perBox: 1}
	if c.MachineProtocols {
		g.perBox = 2
	}
	g.width = len(strconv.Itoa(max(c.Precincts+c.Abroad, 1)))
	e := &election.Election{
		ID:         "synth-" + strconv.FormatUint(c.Seed, 10),
		Name:       "Synthetic election (seed " + strconv.FormatUint(c.Seed, 10) + ")",
		Provenance: "synthetic: internal/synth, every figure generated",
		Regions:    make([]election.Region, c.Regions),
		Okrugs:     make([]election.Okrug, c.Okrugs),
		Parties:    make([]election.Party, c.Lists),
	}
	for i := range e.Regions {
		n := strconv.Itoa(i + 1)
		e.Regions[i] = election.Region{ID: "r" + pad(i+1, len(strconv.Itoa(c.Regions))), Name: "Region " + n}
	}
	pw := len(strconv.Itoa(c.Lists))
	g.parties = make([]string, c.Lists)
	g.cands = make([][]string, c.Lists)
	g.candPop = make([][]int64, c.Lists)
	var base int64
	for p := range e.Parties {
		n := strconv.Itoa(p + 1)
		id := "p" + pad(p+1, pw)
		cs, err := ListCandidates(r, id, "Party "+n, Sexes(r, c.CandidatesPerList))
		if err != nil {
			return nil, err
		}
		e.Parties[p] = election.Party{ID: id, Name: "Party " + n, BallotNo: p + 1, Candidates: cs, Provenance: election.Synthetic}
		g.parties[p] = id
		g.cands[p] = make([]string, len(cs))
		g.candPop[p] = make([]int64, len(cs))
		for k := range cs {
			g.cands[p][k] = cs[k].ID
			g.candPop[p][k] = 1_000_000 / int64(k+2) * between(r, 60, 140)
		}
		base += 1_000_000 / int64(p+2)
	}
	g.support = make([][]int64, c.Regions+1)
	for a := range g.support {
		s := make([]int64, c.Lists+1)
		for p := range c.Lists {
			s[p] = 1_000_000 / int64(p+2) * between(r, 60, 170)
		}
		s[c.Lists] = base * 25 / 1000 * between(r, 60, 170)
		g.support[a] = s
	}
	ow := len(strconv.Itoa(max(c.Okrugs, 1)))
	g.okCands = make([][]string, c.Okrugs)
	g.okWeight = make([][]int64, c.Okrugs)
	for k := range e.Okrugs {
		n := strconv.Itoa(k + 1)
		o := election.Okrug{ID: n, Name: "Okrug " + n, Region: e.Regions[k*c.Regions/c.Okrugs].ID, Provenance: election.Synthetic}
		ids := make([]string, c.OkrugCandidates+1)
		ws := make([]int64, c.OkrugCandidates+1)
		var sum int64
		for j := range c.OkrugCandidates {
			pos := strconv.Itoa(j + 1)
			sex := election.Male
			if r.IntN(4) == 0 {
				sex = election.Female
			}
			cand := election.Candidate{ID: "o" + pad(k+1, ow) + "-" + pos, Name: "Okrug " + n + " candidate " + pos, Position: j + 1, Sex: sex, Provenance: election.Synthetic}
			o.Candidates = append(o.Candidates, cand)
			ids[j] = cand.ID
			ws[j] = between(r, 10, 100) * 1000
			sum += ws[j]
		}
		ids[c.OkrugCandidates] = election.AgainstAll
		ws[c.OkrugCandidates] = sum * between(r, 30, 80) / 1000
		e.Okrugs[k] = o
		g.okCands[k], g.okWeight[k] = ids, ws
	}
	g.def = e
	return g, nil
}

// protocolIndex is the index of precinct i's first protocol.
func (g *generator) protocolIndex(i int) int {
	if i <= g.c.Precincts {
		return 2 * g.perBox * i
	}
	return 2*g.perBox*g.c.Precincts + g.perBox*(i-g.c.Precincts)
}

// worker is the mutable state of one generating goroutine.
type worker struct {
	g      *generator
	pcg    *rand.PCG
	r      *rand.Rand
	s      splitter
	w, v   []int64
	pw, pv []int64
	id     []byte
}

func (g *generator) newWorker() *worker {
	pcg := rand.NewPCG(0, 0)
	return &worker{g: g, pcg: pcg, r: rand.New(pcg)}
}

func (w *worker) seed(chunkNo int) { w.pcg.Seed(w.g.c.Seed, firstChunkStream+uint64(chunkNo)) }

// noise fills dst with base[j] times a factor between 100-spread and
// 100+spread (spread <= 127), drawing one random word per 8 entries.
func (w *worker) noise(dst, base []int64, spread int64) []int64 {
	dst = append(dst[:0], base...)
	var bitsLeft int
	var word uint64
	for j := range dst {
		if bitsLeft == 0 {
			word, bitsLeft = w.r.Uint64(), 8
		}
		f := int64(word&0xff) % (2*spread + 1)
		word >>= 8
		bitsLeft--
		dst[j] *= 100 - spread + f
	}
	return dst
}

// precinct generates precinct i and writes its protocols into out.
func (g *generator) precinct(w *worker, i int, out []election.Protocol) election.Precinct {
	c := g.c
	r := w.r
	w.id = strconv.AppendInt(w.id[:0], int64(i+1), 10)
	id := pad0(w.id, g.width)
	abroad := i >= c.Precincts
	p := election.Precinct{ID: id, Abroad: abroad}
	area, okrug := c.Regions, -1
	if !abroad {
		okrug = int(int64(i) * int64(c.Okrugs) / int64(c.Precincts))
		area = okrug * c.Regions / c.Okrugs
		p.Region = g.def.Regions[area].ID
		p.Okrug = g.def.Okrugs[okrug].ID
	}
	voters := 100 + r.Int64N(1451) + r.Int64N(1451)
	turnout := between(r, int64(c.TurnoutMin)*10, int64(c.TurnoutMax)*10) // per mille
	part := voters * turnout / 1000
	if c.TurnoutCounts {
		part = between(r, voters*int64(c.TurnoutMin)/100, voters*int64(c.TurnoutMax)/100)
	}
	invalid := part * between(r, 20, 120) / 1000

	// List ballot.
	w.w = w.noise(w.w, g.support[area], 30)
	w.v = grow(w.v, len(w.w))
	_ = w.s.split(w.v, part-invalid, w.w) // weights are positive
	votes := make(map[string]int64, c.Lists+1)
	for j, x := range w.v[:c.Lists] {
		votes[g.parties[j]] = x
	}
	votes[election.AgainstAll] = w.v[c.Lists]
	lp := election.Protocol{Precinct: id, Ballot: election.ListBallot, Votes: votes, Lines: make(map[election.Line]int64, len(election.AllLines()))}
	issued := Issued(r, voters, part) // both ballots: the okrug ballot's found is at most part
	fillLines(lp.Lines, r, voters, issued, invalid, part-invalid)
	if c.Preferences {
		lp.Preferences = make(map[string]int64, c.Lists*c.CandidatesPerList)
		for j := range c.Lists {
			pref := w.v[j] * between(r, 50, 80) / 100
			w.pw = w.noise(w.pw, g.candPop[j], 20)
			w.pv = grow(w.pv, len(w.pw))
			_ = w.s.split(w.pv, pref, w.pw)
			for k, x := range w.pv {
				lp.Preferences[g.cands[j][k]] = x
			}
		}
	}
	n := 0
	out[n] = lp
	n++
	if c.MachineProtocols {
		out[n] = machine(lp)
		n++
	}
	if abroad {
		return p
	}

	// Okrug ballot: the same voters take both ballots, so that a clean
	// election raises not even the list-versus-okrug warnings (X204, X205)
	// and a faulted one shows exactly its faults.
	opart := part
	oinvalid := opart * between(r, 10, 70) / 1000
	w.w = w.noise(w.w, g.okWeight[okrug], 40)
	w.v = grow(w.v, len(w.w))
	_ = w.s.split(w.v, opart-oinvalid, w.w)
	ovotes := make(map[string]int64, len(w.v))
	for j, x := range w.v {
		ovotes[g.okCands[okrug][j]] = x
	}
	op := election.Protocol{Precinct: id, Ballot: election.OkrugBallot, Votes: ovotes, Lines: make(map[election.Line]int64, len(election.AllLines()))}
	fillLines(op.Lines, r, voters, issued, oinvalid, opart-oinvalid)
	out[n] = op
	n++
	if c.MachineProtocols {
		out[n] = machine(op)
	}
	return p
}

// machine returns the machine-count twin of a manual protocol.
func machine(p election.Protocol) election.Protocol {
	m := p
	m.Machine = true
	m.Lines = maps.Clone(p.Lines)
	m.Votes = maps.Clone(p.Votes)
	if p.Preferences != nil {
		m.Preferences = maps.Clone(p.Preferences)
	}
	return m
}

func grow(s []int64, n int) []int64 {
	if cap(s) < n {
		return make([]int64, n)
	}
	return s[:n]
}

// pad writes i in decimal with leading zeros to width digits.
func pad(i, width int) string {
	return pad0(strconv.AppendInt(nil, int64(i), 10), width)
}

func pad0(digits []byte, width int) string {
	if len(digits) >= width {
		return string(digits)
	}
	b := make([]byte, width)
	z := width - len(digits)
	for k := range z {
		b[k] = '0'
	}
	copy(b[z:], digits)
	return string(b)
}
