package ingest

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

// englishLine returns the line the first rule of englishLineWords names
// in h (lower case), or "".
func englishLine(h string) election.Line {
	for _, lw := range englishLineWords {
		if lw.reads(h) {
			return lw.line
		}
	}
	return ""
}

// lineNameNote ends the guess of a column mapped by the line's own name
// ("voters", "valid").
const lineNameNote = "the line's own name"

// votersAlone reads again a column headed "voters" alone, which the draft
// maps by the line's own name to the voters on the list: in English files
// "voters" counts those who voted as often as those on the list (French
// "votants", translated). Where another column reads as the voters on the
// list ("registered", "reg"), the "voters" column is those who voted: it
// is mapped as the ballots found (found_stationary) when no line of them
// is mapped, and left out otherwise; where none does, it stays the voters
// on the list (in a long file, always: its other lines are not read by
// these words). Either way its guess says that the word is ambiguous, for
// the user to confirm.
func votersAlone(m *Mapping, header []string, used, numeric []bool, norm func(int) string, wide bool) {
	v, ok := m.Lines[election.Voters]
	if !ok || v.Header == "" {
		return
	}
	c := columnOf(header, v.Header)
	if c < 0 || norm(c) != string(election.Voters) {
		return
	}
	at := slices.Index(m.Guesses, fmt.Sprintf("lines.%s: column %d %q (%s)", election.Voters, c+1, v.Header, lineNameNote))
	if at < 0 {
		return
	}
	reg := -1
	for i := range header {
		if wide && i != c && !used[i] && numeric[i] && englishLine(norm(i)) == election.Voters {
			reg = i
			break
		}
	}
	if reg < 0 {
		m.Guesses[at] = fmt.Sprintf("lines.%s: column %d %q: \"voters\" alone is ambiguous: those on the list (registered) in some files, those who voted in many (\"votants\"); no other column reads as the voters on the list, so it is taken for them; if it counts those who voted, map it under lines.%s (the ballots found) instead",
			election.Voters, c+1, v.Header, election.FoundStationary)
		return
	}
	delete(m.Lines, election.Voters)
	_, fs := m.Lines[election.FoundStationary]
	_, fm := m.Lines[election.FoundMobile]
	if fs || fm {
		m.Guesses[at] = fmt.Sprintf("column %d %q is not mapped: \"voters\" alone is ambiguous, and column %d %q reads as the voters on the list: this one counts those who voted, and the ballots found are mapped already",
			c+1, v.Header, reg+1, trimHeader(header[reg]))
		return
	}
	m.Lines[election.FoundStationary] = v
	m.Guesses[at] = fmt.Sprintf("lines.%s: column %d %q: \"voters\" alone is ambiguous (those on the list in some files, those who voted in many), and column %d %q reads as the voters on the list, so this one counts those who voted (\"votants\"): %s",
		election.FoundStationary, c+1, v.Header, reg+1, trimHeader(header[reg]), tookPartNote)
}

// spoiledWords name, by whole words, the spoiled ballots: in English
// files the invalid ballots (a UK count's "spoilt"), but on a form that
// also counts the invalid votes apart (Tunisia's result sheet:
// "cSpoiledBallots" beside "kCancelledVotes") the papers a voter spoiled
// and was given another for, set apart unused.
var spoiledWords = []string{"spoiled", "spoilt"}

// spoiledOnly says whether h (lower case) names spoiled ballots, not
// votes.
func spoiledOnly(h string) bool {
	return anyWords(h, spoiledWords) && !anyWords(h, []string{"votes", "vote"})
}

// cancelledWords name, by whole words, the cancelled (annulled) votes or
// ballots of French and Tunisian files ("canceled", "annulés"): the null
// ones, apart from the blank ones.
var cancelledWords = []string{"canceled", "cancelled", "annulés", "annules", "annulé", "annule"}

