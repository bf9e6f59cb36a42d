package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// A column that says who was elected (Trafford's "election_result",
// ELECTED and NOT ELECTED on the rows of each ward's candidates) is the
// outcome the commission published, not a contest: a row filter on it
// would drop the winners' rows, and the count would elect the runners-up
// with no finding. The draft leaves it unmapped and says how to check
// the count against it.

// outcomeValues are the cells (lower case) of a column of the outcome:
// each names a candidate elected or not.
var outcomeValues = []string{
	"elected", "not elected", "unelected", "defeated", "winner", "won", "lost", "loser",
	"избран", "избрана", "не избран", "не избрана", "шайланды", "шайланган жок",
	"elegido", "electo", "elu", "élu", "elue", "élue", "non élu", "gewählt", "gewaehlt",
	// a count by transfers (STV): a candidate elected with fewer votes
	// than the quota when the seats left are as many as the candidates,
	// or excluded at a stage
	"deemed elected", "excluded", "eliminated",
}

// outcomeHeaderWords name a column whose yes/no cells say who was elected
// ("Elected": Yes or No; "Winner": X or empty).
var outcomeHeaderWords = []string{"elected", "winner", "won", "избран", "outcome"}

// outcomeYesNo are the cells of a yes/no column of the outcome, empty among
// them.
var outcomeYesNo = []string{"", "yes", "no", "y", "n", "x", "true", "false", "1", "0", "*", "да", "нет"}

// outcomeColumn returns the column not yet used whose cells say who was
// elected (outcomeValues, or yes/no under a header of outcomeHeaderWords),
// or -1.
func outcomeColumn(header []string, rows [][]string, used []bool, values []map[string]int, norm func(int) string) int {
	for i := range header {
		if used[i] || len(values[i]) == 0 {
			continue
		}
		words, yn := true, anyWords(norm(i), outcomeHeaderWords)
		for v := range values[i] {
			l := strings.ToLower(strings.TrimSpace(v))
			words = words && slices.Contains(outcomeValues, l)
			yn = yn && slices.Contains(outcomeYesNo, l)
		}
		if words || yn && len(values[i]) >= 2 {
			return i
		}
	}
	return -1
}

// leadingValue says whether, of the two values of column c, one is on
// the rows of the most votes (column fig) of each precinct (the columns
// of key) that has rows of both: a column that says who was elected,
// whatever its words; an office's contest would not lead in every
// precinct, and a value that names a protocol line (the electorate's
// rows) is none. It returns that value, or "" (fewer than two precincts of
// both, or none leads everywhere).
func leadingValue(rows [][]string, c, fig int, key []int) string {
	if fig < 0 {
		return ""
	}
	for _, rec := range rows {
		if cellLine(cellAt(rec, c)) != "" { // a line's rows: "Registered Voters"
			return ""
		}
	}
	type span struct{ lo, hi int64 }
	by := map[string]map[string]*span{} // protocol, value: its votes' range
	for _, rec := range rows {
		x, err := parseInt(cellAt(rec, fig))
		if err != nil {
			continue
		}
		k, v := protocolKey(rec, key), cellAt(rec, c)
		if by[k] == nil {
			by[k] = map[string]*span{}
		}
		if s := by[k][v]; s == nil {
			by[k][v] = &span{x, x}
		} else {
			s.lo, s.hi = min(s.lo, x), max(s.hi, x)
		}
	}
	lead, both := map[string]int{}, 0
	for _, vs := range by {
		if len(vs) != 2 {
			continue
		}
		both++
		var two []string
		for v := range vs {
			two = append(two, v)
		}
		a, b := vs[two[0]], vs[two[1]]
		switch {
		case a.lo > b.hi:
			lead[two[0]]++
		case b.lo > a.hi:
			lead[two[1]]++
		}
	}
	if both < 2 {
		return ""
	}
	for v, n := range lead {
		if n == both {
			return v
		}
	}
	return ""
}

// outcomeGuess is the guess of column c, the outcome: unmapped, and how
// to check the count against it.
func outcomeGuess(header []string, c int, values map[string]int, why string) string {
	return fmt.Sprintf("column %d %q is not mapped: it says who was elected (%s: %s), the outcome the commission published, not a contest and not a row filter: every row's votes are counted. To check the count against it, give `shailoo verify --published` a summary of each okrug's winners ({\"okrugs\": [{\"id\": ..., \"winners\": [...]}]}, the choices' IDs of choice_values)",
		c+1, trimHeader(header[c]), quoteAll(sortedKeys(values)), why)
}

