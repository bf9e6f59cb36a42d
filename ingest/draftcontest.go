package ingest

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// Files of every contest (OpenElections' precinct files) list the
// electorate and the ballots cast among the contests, as "offices" of
// their own: "REGISTERED VOTERS" and "BALLOTS CAST", one row per
// precinct. Such a row is a line of every contest's protocol, never a
// contest: a draft that counted it would seat a "candidate" with the
// electorate's figure.

// longLineWords name, by whole words, a line that a long file gives in
// rows and a wide file's header does not name alone: "Ballots Cast",
// those who voted, whose ballots were found (as "Votants" is). A wide
// file's column of them is left out as a total instead (totalH): beside
// a wide file's lines it may be any of several.
//
// A choice's row of the blank votes in Norway ("BLANKE"), or of the
// ballots of too many marks for the contest in the US ("OVER VOTES"), is
// the invalid ballots: votes for no choice, not valid.
var longLineWords = []lineRule{
	{election.FoundStationary, []string{"ballots", "cast"}},
	{election.Invalid, []string{"blanke"}},
	{election.Invalid, []string{"over", "votes"}},
	{election.Invalid, []string{"overvotes"}},
	// Australia's informal ballots, a row of every polling place in the
	// AEC's files: the invalid ones.
	{election.Invalid, []string{"informal"}},
}

// registrarW name, by whole words, the office of a registrar of voters,
// a contest of Connecticut's towns ("Reg of Voters"): the voters' words
// in it name no line.
var registrarW = []string{"registrar", "registrars", "reg of voters", "regs of voters"}

// cellLine returns the protocol line a cell of a long file (a choice or a
// contest) names by the words of a header, or "".
func cellLine(v string) election.Line {
	h := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(v)), "ё", "е")
	if anyWords(h, registrarW) {
		return "" // an office (Connecticut's "Reg of Voters"), no line
	}
	if election.LineIndex(election.Line(h)) >= 0 {
		return election.Line(h)
	}
	for _, lw := range lineWords {
		if lw.stems(h) {
			return lw.line
		}
	}
	for _, rules := range [][]lineRule{englishLineWords, longLineWords} {
		for _, lw := range rules {
			if lw.reads(h) {
				return lw.line
			}
		}
	}
	return ""
}

// figureColumn returns the column of figures a file of several contests
// gives each row's votes in: of the columns of numbers not used and not
// named as a number or code, the one named like votes that is on every
// row the sum of the columns beside it, each named like votes too, as a
// line's parts are not (Oklahoma's "votes" after "mail_votes",
// "early_votes" and "election_day_votes": the figure the draft maps, its
// parts left out); else the first named like votes, else the last; or -1.
func figureColumn(header []string, rows [][]string, used, numeric []bool, norm func(int) string) int {
	fig := -1
	for i := range header {
		if used[i] || !numeric[i] || anyWords(norm(i), idH) {
			continue
		}
		if namedVotes(norm(i)) && partsNamedVotes(sumOfRun(rows, numeric, used, i), norm) {
			return i
		}
		if fig < 0 || !namedVotes(norm(fig)) {
			fig = i
		}
	}
	return fig
}

