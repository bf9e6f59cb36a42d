package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// brParts is Brazil's boletim de urna (bweb, 2024, Maragogipe) as a test
// reads it: the header, line 2 (seção 204's "Branco" row, 4 votes) and
// the rows given, each a line of the real file whose seção (NR_SECAO) is
// set to 204, so that one seção has its "Branco" and its "Nulo" rows as
// every real seção does (the cut has one of them per seção).
func brParts(t *testing.T, lines ...int) string {
	t.Helper()
	rows := strings.Split(strings.TrimSuffix(string(readReal(t, "br2024-maragogipe-bweb.csv")), "\n"), "\n")
	out := []string{rows[0], rows[1]}
	for _, l := range lines {
		cells := strings.Split(rows[l-1], ";")
		cells[14] = "204"
		out = append(out, strings.Join(cells, ";"))
	}
	return strings.Join(out, "\n") + "\n"
}

// brMapping maps the prefeito's rows, "Branco" and "Nulo" both invalid.
func brMapping(t *testing.T) Mapping {
	t.Helper()
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "delimiter": ";", "precinct": {"columns": ["NR_ZONA", "NR_SECAO"]},
		"ballot": "okrug", "okrug_id": "MARAGOGIPE",
		"rows": {"where": [{"column": "DS_CARGO_PERGUNTA", "values": ["Prefeito"]}]},
		"choice_column": "NM_VOTAVEL", "votes_column": "QT_VOTOS",
		"line_values": {"Branco": "invalid", "Nulo": "invalid"}}`), "br.json")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Two labels of line_values mapped to one line are its parts, summed as a
// wide mapping's columns are: seção 204's 4 blank and 8 null votes are 12
// invalid ballots (before, the second row was "a second row for the same
// protocol and choice", the row of the other label named as giving it).
func TestLongLineParts(t *testing.T) {
	tab, err := ReadCSV(strings.NewReader(brParts(t, 8)), "br.csv", brMapping(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 1 || tab.Protocols[0].Precinct != "118 / 204" || tab.Protocols[0].Lines[election.Invalid] != 12 {
		t.Errorf("protocols %+v; want 118 / 204 with invalid 4 + 8 = 12", tab.Protocols)
	}
}

// A label given twice for a protocol is still a second row for the same
// protocol and choice, and the error names the row that gave that label:
// line 3 gave "Nulo", not line 2's "Branco".
func TestLongLinePartTwice(t *testing.T) {
	_, err := ReadCSV(strings.NewReader(brParts(t, 8, 9)), "br.csv", brMapping(t), Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrDuplicateRow) || pe.Line != 4 || !strings.Contains(err.Error(), `"Nulo" of protocol "118 / 204": line 3 gives it already`) {
		t.Errorf("%v; want line 4's Nulo a second row, line 3 named", err)
	}
}

// A protocol whose rows give one label of a summed line and not the
// other leaves the line not given: the sum would be too small. The real
// cut gives one of "Branco" and "Nulo" per seção.
func TestLongLinePartMissing(t *testing.T) {
	tab, err := ReadCSV(strings.NewReader(string(readReal(t, "br2024-maragogipe-bweb.csv"))), "br.csv", brMapping(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 11 {
		t.Errorf("%d protocols, want the 11 seções of the prefeito's rows", len(tab.Protocols))
	}
	for _, p := range tab.Protocols {
		if v, ok := p.Lines[election.Invalid]; ok {
			t.Errorf("seção %s: invalid %d, want not given (one of its two parts)", p.Precinct, v)
		}
	}
}

// The sum of the parts is exact: past int64 it is an error naming the
// rows, and a negative part is refused, as in a wide file's sum.
func TestLongLinePartsRange(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "p"}, Ballot: "list", ChoiceColumn: &Column{Header: "c"}, VotesColumn: &Column{Header: "v"},
		ChoiceValues: map[string]string{"A": "a"}, LineValues: map[string]election.Line{"Blank": election.Invalid, "Null": election.Invalid}}
	_, err := ReadCSV(strings.NewReader("p,c,v\n1,Blank,9223372036854775807\n1,A,5\n1,Null,1\n"), "x.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrOutOfRange) || pe.Line != 4 || !strings.Contains(err.Error(), "on lines 2 + 4") {
		t.Errorf("%v; want line 4 out of range, naming lines 2 and 4", err)
	}
	_, err = ReadCSV(strings.NewReader("p,c,v\n1,Null,-1\n1,Blank,3\n"), "x.csv", m, Options{})
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 2 {
		t.Errorf("%v; want line 2's negative part refused", err)
	}
}

// A label's row given twice alike says that label's figure, not the sum
// of the line: seção 204's "Branco" row (4) listed twice after its
// "Nulo" row (8) is "the same figure (4)", not 12.
func TestLongLinePartTwiceSame(t *testing.T) {
	_, err := ReadCSV(strings.NewReader(brParts(t, 8, 2)), "br.csv", brMapping(t), Options{})
	if !errors.Is(err, ErrDuplicateRow) || !strings.Contains(err.Error(), "with the same figure (4)") {
		t.Errorf("%v; want the same figure (4)", err)
	}
}
