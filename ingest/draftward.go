package ingest

// finerArea returns, of the columns named like a precinct (named), the
// one that names the finest areas, starting from the column chosen (p):
// a ward holds precincts (Washington DC's ward 2 and its precincts 2 and
// 3), so of two such columns the one whose every value lies in one value
// of the other is the precinct, and of two that part the rows alike (a
// ward of one precinct) the one not headed "ward". Either way the other
// column names a larger area, never a choice of a long file.
func finerArea(rows [][]string, named []int, p int, norm func(int) string) int {
	if p < 0 || len(rows) < 2 {
		return p
	}
	ward := func(i int) bool { return anyWords(norm(i), []string{"ward", "wards"}) }
	for _, j := range named {
		if j == p || distinct(rows, j) < 2 || !constantWithin(rows, []int{j}, p) {
			continue
		}
		if distinct(rows, j) > distinct(rows, p) || ward(p) && !ward(j) {
			p = j
		}
	}
	return p
}
