package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// twoBallots finds a row that holds two ballots, each with its lines
// and its choices, the second's lines named as the first's: Israel's
// elections of 1999, the Prime Minister's ballot (its lines, then ברק
// and נתניהו) and the Knesset's (the same lines again, then the lists).
// Two headers or more that read as protocol lines, each given twice,
// every first before every second, say so. It returns the first
// ballot's line columns (those named twice, in order) and the column
// where the second ballot begins (the first of the lines named again),
// or -1.
func twoBallots(header []string, dups map[string][]int) (first []int, second int) {
	lastFirst, firstSecond := -1, len(header)
	for h, cols := range dups {
		if len(cols) != 2 || headerLine(h) == "" {
			continue
		}
		first = append(first, cols[0])
		lastFirst, firstSecond = max(lastFirst, cols[0]), min(firstSecond, cols[1])
	}
	if len(first) < 2 || lastFirst >= firstSecond {
		return nil, -1
	}
	slices.Sort(first)
	return first, firstSecond
}

// headerLine returns the line a header reads as (lineWords, then
// englishLineWords), or "".
func headerLine(h string) election.Line {
	h = strings.ToLower(trimHeader(h))
	for _, lw := range lineWords {
		if lw.stems(h) {
			return lw.line
		}
	}
	for _, lw := range englishLineWords {
		if lw.reads(h) {
			return lw.line
		}
	}
	return ""
}

// draftFirstBallot maps the lines of the first of two ballots on each
// row (twoBallots) by their columns' numbers, their headers being the
// second ballot's too, and says that the columns from second on are the
// other ballot's. A column named as the voters that is on every row the
// sum of the ballot's invalid and valid columns is its ballots found
// (1999's "בזב" over the Prime Minister's ballot, the voters being
// "בוחרים").
func draftFirstBallot(m *Mapping, header []string, rows [][]string, lines []int, second int, used []bool, guess func(string, ...any)) {
	at := map[election.Line]int{}
	for _, c := range lines {
		if l := headerLine(header[c]); l != "" {
			if _, ok := at[l]; !ok {
				at[l] = c
			}
		}
	}
	but := ""
	if v, ok := at[election.Voters]; ok {
		inv, iok := at[election.Invalid]
		val, vok := at[election.Valid]
		if _, found := at[election.FoundStationary]; !found && iok && vok {
			holds, broken := sumMostly(rows, v, []int{inv, val})
			if holds {
				delete(at, election.Voters)
				at[election.FoundStationary] = v
				but = brokenRows(header, m.Precinct, broken, v, []int{inv, val})
			}
		}
	}
	last := lines[len(lines)-1]
	for _, l := range election.AllLines() {
		c, ok := at[l]
		if !ok {
			continue
		}
		used[c] = true
		m.Lines[l] = Column{Index: c + 1}
		why := ""
		if headerLine(header[c]) != l {
			why = fmt.Sprintf(", named as the voters but on every row%s the sum of columns %d and %d, the invalid ballots and the valid votes: the ballots found", but, at[election.Invalid]+1, at[election.Valid]+1)
		}
		guess("lines.%s: column %d %q, by its number: the header names column %d so too (the second ballot's)%s", l, c+1, trimHeader(header[c]), secondOf(header, c, second)+1, why)
	}
	for _, c := range lines {
		used[c] = true
	}
	var rest []string
	for i := second; i < len(header); i++ {
		rest = append(rest, strconv.Itoa(i+1))
	}
	all := strings.Join(rest, ", ")
	if k := strings.LastIndex(all, ", "); k >= 0 {
		all = all[:k] + " and " + all[k+2:]
	}
	guess("two ballots on each row: columns %d to %d hold one ballot's lines and, after them, its choices, and from column %d on the header names those lines again (%s) before other choices: a second ballot's (two elections held together, each counted apart). This mapping drafts the first and leaves out (ignore) the second's columns %s; for the second, copy it, map its lines by their numbers ({\"column\": %d}) and its choices under votes, and put the first's under ignore",
		lines[0]+1, last+1, second+1, strings.Join(secondNames(header, lines, second), ", "), all, second+1)
}

// secondOf returns the column at or after second named as column c, or
// c.
func secondOf(header []string, c, second int) int {
	for i := second; i < len(header); i++ {
		if trimHeader(header[i]) == trimHeader(header[c]) {
			return i
		}
	}
	return c
}

// secondNames returns the headers of lines, quoted, as the second
// ballot names them again.
func secondNames(header []string, lines []int, second int) []string {
	var out []string
	for _, c := range lines {
		if j := secondOf(header, c, second); j != c {
			out = append(out, fmt.Sprintf("column %d %q", j+1, trimHeader(header[j])))
		}
	}
	return out
}
