package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// A table exported with merged cells (a copy of Wikipedia's, a
// commission's report) writes an area's name, and its electorate, once,
// on the first of its rows, and leaves them empty below: the rows below
// name no area. The draft proposes Mapping.FillDown for such columns and
// reads the file with them filled, as a count will.

// draftFillDown returns the columns of the rows (below header) that a
// table with merged cells leaves empty below their first row: each group
// of columns empty on the same rows, one of them text (an area's name),
// given on the first row, each of its texts once (a party's column, its
// names repeated, empty for an independent, is none), empty on a row
// whose every other cell is given, a figure among them (a party's row
// with its votes below the first party's: not a row of a team member
// with no votes, nor a note under the table), and given again on a row
// below it. nil when
// none. The rows are those of the file's start the draft reads first,
// blank ones left out.
func draftFillDown(rows [][]string, ncol int) []int {
	if len(rows) < 3 {
		return nil
	}
	empty := func(rec []string, i int) bool { return strings.TrimSpace(cellAt(rec, i)) == "" }
	// pattern[i]: the rows where column i is empty, as a key.
	pattern := make([]string, ncol)
	given := make([]int, ncol)
	text := make([]bool, ncol)
	distinct := make([]bool, ncol) // no text given twice: each names its own rows
	for i := range ncol {
		var b strings.Builder
		seen := map[string]bool{}
		distinct[i] = true
		for k, rec := range rows {
			if empty(rec, i) {
				b.WriteString(strconv.Itoa(k))
				b.WriteByte(',')
				continue
			}
			given[i]++
			if v := strings.TrimSpace(rec[i]); seen[v] {
				distinct[i] = false
			} else {
				seen[v] = true
			}
			if _, err := strconv.ParseInt(strings.ReplaceAll(strings.TrimSpace(rec[i]), ",", ""), 10, 64); err != nil {
				text[i] = true
			}
		}
		pattern[i] = b.String()
	}
	var fill []int
	taken := make([]bool, ncol)
	for c := range ncol {
		if taken[c] || !text[c] || !distinct[c] || empty(rows[0], c) || given[c] < 2 || given[c] == len(rows) {
			continue
		}
		var group []int
		for j := range ncol {
			if pattern[j] == pattern[c] {
				group = append(group, j)
			}
		}
		// A row where the group is empty and every other cell given, a
		// figure among them, and a row below it that gives the group
		// again (a new area's: not a note under the table).
		full, again := false, false
		for _, rec := range rows {
			if !empty(rec, c) {
				again = full
				continue
			}
			if full {
				continue
			}
			figure := false
			full = true
			for j := range ncol {
				if pattern[j] == pattern[c] {
					continue
				}
				if empty(rec, j) {
					full = false
					break
				}
				if _, err := strconv.ParseInt(strings.ReplaceAll(strings.TrimSpace(rec[j]), ",", ""), 10, 64); err == nil {
					figure = true
				}
			}
			full = full && figure
		}
		if !full || !again {
			continue
		}
		for _, j := range group {
			taken[j] = true
			fill = append(fill, j)
		}
	}
	if len(fill) == 0 {
		return nil
	}
	// (In the file's order.)
	out := make([]int, 0, len(fill))
	for i := range ncol {
		if taken[i] {
			out = append(out, i)
		}
	}
	return out
}

// downFiller fills the empty cells of a draft's rows as Mapping.FillDown
// will, in place, counting them.
type downFiller struct {
	cols  []int
	prev  []string
	cells int
}

func (f *downFiller) fill(rec []string) {
	for k, i := range f.cols {
		if i >= len(rec) {
			continue
		}
		if strings.TrimSpace(rec[i]) != "" {
			f.prev[k] = rec[i]
			continue
		}
		if f.prev[k] != "" {
			rec[i] = f.prev[k]
			f.cells++
		}
	}
}

// fillDownAbove names the cell above the first empty one of the first of
// cols, as the guess shows it: "" for none.
func fillDownAbove(cols []int, first [][]string) string {
	for k := 1; k < len(first); k++ {
		if strings.TrimSpace(cellAt(first[k], cols[0])) == "" && strings.TrimSpace(cellAt(first[k-1], cols[0])) != "" {
			return fmt.Sprintf(" (the first below %s)", echo.Quote(strings.TrimSpace(first[k-1][cols[0]])))
		}
	}
	return ""
}

func fillDownText(header []string, cols []int, above string) string {
	names := make([]string, len(cols))
	for k, i := range cols {
		names[k] = strconv.Itoa(i+1) + " " + echo.Quote(trimHeader(header[i]))
	}
	return fmt.Sprintf("fill_down: columns %s are empty on rows below a row that gives them%s, rows whose other cells are given: a table exported with merged cells, a cell written once on the first of its rows; each empty cell is read as the cell above it, and a count says how many (delete a column you do not want filled)",
		strings.Join(names, ", "), above)
}