// areaName returns the column not yet used that names the area of column
// c in words (Trafford's "ward_name" beside "ward_code"): text, one value
// for each of c's and the other way round, its header sharing a word
// with c's; or -1.
func areaName(header []string, rows [][]string, used, numeric []bool, c int, norm func(int) string) int {
	words := strings.FieldsFunc(norm(c), notWordRune)
	n := distinct(rows, c)
	for i := range header {
		if i == c || used[i] || numeric[i] || distinct(rows, i) != n || distinct(rows, i, c) != n || emptyCells(rows, i) > 0 {
			continue
		}
		if slices.ContainsFunc(strings.FieldsFunc(norm(i), notWordRune), func(w string) bool { return slices.Contains(words, w) }) {
			return i
		}
	}
	return -1
}

// candidatesUnder returns the top part of the headers of the choices
// (votes, "against all" aside) when they all share it and it says they
// are candidates ("in favour of", a candidate's word), or "".
func candidatesUnder(votes map[string]Column) string {
	top := ""
	for id, c := range votes {
		if id == election.AgainstAll {
			continue
		}
		parts := headerParts(c.Header)
		if len(parts) < 2 || top != "" && parts[0] != top {
			return ""
		}
		top = parts[0]
	}
	h := strings.ToLower(top)
	if strings.Contains(h, "in favour of") || strings.Contains(h, "in favor of") || has(h, candidateH) {
		return top
	}
	return ""
}

// fileStem returns the name of file without its folders and extension.
func fileStem(file string) string {
	file = file[strings.LastIndexAny(file, `/\`)+1:]
	if i := strings.LastIndexByte(file, '.'); i > 0 {
		file = file[:i]
	}
	return file
}

// draftNOTALine leaves unmapped the column of "none of the above"
// drafted as "against all" when on every row the valid votes are the
// candidates' sum without it (India's Form 20, whose "Total of valid
// votes" leaves NOTA out): counted as a choice, it would make every
// row's valid votes fall short of their sum (P103). The guess says to
// map it as a line the rule set adds (protocol.add_lines), which a
// mapping names only under a rule set that declares it.
func draftNOTALine(m *Mapping, header []string, rows [][]string, guess func(string, ...any)) {
	nota, ok := m.Votes[election.AgainstAll]

	valid, okValid := m.Lines[election.Valid]
	if !ok || !okValid || !anyWords(strings.ToLower(nota.Header), []string{"nota", "none of the above"}) {
		return
	}
	col := func(c Column) int { return columnOf(header, c.Header) }
	n, v := col(nota), col(valid)
	var choices []int
	for id, c := range m.Votes {
		if id != election.AgainstAll {
			choices = append(choices, col(c))
		}
	}
	if n < 0 || v < 0 || slices.Contains(choices, -1) || len(choices) == 0 {
		return
	}
	checked := 0
	for _, rec := range rows {
		want, err := parseInt(cellAt(rec, v))
		if err != nil {
			continue
		}
		var sum int64
		for _, c := range choices {
			x, err := parseInt(cellAt(rec, c))
			if err != nil {
				return
			}
			sum += x
		}
		if _, err := parseInt(cellAt(rec, n)); err != nil || sum != want {
			return
		}
		checked++
	}
	if checked < 2 {
		return
	}
	delete(m.Votes, election.AgainstAll)
	for i, g := range m.Guesses {
		if strings.HasPrefix(g, "votes.against_all: ") {
			m.Guesses = slices.Delete(m.Guesses, i, i+1)
			break
		}
	}
	guess("column %d %q is not mapped: none of the above, and on every row the valid votes (column %d %q) are the candidates' sum without it, so the form counts it apart from the valid votes, not as a choice (mapped as \"against all\" every row's valid votes would fall short of their sum, P103); declare a line for it in the rule set (protocol.add_lines: {\"name\": \"nota\"}) and map it under lines.nota, or under votes.against_all if the rule set's valid votes hold it",
		n+1, nota.Header, v+1, valid.Header)
}

// separatorRows returns the precinct cells (column precinct) of the rows
// whose every figure cell mapped (the choices' of cols, the lines') is
// empty and whose precinct cell, their one cell of text, no other row
// gives: headings
// between blocks of rows; nil when the precinct is named by several
// columns, or none.
func separatorRows(m *Mapping, header []string, rows [][]string, precinct int, cols []int) []string {
	if precinct < 0 || len(m.Precinct.Columns) > 0 || len(cols) == 0 {
		return nil
	}
	figs := slices.Clone(cols)
	for _, c := range m.Lines {
		if i := columnOf(header, c.Header); i >= 0 {
			figs = append(figs, i)
		}
	}
	count := map[string]int{}
	for _, rec := range rows {
		count[cellAt(rec, precinct)]++
	}
	var out []string
	for _, rec := range rows {
		p := cellAt(rec, precinct)
		if p == "" || isNumber(p) || count[p] > 1 || textCells(rec) != 1 || slices.ContainsFunc(figs, func(c int) bool { return cellAt(rec, c) != "" }) {
			continue
		}
		out = append(out, p)
	}
	return out
}
