package ingest

import "strings"

// rowNames says whether a header is one name short of its rows, as R's
// write.table writes a table with its row names: every row of the first
// read (two at least) has one cell more than the header, the header's
// first and last names are not empty, and the rows' last cells are not
// all empty (a delimiter at the end of each row is trailing_delimiter).
// Each name then heads the column after the one it stands over, and a
// mapping by those names reads the figures of the column before.
func rowNames(header []string, rows [][]string) bool {
	if len(rows) < 2 || len(header) < 2 || trimHeader(header[0]) == "" || trimHeader(header[len(header)-1]) == "" {
		return false
	}
	last := false
	for _, rec := range rows {
		if len(rec) != len(header)+1 {
			return false
		}
		last = last || strings.TrimSpace(rec[len(header)]) != ""
	}
	return last
}
