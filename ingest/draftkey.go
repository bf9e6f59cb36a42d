package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// sameKey returns how many rows repeat the cells of an earlier row in the
// columns cols (a negative column is left out; a row without the first
// column's cell is named by its line, never a repeat), and the first
// repeated cell of the first column.
func sameKey(rows [][]string, cols ...int) (n int, first string) {
	seen := map[string]bool{}
	var b strings.Builder
	for _, rec := range rows {
		if c := cols[0]; c >= len(rec) || strings.TrimSpace(rec[c]) == "" {
			continue
		}
		b.Reset()
		for _, c := range cols {
			if c >= 0 && c < len(rec) {
				b.WriteString(strings.TrimSpace(rec[c]))
			}
			b.WriteByte(0)
		}
		if seen[b.String()] {
			if n++; n == 1 {
				first = strings.TrimSpace(rec[cols[0]])
			}
			continue
		}
		seen[b.String()] = true
	}
	return n, first
}

// wordCount returns the number of words of h: runs of letters and digits.
func wordCount(h string) int {
	return len(strings.FieldsFunc(h, notWordRune))
}

// emptyChoices says which rows leave the choice columns cols empty: the
// rows that give none of them (none: ""), then, for each column, the
// other rows that leave it empty; and how many rows give some choices'
// votes and leave others' cells empty.
func emptyChoices(rows [][]string, cols []int) (none string, each []string, some int) {
	empty := func(rec []string, c int) bool { return c >= len(rec) || strings.TrimSpace(rec[c]) == "" }
	blank := 0
	partial := make([]int, len(cols))
	for _, rec := range rows {
		n := 0
		for k, c := range cols {
			if empty(rec, c) {
				n++
				partial[k]++
			}
		}
		switch {
		case n == len(cols) && n > 0:
			blank++
			for k := range partial {
				partial[k]--
			}
		case n > 0:
			some++
		}
	}
	if blank > 0 {
		none = fmt.Sprintf("%d of %d rows give no choice's votes", blank, len(rows))
	}
	for k, c := range cols {
		if partial[k] > 0 {
			each = append(each, fmt.Sprintf("%d more rows leave column %d empty", partial[k], c+1))
		}
	}
	return none, each, some
}

// textColumns returns the columns other than skip whose cells are text
// (a ballot's, a count's or a name): what may tell rows of one number
// apart.
func textColumns(numeric []bool, nonEmpty []int, skip int) []int {
	var cols []int
	for i := range numeric {
		if i != skip && !numeric[i] && nonEmpty[i] > 0 {
			cols = append(cols, i)
		}
	}
	return cols
}

