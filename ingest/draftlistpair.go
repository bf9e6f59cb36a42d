package ingest

// Paraguay's TREP gives a long file of lists' votes by mesa: "numero_mesa"
// numbers the mesas anew in each polling place, "local_electoral", so
// neither names a mesa alone; together they name each mesa once, and with
// the list ("numero_lista") each row once. The lists are the same in
// every mesa (one national ballot): a list with no row in a mesa is a
// figure not given, not a list that did not stand there.

// listAreaPair returns, in a long file of lists' votes (a column of lists,
// listHeader, and a column of figures named as votes) where no one column
// names the area of each list's row (listArea), a column named like a
// precinct (precinctW) and a column of text beside it, filled on every
// row, that together with the list name each row once (but for one row in
// twenty at most, a protocol given twice), while neither does so alone: the text names the place, the number the precinct within it.
// It returns the place, the precinct and the list, or -1, -1, -1.
func listAreaPair(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string) (place, precinct, list int) {
	list, votes := listAndVotes(header, rows, used, numeric, nonEmpty, norm)
	if list < 0 || votes < 0 || len(rows) < 4 || distinct(rows, list) == len(rows) {
		return -1, -1, -1
	}
	// (Nearly once: a protocol sent twice repeats its rows, one in
	// twenty at most, a duplicate for a count to find, X207.)
	few := func(n int) bool { return n*20 <= len(rows) }
	for p := range header {
		if used[p] || p == list || p == votes || nonEmpty[p] != len(rows) || !anyWords(norm(p), precinctW) {
			continue
		}
		if n, _ := sameKey(rows, p, list); few(n) {
			continue
		}
		for t := range header {
			if used[t] || t == p || t == list || t == votes || numeric[t] || nonEmpty[t] != len(rows) || len(values[t]) < 2 || 2*len(values[t]) > len(rows) {
				continue
			}
			if n, _ := sameKey(rows, t, list); few(n) {
				continue
			}
			if n, _ := sameKey(rows, t, p, list); few(n) {
				return t, p, list
			}
		}
	}
	return -1, -1, -1
}

// inEveryArea says whether each value of column list has a row in each
// area of column area (the same lists everywhere).
func inEveryArea(rows [][]string, area, list int) bool {
	in, areas := choiceAreas(rows, area, list)
	for _, as := range in {
		if len(as) != len(areas) {
			return false
		}
	}
	return true
}

// stationsCounted says whether h (lower case) names a count of the
// stations or precincts a row sums ("Stations counted", "Precincts
// reporting", "number of polling stations"): a figure of the row, no
// choice's votes.
func stationsCounted(h string) bool {
	return anyWords(h, []string{"stations", "precincts", "polling stations", "polls"}) &&
		(countOf(h) || anyWords(h, []string{"counted", "reporting", "reported", "number", "no"}))
}
