package ingest

import (
	"github.com/shailoo/shailoo/election"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// In a file of one row per precinct and a column per list, a list that did
// not stand in a district has an empty cell in the rows of that district's
// precincts (the PKW's results by gmina, the Bundeswahlleiter's by
// Wahlkreis). An empty cell is a figure not given: the validator finds a
// counted protocol without the votes of a list on its ballot (X229, where
// the list ballot is the same everywhere: every party of the definition is
// on it) and the result rests on the missing figure. Only the user can say
// that the file means something else, and the mapping says it:
//
//	"empty_votes": "not_on_ballot"
//
// In a row that gives the votes of at least one choice, an empty cell of a
// votes column is then a choice that was not on that row's ballot: it got
// no votes there, and is read as 0 votes (the validator knows no ballot
// that lacks a party of the definition, so 0 is how the row says it: no
// X229, and valid = the sum of the votes, P103, can be checked). A row that
// gives no choice's votes at all is a row whose figures did not come: its
// empty cells stay not given. The cells read so are counted
// (Counts.NotOnBallot, Table.NotOnBallot), and a count says in a note that
// the mapping declared it.

// The values of Mapping.EmptyVotes.
const (
	// EmptyVotesNotGiven: an empty votes cell is a figure not given
	// (the default).
	EmptyVotesNotGiven = "not_given"
	// EmptyVotesNotOnBallot: in a row that gives another choice's
	// votes, an empty votes cell is a choice not on the row's ballot,
	// read as 0 votes.
	EmptyVotesNotOnBallot = "not_on_ballot"
)

// The values of Mapping.EmptyCells.
const (
	// EmptyCellsMissing: an empty figure cell is a figure not given.
	EmptyCellsMissing = "missing"
	// EmptyCellsZero: an empty figure cell is 0.
	EmptyCellsZero = "zero"
)

// validateEmptyVotes checks Mapping.EmptyVotes and Mapping.EmptyCells.
func (m *Mapping) validateEmptyVotes() error {
	switch m.EmptyCells {
	case "", EmptyCellsMissing:
	case EmptyCellsZero:
		// A long file's "not_on_ballot" is about choices no row names,
		// which have no cell: "zero" does not say it.
		if m.EmptyVotes != "" && !m.long() {
			return mappingError("empty_votes", "empty_cells is %q: every empty figure cell is 0 already; leave empty_votes out", EmptyCellsZero)
		}
	default:
		return mappingError("empty_cells", "%s is not %q (an empty cell is a figure not given) or %q (an empty cell is 0)", echo.Quote(m.EmptyCells), EmptyCellsMissing, EmptyCellsZero)
	}
	switch m.EmptyVotes {
	case "", EmptyVotesNotGiven:
		return nil
	case EmptyVotesNotOnBallot:
		return nil
	}
	return mappingError("empty_votes", "%s is not %q (an empty cell is a figure not given) or %q (a choice not on that row's ballot)", echo.Quote(m.EmptyVotes), EmptyVotesNotGiven, EmptyVotesNotOnBallot)
}

// notOnBallot reads the empty votes cells of a row that gives another
// choice's votes as 0 votes (the caller checks "empty_votes":
// "not_on_ballot"), unless the row's okrug and its candidates are known
// (onBallot): then none; it returns the number of cells so read. The row's PresentVotes stay in file
// order (s.voteOrder). (Not inlined, as the helpers of blank rows.)
//
//go:noinline
func (s *scanner) notOnBallot(row *Row) int {
	n := len(row.Votes) - len(row.PresentVotes)
	if len(row.PresentVotes) == 0 || n == 0 {
		return 0
	}
	if in := s.onBallot(row); in != nil {
		// The row's okrug is known, and its ballot: a choice on it (a
		// candidate the definition lists there, or one that the okrug's
		// other rows give a figure for, the okrugs learnt) is on this
		// row's ballot too, and its empty cell is a figure not given
		// (X229), never 0; a choice not on it is no candidate there, and
		// its cell stays empty. Nothing is read as 0.
		return 0
	}
	for _, slot := range s.voteOrder {
		if !row.Votes[slot].OK {
			row.Votes[slot] = Value{OK: true}
		}
	}
	row.PresentVotes = append(row.PresentVotes[:0], s.voteOrder...)
	return n
}

// onBallot returns, for an okrug ballot row of an okrug of
// Options.Okrugs, which vote slots are on that okrug's ballot; nil when
// the row's ballot is not known so (every choice is then on it).
func (s *scanner) onBallot(row *Row) []bool {
	// (A long file's row names its choice: its cells are parts of that
	// choice's votes, the ballot's its protocol's, longReader.emit.)
	if s.m.long() || len(s.o.Okrugs) == 0 || row.Ballot != election.OkrugBallot || row.Precinct.Okrug == "" {
		return nil
	}
	if s.stands == nil {
		slot := make(map[string]int, len(s.layout.Votes))
		for j, id := range s.layout.Votes {
			slot[id] = j
		}
		s.stands = make(map[string][]bool, len(s.o.Okrugs))
		for _, o := range s.o.Okrugs {
			in := make([]bool, len(s.layout.Votes))
			if j, ok := slot[election.AgainstAll]; ok {
				in[j] = true
			}
			for _, c := range o.Candidates {
				if j, ok := slot[c.ID]; ok {
					in[j] = true
				}
			}
			s.stands[o.ID] = in
		}
	}
	return s.stands[row.Precinct.Okrug]
}

// zeroEmpty reads the empty figure cells of row as 0 ("empty_cells":
// "zero") and returns how many it so read. The row's Present lists are
// then every figure, in file order (s.figOrder).
func (s *scanner) zeroEmpty(row *Row) int {
	n := 0
	for sec, order := range s.figOrder {
		vs, present := row.section(fLine + fieldKind(sec))
		if len(*present) == len(order) {
			continue
		}
		for _, slot := range order {
			if !vs[slot].OK {
				vs[slot] = Value{OK: true}
				n++
			}
		}
		*present = append((*present)[:0], order...)
	}
	return n
}

// EmptyNotes returns the notes (in English) of what m declares its empty
// cells to mean, with the cells c counts so read: "note.not_given" for
// the texts of "not_given" (read as empty cells, before what follows),
// and "note.not_given_places" after it for the region and okrug cells
// read so, with their lines (Chile's "NA" region of three comunas),
// "note.empty_cells" for "empty_cells": "zero", and "note.empty_votes" (a long file's
// "note.empty_votes_long") for "empty_votes": "not_on_ballot"; none when
// m declares neither; then ScriptNotes. Every reader of files says them alike, a count read
// whole or row by row and a reconciliation.
func EmptyNotes(file string, m Mapping, c Counts) []string {
	var notes []string
	if m.EmptyCells == EmptyCellsZero {
		notes = append(notes, words.Say("en", "note.empty_cells", words.Args{"file": file, "n": strconv.Itoa(c.ZeroCells)}))
	}
	if len(m.NotGiven) > 0 {
		texts := make([]string, len(m.NotGiven))
		for i, t := range m.NotGiven {
			texts[i] = echo.Quote(strings.TrimSpace(t))
		}
		notes = append(notes, words.Say("en", "note.not_given", words.Args{"file": file, "texts": strings.Join(texts, ", "), "n": strconv.Itoa(c.NotGiven)}))
		if c.PlacesNotGiven > 0 {
			notes = append(notes, linesNote("note.not_given_places", file, c.PlacesNotGivenRows, c.PlacesNotGivenLines,
				"rows", strconv.Itoa(c.PlacesNotGivenRows), "n", strconv.Itoa(c.PlacesNotGiven), "texts", strings.Join(texts, ", ")))
		}
	}
	if m.EmptyVotes == EmptyVotesNotOnBallot {
		key := "note.empty_votes"
		if m.long() {
			key = "note.empty_votes_long"
		}
		notes = append(notes, words.Say("en", key, words.Args{"file": file, "n": strconv.Itoa(c.NotOnBallot)}))
	}
	return append(notes, ScriptNotes(file, c)...)
}

// otherDistricts says whether every row of rows whose votes cell (column
// votes) is empty lies in a group of rows (named by the cells of key: a
// precinct and its district) whose every votes cell is empty: a
// district's candidates listed in a precinct outside it.
func otherDistricts(rows [][]string, key []int, votes int) bool {
	given := map[string]bool{}
	for _, rec := range rows {
		if cellAt(rec, votes) != "" {
			given[protocolKey(rec, key)] = true
		}
	}
	for _, rec := range rows {
		if cellAt(rec, votes) == "" && given[protocolKey(rec, key)] {
			return false
		}
	}
	return true
}
