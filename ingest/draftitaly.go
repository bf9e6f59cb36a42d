package ingest

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

// Italy's sezioni (the Interior Ministry's Eligendo fields, as ondata
// publishes them: "int_ele_m", "int_vot_t", "int_sk_bianche"): the
// electors (elettori) and those who took part (votanti) by sex, men,
// women and in all, and the blank, null and contested ballots (schede
// bianche, nulle, contestate), the parts of the invalid ones. Drafted as
// choices, a sex's electors won the seat.
var (
	italyVoters   = []string{"ele", "elettori", "iscritti"}
	italyTookPart = []string{"vot", "votanti"}
	italySex      = []string{"m", "f", "maschi", "femmine"}
	italyAll      = []string{"t", "tot", "totale", "totali"}
	italyBallots  = []string{"sk", "schede"}
	italyInvalid  = []string{"bianche", "nulle", "contestate"}
)

// italyLine reads the words of a header (lower case) as Italy's line of
// words (italyVoters, italyTookPart): its second-to-last word and its
// last, a sex or all; or a header of the line's word alone. It says
// whether the header is of the line, and whether it is a sex's part; read
// says how a misspelt word of the line was read (italyWord), else empty.
func italyLine(h string, words []string) (line, part bool, read string) {
	w := strings.FieldsFunc(h, notWordRune)
	switch {
	case len(w) == 1:
		return slices.Contains(words, w[0]) && len(w[0]) > 3, false, ""
	case len(w) >= 2 && (len(w) == 2 || !slices.Contains([]string{"tot", "perc"}, w[len(w)-3])):
		ok, read := italyWord(w[len(w)-2], words)
		last := w[len(w)-1]
		if !ok {
			return false, false, ""
		}
		return slices.Contains(italySex, last) || slices.Contains(italyAll, last), slices.Contains(italySex, last), readAs(w[len(w)-2], read)
	}
	return false, false, ""
}

// italyWord says whether w is one of words, or a misspelling of one of
// seven letters or more: the same first three letters, two letters typed
// in, left out or changed at most (ondata's 2020 referendum by comune
// writes "votatanti_maschi" beside "votanti_femmine"), or the feminine
// "elettrici" (the women electors, "elettrici_femmine" beside
// "elettori_maschi"); read is the word it is read as when not one of
// words.
func italyWord(w string, words []string) (ok bool, read string) {
	if slices.Contains(words, w) {
		return true, ""
	}
	if w == "elettrici" && slices.Contains(words, "elettori") {
		return true, "elettori"
	}
	for _, k := range words {
		if len(k) >= 7 && len(w) >= 7 && w[:3] == k[:3] && editDistance(w, k) <= 2 {
			return true, k
		}
	}
	return false, ""
}

// editDistance is the number of letters (bytes) to type in, leave out or
// change to make a b (Levenshtein's distance).
func editDistance(a, b string) int {
	d := make([]int, len(b)+1)
	for j := range d {
		d[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := d[0]
		d[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			prev, d[j] = d[j], min(d[j]+1, d[j-1]+1, prev+cost)
		}
	}
	return d[len(b)]
}

// readAs says how a misspelt header was read, or nothing.
func readAs(h, read string) string {
	if read == "" {
		return ""
	}
	return fmt.Sprintf(" (%q read as %q)", h, read)
}

// draftItalyLines maps Italy's electors and those who took part, in all,
// as the voters and the ballots found, leaves their parts by sex out,
// and maps the invalid ballots to the sum of the blank, null and
// contested ones, each in a guess.
func draftItalyLines(m *Mapping, header []string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	for _, l := range []struct {
		line  election.Line
		words []string
		what  string
	}{{election.Voters, italyVoters, "the electors (elettori) in all"}, {election.FoundStationary, italyTookPart, "those who took part (votanti) in all, whose ballots were found: the form's found_stationary, with found_mobile not given"}} {
		if _, ok := m.Lines[l.line]; ok {
			continue
		}
		all, parts := -1, []string(nil)
		for i := range header {
			if used[i] || !numeric[i] {
				continue
			}
			if line, part, read := italyLine(norm(i), l.words); line && part {
				parts = append(parts, fmt.Sprintf("%d %q%s", i+1, trimHeader(header[i]), read))
			} else if line && all < 0 {
				all = i
			}
		}
		if all < 0 {
			continue
		}
		used[all] = true
		m.Lines[l.line] = Column{Header: trimHeader(header[all])}
		_, _, read := italyLine(norm(all), l.words)
		guess("lines.%s: column %d %q%s, %s", l.line, all+1, trimHeader(header[all]), read, l.what)
		if len(parts) > 0 {
			for i := range header {
				if line, part, _ := italyLine(norm(i), l.words); !used[i] && numeric[i] && line && part {
					used[i] = true
				}
			}
			guess("columns %s are not mapped: the parts of line %s by sex (men, women), no choices; declare them in the rule set (protocol.add_lines) to check them", strings.Join(parts, ", "), l.line)
		}
	}
	// (The sezioni present, counted and in all, "int_sz_pres",
	// "int_sz_cons", "int_sz_tot": how many, no choice.)
	for i := range header {
		w := strings.FieldsFunc(norm(i), notWordRune)
		if !used[i] && numeric[i] && len(w) >= 2 && slices.Contains([]string{"sz", "sezioni"}, w[len(w)-2]) {
			used[i] = true
			guess("column %d %q is not mapped: it counts sezioni (polling sections), no choice's votes", i+1, trimHeader(header[i]))
		}
	}
	if _, ok := m.Lines[election.Invalid]; ok {
		return
	}
	var sum Column
	var names []string
	for i := range header {
		w := strings.FieldsFunc(norm(i), notWordRune)
		if !used[i] && numeric[i] && len(w) >= 2 && slices.Contains(italyBallots, w[len(w)-2]) && slices.Contains(italyInvalid, w[len(w)-1]) {
			used[i] = true
			sum.Columns = append(sum.Columns, Column{Header: trimHeader(header[i])})
			names = append(names, fmt.Sprintf("%d %q", i+1, trimHeader(header[i])))
		}
	}
	switch len(sum.Columns) {
	case 0:
		return
	case 1:
		sum = sum.Columns[0]
	}
	m.Lines[election.Invalid] = sum
	guess("lines.invalid: the sum of columns %s: the blank, null and contested ballots (schede bianche, nulle, contestate), none valid", strings.Join(names, ", "))
}

// childRows returns a text column that names each row once, its every
// cell the cell of a column of numbers, a dot and more with a letter in
// it (a decimal, a station's code of digits, is none) ("0.cand.0" beside
// "0": ondata's rows of a sezione's candidates, each joined to its
// sezione's row of another file), and that column: the rows' own
// numbers, and the precinct's; or -1, -1.
func childRows(header []string, rows [][]string, used, numeric []bool) (own, parent int) {
	if len(rows) < 2 {
		return -1, -1
	}
	for i := range header {
		if used[i] || numeric[i] || repeats(rows, i) {
			continue
		}
		for j := range header {
			if j == i || used[j] || !numeric[j] || !repeats(rows, j) {
				continue
			}
			if !slices.ContainsFunc(rows, func(rec []string) bool {
				rest, ok := strings.CutPrefix(cellAt(rec, i), cellAt(rec, j)+".")
				return cellAt(rec, j) == "" || !ok || !strings.ContainsFunc(rest, unicode.IsLetter)
			}) {
				return i, j
			}
		}
	}
	return -1, -1
}
