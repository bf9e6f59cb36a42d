package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// fuzzMapping maps columns by number, so any header row fits it.
func fuzzMapping() Mapping {
	return Mapping{
		Precinct:      Column{Index: 1},
		BallotColumn:  &Column{Index: 2},
		MachineColumn: &Column{Index: 3},
		Lines:         map[election.Line]Column{election.Invalid: {Index: 4}, election.Valid: {Index: 5}},
		Votes:         map[string]Column{"a": {Index: 6}, election.AgainstAll: {Index: 7}},
	}
}

// sameReadError says whether the tokenizer's error is encoding/csv's:
// the same words, or, on a header that is no CSV at the mapping's
// delimiter but is at another, the hint to set that delimiter (which only
// the tokenizer gives) where encoding/csv gives its syntax error.
func sameReadError(err, refErr error) bool {
	if fmt.Sprint(err) == fmt.Sprint(refErr) {
		return true
	}
	var pe *ParseError
	return errors.As(err, &pe) && pe.Field == "delimiter" && errors.Is(err, ErrMissingHeader) &&
		refErr != nil && strings.Contains(refErr.Error(), "syntax error")
}

// FuzzReadCSV reads arbitrary bytes with a fixed mapping. It must never
// panic; the result is the same, error positions included, with the fast
// tokenizer, with encoding/csv and with concurrent parsing; every row is either read or skipped (Rows counts both); each
// protocol's numbers are exactly those of its row's cells, an empty cell
// giving no key.
func FuzzReadCSV(f *testing.F) {
	const h = "p,b,m,i,v,a,aa\n"
	for _, s := range []string{
		h + "1,list,0,3,97,90,7\n",
		"\uFEFF" + strings.ReplaceAll(h+"1,okrug,да,3,97,90,7\n", "\n", "\r\n"),
		h + "\"1,2\",list,,\"3\",97,\"9\"\"0\",7\n",
		h + "1,list,0,3\n",
		h + "1,list,0,x,97,90,7\n",
		h + "1,list,0,99999999999999999999,97,90,7\n",
		h + "1,list,0,-5,1 234,1\u00a0234,\n",
		h + "1,list,0,3,97,\"90\n",
		h + "1,li\"st,0,3,97,90,7\n2,list,1,0,0,0,0",
		h + "\n\n1,list,yes,1,1,1,1\n\"multi\nline\",okrug,no,1,1,1,1\r\n",
		h + "1,\"li,st\",\"0\"\"\",3,\"9,7\",90,\"7\"\n2,\"\"\"\",0,3,97,90,\"\"\n3,\"a\"x,0,3,97,90,7\n4,b\"c,0,3,97,90,7\n",
		h + "1,\"list\",0,3,97,90,\"7,\n2,list,\"0,1,1,1,1\n",
		h + ",,,,,,\n1,list,0,3,97,90,7\n,\n \t, \r\n\"\",\" \"\n\u00a0,,\n",
		h + ",,,\n",
		"",
		"p\n",
		"p,,,,,figures,\n,b,m,i,v,a,aa\n1,list,0,3,97,90,7\n",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	m := fuzzMapping()
	skip := Mapping{
		Precinct: Column{Index: 1},
		Ballot:   "list",
		Lines:    map[election.Line]Column{election.Invalid: {Index: 4}},
		Votes:    map[string]Column{"a": {Index: 6}},
	}
	f.Fuzz(func(t *testing.T, data []byte, lenient bool) {
		if freeByte(data, ',') == 0 {
			t.Skip("every byte in the input: no byte for csvSource to read a bare quote as")
		}
		tab, err := ReadCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient})
		// The fast tokenizer gives what encoding/csv gives, positions included.
		ref, refErr := readCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient}, csvRecords)
		// encoding/csv skips empty lines unseen: the tokenizer's count of
		// them is compared with the concurrent reading's below.
		ref.Empty, ref.EmptyLines = tab.Empty, tab.EmptyLines
		// It reads a quote inside a cell that does not begin with one
		// (csvSource) without counting it.
		ref.BareQuotes, ref.BareQuoteRows, ref.BareQuoteLines = tab.BareQuotes, tab.BareQuoteRows, tab.BareQuoteLines
		if !reflect.DeepEqual(tab, ref) || !sameReadError(err, refErr) {
			t.Fatalf("tokenizer and encoding/csv differ:\n%+v\n%v\n%+v\n%v", tab, err, ref, refErr)
		}
		for _, chunk := range []int{0, 1 + len(data)%17, 64} {
			con, conErr := ReadCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient, Concurrent: true, chunkBytes: chunk})
			if !reflect.DeepEqual(tab, con) || fmt.Sprint(err) != fmt.Sprint(conErr) {
				t.Fatalf("concurrent reading (chunks of %d bytes) differs:\n%+v\n%v\n%+v\n%v", chunk, tab, err, con, conErr)
			}
			// skip leaves columns out, whose quoted cells a parser skips
			// in its walk (fillSkipQuoted); ev reads empty votes cells as
			// choices not on the ballot.
			ev := fuzzMapping()
			ev.EmptyVotes = EmptyVotesNotOnBallot
			// two reads a header of two rows (the first data row is its
			// second).
			two := skip
			two.HeaderRows = 2
			// sum reads a line and a vote each as the sum of two columns.
			sum := Mapping{Precinct: Column{Index: 1}, Ballot: "list",
				Lines: map[election.Line]Column{election.Invalid: {Columns: []Column{{Index: 4}, {Index: 5}}}},
				Votes: map[string]Column{"a": {Columns: []Column{{Index: 6}, {Index: 7}}}}}
			for _, m := range []Mapping{m, skip, ev, two, sum} {
				seq, seqErr := scanText(data, m, Options{Lenient: lenient, CheckConflicts: true, Precinct: fuzzPrecinct})
				par, parErr := scanText(data, m, Options{Lenient: lenient, CheckConflicts: true, Precinct: fuzzPrecinct, Concurrent: true, chunkBytes: chunk})
				if seq != par || fmt.Sprint(seqErr) != fmt.Sprint(parErr) {
					t.Fatalf("parallel ScanRows (chunks of %d bytes) differs:\n%s\n%v\n%s\n%v", chunk, seq, seqErr, par, parErr)
				}
				mem, memErr := scanReader(NewBytesReader(data), m, Options{Lenient: lenient, CheckConflicts: true, Precinct: fuzzPrecinct, Concurrent: true, chunkBytes: chunk})
				if seq != mem || fmt.Sprint(seqErr) != fmt.Sprint(memErr) {
					t.Fatalf("parallel ScanRows of a BytesReader (chunks of %d bytes) differs:\n%s\n%v\n%s\n%v", chunk, seq, seqErr, mem, memErr)
				}
			}
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "f.csv" {
				t.Fatalf("error %v is not a *ParseError for f.csv", err)
			}
			return
		}
		if tab.Rows != len(tab.Protocols)+len(tab.Skipped) || len(tab.Lines) != len(tab.Protocols) {
			t.Fatalf("Rows %d, %d protocols, %d skipped, %d lines", tab.Rows, len(tab.Protocols), len(tab.Skipped), len(tab.Lines))
		}
		if !lenient && len(tab.Skipped) > 0 {
			t.Fatalf("strict mode skipped rows")
		}
		for _, s := range tab.Skipped {
			if s.Line < 1 || s.Column < 1 || s.File != "f.csv" {
				t.Fatalf("skipped row without a place: %v", s)
			}
		}
		// An independent reading with encoding/csv: the record starting on
		// each protocol's line gives its numbers.
		rows := recordsByLine(t, data)
		for i, p := range tab.Protocols {
			rec, ok := rows[tab.Lines[i]]
			if !ok {
				t.Fatalf("protocol %d: no record starts on line %d", i, tab.Lines[i])
			}
			// A row without a precinct cell is named by its line.
			// (A run of white space inside it is read as one space.)
			if cell := string(must1(oneSpace([]byte(strings.TrimSpace(rec[0]))))); (cell != "" || p.Precinct != "line "+strconv.Itoa(tab.Lines[i])) && (p.Precinct != cell || p.Precinct == "") {
				t.Fatalf("protocol %d: precinct %q from cell %q", i, p.Precinct, rec[0])
			}
			check := func(name string, got map[string]int64, key string, cell string) {
				v, present := got[key]
				cell = strings.TrimSpace(cell)
				if cell == "" {
					if present {
						t.Fatalf("protocol %d: %s %d from an empty cell", i, name, v)
					}
					return
				}
				want, err := parseInt(cell)
				if err != nil || !present || v != want {
					t.Fatalf("protocol %d: %s = %d (%v) from cell %q", i, name, v, present, cell)
				}
			}
			lines := map[string]int64{}
			for l, v := range p.Lines {
				lines[string(l)] = v
			}
			check("invalid", lines, "invalid", rec[3])
			check("valid", lines, "valid", rec[4])
			check("a", p.Votes, "a", rec[5])
			check("against_all", p.Votes, election.AgainstAll, rec[6])
			if len(lines)+len(p.Votes) > 4 {
				t.Fatalf("protocol %d has keys no column gave: %v", i, p)
			}
		}
	})
}

