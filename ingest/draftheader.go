package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// Header rows the draft cannot name columns by: a header row whose cells
// repeat (the lower row of a header of several rows, as the German
// Bundeswahlleiter's kerg.csv writes "Endgültig;Vorperiode" under each
// party) and a first row of numbers alone (a file without a header row, as
// Bulgaria's CIK published its protocols). A mapping names a column by the
// header row's text or by its number, so the draft says what it cannot
// name instead of writing a mapping that does not read back.

// repeatedHeaders returns the 0-based columns of each header that more
// than one column of header carries, keyed by the header (trimmed); empty
// headers are left out.
func repeatedHeaders(header []string) map[string][]int {
	cols := map[string][]int{}
	for i, h := range header {
		if h = trimHeader(h); h != "" {
			cols[h] = append(cols[h], i)
		}
	}
	for h, c := range cols {
		if len(c) < 2 {
			delete(cols, h)
		}
	}
	return cols
}

// columnList writes 0-based columns as 1-based numbers: "4, 6 and 8", the
// first five and how many more.
func columnList(cols []int) string {
	var b strings.Builder
	for k, c := range cols {
		if k == 5 {
			fmt.Fprintf(&b, " and %d more", len(cols)-5)
			break
		}
		switch {
		case k == 0:
		case k == len(cols)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(c + 1))
	}
	return b.String()
}

// textRowsAbove says how many of the rows above the header row hold a
// cell: more rows of a header of several rows, or a title.
func textRowsAbove(rows [][]string) int {
	n := 0
	for _, rec := range rows {
		for _, c := range rec {
			if strings.TrimSpace(c) != "" {
				n++
				break
			}
		}
	}
	return n
}

// numbersOnly says whether every non-empty cell of rec is a whole number
// (and one is): a row of figures, not of column names.
func numbersOnly(rec []string) bool {
	n := 0
	for _, c := range rec {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if _, err := parseInt([]byte(c)); err != nil {
			return false
		}
		n++
	}
	return n > 0
}

// repeatedSentence says that the header row (row, 1-based) names the
// columns cols alike (h), and how to name one instead; above is how many
// rows above the header row hold text.
func repeatedSentence(h string, cols []int, row, above int) string {
	s := fmt.Sprintf("the header row (row %d) names columns %s alike (%s), and a mapping names a column by its header: name one by its number ({\"column\": %d})",
		row, columnList(cols), echo.Quote(h), cols[0]+1)
	if above > 0 {
		s += fmt.Sprintf("; the %d rows above it hold text too: a header of several rows?", above)
	}
	return s
}

// firstRepeated returns the first header of header (in column order) that
// dups holds, and its columns.
func firstRepeated(header []string, dups map[string][]int) (string, []int) {
	for _, h := range header {
		if cols := dups[trimHeader(h)]; len(cols) > 0 {
			return trimHeader(h), cols
		}
	}
	return "", nil
}

// headerSpan returns the first and the last row of the header whose top
// row the draft found at first[skip] (the first row of text in most
// cells). Rows below it are the header's too while they hold text where
// the rows after them hold numbers ("Votes" under a party's name, merged
// across "Votes" and "Share"); rows above it while they hold text in two
// cells or more (a title holds one) and the header they make together
// repeats fewer names (under each party, "Endgültig" and "Vorperiode"
// repeat). A header of one row is first[skip] alone.
func headerSpan(first [][]string, skip int) (top, bottom int) {
	bottom = skip
	for bottom+2 < len(first) && (textOverNumbers(first[bottom+1], first[bottom+2:]) || yearsOverRows(first[bottom+1], first[bottom+2:])) {
		bottom++
	}
	// (A name wrapped onto the row under the header, "Ousmane" over
	// "SONKO", is the header's too.)
	if bottom == skip && bottom+2 < len(first) && wrappedNames(first[bottom], first[bottom+1], first[bottom+2:]) {
		bottom++
	}
	// (A row of the columns' own numbers under the names, Form 20's
	// "1,2,...,11", is the header's last row, not a precinct's.)
	if bottom+2 < len(first) && columnNumbers(first[bottom+1]) {
		bottom++
	}
	top = bottom
	for top > 0 && textCells(first[top-1]) >= 2 && !numbersOnly(first[top-1]) {
		top--
	}
	if top == bottom || bottom == skip && len(repeatedHeaders(joinHeader(first[top:bottom+1]))) >= len(repeatedHeaders(first[bottom])) {
		if bottom > skip {
			return skip, bottom
		}
		return skip, skip
	}
	return top, bottom
}

