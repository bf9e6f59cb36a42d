package ingest

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// lineWordNote says, after a line a rule of lineWords maps (keyed by the
// rule's first word), why the column is that line where its words alone
// do not say it.
var lineWordNote = map[string]string{"glasal": votedNote, "glasoval": votedNote, "гласал": votedNote,
	"broj birača": registerNote, "broj biraca": registerNote, "број бирача": registerNote,
	"po listić": foundNote, "po listic": foundNote, "по листић": foundNote,
	"broj listića": ballotsNote, "broj listica": ballotsNote, "број листића": ballotsNote}

// registerNote and ballotsNote say why Bosnia's "Broj birača" (the
// number of voters) and "Broj listića" (the number of ballots) are these
// lines.
const (
	registerNote = " (the number of voters: those on the register, as a table of the turnout gives them beside the ballots cast)"
	ballotsNote  = " (the number of ballots: those cast, found in the ballot boxes; the built-in form's found_stationary, with found_mobile not given)"
)

// foundNote says why Croatia's "Glasovalo birača (po listićima)" is the
// ballots found.
const foundNote = " (those who voted, counted by the ballots: the ballots found in the box, invalid and valid; the built-in form's found_stationary, with found_mobile not given)"

// votedNote says why the Serbo-Croatian "voted" (Glasali) is the ballots
// issued in the room.
const votedNote = " (those who voted, marked on the voters' list as each was given a ballot: the ballots issued, taken for those issued in the room; the file gives no ballots issued outside it apart)"

// serboCroatianWords are words of the headers of Serbian, Croatian,
// Bosnian and Montenegrin files (a municipality, a name, a voter, valid),
// in Latin letters with the marks or without them and in Cyrillic.
var serboCroatianWords = []string{"opštin", "opstin", "општин", "općin", "opčin", "opcin", "naziv", "назив", "birač", "birac", "бирач", "važeć", "vazec", "важећ"}

// serboCroatian says whether a header of the file is worded in Serbian,
// Croatian, Bosnian or Montenegrin. In these languages an okrug is an
// administrative district (Serbia's 29 okruzi and the City of Belgrade),
// never a single-member electoral district.
func serboCroatian(header []string, norm func(int) string) bool {
	for i := range header {
		if has(norm(i), serboCroatianWords) {
			return true
		}
	}
	return false
}

// adminOkrug takes the columns named "okrug" in a Serbo-Croatian file
// (see serboCroatian) for what they are, the administrative district of
// each row: its name (the column of text, or else the first) is the
// region when no column is, the others are left out; none is an okrug.
// It returns the region.
func adminOkrug(m *Mapping, header []string, used, numeric []bool, values []map[string]int, region int, norm func(int) string, guess func(string, ...any)) int {
	var cols []int
	for i := range header {
		if !used[i] && has(norm(i), []string{"okrug", "округ"}) {
			cols = append(cols, i)
		}
	}
	if len(cols) == 0 {
		return region
	}
	name := cols[0]
	if k := slices.IndexFunc(cols, func(i int) bool { return !numeric[i] }); k >= 0 {
		name = cols[k]
	}
	const why = "in Serbian, Croatian, Bosnian and Montenegrin an okrug is an administrative district, not a single-member district"
	if region < 0 {
		region = name
		used[name] = true
		m.Region = &Column{Header: trimHeader(header[name])}
		guess("region: column %d %q (%d in the file): %s", name+1, trimHeader(header[name]), len(values[name]), why)
	}
	for _, i := range cols {
		if i == region {
			continue
		}
		used[i] = true
		guess("column %d %q is not mapped: it names or numbers the administrative district of each row (%s)", i+1, trimHeader(header[i]), why)
	}
	return region
}

// singleMemberWords name, in a district column's header (lower case), a
// district that elects one member: a constituency, a riding, a
// Wahlkreis, the single-mandate side of a mixed system (see mixedOkrug).
var singleMemberWords = []string{"constituen", "riding", "wahlkreis", "single member", "single-member", "одномандатн",
	// Canada's: French "circonscription", and the provinces' "electoral
	// division" (Alberta's)
	"circonscription", "electoral division"}

