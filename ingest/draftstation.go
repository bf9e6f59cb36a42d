package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

// distinct returns how many different tuples the cells of cols give in
// rows.
func distinct(rows [][]string, cols ...int) int {
	seen := map[string]bool{}
	var b strings.Builder
	for _, rec := range rows {
		b.Reset()
		for _, c := range cols {
			b.WriteString(cellAt(rec, c))
			b.WriteByte(0)
		}
		seen[b.String()] = true
	}
	return len(seen)
}

// stationColumn returns the column q that, with the precinct's (key),
// names a long file's station, and the column r that shows it, or -1,
// -1: q, the column after the precinct's, of small numbers, splits the precinct's values (more pairs than values), its
// pairs still repeat (a station gives several choices), and r, a column
// of figures, is the same on the rows of each pair and differs between
// the rows of one value of the precinct's column: a figure of the
// station's protocol repeated on its rows (the invalid ballots). A
// precinct of its column alone would sum the stations' protocols.
func stationColumn(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, key []int, choice, votes int, norm func(int) string) (q, r int) {
	n := distinct(rows, key...)
	for q := range header {
		// (A station's number is small, under a header of words, beside
		// the number it is numbered within: not a figure, nor a name,
		// such as a mayoral candidate's over the lists that back him.)
		if q != key[0]+1 || used[q] || !numeric[q] || q == choice || q == votes || slices.Contains(key, q) || nonEmpty[q] != len(rows) ||
			!strings.ContainsFunc(header[q], unicode.IsLetter) || namedVotes(norm(q)) || !smallNumbers(rows, q) {
			continue
		}
		pair := append(slices.Clone(key), q)
		nq := distinct(rows, pair...)
		if nq <= n || nq >= len(rows) {
			continue
		}
		for r := range header {
			if r == q || used[r] || !numeric[r] || r == choice || r == votes || slices.Contains(key, r) || nonEmpty[r] != len(rows) {
				continue
			}
			if distinct(rows, append(slices.Clone(pair), r)...) == nq && distinct(rows, append(slices.Clone(key), r)...) > n {
				return q, r
			}
		}
	}
	return -1, -1
}

// smallNumbers says whether every cell of column c is a whole number of
// 0 to 999.
func smallNumbers(rows [][]string, c int) bool {
	for _, rec := range rows {
		if v, err := parseInt([]byte(cellAt(rec, c))); err != nil || v < 0 || v > 999 {
			return false
		}
	}
	return true
}

// longRepeatedLines are the lines draftLongLines maps: the valid ballots
// only by a header that names them alone (Thailand's "บัตรดี", the good
// ballots), since "valid votes" may head each choice's figure.
var longRepeatedLines = []election.Line{election.Invalid, election.Voters, election.FoundStationary, election.Valid}

// draftLongLines maps a long file's columns of figures that read as the
// invalid ballots, the voters on the list, the ballots found or the valid
// ones and are the same on every row of a precinct (key): its protocol's
// line, repeated.
func draftLongLines(m *Mapping, header []string, rows [][]string, used, numeric []bool, key []int, norm func(int) string, guess func(string, ...any)) {
	n := distinct(rows, key...)
	for i := range header {
		if used[i] || !numeric[i] {
			continue
		}
		k := slices.IndexFunc(longRepeatedLines, func(l election.Line) bool { return readsAsLine(l, norm(i)) })
		if k < 0 {
			continue
		}
		l := longRepeatedLines[k]
		if _, ok := m.Lines[l]; ok || distinct(rows, append(slices.Clone(key), i)...) != n {
			continue
		}
		used[i] = true
		m.Lines[l] = Column{Header: trimHeader(header[i])}
		blank := ""
		if l == election.Invalid && anyWords(norm(i), []string{"blancs", "blanc"}) {
			// (The DR Congo's "bulletins_blancs": total_votants is
			// bulletins_valides and them.)
			blank = "; blank ballots, read as the invalid ones: no other column gives them, and the ballots cast are the valid and these; where blank votes are valid ones (Spain's), map them under votes and list that ID in blank_votes instead"
		}
		guess("lines.%s: column %d %q (the same on every row of a precinct: its protocol's line, repeated)%s", l, i+1, trimHeader(header[i]), blank)
	}
}

