package ingest

import (
	"path/filepath"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// subjectW name, by whole words, a column of the parties and lists
// standing ("Subjekti Politik", Kosovo's KQZ: the political entity),
// beside choiceH.
var subjectW = []string{"subjekti", "subjekt", "subjekat", "subjekta"}

// draftOneArea drafts a file of one area's results when no column names
// an area (none headed as an area, a code or an ID): a row per choice, a column naming the choices, each once, and
// one column of whole numbers, its votes (Kosovo's KQZ exports a
// municipality's results so, "Deçan.csv"). It is one protocol: long, its
// precinct the file's name as a value ({"value": "Deçan"}), a guess to
// confirm, the mapping whole. It returns false, m untouched, when the
// file is not so.
func draftOneArea(m *Mapping, file string, header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string, guess func(string, ...any)) bool {
	if len(rows) < 2 {
		return false
	}
	choice, votes := -1, -1
	for i := range header {
		switch {
		case used[i] || nonEmpty[i] == 0:
		case numeric[i] && nonEmpty[i] == len(rows) && votes < 0:
			votes = i
		case numeric[i]:
			return false // a second column of figures: no one area's votes
		case nonEmpty[i] == len(rows) && !choiceHeader(norm(i)) && (numbersAreas(norm(i)) || areaHeader(norm(i))):
			// A column of codes or areas names the rows' places
			// (Afghanistan's "ps_code", a polling station's): the file
			// is not one area's that names it nowhere.
			return false
		case nonEmpty[i] == len(rows) && len(values[i]) == len(rows) && (choiceHeader(norm(i)) || anyWords(norm(i), subjectW)):
			if choice >= 0 {
				return false // two columns name the rows: which names the choices?
			}
			choice = i
		}
	}
	name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	// A column of one district's name on every row (PNG's by-election,
	// "Electorate"): the file's one contest, named there.
	district := oneDistrict(header, rows, used, numeric, values, norm)
	if choice < 0 || votes < 0 || district < 0 && (strings.TrimSpace(name) != name || name == "" || name == ".") {
		return false
	}
	draftLong(m, header, values, choice, votes, nil, guess)
	used[choice], used[votes] = true, true
	candidates := district >= 0 && candidateHeader(norm(choice))
	if district >= 0 {
		used[district] = true
		m.Precinct = Column{Header: trimHeader(header[district])}
		guess("precinct: column %d %q: it names one electoral district, %q, on each of the %d rows, and column %d %q names each row's choice once: the file is that district's results, one protocol",
			district+1, trimHeader(header[district]), firstCell(rows, district), len(rows), choice+1, trimHeader(header[choice]))
		if candidates {
			m.Okrug = &Column{Header: trimHeader(header[district])}
			guess("okrug: column %d %q, the precinct's too: its rows are the district's candidates (column %d %q), a contest electing its own member; "+oneWinnerRules,
				district+1, trimHeader(header[district]), choice+1, trimHeader(header[choice]))
		}
	} else {
		m.Precinct = Column{Value: name}
		guess("precinct: {\"value\": %q}, the file's name: no column names an area, and column %d %q names each of the %d rows' choice once: the file is one area's results, one protocol; put the area's ID as the definition names it (a municipality's results exported one file per municipality, say)",
			name, choice+1, trimHeader(header[choice]), len(rows))
	}
	for i := range header {
		switch {
		case used[i]:
		case nonEmpty[i] == 0:
			guess("column %d %q is not mapped: each of its cells is empty", i+1, trimHeader(header[i]))
		case decimals(values[i]) || percents(rows, i):
			guess("column %d %q is not mapped: decimals, not whole numbers: percentages or rates, not votes", i+1, trimHeader(header[i]))
		default:
			guess("column %d %q is not mapped (it does not hold numbers)", i+1, trimHeader(header[i]))
		}
	}
	m.Ballot = string(election.ListBallot)
	if candidates {
		m.Ballot = string(election.OkrugBallot)
	}
	guess("ballot: %q for every row", m.Ballot)
	if _, ok := m.ChoiceValues[election.AgainstAll]; !ok {
		guess("%s", noAgainstAllGuess(m.Ballot))
	}
	return m.Validate() == nil
}

// areaOfChoices returns the column not used, named as an area (a
// constituency, a district), filled on every row, whose values (two or
// more, each on several rows) run together, or -1: beside a column that
// names each row's candidate once, the area each candidate stands in
// (Estonia's "constituency", 6 and 7, beside "candidate_name"), the
// precinct of a long file; its cells are no votes.
func areaOfChoices(header []string, rows [][]string, used []bool, nonEmpty []int, norm func(int) string) int {
	for i := range header {
		if !used[i] && nonEmpty[i] == len(rows) && areaHeader(norm(i)) && !choiceHeader(norm(i)) && inRuns(rows, i) && 2*distinct(rows, i) <= len(rows) {
			return i
		}
	}
	return -1
}

// oneDistrict returns the column not used, of text, that holds one value
// on every row under a header naming an electoral district (okrugH,
// ridingW, "electorate"), or -1.
func oneDistrict(header []string, rows [][]string, used, numeric []bool, values []map[string]int, norm func(int) string) int {
	for i := range header {
		if used[i] || numeric[i] || len(values[i]) != 1 || emptyCells(rows, i) > 0 || choiceHeader(norm(i)) {
			continue
		}
		if has(norm(i), okrugH) || anyWords(norm(i), ridingW) || anyWords(norm(i), []string{"electorate", "electoral district", "seat"}) {
			return i
		}
	}
	return -1
}
