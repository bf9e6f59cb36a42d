package ingest

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// Two rows of a long file for one protocol and choice of the okrug ballot
// that differ in a column naming a person (a first name, a surname, a
// candidate's name, a person's ID) are two candidates, not two parts of
// one figure: the House of Commons Library's 2024 file by candidate,
// whose choice is "Party abbreviation", gives three Independents in
// Birmingham Hall Green and Moseley under "Ind", and "choice_rows": "sum"
// made them one candidate of 14,034 votes, elected over Labour's 12,798.
// The error of a second row says so and proposes the person's column to
// join the choice with (personHint); a count that sums such rows says so
// (Counts.SummedPeople, finding I613, provisional). A list's rows are
// left alone: a party's votes may be its candidates' summed.

// SummedPeople is a protocol of a long file whose rows for a choice of
// the okrug ballot "choice_rows": "sum" summed differ in a column that
// names a person: the first two such rows of its first such choice, the
// choice's cell text, and the person's columns they differ in (each its
// number and header, "14 Candidate surname").
type SummedPeople struct {
	Lines    [2]int
	Precinct string
	Ballot   election.BallotKind
	Machine  bool
	Choice   string
	Columns  []string
}

// personW are the words of a header that names a person: a candidate's
// name, its parts, or a person's ID.
var personW = []string{"first name", "firstname", "forename", "forenames", "given name", "given names",
	"surname", "last name", "lastname", "family name", "middle name", "full name", "candidate", "candidate name",
	"person", "person id", "personid",
	"nombre", "nombres", "apellido", "apellidos", "prénom", "vorname", "nachname",
	"имя", "фамилия", "отчество", "фио", "кандидат", "аты", "фамилиясы"}

// nameAlone are the headers that name a person by "Name" alone, and its
// words in other languages.
var nameAlone = []string{"name", "nom", "nombre", "nome", "имя", "ім'я"}

// personHeader says whether header h names a person (personW, or a
// header of "Name" alone), and how well (a name before a part of it, a
// part before an ID): 3 a whole name ("Candidate", "Candidate name",
// "ФИО", "Name"), 2 a surname, 1 a first name, an ID (read last: its
// cells name no one to a reader) or another word of a person; 0 none.
// It is the one rule of the draft and of the count (I613) for a column
// that names people. (A header of "Name" alone names a person: the ZEC's
// results of Zimbabwe's 2018 National Assembly by candidate,
// "Province,Constituency,Name,Gender,Party,Votes", and Kedah's; a name
// of something else says what, "Party name", "Constituency name"; so do
// its words in French, Spanish, Italian and Russian alone, "Nom", "Nombre",
// "Nome", "Имя". Denmark's "Navn" is not among them: in its list files the
// column names a list's own row, "Listestemmer", beside its candidates.)
func personHeader(h string) int {
	t := lowerHeader(trimHeader(h))
	switch {
	case slices.Contains(nameAlone, t):
		return 3
	case !anyWords(t, personW):
		return 0
	case anyWords(t, []string{"id", "code", "no", "nr", "number"}):
		return 1
	case anyWords(t, []string{"full name", "candidate name", "фио"}) || oneWordOf(t, []string{"candidate", "кандидат"}):
		return 3
	case anyWords(t, []string{"surname", "last name", "lastname", "family name", "apellido", "apellidos", "nachname", "фамилия", "фамилиясы"}):
		return 2
	}
	return 1
}

// personColumns returns the columns of the file no field reads whose
// header names a person (personHeader), best first, then those that
// describe one (traitHeader: "Gender", "Age"; two rows of one name that
// differ there are two people, the ECI's two "KOTHAPALLI GEETHA" of
// Araku in an edited file).
func (lr *longReader) personColumns() []int {
	if lr.personKnown {
		return lr.personCols
	}
	lr.personKnown = true
	for i, h := range lr.header {
		if (personHeader(h) > 0 || traitHeader(h)) && !slices.ContainsFunc(lr.s.fields, func(f field) bool { return f.idx == i }) {
			lr.personCols = append(lr.personCols, i)
		}
	}
	stableInts(lr.personCols, func(a, b int) int { return personHeader(lr.header[b]) - personHeader(lr.header[a]) })
	return lr.personCols
}

