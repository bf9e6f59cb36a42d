package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// A long file may name each row's choice twice: by a code
// ("id_candidatura": "1", "7", "BLC", "NUL") and, beside it, by its name
// ("descripcion_candidatura": "PARTIDO LIBERAL DE HONDURAS", "Voto en
// BLANCO"), as Honduras's CNE does by JRV. Mapped by the code alone, the
// definition names every party by it (the winner "7"), and the code says
// nothing of the rows that are no party's ("BLC", the blank votes). The
// draft keys choice_values by the names and makes the IDs of the codes.

// codeNameWords name, by whole words, a column of text that names what a
// column of codes beside it codes (a description, a name, a party).
var codeNameWords = []string{"descripcion", "descripción", "description", "nombre", "name", "nom", "candidatura", "candidato", "candidate", "partido", "party"}

// longNameColumn returns the column of text, not used, that names the
// choices coded by column choice, a long file's choice column whose
// header reads as a code ("id_candidatura", "cod_partido"): a header of
// codeNameWords (that reads as a candidate's as the codes' does), a
// cell on every row, each code with one name on every row and each name
// with one code, a name other than its code; or -1.
func longNameColumn(header []string, rows [][]string, used, numeric []bool, norm func(int) string, choice int) int {
	if choice < 0 || len(rows) == 0 || !anyWords(norm(choice), idH) && !codePrefix(norm(choice)) {
		return -1
	}
	for j := range header {
		// (Not where the names' header reads otherwise than the codes'
		// as a candidate's: the ballot is told by it, Congo's
		// "candidat_id" beside "nom", a surname.)
		if j == choice || used[j] || numeric[j] || anyWords(norm(j), idH) || !anyWords(norm(j), codeNameWords) || candidateHeader(norm(j)) != candidateHeader(norm(choice)) {
			continue
		}
		if _, ok := namesOfCodes(rows, choice, j); ok {
			return j
		}
	}
	return -1
}

// namesOfCodes returns the code (a cell of column code) of each name (a
// cell of column name), where on every row each is given, each code has
// one name and each name one code, and some name differs from its code.
func namesOfCodes(rows [][]string, code, name int) (map[string]string, bool) {
	codeOf, nameOf := map[string]string{}, map[string]string{}
	differ := false
	for _, rec := range rows {
		c, n := strings.TrimSpace(cellAt(rec, code)), strings.TrimSpace(cellAt(rec, name))
		if c == "" || n == "" {
			return nil, false
		}
		if k, ok := codeOf[n]; ok && k != c {
			return nil, false
		}
		if k, ok := nameOf[c]; ok && k != n {
			return nil, false
		}
		codeOf[n], nameOf[c] = c, n
		differ = differ || c != n
	}
	return codeOf, differ && len(codeOf) >= 2
}

// codeID is the choice ID the draft makes of a code: "p17" of "17" (or
// of a numbered "Lista 17"), else the code slugged ("blc").
func codeID(v string) string {
	if n, ok := numbered(v); ok {
		return "p" + n
	}
	if _, err := strconv.ParseUint(v, 10, 32); err == nil {
		return "p" + v
	}
	return slug(v)
}

// idsOfCodes gives the choices of choice_values, keyed by the names of
// column name, the IDs of their codes in column code (codeID), in
// m.ChoiceValues, m.Aggregates, m.BlankVotes and the guesses that name
// them; "against all" keeps its ID, and so do all where a code's ID
// would be another choice's.
func idsOfCodes(m *Mapping, header []string, rows [][]string, name, code int, guess func(string, ...any)) {
	codeOf, ok := namesOfCodes(rows, code, name)
	if !ok {
		return
	}
	ids := map[string]string{} // a name -> its new ID
	taken := map[string]bool{}
	for _, id := range m.ChoiceValues {
		taken[id] = true
	}
	for k, old := range m.ChoiceValues {
		id := codeID(codeOf[strings.TrimSpace(k)])
		if old == election.AgainstAll || id == old {
			continue
		}
		if id == "" || taken[id] {
			return // (two codes of one ID, or the ID of another choice)
		}
		taken[id], ids[k] = true, id
	}
	for _, k := range sortedKeys(ids) {
		old, id := m.ChoiceValues[k], ids[k]
		m.ChoiceValues[k] = id
		for _, l := range [][]string{m.Aggregates, m.BlankVotes} {
			if i := slices.Index(l, old); i >= 0 {
				l[i] = id
			}
		}
		q := strconv.Quote(k)
		for i, g := range m.Guesses {
			if strings.Contains(g, q) {
				g = strings.Replace(g, " choice "+old+" ", " choice "+id+" ", 1)
				m.Guesses[i] = strings.Replace(g, " choice "+old+")", " choice "+id+")", 1)
			}
		}
	}
	guess("choice_values: keyed by column %d %q, the choices' names, each beside one code of column %d %q on every row and each code beside one name: the definition names the choices so, their IDs made of the codes; column %d is not mapped",
		name+1, trimHeader(header[name]), code+1, trimHeader(header[code]), code+1)
}

