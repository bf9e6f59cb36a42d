package shailoo

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/words"
)

// An okrug learnt from a long file of constituency results gives its
// candidates their party's list (election.Candidate.List) when the
// mapping names the column of each row's party (choice_list_column): a
// compensatory list tier (list.compensate) counts the okrug seats a
// list's candidates won against it. The cell is matched, trimmed and
// case-folded, to the mapping's list_values (a party ID, or "" for a
// candidate who carries no list), else to the ID or the name of a party
// of the election (those of the list ballot's mapping, when the
// definition is inferred); an empty cell is an independent's. A cell that
// matches no party is an error naming its file, line and column, unless
// the rule set does not compensate (Options.listsLoose): then a note says
// which candidates carry no list, as no seat depends on it.

// listAt is the list cell of a candidate of an okrug learnt: its text and
// the file (from 1) and line that gave it first.
type listAt struct {
	text         string
	file         int
	line, column int
	// other is the line of a row that gives the candidate another party
	// (0: none), which a loose count notes.
	other int
}

// listKey is a candidate of an okrug learnt: the okrug's ID and the index
// of the choice in okrugLearner.choices.
type listKey struct {
	okrug  string
	choice int
}

// listRow keeps the list cells of a protocol of the okrug ballot at pr,
// whose votes' choices are slots (okrugLearner.file): a candidate named
// in two rows of an okrug with two parties is ErrConflict.
func (l *okrugLearner) listRow(pr *election.Precinct, cs []ingest.ChoiceList, slots []int, protocol int) error {
	for _, c := range cs {
		if protocol >= 0 && c.Protocol != protocol || c.Vote >= len(slots) || slots[c.Vote] < 0 {
			continue
		}
		if l.lists == nil {
			l.lists = map[listKey]listAt{}
		}
		k := listKey{pr.Okrug, slots[c.Vote]}
		had, ok := l.lists[k]
		if !ok {
			l.lists[k] = listAt{text: c.Text, file: l.nfile, line: c.Line, column: c.Column}
			continue
		}
		if had.text != c.Text && l.loose {
			if had.other == 0 {
				had.other = c.Line
				l.lists[k] = had
			}
			continue
		}
		if had.text != c.Text {
			return &ingest.ParseError{File: l.fileName(l.nfile), Line: c.Line, Column: c.Column, Field: "choice_list_column",
				Err: fmt.Errorf("%w: %q, but %s line %d gives %q for candidate %s of okrug %s: a candidate stands for one party", ingest.ErrConflict, c.Text, l.fileName(had.file), had.line, had.text, c.Choice, pr.Okrug)}
		}
	}
	return nil
}

// candidateLists sets the List of the candidates of the okrugs learnt
// from their list cells (listRow), matched to parties; loose says that no
// seat depends on them (the rule set does not compensate): a cell that
// matches no party then leaves its candidate with none, said in the note
// returned, instead of an error.
func (l *okrugLearner) candidateLists(parties []election.Party, loose bool) (string, error) {
	if len(l.lists) == 0 {
		return "", nil
	}
	if len(parties) == 0 && loose {
		// Okrugs alone (first past the post): no list to carry.
		return words.Say("en", "note.choice_lists_no_parties", nil), nil
	}
	var unmatched []string
	for i := range l.okrugs {
		o := &l.okrugs[i]
		for j := range o.Candidates {
			c := &o.Candidates[j]
			at, ok := l.lists[listKey{o.ID, l.choice[c.ID]}]
			if !ok {
				continue
			}
			id, err := l.listOf(at, parties)
			if err != nil && !loose {
				return "", err
			}
			switch {
			case at.other > 0:
				id = ""
				unmatched = append(unmatched, fmt.Sprintf("%s of %s (%q, %s line %d, and another party on line %d)", c.ID, o.ID, at.text, l.fileName(at.file), at.line, at.other))
			case err != nil:
				unmatched = append(unmatched, fmt.Sprintf("%s of %s (%q, %s line %d)", c.ID, o.ID, at.text, l.fileName(at.file), at.line))
			}
			c.List = id
			// An empty cell, or one list_values maps to "": the file says
			// that the candidate carries no list.
			c.NoList = id == "" && err == nil && at.other == 0
		}
	}
	if len(unmatched) == 0 {
		return "", nil
	}
	n := len(unmatched)
	if n > 5 {
		unmatched = append(unmatched[:5], "...")
	}
	return words.Say("en", "note.choice_lists_unmatched", words.Args{"n": strconv.Itoa(n), "candidates": strings.Join(unmatched, "; ")}), nil
}

// listOf returns the party of the list cell at ("" for a candidate who
// carries none), or an error naming its file, line and column.
func (l *okrugLearner) listOf(at listAt, parties []election.Party) (string, error) {
	t := strings.ToLower(at.text)
	for k, id := range l.listValues[at.file-1] {
		if strings.ToLower(strings.TrimSpace(k)) != t {
			continue
		}
		if id != "" && !slices.ContainsFunc(parties, func(p election.Party) bool { return p.ID == id }) {
			return "", &ingest.ParseError{File: l.fileName(at.file), Field: "list_values." + k,
				Err: fmt.Errorf("%w: %q is not a party of the election", ingest.ErrMapping, id)}
		}
		return id, nil
	}
	if t == "" {
		return "", nil
	}
	for _, p := range parties {
		if strings.ToLower(p.ID) == t || strings.ToLower(p.Name) == t {
			return p.ID, nil
		}
	}
	return "", &ingest.ParseError{File: l.fileName(at.file), Line: at.line, Column: at.column, Field: "choice_list_column",
		Err: fmt.Errorf("%w: %q, a candidate's party, is no party's ID or name; map it in list_values (a party's ID, or \"\" for no list)", ingest.ErrBadValue, at.text)}
}

// listColumnsUnread returns the notes of the files whose mappings name
// choice_list_column when the okrugs are not learnt (learnsOkrugs): the
// definition's candidates carry their own lists, and the column is not
// read for them.
func listColumnsUnread(files []CSVInput) []string {
	var notes []string
	for _, f := range files {
		if f.Mapping.ChoiceListColumn != nil {
			notes = append(notes, words.Say("en", "note.choice_list_column_unread", words.Args{"file": f.Name}))
		}
	}
	return notes
}
