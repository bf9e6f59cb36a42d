package ingest

// namesakeColumn returns the column of a long file that names its
// candidates (a surname or a whole name, personHeader 2 or 3), with a cell
// on every row, and names each row of a precinct (the columns of key)
// once but for one name given twice in some precincts: two candidates of
// one name, told apart by another column (the AEC's two GREENs of
// Chifley, of Family First and of the Liberals, at each polling place);
// or -1. Its candidates are the choices, not a label of theirs that names
// each row of these precincts once by chance (a party's abbreviation,
// "PartyAb", where no division of the rows has two Independents).
func namesakeColumn(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, key []int) int {
	for j := range header {
		if used[j] || numeric[j] || nonEmpty[j] != len(rows) || personHeader(header[j]) < 2 {
			continue
		}
		seen, twice := map[string]bool{}, map[string]bool{}
		ok := true
		for _, rec := range rows {
			p := keyText(rec, key)
			if k := p + "\x00" + cellAt(rec, j); seen[k] {
				if ok = !twice[p]; !ok {
					break
				}
				twice[p] = true
			} else {
				seen[k] = true
			}
		}
		if ok && len(twice) > 0 {
			return j
		}
	}
	return -1
}

// nameLabel says whether a header (lower case) names a label of a
// candidate that two candidates may share: a party's ("PartyAb", "Party
// name") or a first name ("GivenNm", "First name").
func nameLabel(h string) bool {
	return anyWords(h, partyWords) || anyWords(h, firstNameW) || anyWords(h, []string{"given nm", "given names"})
}
