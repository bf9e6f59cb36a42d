package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// A long file's figure given by a kind of vote beside its total (India's
// EVM_Votes and Postal_Votes beside Total_Votes, the AEC's OrdinaryVotes
// ... PostalVotes beside TotalVotes) is drafted as the sum of its parts,
// with the total named in "totals": the count checks the total against
// the parts on every row (finding I616), so that a figure misread or
// mistyped in either is said, not counted silently under the total.
//
// Only where every row the file gives, kept by the drafted row filter or
// not, gives each part beside a total, or neither (partsGap): a row
// that gives its figure in the total alone (Florida's "Registered
// Voters", with no vote by kind) would read as not given under the sum.

// partsGap returns the index in rows of the first row that gives some of
// the parts (parts) and the total (column total) and not the others, or a
// cell of them that does not read as a figure ("84O"); -1 if there is
// none: each row gives them all or none of them.
func partsGap(rows [][]string, total int, parts []int) int {
	cols := append([]int{total}, parts...)
	for k, rec := range rows {
		empty := 0
		for _, c := range cols {
			v := strings.TrimSpace(cellAt(rec, c))
			switch {
			case v == "":
				empty++
			case mistyped(v):
				return k
			}
		}
		if empty != 0 && empty != len(cols) {
			return k
		}
	}
	return -1
}

// partsOfVotes says whether parts (columns, norm their normalised
// headers) read as the parts of a figure: one at least named as votes or
// a way of voting, none as a total. Columns of codes that add up by
// chance, the candidates' votes beside their total, or an STV count's
// transfers and total beside the first preferences are none.
func partsOfVotes(parts []int, norm func(int) string) bool {
	return slices.ContainsFunc(parts, func(i int) bool { return modeHeader(norm(i)) || namedVotes(norm(i)) }) &&
		!slices.ContainsFunc(parts, func(i int) bool { return has(norm(i), totalH) })
}

// totalsNote is the guess of a long file's figure drafted as the sum of
// parts beside their total (column total), with the rows of rows where
// they differ (line gives a row's line).
func totalsNote(header []string, rows [][]string, total int, parts []int, line func([]string) int) string {
	given, differ, first := 0, 0, -1
	for k, rec := range rows {
		want, err := parseInt([]byte(strings.TrimSpace(cellAt(rec, total))))
		if err != nil {
			continue
		}
		var sum int64
		good := true
		for _, p := range parts {
			n, err := parseInt([]byte(strings.TrimSpace(cellAt(rec, p))))
			good, sum = good && err == nil, sum+n
		}
		if !good {
			continue
		}
		given++
		if sum != want {
			if differ++; differ == 1 {
				first = k
			}
		}
	}
	what := fmt.Sprintf("votes_column: the sum of %s, and totals.votes_column column %d %q, their total", partsNamed(header, parts), total+1, trimHeader(header[total]))
	if differ == 0 {
		return fmt.Sprintf("%s on each of the %d rows that give them: the count checks it on every row (I616)", what, given)
	}
	var cells []string
	for _, p := range parts {
		cells = append(cells, strings.TrimSpace(cellAt(rows[first], p)))
	}
	at := ""
	if n := line(rows[first]); n > 0 {
		at = fmt.Sprintf("line %d: ", n)
	}
	return fmt.Sprintf("%s on %d of the %d rows that give them; on %d it is not (the first, %s%s, and %s): the count counts the parts' sum and says each such row (I616)",
		what, given-differ, given, differ, at, strings.Join(cells, " + "), strings.TrimSpace(cellAt(rows[first], total)))
}
