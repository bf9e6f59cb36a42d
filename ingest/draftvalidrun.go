package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// draftOutsideValid leaves out of a wide file's choices the columns
// outside the sum that the valid votes are: where the column mapped as
// line valid is, on every row, the sum of a run of two or more choices'
// columns beside it, and not the sum of all of them, the others are no
// choice's votes (Quebec's DGEQ by polling section: "B.V." the sum of the
// four candidates' columns left of it, and "Secteur", a number of the
// area, left of them). A column left out so that is on every row at
// least the valid votes is said to be like the voters on the list (a
// register's figure), and is not put in ignore; the others are. It
// returns the columns left out.
func draftOutsideValid(m *Mapping, header []string, rows [][]string, leave func(...int), guess func(string, ...any)) []int {
	v, ok := m.Lines[election.Valid]
	if m.long() || !ok || v.Header == "" || len(v.Columns) > 0 || len(rows) < 3 {
		return nil
	}
	valid := columnOf(header, v.Header)
	at := map[int]string{} // each choice's column, and its ID
	var cols []int
	for id, c := range m.Votes {
		if i := columnOf(header, c.Header); i >= 0 && len(c.Columns) == 0 && c.Index == 0 {
			at[i] = id
			cols = append(cols, i)
		}
	}
	if valid < 0 || len(cols) < 3 || len(cols) != len(m.Votes) {
		return nil
	}
	slices.Sort(cols)
	if sumHolds(rows, valid, cols, -1) {
		return nil
	}
	// The run of choices' columns next to the valid column, on its left
	// or on its right, the longest that sums to it.
	var run []int
	for _, step := range []int{-1, 1} {
		var r []int
		for i := valid + step; i >= 0 && i < len(header) && at[i] != ""; i += step {
			r = append(r, i)
		}
		for n := len(r); n >= 2 && len(run) == 0; n-- {
			if sumHolds(rows, valid, r[:n], -1) {
				run = slices.Clone(r[:n])
			}
		}
	}
	if len(run) == 0 {
		return nil
	}
	slices.Sort(run)
	var out []int
	for _, i := range cols {
		if slices.Contains(run, i) {
			continue
		}
		out = append(out, i)
		said := fmt.Sprintf("column %d %q is not mapped: the valid votes (column %d %q) are on every row the sum of columns %s, the choices, and this column is outside that sum, no choice's votes", i+1, trimHeader(header[i]), valid+1, v.Header, columnList(run))
		if atLeast(rows, i, valid) && atLeastOnce(rows, i, valid) {
			said += "; on every row it is at least the valid votes, as the voters on the list are: map it under lines.voters if it is the register"
		} else {
			leave(i)
			said += " (a number of the row or of its area)"
		}
		prefix := fmt.Sprintf("votes.%s: column %d ", at[i], i+1)
		if k := slices.IndexFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, prefix) }); k >= 0 {
			m.Guesses[k] = said
		} else {
			guess("%s", said)
		}
		delete(m.Votes, at[i])
	}
	return out
}

// atLeastOnce says whether columns c and d are both whole numbers on
// some row, so that atLeast compared them.
func atLeastOnce(rows [][]string, c, d int) bool {
	return slices.ContainsFunc(rows, func(rec []string) bool {
		_, err1 := parseInt([]byte(cellAt(rec, c)))
		_, err2 := parseInt([]byte(cellAt(rec, d)))
		return err1 == nil && err2 == nil
	})
}

// countNotKey says whether a column, numeric says of figures, is named
// as a count (countedW: votes, voters, ballots) and as no number or code
// (idH): a figure, never the key of an area, whatever area its header
// names ("Total Votes Polled In The Constituency").
func countNotKey(h string, numeric bool) bool {
	return numeric && anyWords(h, countedW) && !anyWords(h, idH)
}

// attributeW name, by whole words, a column of a candidate's attributes
// (India's ECI: "Gender", "Age", "Category", "Party Symbol"): no figure,
// whatever its cells hold.
var attributeW = []string{"age", "gender", "sex", "category", "symbol"}

// attribute says whether a header (lower case) names a candidate's
// attribute (attributeW) and no count (countedW).
func attribute(h string) bool {
	return anyWords(h, attributeW) && !anyWords(h, countedW)
}
