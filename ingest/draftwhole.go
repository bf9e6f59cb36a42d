package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// wholeWords say that a column is the whole of a figure its neighbours
// give in parts ("Wahlberechtigte gesamt" beside "Wahlberechtigte
// männlich" and "weiblich").
var wholeWords = []string{"gesamt", "insgesamt", "total", "totale", "totaal", "totaux", "всего", "итого", "suma", "razem", "celkem"}

// sexWords say that a column is the part of a figure of one sex.
var sexWords = []string{"männlich", "weiblich", "maennlich", "male", "female", "men", "women", "maschi", "femmine", "hombres", "mujeres", "homes", "dones", "hommes", "femmes", "мужчины", "женщины"}

// draftWholeOfParts maps a line to the column that gives its whole
// rather than to the first of its parts: in the order of the header the
// first column that reads as the voters may be the men alone, and the
// whole comes after the parts (Tyrol's Wahlberechtigte männlich,
// weiblich, ..., gesamt). secondAt holds the columns read as a line
// already mapped; the guesses of the two columns are said again.
func draftWholeOfParts(m *Mapping, header []string, secondAt map[int]election.Line, norm func(int) string) {
	for _, i := range slices.Sorted(maps.Keys(secondAt)) {
		l := secondAt[i]
		c, ok := m.Lines[l]
		if !ok || len(c.Columns) > 0 || c.Header == "" || !anyWords(norm(i), wholeWords) || anyWords(norm(i), sexWords) {
			continue
		}
		part := columnOf(header, c.Header)
		if part < 0 || !anyWords(norm(part), sexWords) || anyWords(norm(part), wholeWords) {
			continue
		}
		whole := trimHeader(header[i])
		m.Lines[l] = Column{Header: whole}
		secondAt[part] = l
		delete(secondAt, i)
		mapped := fmt.Sprintf("lines.%s: column %d %q", l, part+1, c.Header)
		left := fmt.Sprintf("column %d %q is not mapped: it reads as line %s", i+1, whole, l)
		for k, g := range m.Guesses {
			switch {
			case strings.HasPrefix(g, mapped):
				m.Guesses[k] = fmt.Sprintf("lines.%s: column %d %q (the whole: its header says so, and column %d %q is a part of it, of one sex)", l, i+1, whole, part+1, c.Header)
			case strings.HasPrefix(g, left):
				m.Guesses[k] = fmt.Sprintf("column %d %q is not mapped: a part of line %s, of one sex, whose whole column %d %q gives; declare it in the rule set (protocol.add_lines) to check it", part+1, c.Header, l, i+1, whole)
			}
		}
		// The other parts that named the part as their whole.
		for k, g := range m.Guesses {
			if strings.Contains(g, fmt.Sprintf("reads as line %s, which column %q gives", l, c.Header)) {
				m.Guesses[k] = strings.Replace(g, fmt.Sprintf("which column %q gives", c.Header), fmt.Sprintf("which column %q gives", whole), 1)
			}
		}
	}
}
