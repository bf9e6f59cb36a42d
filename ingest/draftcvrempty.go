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

// cvrRankWords are the words of a ranked contest's columns; a column of
// a later rank is the first choice's contest again, none of its own.
var cvrRankWords = []string{"choice", "rank", "preference"}

// cvrContests returns the columns of header that hold a contest's choice:
// the first choice (when found) and every column that is neither the
// ballot ID, a precinct, the count, a record's own (cvrMetaWords), a
// later rank, nor a column of whole numbers. A record of several
// contests, ES&S's, has a column each.
func cvrContests(header []string, rows [][]string, choice, id, count int, precincts []int) []int {
	var out []int
	for j, h := range header {
		if j == choice {
			out = append(out, j)
			continue
		}
		if j == id || j == count || slices.Contains(precincts, j) || wholeNumbers(rows, j) {
			continue
		}
		words := strings.Fields(cvrNorm(h))
		if slices.ContainsFunc(words, func(w string) bool {
			return slices.Contains(cvrMetaWords, w) || slices.ContainsFunc(cvrRankWords, func(r string) bool { return strings.HasPrefix(w, r) })
		}) {
			continue
		}
		out = append(out, j)
	}
	return out
}

// cvrChoiceGuess says what the choice column is: a ranked ballot's first
// choice, or the first contest of a record of several, the others named
// (a few) to choose from.
func cvrChoiceGuess(header []string, choice int, contests []int, ranked bool) string {
	if ranked {
		return fmt.Sprintf("choice: %s, the first choice: a ballot counts for the candidate ranked first; the later ranks are not read (a count notes them)", echo.Quote(header[choice]))
	}
	var others []string
	for _, j := range contests {
		if j != choice && len(others) < 8 {
			others = append(others, echo.Quote(header[j]))
		}
	}
	g := fmt.Sprintf("choice: %s, a contest's column, one choice a ballot and no ranks", echo.Quote(header[choice]))
	if len(others) == 0 {
		return g
	}
	more := ""
	if n := len(contests) - 1 - len(others); n > 0 {
		more = fmt.Sprintf(" and %d more", n)
	}
	return g + fmt.Sprintf(": the first of the record's %d contests, each a column; a mapping counts one: to count another, name its column (%s%s)", len(contests), strings.Join(others, ", "), more)
}

// cvrEmpties is what a cast-vote record's contest cells show of their
// empty cells: the first empty one (its line and column) and the first
// cell of the record's words for a contest left unmarked or marked twice
// (cvrBlank, cvrInvalid: "undervote", "overvote").
type cvrEmpties struct {
	line, col  int // the first empty contest cell; line 0: none
	choiceLine int // the first empty cell of the choice column
	// the first "undervote" or "overvote" of a contest cell (wordCol
	// a contest's column) or, failing one, of any cell (a later rank's)
	wordLine, wordCol int
	word              string
	inContest         bool
}

// look notes the empty contest cells of rec, a record at line, and the
// first of the record's words for a contest or rank left unmarked.
func (e *cvrEmpties) look(rec []string, line int, contests []int, choice int) {
	for j := range rec {
		c := cellAt(rec, j)
		contest := slices.Contains(contests, j)
		if c == "" && contest {
			if e.line == 0 {
				e.line, e.col = line, j
			}
			if j == choice && e.choiceLine == 0 {
				e.choiceLine = line
			}
		}
		if l := strings.ToLower(c); (e.wordLine == 0 || contest && !e.inContest) && (slices.Contains(cvrBlank, l) || slices.Contains(cvrInvalid, l)) {
			e.wordLine, e.wordCol, e.word, e.inContest = line, j, c, contest
		}
	}
	// a record shorter than its header: the contests past its end empty
	for _, j := range contests {
		if j >= len(rec) && e.line == 0 {
			e.line, e.col = line, j
		}
		if j >= len(rec) && j == choice && e.choiceLine == 0 {
			e.choiceLine = line
		}
	}
}

// draft returns the mapping's "empty" and guesses with what it rests on.
// A record of several contests that writes "undervote" or "overvote" for
// a contest on the ballot left unmarked or marked twice leaves a cell
// empty only where the contest was not on the ballot's style:
// EmptyNotOnBallot, said with the lines that show it. Where the record
// does not show it (one contest, or no such word), "empty" is left out,
// and a guess says where the first empty cell is and the three meanings
// to choose from: the count refuses an empty cell until one is set
// (docs/ballots.md, "What an empty choice cell means").
func (e *cvrEmpties) draft(header []string, several bool, guesses []string) (string, []string) {
	if e.line == 0 {
		return "", guesses
	}
	where := fmt.Sprintf("the first at line %d, column %s", e.line, echo.Quote(header[e.col]))
	if e.choiceLine > 0 && e.choiceLine != e.line {
		where += fmt.Sprintf("; in the choice column, at line %d", e.choiceLine)
	} else if e.choiceLine == 0 {
		where += "; none in the choice column"
	}
	if several && e.inContest {
		return EmptyNotOnBallot, append(guesses, fmt.Sprintf(`empty: %q: the record has empty choice cells (%s), and it writes %s (line %d, column %s) for a contest on the ballot left unmarked or marked twice: a record of several contests so written leaves a cell empty where the contest was not on the ballot's style; such a line is not counted in the contest, neither as a ballot nor as an invalid one (docs/ballots.md, "What an empty choice cell means")`,
			EmptyNotOnBallot, where, echo.Quote(e.word), e.wordLine, echo.Quote(header[e.wordCol])))
	}
	why := `it writes no "undervote" or "overvote" for a contest left unmarked that would tell`
	switch {
	case e.wordLine > 0 && !several:
		why = fmt.Sprintf("it writes %s (line %d, column %s) for a rank or contest left unmarked, but of one contest, whose empty cell may be a ballot without a mark as well", echo.Quote(e.word), e.wordLine, echo.Quote(header[e.wordCol]))
	case e.wordLine > 0:
		why = fmt.Sprintf("it writes %s (line %d, column %s) outside its contests' columns alone, which does not tell", echo.Quote(e.word), e.wordLine, echo.Quote(header[e.wordCol]))
	}
	return "", append(guesses, fmt.Sprintf(`empty: not given: the record has empty choice cells (%s), and %s: add "empty": %q if the contest was not on that ballot's style (the line is not counted in it), %q for a ballot without a mark, or %q for an invalid ballot (both counted as invalid ballots); the count refuses an empty choice cell until "empty" says what it means (docs/ballots.md, "What an empty choice cell means")`,
		where, why, EmptyNotOnBallot, EmptyBlank, EmptyInvalid))
}
