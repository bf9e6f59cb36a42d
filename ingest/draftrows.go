package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// voteModeWords are what a cell says, in lower case, of the way its
// votes were cast: US precinct returns give a candidate's votes in a row
// per mode (Election Day, Absentee, Early, Provisional), each a part of
// them.
// (Lithuania's headers too: "balsadėžėje", in the ballot box, "paštu",
// by post, written so or without their marks.)
var voteModeWords = []string{"election day", "absentee", "early", "provisional", "mail", "one stop", "in person", "in-person", "postal", "advance", "polling place",
	"balsadėžėje", "balsadezeje", "paštu", "pastu"}

// voteModes says whether the values of a column (two or more) each name a
// way of voting and none a total: the rows of a choice, one per mode, are
// then the parts of its votes, not kinds of results to keep one of.
func voteModes(values map[string]int) bool {
	if len(values) < 2 {
		return false
	}
	for v := range values {
		l := strings.ToLower(v)
		if !has(l, voteModeWords) && !anyWords(l, machineModeW) || anyWords(l, totalWords) {
			return false
		}
	}
	return true
}

// rowsApart returns the first of cols that tells apart the rows of each
// precinct and choice (key: the precinct's columns, the count's and the
// choice's): no two rows have the same key and cell in it; or -1. Rows
// given twice by mistake are alike in every column, and none tells them
// apart.
func rowsApart(rows [][]string, key, cols []int) int {
	for _, c := range cols {
		if c >= 0 && !repeats(rows, append(slices.Clone(key), c)...) {
			return c
		}
	}
	return -1
}

// draftChoiceRows sums the rows of each precinct and choice of a long
// file ("choice_rows": "sum"), told apart by column by (why says how),
// in a guess; key is the precinct's columns, the count's and the
// choice's. The rows of a label of line_values that repeat in a precinct
// too (a turnout line by vote mode) are left out by a row filter, in a
// guess: only the rows of choices are summed, and read, each second row
// would be an error.
func draftChoiceRows(m *Mapping, header []string, rows [][]string, key []int, choice, by int, why string, guess func(string, ...any)) {
	m.ChoiceRows = ChoiceRowsSum
	var left []string
	for _, l := range sortedKeys(m.LineValues) {
		var of [][]string
		for _, rec := range rows {
			if cellAt(rec, choice) == strings.TrimSpace(l) {
				of = append(of, rec)
			}
		}
		if repeats(of, key...) {
			left = append(left, l)
		}
	}
	if len(left) > 0 {
		for _, l := range left {
			delete(m.LineValues, l)
			m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, fmt.Sprintf("line_values: %q ", l)) })
		}
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[choice])}, Except: left})
		guess("rows: the rows that name %s in column %d %q are left out (rows.where[%d]): they give a protocol line, and repeat in a precinct as a choice's rows do (told apart by column %d %q), but choice_rows sums the rows of choices alone; give the line in a row of its own per precinct, or map it by hand",
			quoteAnd(left), choice+1, trimHeader(header[choice]), len(m.Rows.Where)-1, by+1, trimHeader(header[by]))
	}
	guess("%s", choiceRowsNote(header, rows, key, choice, by, why, m.ChoiceValues))
}

// choiceRowsNote is the guess of a draft that sums the rows of each
// precinct and choice ("choice_rows": "sum"): how many rows give a
// choice again, the column that tells them apart, and the rows of the
// first such choice (of choices), which its votes are the sum of.
func choiceRowsNote(header []string, rows [][]string, key []int, choice, by int, why string, choices map[string]string) string {
	type group struct {
		precinct, choice string
		parts            []string
	}
	var first *group
	groups := map[string]*group{}
	again := 0
	var b strings.Builder
	for _, rec := range rows {
		if cellAt(rec, key[0]) == "" {
			continue
		}
		b.Reset()
		for _, c := range key {
			if c >= 0 {
				b.WriteString(cellAt(rec, c))
			}
			b.WriteByte(0)
		}
		if _, ok := choices[cellAt(rec, choice)]; !ok {
			continue
		}
		g := groups[b.String()]
		if g == nil {
			g = &group{precinct: cellAt(rec, key[0]), choice: cellAt(rec, choice)}
			groups[b.String()] = g
		} else if again++; first == nil {
			first = g
		}
		g.parts = append(g.parts, cellAt(rec, by))
	}
	if first == nil {
		return ""
	}
	return fmt.Sprintf("choice_rows: %q: %d rows give a choice of a precinct again, each told apart from the others of its precinct and choice by column %d %q (%s): the votes of a choice in a precinct are the sum of its rows (in %q, %q is the sum of %d rows, %s); delete choice_rows if the rows are not parts of one figure, and each second row of a precinct and choice is then an error",
		ChoiceRowsSum, again, by+1, trimHeader(header[by]), why, first.precinct, first.choice, len(first.parts), quoteAnd(first.parts))
}

