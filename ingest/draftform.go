package ingest

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// formCode says whether a header is a line's code on a paper form: one
// lower-case Latin letter and up to two digits ("a", "b1", "r10"), as
// Romania's AEP letters the lines of its protocol, Hungary's NVI the
// voters (a) and those who came (f), and Ukraine's evybory volunteers
// number the form's lines (r1 to r10). Parties' abbreviations are
// capitals ("PAN", "S") or words.
func formCode(h string) bool {
	if len(h) < 1 || len(h) > 3 || h[0] < 'a' || h[0] > 'z' {
		return false
	}
	for i := 1; i < len(h); i++ {
		if h[i] < '0' || h[i] > '9' {
			return false
		}
	}
	return true
}

// formLineNote says why a column named like a form's line is not mapped.
const formLineNote = "a line of the protocol, not a choice's votes; map it under lines by what the form says of its code, or under votes if it is a choice"

// draftFormLines leaves out the choices drafted (cols, each with its
// guess's index in votesAt) when every one of them is named as a form
// codes its lines (formCode): the file gives a protocol's lines alone,
// and a choice drafted of them would win seats. Of those columns, one
// that is on every row at least the sum of the others is the voters on
// the list, whom no other figure of a protocol exceeds: mapped so, in a
// guess. It returns the choices left (none, or cols as they were) and
// whether it left them out.
func draftFormLines(m *Mapping, header []string, rows [][]string, cols []int, votesAt map[int]int) ([]int, bool) {
	if len(cols) == 0 || slices.ContainsFunc(cols, func(c int) bool { return !formCode(trimHeader(header[c])) }) {
		return cols, false
	}
	var names []string
	for _, c := range cols {
		names = append(names, fmt.Sprintf("%q", trimHeader(header[c])))
	}
	all := strings.Join(names, ", ")
	for _, c := range cols {
		h := trimHeader(header[c])
		for id, v := range m.Votes {
			if v.Header == h && len(v.Columns) == 0 {
				delete(m.Votes, id)
			}
		}
		m.Guesses[votesAt[c]] = fmt.Sprintf("column %d %q is not mapped: its header is a letter and a number, as a paper form codes its lines, and so is every column of figures left (%s), none named as a candidate or a party: %s", c+1, h, all, formLineNote)
	}
	if _, ok := m.Lines[election.Voters]; !ok && len(cols) >= 2 {
		for _, c := range cols {
			others := slices.DeleteFunc(slices.Clone(cols), func(d int) bool { return d == c })
			if electorate(rows, c, others) {
				h := trimHeader(header[c])
				m.Lines[election.Voters] = Column{Header: h}
				m.Guesses[votesAt[c]] = fmt.Sprintf("lines.voters: column %d %q: of the columns named as a paper form codes its lines (%s), none named as a candidate or a party, it is on every row at least the sum of the others: the voters on the list, whom no other figure of a protocol exceeds; check it against the form", c+1, h, all)
				break
			}
		}
	}
	return nil, true
}

// electorate says whether column c is on every row at least the sum of
// the columns others, on two rows at least where each is a number, one
// of them with a sum not 0.
func electorate(rows [][]string, c int, others []int) bool {
	compared, some := 0, false
	for _, rec := range rows {
		v, err := parseInt([]byte(cellAt(rec, c)))
		if err != nil {
			continue
		}
		var sum int64
		ok := true
		for _, d := range others {
			x, err := parseInt([]byte(cellAt(rec, d)))
			if err != nil || x < 0 || sum > math.MaxInt64-x {
				ok = false
				break
			}
			sum += x
		}
		if !ok {
			continue
		}
		if v < sum {
			return false
		}
		compared++
		some = some || sum > 0
	}
	return compared >= 2 && some
}

// codedLike says whether column h is named as the odd part of a total
// is (odd, a form's line beside the choices that share prefix: "r10"
// beside "r11_1" ... "r11_39"), and not as the choices: "r1" to "r8", the
// other lines of that form.
func codedLike(h, odd, prefix string) bool {
	return formCode(h) && formCode(odd) && h[0] == odd[0] && !strings.HasPrefix(h, prefix)
}
