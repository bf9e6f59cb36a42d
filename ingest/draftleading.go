package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// draftLeadingCodes leaves out of the choices the columns of figures
// that stand before the valid votes' column, where the choices after it
// sum to the valid votes on every row but a few (sumMostly) and on more
// rows than all the choices together: numbers of the row or of its area
// (a ballot box's serial number, a town's code, a box's number, a flag),
// no votes. Israel's Central Elections Committee gives, by ballot box,
// "סמל ועדה", "ברזל", "סמל ישוב", "קלפי", "ריכוז", "שופט" before "בזב",
// "מצביעים", "פסולים", "כשרים" and the lists' letters, whose votes sum to
// "כשרים" (but on a box whose own protocol is wrong: Umm al-Fahm's box 2
// of 2009, 372 valid votes and 369 for the lists).
//
// It returns the choice columns left, in order, and the columns left out,
// whose guesses (votesAt) say why.
func draftLeadingCodes(m *Mapping, header []string, rows [][]string, choiceCols []int, votesAt map[int]int) (left, out []int) {
	v, ok := m.Lines[election.Valid]
	if !ok || v.Header == "" && v.Index == 0 || len(v.Columns) > 0 || len(rows) < 2 {
		return choiceCols, nil
	}
	valid := v.Index - 1
	if v.Header != "" {
		valid = columnOf(header, v.Header)
	}
	if valid < 0 {
		return choiceCols, nil
	}
	var lead, after []int
	for _, c := range choiceCols {
		if c < valid {
			lead = append(lead, c)
		} else {
			after = append(after, c)
		}
	}
	if len(lead) == 0 || len(after) < 2 {
		return choiceCols, nil
	}
	holds, broken := sumMostly(rows, valid, after)
	if _, differ, _ := sumRelation(rows, valid, choiceCols, -1); !holds || differ <= len(broken) {
		return choiceCols, nil
	}
	but := brokenRows(header, m.Precinct, broken, valid, after)
	for _, p := range lead {
		h := trimHeader(header[p])
		unmapVote(m, h)
		m.Guesses[votesAt[p]] = fmt.Sprintf("column %d %q is not mapped: it stands before the valid votes (column %d %q), and the choices after them (columns %d to %d) sum to them on every row%s without it: a number of the row or of its area (a code, a serial number, a mark), not a choice's votes",
			p+1, h, valid+1, trimHeader(header[valid]), after[0]+1, after[len(after)-1]+1, but)
	}
	return after, lead
}

// serialColumn says whether column c numbers the rows: whole numbers,
// each on one row alone, that mostly run on by one from the row before
// (more than half the steps; four rows at least). Israel's "ברזל", a
// ballot box's serial number: 9870, 9871, 9872, 736, 737, ... A
// choice's votes do not so run.
func serialColumn(rows [][]string, c int) bool {
	if len(rows) < 4 {
		return false
	}
	seen := make(map[int64]bool, len(rows))
	next := 0
	for k, rec := range rows {
		n, err := parseInt([]byte(cellAt(rec, c)))
		if err != nil || seen[n] {
			return false
		}
		seen[n] = true
		if k > 0 {
			if p, _ := parseInt([]byte(cellAt(rows[k-1], c))); n == p+1 {
				next++
			}
		}
	}
	return next*2 > len(rows)-1
}

// serialKey returns, of the columns cols, the first that numbers the
// rows (serialColumn), or -1.
func serialKey(rows [][]string, cols []int) int {
	if k := slices.IndexFunc(cols, func(c int) bool { return serialColumn(rows, c) }); k >= 0 {
		return cols[k]
	}
	return -1
}

// repeatedCell returns the first cell of column c that an earlier row
// holds too, or "".
func repeatedCell(rows [][]string, c int) string {
	_, first := sameKey(rows, c)
	return first
}

// sumMostly says whether column c is the sum of the cells of cols on
// every row compared (see sumRelation) but a few: at most one row in ten,
// or one in a file of 5 to 9 rows. A real file's own error on a row (a
// protocol whose lists do not sum to its valid votes, P103 to a count)
// must not turn a draft that reads the rest of the file right. It
// returns the rows that break the sum.
func sumMostly(rows [][]string, c int, cols []int) (bool, [][]string) {
	holds, differ, compared := sumRelation(rows, c, cols, -1)
	if differ == 0 || !fewRows(differ, compared) {
		return holds, nil
	}
	var kept, broken [][]string
	for _, rec := range rows {
		if _, d, _ := sumRelation([][]string{rec}, c, cols, -1); d > 0 {
			broken = append(broken, rec)
		} else {
			kept = append(kept, rec)
		}
	}
	return sumHolds(kept, c, cols, -1), broken
}

