package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

// blankNamedRows lists in blank_votes the choices of a long file whose
// rows a column of text (not the choice cell) names as the blank votes:
// DR Congo's CENI file gives the diaspora's blank votes as a choice row,
// "1_1_1_999_999" in candidat_id and "votes blancs" in nom. Drafted as a
// choice, a count listed it as a candidate, with no note: the choice cell
// alone says nothing of it. Where no column gives the invalid line, the
// rows are proposed as it; else as blank votes (valid votes that take no
// seat), said so the user picks.
func blankNamedRows(m *Mapping, header []string, rows [][]string, used, numeric []bool, choice int, guess func(string, ...any)) {
	for _, v := range sortedKeys(m.ChoiceValues) {
		id := m.ChoiceValues[v]
		if id == election.AgainstAll || slices.Contains(m.BlankVotes, id) || slices.Contains(m.Aggregates, id) {
			continue
		}
		for j := range header {
			if j == choice || used[j] || numeric[j] {
				continue
			}
			name, ok := oneCellOf(rows, choice, v, j)
			if !ok || !blankNamed(lowerHeader(name)) {
				continue
			}
			if m.Lines[election.Invalid].Header == "" && !slices.Contains(slices.Collect(maps.Values(m.LineValues)), election.Invalid) {
				delete(m.ChoiceValues, v)
				m.LineValues[v] = election.Invalid
				guess("line_values: %q is line invalid: column %d %q names its rows %q, the blank ballots, which mark no choice, no candidate's votes; where the blank votes are valid votes, map it as a choice listed in blank_votes", v, j+1, trimHeader(header[j]), name)
				break
			}
			m.BlankVotes = append(m.BlankVotes, id)
			guess("blank_votes: %q (the choice %s): column %d %q names its rows %q, the blank votes, no candidate: listed here it is counted among the valid votes and takes no seat; where they are not valid votes (column %q gives the invalid ballots of other rows), delete it from choice_values and blank_votes and leave its rows out, or map them as a line the rule set declares", v, id, j+1, trimHeader(header[j]), name, m.Lines[election.Invalid].Header)
			break
		}
	}
}

// oneCellOf returns the one text column j gives on every row whose
// column choice is v, and whether there is one.
func oneCellOf(rows [][]string, choice int, v string, j int) (string, bool) {
	name := ""
	for _, rec := range rows {
		if strings.TrimSpace(cellAt(rec, choice)) != v {
			continue
		}
		c := strings.TrimSpace(cellAt(rec, j))
		if c == "" || name != "" && c != name {
			return "", false
		}
		name = c
	}
	return name, name != ""
}

// blankNamed says whether h (lower case) names the blank votes and
// nothing else: a cell of blankValues, or "blank" in English, Spanish,
// French or Catalan among words of votes or ballots alone ("votes
// blancs", "bulletins blancs", "Votos en blanco").
func blankNamed(h string) bool {
	if slices.Contains(blankValues, h) {
		return true
	}
	var left []string
	for _, w := range strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !slices.Contains(blankFrame, w) && !slices.Contains([]string{"votes", "vote", "bulletins", "bulletin", "ballots", "ballot"}, w) {
			left = append(left, w)
		}
	}
	return len(left) == 1 && len(left) < len(strings.Fields(h)) && slices.Contains([]string{"blank", "blanco", "blancos", "blanc", "blancs", "branco"}, left[0])
}

// partialStations says, for the column i of the polling stations counted
// (stationsOf), where a row counts fewer than the column of those
// expected beside it: the row is a partial total (DR Congo's Mai-Ndombe,
// 1,548 of 1,776), and a count that elects on it rests on a partial
// count; "" where no row does, or for another column.
func partialStations(header []string, rows [][]string, norm func(int) string, i int) string {
	if stationsOf(norm(i)) != "counted" {
		return ""
	}
	for e := range header {
		if stationsOf(norm(e)) != "expected" {
			continue
		}
		short := 0
		first := ""
		for _, rec := range rows {
			n, err1 := parseInt(strings.TrimSpace(cellAt(rec, i)))
			x, err2 := parseInt(strings.TrimSpace(cellAt(rec, e)))
			if err1 == nil && err2 == nil && n < x {
				if short++; short == 1 {
					first = fmt.Sprintf("%d of %d", n, x)
				}
			}
		}
		if short > 0 {
			return fmt.Sprintf("; %d rows count fewer stations than column %d %q expects (the first %s): their figures are partial totals, and a result counted on them rests on a partial count, not a final one", short, e+1, trimHeader(header[e]), first)
		}
	}
	return ""
}

// stationsOf says, of h (lower case), whether it names the polling
// stations counted ("counted") or expected ("expected") of a row's area:
// CENI's "bv_traites" and "bv_attendus" (bureaux de vote traités, of
// those attendus), Kenya's "Stations processed" and "Stations total";
// "" for neither. A row of fewer counted than expected is a partial
// total, never a protocol's line.
func stationsOf(h string) string {
	if !anyWords(h, stationWords) && !anyWords(h, []string{"bv"}) {
		return ""
	}
	switch {
	case anyWords(h, []string{"traites", "traités", "dépouillés", "depouilles", "processed", "reported", "counted"}):
		return "counted"
	case anyWords(h, []string{"attendus", "expected"}) || anyWords(h, stationWords) && anyWords(h, []string{"total"}):
		return "expected"
	}
	return ""
}

// regionEmptyNote says, of the region column, where it is empty on some
// rows: those precincts name no region, and a count finds each in the
// country with none (X218), which CENI's diaspora rows are not (their
// province cell is empty); the mapping cannot mark an empty cell abroad,
// so the guess says what the user may do. "" where no row is empty.
func regionEmptyNote(rows [][]string, region, precinct int) string {
	n, first := 0, ""
	for _, rec := range rows {
		if strings.TrimSpace(cellAt(rec, region)) == "" {
			if n++; n == 1 && precinct >= 0 {
				first = fmt.Sprintf(" (the first of precinct %q)", strings.TrimSpace(cellAt(rec, precinct)))
			}
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("; it is empty on %d rows%s: those precincts name no region, and a count finds each in the country with none (X218); if they are abroad (a diaspora's), write a region's name for them that says so (\"Diaspora\") and map it under abroad_values, or leave them out (rows.where)", n, first)
}