// peopleDiffer returns the person's columns (personColumns) the rows at
// lines first and second differ in, best first; nil when none, or when
// the reader no longer holds the first.
func (lr *longReader) peopleDiffer(first, second int) []int {
	cols := lr.personColumns()
	if len(cols) == 0 {
		return nil
	}
	delim := lr.s.delimiter()
	a, okA := lr.recent.cells(first, delim)
	b, okB := lr.recent.cells(second, delim)
	if !okA || !okB {
		return nil
	}
	var out []int
	for _, c := range cols {
		if c < len(a) && c < len(b) && !bytes.Equal(a[c], b[c]) && !personFigure(lr.header[c], a[c], b[c]) {
			out = append(out, c)
		}
	}
	return out
}

// columnText names column c, "14 Candidate surname".
func (lr *longReader) columnText(c int) string {
	if c < len(lr.header) {
		return strconv.Itoa(c+1) + " " + trimHeader(lr.header[c])
	}
	return strconv.Itoa(c + 1)
}

// peopleNext follows the row of protocol i that "choice_rows": "sum"
// adds to the choice's rows, the first at line first: rows of the okrug
// ballot that differ in a person's column are kept, one a protocol.
func (lr *longReader) peopleNext(i, first int, row *Row) {
	p := &lr.protos[i]
	if p.ballot != election.OkrugBallot || lr.peopleProtos[i] || len(lr.personColumns()) == 0 {
		return
	}
	cols := lr.peopleDiffer(first, row.Line)
	if len(cols) == 0 {
		return
	}
	if lr.peopleProtos == nil {
		lr.peopleProtos = map[int]bool{}
	}
	lr.peopleProtos[i] = true
	names := make([]string, len(cols))
	for k, c := range cols {
		names[k] = lr.columnText(c)
	}
	lr.people = append(lr.people, SummedPeople{Lines: [2]int{first, row.Line}, Precinct: p.precinct.ID, Ballot: p.ballot, Machine: p.machine,
		Choice: string(row.choiceCell), Columns: names})
}

// personHint is the advice, for a second row of a protocol and choice of
// the okrug ballot that differs from the first in a person's column, to
// join the choice with that column: the rows are two candidates, and
// summed they would be one. "" when they differ in none, or when the
// choice columns are joined already.
func (lr *longReader) personHint(first int, row *Row, ballot election.BallotKind) string {
	c := lr.s.m.ChoiceColumn
	if c == nil || c.Join || ballot != election.OkrugBallot {
		return ""
	}
	// (A column that describes a person, traitHeader, is not proposed
	// for the join: those that name one come first.)
	cols := lr.peopleDiffer(first, row.Line)
	if len(cols) == 0 || personHeader(lr.header[cols[0]]) == 0 {
		return ""
	}
	f := lr.choiceField(row)
	h := trimHeader(lr.header[cols[0]])
	if anyWords(lowerHeader(h), factWords) {
		return fmt.Sprintf(`; column %d %q, the candidate's rank or number, tells the two rows apart: they are two candidates of one name, not parts of one figure, and "choice_rows": %q would add different people's votes into one candidate's; name each by its cells joined: "choice_column": {"columns": [%q, %q], "join": true}, and key choice_values by the joined texts (%s, " / " and the other cell)`,
			cols[0]+1, h, ChoiceRowsSum, trimHeader(f.header), h, echo.Quote(row.choiceCell))
	}
	return fmt.Sprintf(`; column %d %q names a person, and the two rows name two: they are two candidates, not parts of one figure, and "choice_rows": %q would add different people's votes into one candidate's; name each by its cells joined: "choice_column": {"columns": [%q, %q], "join": true}, and key choice_values by the joined texts (%s, " / " and the other cell)`,
		cols[0]+1, h, ChoiceRowsSum, trimHeader(f.header), h, echo.Quote(row.choiceCell))
}

