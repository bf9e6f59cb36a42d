package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// sgMapping maps Singapore's GE2020 table by constituency, as a copy of
// Wikipedia's exports it: the constituency and its electorate written on
// its first party's row alone (merged cells), a GRC's team members on
// rows of their own with no party and no votes.
const sgMapping = `{"layout": "long", "precinct": "Constituency", "okrug": "Constituency", "ballot": "okrug",
 "choice_column": "Party", "votes_column": "Votes", "thousands": ",", "lines": {"voters": "Electorate"}%s
 "choice_values": {"Independent": "independent", "National Solidarity Party": "nsp", "People's Action Party": "pap", "People's Power Party": "ppp",
  "Peoples Voice": "pv", "Progress Singapore Party": "psp", "Red Dot United": "rdu", "Reform Party": "rp", "Singapore Democratic Alliance": "sda",
  "Singapore Democratic Party": "sdp", "Singapore People's Party": "spp", "Workers' Party": "wp"}}`

// fill_down fills the constituency and its electorate from the row above;
// every cell so filled is counted, by column, and the row of empty cells
// (line 21) is neither filled nor filled from.
func TestFillDownMergedCells(t *testing.T) {
	data := readReal(t, "sg-ge2020-constituencies.csv")
	m, err := ReadMapping(strings.NewReader(strings.Replace(sgMapping, "%s", `, "fill_down": ["Constituency", "Electorate"], "rows": {"where": [{"column": "Party", "except": [""]}]},`, 1)), "sg.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(bytes.NewReader(data), "sg.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 31 || len(tab.Precincts) != 31 {
		t.Fatalf("%d protocols, %d precincts, want 31 constituencies", len(tab.Protocols), len(tab.Precincts))
	}
	// Bukit Batok SMC: PAP 15,500, SDP 12,787 (its second row filled).
	if p := tab.Protocols[0]; tab.Precincts[0].ID != "Bukit Batok SMC[188]" || p.Votes["pap"] != 15500 || p.Votes["sdp"] != 12787 || p.Lines["voters"] != 29948 {
		t.Errorf("first protocol %+v %+v", tab.Precincts[0], p)
	}
	want := []FilledDown{{Index: 1, Header: "Constituency", Cells: 161, First: 3}, {Index: 3, Header: "Electorate", Cells: 161, First: 3}}
	if g := tab.Counts.FilledDown; len(g) != 2 || g[0] != want[0] || g[1] != want[1] {
		t.Errorf("FilledDown %+v, want %+v", g, want)
	}
	if n := FillDownNote("sg.csv", tab.Counts); !strings.Contains(n, `322 empty cells`) || !strings.Contains(n, `1 "Constituency" (161), 3 "Electorate" (161)`) {
		t.Errorf("note %q", n)
	}
	if tab.Blank != 1 || tab.LeftOut != 128 {
		t.Errorf("blank %d, left out %d; want 1 and 128 (the team members' rows)", tab.Blank, tab.LeftOut)
	}

	// Scanned row by row, in parallel asked, the same counts.
	var c Counts
	n := 0
	if _, err := Scan(bytes.NewReader(data), "sg.csv", m, Options{Counts: &c, Concurrent: true}, func(int, *election.Protocol, election.Precinct) error { n++; return nil }); err != nil || n != 31 || len(c.FilledDown) != 2 || c.FilledDown[0].Cells != 161 {
		t.Errorf("Scan: %v, %d protocols, %+v", err, n, c.FilledDown)
	}

	// A first row whose cell is empty: no row above to fill it from.
	first := bytes.Replace(data, []byte("Bukit Batok SMC[188],1"), []byte(",1"), 1)
	_, err = ReadCSV(bytes.NewReader(first), "sg.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 2 || pe.Field != "fill_down[0]" || pe.Column != 1 {
		t.Errorf("empty first row: %v", err)
	}
}

// Without fill_down, the row below a merged cell names no precinct: the
// error is the precinct's (not the okrug's that shares its column), and
// it says what the row above gives there and the fill_down that reads it.
func TestFillDownHint(t *testing.T) {
	data := readReal(t, "sg-ge2020-constituencies.csv")
	m, err := ReadMapping(strings.NewReader(strings.Replace(sgMapping, "%s", ",", 1)), "sg.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(bytes.NewReader(data), "sg.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 3 || pe.Field != "precinct" || pe.Column != 1 ||
		!strings.Contains(err.Error(), `the row above (line 2) gives "Bukit Batok SMC[188]"`) || !strings.Contains(err.Error(), `"fill_down": ["Constituency", "Electorate"]`) {
		t.Errorf("%v (field %q)", err, pe.Field)
	}
}

// fill_down names columns, each once, of a file of rows.
func TestFillDownMappingErrors(t *testing.T) {
	for name, in := range map[string]string{
		"twice":      `{"precinct": "p", "ballot": "list", "lines": {"valid": "v"}, "fill_down": ["p", "p"]}`,
		"transposed": `{"layout": "transposed", "precinct": "p", "ballot": "list", "lines": {"valid": "v"}, "fill_down": ["p"]}`,
		"a sum":      `{"precinct": "p", "ballot": "list", "lines": {"valid": "v"}, "fill_down": [{"columns": ["a", "b"]}]}`,
	} {
		var pe *ParseError
		if _, err := ReadMapping(strings.NewReader(in), "m.json"); !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || !strings.HasPrefix(pe.Field, "fill_down") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// Under "empty_votes": "not_on_ballot" the empty votes cells of a long
// file are read as 0, and one note says so (EmptyNotes): the note of a
// votes column mostly empty, whose votes are "not given" (X229), would
// contradict it and is not made. Without it that note stays.
func TestVotesEmptyNoteNotOnBallot(t *testing.T) {
	const in = "area,team,member,votes\nA,P,x,10\nA,,y,\nA,,z,\nA,Q,u,5\nA,,v,\nA,,w,\n"
	for _, tc := range []struct {
		empty string
		notes int
	}{{`, "empty_votes": "not_on_ballot"`, 0}, {"", 1}} {
		m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "area", "ballot": "okrug", "choice_column": "member", "votes_column": "votes",
		 "choice_values": {"x": "x", "y": "y", "z": "z", "u": "u", "v": "v", "w": "w"}`+tc.empty+`}`), "m.json")
		if err != nil {
			t.Fatal(err)
		}
		var c Counts
		if _, err := ScanRows(strings.NewReader(in), "t.csv", m, Options{Counts: &c}, func(*Row) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if n := len(VotesEmptyNotes("t.csv", c)); n != tc.notes {
			t.Errorf("%q: %d notes of a votes column empty (%v), want %d", tc.empty, n, VotesEmptyNotes("t.csv", c), tc.notes)
		}
	}
}
