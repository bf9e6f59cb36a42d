package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// The roles of a wide file's columns that no word list gives: a word
// every header starts with, a figure of whoever another column names,
// headers that are bare numbers, a column of zeros named as a number.

// fileWord returns the word every header of the file starts with, apart
// from it by a case change or a separator ("mes" of Argentina's
// "mesElectores", "mes_proCodigoProvincia": the mesa's), or "": it says
// nothing of one column. Headers left empty (an index's) are skipped;
// four headers at least must share it.
func fileWord(header []string) string {
	word, n := "", 0
	for _, h := range header {
		h = trimHeader(h)
		if h == "" {
			continue
		}
		w := strings.Fields(strings.NewReplacer("_", " ", "-", " ", ".", " ").Replace(splitCamel(h)))
		if len(w) < 2 {
			return ""
		}
		first := strings.ToLower(w[0])
		if n > 0 && first != word {
			return ""
		}
		word, n = first, n+1
	}
	if n < 4 {
		return ""
	}
	return word
}

// withoutFileWord returns h (lower case, as norm writes it) without the
// word every header starts with, or h.
func withoutFileWord(h, word string) string {
	if word == "" {
		return h
	}
	if rest, ok := strings.CutPrefix(h, word); ok && rest != "" && strings.ContainsRune(" _-.", rune(rest[0])) {
		return strings.TrimLeft(rest, " _-.")
	}
	return h
}

// namedFigure returns the column of text whose header column i's header
// starts with ("primary_leader" of "primary_leader_votes", "winner" of
// "winner_final_votes"), or -1: column i gives on each row the figure of
// the choice that column names there, a different one from row to row,
// which repeats that choice's own figure and is no choice of its own.
func namedFigure(header []string, numeric []bool, nonEmpty []int, i int) int {
	h := strings.ToLower(trimHeader(header[i]))
	best := -1
	for j := range header {
		p := strings.ToLower(trimHeader(header[j]))
		if j == i || numeric[j] || nonEmpty[j] == 0 || len(p) < 3 {
			continue
		}
		if rest, ok := strings.CutPrefix(h, p); ok && rest != "" && strings.ContainsRune("_ -.", rune(rest[0])) && !codeSuffix(rest) {
			if best < 0 || len(p) > len(trimHeader(header[best])) {
				best = j
			}
		}
	}
	return best
}

// codeSuffix says whether the words a header adds to another's end in
// a code's or a date's word ("municipality_id", "population_grid_year"):
// the header names a code or a year of what the other names, no figure.
func codeSuffix(rest string) bool {
	w := strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune("_ -.", r) })
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "n", "no", "num", "nr", "id", "code", "cod", "key", "year", "yr", "date", "grid", "index", "idx":
		return true
	}
	return false
}

// numberOf returns the column of text whose header is column i's without
// a last "n", "no", "num" or "id" ("dem" of Mexico's "demn", the number
// of the demarcación named in "dem"), or -1: column i numbers what that
// column names, an area, and holds no figure.
func numberOf(header []string, numeric []bool, i int) int {
	h := strings.ToLower(trimHeader(header[i]))
	for j := range header {
		p := strings.ToLower(trimHeader(header[j]))
		if j == i || numeric[j] || len(p) < 2 {
			continue
		}
		if rest, ok := strings.CutPrefix(h, p); ok {
			switch strings.TrimLeft(rest, "_ -.") {
			case "n", "no", "num", "nr", "id", "code", "cod":
				return j
			}
		}
	}
	return -1
}

// bareNumbers returns the columns of numbers not yet used whose headers
// are, three or more, each a bare number ("1", "2", ... "20", as research
// files scraped from Russia's izbirkom head the protocol's lines), where
// one such column is the sum of others (totals: the valid votes, line
// 10, of the candidates' 13 to 20): such a header says neither a line nor
// a choice, and which line each is only the paper form says. Candidates
// numbered "1", "2", "3" (Indonesia's) have no sum among them.
func bareNumbers(header []string, used, numeric []bool, totals map[int]int) []int {
	if !slices.ContainsFunc(slices.Collect(maps.Keys(totals)), func(k int) bool { return isDigits(trimHeader(header[k])) }) {
		return nil
	}
	var cols []int
	for i := range header {
		if used[i] || !numeric[i] {
			continue
		}
		if h := trimHeader(header[i]); h != "" && isDigits(h) && len(h) <= 3 {
			cols = append(cols, i)
		}
	}
	if len(cols) < 3 {
		return nil
	}
	return cols
}

