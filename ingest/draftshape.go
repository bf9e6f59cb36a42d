package ingest

import (
	"fmt"
	"slices"

	"github.com/shailoo/shailoo/election"
)

// draftShapeLines maps the protocol lines of a wide file by the figures'
// structure where its headers' words name few of them (a language the
// draft does not know: Hungary's valasztas.hu tables, "vp_osszes",
// "szavazott_osszesen", "szl_belyegzett_urna", "szl_ervenytelen",
// "szl_ervenyes", "ej_72398"...):
//   - a run of two or more columns whose sum is another column T on every
//     row are the choices' votes, and T the valid ballots;
//   - a column I beside them with I + T = F on nearly every row, F another
//     column, is the invalid ballots, and F the ballots found (of the
//     columns that are so, the nearest to I);
//   - left of F, the nearest column never smaller than F is the voters on
//     the list, or the ballots issued when a column left of it is never
//     smaller than it and is (the voters);
//   - every other column of figures right of the first line is no
//     choice: the valid votes are already the sum of the choices.
//
// It needs two rows or more and the four of T, its parts, I and F. It
// runs where the words read no line but the voters, the invalid and the
// valid ballots, each the column the figures say (else the words stand). The choices' columns are left to the draft, which maps
// them as choices.
func draftShapeLines(m *Mapping, header []string, rows [][]string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	if len(rows) < 2 {
		return
	}
	for i := range header {
		h := norm(i)
		if election.LineIndex(election.Line(h)) >= 0 || slices.ContainsFunc(englishLineWords, func(lw lineRule) bool { return lw.reads(h) }) ||
			!used[i] && slices.ContainsFunc(lineWords, func(lw lineRule) bool { return lw.stems(h) }) ||
			numeric[i] && (formCode(trimHeader(header[i])) || votemanagerCode(trimHeader(header[i]))) {
			return // (lines the words or a form's codes read: the draft's other rules map them)
		}
	}
	// shapeLines are the lines it maps, in the form's order; lineAt the
	// line the words mapped each column to, and want the column of each
	// of shapeLines.
	lineAt := make([]election.Line, len(header))
	for l, c := range m.Lines {
		i := columnOf(header, c.Header)
		if i < 0 || len(c.Columns) > 0 || l != election.Voters && l != election.Invalid && l != election.Valid {
			return // (lines the words read, of a form the draft knows)
		}
		lineAt[i] = l
	}
	// fig holds the figures of the columns that may be of the structure
	// (nil for the others: no figures, negative ones, used).
	fig := make([][]int64, len(header))
	blocked := slices.Clone(used)
	for i := range header {
		blocked[i] = true
		if numeric[i] && (!used[i] || lineAt[i] != "") {
			if v, ok := figuresOf(rows, i); ok {
				blocked[i], fig[i] = false, v
			}
		}
	}
	valid, invalid, found := -1, -1, -1
	var parts []int
	for t := range header {
		if blocked[t] {
			continue
		}
		if p := sumOfRun(rows, numeric, blocked, t); len(p) >= 2 && len(p) > len(parts) && informativeRows(fig, t, p) >= informativeNeed(len(rows)) {
			if i, f := invalidFound(fig, t, p); i >= 0 {
				valid, parts, invalid, found = t, p, i, f
			}
		}
	}
	if valid < 0 {
		return
	}
	n := 0
	for r := range rows {
		if fig[invalid][r]+fig[valid][r] == fig[found][r] {
			n++
		}
	}
	rowsSum := "every row"
	if n < len(rows) {
		rowsSum = fmt.Sprintf("%d of the %d rows", n, len(rows))
	}
	// The nearest columns left of the ballots found that are never
	// smaller than they are.
	var above []int
	for c := found - 1; c >= 0 && len(above) < 2; c-- {
		if fig[c] != nil && !slices.Contains(parts, c) && c != valid && c != invalid && notLess(fig[c], fig[found], 1, 0) {
			above = append(above, c)
		}
	}
	issued, voters := -1, -1
	switch {
	case len(above) == 2 && notLess(fig[above[1]], fig[above[0]], 1, 0):
		issued, voters = above[0], above[1]
	case len(above) >= 1 && moreOnMost(fig[above[0]], fig[found]):
		voters = above[0]
	}
	if voters >= 0 && !notLess(fig[found], fig[voters], 20, 20) {
		voters, issued = -1, -1 // (a code: Romania's SIRUTA, no turnout of 5%)
	}
	shapeLines := [...]election.Line{election.Voters, election.IssuedInRoom, election.FoundStationary, election.Invalid, election.Valid}
	want := [...]int{voters, issued, found, invalid, valid}
	first := found
	for k, c := range want {
		if c >= 0 && lineAt[c] != "" && lineAt[c] != shapeLines[k] {
			return // the words say otherwise
		}
		if c >= 0 {
			first = min(first, c)
		}
	}
	for i, l := range lineAt {
		if l != "" && (want[slices.Index(shapeLines[:], l)] != i || slices.Contains(parts, i)) {
			return
		}
	}
	for k, c := range want {
		if c < 0 || lineAt[c] != "" {
			continue
		}
		used[c] = true
		m.Lines[shapeLines[k]] = Column{Header: trimHeader(header[c])}
		guess("lines.%s: column %d %q: by the figures (no header's words name it): %s", shapeLines[k], c+1, trimHeader(header[c]), shapeNote(shapeLines[k], parts, valid, invalid, found, rowsSum))
	}
	for c := range header {
		if c > first && fig[c] != nil && !used[c] && !slices.Contains(parts, c) {
			used[c] = true
			guess("column %d %q is not mapped: the valid votes (column %d) are the choices' sum without it; map it under lines if it is a protocol line", c+1, trimHeader(header[c]), valid+1)
		}
	}
}