// wrappedNames says whether rec, the row under the header row, holds the
// rest of names wrapped onto a second row: its first cell empty (no row's
// name, as a heading between blocks of rows has there), text in fewer
// than half the cells the header fills, each under a cell of the header
// and over a column of whole numbers in rows (Senegal's results by
// département: "Ousmane " over "SONKO", a candidate's name, over his
// votes). A row of text over text, or over empty cells, is none.
func wrappedNames(header, rec []string, rows [][]string) bool {
	if cellAt(rec, 0) != "" || textCells(rec) == 0 || textCells(rec)*2 >= textCells(header) {
		return false
	}
	for c, v := range rec {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		if _, err := parseInt([]byte(v)); err == nil || decimalCell(v) || cellAt(header, c) == "" {
			return false
		}
		for _, r := range rows {
			if _, err := parseInt([]byte(cellAt(r, c))); err != nil {
				return false
			}
		}
	}
	return true
}

// textOverNumbers says whether rec holds no whole number and, in two
// cells or more, text over a column whose cells in rows are whole numbers
// (one at least).
func textOverNumbers(rec []string, rows [][]string) bool {
	if numbersOnly(rec) || textCells(rec) < 2 {
		return false
	}
	n := 0
	for c, v := range rec {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		// (A row of numbers is never a header: "1296359.9999999984",
		// a float's, is a figure too.)
		if _, err := parseInt([]byte(v)); err == nil || decimalCell(v) {
			return false
		}
		numbers := 0
		for _, r := range rows {
			cell := cellAt(r, c)
			if cell == "" {
				continue
			}
			if _, err := parseInt([]byte(cell)); err != nil {
				numbers = -1
				break
			}
			numbers++
		}
		if numbers > 0 {
			n++
		}
	}
	return n >= 2
}

// yearsOverRows says whether rec is a header row of years (the
// election's, or this one's and the last one's, under each party) over
// rows: two cells or more, each a year, the same years again and again,
// and its first cell empty where a row of rows names its area there. A data row whose first cell is empty
// and whose every figure reads as a year does not come in real files.
func yearsOverRows(rec []string, rows [][]string) bool {
	if cellAt(rec, 0) != "" || !slices.ContainsFunc(rows, func(r []string) bool { return cellAt(r, 0) != "" }) {
		return false
	}
	n, years := 0, map[string]bool{}
	for _, c := range rec {
		if c = strings.TrimSpace(c); c != "" {
			if _, ok := year(c); !ok {
				return false
			}
			n++
			years[c] = true
		}
	}
	// The same years over column after column: a row of figures that all
	// read as years differ from cell to cell.
	return n >= 2 && len(years)*2 <= n
}

// year reads a part of a header as a year of an election: four digits,
// 1900 to 2099.
func year(p string) (int, bool) {
	y, err := strconv.Atoi(p)
	return y, err == nil && len(p) == 4 && y >= 1900 && y < 2100
}

