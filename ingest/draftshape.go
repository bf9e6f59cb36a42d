package ingest

import (
	"fmt"
	"maps"
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
	lineAt := map[int]election.Line{}
	for l, c := range m.Lines {
		i := columnOf(header, c.Header)
		if i < 0 || len(c.Columns) > 0 || l != election.Voters && l != election.Invalid && l != election.Valid {
			return // (lines the words read, of a form the draft knows)
		}
		lineAt[i] = l
	}
	// blocked are the columns that hold no figure of the structure.
	blocked := slices.Clone(used)
	fig := map[int][]int64{}
	for i := range header {
		if !numeric[i] || used[i] && lineAt[i] == "" {
			blocked[i] = true
			continue
		}
		v, ok := figuresOf(rows, i)
		if !ok {
			blocked[i] = true // (negative figures: a difference)
			continue
		}
		blocked[i], fig[i] = false, v
	}
	always := func(a, b int, ok func(x, y int64) bool) bool {
		for r := range rows {
			if !ok(fig[a][r], fig[b][r]) {
				return false
			}
		}
		return true
	}
	valid, invalid, found := -1, -1, -1
	var parts []int
	for t := range header {
		if blocked[t] {
			continue
		}
		p := sumOfRun(rows, numeric, blocked, t)
		if len(p) < 2 || len(p) <= len(parts) {
			continue
		}
		i, f := invalidFound(header, rows, fig, blocked, t, p)
		if i >= 0 {
			valid, parts, invalid, found = t, p, i, f
		}
	}
	if valid < 0 {
		return
	}
	rowsSum := "every row"
	if n := countRows(rows, func(r int) bool { return fig[invalid][r]+fig[valid][r] == fig[found][r] }); n < len(rows) {
		rowsSum = fmt.Sprintf("%d of the %d rows", n, len(rows))
	}
	// The nearest columns left of the ballots found that are never
	// smaller than they are.
	var above []int
	for c := found - 1; c >= 0 && len(above) < 2; c-- {
		if fig[c] != nil && !blocked[c] && !slices.Contains(parts, c) && c != valid && c != invalid && always(c, found, func(x, y int64) bool { return x >= y }) {
			above = append(above, c)
		}
	}
	issued, voters := -1, -1
	switch {
	case len(above) == 2 && always(above[1], above[0], func(x, y int64) bool { return x >= y }):
		issued, voters = above[0], above[1]
	case len(above) >= 1 && moreOnMost(fig[above[0]], fig[found]):
		voters = above[0]
	}
	if voters >= 0 && !always(voters, found, func(x, y int64) bool { return x <= 20*y+20 }) {
		voters, issued = -1, -1 // (a code: Romania's SIRUTA, no turnout of 5%)
	}
	want := map[election.Line]int{election.Valid: valid, election.Invalid: invalid, election.FoundStationary: found, election.IssuedInRoom: issued, election.Voters: voters}
	for i, l := range lineAt {
		if c, ok := want[l]; ok && c >= 0 && c != i || slices.Contains(parts, i) {
			return // the words say otherwise
		}
	}
	first := found
	for _, c := range want {
		if c >= 0 {
			first = min(first, c)
		}
	}
	for _, l := range []election.Line{election.Voters, election.IssuedInRoom, election.FoundStationary, election.Invalid, election.Valid} {
		c := want[l]
		if c < 0 || lineAt[c] == l {
			continue
		}
		used[c] = true
		m.Lines[l] = Column{Header: trimHeader(header[c])}
		guess("lines.%s: column %d %q: %s", l, c+1, trimHeader(header[c]), shapeNote(l, header, parts, valid, invalid, found, issued, rowsSum))
	}
	for c := range header {
		if c > first && fig[c] != nil && !blocked[c] && !used[c] && !slices.Contains(parts, c) {
			used[c] = true
			guess("column %d %q is not mapped: on every row the valid votes (column %d %q) are the sum of columns %s, the choices: this column is none of them (a line of another form or block?); map it under lines if it is a protocol line",
				c+1, trimHeader(header[c]), valid+1, trimHeader(header[valid]), columnList(parts))
		}
	}
}

// invalidFound finds, for the valid ballots t, the sum of columns parts,
// a column i (the invalid ballots, not 0 on some row) and f (the ballots
// found) with i + t = f on every row but a fifth at most (those who took
// part, "szavazott", beside the ballots found: a ballot taken away): i the
// nearest to t, and of the f that fit it the nearest to i; -1, -1 for
// none.
func invalidFound(header []string, rows [][]string, fig map[int][]int64, blocked []bool, t int, parts []int) (int, int) {
	dist := func(a, b int) int { return max(a-b, b-a) }
	free := func(c int) bool { return fig[c] != nil && !blocked[c] && c != t && !slices.Contains(parts, c) }
	bi, bf := -1, -1
	for i := range header {
		if !free(i) || !slices.ContainsFunc(fig[i], func(v int64) bool { return v != 0 }) {
			continue
		}
		for f := range header {
			if f == i || !free(f) {
				continue
			}
			miss := 0
			for r := range rows {
				if fig[i][r]+fig[t][r] != fig[f][r] {
					miss++
				}
			}
			if miss <= len(rows)/5 && (bi < 0 || dist(i, t) < dist(bi, t) || i == bi && dist(f, i) < dist(bf, i)) {
				bi, bf = i, f
			}
		}
	}
	return bi, bf
}

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

// shapeNote says why draftShapeLines reads a column as line l.
// rowsSum is "every row", or on how many of the rows invalid and valid
// add up to found.
func shapeNote(l election.Line, header []string, parts []int, valid, invalid, found, issued int, rowsSum string) string {
	switch l {
	case election.Valid:
		return fmt.Sprintf("on every row it is the sum of columns %s, the choices' votes (read so by the figures: the header's words name no line the draft knows)", columnList(parts))
	case election.Invalid:
		return fmt.Sprintf("on %s it and the valid votes (column %d %q) add up to column %d %q, the ballots found: the invalid ballots", rowsSum, valid+1, trimHeader(header[valid]), found+1, trimHeader(header[found]))
	case election.FoundStationary:
		return fmt.Sprintf("on %s it is the invalid (column %d) and the valid (column %d) ballots: those who took part, the ballots found in the boxes (the form's found_stationary, with found_mobile not given; a count checks it on every row, P102)", rowsSum, invalid+1, valid+1)
	case election.IssuedInRoom:
		return fmt.Sprintf("the nearest column left of the ballots found (column %d) never smaller than they are, with a greater one left of it: the ballots issued (those who voted)", found+1)
	}
	if issued >= 0 {
		return fmt.Sprintf("left of the ballots issued (column %d) and never smaller than they are: the voters on the list", issued+1)
	}
	return fmt.Sprintf("the nearest column left of the ballots found (column %d), more than they are on most rows: the voters on the list", found+1)
}

// countRows counts the rows r of rows for which ok(r) holds.
func countRows(rows [][]string, ok func(r int) bool) int {
	n := 0
	for r := range rows {
		if ok(r) {
			n++
		}
	}
	return n
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
		if used[c] || numeric[c] || c == precinct || len(values[c]) < 2 || len(values[c])*4 > len(rows) || !repeats(rows, precinct, c) ||
			slices.ContainsFunc(slices.Collect(maps.Keys(values[c])), func(v string) bool { return isNumber(v) || decimals(map[string]int{v: 1}) }) {
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