// textKey returns the columns of text, filled on every row, that name
// each row once: one such column, or else two or three whose cells
// together do, in header order (an area and the regions it lies in
// first), or of two the area alone when the other names its choices
// (choicesInAreas); or nil. Columns named like a choice or a contest are not
// looked at. A long file's rows (one per area and choice) are named by
// the first column that names each row once with a column named like a
// choice.
func textKey(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, norm func(int) string) []int {
	if len(rows) < 2 {
		return nil
	}
	var cols []int
	for i := range header {
		if !used[i] && !numeric[i] && nonEmpty[i] == len(rows) && !choiceHeader(norm(i)) && !contestHeader(norm(i)) && !anyWords(norm(i), firstNameW) && !rankedName(norm(i)) && !percents(rows, i) && !colours(rows, i) && !slices.ContainsFunc(rows, func(rec []string) bool { return digitCode(cellAt(rec, i)) }) && !figuresOrNA(rows, i) {
			cols = append(cols, i)
		}
	}
	for _, i := range cols {
		if !repeats(rows, i) {
			return []int{i}
		}
	}
	// One that names each row of a contest once (Malawi's district,
	// "dk", in each "election_type"): the contest's rows are kept later.
	var contestCols []int
	for i := range header {
		if !used[i] && !numeric[i] && nonEmpty[i] == len(rows) && contestHeader(norm(i)) {
			contestCols = append(contestCols, i)
		}
	}
	for _, i := range cols {
		if len(contestCols) > 0 && !repeats(rows, append(slices.Clone(contestCols), i)...) {
			return []int{i}
		}
	}
	// Areas are named at the left: of a wide file's many columns of
	// text, the first few alone are tried together.
	few := cols[:min(len(cols), 6)]
	// (Unless one of the two is the area, the other its choices: a long
	// file's rows, choicesInAreas, beside one or two columns of figures; a
	// wide file's many, each a choice's, leave the other the names of
	// areas, as Korea's "Jung-gu" in each of its cities.)
	figures := 0
	for i := range header {
		// (Codes are no figures: a municipality's "01101".)
		if !used[i] && numeric[i] && !fixedCodes(rows, i) {
			figures++
		}
	}
	for a, i := range few {
		for _, j := range few[a+1:] {
			if !repeats(rows, j, i) {
				if area := choicesInAreas(rows, i, j); area >= 0 && figures >= 1 && figures <= 2 {
					return []int{area}
				}
				return []int{i, j}
			}
		}
	}
	for a, i := range few {
		for b, j := range few[a+1:] {
			for _, k := range few[a+b+2:] {
				if !repeats(rows, k, j, i) {
					return []int{i, j, k}
				}
			}
		}
	}
	for c := range header {
		if used[c] || numeric[c] || nonEmpty[c] < len(rows) || !choiceHeader(norm(c)) {
			continue
		}
		// The first column that does; but where some of them are named
		// as areas (Uganda's "district" and "constituency" beside
		// "category", "Directly Elected MP" on every row), the finest of
		// those, the one of the most values.
		first, area := -1, -1
		for _, i := range cols {
			// (A column that says "NA" on every row, Zambia's "Photo",
			// names no area.)
			// (Within a contest: the rows of a file of two rounds name
			// each province and candidate once a round.)
			if allNotGiven(rows, i) || repeats(rows, append([]int{i, c}, contestCols...)...) {
				continue
			}
			if first < 0 {
				first = i
			}
			if areaHeader(norm(i)) && (area < 0 || distinct(rows, i) > distinct(rows, area)) {
				area = i
			}
		}
		// (Else a column named as an area that does so on all its rows
		// but a few, one row in twenty at most: a name given twice in
		// an area, namesakes or a slip, does not make the file wide.
		// India's Lok Sabha results of 2024 by constituency, a name
		// repeated in one of 7: read by a serial number, each
		// candidate's row became a precinct, and "EVM_Votes" and
		// "Postal_Votes", the ways of voting, its choices.)
		// (Not beside a contest's column: there a row given again is
		// another district's of a contest, Rhode Island's State House
		// "Total" and "WRITE-IN" in each of a town's districts.)
		if area < 0 && first < 0 && len(contestCols) == 0 {
			for _, i := range cols {
				if n, _ := sameKey(rows, i, c); !allNotGiven(rows, i) && areaHeader(norm(i)) && n > 0 && n*20 <= len(rows) && distinct(rows, i) > 1 &&
					(area < 0 || distinct(rows, i) > distinct(rows, area)) {
					area = i
				}
			}
		}
		if area >= 0 {
			return []int{area}
		}
		if first >= 0 {
			return []int{first}
		}
	}
	return nil
}