// fewRows says whether differ rows of compared are few enough to be a
// file's own errors, not a relation that does not hold: at most one in
// ten, or one of 5 to 9 rows.
func fewRows(differ, compared int) bool {
	return differ*10 <= compared || differ == 1 && compared >= 5
}

// brokenRows says, for a guess, which rows break the sum of cols in
// column c (sumMostly): by their precinct's cells (the column or columns
// place), else by their first cells, with the two figures. "" when none
// does.
func brokenRows(header []string, place Column, broken [][]string, c int, cols []int) string {
	if len(broken) == 0 {
		return ""
	}
	var rows []string
	for _, rec := range broken[:min(len(broken), 3)] {
		var sum int64
		for _, p := range cols {
			n, _ := parseInt([]byte(cellAt(rec, p)))
			sum += n
		}
		of, at := "of precinct", placeCells(header, place, rec)
		if at == "" {
			of, at = "that begins", strings.Join(rec[:min(len(rec), 3)], ",")
		}
		rows = append(rows, fmt.Sprintf("the row %s %q: %s against %d", of, at, strings.TrimSpace(cellAt(rec, c)), sum))
	}
	if len(broken) > 3 {
		rows = append(rows, "...")
	}
	return fmt.Sprintf(" but %d (%s; at most one row in ten may break it, a protocol's own error, which a count finds)", len(broken), strings.Join(rows, ", "))
}

// placeCells returns the cells of a row that the precinct's column (or
// columns) p names, joined by " / ".
func placeCells(header []string, p Column, rec []string) string {
	cols := p.Columns
	if len(cols) == 0 {
		cols = []Column{p}
	}
	var parts []string
	for _, k := range cols {
		i := k.Index - 1
		if k.Header != "" {
			i = columnOf(header, k.Header)
		}
		if i >= 0 {
			parts = append(parts, strings.TrimSpace(cellAt(rec, i)))
		}
	}
	return strings.Join(parts, " / ")
}

// choicesMakeValid says whether the choices m maps, each to a column,
// sum to the valid votes (one column) on every row but a few
// (sumMostly): the form's figures are all found, and a column left over
// is none of them. It says too which rows break the sum (brokenRows).
func choicesMakeValid(m Mapping, header []string, rows [][]string) (bool, string) {
	v, ok := m.Lines[election.Valid]
	if !ok || len(v.Columns) > 0 || len(m.Votes) < 2 {
		return false, ""
	}
	valid := v.Index - 1
	if v.Header != "" {
		valid = columnOf(header, v.Header)
	}
	var cols []int
	for _, c := range m.Votes {
		i := c.Index - 1
		if c.Header != "" {
			i = columnOf(header, c.Header)
		}
		if len(c.Columns) > 0 || i < 0 {
			return false, ""
		}
		cols = append(cols, i)
	}
	if valid < 0 {
		return false, ""
	}
	holds, broken := sumMostly(rows, valid, cols)
	return holds, brokenRows(header, m.Precinct, broken, valid, cols)
}

// markedCodeNote is the guess of column i, whole numbers but for marks
// (k), where the choices sum to the valid votes without it: a code with
// gaps, put under ignore; the file needs no mending.
func markedCodeNote(m Mapping, header []string, k marked, i int, but string) string {
	also := ""
	if slices.Contains(m.NotGiven, k.mark) {
		also = ", which not_given reads as empty cells"
	}
	return fmt.Sprintf("column %d %q is not mapped (ignore): it holds whole numbers but for %d cells %q (the first at line %d%s), and the choices sum to the valid votes (column %q) on every row%s without it: a code of the row or of its area, not a figure of the protocol; the file needs no edit",
		i+1, trimHeader(header[i]), k.marks, k.mark, k.line, also, trimHeader(validHeader(m, header)), but)
}

// validHeader returns the header of the valid votes' column in m.
func validHeader(m Mapping, header []string) string {
	v := m.Lines[election.Valid]
	if v.Header == "" && v.Index > 0 && v.Index <= len(header) {
		return header[v.Index-1]
	}
	return v.Header
}