// okrugEvidence says why a district column (okrug) is a district that
// elects its own member, or "": its header says so (singleMemberWords,
// mixedOkrug), or the choices are each district's own, a choice's cells
// empty on every row of one district and given in another. A district
// where every choice has a figure on every row is where its precincts
// lie, as party lists are voted for everywhere (Sweden's valdistrikt,
// Georgia's districts): no evidence.
func okrugEvidence(header []string, rows [][]string, used, numeric []bool, okrug int, norm func(int) string) string {
	if h := norm(okrug); has(h, singleMemberWords) || mixedOkrug(h) {
		return "its header names a single-member district"
	}
	return ownChoices(header, rows, used, numeric, okrug)
}

// ownChoices says why the districts of column okrug each have their own
// choices, or "": a column of figures (not used) empty on every row of one
// district and given in another.
func ownChoices(header []string, rows [][]string, used, numeric []bool, okrug int) string {
	for i := range header {
		if used[i] || !numeric[i] || i == okrug {
			continue
		}
		given := map[string]bool{}
		for _, rec := range rows {
			d := cellAt(rec, okrug)
			given[d] = given[d] || cellAt(rec, i) != ""
		}
		some, none := "", ""
		for d, g := range given {
			if g {
				some = d
			} else {
				none = d
			}
		}
		if some != "" && none != "" {
			return fmt.Sprintf("column %d %q is empty on every row of a district and given in another: each district's own candidates", i+1, trimHeader(header[i]))
		}
	}
	return ""
}