// mappedFillDown keeps, of the draft's fill_down, the columns that a field
// of m or its row filter reads, and rewrites the guess for them (none
// kept: no fill_down, no guess). A column left empty on purpose that the
// count does not read is not filled: Slovakia's "Poznámka" (an "X" on one
// candidate's row), a statewide office's empty "district".
func mappedFillDown(m *Mapping, header []string, above string) {
	if len(m.FillDown) == 0 {
		return
	}
	at := func(c Column) int {
		if c.Index > 0 {
			return c.Index - 1
		}
		return slices.IndexFunc(header, func(h string) bool { return trimHeader(h) == trimHeader(c.Header) })
	}
	read := map[int]bool{}
	for _, f := range m.fields() {
		read[at(f.col)] = true
	}
	if m.Rows != nil {
		for _, w := range m.Rows.Where {
			read[at(w.Column)] = true
		}
	}
	var kept []Column
	var cols []int
	for _, c := range m.FillDown {
		if i := at(c); read[i] {
			kept, cols = append(kept, c), append(cols, i)
		}
	}
	if len(kept) == len(m.FillDown) {
		return
	}
	k := slices.IndexFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "fill_down:") })
	if len(kept) == 0 {
		m.FillDown = nil
		if k >= 0 {
			m.Guesses = slices.Delete(m.Guesses, k, k+1)
		}
		return
	}
	m.FillDown = kept
	if k >= 0 {
		m.Guesses[k] = fillDownText(header, cols, above)
	}
}

// teamRows returns the columns of the party, the person and the votes of
// a long file where teamParty finds a team (-1, -1, -1 for none): the
// person's column named like a candidate, the votes' a column of numbers
// not taken.
func teamRows(header []string, rows [][]string, used, numeric []bool, norm func(int) string) (party, person, votes int) {
	for c := range header {
		if used[c] || numeric[c] || !candidateHeader(norm(c)) {
			continue
		}
		for v := range header {
			if used[v] || !numeric[v] {
				continue
			}
			if p := teamParty(header, rows, used, numeric, norm, c, v); p >= 0 {
				return p, c, v
			}
		}
	}
	return -1, -1, -1
}

// teamParty returns the column of the party of a long file whose choice
// column (choice) names people, where some people's rows give no votes
// and no party, each below a row of a party that gives votes: a team
// elected together (Singapore's GRCs: the party's row names its first
// member and gives the team's votes, a row per further member below it).
// The choice is then the party. -1 when not so.
func teamParty(header []string, rows [][]string, used, numeric []bool, norm func(int) string, choice, votes int) int {
	if choice < 0 || votes < 0 || !candidateHeader(norm(choice)) {
		return -1
	}
	empty := func(rec []string, i int) bool { return strings.TrimSpace(cellAt(rec, i)) == "" }
	for p := range header {
		if used[p] || numeric[p] || p == choice || p == votes || !anyWords(norm(p), []string{"party", "parti", "partido", "partei", "partij", "партия"}) {
			continue
		}
		// lead: the last row of a party that gives votes, -1 for none;
		// run: the team's rows below it so far, most the longest run.
		team, lead, run, most := 0, -1, 0, 0
		ok := true
		people := map[string]bool{}
		for k, rec := range rows {
			switch {
			case !empty(rec, p) && !empty(rec, votes):
				lead, run = k, 0
			case empty(rec, p) && empty(rec, votes) && !empty(rec, choice) && lead >= 0 && lead+run == k-1 && memberOf(rec, rows[lead], p, choice, votes):
				// (A member's row right below its team's: nothing of its
				// own but a person, each named once in the file; a
				// write-in row, "WRITE IN VOTES" in each precinct, is
				// none.)
				name := strings.TrimSpace(rec[choice])
				ok = ok && !people[name]
				people[name] = true
				team++
				run++
				most = max(most, run)
			case empty(rec, votes) && !empty(rec, choice):
				ok = false // a person with no votes under a party, or no team's lead above
			}
		}
		if ok && team > 0 && most >= 2 {
			return p
		}
	}
	return -1
}

// teamRowsGuess leaves out the rows of a team's members (party cell
// empty, teamParty) and says why the party is the choice.
func teamRowsGuess(m *Mapping, header []string, rows [][]string, party, person, votes int, guess func(string, ...any)) {
	n := 0
	for _, rec := range rows {
		if strings.TrimSpace(cellAt(rec, party)) == "" && strings.TrimSpace(cellAt(rec, person)) != "" {
			n++
		}
	}
	if m.Rows == nil {
		m.Rows = &RowFilter{}
	}
	m.Rows.Where = append(m.Rows.Where, Condition{Column: columnRef(header, party), Except: []string{""}})
	guess("choice_column: column %d %q, not column %d %q: %d rows name a person under no party and give no votes (column %d %q empty), each below a row of a party that gives them: a team elected together, its votes on its party's row; the choice is the party, and the rows of its further members are left out (rows.where: %q not empty)",
		party+1, trimHeader(header[party]), person+1, trimHeader(header[person]), n, votes+1, trimHeader(header[votes]), trimHeader(header[party]))
}

// memberOf says whether rec holds lead's cells in every column but the
// columns but: empty there, or the same.
func memberOf(rec, lead []string, but ...int) bool {
	for j := range max(len(rec), len(lead)) {
		if slices.Contains(but, j) {
			continue
		}
		if c := strings.TrimSpace(cellAt(rec, j)); c != "" && c != strings.TrimSpace(cellAt(lead, j)) {
			return false
		}
	}
	return true
}
