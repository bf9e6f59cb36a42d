package ingest

import (
	"fmt"
	"strings"
)

// presidentWords name, by whole words, a president's election: in a cell
// ("PRESIDENTIAL", Afghanistan's election_type) or the file's name
// ("lk2015-pres-colombo").
var presidentWords = []string{"presidential", "president", "presidente", "presidencial", "presidenciales", "présidentielle", "presidentielle", "pres", "президент", "президентские", "prezydent", "prezidentské"}

// nationalContest returns why the file's contest is a president's, one
// contest of the whole country, or "": a text column not used that holds
// one value on every row naming a president's election, else the file's
// name. Its districts are then areas of the count, not contests of their
// own, and its ballot one of candidates (ballot "okrug"), whichever
// party each stands for.
func nationalContest(file string, header []string, rows [][]string, used, numeric []bool, values []map[string]int) string {
	for i := range header {
		if used[i] || numeric[i] || len(values[i]) != 1 || emptyCells(rows, i) > 0 {
			continue
		}
		for v := range values[i] {
			if anyWords(strings.ToLower(v), presidentWords) && !anyWords(strings.ToLower(v), []string{"primary", "primaries", "council", "board", "vice"}) {
				return fmt.Sprintf("column %d %q says %q on every row", i+1, trimHeader(header[i]), v)
			}
		}
	}
	if stem := fileStem(file); anyWords(strings.ToLower(stem), presidentWords) && !anyWords(strings.ToLower(stem), primaryWords) {
		return fmt.Sprintf("the file's name, %q, says so", stem)
	}
	return ""
}

// oneValue returns the column whose header named says so, holding one
// value on every row, or -1.
func oneValue(header []string, rows [][]string, used, numeric []bool, values []map[string]int, named func(string) bool) int {
	for i := range header {
		if !numeric[i] && len(values[i]) == 1 && emptyCells(rows, i) == 0 && named(strings.ToLower(trimHeader(header[i]))) && !anyWords(strings.ToLower(firstCell(rows, i)), primaryWords) {
			return i
		}
	}
	return -1
}