// textCells counts the cells of rec that hold text.
func textCells(rec []string) int {
	n := 0
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// Words of a part of a joined header (lower case) that tell like columns
// apart: the previous election's figure, printed beside this one's; and,
// where a voter has two votes, the vote for a constituency's candidate
// beside the vote for a party list. A draft maps one ballot: the list's.
var (
	previousPart = []string{"vorperiode", "previous", "предыдущ", "попередн"}
	okrugPart    = []string{"erststimme", "first vote", "constituency vote", "мажоритар", "одномандат"}
	listPart     = []string{"zweitstimme", "second vote", "list vote", "party vote", "пропорцион"}
)

// headerParts splits a joined header into its parts.
func headerParts(h string) []string { return strings.Split(trimHeader(h), headerSep) }

// variantColumns leaves out (sets used) the columns of a header of
// several rows that a part below the top names as the previous
// election's, or as the constituency vote where other columns give the
// list vote, and says which parts the columns kept have instead; "" when
// none is left out.
func variantColumns(header []string, used []bool) string {
	lists := false
	for _, h := range header {
		for _, p := range headerParts(h)[1:] {
			lists = lists || has(strings.ToLower(p), listPart)
		}
	}
	// Under a party, the years of two elections: the latest is this one.
	latest := map[int]int{}
	for _, h := range header {
		for k, p := range headerParts(h) {
			if y, ok := year(p); ok && k > 0 {
				latest[k] = max(latest[k], y)
			}
		}
	}
	var previous, okrug, kept []string
	levels := map[int]bool{}
	for i, h := range header {
		if used[i] {
			continue
		}
		for k, p := range headerParts(h) {
			lp := strings.ToLower(p)
			y, isYear := year(p)
			switch {
			case k == 0:
				continue
			case has(lp, previousPart), isYear && y < latest[k]:
				previous = appendNew(previous, p)
			case lists && has(lp, okrugPart):
				okrug = appendNew(okrug, p)
			default:
				continue
			}
			used[i], levels[k] = true, true
		}
	}
	if len(previous)+len(okrug) == 0 {
		return ""
	}
	depth := 0
	for _, h := range header {
		depth = max(depth, len(headerParts(h)))
	}
	for i, h := range header {
		parts := headerParts(h)
		if len(parts) < depth {
			continue // "gehört" over "zu": a name, not a figure's kind
		}
		for k, p := range parts {
			if !used[i] && levels[k] {
				kept = appendNew(kept, p)
			}
		}
	}
	s := fmt.Sprintf("of the columns that parts of the header tell apart, the draft maps those of %s", quoteAnd(kept))
	if len(okrug) > 0 {
		s += ", " + okrugVoteNote(quoteAnd(okrug))
	}
	if len(previous) > 0 {
		if len(okrug) > 0 {
			s += ";"
		} else {
			s += ","
		}
		s += fmt.Sprintf(" not those of %s: the previous election's figures", quoteAnd(previous))
	}
	return s
}

// okrugVoteNote says that the columns what names are left out of a draft
// of the list vote: the constituency vote, which a second mapping counts
// (kerg.csv's "Erststimmen", votemanager's C, D and D1, D2, ... of a
// Bundestagswahl).
func okrugVoteNote(what string) string {
	return "not those of " + what + ": the constituency vote, another ballot, which a second mapping of those columns with \"ballot\": \"okrug\" counts"
}

// appendNew appends s to list unless list holds it.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// quoteAnd writes texts quoted, joined by ", " and " and ".
func quoteAnd(texts []string) string {
	var b strings.Builder
	for k, t := range texts {
		switch {
		case k == 0:
		case k == len(texts)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(t))
	}
	return b.String()
}

// commonParts returns the parts (by level) that the joined headers of the
// columns cols all have: "Zweitstimmen" and "Endgültig" under every party.
func commonParts(header []string, cols []int) map[int]string {
	common := map[int]string{}
	for n, i := range cols {
		parts := headerParts(header[i])
		if n == 0 {
			for k, p := range parts[1:] {
				common[k+1] = p
			}
			continue
		}
		for k, p := range common {
			if k >= len(parts) || parts[k] != p {
				delete(common, k)
			}
		}
	}
	return common
}

// shortHeader is a joined header without the parts common says every
// column of its kind has: a choice's ID is made of the rest.
func shortHeader(h string, common map[int]string) string {
	var keep []string
	for k, p := range headerParts(h) {
		if k == 0 || common[k] != p {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, headerSep)
}

// headerLines name a protocol line by a column's whole header (lower
// case, the parts of a header of several rows shared by every column of
// figures left out), where a word alone would name other columns too
// ("Wähler", or "Wählende" as 2025 words it, those who voted, and the
// party "FREIE WÄHLER"; France's
// "Votants" and Spain's "Votantes", whose ballots are the box's: blank,
// null and valid ones).
var headerLines = []lineRule{
	{election.FoundStationary, []string{"wähler"}},
	{election.FoundStationary, []string{"waehler"}},
	{election.FoundStationary, []string{"wählende"}},
	{election.FoundStationary, []string{"waehlende"}},
	{election.FoundStationary, []string{"votants"}},
	{election.FoundStationary, []string{"votantes"}},
	{election.Voters, []string{"listed voters"}}, // Albania's "ListedVoters"
	// Spain's mesas (the Comunidad de Madrid's): "Censo Total", the
	// register with the voters added by certificate; "Votos Totales",
	// the ballots cast. Sri Lanka's Election Commission: "electors" on
	// the register, the ballots "polled". Malawi's "reg", the
	// registered voters. (Whole headers: "Presidential Electors" is a
	// contest.)
	{election.Voters, []string{"censo total"}},
	{election.FoundStationary, []string{"votos totales"}},
	{election.Voters, []string{"electors"}},
	{election.FoundStationary, []string{"polled"}},
	{election.Voters, []string{"reg"}},
	// Switzerland's votes (OneGov's, canton Zug): those entitled to
	// vote, and the ballots put in the box.
	{election.Voters, []string{"stimmberechtigte"}},
	{election.FoundStationary, []string{"eingelegte stimmzettel"}},
	// Vienna's results by Sprengel abbreviate the BMI's words:
	// "WBER" (Wahlberechtigte), "ABG." (abgegebene: the ballots cast,
	// invalid and valid), "UNG." (ungültige).
	{election.Voters, []string{"wber"}},
	{election.FoundStationary, []string{"abg."}},
	{election.FoundStationary, []string{"abg"}},
	{election.Invalid, []string{"ung."}},
	{election.Invalid, []string{"ung"}},
	// Mexico's research files (lisnom: the lista nominal; nul: the null
	// votes); Argentina's DINE by mesa ("mesElectores", the voters on
	// the register, its every column named after "mes", the mesa).
	{election.Voters, []string{"lisnom"}},
	{election.Invalid, []string{"nul"}},
	{election.Voters, []string{"electores"}},
	// Australia: those enrolled, the formal (valid) and informal
	// (invalid) votes. Salzburg's "ELEC", the electorate.
	{election.Voters, []string{"enrolment"}},
	{election.Voters, []string{"enrollment"}},
	{election.Voters, []string{"enrolled"}},
	{election.Valid, []string{"formal votes"}},
	{election.Invalid, []string{"informal votes"}},
	{election.Voters, []string{"elec"}},
}

// headerLineNote says why a line of headerLines is that line.
var headerLineNote = map[election.Line]string{
	election.FoundStationary: "those who voted, whose ballots were found: the form's found_stationary, with found_mobile not given",
	election.Voters:          "those on the list of voters",
	election.Invalid:         "the invalid ballots",
	election.Valid:           "the valid votes, of all choices",
}

// cellAt returns the trimmed cell c of rec, "" past its end.
func cellAt(rec []string, c int) string {
	if c < len(rec) {
		return strings.TrimSpace(rec[c])
	}
	return ""
}

// personLines are the lines that count people, not a ballot's papers:
// the electorate, and those who voted. Where a voter has two votes, the
// file may give them under one vote alone (kerg.csv of 2013 gives
// "Wahlberechtigte" and "Wähler" under "Erststimmen", and leaves their
// "Zweitstimmen" cells empty), and that column holds the other vote's
// figure too. A line of papers (invalid, valid) is the ballot's own.
var personLines = []election.Line{election.Voters, election.FoundStationary}

// emptyLines maps a line of personLines whose column's cells are all
// empty to a like column with figures instead: one whose header's top
// part is the same and none of whose parts names the previous election.
// Without one, the line is not mapped, and the draft says why: an empty
// cell is a figure not given, which a column of them never gives.
func emptyLines(m *Mapping, header []string, numeric []bool, nonEmpty []int, guess func(string, ...any)) {
	for _, l := range personLines {
		c, ok := m.Lines[l]
		if !ok || c.Header == "" {
			continue
		}
		i := slices.IndexFunc(header, func(h string) bool { return trimHeader(h) == c.Header })
		if i < 0 || nonEmpty[i] > 0 {
			continue
		}
		prefix := fmt.Sprintf("lines.%s: column %d ", l, i+1)
		m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, prefix) })
		delete(m.Lines, l)
		found := false
		top := headerParts(header[i])[0]
		for j, h := range header {
			parts := headerParts(h)
			if j == i || !numeric[j] || nonEmpty[j] == 0 || parts[0] != top || len(parts) < 2 ||
				slices.ContainsFunc(parts[1:], func(p string) bool { return has(strings.ToLower(p), previousPart) }) {
				continue
			}
			found = true
			m.Lines[l] = Column{Header: trimHeader(h)}
			guess("lines.%s: column %d %q, not column %d %q, whose cells are all empty: the file gives this figure under %q alone, a count of people the same for each vote",
				l, j+1, trimHeader(h), i+1, c.Header, strings.Join(parts[1:], headerSep))
			break
		}
		if !found {
			guess("column %d %q is not mapped: it reads as line %s, but each of its cells is empty", i+1, c.Header, l)
		}
	}
}

