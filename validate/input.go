package validate

import (
	"math"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// UnreadableRow is the finding for a row of an input file that could not
// be read and was skipped on request: file, 1-based line and column (0
// when not known) and the reason. Nothing is skipped silently: the caller
// turns each skipped row into this finding.
func UnreadableRow(file string, line, column int, reason string) Finding {
	d, _ := defOf(RowUnreadable)
	if column <= 0 {
		// The column is not known (a ballot of a cast-vote record
		// whose choice is none of the ballot's): the row alone, the
		// reason naming the field, not "column ?".
		d.body = words.Of("finding.I601.row")
	}
	return d.finding(Place{Level: LevelFile, File: file, Row: line, Column: column}, "", "", 0,
		vars{"row": same(strconv.Itoa(line)), "column": same(strconv.Itoa(column)), "reason": same(reason)})
}

// TotalOfRows is the finding for row line of file (precinct its precinct
// ID) that is a total, not a precinct: its figures are the sums of those
// of rows other rows, lines first to last (times 0); or the file's sums,
// its own figures among them, are times (3 or more) times its figures: the
// other rows' sums times-1 times, the file holding totals at times-1
// levels (which the finding's words give). The count takes it for a precinct, so that the votes of
// those rows count more than once. The caller leaves it in the count, as
// read; the mapping's row filter (ingest.RowFilter) leaves it out.
func TotalOfRows(file string, line int, precinct string, first, last, rows, times int) Finding {
	return totalOf(file, line, 0, precinct, first, last, rows, times)
}

// SameFiguresRow is the finding for the row on line of file (precinct its
// precinct ID, of ballot and count machine) whose figures not 0 are every
// one those of the row on line of, of another precinct: one protocol
// given twice under two precincts, both counted.
func SameFiguresRow(file string, line int, precinct string, ballot election.BallotKind, machine bool, of int) Finding {
	return newFinding(SameFigures, Place{Level: LevelPrecinct, File: file, Row: line, Precinct: precinct, Ballot: ballot, Machine: machine}, "", "", 0,
		vars{"row": same(strconv.Itoa(line)), "of": same(strconv.Itoa(of))})
}

// TotalOfColumns is TotalOfRows for a transposed file, whose precincts
// are columns: column (of the header row, on line) is a total of the
// other columns, first to last.
func TotalOfColumns(file string, line, column int, precinct string, first, last, columns, times int) Finding {
	return totalOf(file, line, column, precinct, first, last, columns, times)
}

func totalOf(file string, line, column int, precinct string, first, last, rows, times int) Finding {
	key := "i603.rows"
	switch {
	case times > 2:
		key = "i603.levels"
	case rows == 1 && first == last:
		key = "i603.row" // "the other 1 rows of lines 2–2" said of one row
	}
	d, _ := defOf(TotalRow)
	if column > 0 {
		key = "i603.columns"
		if times > 2 {
			key = "i603.columns_levels"
		}
		d.body = words.Of("finding.I603.column")
	}
	a := words.Args{"rows": strconv.Itoa(rows), "first": strconv.Itoa(first), "last": strconv.Itoa(last),
		"times": strconv.Itoa(times), "levels": strconv.Itoa(times - 1)}
	how := Message{En: words.Say("en", key, a), Ru: words.Say("ru", key, a), Ky: words.Say("ky", key, a)}
	return d.finding(Place{Level: LevelFile, File: file, Row: line, Column: column, Precinct: precinct}, "", "", 0,
		vars{"row": same(strconv.Itoa(line)), "column": same(strconv.Itoa(column)), "precinct": same(precinct), "how": how})
}

// TotalOfPlace is TotalOfRows for a row whose precinct's name says total
// and whose figures are the sums of the other rows of its region or okrug
// (level "region" or "okrug", place its ID), rows rows, the other rows
// named totals left out: a file sorted by another column than the place
// (a long file by candidate) puts them anywhere. column is a transposed
// file's, 0 for a row.
func TotalOfPlace(file string, line, column int, precinct, level, place string, rows int) Finding {
	d, _ := defOf(TotalRow)
	if column > 0 {
		d.body = words.Of("finding.I603.column")
	}
	key := "i603.region"
	if level == "okrug" {
		key = "i603.okrug"
	}
	a := words.Args{"rows": strconv.Itoa(rows), "place": place}
	how := Message{En: words.Say("en", key, a), Ru: words.Say("ru", key, a), Ky: words.Say("ky", key, a)}
	return d.finding(Place{Level: LevelFile, File: file, Row: line, Column: column, Precinct: precinct}, "", "", 0,
		vars{"row": same(strconv.Itoa(line)), "column": same(strconv.Itoa(column)), "precinct": same(precinct), "how": how})
}

// NamedTotalRow is the finding for the row on line of file whose
// precinct's name says total but whose figures total no block of rows:
// it is counted as a precinct.
func NamedTotalRow(file string, line int, precinct string) Finding {
	return newFinding(NamedTotal, Place{Level: LevelFile, File: file, Row: line, Precinct: precinct}, "", "", 0,
		vars{"row": same(strconv.Itoa(line)), "precinct": same(precinct)})
}

// NamedTotalNear is NamedTotalRow said with the block of rows the row
// most nearly totals, the one where the fewest of its figures differ from
// their sums: the other rows of its region or okrug (level, place), or of
// its ballot (level ""), rows of them, those named totals left out. figure
// ("votes.a", "lines.valid") is the first that differs, summed to want
// where the row gives got; differ is how many differ (one at least). The
// finding's Want, Got and Gap are that figure's.
func NamedTotalNear(file string, line int, precinct, level, place string, rows int, figure string, want, got int64, differ int) Finding {
	d, _ := defOf(NamedTotal)
	d.body = words.Of("finding.I608.near")
	key := "i608.all"
	switch level {
	case "region", "okrug":
		key = "i608." + level
	}
	// got − want may leave the int64 range (a sum near MaxInt64, a row at
	// -10); its magnitude fits a uint64: said exactly, the finding's Gap
	// saturated.
	mag, sign, gap := uint64(got)-uint64(want), "+", int64(math.MaxInt64)
	if got < want {
		mag, sign, gap = uint64(want)-uint64(got), "-", math.MinInt64
	}
	if mag <= math.MaxInt64 {
		gap = got - want
	}
	a := words.Args{"rows": strconv.Itoa(rows), "place": place, "figure": figure, "want": strconv.FormatInt(want, 10),
		"got": strconv.FormatInt(got, 10), "gap": sign + strconv.FormatUint(mag, 10), "differ": strconv.Itoa(differ)}
	if got == want {
		a["gap"] = "0"
	}
	how := Message{En: words.Say("en", key, a), Ru: words.Say("ru", key, a), Ky: words.Say("ky", key, a)}
	p := Place{Level: LevelFile, File: file, Row: line, Precinct: precinct}
	return d.finding(p, strconv.FormatInt(want, 10), strconv.FormatInt(got, 10), gap,
		vars{"row": same(strconv.Itoa(line)), "precinct": same(precinct), "how": how})
}

// RowPlacedElsewhere is the finding for the row on line of file that
// places precinct in region or okrug (field, "region" or "okrug") got,
// where the election's definition places it in want ("" for none): the
// definition's place is counted.
func RowPlacedElsewhere(file string, line int, precinct, field, got, want string) Finding {
	what := Message{En: "region", Ru: "регион", Ky: "аймак"}
	if field == "okrug" {
		what = Message{En: "okrug", Ru: "округ", Ky: "округ"}
	}
	d, _ := defOf(RowElsewhere)
	if want == "" {
		d.body = words.Of("finding.I605.none") // «» would name no place
	}
	return d.finding(Place{Level: LevelFile, File: file, Row: line, Precinct: precinct}, want, got, 0,
		vars{"row": same(strconv.Itoa(line)), "precinct": same(precinct), "field": what})
}

// RowPlacedElsewhereThanFile is RowPlacedElsewhere for an election whose
// definition lists no precincts: the precinct was learnt from first, the
// file that names it first, which places it in want ("" for none), and
// that file's place is counted.
func RowPlacedElsewhereThanFile(file string, line int, precinct, field, got, want, first string) Finding {
	f := RowPlacedElsewhere(file, line, precinct, field, got, want)
	f.say.body = words.Of("finding.I605.file")
	if want == "" {
		f.say.body = words.Of("finding.I605.file_none")
	}
	f.say.args["first"] = same(first)
	return f
}

// CandidateInManyOkrugs is the finding for the candidate ID of the okrug
// ballot that stands in the okrugs standing (two or more) and is elected
// in the okrugs elected (one or more, each also in standing).
func CandidateInManyOkrugs(id string, standing, elected []string) Finding {
	return newFinding(CandidateInOkrugs, Place{Level: LevelNation, Candidate: id}, "1", strconv.Itoa(len(standing)), int64(len(standing)-1),
		vars{"okrugs": same(strings.Join(standing, ", ")), "elected": same(strings.Join(elected, ", ")), "n": same(strconv.Itoa(len(elected)))})
}

// OkrugWrittenTwoWays is the finding for okrug, learnt from the files,
// first named on line of file, whose name differs from first's (first
// named on firstLine of firstFile) only in spaces, punctuation or case,
// the candidates of one all standing in the other: most likely one okrug
// written two ways, counted as two.
func OkrugWrittenTwoWays(okrug, file string, line int, first, firstFile string, firstLine int) Finding {
	return newFinding(OkrugTwoWays, Place{Level: LevelFile, File: file, Row: line, Okrug: okrug}, first, okrug, 0,
		vars{"row": same(strconv.Itoa(line)), "first_row": same(strconv.Itoa(firstLine)), "first_file": same(echo.Text(firstFile))})
}

// OkrugNamedShort is the finding for okrug, learnt from the files, named
// on n protocols of file (the first on line), whose name is the leading
// parts of longer's (first named on firstLine of firstFile), the
// candidates of one all standing in the other: a part of its name left
// out (an empty cell of an okrug named by several columns joined: a
// district office's rows whose district is blank), most likely one okrug
// written two ways, counted as two.
func OkrugNamedShort(okrug, file string, line, n int, longer, firstFile string, firstLine int) Finding {
	return newFinding(OkrugPartLeftOut, Place{Level: LevelFile, File: file, Row: line, Okrug: okrug}, longer, okrug, 0,
		vars{"row": same(strconv.Itoa(line)), "protocols": same(strconv.Itoa(n)), "first_row": same(strconv.Itoa(firstLine)), "first_file": same(echo.Text(firstFile))})
}

// OneChoiceInEveryOkrug is the finding for a count whose okrugs learnt
// from files, n of them (two or more), each have one candidate, id, the
// same in all: most likely a mapping whose one choice is a column of
// every candidate's votes.
func OneChoiceInEveryOkrug(id string, n int) Finding {
	return newFinding(OneChoiceEverywhere, Place{Level: LevelNation, Candidate: id}, "", "", 0,
		vars{"n": same(strconv.Itoa(n))})
}

// OneChoiceInOneOkrug is OneChoiceInEveryOkrug for a count whose one
// okrug learnt from files has one candidate, id, named like a column of
// figures ("votes"), not a person: a cut of one constituency of a file by
// candidate, drafted wide, elected "Votes" with every candidate's votes
// summed (Zimbabwe's Harare South, 2018: 63,415).
func OneChoiceInOneOkrug(id, okrug string) Finding {
	d, _ := defOf(OneChoiceEverywhere)
	d.body = words.Of("finding.X231.one")
	return d.finding(Place{Level: LevelOkrug, Okrug: okrug, Candidate: id}, "", "", 0, vars{"okrug": same(okrug)})
}

// OneListFigure is OneChoiceInEveryOkrug for the list ballot: its one
// list, id (named name), named like a column of figures ("Votes"), took
// seats list seats: most likely a long file's votes column read as a wide
// file's one party.
func OneListFigure(id, name string, seats int) Finding {
	d, _ := defOf(OneChoiceEverywhere)
	d.body = words.Of("finding.X231.list")
	return d.finding(Place{Level: LevelNation, Party: id}, "", "", 0, vars{"name": same(name), "seats": same(strconv.Itoa(seats))})
}

// ChoiceTotal is the finding for a choice id (its name, name) that won
// where (an okrug, or list seats) with votes that read as a total of the
// other choices', how: "sum" (their sum), "sum_invalid" (their sum and
// the invalid ballots) or "named" (at least their sum, its name a
// total's).
func ChoiceTotal(id, name, how, where string) Finding {
	return newFinding(ChoiceIsTotal, Place{Level: LevelNation, Candidate: id}, "", "", 0,
		vars{"name": same(name), "how": words.Of("finding.X235.how." + how), "where": same(where)})
}

// NotChoiceWon is the finding for a choice id (its name, name) named as
// the blank votes, spoilt ballots or "against all" that won seats: where
// names the okrugs it won or its list seats.
func NotChoiceWon(id, name, where string) Finding {
	return newFinding(NotChoiceSeated, Place{Level: LevelNation, Candidate: id}, "", "", 0,
		vars{"name": same(name), "where": same(where)})
}

// DataHeaderRow is the finding for a file whose header's last row, on
// line, holds whole numbers above every figure the mapping names by column
// number, as a data row does (ingest.Counts.DataHeader): if it is one,
// skip_rows or header_rows is one too many and the row is not counted.
func DataHeaderRow(file string, line int) Finding {
	return newFinding(DataHeader, Place{Level: LevelFile, File: file, Row: line}, "", "", 0,
		vars{"row": same(strconv.Itoa(line))})
}

// SkippedDataLine is the finding for a file without a header whose last
// line skipped by skip_rows, line, reads as a data row
// (ingest.Counts.SkippedData): if it is one, skip_rows is one too many and
// the row is not counted.
func SkippedDataLine(file string, line int) Finding {
	return newFinding(SkippedData, Place{Level: LevelFile, File: file, Row: line}, "", "", 0,
		vars{"row": same(strconv.Itoa(line))})
}

// SummedRowsAlike is the finding for the rows of a long file, on lines
// first and second of file (and n rows in all that repeat another so),
// that "choice_rows": "sum" summed although they differ in no cell but
// the figure (ingest.Counts.SummedAlike): the sum is counted, but a row
// given twice or a total under a precinct's name counts votes twice.
func SummedRowsAlike(file string, first, second, n int) Finding {
	return newFinding(SummedAlike, Place{Level: LevelFile, File: file, Row: second}, "", "", 0,
		vars{"row": same(strconv.Itoa(second)), "first": same(strconv.Itoa(first)), "n": same(strconv.Itoa(n))})
}

// SummedRowsNumbers is SummedRowsAlike for rows that differ in numeric
// cells alone, columns (each "N header") besides the figure: on lines
// first and second of file, the rows of choice at precinct, and n
// protocols' choices of the file summed so (ingest.Counts.SummedNumbers):
// no text cell tells them apart as parts of one figure.
func SummedRowsNumbers(file string, first, second int, precinct, choice string, n int, columns string) Finding {
	d, _ := defOf(SummedAlike)
	d.body = words.Of("finding.I610.numbers")
	return d.finding(Place{Level: LevelFile, File: file, Row: second, Precinct: precinct}, "", "", 0,
		vars{"row": same(strconv.Itoa(second)), "first": same(strconv.Itoa(first)), "n": same(strconv.Itoa(n)),
			"choice": same(choice), "columns": same(columns)})
}

// SummedRowsRepeat is the finding for a long file whose rows summed
// under "choice_rows": "sum" each repeat their group's figure
// (ingest.Counts.SummedRepeat): on lines first and second of file, the
// rows of choice at precinct both give figure, and n protocols of the
// file have such a group; columns are those the two rows differ in (each
// "N header"), "" when not known.
func SummedRowsRepeat(file string, first, second int, precinct, choice string, figure int64, n int, columns string) Finding {
	d, _ := defOf(SummedRepeat)
	if columns == "" {
		columns = "?"
	}
	return d.finding(Place{Level: LevelFile, File: file, Row: second, Precinct: precinct}, "", "", 0,
		vars{"row": same(strconv.Itoa(second)), "first": same(strconv.Itoa(first)), "n": same(strconv.Itoa(n)),
			"figure": same(strconv.FormatInt(figure, 10)), "choice": same(choice), "columns": same(columns)})
}

// SameVotesEverywhere is the finding for a long file whose protocols of
// two choices or more nearly all give them one figure
// (ingest.Counts.SameVotes): the first such protocol at line of file, of
// precinct, gives each choice figure, n protocols of of do so, and column
// is the votes column as the mapping names it.
func SameVotesEverywhere(file string, line int, precinct, column string, figure int64, n, of int) Finding {
	d, _ := defOf(VotesAllSame)
	return d.finding(Place{Level: LevelFile, File: file, Row: line, Precinct: precinct}, "", "", 0,
		vars{"row": same(strconv.Itoa(line)), "n": same(strconv.Itoa(n)), "of": same(strconv.Itoa(of)), "figure": same(strconv.FormatInt(figure, 10)), "column": same(column)})
}

// SamePartEverywhere is the finding for a part of a long file's
// votes_column sum that gives the choices of nearly every protocol one
// figure (ingest.Counts.SameParts): column (its number and header), the
// first such protocol at line of file, of precinct, where the part is
// figure on every choice's row, and n protocols of of do so.
func SamePartEverywhere(file string, line int, precinct, column string, figure int64, n, of int) Finding {
	d, _ := defOf(PartAllSame)
	return d.finding(Place{Level: LevelFile, File: file, Row: line, Precinct: precinct}, "", "", 0,
		vars{"row": same(strconv.Itoa(line)), "n": same(strconv.Itoa(n)), "of": same(strconv.Itoa(of)), "figure": same(strconv.FormatInt(figure, 10)), "column": same(column)})
}

// SummedRowsPeople is the finding for a long file whose rows summed
// under "choice_rows": "sum" for a choice of the okrug ballot differ in a
// column that names a person (ingest.Counts.SummedPeople): on lines first
// and second of file, the rows of choice at precinct name two people in
// columns (each "N header"), and n protocols of the file have such rows.
func SummedRowsPeople(file string, first, second int, precinct, choice string, n int, columns string) Finding {
	d, _ := defOf(SummedPeople)
	return d.finding(Place{Level: LevelFile, File: file, Row: second, Precinct: precinct}, "", "", 0,
		vars{"row": same(strconv.Itoa(second)), "first": same(strconv.Itoa(first)), "n": same(strconv.Itoa(n)),
			"choice": same(choice), "columns": same(columns)})
}

// SummedOverVoters is the finding for the protocols of a long file whose
// votes, some summed from rows under "choice_rows": "sum", pass their
// voters on the list times the votes a ballot carries
// (ingest.Counts.SummedOver): the first at line of file, of precinct,
// votes for voters, n such protocols in the file; columns are those the
// file's first two rows summed differ in ("N header"), "" when not known.
func SummedOverVoters(file string, line int, precinct string, votes, voters int64, n int, columns string) Finding {
	d, _ := defOf(SummedOver)
	if columns == "" {
		columns = "?"
	}
	return d.finding(Place{Level: LevelFile, File: file, Row: line, Precinct: precinct}, strconv.FormatInt(voters, 10), strconv.FormatInt(votes, 10), votes-voters,
		vars{"row": same(strconv.Itoa(line)), "n": same(strconv.Itoa(n)), "columns": same(columns)})
}

// MissingBaseLine is the finding for a counted protocol of precinct, on
// ballot, that lacks line, which the threshold base named base
// ("participants", "found", "valid", "voters") is made of: a list
// ballot's threshold, or an okrug ballot's majority rule. The caller
// reports what that base serves as not evaluated: a sum without the line
// would be a smaller base that passes lists or candidates on missing data.
func MissingBaseLine(precinct string, ballot election.BallotKind, line election.Line, base string) Finding {
	p := Place{Level: LevelPrecinct, Precinct: precinct, Ballot: ballot, Line: string(line)}
	return newFinding(BaseLineMissing, p, "line "+string(line), "none", 0, vars{"base": baseName(base)})
}

// baseName is a threshold base in words.
func baseName(b string) Message {
	switch b {
	case "participants", "found", "valid", "voters", "votes":
		return words.Of("base." + b)
	}
	return same(b)
}

// PartsDisagree is the finding for the row on line of file that gives
// figure ("lines.valid", "votes.a") of the protocol of precinct, ballot
// and count (machine) as got, where the row on otherLine of other, a file
// that gives another part of the protocol, gives it as want: which is
// right is not known, so the joined protocol leaves the figure not given.
func PartsDisagree(file string, line int, precinct string, ballot election.BallotKind, machine bool, figure string, got int64, other string, otherLine int, want int64) Finding {
	p := Place{Level: LevelFile, File: file, Row: line, Precinct: precinct, Ballot: ballot, Machine: machine}
	return newFinding(PartsDiffer, p, strconv.FormatInt(want, 10), strconv.FormatInt(got, 10), got-want,
		vars{"row": same(strconv.Itoa(line)), "precinct": same(precinct), "figure": same(figure), "other": same(other), "other_row": same(strconv.Itoa(otherLine))})
}

// OkrugRegionsDisagree is the finding for the rows of okrug that name
// two regions: the row on firstLine of firstFile names want, the first of
// them, the row on line of file got; or, when firstFile is "", the
// election's definition places the okrug in want (and lists no precincts:
// the rows place them). The rows are counted in one okrug, as two okrugs
// of one name in two regions would be; one learnt from the rows is left
// in no region. key is the okrug named by its region too, as a mapping
// writes it ({"columns": ["lga_name", "ward_name"]}).
func OkrugRegionsDisagree(okrug, firstFile string, firstLine int, want, file string, line int, got, key string) Finding {
	d, _ := defOf(OkrugRegions)
	switch {
	case firstFile == "":
		d.body = words.Of("finding.I607.definition")
	case firstFile != file:
		d.body = words.Of("finding.I607.files")
	}
	return d.finding(Place{Level: LevelFile, File: file, Row: line, Okrug: okrug, Region: got}, want, got, 0,
		vars{"row": same(strconv.Itoa(line)), "first_row": same(strconv.Itoa(firstLine)), "first_file": same(echo.Text(firstFile)), "key": same(key)})
}

// DuplicateRows gives f, a duplicate protocol's finding (X207) placed at
// the row of the protocol's last copy, the row of its first: firstRow of
// firstFile ("" for f's own file). Its sentence then names both rows, so
// that a reader finds the pair; and where the file's mapping names the
// precinct by several columns already (columns, as the mapping writes
// them), it says that a column telling different precincts apart is
// added to those, not the two-column form a file of one column needs. A
// finding of another code is left as it is.
func (f *Finding) DuplicateRows(firstFile string, firstRow int, columns []string) {
	if f == nil || f.Code != DuplicateProtocol || f.say == nil || firstRow <= 0 {
		return
	}
	say := *f.say
	say.args = vars{}
	for k, v := range f.say.args {
		say.args[k] = v
	}
	at := func(file string, row int) Message {
		in := func(l string) string {
			s := words.Say(l, "where.row", words.Args{"row": strconv.Itoa(row)})
			if file != "" {
				s = words.Say(l, "where.file", words.Args{"file": echo.Text(file)}) + ", " + s
			}
			return s
		}
		return Message{En: in("en"), Ru: in("ru"), Ky: in("ky")}
	}
	say.args["first"] = at(firstFile, firstRow)
	say.args["last"] = at("", f.Place.Row)
	say.body = words.Of("finding.X207.rows")
	if len(columns) > 1 {
		say.body = words.Of("finding.X207.columns")
		quoted := make([]string, len(columns))
		for i, c := range columns {
			quoted[i] = `"` + echo.Text(c) + `"`
		}
		say.args["columns"] = same(strings.Join(quoted, ", "))
	}
	f.say = &say
}

// TotalOfParts is the finding for the row on line of file (precinct's)
// whose total of the columns of figure ("votes_column", "lines.valid"),
// the file's own in column (the mapping's "totals": "N header"), is total,
// not their sum, sum, which is counted (ingest.TotalOff).
func TotalOfParts(file string, line int, precinct, figure, column string, sum, total int64) Finding {
	p := Place{Level: LevelFile, File: file, Row: line, Precinct: precinct}
	return newFinding(TotalParts, p, strconv.FormatInt(sum, 10), strconv.FormatInt(total, 10), total-sum,
		vars{"row": same(strconv.Itoa(line)), "precinct": same(precinct), "figure": same(figure), "column": same(column)})
}
