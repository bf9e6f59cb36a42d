package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// cvrMetaWords are the words of a cast-vote record's headers that name
// what the record says of a ballot, not a contest: its style, its
// tabulator and batch, its card, its status ("Ballot Style", "Tabulator
// Id", "Counting Group", "CVR Provider", "Source Filepath").
var cvrMetaWords = []string{"style", "type", "tabulator", "batch", "card", "sheet", "group", "imprinted", "status",
	"provider", "filepath", "path", "portion", "id", "number", "exception", "report"}

// cvrContests returns the columns of header that hold a contest's choice:
// the first choice (when found) and every column that is neither the
// ballot ID, a precinct, the count, a record's own (cvrMetaWords), a
// later rank, nor a column of whole numbers. A record of several
// contests, ES&S's, has a column each.
func cvrContests(header []string, rows [][]string, choice, id, count int, precincts []int) []int {
	var out []int
next:
	for j, h := range header {
		if j != choice {
			if j == id || j == count || slices.Contains(precincts, j) || wholeNumbers(rows, j) {
				continue
			}
			for _, w := range strings.Fields(cvrNorm(h)) {
				if slices.Contains(cvrMetaWords, w) || strings.HasPrefix(w, "choice") || strings.HasPrefix(w, "rank") || strings.HasPrefix(w, "preference") {
					continue next
				}
			}
		}
		out = append(out, j)
	}
	return out
}

// cvrChoiceGuess says what the choice column is: a ranked ballot's first
// choice, or the first contest of a record of several, the others named
// (a few) to choose from.
func cvrChoiceGuess(header []string, choice int, contests []int, ranked bool) string {
	q := echo.Quote(header[choice])
	if ranked {
		return "choice: " + q + ", the first choice: a ballot counts for the candidate ranked first; the later ranks are not read (a count notes them)"
	}
	var others []string
	for _, j := range contests[1:] {
		if len(others) < 8 {
			others = append(others, echo.Quote(header[j]))
		}
	}
	if n := len(contests) - 1 - len(others); n > 0 {
		others = append(others, fmt.Sprintf("%d more", n))
	}
	return fmt.Sprintf("choice: %s, the first of %d contests, a column each, no ranks: a mapping counts one (the others: %s)", q, len(contests), strings.Join(others, ", "))
}

// cvrEmpties is what a cast-vote record's contest cells show of their
// empty cells: the first empty one (its line and column) and the first
// cell of the record's words for a contest or rank left unmarked or
// marked twice (cvrBlank, cvrInvalid: "undervote", "overvote"), in a
// contest's column if one has it.
type cvrEmpties struct {
	line, col, choiceLine int // the first empty contest cell (line 0: none), and of the choice column
	wordLine, wordCol     int
	word                  string
	inContest             bool
}

// look notes the empty contest cells of rec, a record at line, and the
// record's words.
func (e *cvrEmpties) look(rec []string, line int, contests []int, choice int) {
	for _, j := range contests {
		if cellAt(rec, j) != "" {
			continue
		}
		if e.line == 0 {
			e.line, e.col = line, j
		}
		if j == choice && e.choiceLine == 0 {
			e.choiceLine = line
		}
	}
	for j := range rec {
		c := cellAt(rec, j)
		if l := strings.ToLower(c); !e.inContest && (slices.Contains(cvrBlank, l) || slices.Contains(cvrInvalid, l)) {
			if in := slices.Contains(contests, j); e.wordLine == 0 || in {
				e.wordLine, e.wordCol, e.word, e.inContest = line, j, c, in
			}
		}
	}
}

// draft returns the mapping's "empty" and guesses with what it rests on.
// A record of several contests that writes "undervote" or "overvote" for
// a contest on the ballot left unmarked or marked twice leaves a cell
// empty only where the contest was not on the ballot's style:
// EmptyNotOnBallot, said with the lines that show it. Where the record
// does not show it (one contest, or no such word in a contest's cell),
// "empty" is left out, and a guess says where the first empty cell is and
// the three meanings to choose from: the count refuses an empty cell
// until one is set (docs/ballots.md, "What an empty choice cell means").
func (e *cvrEmpties) draft(header []string, several bool, guesses []string) (string, []string) {
	if e.line == 0 {
		return "", guesses
	}
	where := fmt.Sprintf("the first at line %d, column %s", e.line, echo.Quote(header[e.col]))
	switch {
	case e.choiceLine == 0:
		where += "; none in the choice column"
	case e.choiceLine != e.line:
		where += fmt.Sprintf("; in the choice column at line %d", e.choiceLine)
	}
	word := ""
	if e.wordLine > 0 {
		word = fmt.Sprintf("%s (line %d, column %s)", echo.Quote(e.word), e.wordLine, echo.Quote(header[e.wordCol]))
	}
	if several && e.inContest {
		return EmptyNotOnBallot, append(guesses, fmt.Sprintf(`empty: %q: empty choice cells (%s) in a record of several contests that writes %s for a contest left unmarked or marked twice: a cell is empty where the contest was not on the ballot's style, and the line is not counted in it (docs/ballots.md)`,
			EmptyNotOnBallot, where, word))
	}
	why := `no "undervote" or "overvote" tells what they mean`
	switch {
	case word != "" && !several:
		why = word + " is written for a rank left unmarked, but an empty cell of one contest may be a ballot without a mark too"
	case word != "":
		why = word + " is written outside the contests' columns alone"
	}
	return "", append(guesses, fmt.Sprintf(`empty: not given: empty choice cells (%s), and %s: add "empty": %q (the contest not on that ballot's style: not counted in it), %q (a ballot without a mark) or %q (an invalid ballot); the count refuses an empty choice cell until it is given (docs/ballots.md)`,
		where, why, EmptyNotOnBallot, EmptyBlank, EmptyInvalid))
}