// kindColumn returns a column of text of 2 to 5 values by which each
// combination of the other columns of text (filled on every row) comes
// once per value, or -1: a kind of ballot or of figure, each area's rows
// one per kind. A column named like a count (machine or manual) or a
// contest is left to those rules.
func kindColumn(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string) int {
	var cols []int
	for i := range header {
		if !used[i] && !numeric[i] && nonEmpty[i] == len(rows) && nonEmpty[i] > 0 {
			cols = append(cols, i)
		}
	}
	if len(cols) < 2 {
		return -1
	}
	for _, t := range cols {
		if n := len(values[t]); n < 2 || n > 5 || !sameBut(rows[0], rows[1], cols, t) {
			continue
		}
		// (A column named like a choice is a long file's choice, each
		// area's row per choice: Yes and No of a referendum.)
		if has(norm(t), machineH) || anyWords(norm(t), []string{"count"}) || contestHeader(norm(t)) || anyWords(norm(t), idH) || choiceHeader(norm(t)) {
			continue
		}
		// (Nor one whose header names the precinct: the precincts of a
		// county file of a few, its rows a candidate's through the
		// precincts (OpenElections' Greeley, Kansas: "Tribune Precinct
		// 1" to "3"), are the file's areas, not kinds; the rows of one
		// alone would count one precinct.)
		if has(norm(t), precinctH) || anyWords(norm(t), precinctW) || (loneArea(cols, t, values, norm) && !voteModes(values[t])) {
			continue
		}
		// (Nor one of a total beside numbers, "1", "3", "5", "TOTAL":
		// the precincts and their sum, a column with no header.)
		if slices.ContainsFunc(slices.Collect(maps.Keys(values[t])), totalCell) && slices.ContainsFunc(slices.Collect(maps.Keys(values[t])), isNumber) {
			continue
		}
		kinds := map[string]bool{}
		per := map[string]map[string]bool{}
		for _, rec := range rows {
			kind := cellAt(rec, t)
			kinds[kind] = true
			var b strings.Builder
			for _, c := range cols {
				if c != t {
					b.WriteString(cellAt(rec, c))
					b.WriteByte(0)
				}
			}
			if per[b.String()] == nil {
				per[b.String()] = map[string]bool{}
			}
			per[b.String()][kind] = true
		}
		// (The areas outnumber the kinds, and the first area's rows
		// come together: names that recur in each region, Jung-gu of
		// Busan and of Daegu, are no kinds.)
		if len(kinds) < 2 || len(kinds) > 5 || len(per) <= len(kinds) || len(per)*len(kinds) != len(rows) || !sameBut(rows[0], rows[1], cols, t) {
			continue
		}
		if !slices.ContainsFunc(slices.Collect(maps.Values(per)), func(k map[string]bool) bool { return len(k) != len(kinds) }) {
			return t
		}
	}
	return -1
}

// loneArea says whether the columns of cols but t that name an area
// (one at least) each hold one value: a file of one county, whose rows
// only column t tells apart. Its values are the county's precincts,
// however it is named (a kind of ballot gives each of several areas its
// rows again); the rows of one of them alone would count one precinct
// of the county.
func loneArea(cols []int, t int, values []map[string]int, norm func(int) string) bool {
	n := 0
	for _, c := range cols {
		if c == t || !areaHeader(norm(c)) {
			continue
		}
		if len(values[c]) != 1 {
			return false
		}
		n++
	}
	return n > 0
}

// sameBut says whether rows a and b have the same cells in cols but t,
// and not in t.
func sameBut(a, b []string, cols []int, t int) bool {
	for _, c := range cols {
		if (cellAt(a, c) == cellAt(b, c)) == (c == t) {
			return false
		}
	}
	return true
}

// sameRows returns how many rows are copies of an earlier row, cell for
// cell, and the index of the first.
func sameRows(rows [][]string) (n, first int) {
	seen := map[string]bool{}
	for i, rec := range rows {
		k := strings.Join(rec, "\x00")
		if seen[k] {
			if n++; n == 1 {
				first = i
			}
			continue
		}
		seen[k] = true
	}
	return n, first
}

