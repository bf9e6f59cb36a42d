package ingest

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

// draftTransposed drafts the mapping of a file that looks transposed (a
// column per precinct, a row per line or choice; see transposed.go), or
// says why it cannot; it returns nil, nil for a file that does not look
// so. header is the header row, rows the rows read under it (the first
// few), more reads the rest of the file.
//
// A file looks transposed when its first columns hold text and every other
// column numbers (on half of the rows at least), no header names a protocol
// line, and either two rows or more of one of those first columns name
// protocol lines (the words of lineWords, englishLineWords and the line
// names), or a row gives, over three columns of numbers or more, texts
// that tell each column apart (the Kiesraad's row of postcodes under the
// stembureaus), or the header numbers the columns as precincts are
// numbered (precinctNumbers): in a wide file the header names the lines
// and the choices, and a data row holds figures.
// Such a file is drafted only when one column names the rows, and they
// name lines or the header numbers precincts: the wide draft is then made
// of the turned table, its columns the rows' labels. Labels of several columns (a list's rows and
// its candidates' below it) are the user's to map: a wide draft of them
// would count a list and its candidates as choices side by side.
func draftTransposed(file string, header []string, headerLine int, rows [][]string, more func() ([]string, error), delim rune, enc string) (*Draft, error) {
	if len(rows) < 2 || len(header) < 2 {
		return nil, nil
	}
	cell := func(rec []string, j int) string {
		if j < len(rec) {
			return strings.TrimSpace(rec[j])
		}
		return ""
	}
	// (A figure with commas between its thousands, "7,143", is a
	// figure: The Gambia's 2021 table, figures under 1,000 bare, read as
	// a row of texts telling the columns apart, was called transposed.
	// The wide draft finds the separator.)
	number := func(c string) bool { _, err := parseInt([]byte(c)); return err == nil && c != "" || commaGroups(c) > 0 }
	// Rows at the end of the file of two cells at most (others empty)
	// under a header of four or more (a table's own notes, "No. of Electors,24,139", the
	// totals of the whole area) are no rows of the table: footer_rows.
	// (Only where the rows read so far are the whole file: the rest is
	// not read unless the file looks transposed.)
	shortRow := func(rec []string) bool {
		n := 0
		for _, c := range rec {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		return len(header) >= 4 && n <= 2
	}
	footer := 0
	for footer < len(rows) && shortRow(rows[len(rows)-1-footer]) {
		footer++
	}
	if footer > 0 {
		if rec, err := more(); err != io.EOF || len(rows)-footer < 2 {
			if err == nil {
				rows = append(rows, rec)
			}
			footer = 0 // more rows, or too few above the notes
		}
	}
	notes := rows[len(rows)-footer:]
	rows = rows[:len(rows)-footer]
	// share says whether cell c is a decimal, a percentage ("41.26"):
	// a column of them beside the figures is their shares, no precinct.
	// (A whole number written "37618.0", as pandas writes a column of
	// whole numbers, is a figure, as the wide draft and a count read it.)
	share := func(c string) bool {
		if w, ok := strings.CutSuffix(c, ".0"); ok && number(w) {
			return false
		}
		return decimals(map[string]int{strings.TrimSuffix(c, "%"): 1})
	}
	shares := map[int]bool{}
	for j := range header {
		n := 0
		for _, rec := range rows {
			if share(cell(rec, j)) {
				n++
			}
		}
		shares[j] = n > 0 && 2*n >= len(rows) && !slices.ContainsFunc(rows, func(rec []string) bool { c := cell(rec, j); return c != "" && !share(c) && !number(c) })
	}
	// figures says whether column j holds numbers on half of the rows at
	// least, or nothing at all (a header's trailing delimiter).
	figures := func(j int) bool {
		if shares[j] {
			return true
		}
		n, empty := 0, cell(header, j) == ""
		for _, rec := range rows {
			if c := cell(rec, j); number(c) {
				n++
			} else {
				empty = empty && c == ""
			}
		}
		return 2*n >= len(rows) || empty
	}
	first := -1 // the first column of numbers: the first precinct
	for j := range header {
		if figures(j) {
			first = j
			break
		}
	}
	if first < 1 || first > 4 {
		return nil, nil
	}
	for j := first; j < len(header); j++ {
		if !figures(j) {
			return nil, nil // a column of text among the figures: a long file's, a wide file's names
		}
	}
	named := func(c string) bool {
		h := strings.ReplaceAll(strings.ToLower(c), "ё", "е")
		if election.LineIndex(election.Line(h)) >= 0 {
			return true
		}
		for _, lw := range lineWords {
			if lw.stems(h) {
				return true
			}
		}
		for _, lw := range englishLineWords {
			if lw.reads(h) {
				return true
			}
		}
		return false
	}
	for _, h := range header[first:] {
		if named(h) {
			return nil, nil // the header names lines: a wide file
		}
	}
	label, lines := 0, 0
	for j := range first {
		n := 0
		for _, rec := range rows {
			if named(cell(rec, j)) {
				n++
			}
		}
		if n > lines {
			label, lines = j, n
		}
	}
	places := false // a row of texts telling the columns apart
	for _, rec := range rows {
		seen := map[string]bool{}
		for j := first; j < len(header); j++ {
			if c := cell(rec, j); c != "" && !number(c) && strings.ContainsFunc(c, isLetterOrDigit) {
				seen[c] = true
			}
		}
		places = places || len(seen) >= 3
	}
	numbered := precinctNumbers(header[first:])
	// A column of the others' sum among the figures of rows named as
	// candidates or parties (Saint Lucia's published table: "Candidate",
	// "Party", a column per polling division, "Total", "%"): the rows
	// are the choices, the columns the precincts.
	// (A column headed as a total, "Total", whose figures are not the
	// sum of the others on every row, as published, is one too: the
	// guess says where.)
	choiceRowsSum, headedTotal := false, -1
	if lines == 0 && !places && !numbered && (candidateHeader(strings.ToLower(cell(header, 0))) || choiceHeader(strings.ToLower(cell(header, 0)))) {
		for j := first; j < len(header); j++ {
			if shares[j] {
				continue
			}
			choiceRowsSum = choiceRowsSum || total(rows, j, first, len(header), sumCell(shares, cell))
			if headedTotal < 0 && j > first && TotalName(cell(header, j)) {
				headedTotal = j
			}
		}
		choiceRowsSum = choiceRowsSum || headedTotal >= 0
	}
	if lines < 2 && !places && !numbered && !choiceRowsSum {
		return nil, nil
	}
	all := append([][]string(nil), rows...)
	if footer == 0 {
		var err error
		if all, err = readRest(file, all, more); err != nil {
			return nil, err
		}
	}
	var totals []string // columns of the others' sum, or their shares: no precinct
	for j := first; j < len(header); j++ {
		if shares[j] || j == headedTotal || total(all, j, first, len(header), sumCell(shares, cell)) {
			totals = append(totals, cell(header, j))
		}
	}
	hint := func(why string) error {
		leave := ""
		if len(totals) > 0 {
			leave = fmt.Sprintf(`; leave out %s, the other columns' sum, with "rows": {"where": [{"column": 1, "except": [...]}]}`, quoteAll(totals))
		}
		return &ParseError{File: file, Line: headerLine, Err: fmt.Errorf(`%w: the file looks transposed (a column per precinct from column %d %q on, a row per line or choice named in %s), but %s: map it by hand with "layout": "transposed" and "label_column", naming rows by their labels as a wide file's columns by their headers%s`,
			ErrMapping, first+1, cell(header, first), labelColumns(first), why, leave)}
	}
	if !choiceRowsSum && (first > 1 || lines < 2 && !numbered) {
		return nil, hint("its labels are not lines the draft knows, or are in several columns (a list's row over its candidates')")
	}
	// The rows of choices are named by all the columns of text together
	// ("MONTOUTE / UWP"), as a count joins them.
	labels := []int{label}
	if choiceRowsSum {
		labels = nil
		for j := range first {
			labels = append(labels, j)
		}
	}
	labelOf := func(rec []string) string {
		var parts []string
		for _, j := range labels {
			if c := cell(rec, j); c != "" {
				parts = append(parts, c)
			}
		}
		return strings.Join(parts, " / ")
	}
	// A header with no text over the labels (pandas writes a table's
	// index so) names them by number: the label column by its number,
	// the header row as row 1.
	name, byNumber := labelOf(header), false
	if name == "" {
		name, byNumber = fmt.Sprintf("column %d", label+1), true
		for _, rec := range all {
			if cell(rec, label) == name {
				return nil, hint("the header has no text over the labels")
			}
		}
	}
	// The turned table: the labels, then a row per precinct column but a
	// column of the others' sum (a total, left out by a row filter).
	// Every cell quoted, so that none needs a rule of its own.
	var b bytes.Buffer
	write := func(j int, c string) {
		b.WriteString(`"` + strings.ReplaceAll(c, `"`, `""`) + `"`)
		for _, rec := range all {
			v := cell(rec, j)
			if j == label {
				v = labelOf(rec)
			}
			b.WriteString(`,"` + strings.ReplaceAll(v, `"`, `""`) + `"`)
		}
		b.WriteByte('\n')
	}
	// One column of figures is one protocol: the turned table has one
	// row, every cell of which names it once, so the wide draft would
	// take a choice's votes for its number (Candelaria's "Gustavo
	// Petro", 15725). The header row names it: the turned table calls
	// it "precinct" too.
	precincts := 0
	for j := first; j < len(header); j++ {
		if !slices.Contains(totals, cell(header, j)) {
			precincts++
		}
	}
	// (The header row's label over rows of choices names a choice,
	// "Candidate / Party": the turned table names it "precinct", the
	// name given back below.)
	turnedName := name
	if choiceRowsSum || precincts == 1 {
		turnedName = "precinct"
	}
	write(label, turnedName)
	for j := first; j < len(header); j++ {
		if !slices.Contains(totals, cell(header, j)) {
			write(j, cell(header, j))
		}
	}
	sub, err := DraftMapping(&b, file)
	if err != nil {
		return nil, hint("its turned table drafts no mapping: " + err.Error())
	}
	if sub.Ballots != nil {
		return nil, hint("its turned table reads as a cast-vote record")
	}
	m := sub.Mapping
	if m.SkipRows != 0 || m.HeaderRows > 1 || m.Shape != "" {
		return nil, hint("its turned table has no header of one row")
	}
	if precincts == 1 && m.Precinct.Header != turnedName {
		return nil, hint(fmt.Sprintf("its one column of figures is one protocol, and the draft of its turned table names it by row %q, not by the header row", m.Precinct.Header))
	}
	if turnedName != name {
		if m.Precinct.Header == turnedName {
			m.Precinct = Column{Header: name}
		}
		for i := range m.Guesses {
			m.Guesses[i] = strings.ReplaceAll(m.Guesses[i], fmt.Sprintf("%q", turnedName), fmt.Sprintf("%q", name))
		}
	}
	m.Shape, m.LabelColumn = "transposed", &Column{Header: name}
	if len(labels) > 1 {
		m.LabelColumn = &Column{}
		for _, j := range labels {
			m.LabelColumn.Columns = append(m.LabelColumn.Columns, Column{Header: cell(header, j)})
		}
	}
	m.FooterRows = footer
	// skip_rows counts the file's lines above the header, blank ones too.
	m.SkipRows, m.Delimiter, m.Encoding = headerLine-1, string(delim), enc
	headerRow := Column{Header: name}
	if byNumber {
		m.LabelColumn, headerRow = &Column{Index: label + 1}, Column{Index: 1}
		if m.Precinct.Header == name {
			m.Precinct = headerRow
		}
		for i, c := range m.Precinct.Columns {
			if c.Header == name {
				m.Precinct.Columns[i] = headerRow
			}
		}
		if m.Rows != nil {
			// (A row filter of the turned table's own, its total row:
			// the header row by its number too.)
			for i, c := range m.Rows.Where {
				if c.Column.Header == name || c.Column.Header == turnedName {
					m.Rows.Where[i].Column = headerRow
				}
			}
		}
		for i := range m.Guesses {
			m.Guesses[i] = strings.ReplaceAll(m.Guesses[i], fmt.Sprintf("%q", name), "(the header row, no text over the labels)")
		}
	}
	if len(totals) > 0 {
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: headerRow, Except: totals})
	}
	guesses := []string{fmt.Sprintf(`layout: transposed: a column per precinct from column %d %q on, a row per line or choice named in column %d %q (label_column); below, a "column" is a row, its header the row's label`, first+1, cell(header, first), label+1, cell(header, label))}
	if len(labels) > 1 {
		guesses[0] = fmt.Sprintf(`layout: transposed: a column per precinct from column %d %q on, a row per choice named in %s together (label_column, the cells joined with " / ", %q), the rows of choices the figures of a column of their sum; below, a "column" is a row, its header the row's label`, first+1, cell(header, first), labelColumns(first), labelOf(all[0]))
	}
	if precincts == 1 && !choiceRowsSum {
		at := slices.IndexFunc(header[first:], func(h string) bool { return !slices.Contains(totals, strings.TrimSpace(h)) }) + first
		guesses = append(guesses, fmt.Sprintf("precinct: the header row: the file has one column of figures, column %d, so it is one protocol, named by the header's cell over it, %q; every row is a line or a choice of that protocol, none its number (edit that cell to name the precinct otherwise)", at+1, cell(header, at)))
		m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "precinct: column 1 ") })
	}
	if footer > 0 {
		guesses = append(guesses, fmt.Sprintf("footer_rows: %d: the file's last %d rows give two cells or fewer (the first %q), under a header of %d cells: the whole area's notes or totals, no figures of each precinct; a count skips them unread", footer, footer, strings.Join(notes[0], string(delim)), len(header)))
	}
	if byNumber {
		guesses = append(guesses, fmt.Sprintf(`label_column: {"column": %d}: the header has no text over the labels, so the header row, which names the precincts, is row 1 ({"column": 1})`, label+1))
	}
	if len(totals) > 0 {
		guesses = append(guesses, fmt.Sprintf("rows.where: %s left out: the other columns' sum, a total, or their shares (decimals)", quoteAll(totals)))
	}
	if headedTotal >= 0 && !total(all, headedTotal, first, len(header), sumCell(shares, cell)) {
		guesses = append(guesses, fmt.Sprintf("column %d %q is headed as a total but is not the other columns' sum on every row (%s): left out all the same; check the file against the published table", headedTotal+1, cell(header, headedTotal), totalMiss(all, headedTotal, first, len(header), sumCell(shares, cell), labelOf)))
	}
	if enc != "" {
		guesses = append(guesses, fmt.Sprintf("the file is not UTF-8: read as %s (check that the names below read right)", enc))
	}
	m.Guesses = append(guesses, m.Guesses...)
	return &Draft{Mapping: m}, nil
}