// provinceH name, in a header, an area above the districts: a
// province, a state.
var provinceH = []string{"province", "provincia", "provinz", "wilayah", "velayat", "state"}

// candidatesAcross takes a long file's district column (okrug), under
// which a candidate has votes in two districts, for what it is: where
// the precincts lie, the region (when none is mapped), since a candidate
// stands in one constituency; the constituency is a column of text named
// as a province or a state that puts each candidate in one of its values
// (Afghanistan's Wolesi Jirga: the province elects its members by SNTV),
// or none. It returns the okrug and the region.
func candidatesAcross(m *Mapping, header []string, rows [][]string, used, numeric []bool, choice, okrug, region int, norm func(int) string) (int, int) {
	was := fmt.Sprintf("okrug: column %d %q", okrug+1, trimHeader(header[okrug]))
	why := fmt.Sprintf("column %d %q is not the okrug: candidates of column %d %q have votes in two of its values or more (%d pairs for %d candidates), and a candidate stands in one constituency", okrug+1, trimHeader(header[okrug]), choice+1, trimHeader(header[choice]), distinct(rows, choice, okrug), distinct(rows, choice))
	m.Okrug = nil
	// A province taken for the region (regionH) that puts each candidate
	// in one of its values is the constituency: the district is then
	// the region, as when none was mapped.
	if region >= 0 && !numeric[region] && has(norm(region), provinceH) && distinct(rows, choice, region) == distinct(rows, choice) {
		used[region] = false
		m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, fmt.Sprintf("region: column %d ", region+1)) })
		region, m.Region = -1, nil
	}
	at := slices.IndexFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, was) })
	if region < 0 {
		region = okrug
		m.Region = &Column{Header: trimHeader(header[okrug])}
		why = fmt.Sprintf("region: column %d %q (%d in the file): %s", okrug+1, trimHeader(header[okrug]), distinct(rows, okrug), why)
	}
	okrug = -1
	for i := range header {
		if !used[i] && !numeric[i] && has(norm(i), provinceH) && distinct(rows, choice, i) == distinct(rows, choice) {
			used[i] = true
			okrug = i
			m.Okrug = &Column{Header: trimHeader(header[i])}
			why += fmt.Sprintf("; okrug: column %d %q (%d in the file) puts each candidate in one of its values: the constituency, each electing its members from its own candidates (ballot \"okrug\"); if the file's rows are of one list ballot, delete okrug", i+1, trimHeader(header[i]), distinct(rows, i))
			break
		}
	}
	if okrug < 0 {
		why += "; no column names a constituency that holds each candidate: map \"okrug\" by hand if the candidates stand in constituencies"
	}
	if at >= 0 {
		m.Guesses[at] = why
	} else {
		m.Guesses = append(m.Guesses, why)
	}
	return okrug, region
}

// namesAcross returns the names of column choice of rows found in two
// districts or more (the cells of the columns okrug together), sorted.
func namesAcross(rows [][]string, choice int, okrug []int) []string {
	first, across := map[string]string{}, map[string]bool{}
	for _, rec := range rows {
		c, o := cellAt(rec, choice), protocolKey(rec, okrug)
		if f, ok := first[c]; !ok {
			first[c] = o
		} else if f != o {
			across[c] = true
		}
	}
	return sortedKeys(across)
}

