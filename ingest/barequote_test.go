package ingest

import (
	"bufio"
	"encoding/csv"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

const krefeldCut = "de-btw2025-krefeld-wahlbezirk.csv"

// krefeldZweit maps the Zweitstimmen of Krefeld's file: a title line, a
// header of two rows ("F5" over "AfD").
func krefeldZweit() Mapping {
	return Mapping{SkipRows: 1, HeaderRows: 2, Delimiter: ";", Precinct: Column{Header: "NR"}, Ballot: "list",
		Lines: map[election.Line]Column{election.Voters: {Header: "A"}, election.Invalid: {Header: "E"}, election.Valid: {Header: "F"}},
		Votes: map[string]Column{"spd": {Header: "F1 / SPD"}, "afd": {Header: "F5 / AfD"}, "volt": {Header: "F12 / Volt"}}}
}

// Krefeld's polling station 341, "Gaststätte "Em Kontörke"": a quote
// inside a cell that does not begin with one is a character of the cell,
// read as Python's csv reads it, and counted in a note; the same read
// sequentially or in parallel.
func TestBareQuoteKrefeld(t *testing.T) {
	for _, concurrent := range []bool{false, true} {
		tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+krefeldCut), krefeldCut, krefeldZweit(), Options{Concurrent: concurrent, chunkBytes: 300})
		if err != nil {
			t.Fatalf("concurrent %v: %v", concurrent, err)
		}
		var afd int64
		for _, p := range tab.Protocols {
			afd += p.Votes["afd"]
		}
		// (Python's csv: the 8 rows' F5 cells add up to 1025.)
		if len(tab.Protocols) != 8 || afd != 1025 || tab.Protocols[7].Precinct != "341" || tab.Protocols[7].Votes["afd"] != 160 {
			t.Errorf("concurrent %v: %d protocols, AfD %d; want 8, 1025, the last of precinct 341 with 160", concurrent, len(tab.Protocols), afd)
		}
		if tab.BareQuotes != 1 || tab.BareQuoteRows != 1 || !slices.Equal(tab.BareQuoteLines, []int{11}) {
			t.Errorf("concurrent %v: bare quotes %d in %d rows at %v; want 1 at line 11", concurrent, tab.BareQuotes, tab.BareQuoteRows, tab.BareQuoteLines)
		}
		note := BareQuoteNote(krefeldCut, tab.Counts)
		if want := krefeldCut + `: 1 cells in 1 rows hold a quote (") that does not begin them (lines 11)`; !strings.HasPrefix(note, want) {
			t.Errorf("note %q; want it to begin %q", note, want)
		}
	}
	if n := BareQuoteNote("f.csv", Counts{}); n != "" {
		t.Errorf("note %q for no such cell", n)
	}
}

// The tokenizer reads a quote inside a cell that does not begin with one
// as a character of it, counts such cells (tokenizer.bare), and keeps
// RFC 4180's rules for a cell that begins with a quote; a record read
// again from its second line (a stray quote) counts its cells once.
func TestTokenizerBareQuotes(t *testing.T) {
	for _, c := range []struct {
		name, in string
		cells    [][]string // the records
		bare     []int      // each record's bare cells
		errs     []int      // the records with an error
	}{
		{"Krefeld", "341;Gaststätte \"Em Kontörke\";1779\n", [][]string{{"341", `Gaststätte "Em Kontörke"`, "1779"}}, []int{1}, nil},
		{"two in a row", "a\"b;c;d\"\n", [][]string{{`a"b`, "c", `d"`}}, []int{2}, nil},
		{"a space before a quote", " \"a\";b\n", [][]string{{` "a"`, "b"}}, []int{1}, nil},
		{"quoted cells keep the rules", "\"a\"\"b\";\"c\"\n", [][]string{{`a"b`, "c"}}, []int{0}, nil},
		{"text after a closing quote", "\"a\"b;c\n", [][]string{{}}, []int{0}, []int{0}},
		{"after a cell over two lines", "x;\"a\nb\";c\"d\n", [][]string{{"x", "a\nb", `c"d`}}, []int{1}, nil},
		{"a stray quote read again", "x\"y;\"a\nb\"c;d\"e\n", [][]string{{`x"y`}, {`b"c`, `d"e`}}, []int{1, 2}, []int{0}},
		{"a cell with a quote after a cell over lines, then a stray quote", "x;\"a\nb\";c\"d;\"e\nf\"g\n", [][]string{{"x"}, {`b"`, `c"d`}, {`f"g`}}, []int{0, 2, 1}, []int{0, 1}},
	} {
		tk := newTokenizer(bufio.NewReader(strings.NewReader(c.in)), ';')
		tk.dataRows()
		for i, want := range c.cells {
			rec, err := tk.read()
			if (err != nil) != slices.Contains(c.errs, i) {
				t.Errorf("%s: record %d: error %v", c.name, i, err)
			}
			got := make([]string, len(rec))
			for k, f := range rec {
				got[k] = string(f)
			}
			if !slices.Equal(got, want) && len(want) > 0 || tk.bare != c.bare[i] {
				t.Errorf("%s: record %d: %q with %d bare cells; want %q with %d", c.name, i, got, tk.bare, want, c.bare[i])
			}
		}
	}
}

