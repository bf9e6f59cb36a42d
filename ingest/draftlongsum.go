package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// draftLongLineSums leaves out the lines a long file's draft mapped to a
// sum of columns (Italy's invalid ballots, the blank, null and contested
// ones apart): a long file's line is one column repeated on every row of
// a protocol, and a count refuses a sum there. The checks that need the
// line are not evaluated; the guess says which columns give its parts.
func draftLongLineSums(m *Mapping, guess func(string, ...any)) {
	if !m.long() {
		return
	}
	for _, l := range slices.Sorted(maps.Keys(m.Lines)) {
		c := m.Lines[l]
		if len(c.Columns) == 0 {
			continue
		}
		delete(m.Lines, l)
		var parts []string
		for _, p := range c.Columns {
			parts = append(parts, p.Header)
		}
		prefix := fmt.Sprintf("lines.%s: ", l)
		said := fmt.Sprintf("lines.%s is not mapped: the file gives it in parts (%s), and a long file's line is one column repeated on every row of a protocol, not a sum of columns: the checks that need it are not evaluated; map it to one column if one gives the whole, or add the parts up in a column of their own", l, quoteAnd(parts))
		for k, g := range m.Guesses {
			if strings.HasPrefix(g, prefix) {
				m.Guesses[k] = said
				said = ""
			}
		}
		if said != "" {
			guess("%s", said)
		}
	}
}

// ballotTypeW name, by whole words, a column of the type of ballot of
// each row; listTypeW and okrugTypeW the types, by whole words, of a
// list ballot (South Africa's "PR", proportional) and of an okrug one
// (its "Ward", a member of a ward).
var (
	ballotTypeW = []string{"ballot type", "ballot", "type of ballot", "ballot kind", "contest type", "election type", "vote type"}
	listTypeW   = []string{"pr", "list", "lists", "party list", "proportional", "national list", "regional list", "compensatory"}
	okrugTypeW  = []string{"ward", "constituency", "district", "okrug", "majoritarian", "single member", "single-member", "fptp", "candidate"}
)

// ballotTypes returns the column of text not used, named as a ballot's
// type, of two or three values, and the ballot each value reads as
// (those it can tell), or -1, nil.
func ballotTypes(header []string, rows [][]string, used, numeric []bool, values []map[string]int, norm func(int) string) (int, map[string]string) {
	for i := range header {
		if used[i] || numeric[i] || len(values[i]) < 2 || len(values[i]) > 3 || !anyWords(norm(i), ballotTypeW) || slices.ContainsFunc(rows, func(rec []string) bool { return cellAt(rec, i) == "" }) {
			continue
		}
		kinds := map[string]string{}
		for v := range values[i] {
			switch w := strings.ToLower(strings.TrimSpace(v)); {
			case anyWords(w, listTypeW):
				kinds[v] = string(election.ListBallot)
			case anyWords(w, okrugTypeW):
				kinds[v] = string(election.OkrugBallot)
			}
		}
		return i, kinds
	}
	return -1, nil
}

// wardOf returns the column of text not used, named as an area of one
// member (a ward, a constituency, a district), of one value on all the
// rows of each precinct (key) and of fewer values than the precinct's
// column, or -1: where a precinct's okrug ballot is counted.
func wardOf(header []string, rows [][]string, used, numeric []bool, key []int, precinct int, norm func(int) string) int {
	for i := range header {
		if !used[i] && !numeric[i] && (anyWords(norm(i), []string{"ward", "wards"}) || has(norm(i), okrugH) || anyWords(norm(i), okrugW)) &&
			constantWithin(rows, key, i) && distinct(rows, i) < distinct(rows, precinct) {
			return i
		}
	}
	return -1
}

// keepBallotType keeps the rows of one type of ballot of column t (a
// row filter): the list ballot's where kinds tells it, else the first
// type. The guess says how a mapping reads both, ballot_column and
// ballot_values with the okrug of the okrug ballot (column ward, or -1),
// which a count takes with the election's definition.
func keepBallotType(m *Mapping, header []string, rows [][]string, t int, kinds map[string]string, ward int, guess func(string, ...any)) {
	keep, list := contests(rows, t)
	for _, v := range sortedKeys(kinds) {
		if kinds[v] == string(election.ListBallot) {
			keep = v
			break
		}
	}
	if m.Rows == nil {
		m.Rows = &RowFilter{}
	}
	m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[t])}, Values: []string{keep}})
	both := ""
	if len(kinds) == distinct(rows, t) && ward >= 0 {
		var vs []string
		for _, v := range sortedKeys(kinds) {
			vs = append(vs, fmt.Sprintf("%q: %q", v, kinds[v]))
		}
		both = fmt.Sprintf(`; to count both ballots, delete the filter and map "ballot_column": %q, "ballot_values": {%s}, "okrug": %q (column %d, one value on all the rows of each precinct), with the election's definition (--election) and a rule set of list seats and a seat per okrug`,
			trimHeader(header[t]), strings.Join(vs, ", "), trimHeader(header[ward]), ward+1)
	}
	guess("rows: column %d %q names the type of ballot of each row (%s), each precinct's rows given for each: a protocol of each ballot; the mapping keeps the rows of %q alone (rows.where[%d]), one ballot%s",
		t+1, trimHeader(header[t]), list, keep, len(m.Rows.Where)-1, both)
}

// fewRepeat says whether column c, added to the columns key, tells apart
// the rows that repeat under key but a few (a tenth of them at most): a
// part of a long file's precinct, as a district that a town lies in.
func fewRepeat(rows [][]string, key []int, c int) bool {
	before, _ := sameKey(rows, key...)
	after, _ := sameKey(rows, append(slices.Clone(key), c)...)
	return before > 0 && after*10 <= before
}

// firstRepeat returns the cell of column c of the first row whose cells
// of the columns key an earlier row has, and its precinct, the cells of
// the columns precinct joined as a count names it.
func firstRepeat(rows [][]string, key []int, c int, precinct []int) (string, string) {
	seen := map[string]bool{}
	for _, rec := range rows {
		k := protocolKey(rec, key)
		if seen[k] {
			var parts []string
			for _, p := range precinct {
				parts = append(parts, cellAt(rec, p))
			}
			return cellAt(rec, c), strings.Join(parts, headerSep)
		}
		seen[k] = true
	}
	return "", ""
}

// columnNames says columns cols of header in words: `column 4 "party"`,
// `columns 3 "office" and 4 "party" together`.
func columnNames(header []string, cols []int) string {
	if len(cols) == 1 {
		return fmt.Sprintf("column %d %q", cols[0]+1, trimHeader(header[cols[0]]))
	}
	var names []string
	for _, c := range cols {
		names = append(names, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
	}
	return "columns " + strings.Join(names, " and ") + " together"
}