// totalMiss says the first row whose cell of column j is not the sum of
// the others of columns first to n: its label, the cell and the sum.
func totalMiss(rows [][]string, j, first, n int, cell func([]string, int) string, label func([]string) string) string {
	for _, rec := range rows {
		var sum int64
		ok := true
		for i := first; i < n && ok; i++ {
			if i == j {
				continue
			}
			x, err := parseInt([]byte(cell(rec, i)))
			ok = err == nil && x >= 0 && sum <= math.MaxInt64-x
			sum += x
		}
		if v, err := parseInt([]byte(cell(rec, j))); ok && err == nil && v != sum {
			return fmt.Sprintf("row %q: %d, the others' sum %d", label(rec), v, sum)
		}
	}
	return "a row of cells not whole numbers"
}

// sumCell is cell, with the cells of the columns of shares read as
// empty: no figure of a precinct, nor a part of a sum.
func sumCell(shares map[int]bool, cell func([]string, int) string) func([]string, int) string {
	return func(rec []string, j int) string {
		if shares[j] {
			return "0"
		}
		return cell(rec, j)
	}
}

// labelColumns says the columns before column first+1 in words.
func labelColumns(first int) string {
	if first == 1 {
		return "column 1"
	}
	return fmt.Sprintf("columns 1 to %d", first)
}