// informativeRows counts the rows on which the sum of columns parts
// being column t says something: t is not 0 and two parts or more are
// not (on a row of zeros, or of one figure copied, any columns "add up").
// Columns of a few votes abroad, 0 on nearly every row, add up by chance
// (DR Congo's 2023 diaspora sites: 0,0,0,3,0 the "sum" of 0,0,0,2,0 and
// 0,0,0,1,0), and a line read from them would leave the choices that hold
// the votes out.
func informativeRows(fig [][]int64, t int, parts []int) int {
	n := 0
	for r := range fig[t] {
		if fig[t][r] == 0 {
			continue
		}
		some := 0
		for _, p := range parts {
			if fig[p][r] != 0 {
				some++
			}
		}
		if some >= 2 {
			n++
		}
	}
	return n
}

// informativeNeed is how many informative rows (informativeRows) a line
// read from the figures alone rests on: two, and half the file's rows.
func informativeNeed(rows int) int { return max(2, (rows+1)/2) }

// notLess says whether k*a[r]+d >= b[r] on every row r.
func notLess(a, b []int64, k, d int64) bool {
	for r := range a {
		if k*a[r]+d < b[r] {
			return false
		}
	}
	return true
}

// invalidFound finds, for the valid ballots t, the sum of columns parts,
// a column i (the invalid ballots, not 0 on some row) and f (the ballots
// found) with i + t = f on every row but a fifth at most (those who took
// part, "szavazott", beside the ballots found: a ballot taken away): i the
// nearest to t, and of the f that fit it the nearest to i; -1, -1 for
// none. fig holds each column's figures, nil for a column of none.
func invalidFound(fig [][]int64, t int, parts []int) (int, int) {
	bi, bf := -1, -1
	for i := range fig {
		if fig[i] == nil || i == t || slices.Contains(parts, i) || !slices.ContainsFunc(fig[i], func(v int64) bool { return v != 0 }) {
			continue
		}
		for f := range fig {
			if f == i || f == t || fig[f] == nil || slices.Contains(parts, f) {
				continue
			}
			miss := 0
			for r := range fig[f] {
				if fig[i][r]+fig[t][r] != fig[f][r] {
					miss++
				}
			}
			if miss <= len(fig[f])/5 && (bi < 0 || distance(i, t) < distance(bi, t) || i == bi && distance(f, i) < distance(bf, i)) {
				bi, bf = i, f
			}
		}
	}
	return bi, bf
}