// contestOf returns the contest a draft counts of a file whose column c
// names each row's contest: of those that name no protocol line, the
// office at the top of the ballot (topOffice: a President before a
// Governor before a US Senator, then the first; top is true), or
// else the one of the most rows (on the ballot of the most precincts, with the most
// choices: the top of the ballot, a president or a parliament, before a
// straight-party vote or a district's race), then of the most votes in
// column fig (if fig >= 0), then the first; when every contest names a
// line, the first. lines are the contests that name a line, in the order
// they first come.
func contestOf(rows [][]string, c, fig int) (keep string, n int, votes int64, lines []string, top bool) {
	sums, counts := map[string]int64{}, map[string]int{}
	var order []string
	for _, rec := range rows {
		v := cellAt(rec, c)
		if v == "" {
			continue
		}
		if counts[v] == 0 {
			order = append(order, v)
			if cellLine(v) != "" {
				lines = append(lines, v)
			}
		}
		counts[v]++
		if fig < 0 {
			continue
		}
		if x, err := parseInt([]byte(cellAt(rec, fig))); err == nil && x > 0 {
			// (Only to rank the contests: a sum past int64 stays at its
			// largest.)
			sums[v] += min(x, math.MaxInt64-sums[v])
		}
	}
	// (The office at the top of the ballot, a President's or a
	// Governor's, before the contest of the most rows, which is often
	// the districts' of a chamber, each a contest of its own.)
	for rank := 1; rank <= 3; rank++ {
		if k := slices.IndexFunc(order, func(v string) bool { return !slices.Contains(lines, v) && topOffice(v) == rank }); k >= 0 {
			v := order[k]
			return v, counts[v], sums[v], lines, true
		}
	}
	for _, v := range order {
		if slices.Contains(lines, v) {
			continue
		}
		if keep == "" || counts[v] > n || counts[v] == n && sums[v] > votes {
			keep, n, votes = v, counts[v], sums[v]
		}
	}
	if keep == "" && len(order) > 0 {
		keep, n, votes = order[0], counts[order[0]], sums[order[0]]
	}
	return keep, n, votes, lines, false
}

// topOffice ranks a contest's name among the offices at the top of a US
// ballot: 1 a President's, 2 a Governor's, 3 a US Senator's; 0 for any
// other (a Vice President's or a Lieutenant Governor's, a state
// senate's).
func topOffice(name string) int {
	h := strings.ToLower(strings.TrimSpace(name))
	if w := strings.FieldsFunc(h, notWordRune); len(w) > 0 && slices.Contains([]string{"lieutenant", "lt", "vice"}, w[0]) {
		return 0
	}
	switch {
	case anyWords(h, []string{"president"}) && oneSeatOffice(h):
		return 1
	case anyWords(h, []string{"governor"}) && oneSeatOffice(h):
		return 2
	case anyWords(h, []string{"u s senate", "us senate", "u s senator", "us senator", "united states senator", "united states senate"}):
		return 3
	}
	return 0
}

// protocolKey is the key of the protocol a row of a long file gives: its
// cells in the columns of key (the precinct's, the region's, the count's;
// -1 for none).
func protocolKey(rec []string, key []int) string {
	var b strings.Builder
	for _, k := range key {
		if k >= 0 {
			b.WriteString(cellAt(rec, k))
		}
		b.WriteByte(0)
	}
	return b.String()
}

