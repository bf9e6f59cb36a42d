package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// rejectReasons are the headers of the reasons for which ballots are
// rejected at a UK count (the Representation of the People rules: want of
// the official mark, voting for too many, writing by which the voter can
// be identified, unmarked, void for uncertainty), as the Greater London
// Authority's results give them, one column each: the parts of the
// rejected ballots, never a choice.
var rejectReasons = []string{"want of official mark", "writing identifying voter", "unmarked", "uncertain", "voting for too many", "unmarked or void for uncertainty", "void for uncertainty"}

// declinedWords name, by whole words, Nova Scotia's declined ballots
// (those a voter declined to mark and returned), counted apart from the
// rejected ones and neither valid.
var declinedWords = []string{"declined", "declined ballots"}

// draftRejectReasons maps the invalid ballots to the sum of the columns of
// the reasons for rejection (rejectReasons), two or more of them, where
// the file gives no column of all the rejected ballots; it marks them
// used either way, said in a guess.
func draftRejectReasons(m *Mapping, header []string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	var reasons []int
	total := -1
	for i := range header {
		if used[i] || !numeric[i] {
			continue
		}
		h := strings.ReplaceAll(norm(i), "_", " ")
		switch {
		case slices.Contains(rejectReasons, h):
			reasons = append(reasons, i)
		case readsAsLine(election.Invalid, h):
			total = i
		}
	}
	if len(reasons) < 2 {
		return
	}
	var names []string
	var cols []Column
	for _, c := range reasons {
		used[c] = true
		names = append(names, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
		cols = append(cols, Column{Header: trimHeader(header[c])})
	}
	if _, ok := m.Lines[election.Invalid]; ok || total >= 0 {
		guess("columns %s are not mapped: the reasons for which ballots were rejected (a UK count's), the parts of the invalid ballots, no choices", strings.Join(names, ", "))
		return
	}
	m.Lines[election.Invalid] = Column{Columns: cols}
	guess("lines.invalid: the sum of columns %s: the reasons for which ballots were rejected at the count (the UK's rules: want of the official mark, voting for too many, writing that identifies the voter, unmarked or void for uncertainty), each ballot under one, no choice's votes; their sum is the rejected ballots", strings.Join(names, ", "))
}

// draftDeclinedSum maps the invalid ballots to the sum of the rejected
// ballots' column the draft took for the line and a column of declined
// ballots (Nova Scotia's "Rejected Ballots" and "Declined Ballots"), as
// draftInvalidSum does France's blank and null ballots: neither is valid,
// and the ballots cast are the valid ones and both.
func draftDeclinedSum(m *Mapping, header []string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	inv, ok := m.Lines[election.Invalid]
	if !ok || len(inv.Columns) > 0 {
		return
	}
	rejected := columnOf(header, inv.Header)
	if rejected < 0 || !anyWords(norm(rejected), []string{"rejected"}) {
		return
	}
	declined := -1
	for i := range header {
		if i != rejected && numeric[i] && anyWords(norm(i), declinedWords) && !slices.ContainsFunc(slices.Collect(maps.Values(m.Lines)), func(c Column) bool { return c.Header == trimHeader(header[i]) }) {
			declined = i
			break
		}
	}
	if declined < 0 {
		return
	}
	used[declined] = true
	alone := fmt.Sprintf("lines.%s: column %d %q", election.Invalid, rejected+1, trimHeader(header[rejected]))
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
		return g == alone || strings.HasPrefix(g, fmt.Sprintf("column %d %q is not mapped", declined+1, trimHeader(header[declined])))
	})
	cols := []int{rejected, declined}
	if declined < rejected {
		cols = []int{declined, rejected}
	}
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: trimHeader(header[cols[0]])}, {Header: trimHeader(header[cols[1]])}}}
	guess("lines.invalid: the sum of columns %d %q and %d %q: the file gives the rejected ballots and the declined ones (returned unmarked by the voter) apart, both not valid, and the form's invalid ballots are their sum; if column %q counts the declined ballots already, map invalid to it alone",
		cols[0]+1, trimHeader(header[cols[0]]), cols[1]+1, trimHeader(header[cols[1]]), trimHeader(header[rejected]))
}
