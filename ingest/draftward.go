package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// finerArea returns, of the columns named like a precinct (named), the
// one that names the finest areas, starting from the column chosen (p):
// a ward holds precincts (Washington DC's ward 2 and its precincts 2 and
// 3), so of two such columns the one whose every value lies in one value
// of the other is the precinct, and of two that part the rows alike (a
// ward of one precinct) the one not headed "ward". Either way the other
// column names a larger area, never a choice of a long file.
func finerArea(rows [][]string, named []int, p int, norm func(int) string) int {
	if p < 0 || len(rows) < 2 {
		return p
	}
	ward := func(i int) bool { return anyWords(norm(i), []string{"ward", "wards"}) }
	for _, j := range named {
		if j == p || distinct(rows, j) < 2 || !constantWithin(rows, []int{j}, p) {
			continue
		}
		if distinct(rows, j) > distinct(rows, p) || ward(p) && !ward(j) {
			p = j
		}
	}
	return p
}

// titleGuess says why the draft skips the skip lines above the header
// (line header), quoting the rows above it (above): a title the user
// confirms, never a line dropped unsaid.
func titleGuess(skip int, above [][]string, header int) string {
	var texts, raw []string
	for _, rec := range above {
		if t := strings.TrimSpace(strings.Join(rec, " ")); t != "" {
			texts, raw = append(texts, strconv.Quote(t)), append(raw, t)
		}
	}
	lines := fmt.Sprintf("lines 1-%d", skip)
	if skip == 1 {
		lines = "line 1"
	}
	said := "blank"
	if len(texts) > 0 {
		said = "a title, no names of columns: " + strings.Join(texts, ", ")
	}
	// (A number alone, Mexico's INE's "6307", counts the rows below.)
	if len(raw) == 1 && isDigits(raw[0]) {
		said = "a number alone, the count of the rows below maybe, no names of columns: " + texts[0]
	}
	// (What the skipped lines hold is said beside them, not beside the
	// header's line: "line 1 (a title ...: "6307") skipped".)
	return fmt.Sprintf("skip_rows: %d: %s (%s) skipped above the header, line %d; if a skipped line is a row of data, lower skip_rows", skip, lines, said, header)
}

// draftBlankIntoInvalid maps the form's invalid ballots to the sum of the
// invalid column and a column of blank ballots beside it (Greece's
// "invalid votes" and "blank votes"), when some row gives more blank
// ballots than invalid ones: the invalid column then leaves the blank
// ballots out, and alone it would leave them out of the voters who took
// part and of the turnout too. (Greek law counts blank ballots with the
// invalid ones; France's "Blancs" and "Nuls" are draftInvalidSum's.)
func draftBlankIntoInvalid(m *Mapping, header []string, rows [][]string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	inv, ok := m.Lines[election.Invalid]
	if !ok || len(inv.Columns) > 0 {
		return
	}
	in := slices.IndexFunc(header, func(h string) bool { return trimHeader(h) == inv.Header })
	// (An invalid column named so: Tunisia's "kCancelledVotes" beside
	// "lBlankVotes" is left as the sheet gives it.)
	if in < 0 || !anyWords(norm(in), []string{"invalid", "άκυρα", "ακυρα", "άκυρα ψηφοδέλτια"}) {
		return
	}
	blank := -1
	for i := range header {
		if !used[i] && numeric[i] && anyWords(norm(i), blankVoteWords) && !anyWords(norm(i), nullVoteWords) && !spanishBlank(norm(i)) {
			blank = i
			break
		}
	}
	if blank < 0 {
		return
	}
	more := slices.IndexFunc(rows, func(rec []string) bool {
		b, errB := parseInt([]byte(strings.TrimSpace(cellAt(rec, blank))))
		v, errV := parseInt([]byte(strings.TrimSpace(cellAt(rec, in))))
		return errB == nil && errV == nil && b > v
	})
	// Blank ballots are few beside the valid votes (or the choices'
	// votes mapped so far): a column of more than a tenth of them is
	// something else (South Korea's "blank", the voters who did not
	// vote).
	var blanks, votes int64
	for _, rec := range rows {
		if blanks > 1<<60 || votes > 1<<60 {
			break // (far past any count: no overflow)
		}
		if b, err := parseInt([]byte(strings.TrimSpace(cellAt(rec, blank)))); err == nil && b >= 0 {
			blanks += b
		}
		base := m.Votes
		if c, ok := m.Lines[election.Valid]; ok {
			base = map[string]Column{"": c}
		}
		for _, c := range base {
			if i := columnOf(header, c.Header); i >= 0 {
				if v, err := parseInt([]byte(strings.TrimSpace(cellAt(rec, i)))); err == nil && v >= 0 {
					votes += v
				}
			}
		}
	}
	if more < 0 || blanks > votes/10 {
		return
	}
	used[blank] = true
	alone := fmt.Sprintf("lines.%s: column %d %q", election.Invalid, in+1, trimHeader(header[in]))
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return g == alone })
	cols := []int{min(in, blank), max(in, blank)}
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: trimHeader(header[cols[0]])}, {Header: trimHeader(header[cols[1]])}}}
	guess("lines.invalid: the sum of columns %d %q and %d %q: a row gives more blank ballots than invalid ones (%s and %s, the first), so the invalid column leaves the blank ballots out; they are ballots cast, not valid (Greek law counts them with the invalid ones), and left out they would be missing from the voters who took part and the turnout; where blank votes are valid (Spain's), map invalid to column %q alone and the blank votes under votes",
		cols[0]+1, trimHeader(header[cols[0]]), cols[1]+1, trimHeader(header[cols[1]]), strings.TrimSpace(cellAt(rows[more], blank)), strings.TrimSpace(cellAt(rows[more], in)), trimHeader(header[in]))
}
