package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// headerIsData says whether the first row of a file (header) reads as a
// data row of the rows under it: the same number of cells, a whole number
// over every column of whole numbers and none over a column of text, two
// such numbers at least, or one and a text that a row below repeats in
// its column (a county's name); not the columns' own numbers (0, 1, 2 or 1, 2,
// 3, as pandas numbers them), nor three numbers or more that rise from
// column to column (precincts' numbers over a transposed file's columns,
// 8205, 8206, 8208, with gaps where a cut left some out), nor years over
// each column. Database exports and Bulgaria's CIK write files so, with
// no header row.
func headerIsData(header []string, rows [][]string) bool {
	// A figure may be written with commas between groups of thousands
	// ("21,220"), as the rows' are.
	figure := func(c []byte) (int64, error) {
		if commaGroups(string(c)) > 0 {
			c = bytes.ReplaceAll(c, []byte{','}, nil)
		}
		return parseInt(c)
	}
	if len(rows) < 2 {
		return false
	}
	var nums []int64
	same := 0 // text cells that a row below repeats in their column
	for j, h := range header {
		h = strings.TrimSpace(h)
		text, figures, again := false, false, false
		for _, rec := range rows {
			if len(rec) != len(header) {
				return false
			}
			c := strings.TrimSpace(rec[j])
			if c == "" {
				continue
			}
			again = again || c == h
			if _, err := figure([]byte(c)); err != nil {
				text = true
			} else {
				figures = true
			}
		}
		n, err := figure([]byte(h))
		switch {
		case h == "":
		case err == nil && text && !figures, err != nil && figures && !text:
			return false // a number over text, a name over figures
		case err == nil && again:
			same++ // a code the rows below repeat (a region's "01")
		case err == nil && figures:
			nums = append(nums, n)
		case err != nil && again:
			same++
		}
	}
	if len(nums)+same < 2 || len(nums) == 0 && same < 3 {
		return false
	}
	run, rising, years := true, true, true
	for i, n := range nums {
		run = run && (i == 0 || n == nums[i-1]+1)
		rising = rising && (i == 0 || n > nums[i-1])
		years = years && n >= 1900 && n <= 2100
	}
	return len(nums) == 1 || !run && !(rising && len(nums) >= 3) && !years
}

