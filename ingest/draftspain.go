package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

// spanishBlank says whether h (lower case) names Spain's blank votes in
// Spanish or Catalan ("Votos en blanco", "VOTOS_BLANCOS", "VOTS_BLANCS",
// "Vots en blanc"): valid votes in Spain (votos válidos = a candidaturas
// + en blanco), apart from them in Chile; never a candidate's, and never
// a part of the invalid ballots as France's "Blancs" are. ("En blanco"
// says so alone, after "Total_" as Uruguay's Corte Electoral writes it;
// "Blancos" alone is also Uruguay's Partido Nacional; "Blanco" alone is
// Colombia's row of the blank votes beside "Nulos" and "No Marcados",
// valid votes there too.)
func spanishBlank(h string) bool {
	return h == "blanco" || anyWords(h, []string{"blancos", "en blanco"}) && anyWords(h, []string{"votos", "voto"}) || anyWords(h, []string{"en blanco"}) ||
		anyWords(h, []string{"blancs", "blanc", "en blanc"}) && anyWords(h, []string{"vots", "vot"}) ||
		// Galician: "Votos en branco"
		anyWords(h, []string{"en branco"}) && anyWords(h, []string{"votos", "voto"})
}

// blankHead says whether h (lower case), which spanishBlank names, has
// the blank votes for its head: no word but those of votes, a total and
// "blank" ("Votos en blanco", "Total_En_Blanco", "Vots en blanc"), and
// not a party's name that has the word among others ("ESCAÑOS EN
// BLANCO", a party that stood in 2023).
func blankHead(h string) bool {
	var left []string
	for _, w := range strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !slices.Contains(blankFrame, w) {
			left = append(left, w)
		}
	}
	return len(left) == 1 && slices.Contains([]string{"blanco", "blancos", "blanc", "blancs", "branco"}, left[0])
}

// blankFrame are the words of a header of blank votes beside "blank".
var blankFrame = []string{"votos", "voto", "vots", "vot", "total", "totales", "en", "de"}

// emptyOnSome says whether column c is empty on some row and given on
// others: a party's, that did not stand everywhere; the blank votes are
// on every ballot.
func emptyOnSome(rows [][]string, c int) bool {
	empty, given := false, false
	for _, rec := range rows {
		if strings.TrimSpace(cellAt(rec, c)) == "" {
			empty = true
		} else {
			given = true
		}
	}
	return empty && given
}

// validBlankID is the ID the draft gives the choice of the blank votes
// counted among the valid ones.
const validBlankID = "en_blanco"

// draftValidBlank maps column blank, the blank votes (spanishBlank,
// blankHead, given on every row), as a choice of Mapping.BlankVotes where
// on every row the valid votes mapped are the choices' votes (cols, and
// against when not negative) and the blank ones, and not the choices'
// alone: the blank votes are then valid votes that take no seat (Spain:
// votos válidos = a candidaturas + en blanco, LOREG art. 96). Elsewhere
// the column stays unmapped, as the draft's note says (a line, or the
// invalid ballots where the rows say so: draftBlankInvalid,
// draftBlankCancelled).
func draftValidBlank(m *Mapping, header []string, rows [][]string, cols []int, against, blank int) {
	valid, ok := m.Lines[election.Valid]
	if blank < 0 || !ok || valid.Header == "" || len(cols) == 0 {
		return
	}
	v := columnOf(header, valid.Header)
	if v < 0 {
		return
	}
	votes := slices.Clone(cols)
	if against >= 0 {
		votes = append(votes, against)
	}
	if sumHolds(rows, v, votes, -1) || !sumHolds(rows, v, votes, blank) {
		return
	}
	id := validBlankID
	for k := 2; m.Votes[id].Header != "" || len(m.Votes[id].Columns) > 0; k++ {
		id = validBlankID + "-" + strconv.Itoa(k)
	}
	b := trimHeader(header[blank])
	m.Votes[id] = Column{Header: b}
	m.BlankVotes = append(m.BlankVotes, id)
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, fmt.Sprintf("column %d %q is not mapped", blank+1, b))
	})
	m.Guesses = append(m.Guesses, fmt.Sprintf("votes.%s: column %d %q, the blank votes, listed in blank_votes: on every row the valid votes (column %d %q) are the choices' votes and these, so they are valid votes (as Spain counts them: votos válidos = a candidaturas + en blanco), in every threshold base, that are no list and take no seat", id, blank+1, b, v+1, valid.Header))
}

// sectionW name, by whole words, the column of a Catalan file's
// sections (secció censal: the area of one or more mesas, the smallest
// a result by secció is given for). Spanish "sección" is not one: in
// Mexico's files a sección holds several casillas, each a protocol.
var sectionW = []string{"secció", "seccio"}

// sectionColumn returns the first column not used whose header names a
// secció (sectionW), or -1: the precinct of a file that names no mesa.
func sectionColumn(header []string, used []bool, norm func(int) string) int {
	for i := range header {
		if !used[i] && anyWords(norm(i), sectionW) {
			return i
		}
	}
	return -1
}

// notBlankWhy says why column c, headed h (spanishBlank), is no column of
// the blank votes: its header has other words, or it is empty on some rows.
func notBlankWhy(h string, rows [][]string, c int) string {
	if !blankHead(h) {
		return "other words besides them (a party's name)"
	}
	return "it is empty on some rows and given on others, as a party's votes are where it did not stand"
}