// sameNames says of the few names of column choice found in several
// districts (the columns okrugCols together, column okrug the last)
// that each is read as candidates of one name, one in each district: the
// okrug stays, and the guess names them, with their parties where a
// column of text named as the party gives one.
func sameNames(header []string, rows [][]string, numeric []bool, choice, okrug int, okrugCols []int, across []string) string {
	party := -1
	for i := range header {
		if party < 0 && i != choice && !slices.Contains(okrugCols, i) && !numeric[i] && anyWords(strings.ToLower(trimHeader(header[i])), []string{"party", "parti", "partido", "partei", "partia"}) {
			party = i
		}
	}
	var said []string
	for _, name := range across {
		var where []string
		seen := map[string]bool{}
		for _, rec := range rows {
			if cellAt(rec, choice) != name {
				continue
			}
			var parts []string
			for _, c := range okrugCols {
				parts = append(parts, cellAt(rec, c))
			}
			w := strings.Join(parts, " ")
			if party >= 0 && cellAt(rec, party) != "" {
				w += " (" + cellAt(rec, party) + ")"
			}
			if !seen[w] {
				seen[w] = true
				where = append(where, w)
			}
		}
		said = append(said, fmt.Sprintf("%q in %s", name, strings.Join(where, " and ")))
	}
	return fmt.Sprintf("okrug: column %d %q: each candidate of column %d %q is in one of its districts but %d of %d names, %s: read as candidates of one name, one in each district (a candidate stands in one constituency), whose votes the count keeps apart in each okrug under one choice ID",
		okrug+1, trimHeader(header[okrug]), choice+1, trimHeader(header[choice]), len(across), distinct(rows, choice), strings.Join(said, "; "))
}

// annulWords name, by whole words, a row's status that says its protocol
// was annulled (Afghanistan's audit: "Invalidated").
var annulWords = []string{"invalidated", "annulled", "annulé", "annulée", "anulada", "anulado", "anulata", "cancelled", "canceled", "voided", "quarantined", "excluded"}

// candidateOutcomes says whether one of the values (cells) of a column
// says a candidate was elected or not (outcomeValues), beside what may
// say annulled: the column gives candidates' outcomes, which differ
// between the rows of one protocol (Northern Ireland's count sheets:
// "Elected", "Excluded").
func candidateOutcomes(values map[string]int) bool {
	for v := range values {
		if l := strings.ToLower(strings.TrimSpace(v)); slices.Contains(outcomeValues, l) && !anyWords(l, annulWords) {
			return true
		}
	}
	return false
}

// trueWords are the cells of a column of booleans that say yes.
var trueWords = []string{"true", "yes", "y"}

// statusColumn returns a column of text not used that gives each row a
// status, some of whose values say the protocol was annulled (see
// annulWords): of a few values (six at most), or a column named so alone
// ("Invalidated") whose cells are booleans; the values that say so (the
// boolean's yes, in the file's case, even when no row says it yet); and
// why; or -1.
func statusColumn(header []string, values []map[string]int, used, numeric []bool, norm func(int) string) (int, []string, string) {
	for i := range header {
		if used[i] || numeric[i] || len(values[i]) == 0 || choiceHeader(norm(i)) || contestHeader(norm(i)) {
			continue
		}
		// (A candidate's outcome beside it, "Elected", says whose
		// status the column gives: a count by transfers' "Excluded" is
		// a candidate's, not a protocol's.)
		if len(values[i]) <= 6 && !candidateOutcomes(values[i]) {
			var vs []string
			for _, v := range sortedKeys(values[i]) {
				if anyWords(strings.ToLower(v), annulWords) {
					vs = append(vs, v)
				}
			}
			if len(vs) > 0 && len(vs) < len(values[i]) {
				return i, vs, fmt.Sprintf("gives each row a status (%d values), and %s says the protocol was annulled", len(values[i]), quoteAll(vs))
			}
		}
		if slices.Contains(annulWords, strings.TrimSpace(norm(i))) && len(values[i]) <= 2 && candidateStatus(header, i, norm) < 0 {
			yes, boolean := "", true
			for v := range values[i] {
				switch l := strings.ToLower(v); {
				case slices.Contains(trueWords, l):
					yes = v
				case l == "false" || l == "no" || l == "n":
					if yes == "" {
						yes = map[string]string{"false": "true", "no": "yes", "n": "y"}[l]
						if strings.ToUpper(v) == v {
							yes = strings.ToUpper(yes)
						} else if strings.ToLower(v) != v {
							yes = strings.ToUpper(yes[:1]) + yes[1:]
						}
					}
				default:
					boolean = false
				}
			}
			if boolean && yes != "" {
				return i, []string{yes}, fmt.Sprintf("says whether the row's protocol was annulled (its cells %s)", strings.Join(sortedKeys(values[i]), ", "))
			}
		}
	}
	return -1, nil, ""
}

