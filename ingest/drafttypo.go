package ingest

import "strings"

// mistyped says whether a cell reads as a whole number with a letter
// typed for a digit that looks like it ("84O", "2S8": O for 0, I or l
// for 1, S for 5): digits, one at least, and such letters, one at least.
func mistyped(c string) bool {
	if len(c) > 18 || !strings.ContainsAny(c, "0123456789") {
		return false
	}
	return strings.ContainsAny(c, "OoIlS") && strings.Trim(c, "0123456789OoIlS") == ""
}

// typoColumns returns the columns whose cells are whole numbers but one,
// a figure mistyped (markCells' typo, in one cell alone), beside two
// whole numbers at least: a column of figures with a bad cell, which
// names no rows. A count refuses that cell at its line.
func typoColumns(marks []marked, values []map[string]int) []int {
	var cols []int
	for i, k := range marks {
		if k.typo == "" || i >= len(values) || values[i][k.typo] != 1 {
			continue
		}
		whole, ok := 0, true
		for v, n := range values[i] {
			if v == k.typo {
				continue
			}
			if _, err := parseInt([]byte(v)); err != nil || zeroFraction(v) > 0 {
				ok = false
				break
			}
			whole += n
		}
		if ok && whole >= 2 {
			cols = append(cols, i)
		}
	}
	return cols
}
