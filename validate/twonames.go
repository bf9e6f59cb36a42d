package validate

import "github.com/shailoo/shailoo/internal/echo"

// ChoiceNamedTwoWays is the finding for choice id of okrug, learnt from
// the files, that the mappings of the okrug's rows name two ways: first
// by the mapping of firstFile, second by that of file (a column's header,
// a long file's cell text). Two people under one ID, their votes summed
// as one candidate's, or one person written two ways: the count names the
// candidate by its ID, and the finding is where the names are said.
func ChoiceNamedTwoWays(okrug, id, first, firstFile, second, file string) Finding {
	return newFinding(ChoiceTwoNames, Place{Level: LevelOkrug, Okrug: okrug, Candidate: id}, first, second, 0,
		vars{"choice": same(id), "first_file": same(echo.Text(firstFile)), "file": same(echo.Text(file))})
}