// candidateRowsArea returns, for a file whose rows are candidates (a
// column of text, filled on every row, names a person by a name or a
// surname, personHeader 2 or more, of more values than half the rows,
// and a person's ID names each row once),
// the column that names their areas by a code (numbersAreas: "ONS ID"),
// filled on every row, repeating, its rows run together, the finest of
// those (the most values; the first of as many), and that person's
// column; with no person's ID, the column that names their districts
// (districtRows), and district true; -1, -1 otherwise.
func candidateRowsArea(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string) (area, person int, district bool) {
	area, person = -1, -1
	for i := range header {
		if !used[i] && !numeric[i] && nonEmpty[i] == len(rows) && personHeader(header[i]) >= 2 && len(values[i])*2 > len(rows) {
			person = i
			break
		}
	}
	if person < 0 || len(rows) < 2 {
		return -1, -1, false
	}
	// (Only beside a person's ID that names each row once, "DC Person
	// ID", which would be taken for the precinct: other files of
	// candidates find their areas as they did.)
	personID := false
	for i, h := range header {
		personID = personID || personHeader(h) > 0 && anyWords(norm(i), idH) && nonEmpty[i] == len(rows) && len(values[i]) == len(rows)
	}
	if !personID {
		if area = districtRows(header, rows, used, numeric, nonEmpty, values, norm, person); area < 0 {
			return -1, -1, false
		}
		return area, person, true
	}
	for i := range header {
		if used[i] || nonEmpty[i] != len(rows) || personHeader(header[i]) > 0 || !numbersAreas(norm(i)) || choiceHeader(norm(i)) ||
			len(values[i]) >= len(rows) || !inRuns(rows, i) {
			continue
		}
		if area < 0 || len(values[i]) > len(values[area]) {
			area = i
		}
	}
	if area < 0 {
		return -1, -1, false
	}
	return area, person, false
}

// districtRows returns, for a file of candidates with no person's ID
// (candidateRowsArea), the column that names their districts: a
// single-member district's by its header ("Constituency"), text, filled
// on every row, its rows run together (or one district on every row: a
// cut of one), each naming a person of column person once, the finest
// of those; where a party's column and a column
// of figures named like votes stand beside. -1 otherwise. (Zimbabwe's
// 2018 National Assembly by candidate, "Province,Constituency,Name,
// Gender,Party,Votes": read by its rows, a cut of one constituency
// named each row by its candidate's name as a precinct, and its one
// column of figures, "Votes", a choice elected with every candidate's
// votes; the whole file summed a party's two candidates into one.)
func districtRows(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string, person int) int {
	// (Only where the person's header is no candidate's word, "Name":
	// files headed "candidate" (Zambia's, Tanzania's, Uganda's) are
	// drafted as candidates' files already, their areas found so.)
	if candidateHeader(norm(person)) {
		return -1
	}
	votes := false
	for i := range header {
		votes = votes || !used[i] && numeric[i] && namedVotes(norm(i))
	}
	if !votes || partyColumn(header, used, numeric, nonEmpty, len(rows), norm, person) < 0 {
		return -1
	}
	area := -1
	for i := range header {
		if i == person || used[i] || numeric[i] || nonEmpty[i] != len(rows) || personHeader(header[i]) > 0 || choiceHeader(norm(i)) ||
			!has(norm(i), okrugH) && !anyWords(norm(i), okrugW) || len(values[i]) >= len(rows) || len(values[i]) > 1 && !inRuns(rows, i) || repeats(rows, i, person) {
			continue
		}
		if area < 0 || len(values[i]) > len(values[area]) {
			area = i
		}
	}
	return area
}

// partyColumn returns the column of text, filled on every row, whose
// header names a party, other than not; of several, one that names it
// short ("Party abbreviation" before "Party name"), else the first; -1
// when none.
func partyColumn(header []string, used, numeric []bool, nonEmpty []int, rows int, norm func(int) string, not int) int {
	best := -1
	for i := range header {
		if i == not || used[i] || numeric[i] || nonEmpty[i] != rows || !anyWords(norm(i), []string{"party", "parti", "partido", "partei", "partij", "партия"}) || anyWords(norm(i), []string{"id", "code"}) {
			continue
		}
		if best < 0 || anyWords(norm(i), []string{"abbreviation", "abbr", "short"}) && !anyWords(norm(best), []string{"abbreviation", "abbr", "short"}) {
			best = i
		}
	}
	return best
}

// personFigure says whether a person's column (personHeader) holds a
// figure of the person's votes, no name: a header of a share or of votes
// ("candidate_share": Pakistan's 2018 file), or a cell of decimals
// ("0.00134985887838999"). Two rows differ there as any two candidates'
// figures do: a join with it would key choice_values by figures. (A
// rank, "candidate_rank", tells two candidates of one name apart, and
// is proposed so.)
func personFigure(h string, a, b []byte) bool {
	t := lowerHeader(trimHeader(h))
	if anyWords(t, percentW) || namedVotes(t) {
		return true
	}
	return decimalCell(strings.TrimSpace(string(a))) || decimalCell(strings.TrimSpace(string(b)))
}