// contestLines adds to a long mapping the rows of the contests that name
// a protocol line (lines, of column c of rows, the file's rows before its
// filter): each as a line value, when each of its rows names one choice
// cell the contest kept lacks, once per protocol; its contest is then
// kept by the row filter's condition where too. Rows that cannot be read
// so are left out, and the draft says why.
func contestLines(m *Mapping, header []string, rows, keptRows [][]string, c, where int, lines []string, choice int, kept map[string]int, key []int, guess func(string, ...any)) {
	keyOf := func(rec []string) string { return protocolKey(rec, key) }
	areas := map[string]bool{} // the protocols of the contest kept
	for _, rec := range keptRows {
		areas[keyOf(rec)] = true
	}
	for _, contest := range lines {
		l := cellLine(contest)
		var own [][]string
		cells := map[string]bool{}
		elsewhere := 0 // rows of precincts the contest kept has none of
		for _, rec := range rows {
			if cellAt(rec, c) == contest {
				own = append(own, rec)
				cells[cellAt(rec, choice)] = true
				if !areas[keyOf(rec)] {
					elsewhere++
				}
			}
		}
		cell := ""
		for v := range cells {
			cell = v
		}
		why := ""
		switch _, taken := m.Lines[l]; {
		case cells[""] && len(cells) > 1:
			why = fmt.Sprintf("some of its rows leave column %d %q empty, others not", choice+1, trimHeader(header[choice]))
		case len(cells) > 1:
			why = fmt.Sprintf("its rows name %d values in column %d %q, one protocol line each?", len(cells), choice+1, trimHeader(header[choice]))
		case kept[cell] > 0:
			why = fmt.Sprintf("its cell %q in column %d %q is a choice of the contest kept too", cell, choice+1, trimHeader(header[choice]))
		case taken || slices.Contains(slices.Collect(maps.Values(m.LineValues)), l):
			why = fmt.Sprintf("line %s is given already", l)
		case repeats(own, key...):
			why = "a precinct has several of its rows"
		case elsewhere > 0:
			why = fmt.Sprintf("%d of its rows are of precincts where the contest kept has no rows (each would be a protocol without its votes)", elsewhere)
		}
		if why != "" {
			guess("rows of %q in column %d %q (line %s?) are left out: %s", contest, c+1, trimHeader(header[c]), l, why)
			continue
		}
		if cell == "" {
			// The row names its line in the contest's column alone
			// (OpenElections' "Registered Voters", "Ballots Cast", the
			// candidate cell empty): the choice is read from the
			// choice's column, else the contest's.
			if len(m.ChoiceColumn.Columns) == 0 {
				m.ChoiceColumn = &Column{Columns: []Column{*m.ChoiceColumn, {Header: trimHeader(header[c])}}}
				guess("choice_column: columns %d %q and %d %q, the first not empty naming the row's choice: the rows of a protocol line leave column %d empty and name the line in column %d", choice+1, trimHeader(header[choice]), c+1, trimHeader(header[c]), choice+1, c+1)
			}
			cell = contest
		}
		m.LineValues[cell] = l
		m.Rows.Where[where].Values = append(m.Rows.Where[where].Values, contest)
		note := ""
		if n, ok := headerLineNote[l]; ok {
			note = " (" + n + ")"
		}
		guess("line_values: %q is line %s%s: the rows of %q in column %d %q give each precinct's, and the row filter keeps them too (rows.where[%d])", cell, l, note, contest, c+1, trimHeader(header[c]), where)
	}
}

// noContestLines adds to a long mapping the rows of no contest (column c
// empty) whose choice cell names a protocol line: Florida's OpenElections
// files give "Registered Voters" and "Ballots Cast" so, their office
// empty. Each cell that reads as a line not mapped yet, given once per
// precinct and only of precincts the contest kept has rows of, is a line
// value, and the filter keeps the rows of no contest; the other cells of
// those rows ("Ballots Cast Blank", a second reading of a line) are left
// out by a condition of their own. Nothing changes when no cell can be
// read so.
func noContestLines(m *Mapping, header []string, rows, keptRows [][]string, c, where, choice int, kept map[string]int, key []int, guess func(string, ...any)) {
	keyOf := func(rec []string) string { return protocolKey(rec, key) }
	areas := map[string]bool{}
	for _, rec := range keptRows {
		areas[keyOf(rec)] = true
	}
	byCell := map[string][][]string{}
	var cells []string
	for _, rec := range rows {
		if cellAt(rec, c) != "" {
			continue
		}
		x := cellAt(rec, choice)
		if byCell[x] == nil {
			cells = append(cells, x)
		}
		byCell[x] = append(byCell[x], rec)
	}
	var mapped, left []string
	for _, x := range cells {
		l := cellLine(x)
		_, taken := m.Lines[l]
		ok := l != "" && x != "" && kept[x] == 0 && !taken && !slices.Contains(slices.Collect(maps.Values(m.LineValues)), l) && !repeats(byCell[x], key...)
		for _, rec := range byCell[x] {
			ok = ok && areas[keyOf(rec)]
		}
		if !ok {
			left = append(left, x)
			continue
		}
		m.LineValues[x] = l
		mapped = append(mapped, x)
		guess("line_values: %q is line %s: the rows of no contest (column %d %q empty) that name it in column %d %q give each precinct's", x, l, c+1, trimHeader(header[c]), choice+1, trimHeader(header[choice]))
	}
	if len(mapped) == 0 {
		return
	}
	m.Rows.Where[where].Values = append(m.Rows.Where[where].Values, "")
	if len(left) > 0 {
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[choice])}, Except: left})
		guess("rows: the rows of no contest that name %s in column %d %q are left out (rows.where[%d]): no line of the form reads them, or they read as a line given already", quoteAll(left), choice+1, trimHeader(header[choice]), len(m.Rows.Where)-1)
	}
}

