package ingest

import "fmt"

// oneChoiceAgain says why a long file is long though rows repeat a choice
// in a precinct: every row given again names one or two choices of the
// many the file has (Delhi's "Independent", 191 of 208 rows in one
// constituency each), so the rows name each other choice once, and the
// repeated ones are several candidates under one label, whom no column
// tells apart. It returns the guess that says so and the rows given
// again, or "" and 0. Summing them
// ("choice_rows": "sum") would elect a sum of people; the guess does
// not propose it.
func oneChoiceAgain(header []string, rows [][]string, key []int, choice int) (string, int) {
	seen := map[string]bool{}
	again := map[string]int{} // a choice's cell, its rows given again
	most, mostAt := 0, ""     // the most rows of one choice in one precinct
	per := map[string]int{}   // a precinct and choice, its rows
	var order []string
	for _, rec := range rows {
		k := protocolKey(rec, key)
		per[k]++
		if seen[k] {
			name := cellAt(rec, choice)
			if again[name] == 0 {
				order = append(order, name)
			}
			again[name]++
			if per[k] > most {
				most, mostAt = per[k], name
			}
		}
		seen[k] = true
	}
	if len(order) == 0 || len(order) > 2 || distinct(rows, choice) < 4*len(order) {
		return "", 0
	}
	n := 0
	for _, c := range again {
		n += c
	}
	return fmt.Sprintf("choice_column: column %d %q names %q again in a precinct (up to %d rows in one; %d rows given again in all): several candidates under one label, whom no column of the file names apart; a count refuses each second row (it cannot tell them apart), and summing them (\"choice_rows\": \"sum\") would elect a sum of people, so it is not proposed: name each such row apart in the file (the candidate's name, \"Independent 2\"), or map a column that names each candidate as the choice",
		choice+1, trimHeader(header[choice]), mostAt, most, n), n
}

// labelOnly says whether the rows that give a precinct, ballot and choice
// again (cols) are just the again rows oneChoiceAgain counted: then the
// precinct's column names each precinct, and its rows repeat for the label.
func labelOnly(rows [][]string, again int, cols ...int) bool {
	n, _ := sameKey(rows, cols...)
	return again > 0 && n == again
}
