package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// draftCoalitions maps the candidates' totals alone where a file gives
// the votes of each party, of each combination of a coalition's parties
// ("PAN_PRD_MC", "PAN_PRD": ballots marked for several of them, Mexico's
// INE), and each coalition candidate's total ("RAC"), which is on every
// row the sum of the coalition's parties and combinations. Mapped side
// by side they count every vote twice (AMLO 24.25% of 72,591 votes where
// 38,703 ballots were cast): the draft maps the totals, which decide a
// single seat (a president's), leaves the parts unmapped, and says how to
// map the parts instead, never both.
//
// A combination is a choice whose header is two or more other choices'
// headers joined ("_", "-", "+", "/" or spaces); a coalition is the
// parties that combinations join, together, and every combination of
// them; its total is a choice whose figures are, on every row (some of
// them other than 0), the sum of the coalition's. The structure, not a
// search over subsets, finds it: a candidate's figures may be the sum of
// others' by chance on a few rows of small numbers.
func draftCoalitions(m *Mapping, file string, header []string, rows [][]string, guess func(string, ...any)) {
	if m.long() || len(rows) == 0 || len(m.Votes) < 3 {
		return
	}
	byHeader := map[string]string{} // a choice's header (lower case), its ID
	figures := map[string][]int64{}
	for _, id := range sortedKeys(m.Votes) {
		c := m.Votes[id]
		i := columnOf(header, c.Header)
		if i < 0 || len(c.Columns) > 0 {
			continue
		}
		if v, ok := figuresOf(rows, i); ok {
			byHeader[strings.ToLower(c.Header)], figures[id] = id, v
		}
	}
	// The parties each combination joins.
	joins := map[string][]string{}
	for _, id := range sortedKeys(figures) {
		parts := strings.FieldsFunc(strings.ToLower(m.Votes[id].Header), func(r rune) bool { return strings.ContainsRune("_-+/ ", r) })
		if len(parts) < 2 {
			continue
		}
		var ids []string
		for _, p := range parts {
			if o, ok := byHeader[p]; ok && o != id && !slices.Contains(ids, o) {
				ids = append(ids, o)
			}
		}
		if len(ids) == len(parts) {
			joins[id] = ids
		}
	}
	if len(joins) == 0 {
		return
	}
	// Coalitions: the parties joined by combinations, transitively.
	group := map[string]int{}
	var coalitions [][]string
	for _, id := range sortedKeys(joins) {
		at := -1
		for _, p := range joins[id] {
			if g, ok := group[p]; ok {
				at = g
				break
			}
		}
		if at < 0 {
			at = len(coalitions)
			coalitions = append(coalitions, nil)
		}
		for _, p := range joins[id] {
			if g, ok := group[p]; ok && g != at {
				for _, q := range coalitions[g] {
					group[q] = at
				}
				coalitions[at], coalitions[g] = append(coalitions[at], coalitions[g]...), nil
			} else if !ok {
				group[p] = at
				coalitions[at] = append(coalitions[at], p)
			}
		}
	}
	for _, id := range sortedKeys(joins) {
		g := group[joins[id][0]]
		coalitions[g] = append(coalitions[g], id)
	}
	order := func(a, b string) int {
		return columnOf(header, m.Votes[a].Header) - columnOf(header, m.Votes[b].Header)
	}
	name := func(id string) string {
		return fmt.Sprintf("%d %q", columnOf(header, m.Votes[id].Header)+1, m.Votes[id].Header)
	}
	type found struct {
		total string
		parts []string
	}
	var totals []found
	var untotalled [][]string // coalitions of no total's column
	for _, parts := range coalitions {
		if len(parts) < 2 {
			continue
		}
		sum := make([]int64, len(rows))
		for _, p := range parts {
			for r, v := range figures[p] {
				sum[r] += v
			}
		}
		if !someNotZero(sum) {
			continue
		}
		at := len(totals)
		for _, id := range sortedKeys(figures) {
			if !slices.Contains(parts, id) && slices.Equal(figures[id], sum) {
				slices.SortFunc(parts, order)
				totals = append(totals, found{id, parts})
				break
			}
		}
		if len(totals) == at {
			untotalled = append(untotalled, parts)
		}
	}
	// By column, each total its own: an insertion sort of these few
	// rather than slices.SortFunc, which compiles a whole sort for found
	// into the page's draft.wasm (19 KB before compression).
	for i := 1; i < len(totals); i++ {
		for j := i; j > 0 && order(totals[j].total, totals[j-1].total) < 0; j-- {
			totals[j], totals[j-1] = totals[j-1], totals[j]
		}
	}
	replace := func(id, said string) {
		prefix := fmt.Sprintf("votes.%s: column %d ", id, columnOf(header, m.Votes[id].Header)+1)
		if k := slices.IndexFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, prefix) }); k >= 0 {
			m.Guesses[k] = said
		} else {
			guess("%s", said)
		}
	}
	for _, t := range totals {
		names := make([]string, len(t.parts))
		for k, p := range t.parts {
			names[k] = name(p)
		}
		replace(t.total, fmt.Sprintf("votes.%s: column %s: on every row the sum of columns %s (a coalition's parties and the combinations of them a ballot marked): the candidate's total, mapped in their stead, as the totals decide a single seat (a president's); to count the parties' votes map those columns instead and leave this one out, never both (each vote would be counted twice)", t.total, name(t.total), strings.Join(names, ", ")))
		for _, p := range t.parts {
			replace(p, fmt.Sprintf("column %s is not mapped: a part of column %s, the total of a coalition's candidate (on every row the sum of its parties and their combinations), which is mapped: map the parts instead of the total, never both", name(p), name(t.total)))
		}
	}
	for _, t := range totals {
		for _, p := range t.parts {
			delete(m.Votes, p)
		}
	}
	if draftCoalitionSums(m, header, untotalled, joins, order, name, guess) {
		candidatesBallot(m, file)
	}
}
