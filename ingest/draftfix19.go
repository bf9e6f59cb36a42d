package ingest

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// columnsOf names cols in a guess: "column 3" for one, "columns 3 and 4"
// for more.
func columnsOf(cols []int) string {
	if len(cols) == 1 {
		return fmt.Sprintf("column %d", cols[0]+1)
	}
	return "columns " + columnList(cols)
}

// groupedOnly returns the columns whose every figure is written with
// commas between groups of thousands (commaGroups: "337,687", "8,448"),
// none bare and none of text, under a header that names no share: a
// file whose figures are all 1,000 or more (Luxembourg's votes by
// constituency and party), which groupedCounts cannot prove grouped (no
// cell under 1,000 written bare, none of two commas, no header saying
// votes). Read as decimals, each would have three decimals exactly.
func groupedOnly(m []marked, header []string) []int {
	var cols []int
	for i, k := range m {
		if !k.text && k.marks == 0 && k.floats == 0 && k.grouped > 0 && k.numbers == 0 && !anyWords(strings.ToLower(trimHeader(cellAt(header, i))), percentW) {
			cols = append(cols, i)
		}
	}
	cells := 0
	for _, c := range cols {
		cells += m[c].grouped
	}
	if cells < 2 {
		return nil // (one cell, under a header row that may be data)
	}
	return cols
}

// notGivenOf returns the columns of cols whose cells that say a figure
// is not given are read so (rowsNotGiven), or nil; one such column alone
// only when its header names votes or a count (Delhi's "Votes15"): a
// figure of another kind "NA" where a row has no such figure (a winner's
// margin on a loser's row) maps nothing a count needs.
func notGivenOf(rows [][]string, cols []int, header []string) []int {
	cols = rowsNotGiven(rows, cols)
	if len(cols) == 1 {
		if h := strings.ToLower(trimHeader(cellAt(header, cols[0]))); !namedVotes(h) && !anyWords(h, countedW) {
			return nil
		}
	}
	return cols
}

// groupedOnlyNote ends the guess of "thousands": "," that groupedOnly
// found: nothing in the file but the three digits after each comma says
// that the comma is no decimal one.
const groupedOnlyNote = "; no cell of theirs is written bare (under 1,000) or with two commas, and no header names votes: nothing but the three digits after each comma says it is no decimal comma (\"1,234\" as 1.234), so confirm it: a figure of a file with a decimal comma would be read a thousand times too large"

// numberedInJSON writes, in the JSON objects of guess (from "{" to its
// matching "}"), each column that names (the names a file without a
// header row is drafted with: "column 1", ...) names as a string by its
// number instead: {"columns": ["column 3", "column 4"]} is
// {"columns": [{"column": 3}, {"column": 4}]}, as a mapping with
// "no_header" names them.
func numberedInJSON(guess string, names []string) string {
	if !strings.Contains(guess, "{") {
		return guess
	}
	var b strings.Builder
	for rest := guess; ; {
		start := strings.IndexByte(rest, '{')
		if start < 0 {
			b.WriteString(rest)
			return b.String()
		}
		end := jsonEnd(rest[start:])
		if end < 0 {
			b.WriteString(rest)
			return b.String()
		}
		obj := rest[start : start+end]
		for k := len(names); k >= 1; k-- {
			obj = strings.ReplaceAll(obj, strconv.Quote(names[k-1]), fmt.Sprintf(`{"column": %d}`, k))
		}
		b.WriteString(rest[:start])
		b.WriteString(obj)
		rest = rest[start+end:]
	}
}