// draftBlankCancelled maps the invalid ballots to the sum of the
// cancelled or null ones (the line mapped, cancelledWords or
// nullVoteWords) and a column of the blank ones, where on every row the
// ballots found are the valid ones, the blank and the cancelled ones
// (Tunisia's "voters" = "valid_votes" + "blank" + "canceled";
// Guatemala's "Total Votos Válidamente Emitidos" = "Total Votos
// Válidos" + "Votos Nulos" + "Votos en Blanco"): the blank ballots are
// then no valid ones, and the invalid line without them leaves the
// ballots found short. The rows decide, not the words: Spain's blank
// votes are valid ones, and its ballots found are the valid and the null
// ones. (The long draft sums "Votos en Blanco" with "Votos Nulos" by the
// words of its cells, blankCell.)
func draftBlankCancelled(m *Mapping, header []string, rows [][]string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	inv, valid, found := m.Lines[election.Invalid], m.Lines[election.Valid], m.Lines[election.FoundStationary]
	if inv.Header == "" || valid.Header == "" || found.Header == "" || len(inv.Columns)+len(valid.Columns)+len(found.Columns) > 0 {
		return
	}
	ic, vc, fc := columnOf(header, inv.Header), columnOf(header, valid.Header), columnOf(header, found.Header)
	if ic < 0 || vc < 0 || fc < 0 || !anyWords(norm(ic), cancelledWords) && !anyWords(norm(ic), nullVoteWords) {
		return
	}
	for b := range header {
		if used[b] || !numeric[b] || !anyWords(norm(b), blankVoteWords) && !blankCell(norm(b)) || anyWords(norm(b), nullVoteWords) || !sumHolds(rows, fc, []int{vc, b, ic}, -1) {
			continue
		}
		used[b] = true
		cols := []int{min(b, ic), max(b, ic)}
		m.Lines[election.Invalid] = Column{Columns: []Column{{Header: trimHeader(header[cols[0]])}, {Header: trimHeader(header[cols[1]])}}}
		alone := fmt.Sprintf("lines.%s: column %d %q", election.Invalid, ic+1, inv.Header)
		m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return g == alone })
		guess("lines.invalid: the sum of columns %d %q and %d %q: on every row column %d %q (the ballots found) is the valid votes (column %d %q) and these two, so the blank ballots are no valid ones; if the valid votes count them, map invalid to column %d %q alone",
			cols[0]+1, trimHeader(header[cols[0]]), cols[1]+1, trimHeader(header[cols[1]]), fc+1, found.Header, vc+1, valid.Header, ic+1, inv.Header)
		return
	}
}

// sheetCheck says whether a header names a check a result sheet makes
// of its own lines by their letters ("gEplusF", "hBminusG",
// "mJplusKplusL": E+F, B−G, J+K+L): a sum or a difference of other
// figures, never a choice's votes.
func sheetCheck(h string) bool {
	r := []rune(strings.TrimSpace(h))
	if len(r) > 1 && unicode.IsLower(r[0]) && unicode.IsUpper(r[1]) {
		r = r[1:] // the check's own letter
	}
	for ops := 0; ; ops++ {
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			return false
		}
		if r = r[1:]; len(r) == 0 {
			return ops > 0
		}
		n := 0
		for _, op := range []string{"plus", "minus", "+", "-"} {
			if len(r) >= len(op) && strings.EqualFold(string(r[:len(op)]), op) {
				n = len(op)
				break
			}
		}
		if n == 0 {
			return false
		}
		r = r[n:]
	}
}

// clockWords name, by whole words, a column of a time of day (the
// count's start and end).
var clockWords = []string{"start", "end", "begin", "beginning", "finish", "opening", "closing", "opened", "closed", "time", "heure", "début", "debut", "fin", "hora", "inicio"}

// clockTimes says whether a column headed h (lower case) holds clock
// times written as numbers ("1820" for 18:20): its header names a time
// (clockWords), every cell is of three or four digits, and nine in ten
// cells at least are a time (an observer's "180" for 18:00 is not).
func clockTimes(h string, values map[string]int) bool {
	if !anyWords(h, clockWords) || len(values) == 0 {
		return false
	}
	times, cells := 0, 0
	for v, k := range values {
		if len(v) < 3 || len(v) > 4 || strings.Trim(v, "0123456789") != "" {
			return false
		}
		n := 0
		for _, d := range v {
			n = n*10 + int(d-'0')
		}
		if cells += k; n/100 <= 23 && n%100 <= 59 {
			times += k
		}
	}
	return times*10 >= cells*9
}

// sheetNotChoice says why a column of figures headed h (norm its
// lower-case words) is no choice's votes though its header names no line:
// a check of the sheet's lines, or clock times; or "".
func sheetNotChoice(h, norm string, values map[string]int) string {
	switch {
	case sheetCheck(h):
		return "its header names a check the result sheet makes of its lines by their letters (a sum or a difference of other columns), not a choice's votes"
	case clockTimes(norm, values):
		return fmt.Sprintf("its header names a time and its cells are clock times (%s, ...): the hour and minute, not a choice's votes", strings.Join(sortedKeys(values)[:min(2, len(values))], ", "))
	}
	return ""
}

// footnoteWords begin a note under a table: its source, a footnote.
var footnoteWords = []string{"source", "sources", "note", "notes", "nota", "fuente", "fuentes", "quelle", "источник", "примечание", "المصدر", "*"}

