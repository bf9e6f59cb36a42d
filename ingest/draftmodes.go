package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// machineModeW name, by whole words, a way of voting by its machine:
// Kentucky's "eslate" (an electronic ballot) and "escan" (a scanned
// paper one) beside its absentee votes; India's "EVM", the votes of
// the electronic voting machines beside the postal ballots. Whole
// words: "escaños" are seats.
var machineModeW = []string{"eslate", "escan", "e slate", "e scan", "evm"}

// modeHeader says whether h (a normalised header) names the votes of a
// way of voting.
func modeHeader(h string) bool { return has(h, voteModeWords) || anyWords(h, machineModeW) }

// modesOfVotes finds a long file's votes beside their parts by mode of
// voting where the parts do not add up on every row (sumOfRun finds
// those that do): a column named as votes, and next to it a run of two
// or more columns of figures, one of them at least named as a way of
// voting and none as a total, whose sum is the votes on nine rows in ten
// at least of those that give a part (Kentucky's absentee_mail,
// absentee_person, eslate and escan beside votes: the publisher's
// absentee row of a candidate says 105 + 340 and 405). It returns the
// votes' column, the parts, the rows that give a part and those of them
// whose parts add up to another figure, with the first such row's index
// in rows; or -1.
func modesOfVotes(header []string, rows [][]string, numeric, used []bool, norm func(int) string) (votes int, parts []int, given, differ, first int) {
	for c := range header {
		if used[c] || !numeric[c] || !namedVotes(norm(c)) || modeHeader(norm(c)) {
			continue
		}
		for _, step := range []int{-1, 1} {
			var run []int
			for i := c + step; i >= 0 && i < len(header) && numeric[i] && !used[i]; i += step {
				run = append(run, i)
			}
			if len(run) < 2 || !slices.ContainsFunc(run, func(i int) bool { return modeHeader(norm(i)) }) ||
				slices.ContainsFunc(run, func(i int) bool { return has(norm(i), totalH) }) {
				continue
			}
			given, differ, first = 0, 0, -1
			for k, rec := range rows {
				var sum int64
				some, good := false, true
				for _, p := range run {
					v := strings.TrimSpace(cellAt(rec, p))
					if v == "" {
						continue
					}
					n, err := parseInt([]byte(v))
					good = good && err == nil
					some, sum = true, sum+n
				}
				want, err := parseInt([]byte(strings.TrimSpace(cellAt(rec, c))))
				if !some || !good || err != nil {
					continue
				}
				given++
				if sum != want {
					differ++
					if first < 0 {
						first = k
					}
				}
			}
			if given >= 2 && differ*10 <= given {
				slices.Sort(run)
				return c, run, given, differ, first
			}
		}
	}
	return -1, nil, 0, 0, -1
}

// modesNote says, for the guess of a votes column beside its parts by
// mode, on how many rows the parts add up to it, and where they do not
// (line, the line of rows[first]; 0 if not known): a row whose total
// disagrees with its parts, which the count, reading the total alone,
// does not check.
func modesNote(header []string, rows [][]string, votes int, parts []int, given, differ, first, line int) string {
	if differ == 0 {
		return fmt.Sprintf("on each of the %d rows that give them their sum is column %d %q", given, votes+1, trimHeader(header[votes]))
	}
	var cells []string
	for _, p := range parts {
		if v := strings.TrimSpace(cellAt(rows[first], p)); v != "" {
			cells = append(cells, v)
		}
	}
	at := ""
	if line > 0 {
		at = fmt.Sprintf("line %d: ", line)
	}
	return fmt.Sprintf("their sum is column %d %q on %d of the %d rows that give them; on %d it is not (the first, %s%s, and %s): the mapping counts column %d %q, as published, and the count does not check it against its parts: look at such a row in the publisher's own figures before you trust its total",
		votes+1, trimHeader(header[votes]), given-differ, given, differ, at, strings.Join(cells, " + "), cellAt(rows[first], votes), votes+1, trimHeader(header[votes]))
}

// draftModeGaps reads as 0 the empty parts of a long file's votes summed
// by mode of voting (parts) on the rows that give another part: a way of
// voting not used there (Kentucky's absentee votes, given on the
// absentee rows alone, and its machines' votes on the others). Without
// it each such row's sum is votes missing (X229). It says whether it
// mapped empty_votes.
func draftModeGaps(m *Mapping, header []string, rows [][]string, parts []int, guess func(string, ...any)) bool {
	if len(parts) < 2 || m.EmptyVotes != "" || m.EmptyCells != "" {
		return false
	}
	n, first := 0, -1
	for k, rec := range rows {
		empty := 0
		for _, p := range parts {
			if strings.TrimSpace(cellAt(rec, p)) == "" {
				empty++
			}
		}
		if empty > 0 && empty < len(parts) {
			if n++; n == 1 {
				first = k
			}
		}
	}
	if n == 0 {
		return false
	}
	var gaps []string
	for _, p := range parts {
		if strings.TrimSpace(cellAt(rows[first], p)) == "" {
			gaps = append(gaps, fmt.Sprintf("%q", trimHeader(header[p])))
		}
	}
	m.EmptyVotes = EmptyVotesNotOnBallot
	guess("empty_votes: %q: %d rows give the votes of some ways of voting and leave others empty (the first leaves %s empty), a way of voting not used there: each such empty part is read as 0, the sum the votes of the parts given. If an empty cell is a figure that did not come, delete empty_votes: each such row's votes are then missing (X229) and the result provisional",
		EmptyVotesNotOnBallot, n, strings.Join(gaps, ", "))
	return true
}
