package ingest

// A long file's votes column that repeats a protocol's line (Singapore's
// "Electorate" mapped as votes_column) gives every choice of a protocol
// the same figure: each constituency a tie, every seat by lot. The long
// reader follows its protocols as it emits them (never per row): when
// every protocol of two choices or more gives them one figure, and two
// protocols at least do so with a figure not 0, the count says so
// (Counts.SameVotes, finding I614). A protocol whose choices differ ends
// the watch.

// SameVotes is a long file whose every protocol of two choices or more
// gives them one figure: the first such protocol's line, precinct and
// figure, the protocols that do so, and the votes column, as the
// mapping names it.
type SameVotes struct {
	Line      int
	Precinct  string
	Figure    int64
	Protocols int
	Column    string
}

// sameState follows the protocols emitted.
type sameState struct {
	off   bool
	first SameVotes
}

// sameNext follows protocol p, whose votes are votes.
func (lr *longReader) sameNext(p *longProto, votes []Value) {
	r := &lr.same
	if r.off {
		return
	}
	n, fig := 0, int64(0)
	for _, v := range votes {
		if !v.OK {
			continue
		}
		if n > 0 && v.N != fig {
			r.off = true
			return
		}
		n, fig = n+1, v.N
	}
	if n < 2 || fig == 0 {
		return
	}
	if r.first.Protocols == 0 {
		r.first = SameVotes{Line: p.line, Precinct: p.precinct.ID, Figure: fig}
	}
	r.first.Protocols++
}

// sameVotes returns what sameNext found, or nil.
func (lr *longReader) sameVotes() *SameVotes {
	if r := &lr.same; r.off || r.first.Protocols < 2 {
		return nil
	}
	s := lr.same.first
	if c := lr.s.m.VotesColumn; c != nil {
		s.Column = c.String()
	}
	return &s
}