// footerRows returns the column and the texts of the rows that end the
// file with one cell of text and no figure, a note under the table ("Source:
// Provisional Results published on ..."): no protocol, though read as one
// it is a precinct without figures. The cell begins with a word of a note
// (footnoteWords) or is long, twice the longest of its column's other
// cells. The cell is one of the ncol columns of the header row (a cell
// past them is a ragged row's, said as such). It returns -1 when the
// file ends otherwise.
func footerRows(rows [][]string, ncol int) (int, []string) {
	col := -1
	var texts []string
	for k := len(rows) - 1; k > 0; k-- {
		c, v := -1, ""
		for i, cell := range rows[k] {
			if s := strings.TrimSpace(cell); s != "" {
				if c >= 0 || i >= ncol {
					c = -2
					break
				}
				c, v = i, s
			}
		}
		if c < 0 || col >= 0 && c != col || isNumber(v) || !noteText(v, rows[:k], c) {
			break
		}
		col, texts = c, append(texts, v)
	}
	slices.Reverse(texts)
	return col, texts
}

// noteText says whether v, a lone cell of column c, reads as a note
// rather than as the name of a row of rows.
func noteText(v string, rows [][]string, c int) bool {
	l := strings.ToLower(v)
	for _, w := range footnoteWords {
		if rest, ok := strings.CutPrefix(l, w); ok && (rest == "" || strings.ContainsRune(" :.-", []rune(rest)[0])) {
			return true
		}
	}
	longest := 0
	for _, rec := range rows {
		longest = max(longest, len([]rune(cellAt(rec, c))))
	}
	return len([]rune(v)) >= 40 && len([]rune(v)) >= 2*longest
}

// columnRef names column c of header in a mapping: by its header, or by
// its number where the header is empty or heads another column too (a
// condition on it would name no column, or the first of that header).
func columnRef(header []string, c int) Column {
	h := trimHeader(header[c])
	if h == "" || slices.ContainsFunc(header[:c], func(o string) bool { return trimHeader(o) == h }) || slices.ContainsFunc(header[c+1:], func(o string) bool { return trimHeader(o) == h }) {
		return Column{Index: c + 1}
	}
	return Column{Header: h}
}

// namesRows says whether column c holds text that names every row once:
// the rows' names, where a total row is named too ("TOTAL").
func namesRows(rows [][]string, c int) bool {
	seen := map[string]bool{}
	for _, rec := range rows {
		v := cellAt(rec, c)
		if v == "" || seen[v] || isNumber(v) {
			return false
		}
		seen[v] = true
	}
	return len(rows) > 1
}

