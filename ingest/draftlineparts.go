package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// draftLineParts leaves out of the choices the columns beside a mapped
// line whose sum is that line on every row: its parts, no choices. The
// UK's Electoral Commission gives the rejected ballots
// ("Rejected_Ballots", the form's invalid) and after them the four
// reasons for rejection ("No_official_mark", "Voting_for_both_answers",
// "Writing_or_mark", "Unmarked_or_void"), which sum to it on every row.
//
// The parts are the choice columns next to the line's (after it, else
// before it), passing over columns that are mapped neither as a choice
// nor as a line; two at least, and the longest run of them whose sum is
// the line on every row (sumHolds: two rows at least, one not 0). The
// valid votes are the choices' sum, never a line of parts; and where
// valid is mapped, choices whose sum with the rest is the valid votes,
// as it is not without them, are choices still; a part that is the sum
// of the choices left is the valid votes. It returns the choice
// columns left, in order; votesAt gives each choice's guess, which
// becomes the part's.
func draftLineParts(m *Mapping, header []string, rows [][]string, choiceCols []int, votesAt map[int]int) []int {
	if len(choiceCols) < 3 || len(rows) < 2 {
		return choiceCols
	}
	lineCol := map[int]bool{}
	for _, c := range m.Lines {
		if c.Header != "" {
			lineCol[columnOf(header, c.Header)] = true
		}
	}
	valid := -1
	if v, ok := m.Lines[election.Valid]; ok && v.Header != "" {
		valid = columnOf(header, v.Header)
	}
	// run returns the choice columns from column c on by step, up to a
	// line's column or the file's edge.
	run := func(c, step int) []int {
		var out []int
		for i := c + step; i >= 0 && i < len(header) && !lineCol[i]; i += step {
			if slices.Contains(choiceCols, i) {
				out = append(out, i)
			}
		}
		return out
	}
	// (In protocol order: the draft maps the built-in lines alone.)
	for _, l := range election.AllLines() {
		lc, ok := m.Lines[l]
		c := columnOf(header, lc.Header)
		if !ok || l == election.Valid || lc.Header == "" || c < 0 {
			continue
		}
		var parts []int
		for _, step := range []int{1, -1} {
			r := run(c, step)
			for k := len(r); k >= 2 && parts == nil; k-- {
				if k < len(choiceCols) && sumHolds(rows, c, r[:k], -1) {
					parts = r[:k]
				}
			}
			if parts != nil {
				break
			}
		}
		if parts == nil {
			continue
		}
		rest := slices.DeleteFunc(slices.Clone(choiceCols), func(d int) bool { return slices.Contains(parts, d) })
		if valid >= 0 && !sumHolds(rows, valid, rest, -1) && sumHolds(rows, valid, choiceCols, -1) {
			continue
		}
		// (A part that is the sum of the choices left is the valid votes,
		// and the line a total over them: Slovenia's "Glasovalo", those
		// who voted, the sum of "V1" and "N1", valid and invalid; the
		// choices' sums are draftTotals'.)
		if slices.ContainsFunc(parts, func(p int) bool { return sumHolds(rows, p, rest, -1) }) {
			continue
		}
		slices.Sort(parts)
		var names []string
		for _, p := range parts {
			names = append(names, fmt.Sprintf("%d %q", p+1, trimHeader(header[p])))
		}
		for _, p := range parts {
			h := trimHeader(header[p])
			unmapVote(m, h)
			m.Guesses[votesAt[p]] = fmt.Sprintf("column %d %q is not mapped: the parts of %s (columns %s): their sum is it (column %d %q) on every row, so they are %s's parts, not choices; declare them in the rule set (protocol.add_lines) and map them under lines to keep them",
				p+1, h, l, strings.Join(names, ", "), c+1, lc.Header, l)
		}
		choiceCols = rest
	}
	return choiceCols
}

// sumOfLinesNote is the guess of column c, not mapped: on every row the
// sum of the invalid ballots (column inv) and the valid votes (column
// val), a total of mapped lines that checks nothing, beside the ballots
// found that the file gives on their own (the UK's "Votes_Cast" beside
// "VerifiedBallotPapers").
func sumOfLinesNote(m Mapping, header []string, c, inv, val int) string {
	return fmt.Sprintf("column %d %q is not mapped: on every row the sum of the invalid ballots (column %d %q) and the valid votes (column %d %q), so a relation over it could never fail; the ballots found are column %q, which the file gives on its own (lines.found_stationary)",
		c+1, trimHeader(header[c]), inv+1, trimHeader(header[inv]), val+1, trimHeader(header[val]), m.Lines[election.FoundStationary].Header)
}

// preferGiven takes, of two columns or more that read as the ballots
// found (lineOf; fewest holds the one taken), one that the file gives on
// its own over one that is on every row the sum of the invalid ballots
// and the valid votes (mapped in m or read in fewest): a count checks
// the first against the lines, the second never fails. It returns the
// reason for the column passed over, by its index.
func preferGiven(m *Mapping, fewest map[election.Line]int, lineOf []election.Line, header []string, rows [][]string) map[int]string {
	f, ok := fewest[election.FoundStationary]
	if !ok || len(rows) < 2 {
		return nil
	}
	col := func(l election.Line) int {
		if c, ok := m.Lines[l]; ok {
			if c.Header == "" {
				return -1
			}
			return columnOf(header, c.Header)
		}
		if c, ok := fewest[l]; ok {
			return c
		}
		return -1
	}
	inv, val := col(election.Invalid), col(election.Valid)
	if inv < 0 || val < 0 || !sumHolds(rows, f, []int{inv, val}, -1) {
		return nil
	}
	for j, l := range lineOf {
		if l == election.FoundStationary && j != f && !sumHolds(rows, j, []int{inv, val}, -1) {
			fewest[election.FoundStationary] = j
			return map[int]string{f: fmt.Sprintf("this one is on every row the sum of columns %d %q and %d %q, the invalid ballots and the valid votes, so a relation over it could never fail; that one the file gives on its own", inv+1, trimHeader(header[inv]), val+1, trimHeader(header[val]))}
		}
	}
	return nil
}