// precinctNumbers says whether a header's cells over the figures are
// distinct whole numbers, one of them past the number of cells: precincts'
// numbers (8205, 8206), not the numbers of a ballot's lists (1, 2, 3).
func precinctNumbers(cells []string) bool {
	seen, big := map[int64]bool{}, false
	for _, c := range cells {
		n, err := parseInt([]byte(strings.TrimSpace(c)))
		if err != nil || seen[n] {
			return false
		}
		seen[n], big = true, big || n > int64(len(cells))
	}
	return len(cells) >= 2 && big
}

// total says whether column j of the rows is, on every row whose cells of
// columns first to n are whole numbers (two such rows at least, others
// than 0), the sum of the others.
func total(rows [][]string, j, first, n int, cell func([]string, int) string) bool {
	k := 0
	for _, rec := range rows {
		var sum, v int64
		ok, others := true, false
		for i := first; i < n && ok; i++ {
			x, err := parseInt([]byte(cell(rec, i)))
			ok = err == nil && x >= 0 && sum <= math.MaxInt64-x
			if i == j {
				v = x
			} else {
				sum += x
				others = others || x != 0
			}
		}
		if !ok || !others {
			continue
		}
		if sum != v {
			return false
		}
		k++
	}
	return k >= 2
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// readRest appends to all the records more gives until the end of the
// file: the draft of a shape it must see whole (transposed, no header).
func readRest(file string, all [][]string, more func() ([]string, error)) ([][]string, error) {
	for {
		rec, err := more()
		if err == io.EOF {
			return all, nil
		}
		if err != nil {
			return nil, draftError(file, err)
		}
		all = append(all, rec)
	}
}