// parentTotals reads column parent as the number (in column own) of the
// row of the area each row belongs to ("gehört zu": a constituency's
// Land, a Land's federation) and returns the parent cells of the rows
// that are totals: a parent cell each of whose rows is named, by its own
// number, as the area of other rows (the Länder under 99, each named by
// its Wahlkreise), none naming itself. Numbers of two levels may be alike
// (Land 1 and Wahlkreis 1, which belongs to Land 1: it names itself, so
// the Wahlkreise under 1 are no totals), and a cut file may lack a Land's
// row (its Wahlkreise's numbers are named by none). It returns nil when
// no parent cell is of totals, or the totals are as many rows as the
// others (a total sums several rows).
func parentTotals(rows [][]string, own, parent int) []string {
	named := map[string]bool{} // a number some row names its area
	for _, rec := range rows {
		named[cellAt(rec, parent)] = true
	}
	var cells []string
	totals := map[string]bool{}
	for _, rec := range rows {
		p, n := cellAt(rec, parent), cellAt(rec, own)
		if _, seen := totals[p]; !seen {
			cells = append(cells, p)
			totals[p] = true
		}
		if !named[n] || n == p {
			totals[p] = false
		}
	}
	var out []string
	for _, p := range cells {
		if totals[p] {
			out = append(out, p)
		}
	}
	n := 0
	for _, rec := range rows {
		if slices.Contains(out, cellAt(rec, parent)) {
			n++
		}
	}
	if n*2 >= len(rows) {
		return nil
	}
	return out
}

// columnNumbers says whether rec is a row of the columns' own numbers, as
// a form prints them under its header: whole numbers 1, 2, 3, ... from
// left to right, three at least, each its column's number or off by the
// same one or two (an empty first column the CSV added, or a column the
// form does not number), every other cell empty.
func columnNumbers(rec []string) bool {
	n, offset := 0, 0
	for j, c := range rec {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		v, err := parseInt([]byte(c))
		if err != nil {
			return false
		}
		if n == 0 {
			offset = j + 1 - int(v)
			if v != 1 || offset < -2 || offset > 2 {
				return false
			}
		} else if int(v) != n+1 || j+1-int(v) != offset {
			return false
		}
		n++
	}
	return n >= 3
}