// namesakesApart is the guess of a long file of candidates (choice, a
// column that names a person) that names a candidate twice in a few
// precincts (one row in twenty at most), the rows differing in the
// figure: two candidates of one name (Pakistan's two Independents "Jamil
// Hussain" of NA-46), which a count refuses as a second row; and a
// column that tells them apart, no figure of the votes (a name's, a
// party's, else a rank), to join with the name, or -1. "" when the file
// is no such file.
func namesakesApart(header []string, rows [][]string, used, numeric []bool, values []map[string]int, key []int, choice, votes int) (string, int) {
	if choice < 0 || votes < 0 || personHeader(header[choice]) < 2 {
		return "", -1
	}
	with := append(slices.Clone(key), choice)
	n, _ := sameKey(rows, with...)
	if n == 0 || n*20 > len(rows) || repeats(rows, append(slices.Clone(with), votes)...) {
		return "", -1
	}
	apart := -1
	for _, text := range []bool{true, false} {
		for i := range header {
			h := strings.ToLower(trimHeader(header[i]))
			if apart >= 0 || used[i] || i == choice || i == votes || numeric[i] == text || decimals(values[i]) || anyWords(h, percentW) || namedVotes(h) {
				continue
			}
			if !text && !anyWords(h, factWords) {
				continue
			}
			if !repeats(rows, append(slices.Clone(with), i)...) {
				apart = i
			}
		}
	}
	name, at := firstRepeat(rows, with, choice, slices.DeleteFunc(slices.Clone(key), func(c int) bool { return c < 0 }))
	s := fmt.Sprintf("choice_column: %d rows give a choice of column %d %q again in one precinct (the first %q, in precinct %q), with other figures: two candidates of one name, whom a count refuses as a second row of one candidate (summed, they would be one)", n, choice+1, trimHeader(header[choice]), name, at)
	if apart < 0 {
		return s + "; no column but the figures tells them apart: give one of them another name, or leave its rows out (rows.where)", -1
	}
	return s + fmt.Sprintf("; column %d %q tells them apart, and each candidate is named by both cells joined (\"choice_column\": {\"columns\": [%q, %q], \"join\": true}; choice_values keyed by the joined texts, %q and \" / \" and the other cell): the namesakes are two choices, each ID with the other cell; a name in several districts of another cell each keeps its ID with that cell too",
		apart+1, trimHeader(header[apart]), trimHeader(header[choice]), trimHeader(header[apart]), name), apart
}

// digitsHeader says whether a header is digits cut by underscores alone
// ("1_1_1_999_999"): a code, no name.
func digitsHeader(h string) bool {
	h = trimHeader(h)
	return strings.Contains(h, "_") && strings.Trim(h, "0123456789_") == "" && strings.Trim(h, "_") != ""
}

// boxColumn returns, of the columns cols, the first that numbers the
// ballot boxes of each area of column town anew: whole numbers that
// repeat across the areas and name each row once with the area's cell,
// and between rows of one area mostly run on by one (more than half of
// such steps, two at least). Israel's "קלפי" of 2009 beside "סמל ישוב",
// the town's code: boxes 1 and 2 of town 967, 1 to 6 of town 472. A
// choice's votes do not so run. -1 when none does.
func boxColumn(rows [][]string, town int, cols []int) int {
	for _, c := range cols {
		if c == town || !repeats(rows, c) || repeats(rows, town, c) {
			continue
		}
		steps, next := 0, 0
		for k := 1; k < len(rows); k++ {
			if cellAt(rows[k], town) != cellAt(rows[k-1], town) {
				continue
			}
			steps++
			n, err := parseInt([]byte(cellAt(rows[k], c)))
			p, perr := parseInt([]byte(cellAt(rows[k-1], c)))
			if err == nil && perr == nil && n == p+1 {
				next++
			}
		}
		if steps >= 2 && next*2 > steps {
			return c
		}
	}
	return -1
}

// townName returns a column of text, not used, that names the areas of
// column town (a code): filled on every row, one cell on all the rows of
// each code and as many names as codes. Israel's "שם ישוב" beside "סמל
// ישוב". -1 when none does.
func townName(rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, town int) int {
	for i := range used {
		if !used[i] && !numeric[i] && nonEmpty[i] == len(rows) && len(values[i]) == len(values[town]) && constantWithin(rows, []int{town}, i) {
			return i
		}
	}
	return -1
}

// unmapVote takes out of m's votes the choice read from the column headed
// h alone (a column the draft finds is no choice after all).
func unmapVote(m *Mapping, h string) {
	for id, c := range m.Votes {
		if len(c.Columns) == 0 && c.Header == h {
			delete(m.Votes, id)
		}
	}
}