// draftNoHeader drafts a file without a header row: it names the columns
// "column 1", "column 2", ... in a header row of its own over the file's
// rows (first, then the rest from more), drafts that, and maps the file
// with "no_header": true, each column by its number. lines are the
// lines of first's rows, pos the line of the last row more read; above
// is the lines above the first row (skip_rows), comments whether some
// are comment lines ("#"), the others blank lines and titles.
func draftNoHeader(file string, first [][]string, lines []int, more func() ([]string, error), pos func() int, delim rune, above int, comments bool) (*Draft, error) {
	width := 0
	for _, rec := range first {
		width = max(width, len(rec))
	}
	names := make([]string, width)
	number := map[string]int{}
	for i := range names {
		names[i] = fmt.Sprintf("column %d", i+1)
		number[names[i]] = i + 1
	}
	all, lines := slices.Clone(first), slices.Clone(lines)
	for {
		rec, err := more()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, draftError(file, err)
		}
		all, lines = append(all, rec), append(lines, pos())
	}
	// Below lines above the first row, the header named so is written on
	// the line above it, and each row on its own line: the lines the
	// draft of it names are the file's. (A first row on line 1 leaves
	// the header no line: the draft's lines are the file's and one.)
	padded := lines[0] > 1
	draft := func() (*Draft, error) {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Comma = delim
		at, counted := 1, 0 // the line after b's bytes up to counted
		// pad writes blank lines up to line: the next record starts there.
		pad := func(line int) {
			w.Flush()
			at += bytes.Count(b.Bytes()[counted:], []byte{'\n'})
			for ; at < line; at++ {
				b.WriteByte('\n')
			}
			counted = b.Len()
		}
		if padded {
			pad(lines[0] - 1)
		}
		w.Write(names)
		for k, rec := range all {
			if padded {
				pad(lines[k])
			}
			w.Write(rec)
		}
		w.Flush()
		return DraftMapping(&b, file)
	}
	row := "row 1"
	if above > 0 {
		row = fmt.Sprintf("line %d, the first row,", above+1)
	}
	why := fmt.Sprintf("%s reads as a data row of the rows under it (%s): the file has no header row, and its columns no names to draft from", row, echoCells(first[0]))
	sub, err := draft()
	if err == nil && sub.Mapping.Shape == "long" && sub.Mapping.ChoiceColumn != nil {
		// A column of text that puts each choice under one of its few
		// values, the areas under several, names the contest of each
		// row (South Dakota's "President", "U.S Senate"): named so, the
		// draft keeps one contest's rows, as under a header that says
		// "office".
		if k := contestByRows(all, number[sub.Mapping.ChoiceColumn.Header]-1, number[sub.Mapping.Precinct.Header]-1); k >= 0 {
			delete(number, names[k])
			names[k] = "office"
			number[names[k]] = k + 1
			if again, err := draft(); err == nil {
				sub = again
			}
		}
	}
	if err == nil && sub.Mapping.Shape != "long" {
		// A column whose cells name offices at the top of a US ballot
		// ("President", "U.S. Senate") beside others (OpenElections'
		// files without their header: Indiana's Ohio County, 2016): a
		// long file's contest, named so; drafted wide, every figure of
		// every contest was summed as one choice's.
		if k := officeColumn(all); k >= 0 {
			delete(number, names[k])
			names[k] = "office"
			number[names[k]] = k + 1
			if again, err := draft(); err == nil && again.Mapping.Shape == "long" {
				sub = again
				// The choices of an office's rows are its candidates:
				// named so, the draft knows the ballot a candidate's.
				if c := number[sub.Mapping.ChoiceColumn.Header] - 1; c >= 0 {
					old := names[c]
					delete(number, old)
					names[c] = "candidate"
					number[names[c]] = c + 1
					if again, err := draft(); err == nil && again.Mapping.Shape == "long" {
						sub = again
					} else {
						delete(number, names[c])
						names[c] = old
						number[old] = c + 1
					}
				}
			} else {
				delete(number, names[k])
				names[k] = fmt.Sprintf("column %d", k+1)
				number[names[k]] = k + 1
			}
		}
	}
	if err != nil {
		// (The lines of the file are the draft's, or one less.)
		line := max(lines[0], 1)
		var pe *ParseError
		if errors.As(err, &pe) && pe.Line > 1 {
			line = pe.Line
			if !padded {
				line--
			}
		}
		return nil, &ParseError{File: file, Line: line, Err: fmt.Errorf(`%w: %s: write the mapping by hand with "no_header": true, each column named by its number ({"column": 4}); drafted with the columns so named: %v`, ErrMapping, why, strings.TrimPrefix(err.Error(), file+": "))}
	}
	m := sub.Mapping
	byNumber := func(c *Column) {
		if c == nil {
			return
		}
		if n, ok := number[c.Header]; ok {
			c.Header, c.Index = "", n
		}
		for i := range c.Columns {
			if n, ok := number[c.Columns[i].Header]; ok {
				c.Columns[i].Header, c.Columns[i].Index = "", n
			}
		}
	}
	for _, c := range []*Column{&m.Precinct, m.Region, m.Okrug, m.BallotColumn, m.MachineColumn, m.ChoiceColumn, m.VotesColumn, m.LabelColumn} {
		byNumber(c)
	}
	for l, c := range m.Lines {
		byNumber(&c)
		m.Lines[l] = c
	}
	for id, c := range m.Votes {
		byNumber(&c)
		m.Votes[id] = c
	}
	if m.Rows != nil {
		for i := range m.Rows.Where {
			byNumber(&m.Rows.Where[i].Column)
		}
	}
	m.NoHeader = true
	// With no header to say what a column counts, a column of codes
	// (a municipality's 532088, a code with a leading zero) reads as
	// votes: such a column is left out. Numbers near one another (IDs
	// given in turn, 9619 to 10365) may as well be a leading choice's
	// votes in precincts of a size (512, 530, 498): such a column stays
	// a choice, and its guess says the doubt.
	var codes []string
	near := map[string]bool{} // the IDs of choices whose numbers are near one another
	for _, id := range sortedKeys(m.Votes) {
		c := m.Votes[id]
		switch {
		case c.Index > 0 && fixedCodes(all, c.Index-1):
			delete(m.Votes, id)
			codes = append(codes, fmt.Sprintf("column %d is not mapped: its numbers read as codes (each of %d digits or more, all of one length, or one with a leading zero: %s, ...), not a choice's votes", c.Index, codeDigits, cellAt(all[0], c.Index-1)))
			m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "votes."+id+":") })
		case c.Index > 0 && codeColumn(all, c.Index-1):
			near[id] = true
		}
	}
	m.Guesses = append(m.Guesses, codes...)
	if d := oneAreaLong(m, all, near); d != nil {
		m = *d
	}
	if len(m.Votes) == 0 && len(m.Lines) == 0 && m.ChoiceColumn == nil {
		return nil, &ParseError{File: file, Line: 1, Err: fmt.Errorf(`%w: %s: write the mapping by hand with "no_header": true, each column named by its number ({"column": 4}); drafted so, no column is left that reads as votes`, ErrMapping, why)}
	}
	for i, g := range m.Guesses {
		if strings.HasPrefix(g, "votes.") {
			m.Guesses[i] = g + "; no header names it: check that it is a choice's votes"
			id, _, _ := strings.Cut(strings.TrimPrefix(g, "votes."), ":")
			if near[id] {
				m.Guesses[i] += " and not codes: its numbers are near one another, as IDs given in turn are; if they are codes, delete it"
			}
		}
	}
	// The blank lines that pad the header's above the first row are no
	// lines of the file: the draft's guess of them is not said (the
	// lines above the first row are said below, once).
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "skip_rows: ") })
	// A column named by its number is named once in the guesses:
	// `column 4 "column 4"` is column 4; in the JSON a guess proposes,
	// it is {"column": 4}. Without lines above the first row, the
	// draft's lines are the file's and one.
	for i, g := range m.Guesses {
		g = numberedInJSON(g, names)
		for k := width; k >= 1; k-- {
			g = strings.ReplaceAll(g, " "+strconv.Quote(names[k-1]), "")
		}
		if !padded {
			g = linesLess(g)
		}
		m.Guesses[i] = g
	}
	m.Guesses = append([]string{fmt.Sprintf("no_header: true: %s reads as a data row of the rows under it (whole numbers over the columns of figures: %s), no header row; every column is named by its number ({\"column\": 1}, {\"column\": 2}, ...)", row, echoCells(first[0]))}, m.Guesses...)
	if m.SkipRows = above; above > 0 {
		m.Guesses = append([]string{fmt.Sprintf("skip_rows: %d: %s above the data", above, aboveData(above, comments))}, m.Guesses...)
	}
	return &Draft{Mapping: m}, nil
}