// filledKey returns the columns that name every row of a wide file once,
// filled on each, where the precinct drafted (column precinct) does not:
// a column with empty cells (Tunisia's "geo_id", empty on the rows of
// the voters abroad) or one that repeats (its "delegationId" of a file by
// polling station) names no protocol of those rows, and a count finds
// them duplicates or named by their line. A precinct that repeats is
// first told apart by another column (its stations); then a column names
// every row alone, or a pair does, the finer area first tried (a centre
// and its station). The columns are text, or numbers named as a code or
// an ID (never a column of figures, which may be a choice's votes), and
// none names a choice (a party's number); nor is a pair one of a column
// whose rows share the figure of a protocol line (lines: the rows of one
// protocol, a long file's, which its choices tell apart), and a precinct
// whose repeated rows share such a figure is kept: one protocol given
// twice (a correction, a copy), which a column of who entered it would
// otherwise count as two. It returns nil, "" where the precinct is whole
// or no column does better, and else the key's guess.
func filledKey(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string, precinct, machine int, lines []int) ([]int, string) {
	if len(rows) < 2 {
		return nil, ""
	}
	name := func(c int) string { return fmt.Sprintf("%d %q", c+1, trimHeader(header[c])) }
	oneProtocol := func(c int) bool {
		return slices.ContainsFunc(lines, func(l int) bool { return constantWithin(rows, []int{c, machine}, l) })
	}
	why := ""
	if n := emptyCells(rows, precinct); n > 0 {
		why = fmt.Sprintf("column %s, named like a precinct's, is empty on %d rows (the first at data row %d)", name(precinct), n, slices.IndexFunc(rows, func(rec []string) bool { return cellAt(rec, precinct) == "" })+1)
	} else if n, first := sameKey(rows, precinct, machine); n > 0 && !oneProtocol(precinct) {
		why = fmt.Sprintf("column %s alone names %d rows again (the first %q)", name(precinct), n, first)
	} else {
		// (A precinct whose rows share a protocol line's figure is one
		// protocol given twice or in parts: no other column makes it
		// two, nor names the rows in its stead; a count reports them,
		// X207.)
		return nil, ""
	}
	var cands []int
	// (A person's column names no precinct; but a header of "Name"
	// alone, a person's in a file of candidates, names the places of a
	// wide file's rows, "School" and "Library".)
	for c := range header {
		if c == precinct || c == machine || used[c] || nonEmpty[c] != len(rows) || decimals(values[c]) || percents(rows, c) || personHeader(header[c]) > 0 && lowerHeader(trimHeader(header[c])) != "name" {
			continue
		}
		if numeric[c] && !numbersAreas(norm(c)) && !anyWords(norm(c), sectionCodeW) || has(norm(c), choiceH) || anyWords(norm(c), choiceW) || anyWords(norm(c), partyWords) {
			continue
		}
		cands = append(cands, c)
	}
	if emptyCells(rows, precinct) == 0 {
		for _, b := range cands {
			if !repeats(rows, precinct, b, machine) && !oneProtocol(b) {
				return []int{min(precinct, b), max(precinct, b)}, fmt.Sprintf("precinct: columns %s and %s together: %s, and column %d tells those rows apart (the stations of a precinct?), filled on each row: together they name every row once",
					name(min(precinct, b)), name(max(precinct, b)), why, b+1)
			}
		}
	}
	for _, c := range cands {
		if !repeats(rows, c, machine) {
			return []int{c}, fmt.Sprintf("precinct: column %s: it names every row once, filled on each; %s, and is not mapped", name(c), why)
		}
	}
	finest := slices.Clone(cands)
	stableInts(finest, func(a, b int) int { return len(values[b]) - len(values[a]) })
	for _, a := range finest {
		for _, b := range cands {
			if a != b && !repeats(rows, a, b, machine) && !oneProtocol(a) && !oneProtocol(b) {
				return []int{min(a, b), max(a, b)}, fmt.Sprintf("precinct: columns %s and %s together: they name every row once, filled on each, and neither does alone; %s, and is not mapped",
					name(min(a, b)), name(max(a, b)), why)
			}
		}
	}
	// (Three, in the order of the file: Mexico's casilla, "B" or "C01",
	// in its sección, in its demarcación, "emm".)
	for x, a := range cands {
		for y, b := range cands[x+1:] {
			for _, c := range cands[x+y+2:] {
				if !repeats(rows, a, b, c, machine) && !oneProtocol(a) && !oneProtocol(b) && !oneProtocol(c) {
					return []int{a, b, c}, fmt.Sprintf("precinct: columns %s, %s and %s together: they name every row once, filled on each, and no two of them do; %s, and is not mapped",
						name(a), name(b), name(c), why)
				}
			}
		}
	}
	return nil, ""
}

// nothingDrafted is the error of a draft that maps no protocol line and
// no choice's votes: it says so in the draft's words (not as a fault of a
// mapping the user never wrote), with what it did draft and why it left
// each column of the header row out, from its guesses.
func nothingDrafted(file string, m Mapping, rows [][]string, line int, note string) error {
	var left, drafted []string
	for _, g := range m.Guesses {
		switch {
		case strings.HasPrefix(g, "column ") || strings.HasPrefix(g, "columns "):
			left = append(left, g)
		case strings.HasPrefix(g, "precinct: ") || strings.HasPrefix(g, "region: ") || strings.HasPrefix(g, "okrug: ") || strings.HasPrefix(g, "rows: ") || strings.HasPrefix(g, "thousands: "):
			drafted = append(drafted, g)
		}
	}
	msg := "the draft found no column that reads as a protocol line or as a choice's votes, so it has no mapping to propose"
	if note != "" {
		msg += "; " + note
	}
	if len(drafted) > 0 {
		msg += "; it drafted: " + strings.Join(drafted, "; ")
	}
	if len(left) > 0 {
		msg += "; it left out: " + strings.Join(left, "; ")
	}
	msg += `; write "lines" and "votes" by hand (each a column of whole numbers), or mend the file and draft again`
	if n, first := sameRows(rows); n > 0 {
		// (Rows given twice leave no column that names each row once.)
		msg += fmt.Sprintf("; but rows that copy an earlier row, cell for cell: %d (the first at data row %d): does the file list its rows twice? Delete the copies and draft again", n, first+1)
	}
	return &ParseError{File: file, Line: line, Err: fmt.Errorf("%w: %s", ErrMapping, msg)}
}