// splitCamel writes a space between a lower-case letter and the
// upper-case one after it, so that the words of "CandidateID" and
// "TotalVotes" are words; and before the "ID" of a header of a few
// capitals that ends in it ("PID", "MID": a precinct's or a district's
// number in Georgia's CEC files), so that "ID" is a word of it too.
func splitCamel(h string) string {
	if n := len(h); n >= 3 && n <= 5 && strings.HasSuffix(h, "ID") && strings.IndexFunc(h, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0 {
		return h[:n-2] + " ID"
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range h {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// sumOfRun returns the columns of the longest run of two or more
// adjacent columns of numbers not yet used, just before column c or just
// after it, whose sum is column c's figure on every row (of two rows at
// least, some not 0; a row whose cells there are all empty is left out,
// and an empty part beside a given total is 0); or nil.
func sumOfRun(rows [][]string, numeric, used []bool, c int) []int {
	if len(rows) < 2 {
		return nil
	}
	return runSum(rows, numeric, used, c)
}

// runSum is sumOfRun on any number of rows, one too: sumTrusted says
// whether a sum on so few is one.
func runSum(rows [][]string, numeric, used []bool, c int) []int {
	cell := func(rec []string, i int) (int64, bool) {
		if i >= len(rec) {
			return 0, false
		}
		v, err := parseInt([]byte(strings.TrimSpace(rec[i])))
		return v, err == nil
	}
	// (What each row's run holds is kept as the run grows, a column at a
	// time: a run of 500 columns summed anew at each column made a wide
	// file's draft cubic.)
	type runRow struct {
		sum                    int64
		given, typo, notFigure bool // a part not empty, mistyped, no figure
	}
	var best []int
	for _, step := range []int{-1, 1} {
		var run []int
		parts := make([]runRow, len(rows))
		for i := c + step; i >= 0 && i < len(numeric) && numeric[i] && !used[i]; i += step {
			run = append(run, i)
			for r, rec := range rows {
				// (An empty part is 0, as sumHolds and empty_votes
				// read it: a list not on that row's ballot, Austria's
				// MFG in all Länder but one.)
				if cellAt(rec, i) == "" {
					continue
				}
				v, g := cell(rec, i)
				p := &parts[r]
				p.given = true
				p.typo = p.typo || mistyped(cellAt(rec, i))
				p.notFigure = p.notFigure || !g
				p.sum += v
			}
			if len(run) < 2 || len(run) <= len(best) {
				continue
			}
			ok, some := true, false
			for r, rec := range rows {
				p := parts[r]
				// (A row with the total and every part empty gives no
				// figure yet: Kenya's constituencies not in.)
				if cellAt(rec, c) == "" && !p.given {
					continue
				}
				// (Nor a row with a figure mistyped, "84O", in the
				// total or a part: its sum is not known.)
				if mistyped(cellAt(rec, c)) || p.typo {
					continue
				}
				want, good := cell(rec, c)
				if !good || p.notFigure || p.sum != want {
					ok = false
					break
				}
				some = some || want != 0
			}
			if ok && some {
				best = slices.Clone(run)
			}
		}
	}
	slices.Sort(best)
	return best
}

// percents says whether a cell of column c is a percentage ("18,66%"),
// or its cells are percentages or shares ("117.109", "30,47944": see
// rates): a figure, never a name.
func percents(rows [][]string, c int) bool {
	cells := map[string]int{}
	for _, rec := range rows {
		v := strings.TrimSpace(cellAt(rec, c))
		if strings.HasSuffix(v, "%") {
			return true
		}
		if v != "" {
			cells[v]++
		}
	}
	return rates(cells)
}

// timeWords come before the hour of a figure taken at a time of day
// ("votes by 12", "turnout at 17:00").
var timeWords = []string{"by", "at", "until", "till", "as of", "к", "на", "до"}

// atTime says whether a header (lower case) names a figure at a time of
// day: a word of timeWords, then an hour (0 to 24, "17:00").
func atTime(h string) bool {
	w := strings.FieldsFunc(h, notWordRune)
	for k := 1; k < len(w); k++ {
		hour, err := strconv.Atoi(w[k])
		if err != nil || hour > 24 || len(w[k]) > 2 {
			continue
		}
		if slices.Contains(timeWords, w[k-1]) || k >= 2 && slices.Contains(timeWords, w[k-2]+" "+w[k-1]) {
			return true
		}
	}
	return false
}

// ownCandidates says why the numbered party columns of a file with a
// district column may be the candidates of each district's own ballot,
// or "": columns with no vote on any row of a district of three rows or
// more, one of them with a tenth of the votes of those columns in
// another district. A party's list, on every ballot of the country, has
// votes in every district it stands in; a regional list has none
// outside its region. sure says that three columns in four with votes
// are so: the districts' own candidates, beyond regional lists.
func ownCandidates(header []string, rows [][]string, used, numeric []bool, okrug int) (why string, sure bool) {
	var cols []int
	for i, h := range header {
		if _, ok := listNumber(trimHeader(h)); ok && !used[i] && numeric[i] && i != okrug {
			cols = append(cols, i)
		}
	}
	type district struct {
		rows int
		sums []int64
	}
	byName := map[string]*district{}
	var names []string
	for _, rec := range rows {
		d := byName[cellAt(rec, okrug)]
		if d == nil {
			d = &district{sums: make([]int64, len(cols))}
			byName[cellAt(rec, okrug)] = d
			names = append(names, cellAt(rec, okrug))
		}
		d.rows++
		for k, c := range cols {
			if v, err := parseInt([]byte(cellAt(rec, c))); err == nil && v > 0 {
				d.sums[k] += v
			}
		}
	}
	// One list absent from a district is a regional list; half of the
	// columns with votes or more absent from a district, one of them
	// strong elsewhere, are the districts' own candidates.
	first, absent, voted := "", 0, 0
	for k, c := range cols {
		any, gone := false, false
		for _, d := range names {
			any = any || byName[d].sums[k] > 0
			gone = gone || byName[d].rows >= 3 && byName[d].sums[k] == 0
		}
		if !any {
			continue
		}
		voted++
		if !gone {
			continue
		}
		absent++
		for _, none := range names {
			if first != "" || byName[none].rows < 3 || byName[none].sums[k] != 0 {
				continue
			}
			for _, some := range names {
				var all int64
				for _, v := range byName[some].sums {
					all += v
				}
				if v := byName[some].sums[k]; v > 0 && v*10 >= all {
					first = fmt.Sprintf("column %d %q has no vote in the %d rows of district %q and %d of the %d votes of these columns in district %q", c+1, trimHeader(header[c]), byName[none].rows, none, v, all, some)
					break
				}
			}
		}
	}
	if first == "" || absent < 2 {
		return "", false
	}
	// Regional lists are absent from districts too: only three columns
	// in four so are the districts' own candidates beyond doubt.
	return fmt.Sprintf("%s; %d of the %d numbered columns with votes have none in a district", first, absent, voted), absent*4 >= voted*3
}

// marked counts, of a column, the cells that are whole numbers and those
// that are a mark with no digit in it, of 4 bytes at most ("*", "-",
// "N/A": a count suppressed, a figure not given), and the first such
// mark and its line; any other cell makes it a column of text.
//
// Of a column of counts written as floats ("84.99999999999999", "52.0":
// see nearWhole), float is the first cell that is no whole number, and
// floatLine its line.
type marked struct {
	numbers, marks int
	text           bool
	mark           string
	line           int
	floats         int
	float          string
	floatLine      int
	// grouped counts the cells written with commas between groups of
	// thousands ("10,701"), of which group is the first and groupLine
	// its line; manyGroups says one has two commas or more.
	grouped    int
	group      string
	groupLine  int
	manyGroups bool
	// small says a cell is a whole number from 1 to 999, written bare
	// as a column of counts grouped by thousands writes those under a
	// thousand (a column of decimals with three digits after the comma
	// writes every cell with one).
	small bool
	// typo is the first cell read as a figure mistyped (mistyped) or
	// written in scientific notation (sciWhole: R's "1e3"), before any
	// other text; typoLine its line.
	typo     string
	typoLine int
}

func markCells(m []marked, rec []string, line int) {
	for i := 0; i < len(m) && i < len(rec); i++ {
		c := strings.TrimSpace(rec[i])
		switch {
		case c == "" || m[i].text:
		case isInt(c):
			m[i].numbers++
			m[i].small = m[i].small || len(c) <= 3 && c[0] >= '1' && c[0] <= '9'
		case nearWhole(c):
			if m[i].floats++; m[i].floats == 1 {
				m[i].float, m[i].floatLine = c, line
			}
		case commaGroups(c) > 0:
			if m[i].grouped++; m[i].grouped == 1 {
				m[i].group, m[i].groupLine = c, line
			}
			m[i].manyGroups = m[i].manyGroups || commaGroups(c) > 1
		case len(c) <= 4 && !strings.ContainsAny(c, "0123456789"):
			if m[i].marks++; m[i].marks == 1 {
				m[i].mark, m[i].line = c, line
			}
		case mistyped(c) || sciWhole(c) != "":
			m[i].typo, m[i].typoLine = c, line
			m[i].text = true
		default:
			m[i].text = true
		}
	}
}

// nearWhole says whether c is a decimal number a hair from a whole one,
// as a count computed in floating point is written ("84.99999999999999",
// "61.00000000000001"): 12 digits or more after the point, or 5 and 15
// digits in all, the first five after the point all 9 or all 0.
func nearWhole(c string) bool {
	whole, frac, ok := strings.Cut(strings.TrimLeft(c, "+-"), ".")
	// (Twelve decimals, or the 15 digits and more of a float64 written
	// whole: "1296359.9999999984".)
	if !ok || whole == "" || len(frac) < 12 && (len(frac) < 5 || len(whole)+len(frac) < 15) || strings.Trim(whole+frac, "0123456789") != "" {
		return false
	}
	return strings.Trim(frac[:5], "9") == "" || strings.Trim(frac[:5], "0") == ""
}

// floatCounts returns the columns whose cells are whole numbers or
// counts written as floats, some of them such (see nearWhole): counts
// rounded by whoever wrote the file, which no count reads.
func floatCounts(m []marked) []int {
	var cols []int
	for i, k := range m {
		if !k.text && k.marks == 0 && k.floats > 0 {
			cols = append(cols, i)
		}
	}
	return cols
}

// commaGroups returns how many commas c has when it is a whole number
// written with commas between groups of thousands ("10,701",
// "1,234,567"), or 0.
func commaGroups(c string) int {
	parts := strings.Split(strings.TrimPrefix(c, "-"), ",")
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 || parts[0][0] == '0' {
		return 0 // ("0,125" is a decimal)
	}
	threes, lakhs := true, len(parts[0]) <= 2 // (lakhs: "4,52,644", as India's tables group them)
	for k, p := range parts {
		if strings.Trim(p, "0123456789") != "" {
			return 0
		}
		threes = threes && (k == 0 || len(p) == 3)
		lakhs = lakhs && (k == 0 || len(p) == 2 || k == len(parts)-1 && len(p) == 3)
	}
	if !threes && !lakhs {
		return 0
	}
	return len(parts) - 1
}

// groupedBy says whether c reads as a number whose commas group its
// digits by threes ("452,644"), and whether as one grouped as India's
// tables group them, by lakh and crore ("4,52,644"): "1,000" reads both
// ways.
func groupedBy(c string) (threes, lakhs bool) {
	return readsBy([]byte(c), ','), readsBy([]byte(c), sepIndian)
}

// groupedCounts returns the columns whose cells are whole numbers, some
// written with commas between groups of thousands (see commaGroups),
// under a header that names a count (votes, voters), with two commas in
// a cell, or with others under a thousand written bare ("21,220" and
// "495": marked.small): counts that a count refuses, a comma being a
// decimal one elsewhere.
func groupedCounts(m []marked, header []string) []int {
	var cols []int
	for i, k := range m {
		h := strings.ToLower(trimHeader(cellAt(header, i)))
		if !k.text && k.marks == 0 && k.floats == 0 && k.grouped > 0 && (k.manyGroups || k.small || namedVotes(h) || anyWords(h, countedW)) {
			cols = append(cols, i)
		}
	}
	return cols
}

func isInt(c string) bool {
	_, err := parseInt([]byte(c))
	return err == nil
}

// note says why column i (its header h) is no column of figures, when
// its cells are numbers but for marks: a count refuses a cell that is no
// number.
func (k marked) note(i int, h string) string {
	if k.text || k.numbers == 0 || k.marks == 0 {
		return ""
	}
	return fmt.Sprintf("column %d %q holds whole numbers but for %d cells that are no number (the first %q, at line %d: a figure suppressed or not given?), so the draft maps no figure from it; a count refuses such a cell: make each an empty cell (a figure not given) or a number in the file, and draft again", i+1, h, k.marks, k.mark, k.line)
}

// townW name, by whole words, a column of the towns within a precinct's
// column of a long file (a district's): a part of its key.
var townW = []string{"town", "township", "city", "municipality"}

// pollW name, by whole words, a column of the polls within an electoral
// district of a long file: Canada's and its provinces' poll-by-poll
// results ("POLL", "Poll Number"), "001" numbered anew in each district.
var pollW = []string{"poll", "polls"}

// longKey returns the columns that, with the precinct's, name each
// precinct of a long file whose rows of a choice repeat under the
// precinct's column alone: codes of the areas within it (Taiwan's CEC
// gives a district, areaCode, then a village, liCode, and a station,
// deptCode), the columns named as codes and given on every row that
// make the precinct and the choice name each row once, less those the
// rows are told apart without (but for those between the precinct's
// column and the choice's, the areas within it); or nil.
//
// also, when not -1, is a column that names the choice with the choice's
// (a party's beside a candidate's name: draftJoinChoices).
func longKey(header []string, rows [][]string, used []bool, nonEmpty []int, norm func(int) string, precinct, region, machine, choice, votes, also int) []int {
	var more []int
	for i := range header {
		// (Not a code of the choice itself, the party's number beside
		// its code: Ecuador's NUM_PARTIDO and COD_PARTIDO.)
		// (Or the names of towns: New Hampshire's House districts by
		// town, "district" then "town".)
		if !used[i] && i != precinct && i != region && i != machine && i != choice && i != votes && i != also && nonEmpty[i] == len(rows) && (numbersAreas(norm(i)) || areaWithin(norm(i)) || anyWords(norm(i), pollW)) &&
			!(distinct(rows, i) == distinct(rows, choice) && distinct(rows, i, choice) == distinct(rows, i)) {
			more = append(more, i)
		}
	}
	key := func(cols []int) []int {
		return append(append([]int{precinct}, cols...), region, machine, choice, also)
	}
	if len(more) == 0 || repeats(rows, key(more)...) {
		return nil
	}
	for k := 0; k < len(more); {
		// (A code between the precinct's and the choice's names an area
		// within it, needed in the whole file if not in these rows.)
		if precinct < more[k] && more[k] < choice {
			k++
			continue
		}
		if less := slices.Delete(slices.Clone(more), k, k+1); !repeats(rows, key(less)...) {
			more = less
		} else {
			k++
		}
	}
	return more
}

// marks says whether a column's cells (values) mark rows rather than
// name anything: none has a letter or a digit but "NA" ("*" beside "NA",
// Taiwan's candVictor).
func marks(values map[string]int) bool {
	for v := range values {
		if strings.EqualFold(v, "NA") || strings.EqualFold(v, "N/A") {
			continue
		}
		if strings.ContainsFunc(v, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return false
		}
	}
	return len(values) > 0
}

// notGivenText says whether a cell says a figure is not given, as R and
// pandas write it ("NA", "NaN") and spreadsheets ("#N/A", "N/A").
func notGivenText(v string) bool {
	for _, t := range []string{"NA", "N/A", "NaN", "#N/A"} {
		if strings.EqualFold(v, t) {
			return true
		}
	}
	return false
}

// notGivenColumns returns the columns of whole numbers but for cells
// that say a figure is not given (notGivenText) and nothing else; not a
// column headed as codes or numbers of areas (a precinct's number is
// text to a count, "NA" in it a name).
func notGivenColumns(m []marked, values []map[string]int, header []string) []int {
	return figuresBut(m, values, header, notGivenText)
}

// figuresBut returns the columns of whole numbers but for cells that
// other says are something else (a figure not given, a dash), and
// nothing else; not a column headed as codes or numbers of areas.
func figuresBut(m []marked, values []map[string]int, header []string, other func(string) bool) []int {
	var cols []int
	for i, k := range m {
		if k.text || k.numbers == 0 || k.marks == 0 || k.floats > 0 || k.grouped > 0 || i >= len(values) ||
			numbersAreas(strings.ToLower(trimHeader(cellAt(header, i)))) {
			continue
		}
		only := true
		for v := range values[i] {
			if !other(v) && !isInt(v) {
				only = false
				break
			}
		}
		if only {
			cols = append(cols, i)
		}
	}
	return cols
}

// rowsNotGiven returns cols when the cells of theirs that say a figure is
// not given are those of whole rows: on each such row, two cells or more
// say it, of cols or of other columns (a polling station or constituency
// not yet in, every figure "NA"; Delhi's row of no candidate, its votes
// and its share "NA"); else nil. One cell's "#N/A" alone on its row is a
// spreadsheet's failed look-up in a column that may be no figure at all
// (a locality's code), not figures not given.
func rowsNotGiven(rows [][]string, cols []int) []int {
	if len(cols) == 0 {
		return nil
	}
	for _, rec := range rows {
		n, all := 0, 0
		for c, v := range rec {
			if notGivenText(strings.TrimSpace(v)) {
				all++
				if slices.Contains(cols, c) {
					n++
				}
			}
		}
		if n == 1 && all == 1 {
			return nil
		}
	}
	return cols
}

// choicesInAreas returns which of columns i and j names the areas of a
// long file whose other column names the choices, or -1: the area's
// column holds each of its values in one run of rows (two values or
// more), and most values of the other column are found in more than half
// of the areas (Kosovo's parties, each given in every municipality;
// Iceland's of 2017, but Dögun, which stood in one constituency). An
// area's name and the names of the areas within it (a region and its
// districts) are not so: each district lies in one region. A column of
// numbers (and their total) beside one of names is the areas', in runs or
// not (South Dakota's precincts 1, 3, 5 and TOTAL, the rows in runs of
// each candidate).
func choicesInAreas(rows [][]string, i, j int) int {
	pairs := [][2]int{{i, j}, {j, i}}
	if numberedAreas(rows, j) && !numberedAreas(rows, i) {
		pairs[0], pairs[1] = pairs[1], pairs[0]
	}
	for _, p := range pairs {
		area, choice := p[0], p[1]
		if !inRuns(rows, area) && !(numberedAreas(rows, area) && !numberedAreas(rows, choice)) {
			continue
		}
		if mostlyEverywhere(rows, area, choice) {
			return area
		}
	}
	return -1
}

// mostlyEverywhere says whether most values of column choice (more than
// half) are each found in more than half of the areas column area names,
// two areas and two values or more: a long file's choices, of which one
// may stand in a single area (Iceland's Dögun in one constituency).
func mostlyEverywhere(rows [][]string, area, choice int) bool {
	in, areas := choiceAreas(rows, area, choice)
	if len(areas) < 2 || len(in) < 2 {
		return false
	}
	widespread := 0
	for _, as := range in {
		if len(as)*2 > len(areas) {
			widespread++
		}
	}
	return widespread*2 > len(in)
}

// choiceAreas gives each value of column choice the set of values of
// column area on its rows, and the set of those values.
func choiceAreas(rows [][]string, area, choice int) (in map[string]map[string]bool, areas map[string]bool) {
	in, areas = map[string]map[string]bool{}, map[string]bool{}
	for _, rec := range rows {
		a, c := cellAt(rec, area), cellAt(rec, choice)
		areas[a] = true
		if in[c] == nil {
			in[c] = map[string]bool{}
		}
		in[c][a] = true
	}
	return in, areas
}

// everywhere says whether each value of column choice is found in more
// than half of the areas column area names, two areas and two values or
// more: a choice on the ballot of every area.
func everywhere(rows [][]string, area, choice int) bool {
	in, areas := choiceAreas(rows, area, choice)
	if len(areas) < 2 || len(in) < 2 {
		return false
	}
	for _, as := range in {
		if len(as)*2 <= len(areas) {
			return false
		}
	}
	return true
}

// inRuns says whether column c holds each of its values in one run of
// rows, two values or more, and fewer than the rows.
func inRuns(rows [][]string, c int) bool {
	seen := map[string]bool{}
	prev := ""
	for k, rec := range rows {
		v := cellAt(rec, c)
		if k > 0 && v == prev {
			continue
		}
		if seen[v] {
			return false
		}
		seen[v], prev = true, v
	}
	return len(seen) >= 2 && len(seen) < len(rows)
}

// colours says whether every cell of column c is a colour's code
// ("#e31a1c", "#fff"): a chart's, which names no area and no choice.
func colours(rows [][]string, c int) bool {
	for _, rec := range rows {
		v := cellAt(rec, c)
		hex, ok := strings.CutPrefix(v, "#")
		if !ok || len(hex) != 3 && len(hex) != 6 && len(hex) != 8 || strings.Trim(strings.ToLower(hex), "0123456789abcdef") != "" {
			return false
		}
	}
	return len(rows) > 0
}

// areaHeader says whether a header (lower case) names an area: a
// precinct, a district or constituency ("const", as research files
// shorten it), or a region.
func areaHeader(h string) bool {
	return has(h, precinctH) || has(h, okrugH) || has(h, regionH) || anyWords(h, precinctW) || anyWords(h, okrugW) || anyWords(h, []string{"const"}) || anyWords(h, areaPluralW())
}

// numberedAreas says whether column c of rows holds small whole numbers
// on most rows, a total's word on the others: numbers of areas with their
// sum.
func numberedAreas(rows [][]string, c int) bool {
	n := 0
	for _, rec := range rows {
		v := cellAt(rec, c)
		switch {
		case isNumber(v):
			n++
		case !totalCell(v):
			return false
		}
	}
	return n*2 > len(rows)
}

// figuresOrNA says whether every cell of column c is a number (whole or
// decimal) or a missing value's text ("NA"), one of each at least: the
// figures of a column with gaps (Tanzania's shares, "NA" where a
// candidate stood unopposed), no names. A column of numbers with no
// such gap is not one: Israel's ballot boxes, "2.1" (box 2, its first
// split), are numbers that name rows.
func figuresOrNA(rows [][]string, c int) bool {
	n, gaps := 0, 0
	for _, rec := range rows {
		v := cellAt(rec, c)
		if notGivenText(v) {
			gaps++
			continue
		}
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return false
		}
		n++
	}
	return n > 0 && gaps > 0
}
