package ingest

import (
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// votemanager is the software many German municipalities publish their
// results with; its open data ("Open-Data-...-Wahlbezirk.csv") name an
// area "gebiet-nr" and "gebiet-name", and the lines of the
// Wahlniederschrift by their codes: A the voters entitled (Wahlberechtigte;
// A1, A2, A3 its parts: without and with a Wahlschein, and not on the
// register), B those who voted (Wähler; B1 with a Wahlschein), C the
// invalid and D the valid votes, D1, D2, ... each choice's. Where each
// voter has several votes (a Kreiswahl) C1 and C2 are the invalid and the
// valid ballots, D the votes, and a list's votes are D<n>_liste, its
// candidates' D<n>_1, D<n>_2, ..., and their sum D<n>_summe_liste_kandidaten.

// draftVotemanager maps votemanager's lines and choices, when the file is
// its open data (a column "gebiet-nr", and columns A, B and D1), and marks
// the columns used; it returns each choice's column and its guess's index.
func draftVotemanager(m *Mapping, header []string, rows [][]string, used, numeric []bool, guess func(string, ...any)) map[int]int {
	col := func(h string) int {
		i := columnOf(header, h)
		if i < 0 || used[i] || !numeric[i] {
			return -1
		}
		return i
	}
	if columnOf(header, "gebiet-nr") < 0 {
		return draftVotemanagerTwoVotes(m, header, used, numeric, guess)
	}
	if col("A") < 0 || col("B") < 0 || col("D1") < 0 && col("D1_summe_liste_kandidaten") < 0 {
		return nil
	}
	const why = "votemanager's open data code the Wahlniederschrift's lines so"
	line := func(l election.Line, h, what string) {
		if i := col(h); i >= 0 {
			if _, ok := m.Lines[l]; !ok {
				used[i] = true
				m.Lines[l] = Column{Header: h}
				guess("lines.%s: column %d %q (%s: %s)", l, i+1, h, what, why)
			}
		}
	}
	part := func(h, what string) {
		if i := col(h); i >= 0 {
			used[i] = true
			guess("column %d %q is not mapped: %s (%s)", i+1, h, what, why)
		}
	}
	line(election.Voters, "A", "the voters entitled, Wahlberechtigte")
	part("A1", "the voters entitled without a Wahlschein, a part of A")
	part("A2", "the voters entitled with a Wahlschein, a part of A")
	part("A3", "the voters entitled not on the register, a part of A")
	line(election.FoundStationary, "B", "those who voted, Wähler: the ballots found, with found_mobile not given")
	part("B1", "those who voted with a Wahlschein, a part of B")
	several := col("C1") >= 0 && col("C2") >= 0
	if several {
		line(election.Invalid, "C1", "the invalid ballots")
		line(election.Valid, "C2", "the valid ballots; each holds several votes")
		part("D", "the valid votes, several on each ballot: a line the built-in form lacks (declare it in protocol.add_lines to check it)")
	} else {
		line(election.Invalid, "C", "the invalid votes")
		line(election.Valid, "D", "the valid votes, the sum of D1, D2, ...")
	}
	choices := map[int]int{}
	// (A list withdrawn leaves a gap in the numbering: Nordstemmen's
	// D1, D2, D3, D5, ...)
	last := lastList(header)
	for n := 1; n <= last; n++ {
		d := "D" + strconv.Itoa(n)
		sum := d + "_summe_liste_kandidaten"
		i := col(d)
		if i < 0 {
			i = col(sum)
		}
		if i < 0 {
			if columnOf(header, d) < 0 && columnOf(header, d+"_liste") < 0 && columnOf(header, sum) < 0 {
				guess("no column %s nor %s: the file has no list numbered %d (votemanager numbers the lists as the ballot does; one withdrawn or not standing here leaves the gap): the lists after it are mapped as they are numbered", d, sum, n)
			}
			continue
		}
		used[i] = true
		id := "d" + strconv.Itoa(n)
		m.Votes[id] = Column{Header: trimHeader(header[i])}
		choices[i] = len(m.Guesses)
		if trimHeader(header[i]) == sum {
			guess("votes.%s: column %d %q (a list's votes and its candidates', votemanager's sum for the list; its parts %s_liste, %s_summe_kandidaten and %s_1, %s_2, ... are not mapped: map the candidates' under preferences if the rule set counts them; rename the ID as you like)", id, i+1, sum, d, d, d, d)
		} else {
			guess("votes.%s: column %d %q (a choice, votemanager's D%d; rename the ID as you like)", id, i+1, d, n)
		}
		// The list's parts.
		for k := range header {
			if h := trimHeader(header[k]); !used[k] && strings.HasPrefix(h, d+"_") && numeric[k] {
				used[k] = true
			}
		}
	}
	if len(choices) == 0 {
		return nil
	}
	chosen := map[string]bool{}
	for _, c := range m.Votes {
		chosen[c.Header] = true
	}
	parts := 0
	for k := range header {
		if h := trimHeader(header[k]); used[k] && strings.HasPrefix(h, "D") && strings.Contains(h, "_") && !chosen[h] {
			parts++
		}
	}
	if parts > 0 {
		guess("%d columns of the lists' parts (D<n>_liste, D<n>_summe_kandidaten, D<n>_<k>) are not mapped: their sums are the choices (%s)", parts, why)
	}
	return choices
}

// lastList returns the highest n of votemanager's choice columns D<n>
// and D<n>_... in header, 0 if there is none.
func lastList(header []string) int {
	last := 0
	for _, h := range header {
		h = trimHeader(h)
		if !strings.HasPrefix(h, "D") {
			continue
		}
		num, _, _ := strings.Cut(h[1:], "_")
		if n, err := strconv.Atoi(num); err == nil && n > last && n < 1000 {
			last = n
		}
	}
	return last
}

// A Bundestagswahl's export of votemanager (Krefeld's 2025
// "wahlergebnis.csv": WAHLDATUM;WAHLART;GEBIET;EBENE;NR;BEZEICHNUNG, then
// the codes, over a second header row of the choices' names) codes the
// lines of both votes: A the voters entitled (A1, A2, A3 its parts), B
// those who voted (B1 with a Wahlschein), C and D the invalid and valid
// Erststimmen, D1, D2, ... each candidate's, E and F the invalid and
// valid Zweitstimmen, F1, F2, ... each party's. The draft maps the
// Zweitstimmen, the list ballot, and leaves the Erststimmen to a second
// mapping, as it does kerg.csv's (okrugVoteNote).

// draftVotemanagerTwoVotes maps votemanager's lines of the second vote
// and its parties F1, F2, ..., each named by its header's second part, when
// the header's codes (each column's top part) hold A, B, C, D, E, F, D1
// and F1; it returns each choice's column and its guess's index.
func draftVotemanagerTwoVotes(m *Mapping, header []string, used, numeric []bool, guess func(string, ...any)) map[int]int {
	codes := map[string]int{}
	for i, h := range header {
		if c := strings.TrimSpace(headerParts(h)[0]); votemanagerCode(c) {
			if _, dup := codes[c]; !dup {
				codes[c] = i
			}
		}
	}
	for _, c := range []string{"A", "B", "C", "D", "E", "F", "D1", "F1"} {
		if i, ok := codes[c]; !ok || used[i] {
			return nil
		}
	}
	const why = "votemanager's codes of a Bundestagswahl"
	line := func(l election.Line, c, what string) {
		if i := codes[c]; numeric[i] {
			if _, ok := m.Lines[l]; !ok {
				used[i] = true
				m.Lines[l] = Column{Header: trimHeader(header[i])}
				guess("lines.%s: column %d %q (%s: %s)", l, i+1, trimHeader(header[i]), what, why)
			}
		}
	}
	line(election.Voters, "A", "the voters entitled, Wahlberechtigte")
	line(election.FoundStationary, "B", "those who voted, Wähler: the ballots found, with found_mobile not given")
	line(election.Invalid, "E", "the invalid Zweitstimmen")
	line(election.Valid, "F", "the valid Zweitstimmen, the sum of F1, F2, ...")
	var parts, first []string
	choices := map[int]int{}
	for i, h := range header {
		c := strings.TrimSpace(headerParts(h)[0])
		if used[i] || !votemanagerCode(c) {
			continue
		}
		n, err := strconv.Atoi(c[1:])
		switch {
		case c == "C" || c == "D" || c[0] == 'D' && err == nil:
			used[i] = true
			first = append(first, c)
		case c[0] == 'F' && err == nil && numeric[i]:
			used[i] = true
			name := strings.TrimSpace(strings.TrimPrefix(trimHeader(h), c+headerSep))
			id := slug(name)
			if name == trimHeader(h) || id == "" || m.Votes[id].Header != "" {
				id = "f" + strconv.Itoa(n)
			}
			m.Votes[id] = Column{Header: trimHeader(h)}
			choices[i] = len(m.Guesses)
			guess("votes.%s: column %d %q (a party's Zweitstimmen, votemanager's %s; rename the ID as you like)", id, i+1, trimHeader(h), c)
		case c[0] == 'A' || c[0] == 'B':
			used[i] = true
			parts = append(parts, c)
		}
	}
	if len(parts) > 0 {
		guess("columns %s are not mapped: parts of A (A1, A2, A3: without and with a Wahlschein, not on the register) and of B (B1: with a Wahlschein), no choices (%s)", strings.Join(parts, ", "), why)
	}
	guess("of the columns that votemanager's codes tell apart, the draft maps the Zweitstimmen (E, F and F1, F2, ...: the list ballot), %s (C and D its invalid and valid votes, %s to %s its candidates'; a cell \"---\", a candidate not standing there, is \"not_given\")",
		okrugVoteNote("the Erststimmen ("+strings.Join(first, ", ")+")"), first[min(2, len(first)-1)], first[len(first)-1])
	if len(choices) == 0 {
		return nil
	}
	return choices
}
