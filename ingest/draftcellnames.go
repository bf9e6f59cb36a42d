package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// nameHeaderWords name a column that gives the name of the choice whose
// votes a column beside it gives ("Name/Wählergruppe4" beside
// "Stimmen/Wählergruppe4").
var nameHeaderWords = []string{"name", "namen", "bezeichnung", "kurzbezeichnung", "nombre", "nom", "nome", "naam", "party", "partei", "partido", "partito"}

// draftNamesInCells renames each choice whose name the file gives in
// the cells of a column beside it, the same name on every row: Tyrol's
// lists are "Wählergruppe1", ... in the header and "VP TIROL", "SPÖ", ...
// in their "Name/" columns. The column's header and the choice's differ
// in one word, the name column's a word of nameHeaderWords. The guess of
// the choice says the name and the column it was read from.
func draftNamesInCells(m *Mapping, header []string, rows [][]string) {
	if m.long() || len(rows) == 0 {
		return
	}
	taken := map[string]bool{}
	for id := range m.Votes {
		taken[id] = true
	}
	renamed := map[string]string{}
	for _, id := range sortedKeys(m.Votes) {
		c := m.Votes[id]
		v := columnOf(header, c.Header)
		if v < 0 || len(c.Columns) > 0 {
			continue
		}
		n := nameColumnOf(header, v)
		if n < 0 {
			continue
		}
		name := cellAt(rows[0], n)
		if name == "" || slices.ContainsFunc(rows, func(rec []string) bool { return cellAt(rec, n) != name }) || isNumber(name) {
			continue
		}
		to := slug(name)
		if to == "" || taken[to] {
			continue
		}
		delete(taken, id)
		taken[to] = true
		delete(m.Votes, id)
		m.Votes[to] = c
		renamed[id] = to
		prefix := fmt.Sprintf("votes.%s: column %d ", id, v+1)
		for k, g := range m.Guesses {
			if strings.HasPrefix(g, prefix) {
				m.Guesses[k] = fmt.Sprintf("votes.%s: column %d %q, named %q as column %d %q says on every row; rename the ID as you like", to, v+1, c.Header, name, n+1, trimHeader(header[n]))
			}
			if strings.HasPrefix(g, fmt.Sprintf("column %d %q is not mapped (it does not hold numbers)", n+1, trimHeader(header[n]))) {
				m.Guesses[k] = fmt.Sprintf("column %d %q is not mapped: it names the choice of column %d (votes.%s)", n+1, trimHeader(header[n]), v+1, to)
			}
		}
	}
}

// nameColumnOf returns the column whose header is v's with one word
// replaced by a word of nameHeaderWords, or -1.
func nameColumnOf(header []string, v int) int {
	words := strings.FieldsFunc(strings.ToLower(trimHeader(header[v])), notWordRune)
	for i, h := range header {
		if i == v {
			continue
		}
		w := strings.FieldsFunc(strings.ToLower(trimHeader(h)), notWordRune)
		if len(w) != len(words) || len(w) < 2 {
			continue
		}
		diff := -1
		for k := range w {
			if w[k] != words[k] {
				if diff >= 0 {
					diff = -2
					break
				}
				diff = k
			}
		}
		if diff >= 0 && slices.Contains(nameHeaderWords, w[diff]) {
			return i
		}
	}
	return -1
}
