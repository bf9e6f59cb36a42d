package ingest

import (
	"slices"
	"strconv"
	"strings"
)

// fusionColumns finds the candidate column of a long file whose party
// column was taken for the choice, where a candidate stands on the lines
// of several parties (fusion voting: New York's Romney on the Republican
// and Conservative lines, Obama on the Democratic and Working Families
// ones): the candidate column repeats in a precinct, and with the party
// names each row once. The candidate is then the choice, and the party
// rows are parts of the candidate's votes, summed; counted by party, a
// candidate's votes split and the wrong one may lead. It returns the
// candidate column, or -1. key holds the precinct's columns and the
// count's.
func fusionColumns(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, norm func(int) string, key []int, party int) int {
	if party < 0 || !anyWords(norm(party), partyWords) {
		return -1
	}
	for i := range header {
		if i == party || used[i] || numeric[i] || nonEmpty[i] != len(rows) || !anyWords(norm(i), []string{"candidate", "candidate name", "candidato", "kandidat"}) {
			continue
		}
		with := append(append([]int(nil), key...), i)
		if repeats(rows, with...) && !repeats(rows, append(with, party)...) && severalLines(rows, key, i, party) {
			return i
		}
	}
	return -1
}

// fusionWhy says why a candidate's rows, a party's line each, are summed.
const fusionWhy = "a party's line each, on which the candidate stands (fusion voting): counted by party, a candidate's votes split and another may lead; "

// fusionOrJoin follows fusionColumns: the candidate column cand (-1 when
// none), and whether its rows of a name on the lines of several parties
// are one person's (onePerson) and why, to be summed; if they are two
// people's, by is the party column to join the name with, a party's name
// or abbreviation before the party column the draft took (its symbol,
// the ECI's "Party Symbol"), where it names each row of a precinct and
// name once.
func fusionOrJoin(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, norm func(int) string, key []int, party int) (cand, by int, one bool, why string) {
	if cand = fusionColumns(header, rows, used, numeric, nonEmpty, norm, key, party); cand < 0 {
		return -1, -1, false, ""
	}
	if one, why = onePerson(header, rows, key, cand, party); one {
		return cand, party, true, fusionWhy + why
	}
	by = partyColumn(header, used, numeric, nonEmpty, len(rows), norm, cand)
	if by < 0 || repeats(rows, append(slices.Clone(key), cand, by)...) {
		by = party
	}
	return cand, by, false, why
}

// partyLines says, for a column of candidates (cand) whose names repeat
// in a precinct (key), beside a party's column, whether a name on the
// lines of two parties there (severalLines), each row of a name a party's,
// is one person (onePerson; the guess of the sum returned) or two people
// (false, why); false and "" where no name stands so, or where the party
// splits the names into sets of two or more (splits: each party's
// primary).
func partyLines(header []string, rows [][]string, key []int, cand, party int) (bool, string) {
	with := append(slices.Clone(key), cand)
	if !severalLines(rows, key, cand, party) || repeats(rows, append(with, party)...) {
		return false, ""
	}
	if sets, many := splits(rows, party, cand, key); sets >= 2 && many == sets {
		return false, ""
	}
	one, why := onePerson(header, rows, key, cand, party)
	if one {
		why = fusionWhy + why
	}
	return one, why
}

// severalLines says whether some candidate of column cand is named on the
// rows of two parties (column party, both cells not empty) in one
// precinct: rows of one candidate with no party beside (write-ins) are
// no fusion.
func severalLines(rows [][]string, key []int, cand, party int) bool {
	first := map[string]string{}
	for _, rec := range rows {
		p := cellAt(rec, party)
		if p == "" {
			continue
		}
		var b strings.Builder
		for _, k := range append(append([]int(nil), key...), cand) {
			if k >= 0 {
				b.WriteString(cellAt(rec, k))
			}
			b.WriteByte(0)
		}
		k := b.String()
		if q, ok := first[k]; ok && q != p {
			return true
		}
		first[k] = p
	}
	return false
}

// oneSeatOffice says whether a contest's name is of an office one person
// holds (a President, a Governor, a Mayor), elected in one contest.
func oneSeatOffice(name string) bool {
	h := strings.ToLower(strings.TrimSpace(name))
	return anyWords(h, []string{"president", "governor", "mayor", "presidente", "gobernador", "alcalde", "gouverneur"}) &&
		!anyWords(h, []string{"district", "ward", "council", "board", "primary", "delegate", "delegates", "elector"})
}

// countOfVotes says whether a header (lower case) says it counts votes
// ("Number of Votes", "No. of votes"): a figure, not the number of a
// row, though it has "number" in it.
func countOfVotes(h string) bool {
	w := strings.FieldsFunc(h, notWordRune)
	return len(w) >= 3 && slices.Contains([]string{"number", "num", "no", "nr"}, w[0]) && w[1] == "of" && namedVotes(strings.Join(w[2:], " "))
}