// oneAreaLong redrafts as long a wide draft whose precinct is a column of
// names, one a row, and whose one choice is a column of figures (the
// others' numbers near one another, codes: near), when a column of codes
// groups the rows (each name once in a group): the rows are candidates,
// each with its votes, in the area the codes name (the UK's candidates by
// constituency, their party's ID beside their votes); or nil.
func oneAreaLong(m Mapping, rows [][]string, near map[string]bool) *Mapping {
	p := m.Precinct.Index - 1
	if m.Shape != "" || p < 0 || len(m.Lines) > 0 || len(rows) < 2 {
		return nil
	}
	var votes Column
	figures := 0
	for id, c := range m.Votes {
		if !near[id] {
			votes, figures = c, figures+1
		}
	}
	if figures != 1 || votes.Index == 0 {
		return nil
	}
	area := -1
	for c := range rows[0] {
		if c == p || c == votes.Index-1 || !codeColumn(rows, c) {
			continue
		}
		if !repeats(rows, p, c) && repeats(rows, c) {
			area = c
			break
		}
	}
	if area < 0 {
		return nil
	}
	m.Shape = "long"
	m.ChoiceColumn, m.VotesColumn = &Column{Index: p + 1}, &votes
	m.Precinct, m.Okrug = Column{Index: area + 1}, &Column{Index: area + 1}
	m.Ballot, m.BallotColumn = string(election.OkrugBallot), nil
	m.Votes, m.ChoiceValues = nil, map[string]string{}
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, "votes.") || strings.HasPrefix(g, "precinct:") || strings.HasPrefix(g, "ballot:") || strings.HasPrefix(g, "no column for \"against all\"") || strings.HasPrefix(g, fmt.Sprintf("column %d ", area+1))
	})
	m.Guesses = append(m.Guesses, fmt.Sprintf("layout: long: column %d names each row once within the areas whose codes column %d gives (the precinct, and the okrug whose candidates they are: \"ballot\": \"okrug\"), and column %d is the one column of figures: each row a candidate with its votes; check that column %d names the choices, and count under a rule set of single-member districts (examples/fptp/rules.json)", p+1, area+1, votes.Index, p+1))
	ids := map[string]bool{}
	for _, rec := range rows {
		v := cellAt(rec, p)
		if _, ok := m.ChoiceValues[v]; ok || v == "" {
			continue
		}
		id := slug(v)
		for base, k := id, 2; id == "" || ids[id]; k++ {
			id = base + "-" + strconv.Itoa(k)
		}
		ids[id] = true
		m.ChoiceValues[v] = id
	}
	return &m
}