// distance is how many columns apart a and b are.
func distance(a, b int) int { return max(a-b, b-a) }

// moreOnMost says whether a is more than b on more than half the rows:
// the voters on the list, not the ballots issued (which are the ballots
// found on most rows).
func moreOnMost(a, b []int64) bool {
	n := 0
	for r := range a {
		if a[r] > b[r] {
			n++
		}
	}
	return n*2 > len(a)
}

// shapeNote says why draftShapeLines reads a column as line l: the
// figures, not the header's words.
func shapeNote(l election.Line, parts []int, valid, invalid, found int, rowsSum string) string {
	switch l {
	case election.Valid:
		return "the sum of columns " + columnList(parts) + " on every row, and on at least half the rows two of them or more and the sum are not 0 (a sum of zeros says nothing)"
	case election.Invalid, election.FoundStationary:
		return fmt.Sprintf("column %d + column %d = column %d on %s", invalid+1, valid+1, found+1, rowsSum)
	}
	return fmt.Sprintf("never less than column %d, the nearest such left of it", found+1)
}

// oneRowName is the precinct of a file of one row whose columns of
// figures are all lines or choices (Jersey's 2022 result of a
// constituency, "Constituency", "Invalid ballots", then the candidates): a
// column of text that names the row, the okrug's too (its one precinct),
// and why; -1 and why unchanged for none.
func oneRowName(m *Mapping, header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string, why string) (int, string) {
	if len(rows) != 1 {
		return -1, why
	}
	free := used
	if m.Okrug != nil {
		if o := columnOf(header, m.Okrug.Header); o >= 0 {
			free = slices.Clone(used)
			free[o] = false
		}
	}
	k := textNamesRows(header, rows, free, numeric, nonEmpty, values, norm)
	if k < 0 {
		return -1, why
	}
	return k, fmt.Sprintf(": its text names the file's one row (%q), which is the precinct; a count of one row is that row's result", cellAt(rows[0], k))
}

// protocolsColumn returns the column of text, not named like a contest,
// that tells apart the protocols of each precinct of a long file (Hungary's
// "jkv", egyeni_jkv and listas_jkv, the ballots of the constituency and of
// the lists): its few values, no numbers, repeat on a precinct's rows,
// and three columns of figures or more (the protocols' lines) are the same on the rows of
// each precinct and value, not on the rows of each precinct; -1 for none.
func protocolsColumn(header []string, rows [][]string, used, numeric []bool, values []map[string]int, precinct int) int {
	if precinct < 0 || len(rows) < 4 || !repeats(rows, precinct) {
		return -1
	}
	for c := range header {
		if used[c] || numeric[c] || c == precinct || len(values[c]) < 2 || len(values[c])*4 > len(rows) || !repeats(rows, precinct, c) || decimals(values[c]) {
			continue
		}
		n := 0
		for i := range header {
			if !used[i] && numeric[i] && len(values[i]) > 1 && !constantWithin(rows, []int{precinct}, i) && constantWithin(rows, []int{precinct, c}, i) && !constantWithin(rows, []int{c}, i) {
				n++
			}
		}
		if n >= 3 {
			return c
		}
	}
	return -1
}

// linesOfProtocol says whether column total and its parts are each the
// same on all the rows of each precinct, which repeat (a long file's):
// lines of a protocol repeated on its rows (Hungary's ballots found, the
// invalid and the valid), not a choice's votes by kind, where another
// column of figures is not (the choices' votes: Hungary's "szavazat").
func linesOfProtocol(rows [][]string, numeric []bool, precinct, total int, parts []int) bool {
	if precinct < 0 || !repeats(rows, precinct) {
		return false
	}
	cols := append([]int{total}, parts...)
	for _, c := range cols {
		if !constantWithin(rows, []int{precinct}, c) {
			return false
		}
	}
	for c := range numeric {
		if numeric[c] && !slices.Contains(cols, c) && !constantWithin(rows, []int{precinct}, c) {
			return true
		}
	}
	return false
}
