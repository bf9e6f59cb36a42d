package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A count by transfers (the single transferable vote: Northern Ireland's
// count sheets, "Count_Number" 1, 2, 3...) gives each candidate's row
// again at each stage of the count: the first stage's figures are the
// first preferences, a later stage's are those plus the votes transferred
// to the candidate so far. Each stage is no precinct and no protocol: read
// as one, every candidate's votes would be summed over the stages. The
// draft keeps the rows of the first stage, the first preferences, and
// says so; a column that gives the number of a stage otherwise (the stage
// at which a candidate was elected or excluded, "Occurred_On_Count") is
// no votes.

// stageWords name, by whole words, a column that numbers the stages of a
// count by transfers.
var stageWords = []string{"count number", "count no", "count num", "count nr", "stage", "stage number", "stage no", "count stage", "round", "round number", "round no", "iteration"}

// stageRefWords name, by whole words, a column that gives the number of a
// stage at which something came about (a candidate elected or excluded).
var stageRefWords = []string{"on count", "at count", "occurred on count", "at stage", "on stage", "in round", "at round"}

// stvWords name, by whole words, a column of a count by transfers: the
// votes transferred, the first preferences, a quota or a surplus.
var stvWords = []string{"transfer", "transfers", "transferred", "first pref", "first prefs", "first preference", "first preferences", "surplus", "non transferable", "exhausted", "quota"}

// quotaWords name, by whole words, a column of the quota of a count (the
// votes that elect a candidate, Droop's or Hare's: Northern Ireland's
// "Quota" beside "Valid_Poll"), a figure of the count, never a choice's
// votes.
var quotaWords = []string{"quota", "quotas", "quotient", "quociente", "cociente", "cuociente", "quoziente", "квота"}

// quotaNote says why a column of quotaWords is not mapped.
const quotaNote = "it is the quota of the count (the votes that elect a candidate, worked out from the valid votes and the seats), a figure of the count, never a choice's votes: the rule set says how seats are filled"

// stvValues are cells (lower case) that say what became of a candidate at
// a stage of a count by transfers.
var stvValues = []string{"excluded", "eliminated", "deemed elected"}

// stageHeader says whether h (lower case) names the number of a stage of
// a count by transfers: its stages' own column or the stage something
// came about at. Such a column is never votes (votesH's "count").
func stageHeader(h string) bool {
	return anyWords(h, stageWords) || anyWords(h, stageRefWords)
}

// stvSign says whether a column beside column c is named as one of a
// count by transfers (stvWords) or holds a cell of stvValues.
func stvSign(header []string, values []map[string]int, c int, norm func(int) string) bool {
	for i := range header {
		if i == c {
			continue
		}
		if anyWords(norm(i), stvWords) {
			return true
		}
		for v := range values[i] {
			if slices.Contains(stvValues, strings.ToLower(strings.TrimSpace(v))) {
				return true
			}
		}
	}
	return false
}

// stageColumn returns the column not used, of whole numbers from 1 to k
// (k at most 99), named as the stage of a count (stageWords, or "Count"
// alone beside a column named as votes), and k; or -1. Of several stages,
// the rows of each later stage name again candidates of the first (a
// column of text whose cells on a later stage's rows are all among the
// first's), a sign of a count by transfers beside it or not: the rounds
// of an instant run-off, or of a run-off, give the candidates' rows again
// too, and summed over the rounds they would count a voter's vote in
// each; of one stage, a sign of a count by transfers is beside it (a
// first stage cut from a count sheet).
func stageColumn(header []string, rows [][]string, values []map[string]int, used, numeric []bool, norm func(int) string) (int, int) {
	for i := range header {
		if used[i] || !numeric[i] || !stageNamed(header, values, used, numeric, i, norm) {
			continue
		}
		k, ok := stages(values[i])
		if !ok || k == 1 && !stvSign(header, values, i, norm) {
			continue
		}
		if k == 1 || namesAgain(header, rows, used, numeric, i) {
			return i, k
		}
	}
	return -1, 0
}

// stageNamed says whether column i is named as the stage of a count:
// stageWords and not stageRefWords, or "Count" alone beside another
// column of numbers named as votes (where "Count" is no votes).
func stageNamed(header []string, values []map[string]int, used, numeric []bool, i int, norm func(int) string) bool {
	h := norm(i)
	if len(values[i]) == 0 || anyWords(h, stageRefWords) {
		return false
	}
	if anyWords(h, stageWords) {
		return true
	}
	if strings.TrimSpace(h) != "count" {
		return false
	}
	for j := range header {
		if j != i && !used[j] && numeric[j] && namedVotes(norm(j)) {
			return true
		}
	}
	return false
}

// stages returns the largest of the cells of a column whose cells are
// whole numbers from 1 to 99, "1" among them, and true; or false.
func stages(values map[string]int) (k int, ok bool) {
	if values["1"] == 0 {
		return 0, false
	}
	for v := range values {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 99 {
			return 0, false
		}
		k = max(k, n)
	}
	return k, true
}

// namesAgain says whether a column of text not used names, on the rows of
// the stages after the first (column stage not "1"), only names it gives
// on the first's rows, and some name twice: the same candidates again.
func namesAgain(header []string, rows [][]string, used, numeric []bool, stage int) bool {
	for j := range header {
		if used[j] || numeric[j] || j == stage {
			continue
		}
		first := map[string]bool{}
		for _, rec := range rows {
			if cellAt(rec, stage) == "1" && cellAt(rec, j) != "" {
				first[cellAt(rec, j)] = true
			}
		}
		again, later := 0, 0
		for _, rec := range rows {
			if cellAt(rec, stage) == "1" || cellAt(rec, j) == "" {
				continue
			}
			later++
			if first[cellAt(rec, j)] {
				again++
			}
		}
		if later > 0 && again == later && len(first) >= 2 {
			return true
		}
	}
	return false
}

// stageGuess is the guess of the row filter on column c, the stages of a
// count by transfers (1 to k), rows.where[at]; of a count that may be by
// transfers or by rounds where no column says transfers (sign false).
func stageGuess(header []string, c, k, at int, sign bool) string {
	if !sign {
		return fmt.Sprintf("rows: column %d %q numbers stages 1 to %d, and each gives the candidates' rows again (the rounds of a run-off or of an instant run-off, or the stages of a count by transfers), no precinct; the mapping keeps the rows of stage 1 (rows.where[%d]), the first round's votes, each voter's first preference, as summed over the stages each vote would count once for each; to count another round, change the value (the rule set says how seats are filled)",
			c+1, trimHeader(header[c]), k, at)
	}
	stages := "every row is of the first, \"1\""
	if k > 1 {
		stages = fmt.Sprintf("stages 1 to %d: each gives the candidates' rows again, with the votes transferred so far, and is no precinct", k)
	}
	return fmt.Sprintf("rows: column %d %q numbers the stages of a count by transfers (STV), %s; the mapping keeps the rows of stage 1 (rows.where[%d]), each candidate's first preferences, else a whole count sheet's votes would be summed over its stages; the count is of first preferences, not of the transfers (the rule set says how seats are filled)",
		c+1, trimHeader(header[c]), stages, at)
}

// stagesSummed is the guess of column c, named as the stage or round of a
// count and numbering 1 to k, that the draft keeps no stage of: its later
// stages' rows name others than the first's, so every row is counted.
func stagesSummed(header []string, c, k int) string {
	return fmt.Sprintf("column %d %q is not mapped: named as the stage or round of a count, it numbers 1 to %d, but the rows of its later stages name others than the first's do, so the draft reads them as no stages of one count and counts every row: if they are stages (or rounds) of one count, the count sums each vote over them; keep one with a row filter (\"rows\": {\"where\": [{\"column\": %q, \"values\": [\"1\"]}]})",
		c+1, trimHeader(header[c]), k, trimHeader(header[c]))
}