// recordsByLine reads data with encoding/csv (after a BOM, lone CRs as
// line ends when the data has no LF) and returns the data records by the
// line they start on, rows that are not well-formed left out: the header
// record, then each data record as csvSource reads it (a quoted cell may
// span lines, a stray quote costs its line).
func recordsByLine(t *testing.T, data []byte) map[int][]string {
	data = bytes.TrimPrefix(data, []byte(bom))
	if bytes.IndexByte(data, '\n') < 0 {
		data = bytes.ReplaceAll(data, []byte{'\r'}, []byte{'\n'})
	}
	out := map[int][]string{}
	src := csvRecords(bufio.NewReader(bytes.NewReader(data)), ',', 0).(*csvSource)
	if _, err := src.read(); err != nil {
		return out
	}
	src.dataRows()
	for {
		rec, err := src.read()
		if err == io.EOF {
			return out
		}
		if err == nil {
			cells := make([]string, len(rec))
			for i, c := range rec {
				cells[i] = string(c)
			}
			out[src.fieldLine(0)] = cells
		}
	}
}

// FuzzReadElection reads arbitrary bytes as an election. It must never
// panic; an error is a *ParseError with a place; an election read is
// written back by encoding/json and read again unchanged.
func FuzzReadElection(f *testing.F) {
	small, err := os.ReadFile("../testdata/ingest/small-election.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		string(small),
		`{"id": "x", "name": "X", "regions": [], "okrugs": [], "parties": [], "precincts": [], "protocols": []}`,
		`{"protocols": [{"precinct": "1", "ballot": "list", "lines": {"valid": 1}, "votes": {"a": 1}}]}`,
		`{"protocols": [{"precinct": "1", "ballot": "List"}]}`,
		`{"parties": [{"id": "p", "candidates": [{"id": "c", "sex": "F", "under35": true}]}]}`,
		`{"id": 1}`, `{"id": "x",}`, `{"ID": "x"}`, `[`, ``, `null`, `{"regions": null}`,
		`{"protocols": [{"lines": {"valid": 9223372036854775808}}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := ReadElection(bytes.NewReader(data), "f.json")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "f.json" || pe.Line < 1 || pe.Column < 1 {
				t.Fatalf("error %v is not a *ParseError with a place", err)
			}
			return
		}
		out, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		again, err := ReadElection(bytes.NewReader(out), "again.json")
		if err != nil {
			t.Fatalf("reading back %s: %v", out, err)
		}
		if out2, _ := json.Marshal(again); !bytes.Equal(out, out2) { // empty and nil maps are alike
			t.Fatalf("round trip differs:\n%s\n%s", out, out2)
		}
	})
}

// FuzzReadMapping reads arbitrary bytes as a mapping. It must never panic;
// an error wraps ErrMapping; a mapping read validates and survives a JSON
// round trip.
func FuzzReadMapping(f *testing.F) {
	for _, name := range []string{"small-mapping.json", "mapping-ru.json", "mapping-ky.json", "multi-contest-mapping.json"} {
		b, err := os.ReadFile("../testdata/ingest/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`{"precinct": 1, "ballot": "list", "lines": {"valid": 2}}`,
		`{"precinct": {"header": "P", "column": 1}}`, `{"precinct": "P", "lines": {"recieved": "R"}}`, `{`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadMapping(bytes.NewReader(data), "f.json")
		if err != nil {
			if !errors.Is(err, ErrMapping) {
				t.Fatalf("error %v does not wrap ErrMapping", err)
			}
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("ReadMapping returned a mapping that does not validate: %v", err)
		}
		out, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ReadMapping(bytes.NewReader(out), "again.json")
		if err != nil {
			t.Fatalf("reading back %s: %v", out, err)
		}
		if out2, _ := json.Marshal(again); !bytes.Equal(out, out2) { // empty and nil maps are alike
			t.Fatalf("round trip differs:\n%s\n%s", out, out2)
		}
	})
}

// fuzzPrecinct is an Options.Precinct: precincts "1" to "9" are known.
func fuzzPrecinct(cell []byte) (string, int) {
	if len(cell) == 1 && cell[0] >= '1' && cell[0] <= '9' {
		return string(cell), int(cell[0] - '1')
	}
	return string(cell), -1
}

// scanText is what ScanRows gives, as text: every row with its place and
// figures, and the skipped rows.
func scanText(data []byte, m Mapping, o Options) (string, error) {
	return scanReader(bytes.NewReader(data), m, o)
}

// scanReader is scanText reading r.
func scanReader(r io.Reader, m Mapping, o Options) (string, error) {
	var b strings.Builder
	var n Counts
	if o.Counts == nil {
		o.Counts = &n
	}
	skipped, err := ScanRows(r, "f.csv", m, o, func(row *Row) error {
		fmt.Fprintf(&b, "%d %d %+v %s %v %v %v %v %v %v %v\n", row.Line, row.Index, row.Precinct, row.Ballot, row.Machine,
			row.Lines, row.Votes, row.Preferences, row.PresentLines, row.PresentVotes, row.PresentPreferences)
		return nil
	})
	for _, s := range skipped {
		fmt.Fprintf(&b, "skipped %v\n", s)
	}
	fmt.Fprintf(&b, "counts %+v\n", *o.Counts)
	return b.String(), err
}

// must1 returns the first of two values.
func must1[T, U any](v T, _ U) T { return v }