// draftBlankInvalid adds a column of blank votes to the invalid ballots
// mapped to a column of null ones ("Nulos") when the valid votes mapped
// are on every row the choices' votes (cols, and against when not
// negative) and not those and the blank ones: the blank votes are no
// valid votes then, so the form's invalid ballots are the blank and the
// null ones (Bolivia's "Blancos" and "Nulos"). Where the blank votes are
// valid (Spain's votos en blanco) the valid votes count them, and the
// mapping stays as it is.
func draftBlankInvalid(m *Mapping, header []string, rows [][]string, cols []int, against int, norm func(int) string) {
	inv, ok := m.Lines[election.Invalid]
	valid, okv := m.Lines[election.Valid]
	if !ok || !okv || inv.Header == "" || valid.Header == "" || len(cols) == 0 {
		return
	}
	null, v := columnOf(header, inv.Header), columnOf(header, valid.Header)
	if null < 0 || v < 0 || !anyWords(norm(null), nullVoteWords) {
		return
	}
	mapped := map[string]bool{}
	for _, c := range m.Lines {
		mapped[c.Header] = true
		for _, p := range c.Columns {
			mapped[p.Header] = true
		}
	}
	for _, c := range m.Votes {
		mapped[c.Header] = true
	}
	blank := slices.IndexFunc(header, func(h string) bool {
		i := columnOf(header, trimHeader(h))
		return !mapped[trimHeader(h)] && anyWords(norm(i), blankVoteWords) && !anyWords(norm(i), nullVoteWords)
	})
	if blank < 0 {
		return
	}
	votes := slices.Clone(cols)
	if against >= 0 {
		votes = append(votes, against)
	}
	if !sumHolds(rows, v, votes, -1) || sumHolds(rows, v, votes, blank) {
		return
	}
	b := trimHeader(header[blank])
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: b}, {Header: inv.Header}}}
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, fmt.Sprintf("column %d %q is not mapped", blank+1, b)) || strings.HasPrefix(g, fmt.Sprintf("lines.%s: column %d %q", election.Invalid, null+1, inv.Header))
	})
	m.Guesses = append(m.Guesses, fmt.Sprintf("lines.invalid: the sum of columns %d %q and %d %q: on every row the valid votes (column %q) are the choices' votes without the blank ones, so the blank votes are no valid votes, and the form's invalid ballots are the blank and the null ones", blank+1, b, null+1, inv.Header, valid.Header))
}

// negativeCell says whether column c has negative numbers: on two rows
// or more, or on one of fewer than ten. (One negative cell among many
// rows is an error of a protocol a count flags, in a choice's column
// maybe: Belarus's crowd-entered "against_officialVotes".)
func negativeCell(rows [][]string, c int) bool {
	n := 0
	for _, rec := range rows {
		if v := cellAt(rec, c); strings.HasPrefix(v, "-") {
			if x, err := parseInt([]byte(v)); err == nil && x < 0 {
				n++
			}
		}
	}
	return n >= 2 || n == 1 && len(rows) < 10
}

// negativeFirst returns the first cell of column c that is a negative
// number, quoted, or "".
func negativeFirst(rows [][]string, c int) string {
	for _, rec := range rows {
		if v := cellAt(rec, c); strings.HasPrefix(v, "-") {
			if n, err := parseInt([]byte(v)); err == nil && n < 0 {
				return strconv.Quote(v)
			}
		}
	}
	return ""
}

