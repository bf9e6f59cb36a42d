package ingest

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/shailoo/shailoo/internal/echo"
	"strings"
)

// shortRow is a row of fewer cells than the header row names, and its
// line.
type shortRow struct {
	line int
	rec  []string
}

// title says whether the row holds one cell of text alone and no figure:
// a section's title ("Advance Voting Places"), or a note.
func (r shortRow) title() bool { return shortTitle(r.rec) }

// shortTitle says whether rec holds one cell of text alone, no figure.
func shortTitle(rec []string) bool { return textCells(rec) == 1 && !numbersOnly(rec) }

// tableUnder returns the index in tail (the short rows after a table's
// last row of full width) of the header row of a table under the table,
// or -1: a row of text alone in two cells or more, no figure, that rows
// with figures follow (New Zealand's "Electorate Candidate Valid Votes",
// "Party", then a candidate's name, party, votes and share). A short row
// at a file's end that is no such table (a row cut short) is a row of the
// table, and the draft says so.
func tableUnder(tail []shortRow) int {
	for i, r := range tail {
		if textCells(r.rec) < 2 || slices.ContainsFunc(r.rec, func(c string) bool { return figureCell(c) }) {
			continue
		}
		for _, below := range tail[i+1:] {
			if slices.ContainsFunc(below.rec, func(c string) bool { return figureCell(c) }) {
				return i
			}
		}
	}
	return -1
}

// sectionTitles returns the titles' texts, each once.
func sectionTitles(titles []shortRow) []string {
	var texts []string
	for _, t := range titles {
		if v := strings.Join(nonEmptyCells(t.rec), ""); !slices.Contains(texts, v) {
			texts = append(texts, v)
		}
	}
	return texts
}

// figureCell says whether c is a figure: a whole number, or a decimal
// (a share, "1.06").
func figureCell(c string) bool {
	c = strings.TrimSpace(c)
	if _, err := parseInt([]byte(c)); err == nil && c != "" {
		return true
	}
	_, err := strconv.ParseFloat(c, 64)
	return err == nil
}

// joinLines lists the rows' lines: "4, 8".
func joinLines(rows []shortRow) string {
	var b strings.Builder
	for i, r := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, r.line)
	}
	return b.String()
}

// nonEmptyCells returns rec's cells that are not empty, trimmed.
func nonEmptyCells(rec []string) []string {
	var cells []string
	for _, c := range rec {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return cells
}

// centredLabels says why the labels of a header of several rows (rows,
// top first) stand centred over the columns they span, as some exports
// write a merged cell (New Zealand's "Valid Votes Cast" over the middle of
// "Ordinary Votes", "Special Votes", "Valid Total (a)+(b)"), not at its
// first column (rows from the file's line line), which the count's join of the rows reads (joinHeader):
// a label of a row above the last whose first column lies right of a
// column whose text in a row below repeats under the label, or "". Joined
// from the left, such labels name the wrong columns: a draft took the
// special votes for the valid ones.
func centredLabels(rows [][]string, line int) string {
	for r, row := range rows[:len(rows)-1] {
		first := slices.IndexFunc(row, func(c string) bool { return trimHeader(c) != "" })
		if first <= 0 {
			continue
		}
		for s := r + 1; s < len(rows); s++ {
			below := rows[s]
			for i := range min(first, len(below)) {
				v := trimHeader(below[i])
				if v == "" {
					continue
				}
				if j := slices.IndexFunc(below[first:], func(c string) bool { return trimHeader(c) == v }); j >= 0 {
					return fmt.Sprintf("the header's labels stand centred over the columns they span, not at the first of them, as a merged cell is written: line %d's %s stands at column %d, right of column %d, whose %s (line %d) repeats at column %d under it; joined from the left, the labels would name the wrong columns: write the mapping by hand with \"header_rows\": %d, each column by its number ({\"column\": N})",
						line+r, echo.Quote(trimHeader(row[first])), first+1, i+1, echo.Quote(v), line+s, first+j+1, len(rows))
				}
			}
		}
	}
	return ""
}

// totalOfAreaLeads begin, in lower case, a cell that totals an area in
// other words than totalCell takes, French (Quebec's DGEQ: "Total de la
// circonscription", the district's row, then "Majorité en faveur de
// ...", a row of fewer cells). "Total des ..." is not one: it begins a
// line's label ("Total des bulletins"). The draft alone reads them: a
// count's total rows are totalCell's.
var totalOfAreaLeads = []string{"total de la ", "total du ", "total de l'", "total de l’"}

// totalOfArea says whether c begins with one of totalOfAreaLeads.
func totalOfArea(c string) bool {
	c = strings.ToLower(strings.TrimSpace(c))
	return slices.ContainsFunc(totalOfAreaLeads, func(l string) bool { return strings.HasPrefix(c, l) })
}
