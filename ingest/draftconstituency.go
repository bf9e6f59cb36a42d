package ingest

import (
	"strconv"
	"strings"
)

// A long file of parties by constituency (Singapore's general elections:
// "Constituency", "Seats", "Electorate", "Party", "Votes", a row per
// party in each) is a list ballot's to the draft, as parties are its
// choices: but each constituency elects its own, by plurality, the
// party's team or candidate with the most votes taking its seats. The
// file says so where it gives each constituency's seats beside the
// parties' votes (the same on all its rows, one seat in some), the seats
// each party won (in each constituency one party's alone), or who was
// elected (one row in each). The constituency is then the okrug.

// ownWinners returns why the constituencies of column precinct each
// elect their own, by plurality, read from a column of seats (a column of
// seatWords, whole numbers) or of the outcome (column outcome, if not -1;
// see outcomeColumn), and the column that says it; or "", -1.
func ownWinners(header []string, rows [][]string, numeric []bool, norm func(int) string, precinct, outcome int) (why string, col int) {
	for i := range header {
		if i == precinct || !numeric[i] || !anyWords(norm(i), seatWords) {
			continue
		}
		if w := seatsEach(rows, precinct, i); w != "" {
			return w, i
		}
	}
	if outcome >= 0 && oneElectedEach(rows, precinct, outcome) {
		return "its rows name one elected in each constituency", outcome
	}
	return "", -1
}

// seatsEach says how column c of whole numbers shows one winner in each
// constituency (the values of column precinct): the same number on all
// of its rows, 1 in some, the seats it elects ("1 seat in 13 of 15
// constituencies, 4 or more in the others"); or a number above 0 on one
// row of each, the seats its winner took. It returns "" otherwise.
func seatsEach(rows [][]string, precinct, c int) string {
	seats := map[string]int64{} // a constituency's figure, the same on its rows
	won := map[string]int{}     // a constituency's rows above 0
	same, one := true, true
	for _, rec := range rows {
		n, err := parseInt(cellAt(rec, c))
		if err != nil || n < 0 {
			return ""
		}
		p := cellAt(rec, precinct)
		if s, ok := seats[p]; ok && s != n {
			same = false
		}
		if _, ok := seats[p]; !ok {
			seats[p] = n
		}
		if n > 0 {
			won[p]++
		}
	}
	ones, many := 0, 0
	for p, s := range seats {
		one = one && won[p] == 1
		if s == 1 {
			ones++
		} else if s > 1 {
			many++
		}
	}
	switch {
	case len(seats) < 2:
		return ""
	case same && ones > 0 && ones+many == len(seats) && len(rows) > len(seats):
		if many == 0 {
			return "it gives 1 seat on every row, one elected in each constituency"
		}
		return "it gives each constituency's seats, the same on its rows: 1 in " + strconv.Itoa(ones) + " of " + strconv.Itoa(len(seats)) + ", more in the others, each won whole by the party with the most votes (a team elected together)"
	case !same && one:
		return "it gives seats on one row of each constituency alone, its winner's"
	}
	return ""
}

// electedCell says whether a cell of an outcome column (lower case,
// trimmed) names its row elected (see outcomeValues, outcomeYesNo).
func electedCell(v string) bool {
	switch v {
	case "elected", "winner", "won", "yes", "y", "x", "true", "1", "*", "да", "избран", "избрана", "elegido", "electo", "elu", "élu", "elue", "élue", "gewählt", "gewaehlt":
		return true
	}
	return false
}

// oneElectedEach says whether column c names one row elected in each
// constituency (column precinct).
func oneElectedEach(rows [][]string, precinct, c int) bool {
	n := map[string]int{}
	for _, rec := range rows {
		p := cellAt(rec, precinct)
		if _, ok := n[p]; !ok {
			n[p] = 0
		}
		if electedCell(strings.ToLower(strings.TrimSpace(cellAt(rec, c)))) {
			n[p]++
		}
	}
	if len(n) < 2 {
		return false
	}
	for _, k := range n {
		if k != 1 {
			return false
		}
	}
	return true
}
