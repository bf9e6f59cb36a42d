package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

// draftChoiceParts leaves out of the choices the columns that are, on
// every row, the parts of another choice's column: the run of columns
// right after it whose sum it is. Statistik Nord's results of Hamburg's
// Bürgerschaft give each list's votes (F1) and then their parts: the
// votes for the list as a whole (F1_H), those of no candidate (F1_0),
// those of its candidates (F1_P); and after them each candidate's
// (F1_1 to F1_60, whose sum is F1_P). A choice counted with its parts
// is counted two or three times over: the total stays the choice, its
// parts (and theirs) are left out, and the draft says so. On fewer than
// ten rows a sum may come by chance, so there each part's header must
// begin with its total's ("F1" and "F1_H"), or, for the parts of a part,
// with the part's first total's ("F1" and "F1_1"). A column the draft
// left out as a total of the columns beside it (its guess says "on every
// row it is the sum of columns") may be such a part too.
func draftChoiceParts(m *Mapping, header []string, rows [][]string, guess func(string, ...any)) {
	if m.long() || len(rows) < 2 || len(m.Votes) < 3 {
		return
	}
	// pool holds each column that may be a total or a part: a choice's
	// (ids) or a total the draft left out (left, its guess's index).
	ids := map[int]string{}
	for id, c := range m.Votes {
		if len(c.Columns) > 0 || c.Header == "" {
			continue
		}
		if i := columnOf(header, c.Header); i >= 0 {
			ids[i] = id
		}
	}
	left := map[int]int{}
	for k, g := range m.Guesses {
		for i := range header {
			if strings.HasPrefix(g, fmt.Sprintf("column %d %q is not mapped: on every row it is the sum of columns ", i+1, trimHeader(header[i]))) {
				left[i] = k
			}
		}
	}
	in := func(i int) bool { _, c := ids[i]; _, l := left[i]; return c || l }
	figures := map[int][]int64{}
	fig := func(i int) ([]int64, bool) {
		if v, ok := figures[i]; ok {
			return v, v != nil
		}
		v, ok := figuresOf(rows, i)
		figures[i] = v
		return v, ok
	}
	partOf := map[int]int{} // each part and its total
	var totals []int        // in the header's order
	for t := range header {
		if !in(t) {
			continue
		}
		want, ok := fig(t)
		if !ok || !someNotZero(want) {
			continue
		}
		// The names a part's header may begin with: the total's, and
		// that of the total the total is a part of.
		prefixes := []string{trimHeader(header[t])}
		u, nested := partOf[t]
		if nested {
			prefixes = append(prefixes, trimHeader(header[u]))
		}
		named := func(i int) bool {
			h := trimHeader(header[i])
			for _, p := range prefixes {
				if r, ok := strings.CutPrefix(h, p); ok && r != "" && !unicode.IsLetter(rune(r[0])) && !unicode.IsDigit(rune(r[0])) {
					return true
				}
			}
			return false
		}
		sum := make([]int64, len(rows))
		// (Parts named after their total may be all 0 but one, the
		// list's votes given as its candidates' alone; a sum found by
		// the figures alone takes two parts that are not.)
		run, nonZero, allNamed := 0, 0, true // the parts: columns t+1 to t+run
		for i := t + 1; i < len(header) && in(i) && run == 0; i++ {
			if _, taken := partOf[i]; taken || (len(rows) < 10 || nested) && !named(i) {
				break
			}
			v, ok := fig(i)
			if !ok {
				break
			}
			allNamed = allNamed && named(i)
			over := false
			for r := range sum {
				sum[r] += v[r]
				over = over || sum[r] > want[r]
			}
			if over {
				break
			}
			if someNotZero(v) {
				nonZero++
			}
			if (nonZero >= 2 || allNamed && nonZero == 1) && i > t+1 && slices.Equal(sum, want) {
				run = i - t
			}
		}
		if run == 0 {
			continue
		}
		// Columns of 0 on every row after the parts, named as they are,
		// are parts too (candidates who got no vote), unless a column
		// named so comes after them: then they are that one's.
		end := t + run
		for end+1 < len(header) && in(end+1) && named(end+1) {
			if v, ok := fig(end + 1); !ok || someNotZero(v) {
				break
			}
			end++
		}
		if end+1 >= len(header) || !in(end+1) || !named(end+1) {
			run = end - t
		}
		totals = append(totals, t)
		for i := t + 1; i <= t+run; i++ {
			partOf[i] = t
		}
	}
	if len(totals) == 0 {
		return
	}
	// Each total whose parts are left out, said once: its parts' guesses
	// give way to one.
	drop := map[int]bool{}
	var said []string
	for _, t := range totals {
		var parts []int
		for i := t + 1; i < len(header); i++ {
			if u, ok := partOf[i]; !ok || u != t {
				break
			}
			parts = append(parts, i)
		}
		what := "a choice's votes"
		if u, ok := partOf[t]; ok {
			what = fmt.Sprintf("itself a part of column %d %q", u+1, trimHeader(header[u]))
			if _, choice := ids[u]; choice {
				what += ": the votes of the choice's candidates, or of its kinds of vote, not choices of their own"
			}
		} else if _, choice := ids[t]; !choice {
			what = "a total the draft leaves out"
		}
		said = append(said, fmt.Sprintf("columns %s are not mapped: on every row their sum is column %d %q, %s; a choice counted with its parts is counted twice, so the draft maps the total and leaves its parts out (map the parts instead, and not the total, if you like)",
			partsList(header, parts), t+1, trimHeader(header[t]), what))
		for _, p := range parts {
			drop[p] = true
		}
	}
	gone := map[string]bool{} // the guesses of the totals left out that are parts
	for p := range drop {
		if k, ok := left[p]; ok {
			gone[m.Guesses[k]] = true
		}
	}
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
		if gone[g] {
			return true
		}
		for p := range drop {
			if id, ok := ids[p]; ok && strings.HasPrefix(g, fmt.Sprintf("votes.%s: column %d ", id, p+1)) {
				return true
			}
		}
		return false
	})
	for _, s := range said {
		guess("%s", s)
	}
	for p := range header {
		if !drop[p] {
			continue
		}
		if id, ok := ids[p]; ok {
			delete(m.Votes, id)
		}
		c := columnRef(header, p)
		if !slices.ContainsFunc(m.Ignore, func(o Column) bool { return o.Header == c.Header && o.Index == c.Index }) {
			m.Ignore = append(m.Ignore, c)
		}
	}
}