// isDigits says whether s is ASCII digits alone.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// mostlyZero says whether "0" is the cell of more than half of the rows
// of a column: no area's number (an area numbered 0 is one), a figure
// (Mexico's "nr", the votes for candidates not registered).
func mostlyZero(values map[string]int, rows int) bool {
	return rows > 1 && values["0"]*2 > rows
}

// bareNumbersNote is the guess that leaves out the columns cols, headed
// by bare numbers.
func bareNumbersNote(header []string, cols []int) string {
	names := make([]string, 0, len(cols))
	for _, c := range cols {
		names = append(names, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
	}
	if len(names) > 6 {
		names = append(names[:5], fmt.Sprintf("and %d more", len(cols)-5))
	}
	return fmt.Sprintf("columns %s are not mapped: their headers are bare numbers, the numbers of a paper form's lines maybe, which say neither a protocol line nor a choice; map each under lines (the voters, the ballots, the invalid and valid ones) or votes (a candidate's) as the form numbers them", strings.Join(names, ", "))
}

// noteOnce returns a function that adds a guess once, at its first call.
func noteOnce(guess func(string, ...any), note string) func() {
	done := false
	return func() {
		if !done {
			done = true
			guess("%s", note)
		}
	}
}

// headerLineAt returns the index in headerLines of the rule whose whole
// header is h, or h without the word every header starts with (fw), or -1.
func headerLineAt(h, fw string) int {
	h = strings.ReplaceAll(h, "_", " ")
	if k := slices.IndexFunc(headerLines, func(lw lineRule) bool { return lw.words[0] == h }); k >= 0 || fw == "" {
		return k
	}
	h = withoutFileWord(h, fw)
	return slices.IndexFunc(headerLines, func(lw lineRule) bool { return lw.words[0] == h })
}

// sectionCodeW name, by whole words, Mexico's sección electoral, an area
// of several casillas: its number is a part of a casilla's key, never a
// choice's votes. (Not a precinct alone: see sectionW.)
var sectionCodeW = []string{"seccion", "sección"}

// roleWords name, by whole words, columns of figures that are no choice's
// votes, and say what they are.
var roleWords = []struct {
	words []string
	why   string
}{
	// Mexico's INE: a casilla's contiguous extension (EXT_CONTIGUA, 0
	// or its number), a part of its key; the origin of a row's capture
	// (ORIGEN_CAPTURA), a code
	{[]string{"contigua"}, "the casilla's contiguous extension (extensión contigua), a part of a casilla's key, not a choice's votes"},
	{[]string{"captura"}, "a code of how or where the row was captured (origen de la captura), not a choice's votes"},
	{sectionCodeW, "the number of the sección electoral, an area of several casillas (a part of a casilla's key), not a choice's votes"},
	// Argentina's DINE by mesa
	{[]string{"positivos"}, "the positive votes (votos positivos: those for a list, the valid votes without the blank ones), the sum of the choices' votes, no choice; declare it in the rule set (protocol.add_lines) and map it under lines to check it"},
	{[]string{"recurridos"}, "the appealed votes (votos recurridos: disputed at the mesa and decided by the electoral board), no choice's; declare it in the rule set (protocol.add_lines) and map it under lines to check it"},
	{[]string{"impugnados"}, "the challenged votes (votos impugnados: of a voter whose identity was challenged), no choice's; declare it in the rule set (protocol.add_lines) and map it under lines to check it"},
	{[]string{"comando"}, "the votes of the comando electoral (those who guard the election, voting where they serve), a part of the ballots cast, no choice's; declare it in the rule set (protocol.add_lines) and map it under lines to check it"},
	{[]string{"warning"}, "its header says a warning, the publisher's check of the row, not a choice's votes"},
	// Mexico's votos efectivos, the votes of the parties (and
	// candidates) together
	{[]string{"efec"}, "the votos efectivos, the votes of the parties together (the valid votes): the sum of the choices' votes, no choice; map it under lines (valid) if the file gives no other column of them"},
}

// roleNote says why a column of figures headed h (lower case) is no
// choice, or "". Mexico's "nr" is the votes of candidates not registered
// (no registrados, written in), 0 on most rows: no choice on the ballot.
func roleNote(h string, values map[string]int, rows int) string {
	// (Mexico's TIPO_SECCION is the sección's type, urban, rural or
	// mixed: a code, not its number.)
	if anyWords(h, []string{"tipo"}) && anyWords(h, sectionCodeW) {
		return "the type of the sección electoral (urban, rural or mixed), a code, not a choice's votes"
	}
	for _, r := range roleWords {
		if anyWords(h, r.words) {
			return r.why
		}
	}
	if h == "nr" && mostlyZero(values, rows) {
		return "its cells are 0 on most rows, so it numbers nothing: in Mexico's files the votes for candidates not registered (no registrados, written in), no choice on the ballot; declare it in the rule set (protocol.add_lines) and map it under lines to check it"
	}
	return ""
}

// bareCell returns the first cell of columns cols of rows that is a whole
// number written without a dot, or "".
func bareCell(rows [][]string, cols []int) string {
	for _, rec := range rows {
		for _, c := range cols {
			if v := cellAt(rec, c); v != "" && isInt(v) {
				return v
			}
		}
	}
	return ""
}

// countsVotes says whether a column headed n (normalised) says votes and
// holds whole numbers alone, one above 1 at least: a figure of votes, as
// a long file gives a candidate's, not a ballot's choice nor its mark.
func countsVotes(n string, rows [][]string, c int) bool {
	if !namedVotes(n) {
		return false
	}
	above := false
	for _, rec := range rows {
		v := cellAt(rec, c)
		if v == "" {
			continue
		}
		k, err := parseInt([]byte(v))
		if err != nil {
			return false
		}
		above = above || k > 1
	}
	return above
}

// decimalCell says whether v is a number written with a decimal point:
// digits, a point and digits, a sign before them maybe.
func decimalCell(v string) bool {
	w, f, ok := strings.Cut(strings.TrimLeft(v, "+-"), ".")
	return ok && w != "" && f != "" && isDigits(w) && isDigits(f)
}

// linesSum says whether column c is on every row (two at least) the sum
// of the columns of the lines invalid and valid, each one column, where
// no column gives found_stationary: the ballots found, invalid and valid.
func linesSum(m Mapping, header []string, rows [][]string, c int) (inv, val int, ok bool) {
	if _, found := m.Lines[election.FoundStationary]; found {
		return -1, -1, false
	}
	return invalidPlusValid(m, header, rows, c)
}

// invalidPlusValid says whether column c is on every row the sum of the
// mapped invalid ballots and valid votes (two rows at least), and
// returns their columns.
func invalidPlusValid(m Mapping, header []string, rows [][]string, c int) (inv, val int, ok bool) {
	if len(rows) < 2 {
		return -1, -1, false
	}
	inv, val = columnOf(header, m.Lines[election.Invalid].Header), columnOf(header, m.Lines[election.Valid].Header)
	if inv < 0 || val < 0 || m.Lines[election.Invalid].Header == "" || m.Lines[election.Valid].Header == "" {
		return -1, -1, false
	}
	for _, rec := range rows {
		t, err1 := parseInt([]byte(cellAt(rec, c)))
		a, err2 := parseInt([]byte(cellAt(rec, inv)))
		b, err3 := parseInt([]byte(cellAt(rec, val)))
		if err1 != nil || err2 != nil || err3 != nil || a < 0 || b < 0 || a > t || t-a != b {
			return -1, -1, false
		}
	}
	return inv, val, true
}
