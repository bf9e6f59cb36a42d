package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// draftLongLineSums leaves out the lines a long file's draft mapped to a
// sum of columns (Italy's invalid ballots, the blank, null and contested
// ones apart): a long file's line is one column repeated on every row of
// a protocol, and a count refuses a sum there. The checks that need the
// line are not evaluated; the guess says which columns give its parts.
func draftLongLineSums(m *Mapping, guess func(string, ...any)) {
	if !m.long() {
		return
	}
	for _, l := range slices.Sorted(maps.Keys(m.Lines)) {
		c := m.Lines[l]
		if len(c.Columns) == 0 {
			continue
		}
		delete(m.Lines, l)
		var parts []string
		for _, p := range c.Columns {
			parts = append(parts, p.Header)
		}
		prefix := fmt.Sprintf("lines.%s: ", l)
		said := fmt.Sprintf("lines.%s is not mapped: the file gives it in parts (%s), and a long file's line is one column repeated on every row of a protocol, not a sum of columns: the checks that need it are not evaluated; map it to one column if one gives the whole, or add the parts up in a column of their own", l, quoteAnd(parts))
		for k, g := range m.Guesses {
			if strings.HasPrefix(g, prefix) {
				m.Guesses[k] = said
				said = ""
			}
		}
		if said != "" {
			guess("%s", said)
		}
	}
}