// partsList names the columns parts (0-based, in a run) and their
// headers: each number up to five columns ("21, 22 and 23 ("F1_H" to
// "F1_P")"); a run of headers numbered in turn by their pattern ("24 to
// 83, F1_<n> from 1 to 60"); else each number.
func partsList(header []string, parts []int) string {
	first, last := trimHeader(header[parts[0]]), trimHeader(header[parts[len(parts)-1]])
	if len(parts) <= 5 {
		return fmt.Sprintf("%s (%q to %q)", columnList(parts), first, last)
	}
	stem := strings.TrimRight(first, "0123456789")
	n0, err := strconv.Atoi(first[len(stem):])
	numbered := err == nil && stem != ""
	for k, p := range parts {
		numbered = numbered && trimHeader(header[p]) == stem+strconv.Itoa(n0+k)
	}
	if numbered {
		return fmt.Sprintf("%d to %d (%s<n> from %d to %d)", parts[0]+1, parts[len(parts)-1]+1, stem, n0, n0+len(parts)-1)
	}
	var b strings.Builder
	for k, p := range parts {
		switch {
		case k == 0:
		case k == len(parts)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(p + 1))
	}
	return fmt.Sprintf("%s (%q to %q)", b.String(), first, last)
}

// draftVotesTotal says what a column left out is when it is, on every
// row, the sum of the choices' votes, and more than the valid ballots
// (the line valid) on some row: the votes' total of a ballot that holds
// several votes (Hamburg's "Stimmen gueltige (F)", five votes on each
// "Stimmzettel gueltig (E2)"), never the valid ballots nor a part of
// them, as its header's words alone read it: in all, half as many votes
// again as ballots at least. The guess that said so
// gives way to one that says what it is, and by how many votes a ballot
// at most, as the rows show it (the rule set's votes_per_ballot).
func draftVotesTotal(m *Mapping, header []string, rows [][]string) {
	valid, ok := m.Lines[election.Valid]
	if !ok || valid.Header == "" || len(m.Votes) < 2 || m.long() || len(rows) < 2 {
		return
	}
	v := columnOf(header, valid.Header)
	var choices []int
	for _, c := range m.Votes {
		if len(c.Columns) > 0 || c.Header == "" {
			return
		}
		choices = append(choices, columnOf(header, c.Header))
	}
	ballots, okv := figuresOf(rows, v)
	if v < 0 || slices.Contains(choices, -1) || !okv {
		return
	}
	slices.Sort(choices)
	for i := range header {
		prefix := fmt.Sprintf("column %d %q is not mapped: ", i+1, trimHeader(header[i]))
		// (A guess that says so already stays: votemanager's D.)
		k := slices.IndexFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, prefix) && !strings.Contains(g, "several") })
		if k < 0 || i == v || slices.Contains(choices, i) {
			continue
		}
		total, ok := figuresOf(rows, i)
		if !ok || !sumHolds(rows, i, choices, -1) {
			continue
		}
		// (times is the fewest votes a ballot must hold for the row's
		// votes; at the row of the most.)
		times, at := int64(0), -1
		var votes, papers int64
		for r := range rows {
			votes, papers = votes+total[r], papers+ballots[r]
			if ballots[r] > 0 {
				if n := (total[r] + ballots[r] - 1) / ballots[r]; n > times {
					times, at = n, r
				}
			}
		}
		// (Votes half as many again as the ballots in all: a column a
		// little over the valid votes is one of them miscounted,
		// Kenya's auto_sum beside iebc_total.)
		if times < 2 || votes < papers+papers/2 {
			continue
		}
		ballot := m.Ballot
		if ballot == "" {
			ballot = "list"
		}
		m.Guesses[k] = fmt.Sprintf("%son every row it is the sum of the choices' votes, the votes' total, not the valid ballots (column %d %q): a row gives %d votes on %d ballots, so a ballot holds several votes (%d at least); say how many in the rule set (protocol.ballots.%s.votes_per_ballot), and declare this line in protocol.add_lines to check it",
			prefix, v+1, valid.Header, total[at], ballots[at], times, ballot)
	}
}