// codeDigits is the fewest digits of a cell that reads as a code when
// every cell of its column has as many (a municipality's 532088).
const codeDigits = 5

// fixedCodes says whether column c of rows holds codes as codeColumn
// reads them, but for numbers near one another: whole numbers each of
// codeDigits digits or more, all of one length, or one with a leading
// zero.
func fixedCodes(rows [][]string, c int) bool {
	width, zero := -1, false
	for _, rec := range rows {
		v := cellAt(rec, c)
		if v == "" {
			continue
		}
		if _, err := parseInt([]byte(v)); err != nil {
			return false
		}
		zero = zero || len(v) > 1 && v[0] == '0'
		if width >= 0 && len(v) != width {
			width = -2
		} else if width != -2 {
			width = len(v)
		}
	}
	return zero || width >= codeDigits
}

// codeColumn says whether column c of rows holds codes, not figures:
// whole numbers each of codeDigits digits or more, all of one length, or
// one with a leading zero, or near one another (the largest less than a
// fourth more than the smallest, of 100 or more: IDs given in turn).
func codeColumn(rows [][]string, c int) bool {
	width, lo, hi := -1, int64(-1), int64(0)
	sameWidth, zero := true, false
	for _, rec := range rows {
		v := cellAt(rec, c)
		if v == "" {
			continue
		}
		n, err := parseInt([]byte(v))
		if err != nil {
			return false
		}
		zero = zero || len(v) > 1 && v[0] == '0'
		if width >= 0 && len(v) != width {
			sameWidth = false
		}
		width = len(v)
		if lo < 0 || n < lo {
			lo = n
		}
		hi = max(hi, n)
	}
	if lo < 0 {
		return false
	}
	return zero || sameWidth && width >= codeDigits || lo >= 100 && (hi-lo)*4 < lo
}

// echoCells quotes a row's first cells, each cut short, for a guess.
func echoCells(rec []string) string {
	var q []string
	for i, c := range rec {
		if i == 6 {
			q = append(q, "...")
			break
		}
		if len(c) > 20 {
			c = c[:20] + "..."
		}
		q = append(q, strconv.Quote(c))
	}
	return strings.Join(q, ", ")
}

