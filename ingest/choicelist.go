package ingest

import (
	"fmt"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// A long file of constituency results often names each candidate's party
// beside the candidate ("Glasgow Anniesland,SNP,Bill Kidd,15007"): the
// mapping's choice_list_column names that column, and the reader gives,
// with each protocol, the cell of each choice its rows name
// (Row.ChoiceLists, Table.ChoiceLists). Which party a cell is (list_values,
// or a party's ID or name) is the count's to say: the reader knows no
// parties. Two rows of one protocol and choice (summed, or the labels of
// one choice) whose cells differ are ErrConflict.

// ChoiceList is the cell of choice_list_column of the row of a long file
// that names a choice of a protocol: the party (list) its candidate
// stands for, trimmed ("" for an empty cell).
type ChoiceList struct {
	// Protocol is the index of the protocol in Table.Protocols (0 in a
	// Row's).
	Protocol int
	// Vote is the index of the choice in the Layout's Votes, Choice its
	// ID.
	Vote   int
	Choice string
	Text   string
	Line   int // the row's line
	Column int // 1-based, the column of choice_list_column
}

// validateChoiceList checks choice_list_column and list_values of a long
// file's mapping.
func (m *Mapping) validateChoiceList() error {
	if m.ChoiceListColumn == nil {
		if len(m.ListValues) > 0 {
			return mappingError("list_values", "maps the cells of choice_list_column, which the mapping does not name")
		}
		return nil
	}
	if err := checkColumn("choice_list_column", *m.ChoiceListColumn); err != nil {
		return err
	}
	if m.Ballot == string(election.ListBallot) {
		return mappingError("choice_list_column", "names the party of each okrug candidate, and the rows are list ballots (\"ballot\": \"list\"), whose choices are the lists themselves")
	}
	seen := map[string]string{}
	for _, k := range sortedKeys(m.ListValues) {
		name := "list_values." + k
		t := strings.ToLower(strings.TrimSpace(k))
		if prev, ok := seen[t]; ok {
			return mappingError(name, "the same cell text as %s (cells are matched trimmed, in any case)", prev)
		}
		seen[t] = name
		if id := m.ListValues[k]; strings.TrimSpace(id) != id {
			return mappingError(name, "a party ID may not start or end with a space (\"\": the candidate carries no list)")
		}
	}
	return nil
}

// listRows says whether the reader keeps each choice's list cell.
func (lr *longReader) listRows() bool { return lr.s.m.ChoiceListColumn != nil }

// keepList keeps the list cell of row, which names the choice at slot of
// protocol i, and returns ErrConflict for one that differs from an
// earlier row's of the protocol and choice.
func (lr *longReader) keepList(i, slot int, row *Row) *ParseError {
	if !lr.vote(slot) {
		return nil
	}
	if lr.lists == nil {
		lr.lists, lr.listTexts = map[[2]int]ChoiceList{}, map[string]string{}
	}
	t, ok := lr.listTexts[string(row.listCell)]
	if !ok {
		t = strings.TrimSpace(string(row.listCell))
		lr.listTexts[t] = t
	}
	k := [2]int{i, slot}
	if had, ok := lr.lists[k]; ok {
		if had.Text != t {
			return lr.s.cellError(row.Line, lr.field(fList, ""), fmt.Errorf("%w: %s, but line %d gives %s for choice %s of protocol %s: a candidate stands for one party",
				ErrConflict, echo.Quote(t), had.Line, echo.Quote(had.Text), echo.Quote(row.choiceCell), lr.describe(&lr.protos[i])))
		}
		return nil
	}
	nl := len(lr.layout.Lines)
	lr.lists[k] = ChoiceList{Vote: slot - nl, Choice: lr.layout.Votes[slot-nl], Text: t, Line: row.Line, Column: lr.field(fList, "").idx + 1}
	return nil
}

// choiceLists sets out.ChoiceLists to the list cells of protocol i.
func (lr *longReader) choiceLists(i int, out *Row) {
	out.ChoiceLists = out.ChoiceLists[:0]
	nl := len(lr.layout.Lines)
	for _, j := range out.NamedVotes {
		if c, ok := lr.lists[[2]int{i, nl + int(j)}]; ok {
			out.ChoiceLists = append(out.ChoiceLists, c)
		}
	}
}
