package ingest

// A long file's votes column that repeats a protocol's line (Singapore's
// "Electorate" mapped as votes_column) gives every choice of a protocol
// the same figure: each constituency a tie, every seat by lot. The long
// reader follows its protocols as it emits them (never per row): when
// nearly every protocol of two choices or more gives them one figure not
// 0 (sameMost), two at least, the count says so (Counts.SameVotes,
// finding I614) with how many do. One cell typed apart (Colorado's
// registered voters, 599 on three rows of a precinct and 598 on the
// fourth) does not hide it. A protocol whose choices all have 0 is
// neither: a precinct where nobody voted.

// SameVotes is a long file whose protocols of two choices or more nearly
// all give them one figure: the first such protocol's line, precinct
// and figure, the protocols that do so (Protocols) of those of two
// choices or more (Of; a protocol whose choices all have 0 left out),
// and the votes column, as the mapping names it.
type SameVotes struct {
	Line      int
	Precinct  string
	Figure    int64
	Protocols int
	Of        int
	Column    string
}

// sameState follows the protocols emitted.
type sameState struct {
	first SameVotes
}

// sameMost says whether same protocols of of (two choices or more each)
// giving every choice one figure are nearly all: two at least, and 9 in
// 10 at least, or all but one of three or more (a cut of a few
// precincts, one cell typed apart).
func sameMost(same, of int) bool {
	return same >= 2 && (10*same >= 9*of || same >= 3 && of-same == 1)
}

// sameNext follows protocol p, whose votes are votes.
func (lr *longReader) sameNext(p *longProto, votes []Value) {
	r := &lr.same
	n, fig := 0, int64(0)
	for _, v := range votes {
		if !v.OK {
			continue
		}
		if n > 0 && v.N != fig {
			r.first.Of++ // two choices at least, which differ
			return
		}
		n, fig = n+1, v.N
	}
	if n < 2 || fig == 0 {
		return
	}
	r.first.Of++
	if r.first.Protocols == 0 {
		r.first.Line, r.first.Precinct, r.first.Figure = p.line, p.precinct.ID, fig
	}
	r.first.Protocols++
}

// sameVotes returns what sameNext found, or nil.
func (lr *longReader) sameVotes() *SameVotes {
	if r := &lr.same; !sameMost(r.first.Protocols, r.first.Of) {
		return nil
	}
	s := lr.same.first
	if c := lr.s.m.VotesColumn; c != nil {
		s.Column = c.String()
	}
	return &s
}
