package ingest

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// draftMarks drafts a file of ballots, one a row, each column a
// candidate's mark, 0 or 1 (Westminster, Colorado, 2015: a city council of
// three seats, each ballot marking up to three): no column names an area,
// every column holding cells is such a mark, and no row is a precinct. Each
// column is a choice, never the precinct (a candidate's marks repeat as a
// precinct's number never does); the precinct is the file's name as a
// value, so a count sums the rows into one protocol, each row counted as a
// copy of it (X207), and a guess says so, with the rule set's fields for a
// ballot of several marks. It returns false, m untouched, when the file is
// not so.
func draftMarks(m *Mapping, file string, header []string, rows [][]string, used, numeric []bool, nonEmpty []int, guess func(string, ...any)) bool {
	if len(rows) < 3 {
		return false
	}
	var cols []int
	for i := range header {
		switch {
		case used[i] || nonEmpty[i] == 0:
		case !numeric[i] || trimHeader(header[i]) == "":
			return false
		default:
			cols = append(cols, i)
		}
	}
	if len(cols) < 2 {
		return false
	}
	most, marked := 0, 0
	for _, rec := range rows {
		n := 0
		for _, c := range cols {
			v, err := parseInt([]byte(cellAt(rec, c)))
			if err != nil || v < 0 || v > 1 {
				return false
			}
			n += int(v)
		}
		most = max(most, n)
		if n > 0 {
			marked++
		}
	}
	name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	if most == 0 || strings.TrimSpace(name) != name || name == "" || name == "." {
		return false
	}
	m.Votes = map[string]Column{}
	guess("the rows are ballots, not precincts: each of the %d columns of figures holds 0 or 1 on every row, a mark for its candidate, and a row marks %d at most (%d of the %d rows mark none): each column is a choice, its votes the sum of its marks, and none is the precinct",
		len(cols), most, len(rows)-marked, len(rows))
	ids := map[string]bool{}
	for _, c := range cols {
		used[c] = true
		id := slug(trimHeader(header[c]))
		for base, k := id, 2; id == "" || ids[id] || id == election.AgainstAll; k++ {
			id = fmt.Sprintf("%s-%d", base, k)
		}
		ids[id] = true
		m.Votes[id] = Column{Header: trimHeader(header[c])}
		guess("votes.%s: column %d %q (a candidate's marks, 0 or 1 on each ballot; rename the ID as you like)", id, c+1, trimHeader(header[c]))
	}
	m.Precinct = Column{Value: name}
	m.Ballot, m.OkrugID = string(election.OkrugBallot), slug(name)
	guess("precinct: {\"value\": %q}, the file's name: no column names an area; a count sums the %d rows into that precinct's protocol, finding each row a copy of it (X207: every copy is counted, the result said provisional). Put the precinct's ID as the definition names it, or sum the marks of each column into one row per precinct and map that file",
		name, len(rows))
	if most > 1 {
		guess("ballot: %q for every row, okrug_id %q: a ballot marks up to %d candidates, a block vote: count under a rule set whose okrug elects that many, \"okrug\": {\"seats\": %d}, a ballot carrying as many votes, \"protocol\": {\"ballots\": {\"okrug\": {\"votes_per_ballot\": %d, \"against_all\": false}}}; cast-vote records (--ballots, docs/ballots.md) take one mark a ballot",
			m.Ballot, m.OkrugID, most, most, most)
	} else {
		guess("ballot: %q for every row, okrug_id %q: a ballot marks one candidate at most; "+oneWinnerRules+", or as cast-vote records (--ballots, docs/ballots.md: a column naming the choice marked on each row)", m.Ballot, m.OkrugID)
	}
	guess("%s", noAgainstAllGuess(m.Ballot))
	return m.Validate() == nil
}