// repeatedParts returns the guess of a long file whose rows give a choice
// of a precinct again (key: the precinct's columns and the count's), in
// fewer than half of its precincts, each such row with a figure of its
// own, no column of text telling them apart, each of its choices as many
// times:
// Nebraska's Banner County gives "EV/AB" (early voting and absentee)
// twice for each candidate, two batches of one protocol. Summed, they are one protocol's figure; but
// the file does not say so, and the guess names the rows. It returns ""
// for a file whose rows repeat in most precincts: no long file's.
func repeatedParts(header []string, rows [][]string, numeric []bool, key []int, choice int) string {
	// (Rows another column of text tells apart are of two areas of one
	// name, or a key the draft has not found: no parts of one figure.)
	with := append(slices.Clone(key), choice)
	nk, _ := sameKey(rows, with...)
	for i := range header {
		if !numeric[i] {
			with = append(with, i)
		}
	}
	if nt, _ := sameKey(rows, with...); nt != nk {
		return ""
	}
	seen := map[string]bool{}
	areas, again := map[string]bool{}, map[string]string{} // again: each area's precinct cell
	n, firstArea, firstChoice := 0, "", ""
	for _, rec := range rows {
		a := protocolKey(rec, key)
		areas[a] = true
		k := a + cellAt(rec, choice)
		if !seen[k] {
			seen[k] = true
			continue
		}
		if n++; n == 1 {
			firstArea, firstChoice = cellAt(rec, key[0]), cellAt(rec, choice)
		}
		again[a] = cellAt(rec, key[0])
	}
	if n == 0 || len(again)*2 >= len(areas) {
		return ""
	}
	// Each such precinct gives each of its choices (two or more) as
	// many times: a batch given again whole, not a row given twice by
	// mistake, nor two areas of one name, whose choices differ.
	times := map[string]map[string]int{} // area -> choice -> rows
	for _, rec := range rows {
		a := protocolKey(rec, key)
		if _, ok := again[a]; !ok {
			continue
		}
		if times[a] == nil {
			times[a] = map[string]int{}
		}
		times[a][cellAt(rec, choice)]++
	}
	for _, cs := range times {
		if len(cs) < 2 {
			return ""
		}
		want := -1
		for _, t := range cs {
			if want < 0 {
				want = t
			}
			if t != want {
				return ""
			}
		}
	}
	var names []string
	for _, a := range sortedKeys(again) {
		names = append(names, strconv.Quote(again[a]))
	}
	return fmt.Sprintf("choice_rows: \"sum\": %d rows give a choice of a precinct again, with figures of their own and no column telling them apart, in %d of the %d precincts (%s; the first: %q, %q of column %d %q): read as parts of one protocol's votes (batches of early and absentee votes, say), each choice's rows there are summed; if a row is a copy or a correction of another, delete it from the file and this line from the mapping, or a count sums them",
		n, len(again), len(areas), strings.Join(names, ", "), firstArea, firstChoice, choice+1, trimHeader(header[choice]))
}

// repeatedTotals returns how many rows give a choice of a precinct (key)
// again, each with the sum of that choice's figures in column votes over
// every other row, and the first such row's precinct; or 0 when some row
// given again is not so. Such rows are the file's totals tagged with a
// precinct's name (Indiana's Ohio County, 2016, whose county totals of
// President follow the rows of its last precinct, "RAN11"): summed as
// parts of that precinct's votes, they would count every vote twice.
func repeatedTotals(rows [][]string, key []int, choice, votes int) (n int, at string) {
	seen := map[string]bool{}
	sum := map[string]int64{} // a choice's figures over the rows seen first
	var again [][]string
	for _, rec := range rows {
		k := protocolKey(rec, key) + "\x00" + cellAt(rec, choice)
		if seen[k] {
			again = append(again, rec)
			continue
		}
		seen[k] = true
		v, err := strconv.ParseInt(cellAt(rec, votes), 10, 64)
		if err != nil {
			return 0, ""
		}
		sum[cellAt(rec, choice)] += v
	}
	if len(again) == 0 {
		return 0, ""
	}
	for _, rec := range again {
		v, err := strconv.ParseInt(cellAt(rec, votes), 10, 64)
		if err != nil || v != sum[cellAt(rec, choice)] || v == 0 && len(again) == 1 {
			return 0, ""
		}
	}
	return len(again), cellAt(again[0], key[0])
}
