package ingest

import (
	"fmt"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// noHeaderColumn says why column i, whose header cell is empty and whose
// cells are not all empty, is not mapped: a mapping names a choice by its
// header, and a column without one may still hold a choice's votes (Sri
// Lanka's 2018 local authority results by polling division: a party whose
// name the file lost, its votes among the parties'), which a count leaves
// out unless the mapping names the column by its number.
func noHeaderColumn(rows [][]string, i int, numeric bool) string {
	if !numeric {
		return fmt.Sprintf("column %d (no header) is not mapped: its cells are text (the first %s), under no header", i+1, echo.Quote(firstCell(rows, i)))
	}
	if rising(rows, i) {
		return fmt.Sprintf("column %d (no header) is not mapped: its numbers rise from row to row (%s, %s, ...): they number the rows (an index, as pandas writes one), no precinct and no figure", i+1, cellAt(rows[0], i), cellAt(rows[1], i))
	}
	nonZero, first := 0, ""
	for _, rec := range rows {
		if v, err := parseInt([]byte(cellAt(rec, i))); err == nil && v != 0 {
			if first == "" {
				first = cellAt(rec, i)
			}
			nonZero++
		}
	}
	if nonZero == 0 {
		return fmt.Sprintf("column %d (no header) is not mapped: its figures are 0 on every row; if it is a choice (one whose name the file lost), map it under votes by its number, {\"column\": %d}", i+1, i+1)
	}
	return fmt.Sprintf("column %d (no header) is not mapped: a column without a header names no choice and no line, and its figures are not 0 on %d of %d rows (the first %s): if they are a choice's votes (one whose name the file lost), map it under votes by its number, {\"column\": %d}, or a count leaves them out", i+1, nonZero, len(rows), first, i+1)
}

// zeroCell says whether a cell is the figure 0 ("0", "0.0").
func zeroCell(c string) bool {
	v, err := parseInt([]byte(c))
	return err == nil && v == 0
}

// emptyProtocols returns, of the rows of a long file that name a choice
// of known and leave the votes cell empty, those of protocols (rows of one
// key) whose every such row leaves it empty, and the first key of each
// such protocol: "empty_votes": "not_on_ballot" reads an empty cell as 0
// only in a protocol whose other rows give votes, so these a count finds
// missing (X229) whatever the mapping (Nevada's precincts 88 and 99 in
// Esmeralda County, 2004).
func emptyProtocols(rows [][]string, key []int, choice, votes int, known map[string]string) (n int, keys []string) {
	type tally struct{ empty, given int }
	by := map[string]*tally{}
	var order []string
	id := func(rec []string) string {
		parts := make([]string, len(key))
		for k, c := range key {
			parts[k] = cellAt(rec, c)
		}
		return strings.Join(parts, "\x00")
	}
	for _, rec := range rows {
		if _, ok := known[cellAt(rec, choice)]; !ok {
			continue
		}
		k := id(rec)
		t := by[k]
		if t == nil {
			t = &tally{}
			by[k] = t
			order = append(order, k)
		}
		if cellAt(rec, votes) == "" {
			t.empty++
		} else {
			t.given++
		}
	}
	for _, k := range order {
		if t := by[k]; t.given == 0 && t.empty > 0 {
			n += t.empty
			keys = append(keys, strings.ReplaceAll(k, "\x00", " "))
		}
	}
	return n, keys
}

// quoteList quotes the first most of texts, joined by commas, and says
// how many more there are.
func quoteList(texts []string, most int) string {
	var b strings.Builder
	for k, t := range texts {
		if k == most {
			fmt.Fprintf(&b, " and %d more", len(texts)-most)
			break
		}
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(echo.Quote(t))
	}
	return b.String()
}

// againstAllRules says what a rule set needs to count the okrug ballot
// with "against all" (or NOTA) mapped: the ballot must have it on its
// form, which a rule set of single-member districts may deny
// (examples/fptp/rules.json), and the rule set says what it does.
func againstAllRules() string {
	return "against_all: the okrug ballot has \"against all\": a rule set counts it if its form has it, \"protocol\": {\"ballots\": {\"okrug\": {\"against_all\": true}}} (the default; examples/fptp/rules.json says false), and says what it does in okrug.against_all (\"ignored\": counted, it elects no one; \"repeat_if_ahead\": a repeat election when it leads)"
}