// areaCellWords end the name of an area in a cell ("Four Oaks Ward").
var areaCellWords = []string{"ward", "precinct", "division"}

// areaCells says whether every cell of column c in rows (there are some)
// names an area by its last word (areaCellWords), and some repeat: a
// column under a header that names no area ("File", Sutton Coldfield's)
// that holds a long file's wards, each on the rows of its candidates.
func areaCells(rows [][]string, c int) bool {
	if len(rows) < 2 || !repeats(rows, c) {
		return false
	}
	for _, rec := range rows {
		w := strings.Fields(strings.ToLower(cellAt(rec, c)))
		if len(w) < 2 || !slices.Contains(areaCellWords, w[len(w)-1]) {
			return false
		}
	}
	return true
}

// traitW are the headers of a column that describes a person, not a
// name ("Gender", "Age": the ECI's report of candidates; "Candidate
// gender": the House of Commons Library's): two rows of one name that
// differ there are two people.
var traitW = []string{"gender", "sex", "age", "date of birth", "birth date", "year of birth", "birth year", "dob",
	"sexo", "edad", "sexe", "geschlecht", "alter", "пол", "возраст", "жынысы", "жашы"}

// traitHeader says whether header h describes a person (traitW), the
// word "candidate" before it or not: "Age", "Candidate gender",
// "candidate_age"; not "Voting age population".
func traitHeader(h string) bool {
	t := strings.TrimPrefix(lowerHeader(trimHeader(h)), "candidate")
	return slices.Contains(traitW, strings.TrimLeft(t, " _"))
}

// onePerson decides whether the rows of a name (column cand) that stands
// on the lines of two parties (column party, both cells filled) in one
// precinct (key) are one person, summed (fusion voting: Connecticut's
// Blumenthal on the Democrat and Working Families lines), or two
// people of one name, kept apart, from the columns: a column that
// describes the person (traitHeader) or names it otherwise (a first
// name, an ID; personHeader) that differs on the rows says two people
// (the ECI's two "KOTHAPALLI GEETHA" of Araku, FEMALE 53 and MALE 41);
// the same on every such row, one. With no such column, a whole name
// (two words or more: "John Sheban") on two lines in two precincts or
// more is one person (a party's endorsement stands wherever its contest
// runs), and a surname alone ("McGuire", New Hampshire's R and D of
// Hillsborough 37) or a name on two lines in one precinct only (a file
// of a row a candidate and constituency: India's, where no candidate
// stands for two parties) two. It
// returns the answer and why, for a guess; false and "" where no name
// stands on two parties' lines in a precinct.
func onePerson(header []string, rows [][]string, key []int, cand, party int) (bool, string) {
	var cols []int
	for i, h := range header {
		if i != cand && i != party && (traitHeader(h) || personHeader(h) > 0) {
			cols = append(cols, i)
		}
	}
	first := map[string]int{} // a precinct and name, its first row (of a party, if any)
	whole, alone := "", ""    // the first name on two lines of two words or more in two precincts, of one
	lined := map[string]int{} // a whole name: the precincts where it stands on two lines
	once := ""                // the first whole name on two lines, in one precinct so far
	seenAt := map[string]bool{}
	with := append(slices.Clone(key), cand)
	for r, rec := range rows {
		k := protocolKey(rec, with)
		f, seen := first[k]
		if !seen {
			first[k] = r
			continue
		}
		name, p, q := cellAt(rec, cand), cellAt(rec, party), cellAt(rows[f], party)
		for _, c := range cols {
			if a, b := cellAt(rows[f], c), cellAt(rec, c); a != "" && b != "" && a != b && !personFigure(header[c], []byte(a), []byte(b)) {
				return false, "column " + strconv.Itoa(c+1) + " " + strconv.Quote(trimHeader(header[c])) + " tells them apart, " + strconv.Quote(a) + " and " + strconv.Quote(b) + " for " + strconv.Quote(name) + ": two people"
			}
		}
		switch {
		case q == "":
			first[k] = r
		case p == "" || p == q:
		case strings.Contains(name, " "):
			if !seenAt[k] {
				seenAt[k] = true
				if lined[name]++; lined[name] == 2 && whole == "" {
					whole = name
				}
			}
			if once == "" {
				once = name
			}
		case alone == "" && !strings.Contains(name, " "):
			alone = name
		}
	}
	switch {
	case whole == "" && alone == "" && once == "":
		return false, ""
	case len(cols) > 0:
		return true, "one person: no column that names or describes one (gender, age) tells its rows apart"
	case alone != "":
		return false, strconv.Quote(alone) + " is a surname alone, and no column (gender, age) tells one person from two"
	case whole == "":
		return false, strconv.Quote(once) + " stands on two lines in one precinct only (one person on several parties' lines stands so wherever the contest runs), and no column (gender, age) tells one person from two"
	}
	return true, "one person: " + strconv.Quote(whole) + " is a whole name, and no column (gender, age) tells two apart"
}
