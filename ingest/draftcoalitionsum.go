package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// draftCoalitionSums maps each coalition of no total's column as one
// choice, the sum of its parties' columns and of the combinations of
// them a ballot marked (Mexico's INE of 2024: "PVEM_PT_MORENA",
// "PT_MORENA" beside "MORENA", no column of the candidate's total).
// Each column is a part of the votes of the coalition's one candidate:
// mapped as choices of their own, a count would elect the party of most
// votes ("PAN") where the coalition of another won. The file names no
// candidate, so the ID is its parties' and a guess asks to confirm it.
// joins gives each combination's parties; order sorts by column, name
// names a choice's column. It says whether it summed one.
func draftCoalitionSums(m *Mapping, header []string, coalitions [][]string, joins map[string][]string, order func(a, b string) int, name func(string) string, guess func(string, ...any)) bool {
	summed := false
	for _, parts := range coalitions {
		slices.SortFunc(parts, order)
		var parties, combos, names []string
		for _, p := range parts {
			names = append(names, name(p))
			if _, ok := joins[p]; ok {
				combos = append(combos, name(p))
			} else {
				parties = append(parties, p)
			}
		}
		if len(parties) < 2 || len(combos) == 0 {
			continue
		}
		id := strings.Join(parties, "-")
		if _, taken := m.Votes[id]; taken && !slices.Contains(parts, id) {
			id += "-coalition"
		}
		sum := Column{}
		for _, p := range parts {
			sum.Columns = append(sum.Columns, Column{Header: m.Votes[p].Header})
		}
		for _, p := range parts {
			prefix := fmt.Sprintf("votes.%s: column %d ", p, columnOf(header, m.Votes[p].Header)+1)
			m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, prefix) })
			delete(m.Votes, p)
		}
		m.Votes[id] = sum
		summed = true
		guess("votes.%s: the sum of columns %s: %s the names of parties of the file, a ballot marked for several parties of one coalition, so these parties and their combinations are the parts of the votes of the coalition's one candidate, and no column gives that candidate's total; the file does not name the candidate: confirm that the coalition backs one and rename the ID after them; a party's votes alone are not a candidate's (mapped as choices of their own, a count would elect the party of most votes)", id, strings.Join(names, ", "), joinWord(combos))
	}
	return summed
}

// candidatesBallot makes a drafted list ballot, of no okrug and no
// ballot column, a ballot of candidates, one contest named by the file:
// a coalition's parties add up to one candidate's votes, so the choices
// are candidates (Mexico's president, in a file whose name does not say
// so).
func candidatesBallot(m *Mapping, file string) {
	id := slug(fileStem(file))
	if m.Ballot != string(election.ListBallot) || m.Okrug != nil || m.OkrugID != "" || m.BallotColumn != nil || id == "" {
		return
	}
	m.Ballot, m.OkrugID = string(election.OkrugBallot), id
	for k, g := range m.Guesses {
		switch {
		case g == `ballot: "list" for every row`:
			m.Guesses[k] = fmt.Sprintf("ballot: %q for every row, okrug_id %q (the file's name: rename it as the definition names the contest, \"president\" for a president's): the parties of a coalition add up to its one candidate's votes, so the choices are candidates, and no column names a district, so the file is one contest that one candidate wins; count under a rule set of single-member districts (examples/fptp/rules.json), or of a majority with a run-off (examples/two-round/rules.json)", m.Ballot, m.OkrugID)
		case strings.HasPrefix(g, `no column for "against all"`):
			m.Guesses[k] = strings.Replace(g, `{"list": {`, `{"okrug": {`, 1)
		}
	}
}

// joinWord says which columns join parties' names: "column 18 \"PAN_PRD\"
// joins", "columns 18 \"PAN_PRI_PRD\", 19 \"PAN_PRI\" join".
func joinWord(combos []string) string {
	if len(combos) == 1 {
		return "column " + combos[0] + " joins"
	}
	return "columns " + strings.Join(combos, ", ") + " join"
}