// flagWords name, by whole words, a column of marks about a row (an error
// found, a protocol clarified or checked, a status), never a figure:
// Ukraine's volunteers' "has_errors" and "clarified", Argentina's
// "mesEstado".
var flagWords = []string{"error", "errors", "erroneous", "clarified", "checked", "verified", "status", "estado", "flag", "flags", "flagged",
	// Czech: a correction, an error (the Statistical Office's OPRAVA and
	// CHYBA)
	"oprava", "chyba",
	// a row counted yet or not (Kenya's crowd-entered Form 34B: 0 or 1)
	"counted"}

// flagColumn says whether a column of whole numbers (its header h, lower
// case; its cells vals) is a flag or a status: its header reads as one (a
// word of flagWords, or it begins "has" or "is") and its cells are a few
// small codes (0 and 1, or up to five values of one digit). The header
// decides: a candidate may have 0 or 1 votes on every row.
func flagColumn(h string, vals map[string]int) bool {
	words := strings.FieldsFunc(h, notWordRune)
	if len(words) == 0 || !anyWords(h, flagWords) && words[0] != "has" && words[0] != "is" {
		return false
	}
	if len(vals) == 0 || len(vals) > 5 {
		return false
	}
	for v := range vals {
		if n, err := parseInt([]byte(v)); err != nil || n < 0 || n > 9 {
			return false
		}
	}
	return true
}

// namesColumns says whether rec reads as a header row above the row
// below (nil at the end): two cells or more hold text (not a whole
// number), half of its cells with something in them or more (pandas'
// header names its index column "0"), and the row below repeats none of
// them in its column.
func namesColumns(rec, below []string) bool {
	text, full := 0, 0
	for i, c := range rec {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		full++
		if _, err := parseInt([]byte(c)); err != nil {
			text++
			if below != nil && cellAt(below, i) == c {
				return false // a name the next row repeats: data rows
			}
		}
	}
	return text >= 2 && text*2 >= full
}

// rowIndex returns the column whose header is a whole number that its
// cells go on counting one by one (0 in the header row, then 1, 2, ...,
// on two rows or more), or -1: pandas writes its index so when a row of
// the columns' numbers stands above the header, which is then its row 0.
// It numbers rows; it names no precinct.
func rowIndex(header []string, rows [][]string) int {
	if len(rows) < 2 {
		return -1
	}
	for i, h := range header {
		n, err := parseInt([]byte(trimHeader(h)))
		if err != nil {
			continue
		}
		next := true
		for k, rec := range rows {
			if v, err := parseInt([]byte(cellAt(rec, i))); err != nil || v != n+int64(k)+1 {
				next = false
				break
			}
		}
		if next {
			return i
		}
	}
	return -1
}

// choiceRows returns the column of text not used, named like a candidate
// (or like a party, beside one column of figures), that names each of two
// rows or more once (Bosnia's "Kandidat", Kosovo's "Subjekti Politik"
// beside "Numri i votave"), or -1: a file of one area whose rows are its
// choices. (A party's column beside many columns of figures may head a
// transposed file, the columns its precincts.)
func choiceRows(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string) int {
	figures := 0
	for i := range header {
		if !used[i] && numeric[i] {
			figures++
		}
	}
	for i := range header {
		if !used[i] && !numeric[i] && len(rows) >= 2 && nonEmpty[i] == len(rows) && len(values[i]) == len(rows) && (candidateHeader(norm(i)) || figures == 1 && (choiceHeader(norm(i)) || anyWords(norm(i), subjectW))) {
			return i
		}
	}
	return -1
}

// cellRow returns rows[i], or nil past the end.
func cellRow(rows [][]string, i int) []string {
	if i < len(rows) {
		return rows[i]
	}
	return nil
}

// partsNamedVotes says whether there are parts and each is named like
// votes.
func partsNamedVotes(parts []int, norm func(int) string) bool {
	return len(parts) > 0 && !slices.ContainsFunc(parts, func(p int) bool { return !namedVotes(norm(p)) })
}
