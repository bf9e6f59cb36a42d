package ingest

import "github.com/shailoo/shailoo/election"

// A long file's votes_column may be a sum of columns (the votes of two
// kinds of ballot). A part that holds one figure on every choice's row
// of a protocol is no part of a choice's votes: it repeats a protocol's
// line (the DR Congo's province totals, bv_traites, total_votants...,
// beside each candidate's voixobtenues), and the sum adds that line to
// every choice. The long reader keeps each part's cells of the rows it
// adds (addSums hands them over, keepParts), follows each protocol's
// (partsNext) and, as it emits the protocols, counts for each part those
// of two choices' rows or more where the part is one figure not 0
// (partsEmit). A part that does so in nearly every protocol (sameMost) is
// said (Counts.SameParts, finding I615), with its protocols, on which
// what the count decides is provisional. A mapping of one votes column
// pays nothing.

// SamePart is a part of a long file's votes_column sum that holds one
// figure on every row of a choice of nearly every protocol of two such
// rows or more: its 1-based column and header, the first such protocol's
// line, precinct and figure, how many protocols do so (Protocols) of
// those of two rows or more that give the part (Of; a protocol whose
// part is 0 on every row left out), and those protocols.
type SamePart struct {
	Index     int
	Header    string
	Line      int
	Precinct  string
	Figure    int64
	Protocols int
	Of        int
	At        []ProtocolAt
}

// ProtocolAt names a protocol of a file: the line of its first row, its
// precinct, ballot and count.
type ProtocolAt struct {
	Line     int
	Precinct string
	Ballot   election.BallotKind
	Machine  bool
}

// partState follows the parts of the votes_column sum.
type partState struct {
	cur   []Value // the parts of the row just read (keepParts), nil when no sum
	first []int64 // by protocol and part: the part's first figure
	state []uint8 // by protocol and part: 0 no figure, 1 one, 2 two or more alike, 3 two that differ
	same  [][]int32
	of    []int
}

// keepParts keeps the cells of the parts of the votes_column sum u of a
// row, before addSums adds them: vs are the row's votes.
func (lr *longReader) keepParts(u *sum, vs []Value) {
	r := &lr.sumParts
	r.cur = append(r.cur[:0], vs[u.slot])
	for _, p := range u.parts {
		r.cur = append(r.cur, vs[p])
	}
}

// partsNext follows the parts of the row just added to protocol i.
func (lr *longReader) partsNext(i int) {
	r := &lr.sumParts
	n := len(r.cur)
	if need := (i + 1) * n; need > len(r.state) {
		grow := max(need, 2*len(r.state)) - len(r.state)
		r.state = append(r.state, make([]uint8, grow)...)
		r.first = append(r.first, make([]int64, grow)...)
	}
	for k, v := range r.cur {
		if !v.OK {
			continue
		}
		at := i*n + k
		switch r.state[at] {
		case 0:
			r.first[at], r.state[at] = v.N, 1
		case 1, 2:
			if v.N == r.first[at] {
				r.state[at] = 2
			} else {
				r.state[at] = 3
			}
		}
	}
}

// partsEmit counts protocol i, emitted, for each part.
func (lr *longReader) partsEmit(i int) {
	r := &lr.sumParts
	n := len(r.cur)
	if n == 0 {
		return
	}
	if r.of == nil {
		r.of, r.same = make([]int, n), make([][]int32, n)
	}
	if (i+1)*n > len(r.state) {
		return // no row of a choice
	}
	for k := range n {
		switch st := r.state[i*n+k]; {
		case st == 3:
			r.of[k]++
		case st == 2 && r.first[i*n+k] != 0:
			r.of[k]++
			r.same[k] = append(r.same[k], int32(i))
		}
	}
}

// sameParts returns the parts partsEmit found of one figure in nearly
// every protocol, nil when none.
func (lr *longReader) sameParts() []SamePart {
	r := &lr.sumParts
	var out []SamePart
	var cols []int
	var headers []string
	for k := range r.of {
		if !sameMost(len(r.same[k]), r.of[k]) {
			continue
		}
		if cols == nil {
			cols, headers = lr.s.sumColumns("votes_column")
		}
		first := r.same[k][0]
		p := &lr.protos[first]
		s := SamePart{Line: p.line, Precinct: p.precinct.ID, Figure: r.first[int(first)*len(r.of)+k], Protocols: len(r.same[k]), Of: r.of[k]}
		if k < len(cols) {
			s.Index, s.Header = cols[k], headers[k]
		}
		for _, i := range r.same[k] {
			q := &lr.protos[i]
			s.At = append(s.At, ProtocolAt{Line: q.line, Precinct: q.precinct.ID, Ballot: q.ballot, Machine: q.machine})
		}
		out = append(out, s)
	}
	return out
}
