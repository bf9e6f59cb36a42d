package ingest

import (
	"fmt"
	"slices"
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
// word "candidate" before it or not: "Age", "Candidate gender"; not
// "Voting age population".
func traitHeader(h string) bool {
	var w []string
	for _, x := range strings.FieldsFunc(lowerHeader(trimHeader(h)), notWordRune) {
		if x != "candidate" && x != "cand" {
			w = append(w, x)
		}
	}
	return slices.Contains(traitW, strings.Join(w, " "))
}

// onePerson decides whether the rows of a name (column cand) that stands
// on the lines of two parties (column party, both cells filled) in one
// precinct (key) are one person, summed (fusion voting: Connecticut's
// Blumenthal on the Democratic and Working Families lines), or two
// people of one name, kept apart, from the columns: a column that
// describes the person (traitHeader) or names it otherwise (a first
// name, an ID; personHeader) that differs on the rows says two people
// (the ECI's two "KOTHAPALLI GEETHA" of Araku, FEMALE 53 and MALE 41);
// the same on every such row, one. With no such column, a whole name
// (two words or more: "John Sheban") is one person, and a surname alone
// ("McGuire", New Hampshire's R and D of Hillsborough 37) two. It
// returns the answer and why, for a guess.
func onePerson(header []string, rows [][]string, key []int, cand, party int) (bool, string) {
	var cols []int
	for i, h := range header {
		if i != cand && i != party && (traitHeader(h) || personHeader(h) > 0) {
			cols = append(cols, i)
		}
	}
	first := map[string][]string{} // a precinct and name, its first row
	line := map[string]string{}    // a precinct and name, its first party
	var names []string             // the names on two lines, in file order
	with := append(slices.Clone(key), cand)
	for _, rec := range rows {
		k, name, p := protocolKey(rec, with), cellAt(rec, cand), cellAt(rec, party)
		if q := line[k]; q == "" {
			line[k] = p
		} else if p != "" && p != q && !slices.Contains(names, name) {
			names = append(names, name)
		}
		f, ok := first[k]
		if !ok {
			first[k] = rec
			continue
		}
		for _, c := range cols {
			a, b := cellAt(f, c), cellAt(rec, c)
			if a != "" && b != "" && a != b && !personFigure(header[c], []byte(a), []byte(b)) {
				return false, fmt.Sprintf("column %d %q tells them apart, %q and %q for %q: two people", c+1, trimHeader(header[c]), a, b, name)
			}
		}
	}
	switch {
	case len(names) == 0:
		return false, ""
	case len(cols) > 0:
		named := make([]string, len(cols))
		for k, c := range cols {
			named[k] = fmt.Sprintf("%d %q", c+1, trimHeader(header[c]))
		}
		return true, fmt.Sprintf("one person: column(s) %s the same on the rows of %q", strings.Join(named, ", "), names[0])
	}
	for _, n := range names {
		if len(strings.Fields(n)) < 2 {
			return false, fmt.Sprintf("%q is a surname alone, and no column (gender, age) tells one person from two", n)
		}
	}
	return true, fmt.Sprintf("one person: %q is a whole name, and no column (gender, age) tells two apart", names[0])
}