// contestByRows returns the column of text of a long file with no header
// that names the contest of each row, or -1: two values or more, fewer
// than the choices of column choice, each choice under one of them, and
// an area of column area under several.
func contestByRows(rows [][]string, choice, area int) int {
	if choice < 0 || area < 0 || len(rows) == 0 {
		return -1
	}
	for k := range rows[0] {
		if k == choice || k == area || numberedAreas(rows, k) || slices.ContainsFunc(rows, func(rec []string) bool { return cellAt(rec, k) == "" || isNumber(cellAt(rec, k)) }) {
			continue
		}
		n := distinct(rows, k)
		if n >= 2 && n < distinct(rows, choice) && distinct(rows, choice, k) == distinct(rows, choice) && distinct(rows, area, k) > distinct(rows, area) {
			return k
		}
	}
	return -1
}

// aboveData says what the lines above a file's header or first row are,
// lines 1 to n: comment lines ("#") and blank ones, or title lines.
func aboveData(n int, comments bool) string {
	lines := fmt.Sprintf("lines 1-%d are", n)
	if n == 1 {
		lines = "line 1 is"
	}
	if comments && n == 1 {
		return lines + " a comment line (\"#\")"
	}
	if comments {
		return lines + " comment lines (\"#\") or blank"
	}
	return lines + " titles (a cell each) and blank lines"
}

// titleRows says whether rows, those above a file's first row of many
// cells, are titles: one cell each that is not empty, at most.
func titleRows(rows [][]string) bool {
	for _, rec := range rows {
		n := 0
		for _, c := range rec {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		if n > 1 {
			return false
		}
	}
	return true
}

// withoutComments returns head without its lines that start with "#".
func withoutComments(head []byte) []byte {
	if !bytes.Contains(head, []byte("#")) {
		return head
	}
	var b []byte
	for line := range bytes.Lines(head) {
		if !bytes.HasPrefix(line, []byte("#")) {
			b = append(b, line...)
		}
	}
	return b
}

// commentLines returns the lines at the top of head that are comments
// above the data (SAPoR's licence and source, "# ..."), and their bytes:
// lines that start with "#" and have fewer cells at delim than the first
// line that does not (which has two or more), blank lines, and lines of
// one cell, one of them at least a "#" line. 0 when there are none, or a
// line there is none of these: a header of a column named "#" ("#;name")
// is a header.
func commentLines(head []byte, delim rune) (n, size int) {
	cells := func(l []byte) int { return 1 + bytes.Count(l, []byte(string(delim))) }
	comment := func(l []byte) bool { return bytes.HasPrefix(l, []byte("#")) }
	var lines [][]byte
	width := 0
	for line := range bytes.Lines(head) {
		if !bytes.HasSuffix(line, []byte("\n")) {
			break // cut by the end of head
		}
		l := bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimSpace(l)) > 0 && !comment(l) && cells(l) >= 2 {
			width = cells(l)
			break
		}
		lines = append(lines, line)
	}
	if width == 0 {
		return 0, 0
	}
	hash := false
	for _, line := range lines {
		l := bytes.TrimRight(line, "\r\n")
		switch {
		case comment(l) && cells(l) < width:
			hash = true
		case len(bytes.TrimSpace(l)) == 0, cells(l) == 1:
		default:
			return 0, 0
		}
		size += len(line)
	}
	if !hash {
		return 0, 0
	}
	return len(lines), size
}

// officeColumn returns the column of text whose cells name, among two
// values or more, an office at the top of a US ballot (topOffice), or -1.
func officeColumn(rows [][]string) int {
	if len(rows) == 0 {
		return -1
	}
	for k := range rows[0] {
		vs := distinctValues(rows, k)
		if len(vs) < 2 {
			continue
		}
		for v := range vs {
			if topOffice(v) > 0 {
				return k
			}
		}
	}
	return -1
}