// precinctArea returns the column, left of the precinct's, that tells
// its repeated numbers apart: the area they are numbered in (Serbia's
// municipality, whose polling stations are numbered from 1 in each), a
// code before a name, the widest (of the fewest values) first, the
// nearest of those; or -1. It is filled on every row, holds more than
// one value and fewer than the rows, and names each row once with the
// precinct (and the count column, machine). (The widest: Chile's mesas
// are numbered in each circunscripción, whose mesas each "LOCAL", a
// school nearer the mesa's column, holds some of; a school's name may
// stand in two circunscripciones.)
func precinctArea(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, precinct, machine int) int {
	for _, codes := range []bool{true, false} {
		best := -1
		for c := precinct - 1; c >= 0; c-- {
			if used[c] || numeric[c] != codes || nonEmpty[c] != len(rows) || len(values[c]) < 2 || len(values[c]) >= len(rows) {
				continue
			}
			if (best < 0 || len(values[c]) < len(values[best])) && !repeats(rows, c, precinct, machine) {
				best = c
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// tookPartWords name, by whole words, a column of those who took part
// in the vote, or of the ballots cast: the ballots found in the boxes,
// invalid and valid (as the CVK's "взяли участь", Georgia's
// "participated").
var tookPartWords = []string{"participated", "took part", "ballots cast", "взяли участь", "приняли участие", "принявших участие", "катышкан",
	// Moldova's line d), "numărul de alegători care au participat la
	// votare"
	"au participat",
	// Russian "Проголосовало" (those who voted); Kazakh "қатысқан",
	// Uzbek "ishtirok" ("иштирок", as Tajik), Azerbaijani "iştirak"
	"проголосовало", "қатысқан", "ishtirok", "иштирок", "iştirak", "istirak"}

// tookPartNote says what a line of those who took part is mapped as.
const tookPartNote = "those who took part, or the ballots cast: the ballots found, invalid and valid; the built-in form has no line of those who took part, and its ballots found are found_stationary, here with found_mobile not given"

// draftTookPart maps a column of those who took part (tookPartWords) to
// the ballots found, found_stationary, when the file gives neither kind
// of box apart; else it leaves it out and says why. It returns the
// column mapped and its guess's index, or -1.
func draftTookPart(m *Mapping, header []string, used, numeric []bool, nonEmpty []int, norm func(int) string, guess func(string, ...any)) (col, at int) {
	for i := range header {
		if used[i] || !numeric[i] || nonEmpty[i] == 0 || !anyWords(norm(i), tookPartWords) {
			continue
		}
		used[i] = true
		_, fs := m.Lines[election.FoundStationary]
		_, fm := m.Lines[election.FoundMobile]
		if fs || fm {
			guess("column %d %q is not mapped: it counts those who took part (the ballots found, invalid and valid), a line the built-in form lacks; the file's ballots found by kind of box are mapped already", i+1, trimHeader(header[i]))
			continue
		}
		m.Lines[election.FoundStationary] = Column{Header: trimHeader(header[i])}
		guess("lines.found_stationary: column %d %q (%s)", i+1, trimHeader(header[i]), tookPartNote)
		return i, len(m.Guesses) - 1
	}
	return -1, -1
}

// sumRelation compares, on every row, column c with the sum of the cells
// of cols and of column extra (when not negative): whether it is that sum
// on every row where each is a number (two rows at least, one not 0),
// and on how many of those rows it is not.
func sumRelation(rows [][]string, c int, cols []int, extra int) (holds bool, differ, compared int) {
	return relation(rows, c, cols, extra, false)
}

// sumHolds says whether column c is on every row the sum of cols and
// extra (see sumRelation); it stops at the first row where it is not.
func sumHolds(rows [][]string, c int, cols []int, extra int) bool {
	holds, _, _ := relation(rows, c, cols, extra, true)
	return holds
}

// relation is sumRelation, stopping at the first row that differs when
// stop says so.
func relation(rows [][]string, c int, cols []int, extra int, stop bool) (holds bool, differ, compared int) {
	some := false
	for _, rec := range rows {
		want, err := parseInt([]byte(cellAt(rec, c)))
		if err != nil {
			continue
		}
		sum, ok := partsSum(rec, cols, extra)
		if !ok {
			continue
		}
		compared++
		if sum != want {
			if differ++; stop {
				return false, differ, compared
			}
		}
		some = some || want != 0
	}
	return differ == 0 && compared >= 2 && some, differ, compared
}

// partsSum returns the sum of rec's cells of cols and of column extra
// (when not negative), an empty one 0 (a choice not on that row's
// ballot, Peru's empty cells; the sum must be given); false when a cell
// is no figure or the sum overflows.
func partsSum(rec []string, cols []int, extra int) (int64, bool) {
	var sum int64
	for i := 0; i <= len(cols); i++ {
		p := extra
		if i < len(cols) {
			p = cols[i]
		}
		if p < 0 || cellAt(rec, p) == "" {
			continue
		}
		v, err := parseInt([]byte(cellAt(rec, p)))
		if err != nil || v > 0 && sum > math.MaxInt64-v || v < 0 && sum < math.MinInt64-v {
			return 0, false
		}
		sum += v
	}
	return sum, true
}

// columnOf returns the index of the column of header named h, or -1.
func columnOf(header []string, h string) int {
	return slices.IndexFunc(header, func(x string) bool { return trimHeader(x) == h })
}

// readsAsVotes says whether a header (lower case) counts votes.
func readsAsVotes(h string) bool {
	return has(h, votesH) || anyWords(h, votesWords)
}

// otherLineWords name, in a header, a line whose figure may equal the
// ballots found on every row and is not it: the ballots issued, received,
// unused; the voters on the list.
var otherLineWords = []string{"issued", "received", "unused", "cancelled", "distributed", "registered", "eligible", "list", "выдан", "получен", "отриман", "одержан", "видан"}

// draftTotals looks again at the columns of figures left out as totals
// (left: the column and its guess's index), now that the choices (cols,
// each with its guess's index in votesAt) are known, and returns the
// choices. A column that is on every row the sum of the choices' votes
// is the valid votes: mapped as lines.valid when its header counts votes
// ("total_votes"), else said. One that is the invalid ballots plus the
// choices' votes is those who took part, the ballots found: mapped as
// found_stationary when the file gives neither kind of box apart and its
// header names no other line (the ballots issued are as many when none
// is lost). A choice's column that is so, on ten rows or more, is no
// choice: it is left out and said. A line of those who took part mapped
// by its words (took: its column and guess's index) has its guess say
// whether the figures agree. The column of "against all" (against, or
// -1) is among the votes summed: its votes are valid votes.
func draftTotals(m *Mapping, header []string, rows [][]string, cols []int, against int, votesAt, left map[int]int, took, tookAt int) []int {
	if len(cols) == 0 {
		return cols
	}
	// votes are the columns of every choice's votes: the choices and
	// "against all" (column against, when not negative).
	votes := func() []int {
		if against < 0 {
			return cols
		}
		return append(slices.Clone(cols), against)
	}
	inv := -1
	if c, ok := m.Lines[election.Invalid]; ok && c.Header != "" {
		inv = columnOf(header, c.Header)
	}
	// invCols are the invalid ballots' columns, one or the parts of a
	// sum (Peru's blank and null votes).
	var invCols []int
	if c, ok := m.Lines[election.Invalid]; ok {
		for _, p := range append([]Column{c}, c.Columns...) {
			if p.Header != "" {
				invCols = append(invCols, columnOf(header, p.Header))
			}
		}
	}
	invNames := func() string {
		var n []string
		for _, c := range invCols {
			n = append(n, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
		}
		if len(n) > 1 {
			return "columns " + strings.Join(n, " and ")
		}
		return "column " + strings.Join(n, "")
	}
	// subtotals are the columns found to be sums: of the choices
	// (others) and, unless valid, the invalid ballots; with the protocol
	// lines drafted as choices that are no part of it (lineParts).
	type subtotal struct {
		col    int
		others []int
		valid  bool
		lines  []linePart
	}
	var subtotals []subtotal
	// plain are the columns that are the sum of all the choices' votes on
	// every row, with their guess's index: the first is the valid votes,
	// unless a column named as votes or a publisher's total is (Kenya's
	// "iebc_total" beside "auto_sum").
	type sumOfChoices struct {
		col, at int
		said    string
	}
	var plain []sumOfChoices
	// (Three choices at least, that a sum be of two others; ten rows, that
	// it be no chance. A part of a sum is no larger than the sum: another
	// total, as large as this one on every row, is no part of it.)
	for k := 0; len(rows) >= 10 && len(cols) >= 3 && k < len(cols); k++ {
		c := cols[k]
		var others []int
		for _, d := range cols {
			if d != c && !atLeast(rows, d, c) {
				others = append(others, d)
			}
		}
		if len(others) < 2 {
			continue
		}
		valid := sumHolds(rows, c, others, -1)
		var lines []linePart
		if !valid && (len(invCols) == 0 || !sumHolds(rows, c, append(others, invCols...), -1)) {
			// (Other choices that are protocol lines: Slovenia's
			// "Neveljavne glasovnice", the invalid ballots, beside
			// "Veljavne glasovnice", the valid ones, where no word says
			// so; "Glasovalo", those who voted, is their sum.)
			lines = lineParts(rows, c, others)
			rest := slices.DeleteFunc(slices.Clone(others), func(d int) bool {
				return slices.ContainsFunc(lines, func(p linePart) bool { return p.col == d })
			})
			if len(lines) == 0 || len(rest) < 2 || !sumHolds(rows, c, rest, -1) {
				continue
			}
			valid, others = true, rest
		}
		gone := []int{c}
		for _, p := range lines {
			gone = append(gone, p.col)
		}
		for id, v := range m.Votes {
			if len(v.Columns) == 0 && slices.ContainsFunc(gone, func(d int) bool { return v.Header == trimHeader(header[d]) }) {
				delete(m.Votes, id)
			}
		}
		subtotals = append(subtotals, subtotal{c, others, valid, lines})
		cols = slices.DeleteFunc(cols, func(d int) bool { return slices.Contains(gone, d) })
		if len(lines) == 1 && len(invCols) == 0 {
			// The line part is the invalid ballots: the sums of the
			// ballots found over it are looked for below.
			inv = lines[0].col
			invCols = []int{inv}
			m.Lines[election.Invalid] = Column{Header: trimHeader(header[inv])}
		}
		k = -1 // the others again, without it
	}
	for _, st := range subtotals {
		c, others := st.col, st.others
		for _, p := range st.lines {
			said := fmt.Sprintf("on every row column %d %q is it plus column %d %q, the sum of the choices' votes: a protocol line, no choice", p.sum+1, trimHeader(header[p.sum]), c+1, trimHeader(header[c]))
			if m.Lines[election.Invalid].Header == trimHeader(header[p.col]) {
				m.Guesses[votesAt[p.col]] = fmt.Sprintf("lines.invalid: column %d %q: %s: the invalid ballots, column %d the ballots found (or those who voted)", p.col+1, trimHeader(header[p.col]), said, p.sum+1)
			} else {
				m.Guesses[votesAt[p.col]] = fmt.Sprintf("column %d %q is not mapped: %s; declare it in the rule set (protocol.add_lines) and map it under lines", p.col+1, trimHeader(header[p.col]), said)
			}
		}
		what := "the sum of the other choices' votes: the valid votes? Map it as lines.valid if so, not a choice"
		if !st.valid {
			what = fmt.Sprintf("the invalid ballots (%s) plus the other choices' votes: those who took part, the ballots found? Map it as lines.found_stationary if so, not a choice", invNames())
		}
		// (others may hold a sum left out after it: what it is not the
		// sum of is among the choices left.)
		var missed int
		for _, d := range cols {
			if !slices.Contains(others, d) {
				missed++
			}
		}
		if missed > 0 {
			// The sum of some of the choices alone (Venezuela's "Otros",
			// the 8 minor candidates of 10) is no line of the protocol:
			// neither valid votes nor those who took part.
			var names []string
			for _, d := range others {
				if slices.Contains(cols, d) {
					names = append(names, fmt.Sprintf("%d %q", d+1, trimHeader(header[d])))
				}
			}
			plus := ""
			if !st.valid {
				plus = fmt.Sprintf("the invalid ballots (%s) plus ", invNames())
			}
			what = fmt.Sprintf("%sthe sum of %d of the %d other choices' votes (columns %s): a subtotal of those choices, neither a choice nor a protocol line (the valid votes are all the choices')", plus, len(names), len(cols), strings.Join(names, ", "))
		}
		m.Guesses[votesAt[c]] = fmt.Sprintf("column %d %q is not mapped: on every row it is %s", c+1, trimHeader(header[c]), what)
		if st.valid && missed == 0 {
			plain = append(plain, sumOfChoices{c, votesAt[c], fmt.Sprintf("on every row it is the sum of the other %d choices' votes", len(others))})
		}
	}
	all := votes()
	sums := fmt.Sprintf("the choices' votes (%d columns, the first is column %d %q)", len(all), all[0]+1, trimHeader(header[all[0]]))
	if took >= 0 && inv >= 0 {
		switch holds, differ, n := sumRelation(rows, took, all, inv); {
		case holds:
			m.Guesses[tookAt] += fmt.Sprintf("; on every row it is the invalid ballots (column %d %q) plus %s", inv+1, trimHeader(header[inv]), sums)
		case differ > 0:
			m.Guesses[tookAt] += fmt.Sprintf("; on %d of %d rows it is not the invalid ballots (column %d %q) plus %s: check that it is the ballots found", differ, n, inv+1, trimHeader(header[inv]), sums)
		}
	}
	for _, c := range slices.Sorted(maps.Keys(left)) {
		h := trimHeader(header[c])
		_, valid := m.Lines[election.Valid]
		_, fs := m.Lines[election.FoundStationary]
		_, fm := m.Lines[election.FoundMobile]
		switch {
		case !valid && sumHolds(rows, c, all, -1) && readsAsVotes(strings.ToLower(h)):
			m.Lines[election.Valid] = Column{Header: h}
			m.Guesses[left[c]] = fmt.Sprintf("lines.valid: column %d %q: on every row it is the sum of %s, the valid votes (a total of the ballots cast would count the invalid ones too)", c+1, h, sums)
		case !valid && inv >= 0 && anyWords(strings.ToLower(h), totalH) && invalidSome(rows, invCols) && mostlySum(rows, c, all, inv):
			// (A publisher's total beside a sum computed by whoever
			// typed the file in: Kenya's "iebc_total" beside
			// "auto_sum". The rows where they differ are the checks'.)
			_, differ, n := sumRelation(rows, c, all, -1)
			m.Lines[election.Valid] = Column{Header: h}
			m.Guesses[left[c]] = fmt.Sprintf("lines.valid: column %d %q: a total, on %d of %d rows the sum of %s, and not of the invalid ballots too: the valid votes as the file gives them (a count finds the protocols of the %d other rows inconsistent)", c+1, h, n-differ, n, sums, differ)
		case !valid && sumHolds(rows, c, all, -1):
			// (Mapped below, if no publisher's total is: Kenya's
			// "auto_sum" beside "iebc_total".)
			plain = append(plain, sumOfChoices{c, left[c], "on every row it is the sum of " + sums})
			m.Guesses[left[c]] = fmt.Sprintf("column %d %q is not mapped: on every row it is the sum of %s: the valid votes? Map it as lines.valid if so", c+1, h, sums)
		case inv >= 0 && !fs && !fm && !has(strings.ToLower(h), otherLineWords) && sumHolds(rows, c, all, inv):
			m.Lines[election.FoundStationary] = Column{Header: h}
			m.Guesses[left[c]] = fmt.Sprintf("lines.found_stationary: column %d %q: on every row it is the invalid ballots (column %d %q) plus %s: %s", c+1, h, inv+1, trimHeader(header[inv]), sums, tookPartNote)
		case inv < 0 && len(invCols) > 1 && valid && !fs && !fm && !has(strings.ToLower(h), otherLineWords) && sumHolds(rows, c, append([]int{columnOf(header, m.Lines[election.Valid].Header)}, invCols...), -1):
			// (The invalid ballots a sum of their kinds: Nova Scotia's
			// rejected and declined ballots.)
			m.Lines[election.FoundStationary] = Column{Header: h}
			m.Guesses[left[c]] = fmt.Sprintf("lines.found_stationary: column %d %q: on every row it is the invalid ballots (%s) plus the valid ones (column %q): %s", c+1, h, invNames(), m.Lines[election.Valid].Header, tookPartNote)
		case inv >= 0 && valid && !fs && !fm && !has(strings.ToLower(h), otherLineWords) && nearlyFound(rows, c, columnOf(header, m.Lines[election.Valid].Header), inv):
			// (Albania's "VotesCast": the valid and the invalid ballots
			// on all rows but a few, whose protocols are wrong, or the
			// column something else: said, for the count to check.)
			_, differ, n := sumRelation(rows, c, []int{columnOf(header, m.Lines[election.Valid].Header)}, inv)
			m.Lines[election.FoundStationary] = Column{Header: h}
			rowsSaid := "on every row"
			if differ > 0 {
				rowsSaid = fmt.Sprintf("on %d of %d rows (a count finds the others' protocols inconsistent)", n-differ, n)
			}
			m.Guesses[left[c]] = fmt.Sprintf("lines.found_stationary: column %d %q: %s it is the invalid ballots (column %d %q) plus the valid ones (column %q): %s", c+1, h, rowsSaid, inv+1, trimHeader(header[inv]), m.Lines[election.Valid].Header, tookPartNote)
		}
	}
	if _, ok := m.Lines[election.Valid]; !ok && len(plain) > 0 {
		// (Ukraine's "parliament_voters", named as those who voted, is
		// the sum of the 12 parties' votes on every row.)
		p := plain[0]
		m.Lines[election.Valid] = Column{Header: trimHeader(header[p.col])}
		m.Guesses[p.at] = fmt.Sprintf("lines.valid: column %d %q: %s: %s", p.col+1, trimHeader(header[p.col]), p.said, choicesSumWhy)
	}
	return cols
}

// invalidSome says whether a column of the invalid ballots (cols) has a
// figure above 0 on some row: where it has, a total that is the choices'
// votes alone on every row counts no invalid ballot, so it is the valid
// votes, not the ballots cast (Kenya's "iebc_total").
func invalidSome(rows [][]string, cols []int) bool {
	for _, rec := range rows {
		for _, c := range cols {
			if v, err := parseInt([]byte(cellAt(rec, c))); err == nil && v > 0 {
				return true
			}
		}
	}
	return false
}

// mostlySum says whether column c is the sum of the columns cols on more
// than half of the rows where it is compared, of ten rows or more, and
// on more of them than the sum of cols and the invalid ballots (column
// inv): a total of the valid votes whose protocols some rows contradict.
func mostlySum(rows [][]string, c int, cols []int, inv int) bool {
	_, differ, n := sumRelation(rows, c, cols, -1)
	_, differInv, _ := sumRelation(rows, c, cols, inv)
	return n >= 10 && differ*2 < n && differ < differInv
}

// nearlyFound says whether column c, named as a total (ballots or votes
// cast), is the valid ballots (column valid) plus the invalid ones (column
// inv) on nine rows in ten at least, and on ten rows or more: the ballots
// found, some protocols of which may be wrong.
func nearlyFound(rows [][]string, c, valid, inv int) bool {
	_, differ, n := sumRelation(rows, c, []int{valid}, inv)
	return n >= 10 && differ*10 <= n
}

// atLeast says whether column d's figure is at least column c's on each
// of the first 200 rows where both are numbers: a sum's part is not.
func atLeast(rows [][]string, d, c int) bool {
	for _, rec := range rows[:min(len(rows), 200)] {
		x, err1 := parseInt([]byte(cellAt(rec, d)))
		y, err2 := parseInt([]byte(cellAt(rec, c)))
		if err1 == nil && err2 == nil && x < y {
			return false
		}
	}
	return true
}

// oddPart returns, of the columns parts whose sum is a total, the first
// or the last when its header is unlike the others', which share a
// prefix that ends at a separator ("r11_") and that it begins like but
// lacks ("r10" beside "r11_1" ... "r11_39": the form's line 10, the
// invalid ballots, beside the candidates of its line 11), and that
// prefix; or -1. A part named otherwise ("Others" beside "vote_A") is
// left as it is.
func oddPart(header []string, parts []int) (int, string) {
	if len(parts) < 3 {
		return -1, ""
	}
	for _, k := range []int{0, len(parts) - 1} {
		var others []string
		for j, p := range parts {
			if j != k {
				others = append(others, trimHeader(header[p]))
			}
		}
		prefix := others[0]
		for _, o := range others[1:] {
			for !strings.HasPrefix(o, prefix) {
				prefix = prefix[:len(prefix)-1]
			}
		}
		for prefix != "" && !strings.ContainsRune("_-. /", rune(prefix[len(prefix)-1])) {
			prefix = prefix[:len(prefix)-1]
		}
		odd := trimHeader(header[parts[k]])
		if len(prefix) < 2 || strings.HasPrefix(odd, prefix) || odd == "" || odd[0] != prefix[0] {
			continue
		}
		return parts[k], prefix
	}
	return -1, ""
}

// decimals says whether the cells of a column (values, its cells as
// keys) are numbers, some with a decimal point or comma: percentages,
// shares or rates, never a count of votes.
func decimals(values map[string]int) bool {
	point := false
	for v := range values {
		s := strings.TrimLeft(v, "+-")
		whole, frac, ok := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
		if whole == "" || strings.Trim(whole, "0123456789") != "" || ok && (frac == "" || strings.Trim(frac, "0123456789") != "") {
			return false
		}
		point = point || ok
	}
	return point
}

// rates says whether the cells of a column (values) are decimals (see
// decimals), some with two digits or more after the point or comma:
// percentages or shares ("117.109", "30,47944"), never what names a
// precinct. (Israel's kalpi numbers, "1.0" or "12.1", have one; Georgia's
// precinct numbers, "01.29", begin with a zero, as a code does.)
func rates(values map[string]int) bool {
	if !decimals(values) {
		return false
	}
	two := false
	for v := range values {
		whole, frac, ok := strings.Cut(strings.Replace(strings.TrimLeft(v, "+-"), ",", ".", 1), ".")
		if len(whole) > 1 && whole[0] == '0' {
			return false
		}
		two = two || ok && len(frac) >= 2
	}
	return two
}

// countKinds says whether a column's cells (values) may name the kind of
// each row's count: a few values, each text that is no number, or 0 and
// 1 alone under a header that says machine (machine: machineV in it). A
// column of figures or of decimals ("foreign_background_count") counts
// something else.
func countKinds(values map[string]int, machine bool) bool {
	if len(values) == 0 || len(values) > 4 {
		return false
	}
	flags, text := machine, true
	for v := range values {
		flags = flags && (v == "0" || v == "1")
		_, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
		text = text && err != nil
	}
	return flags || text
}

// votesAffixIDs renames the choices (cols, each with its guess's index in
// votesAt), when each is drafted from its header alone (slugged) and
// every choice's header adds the same words for "votes" before or after
// its name ("vote_S", "vote_M": S and M), as the definition inferred from
// the mapping names them (dropVotesAffix). bare is the header without a
// number every column shares (withoutShared), which no ID keeps.
func votesAffixIDs(m *Mapping, cols []int, slugged map[int]bool, votesAt map[int]int, header, bare []string) {
	for _, c := range cols {
		if !slugged[c] {
			return
		}
	}
	names, bareNames := make([]string, len(cols)), make([]string, len(cols))
	for k, c := range cols {
		names[k], bareNames[k] = trimHeader(header[c]), trimHeader(bare[c])
	}
	short := votesAffix(bareNames)
	if short == nil {
		return
	}
	ids := map[string]bool{}
	renamed := map[string]string{}
	for k, c := range cols {
		id := slug(short[k])
		for base, n := id, 2; id == "" || ids[id] || id == election.AgainstAll; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		ids[id] = true
		for old, col := range m.Votes {
			if col.Header == names[k] && len(col.Columns) == 0 {
				renamed[old] = id
			}
		}
		m.Guesses[votesAt[c]] = fmt.Sprintf("votes.%s: column %d %q (a choice on the ballot, its ID without the words every choice's header adds; rename the ID as you like)", id, c+1, names[k])
	}
	votes := map[string]Column{}
	for old, col := range m.Votes {
		if id, ok := renamed[old]; ok {
			votes[id] = col
		} else {
			votes[old] = col
		}
	}
	m.Votes = votes
}

// choicesSumWhy says why a column that is the sum of all the choices'
// votes on every row is the valid votes, whatever its header says.
const choicesSumWhy = "the valid votes, whatever its header says, no choice (a total of the ballots cast or of those who voted would count the invalid ones too; where none is invalid, the valid votes are as many); map it under lines otherwise"

// linePart is a column drafted as a choice that is a protocol line: on
// every row column sum is it plus the sum of the choices' votes (the
// invalid ballots, where sum is the ballots found).
type linePart struct{ col, sum int }

// lineParts returns, of the columns others, each that is no part of a
// sum of the choices' votes in column c but a protocol line beside it:
// a column of figures (sum), not c and not it, is on every row its figure
// plus c's, and it has a figure not 0 (a choice of no votes adds
// nothing). Slovenia's "Neveljavne glasovnice" (invalid) beside
// "Veljavne glasovnice" (valid), whose sum is "Glasovalo" (voted).
func lineParts(rows [][]string, c int, others []int) []linePart {
	if len(rows) == 0 {
		return nil
	}
	ncol := 0
	for _, rec := range rows {
		ncol = max(ncol, len(rec))
	}
	// (A column of text is no sum: its first cell says so, before a
	// look at every row.)
	var figures []int
	for y := range ncol {
		if _, err := parseInt([]byte(cellAt(rows[0], y))); err == nil {
			figures = append(figures, y)
		}
	}
	// (A sum's figure on each row compared is its parts' sum there: on
	// the first rows, read once, a column that is not that figure where
	// both are given is no sum, without a look at every row. A file of
	// 500 columns had each column try each other, on each choice.)
	head := rows[:min(len(rows), 8)]
	figs := make([][]int64, len(head))
	given := make([][]bool, len(head))
	byFirst := map[int64][]int{}
	for r, rec := range head {
		figs[r], given[r] = make([]int64, ncol), make([]bool, ncol)
		for _, y := range figures {
			v, err := parseInt([]byte(cellAt(rec, y)))
			figs[r][y], given[r][y] = v, err == nil
		}
	}
	for _, y := range figures {
		byFirst[figs[0][y]] = append(byFirst[figs[0][y]], y)
	}
	var parts []linePart
	for _, x := range others {
		if !invalidSome(rows, []int{x}) {
			continue
		}
		sums := make([]int64, len(head))
		sumGiven := make([]bool, len(head))
		for r, rec := range head {
			sums[r], sumGiven[r] = partsSum(rec, []int{c, x}, -1)
		}
		notSum := func(y int) bool {
			for r := range head {
				if sumGiven[r] && given[r][y] && figs[r][y] != sums[r] {
					return true
				}
			}
			return false
		}
		cands := figures
		if sumGiven[0] {
			cands = byFirst[sums[0]]
		}
		for _, y := range cands {
			if y != c && y != x && !notSum(y) && sumHolds(rows, y, []int{c, x}, -1) {
				parts = append(parts, linePart{x, y})
				break
			}
		}
	}
	return parts
}