// ageRange says whether a header is a range of ages, as a count of the
// voters by age heads its columns: "18-19", "80+", "18+".
func ageRange(h string) bool {
	h = strings.TrimSpace(h)
	lo, hi, ok := strings.Cut(h, "-")
	if !ok {
		lo, ok = strings.CutSuffix(h, "+")
	}
	return ok && lo != "" && len(lo) <= 3 && strings.Trim(lo, "0123456789") == "" && len(hi) <= 3 && strings.Trim(hi, "0123456789") == ""
}

// derivedW are the prefixes of a figure derived from a column's: its
// expected value (E_), its difference (DIF_), its share (P_). (Not a
// coalition's, "PRI_PVEM": a prefix must be one of these.)
var derivedW = []string{"e", "exp", "esp", "dif", "diff", "delta", "p", "pct"}

// derivedOf returns the column whose header is column i's without a
// prefix of derivedW and an underscore ("E_GABRIEL BORIC",
// "DIF_GABRIEL BORIC" beside "GABRIEL BORIC"), or -1: a figure derived
// from that column's.
func derivedOf(header []string, i int) int {
	h := trimHeader(header[i])
	prefix, rest, ok := strings.Cut(h, "_")
	if !ok || !slices.Contains(derivedW, strings.ToLower(prefix)) || rest == "" {
		return -1
	}
	return slices.IndexFunc(header, func(x string) bool { return trimHeader(x) == rest })
}

// finalWords name, by whole words, the final kind of results, which a
// kind column's filter keeps before the others.
var finalWords = []string{"validated", "final", "official", "certified", "validés", "définitifs", "definitivos", "oficiales", "endgültig"}

// kindWords name, by whole words, results of a kind: preliminary, final.
var kindWords = append([]string{"preliminary", "provisional", "préliminaires", "provisoires", "preliminares", "provisionales", "vorläufig"}, finalWords...)

// resultKind returns a column of text not used that names the kind of
// results of each row (its header says "type" or "kind" of "results", or
// its two to four values are preliminary and final results), the value
// whose rows to keep (the final kind, or else the first), and the columns
// that say the same in other words (its French twin, "Type de
// résultats"); or -1.
func resultKind(header []string, values []map[string]int, used, numeric []bool, norm func(int) string) (int, string, []int) {
	for i := range header {
		if used[i] || numeric[i] || len(values[i]) < 2 || len(values[i]) > 4 {
			continue
		}
		vs := sortedKeys(values[i])
		kinds := !slices.ContainsFunc(vs, func(v string) bool { return !anyWords(strings.ToLower(v), kindWords) })
		named := anyWords(norm(i), []string{"type", "kind"}) && anyWords(norm(i), []string{"results", "result", "résultats", "resultados"})
		if !kinds && !named || !kinds && len(vs) > 3 {
			continue
		}
		keep := vs[0]
		if k := slices.IndexFunc(vs, func(v string) bool { return anyWords(strings.ToLower(v), finalWords) }); k >= 0 {
			keep = vs[k]
		}
		var twins []int
		for j := range header {
			if j != i && !used[j] && !numeric[j] && len(values[j]) == len(values[i]) && slices.ContainsFunc(sortedKeys(values[j]), func(v string) bool { return anyWords(strings.ToLower(v), kindWords) }) {
				twins = append(twins, j)
			}
		}
		return i, keep, twins
	}
	return -1, "", nil
}

// candidateStatusW name, by whole words, a column of a candidate's own
// status ("withdrawn", "final_winner").
var candidateStatusW = []string{"withdrawn", "winner", "winners", "elected", "retired"}

// candidateStatus returns the column beside column i headed as a
// candidate's status, or -1: a column named "invalidated" there is the
// candidate's (Afghanistan's 2019 files: "withdrawn", "invalidated",
// "past_winners"), and a row filter on its "YES" would drop a candidate's
// votes, not an annulled protocol.
func candidateStatus(header []string, i int, norm func(int) string) int {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(header) && anyWords(norm(j), candidateStatusW) {
			return j
		}
	}
	return -1
}
