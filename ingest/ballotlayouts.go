package ingest

import "strings"

// otherBallotFile says what a file of ballots is whose layout neither
// --ballots nor a protocols mapping reads, from its first bytes (head),
// and what to do with it; "" for any other file. Drafted as protocols,
// such a file's ranks, marks or paper numbers would be summed as votes
// (tester BH: Dublin North 2002 and the Australian Senate's formal
// preferences); read as ballots, its header rows would be ballots
// ("empty precinct" at Dominion's second row).
func otherBallotFile(head []byte) string {
	var lines []string
	for _, l := range strings.Split(string(head), "\n") {
		if l = strings.TrimSpace(l); l != "" && len(lines) < 12 {
			lines = append(lines, l)
		}
	}
	if len(lines) > 1 && len(head) == 1<<16 {
		lines = lines[:len(lines)-1] // the last may be cut short
	}
	switch {
	case len(lines) == 0:
	case dominionCSV(lines):
		return "the file is Dominion's CSV cast-vote record export (4 header rows: the election, each contest \"(Vote For=N)\", each choice, the column names from \"CvrNumber\"; a 0/1 cell per choice, empty where the contest is not on the card): neither --ballots nor a protocols mapping reads it; write one contest's ballots as precinct,choice first (docs/ballots.md, \"Dominion's CSV export\"): the choice whose cell is 1, \"undervote\" where none is, \"overvote\" where several are, the card left out where the contest's cells are empty, the precinct from PrecinctPortion"
	case bltFile(lines):
		return "the file is a BLT ballot file (a line of the candidates and the seats, a line per ballot: its weight, the candidates' numbers in order of preference and 0; the names in quotes last), the preference ballots of an STV count: shailoo counts neither STV nor preferences from it, and its numbers are no votes; a count of first preferences reads a file of ballots (docs/ballots.md): a line per ballot line, the precinct, the candidate of its first number as the choice and its weight as the count"
	case formalPreferences(lines):
		return "the file is a formal preferences file of the Australian Electoral Commission (a ballot paper a line, \"PaperNo\", its preferences in one cell \"Preferences\"), the ballots of an STV count: shailoo counts neither STV nor preferences from it, and batch and paper numbers are no votes; a count of first preferences reads a file of ballots (docs/ballots.md): the precinct and the candidate numbered 1 of each paper"
	case rankRows(lines):
		return "each row of the file is one ballot, a rank (1, 2, 3, ...) in the column of each candidate it ranks (a preference file, as Ireland's 2002 electronic-voting files are), not a protocol, whose cells are votes: shailoo counts neither STV nor preferences from it; a count of first preferences reads a file of ballots (docs/ballots.md): the precinct and the candidate ranked 1 of each row as the choice"
	}
	return ""
}

// dominionCSV says whether lines begin as Dominion's CSV export does: a
// row of the column names starting "CvrNumber" below one of contests
// "(Vote For=N)".
func dominionCSV(lines []string) bool {
	for i, l := range lines[:min(len(lines), 6)] {
		if strings.HasPrefix(strings.TrimLeft(l, "\"="), "CvrNumber") {
			return i > 0 && strings.Contains(strings.Join(lines[:i], "\n"), "(Vote For=")
		}
	}
	return false
}

// intFields returns the fields of l if each is a whole number (a "-" for
// a withdrawn candidate allowed), nil otherwise.
func intFields(l string) []string {
	f := strings.Fields(l)
	for _, w := range f {
		if !isDigits(strings.TrimPrefix(w, "-")) {
			return nil
		}
	}
	return f
}

// bltFile says whether lines are a BLT file's: the candidates and the
// seats, withdrawn candidates (negative numbers) perhaps, then ballot
// lines of whole numbers ending in 0, as far as the sample goes or the
// line "0" that ends them.
func bltFile(lines []string) bool {
	if len(lines) < 2 || len(intFields(lines[0])) != 2 {
		return false
	}
	ballots := 0
	for _, l := range lines[1:] {
		f := intFields(l)
		switch {
		case len(f) == 1 && f[0] == "0":
			return ballots > 0
		case len(f) >= 2 && f[len(f)-1] == "0":
			ballots++
		case len(f) > 0 && strings.HasPrefix(f[0], "-") && ballots == 0: // withdrawn
		default:
			return false
		}
	}
	return ballots > 0
}

// formalPreferences says whether the header (lines[0]) is the AEC's
// formal preferences': "PaperNo" and "Preferences" among its columns.
func formalPreferences(lines []string) bool {
	h := strings.Split(strings.ReplaceAll(lines[0], "\"", ""), ",")
	has := func(s string) bool {
		for _, c := range h {
			if strings.TrimSpace(c) == s {
				return true
			}
		}
		return false
	}
	return has("PaperNo") && has("Preferences")
}

// rankRows says whether the rows below a header of names (lines[1:], 3
// at least, 3 cells at least) are ballots of ranks: in each, the cells
// not empty are 1 to k, each once, k 2 or more in one row at least.
func rankRows(lines []string) bool {
	if len(lines) < 4 {
		return false
	}
	sep := "," // the separator of the rows: a header's names may hold commas
	for _, s := range []string{";", "\t"} {
		if strings.Count(lines[1], s) > strings.Count(lines[1], sep) {
			sep = s
		}
	}
	for _, c := range strings.Split(lines[0], sep) {
		if isDigits(strings.Trim(strings.TrimSpace(c), "\"")) {
			return false // a header names candidates
		}
	}
	wide := false
	for _, l := range lines[1:] {
		cells := strings.Split(l, sep)
		if len(cells) < 3 {
			return false
		}
		seen := make([]bool, len(cells)+1)
		k := 0
		for _, c := range cells {
			c = strings.Trim(strings.TrimSpace(c), "\"")
			if c == "" {
				continue
			}
			n := 0
			for _, b := range []byte(c) {
				if b < '0' || b > '9' || n > len(cells) {
					return false
				}
				n = n*10 + int(b-'0')
			}
			if n < 1 || n > len(cells) || seen[n] {
				return false
			}
			seen[n], k = true, k+1
		}
		if k == 0 {
			return false
		}
		for r := 1; r <= k; r++ {
			if !seen[r] {
				return false
			}
		}
		wide = wide || k >= 2
	}
	return wide
}
