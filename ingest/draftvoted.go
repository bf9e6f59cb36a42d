package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// votedFoundNote says why a column of those who voted is the ballots
// found.
const votedFoundNote = "those who voted: on every row the invalid ballots plus the valid ones, and the file gives no ballots found in the box, received or left unused apart, so it is taken for the ballots found, as a file in English's \"Voted\"; the built-in form's found_stationary, with found_mobile not given; map it as issued_in_room if it counts the voters marked on the list"

// draftVotedFound maps to the ballots found (found_stationary) a column
// of those who voted that a rule of lineWords took for the ballots
// issued (votedNote: Serbo-Croatian "Glasali", Slovenian "Glasovalo"),
// where the file gives no line of the ballot papers beside it (found,
// received, cancelled) and on every row it is the invalid ballots plus
// the valid ones: those who voted, as the English draft reads "Voted",
// and the checks of the ballots found then run. Serbia's form, which
// gives the ballots in the box apart, keeps its "Glasali" as issued.
func draftVotedFound(m *Mapping, header []string, rows [][]string, norm func(int) string) {
	issued, ok := m.Lines[election.IssuedInRoom]
	if !ok || issued.Header == "" {
		return
	}
	for _, l := range []election.Line{election.FoundStationary, election.FoundMobile, election.Received, election.Cancelled, election.IssuedOutside} {
		if _, ok := m.Lines[l]; ok {
			return
		}
	}
	c := columnOf(header, issued.Header)
	if c < 0 || !slices.ContainsFunc(lineWords, func(lw lineRule) bool {
		return lw.line == election.IssuedInRoom && lineWordNote[lw.words[0]] == votedNote && lw.stems(norm(c))
	}) {
		return
	}
	var parts []int
	for _, l := range []election.Line{election.Invalid, election.Valid} {
		col, ok := m.Lines[l]
		if !ok {
			return
		}
		for _, p := range append([]Column{col}, col.Columns...) {
			if p.Header != "" {
				parts = append(parts, columnOf(header, p.Header))
			}
		}
	}
	if slices.Contains(parts, -1) || !sumHolds(rows, c, parts, -1) {
		return
	}
	delete(m.Lines, election.IssuedInRoom)
	m.Lines[election.FoundStationary] = issued
	prefix := fmt.Sprintf("lines.%s: column %d ", election.IssuedInRoom, c+1)
	if k := slices.IndexFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, prefix) }); k >= 0 {
		m.Guesses[k] = fmt.Sprintf("lines.%s: column %d %q (%s)", election.FoundStationary, c+1, issued.Header, votedFoundNote)
	}
}