// jsonEnd returns the length of the JSON object s begins with, up to its
// matching "}" (braces within strings not counted), or -1.
func jsonEnd(s string) int {
	depth, quoted := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '{':
			depth++
		case c == '}':
			if depth--; depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// linesLess writes each line a guess names ("line 12", "lines 3-5") one
// less: the lines of a draft of a file without a header row whose first
// row is line 1, under a header of the draft's own on a line of its own.
func linesLess(guess string) string {
	if !strings.Contains(guess, "line") {
		return guess
	}
	var b strings.Builder
	// less writes the number s begins with, one less, and returns the
	// rest of s.
	less := func(s string) string {
		n := 0
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if v, err := strconv.Atoi(s[:n]); err == nil && v > 1 && (n == len(s) || !isWordByte(s[n])) {
			b.WriteString(strconv.Itoa(v - 1))
		} else {
			b.WriteString(s[:n])
		}
		return s[n:]
	}
	rest := guess
	for {
		k := strings.Index(rest, "line")
		if k < 0 {
			b.WriteString(rest)
			return b.String()
		}
		word := "line "
		if strings.HasPrefix(rest[k:], "lines ") {
			word = "lines "
		}
		if !strings.HasPrefix(rest[k:], word) || k > 0 && isWordByte(rest[k-1]) {
			b.WriteString(rest[:k+4])
			rest = rest[k+4:]
			continue
		}
		b.WriteString(rest[:k+len(word)])
		rest = less(rest[k+len(word):])
		if word == "lines " && len(rest) > 1 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '9' {
			b.WriteByte('-')
			rest = less(rest[1:])
		}
	}
}

// isWordByte says whether c is an ASCII letter, digit or "_".
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// columnsHeld names cols and the verb after them: `column 4 "postal"
// holds` for one, `columns 4 and 5 hold` for more (their headers said
// after).
func columnsHeld(header []string, cols []int) string {
	if len(cols) == 1 {
		return fmt.Sprintf("column %d %q holds", cols[0]+1, trimHeader(header[cols[0]]))
	}
	return columnsOf(cols) + " hold"
}

// fewEach says whether every cell of column c of a long file's rows is a
// number from 1 to 9, none 0 and none empty, beside a votes column with
// a figure of 100 or more: a number of the choice's own on its row (its
// candidates in the constituency, Ireland's 1 to 4 beside each party's
// votes), never a part of its votes, which are 0 somewhere or larger.
func fewEach(rows [][]string, c, votes int) bool {
	if len(rows) == 0 {
		return false
	}
	large := false
	for _, rec := range rows {
		v := strings.TrimSpace(cellAt(rec, c))
		if len(v) != 1 || v[0] < '1' || v[0] > '9' {
			return false
		}
		if n, err := parseInt([]byte(strings.TrimSpace(cellAt(rec, votes)))); err == nil && n >= 100 {
			large = true
		}
	}
	return large
}

// rowLines holds the line of each row a draft read, by the address of
// its first cell: the rows a draft keeps are those it read, whatever
// filters dropped, and a guess that names a row names its line.
type rowLines struct {
	at    []*string
	lines []int
}

func (r *rowLines) add(rec []string, line int) {
	if len(rec) > 0 {
		r.at, r.lines = append(r.at, &rec[0]), append(r.lines, line)
	}
}

// of returns the line of rec, or 0 if it is no row read.
func (r *rowLines) of(rec []string) int {
	if len(rec) == 0 {
		return 0
	}
	for k, p := range r.at {
		if p == &rec[0] {
			return r.lines[k]
		}
	}
	return 0
}

// labelTotal says whether a cell begins with the word "Total" (or
// "Grand Total") followed by more words: a row's label that says it
// totals ("Total EVM Votes", "Total Votes Polled", as India's Form 20
// closes its table), which totalCell does not take, a long file's line
// labels beginning so too ("Total Votos Válidos").
func labelTotal(v string) bool {
	l := strings.ToLower(v)
	for _, w := range []string{"grand total ", "total "} {
		if strings.HasPrefix(l, w) && strings.TrimSpace(l[len(w):]) != "" {
			return true
		}
	}
	return false
}

// draftLabelledTotals leaves out the rows whose cell of a column of text
// begins with "Total" (labelTotal) and whose every figure is the sum of
// the rows above them but such totals, two at least (India's Form 20:
// "Total EVM Votes", the polling stations' sum, then "Total Postal
// Ballot Votes", then "Total Votes Polled", the sum of both): a filter
// of rows.where, said in a guess. A row so labelled that is no such sum
// (the postal ballots) is a row of its own, and the guess says so. A
// label found both a total and not is no filter at all. It returns the
// column filtered and the labels left out, or -1.
func draftLabelledTotals(m *Mapping, header []string, rows [][]string, numeric []bool, lineOf func([]string) int, guess func(string, ...any)) (int, []string) {
	col := -1
	for _, rec := range rows {
		for i := range header {
			if col < 0 && !numeric[i] && labelTotal(cellAt(rec, i)) {
				col = i
			}
		}
	}
	if col < 0 {
		return -1, nil
	}
	sums := make([]int64, len(header))
	above, last := 0, false // rows summed; the last total is the last row
	var totals, others []string
	firstTotal, firstOther := 0, 0
	for r, rec := range rows {
		label := cellAt(rec, col)
		if labelTotal(label) && above >= 2 {
			compared := 0
			for i, n := range sums {
				if v := cellAt(rec, i); numeric[i] && i != col && v != "" {
					if x, err := parseInt([]byte(v)); err != nil || x != n {
						compared = -len(header)
					}
					compared++
				}
			}
			if compared >= 2 {
				if !slices.Contains(totals, label) {
					totals = append(totals, label)
				}
				if firstTotal == 0 {
					firstTotal = lineOf(rec)
				}
				last = r == len(rows)-1
				continue
			}
			if !slices.Contains(others, label) {
				others = append(others, label)
			}
			if firstOther == 0 {
				firstOther = lineOf(rec)
			}
		}
		above++
		for i := range sums {
			if x, err := parseInt([]byte(cellAt(rec, i))); err == nil && numeric[i] {
				if x < 0 || sums[i] > math.MaxInt64-x {
					return -1, nil
				}
				sums[i] += x
			}
		}
	}
	// (One total, the last row: the whole file's, which the draft says
	// of its own as the last row's sum, "TOTAL BOGOTÁ D.C.".)
	if len(totals) == 0 || len(totals) == 1 && len(others) == 0 && last || slices.ContainsFunc(totals, func(t string) bool { return slices.Contains(others, t) }) {
		return -1, nil
	}
	if m.Rows == nil {
		m.Rows = &RowFilter{}
	}
	m.Rows.Where = append(m.Rows.Where, Condition{Column: columnRef(header, col), Except: totals})
	guess("rows: the rows whose column %d %q says %s (the first at line %d) give in each figure the sum of the rows above them, totals left aside: totals, no protocols; the mapping leaves them out (rows.where[%d]), else a count counts their votes twice",
		col+1, trimHeader(header[col]), quoteAll(totals), firstTotal, len(m.Rows.Where)-1)
	if len(others) > 0 {
		guess("rows: the rows whose column %d %q says %s (the first at line %d) begin like a total, but their figures are not the sum of the rows above: each is read as a protocol of its own (the postal ballots, say); if it is a total, add it to rows.where[%d].except",
			col+1, trimHeader(header[col]), quoteAll(others), firstOther, len(m.Rows.Where)-1)
	}
	return col, totals
}