// draftLongValid maps, in a long file, a column of figures not used and
// the same on all the rows of each precinct (key) as line valid where on
// every precinct but one in ten at most (and not 0 on most) it is the
// sum of the choices' votes, or of theirs and the blank votes' rows:
// Honduras's "cant_votos_positivos", 145 = the parties' 137 + "Voto en
// BLANCO" 8. (As a total is never a key: draftkeytotal.go.) Where it
// holds the blank votes and not the choices' alone, the blank votes are
// valid votes: their label, drafted as a part of the invalid line, becomes
// a choice listed in blank_votes (valid votes that take no seat). It
// returns the column mapped, or -1.
func draftLongValid(m *Mapping, header []string, rows [][]string, used, numeric []bool, key []int, choice, votes int, guess func(string, ...any)) int {
	if !m.long() || choice < 0 || votes < 0 || m.ChoiceColumn == nil || m.ChoiceColumn.Header != trimHeader(header[choice]) || len(m.ChoiceValues) == 0 {
		return -1
	}
	if _, ok := m.Lines[election.Valid]; ok {
		return -1
	}
	for _, l := range m.LineValues {
		if l == election.Valid {
			return -1
		}
	}
	blank := ""
	for _, k := range sortedKeys(m.LineValues) {
		if h := lowerHeader(k); blankCell(h) || spanishBlank(h) && blankHead(h) {
			blank = k
			break
		}
	}
	// Each row's precinct (pi), and each precinct's sums of the choices'
	// votes (sum[2p]) and of the blank votes (sum[2p+1]).
	pi := make([]int, len(rows))
	index := map[string]int{}
	var sum []int64
	for r, rec := range rows {
		k := protocolKey(rec, key)
		p, ok := index[k]
		if !ok {
			p = len(index)
			index[k] = p
			sum = append(sum, 0, 0)
		}
		pi[r] = p
		cell := strings.TrimSpace(cellAt(rec, choice))
		_, isChoice := m.ChoiceValues[cell]
		if !isChoice && (blank == "" || cell != blank) {
			continue
		}
		v, err := parseInt([]byte(cellAt(rec, votes)))
		if err != nil || v < 0 || v >= 1<<53 {
			return -1
		}
		j := 2 * p
		if !isChoice {
			j++ // (the blank votes')
		}
		sum[j] += v
	}
	for c := range header {
		if used[c] || !numeric[c] || c == votes || c == choice || !constantWithin(rows, key, c) {
			continue
		}
		alone, with, compared, some := 0, 0, 0, 0
		seen := make([]bool, len(index))
		for r, rec := range rows {
			p := pi[r]
			v, err := parseInt([]byte(cellAt(rec, c)))
			if seen[p] || err != nil {
				continue
			}
			seen[p] = true
			compared++
			if v > 0 {
				some++
			}
			if v == sum[2*p] {
				alone++
			}
			if v == sum[2*p]+sum[2*p+1] {
				with++
			}
		}
		nearly := func(n int) bool { return compared > 0 && (compared-n)*10 <= compared && some*2 > compared }
		n, also := alone, ""
		switch {
		case nearly(alone) && (blank == "" || alone > with):
		case blank != "" && nearly(with) && with > alone:
			n, also = with, fmt.Sprintf(" and %q's, the blank votes (not the choices' alone)", blank)
		default:
			continue
		}
		h := trimHeader(header[c])
		m.Lines[election.Valid] = Column{Header: h}
		used[c] = true
		guess("lines.valid: column %d %q, one figure on each precinct's rows: on %d of %d precincts the sum of the choices' votes%s", c+1, h, n, compared, also)
		if also != "" {
			validBlankLabel(m, blank, guess)
		}
		return c
	}
	return -1
}

// validBlankLabel makes the label blank of line_values, the blank votes,
// a choice listed in blank_votes: the valid line holds them.
func validBlankLabel(m *Mapping, blank string, guess func(string, ...any)) {
	line := m.LineValues[blank]
	delete(m.LineValues, blank)
	id := validBlankID
	ids := map[string]bool{}
	for _, v := range m.ChoiceValues {
		ids[v] = true
	}
	for k := 2; ids[id]; k++ {
		id = validBlankID + "-" + strconv.Itoa(k)
	}
	m.ChoiceValues[blank] = id
	m.BlankVotes = append(m.BlankVotes, id)
	q := strconv.Quote(blank)
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "line_values: "+q+" ") })
	guess("blank_votes: %q is the choice %s, not line %s: the valid votes hold them, so they are valid votes (as Spain's), in every threshold base, no candidate, no seat", blank, id, line)
}