// A mapping that leaves header_rows out of a header of two rows ("F5"
// over "AfD"): one error says to set "header_rows": 2, not one per
// column the mapping names.
func TestHeaderRowsLeftOut(t *testing.T) {
	m := krefeldZweit()
	m.HeaderRows = 0
	_, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+krefeldCut), krefeldCut, m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrMissingHeader) || pe.Field != "header_rows" || pe.Line != 2 ||
		!strings.Contains(err.Error(), `set "header_rows": 2`) || !strings.Contains(err.Error(), "3 columns by the cells of lines 2-3") || strings.Count(err.Error(), "\n") > 0 {
		t.Errorf("%v; want one error at line 2 naming header_rows: 2", err)
	}
	// A header missing for another reason keeps its own error.
	m.Votes["x"] = Column{Header: "F99 / Nobody"}
	m.Votes["afd"] = Column{Header: "AfD / F5"}
	m.HeaderRows = 2
	if _, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+krefeldCut), krefeldCut, m, Options{}); !errors.As(err, &pe) || pe.Field == "header_rows" {
		t.Errorf("%v; want the columns' own errors", err)
	}
}

// Dashes in a column of figures, a candidate who did not stand there
// (Krefeld's "---" under D12 / Volt). The whole cut is drafted for its
// Zweitstimmen (votemanager's codes), D12 left for a second mapping, and
// "not_given" is proposed for that one. The cut with the Zweitstimmen's
// columns (E, F, F1 to F18) cut away (SYNTHETIC-EDITED, in the test): the
// draft maps D12, reads the dashes as figures not given and proposes
// "empty_votes": "not_on_ballot"; the count with that draft reads Volt's
// figures.
func TestDraftDashes(t *testing.T) {
	d, err := draftReal(t, krefeldCut)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Mapping.NotGiven, []string{"---"}) {
		t.Errorf("not_given %q; want [\"---\"]\n%s", d.Mapping.NotGiven, strings.Join(d.Mapping.Guesses, "\n"))
	}
	erst := firstVoteOnly(t, readFile(t, "../testdata/ingest/real/"+krefeldCut))
	d, err = DraftMapping(strings.NewReader(erst), "erst.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	volt := ""
	for id, c := range m.Votes {
		if c.Header == "D12 / Volt" {
			volt = id
		}
	}
	if volt == "" || !slices.Equal(m.NotGiven, []string{"---"}) || m.EmptyVotes != EmptyVotesNotOnBallot {
		t.Fatalf("D12 / Volt mapped as %q, not_given %q, empty_votes %q; want it mapped, [\"---\"], %q\n%s", volt, m.NotGiven, m.EmptyVotes, EmptyVotesNotOnBallot, strings.Join(m.Guesses, "\n"))
	}
	tab, err := ReadCSV(strings.NewReader(erst), "erst.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var votes int64
	for _, p := range tab.Protocols {
		votes += p.Votes[volt]
	}
	// (Python's csv: 3 + 4 + 11 on the rows that give a figure.)
	if votes != 18 || tab.NotGiven != 5 || tab.NotOnBallot != 5 {
		t.Errorf("Volt %d, not given %d, not on the ballot %d; want 18, 5, 5", votes, tab.NotGiven, tab.NotOnBallot)
	}
	// A lone "-" for none, likewise (the cut's "---" written "-").
	d, err = DraftMapping(strings.NewReader(strings.ReplaceAll(erst, ";---", ";-")), "dash.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Mapping.NotGiven, []string{"-"}) || d.Mapping.EmptyVotes != EmptyVotesNotOnBallot {
		t.Errorf("not_given %q, empty_votes %q; want [\"-\"], %q", d.Mapping.NotGiven, d.Mapping.EmptyVotes, EmptyVotesNotOnBallot)
	}
}

// firstVoteOnly cuts a votemanager file's Zweitstimmen columns away (its
// second line's codes E, F, F1, F2, ...), leaving the Erststimmen's.
func firstVoteOnly(t *testing.T, text string) string {
	t.Helper()
	rd := csv.NewReader(strings.NewReader(text))
	rd.Comma, rd.FieldsPerRecord, rd.LazyQuotes = ';', -1, true
	rows, err := rd.ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("%v", err)
	}
	var keep []int
	for i, c := range rows[1] {
		if c != "E" && c != "F" && !(strings.HasPrefix(c, "F") && strings.Trim(c[1:], "0123456789") == "") {
			keep = append(keep, i)
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for k, i := range keep {
			if k > 0 {
				b.WriteByte(';')
			}
			if i < len(r) {
				b.WriteString(r[i])
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestDashText(t *testing.T) {
	for v, want := range map[string]bool{"-": true, "---": true, "----": true, "-----": false, "": false, "-1": false, "—": false, "NA": false} {
		if dashText(v) != want {
			t.Errorf("dashText(%q) = %v", v, !want)
		}
	}
}
