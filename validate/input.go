package validate

import "strconv"

// UnreadableRow is the finding for a row of an input file that could not
// be read and was skipped on request: file, 1-based line and column (0
// when not known) and the reason. Nothing is skipped silently: the caller
// turns each skipped row into this finding.
func UnreadableRow(file string, line, column int, reason string) Finding {
	col := "?"
	if column > 0 {
		col = strconv.Itoa(column)
	}
	return newFinding(RowUnreadable, Place{Level: LevelFile, File: file, Row: line, Column: column}, "", "", 0,
		vars{"row": same(strconv.Itoa(line)), "column": same(col), "reason": same(reason)})
}
