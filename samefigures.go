package shailoo

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/samerows"
	"github.com/shailoo/shailoo/internal/totalrows"
	"github.com/shailoo/shailoo/validate"
)

// sameRow is a row counted as a precinct whose figures are every one
// those of an earlier row of another precinct (validate.SameFigures): one
// protocol counted twice. maxVote is its largest vote.
type sameRow struct {
	countedTotal
	maxVote int64
}

// sameFigures adds a finding (validate.SameFiguresRow) for each row of
// file that copies an earlier row of another precinct, keeps it for the
// provisional reasons (sameFiguresProvisional), and returns the totals
// of totalrows that are not said as totals (I603). A row not named a
// total that totals the one row before it repeats that row: a copy when
// copies says so, and otherwise a precinct like it, whose few or small
// figures another precinct gives by chance (the Maldives' ballot boxes of
// one voter, one after another), said neither as a copy nor as a total. A
// transposed file's (headerLine > 0: the finders' places are columns)
// are left as totals.
func (o *Options) sameFigures(file string, headerLine int, copies *samerows.Finder, totals []totalrows.Total) []totalrows.Total {
	if headerLine > 0 {
		return totals
	}
	cs := copies.Copies()
	if len(cs) > 0 {
		o.copies = slices.Clip(o.copies) // a copy of Options shares none of its own
	}
	for _, c := range cs {
		o.Findings = append(o.Findings, validate.SameFiguresRow(file, c.Line, c.Precinct, c.Ballot, c.Machine, c.Of))
		o.copies = append(o.copies, sameRow{countedTotal: countedTotal{file: file, line: c.Line, precinct: c.Precinct, ballot: c.Ballot, machine: c.Machine}, maxVote: c.MaxVote})
	}
	out := totals[:0:0]
	for _, t := range totals {
		if t.Rows != 1 || t.Times != 0 || t.First != t.Last || ingest.TotalName(t.Precinct) {
			out = append(out, t)
		}
	}
	return out
}

// sameFiguresProvisional records the okrugs decided on sums that hold a
// copy of another precinct's row (validate.SameFigures) where leaving the
// copies out could change them: an okrug-ballot copy's okrug (every okrug
// decided when the definition does not place it), unless that okrug is
// decided by plurality with every seat filled (marginBounds) and the
// copies' largest votes, summed, are below its margin: leaving a copy out
// moves the difference between two choices' votes by its largest vote at
// most, so that no seated candidate falls below one not seated. A machine
// count's copy affects none.
//
// The list seats are not looked at, as relationGaps does not: what votes
// move a seat of a list (a threshold, a quota, a remainder) is not one
// margin, and no bound is computed for them; the findings say each copy.
func (c *counter) sameFiguresProvisional() {
	rows := make([]sameRow, 0, len(c.o.copies))
	for _, r := range c.o.copies {
		if !r.machine && r.ballot != election.ListBallot {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return
	}
	decided := c.decided()
	// The okrugs of the copies' precincts: the definition's precincts
	// looked at once, each against the few copies (no map of them all).
	okrugOf := map[string]string{}
	defined := map[string]bool{}
	for _, r := range rows {
		if r.ballot != election.ListBallot {
			okrugOf[r.precinct] = ""
		}
	}
	if len(okrugOf) > 0 {
		for _, p := range c.e.Precincts {
			if _, ok := okrugOf[p.ID]; ok {
				okrugOf[p.ID], defined[p.ID] = p.Okrug, true
			}
		}
	}
	moved := map[string]int64{} // okrug → the copies' largest votes, summed
	anyOkrug := int64(0)        // of copies in no known okrug: in any
	for _, r := range rows {
		switch {
		case r.ballot == election.ListBallot:
		case !defined[r.precinct]:
			anyOkrug = addSaturated(anyOkrug, r.maxVote)
		case okrugOf[r.precinct] != "" && c.inOkrugSums(r.precinct):
			ok := okrugOf[r.precinct]
			moved[ok] = addSaturated(moved[ok], r.maxVote)
		}
	}
	var affects []string
	for i := range c.res.Okrugs {
		o := &c.res.Okrugs[i]
		ctx := "okrug/" + o.Okrug
		m, hit := moved[o.Okrug]
		if anyOkrug > 0 {
			m, hit = addSaturated(m, anyOkrug), true
		}
		if !hit || !slices.Contains(decided, ctx) || slices.Contains(affects, ctx) {
			continue
		}
		if relationDecided(o.Outcome) && c.marginBounds(o) && m < o.Margin {
			continue
		}
		affects = append(affects, ctx)
	}
	if len(affects) == 0 {
		return
	}
	slices.Sort(affects)
	var scope []string
	for i, r := range rows {
		if i == maxTotalRowsNamed {
			break
		}
		scope = append(scope, r.at())
	}
	c.provisional(Unevaluated{Kind: UnevaluatedSameFigures, Scope: scope, Count: len(rows), Affects: affects,
		Reason: fmt.Sprintf("%d rows copy another precinct's row (findings %s: %s): without them %s could change",
			len(rows), validate.SameFigures, strings.Join(scope, ", "), strings.Join(affects, ", "))})
}
