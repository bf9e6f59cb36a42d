package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// office keeps the rows whose office cell is one of values.
func office(values ...string) *RowFilter {
	return &RowFilter{Where: []Condition{{Column: Column{Header: "office"}, Values: values}}}
}

// oeMapping reads an OpenElections-style long file: one row per precinct,
// office and candidate.
func oeMapping() Mapping {
	return Mapping{
		Shape: "long", Precinct: Column{Header: "precinct"}, Region: &Column{Header: "county"}, Ballot: "list",
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues: map[string]string{"Jane Doe": "doe", "John Roe": "roe"},
		Rows:         office("President"),
	}
}

const oeFile = "county,precinct,office,district,party,candidate,votes\n" +
	"Adams,A1,President,,DEM,Jane Doe,312\n" +
	"Adams,A1,President,,REP,John Roe,298\n" +
	"Adams,A1,U.S. Senate,,DEM,Ann Lee,305\n" +
	"Adams,A1,State House,12,REP,Di Moe,x\n" + // not a number: another contest's, not read
	"Adams,A2,President,,DEM,Jane Doe,201\n" +
	" Adams , A2 , President ,,REP, John Roe ,344\n" + // cells trimmed
	"Adams,A2,president,,REP,John Roe,1\n" // case counts: another contest

// A long file of many contests is read for the rows of one; the others
// are counted, not read.
func TestRowFilterLong(t *testing.T) {
	for _, o := range []Options{{}, {Concurrent: true, chunkBytes: 64}, {Lenient: true}} {
		tab, err := ReadCSV(strings.NewReader(oeFile), "oe.csv", oeMapping(), o)
		if err != nil {
			t.Fatal(err)
		}
		want := []election.Protocol{
			{Precinct: "A1", Ballot: election.ListBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"doe": 312, "roe": 298}},
			{Precinct: "A2", Ballot: election.ListBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{"doe": 201, "roe": 344}},
		}
		if !equalProtocols(tab.Protocols, want) {
			t.Errorf("%+v: protocols\n got %+v\nwant %+v", o, tab.Protocols, want)
		}
		if tab.Rows != 7 || tab.LeftOut != 3 || len(tab.Skipped) != 0 {
			t.Errorf("%+v: Rows %d, LeftOut %d, skipped %d; want 7, 3, 0", o, tab.Rows, tab.LeftOut, len(tab.Skipped))
		}
	}
}

// A wide file: a condition by column number, an except condition, two
// conditions together.
func TestRowFilterWide(t *testing.T) {
	const in = "election,precinct,invalid,valid,A,against all\n" +
		"local,1,x,x,x,x\n" +
		"national,1,1,10,8,2\n" +
		"national,2,0,5,5,0\n" +
		"recall,3,0,1,1,0\n"
	cases := []struct {
		name    string
		filter  RowFilter
		ids     []string
		leftOut int
	}{
		{"by header", RowFilter{Where: []Condition{{Column: Column{Header: "election"}, Values: []string{"national"}}}}, []string{"1", "2"}, 2},
		{"by number", RowFilter{Where: []Condition{{Column: Column{Index: 1}, Values: []string{"national", "recall"}}}}, []string{"1", "2", "3"}, 1},
		{"except", RowFilter{Where: []Condition{{Column: Column{Header: "election"}, Except: []string{"local"}}}}, []string{"1", "2", "3"}, 1},
		{"two conditions", RowFilter{Where: []Condition{
			{Column: Column{Header: "election"}, Except: []string{"local"}},
			{Column: Column{Header: "precinct"}, Values: []string{"2", "3"}}}}, []string{"2", "3"}, 2},
		{"the precinct column too", RowFilter{Where: []Condition{{Column: Column{Header: "precinct"}, Values: []string{"2"}},
			{Column: Column{Header: "election"}, Values: []string{"national"}}}}, []string{"2"}, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := mini()
			m.Rows = &c.filter
			for _, o := range []Options{{}, {Concurrent: true, chunkBytes: 16}} {
				var n Counts
				o.Counts = &n
				tab, err := ReadCSV(strings.NewReader(in), "w.csv", m, o)
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, p := range tab.Protocols {
					ids = append(ids, p.Precinct)
				}
				if !reflect.DeepEqual(ids, c.ids) || tab.LeftOut != c.leftOut || tab.Rows != 4 {
					t.Errorf("precincts %v, left out %d of %d; want %v, %d of 4", ids, tab.LeftOut, tab.Rows, c.ids, c.leftOut)
				}
				if !reflect.DeepEqual(n, Counts{Rows: 4, LeftOut: c.leftOut}) {
					t.Errorf("Counts %+v, want {4 %d}", n, c.leftOut)
				}
			}
		})
	}
}

// What the filter cannot hide: a filter keeping nothing, a column the file
// lacks, a kept row that cannot be read, a row left out whose cells moved.
func TestRowFilterErrors(t *testing.T) {
	cases := []struct {
		name, in string
		filter   *RowFilter
		lenient  bool
		is       error
		field    string
		line     int
		text     string
	}{
		{"keeps nothing", oeFile, office("Presidnet"), false, ErrNoRows, "rows", 1, `leaves out all 7 rows`},
		{"keeps nothing, lenient", oeFile, office("Presidnet"), true, ErrNoRows, "rows", 1, `(office = "Presidnet")`},
		{"missing column", strings.Replace(oeFile, "office", "race", 1), office("President"), false, ErrMissingHeader, "rows.where[0].column", 1, `"office"`},
		{"unknown choice kept", oeFile + "Adams,A3,President,,GRN,Al Oak,7\n", office("President"), false, ErrBadValue, "choice_column", 9, `"Al Oak"`},
		{"short row left out", oeFile + "Adams,A3,U.S. Senate,,DEM,7\n", office("President"), false, ErrShortRow, "", 9, "6 cells"},
		{"long row left out", oeFile + "Adams,A3,U.S. Senate,,DEM,x,7,8\n", office("President"), false, ErrLongRow, "", 9, `cell 8 holds "8"`},
		{"quoted row left out, a cell too many", oeFile + "Adams,\"A,3\",U.S. Senate,,DEM,x,7,8\n", office("President"), false, ErrLongRow, "", 9, `cell 8 holds "8"`},
		{"unterminated quote", oeFile + "Adams,A3,\"U.S. Senate,,DEM,x,7\n", office("President"), false, ErrSyntax, "", 9, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := oeMapping()
			m.Rows = c.filter
			for _, o := range []Options{{Lenient: c.lenient}, {Lenient: c.lenient, Concurrent: true, chunkBytes: 32}} {
				_, err := ReadCSV(strings.NewReader(c.in), "oe.csv", m, o)
				var pe *ParseError
				if !errors.As(err, &pe) || !errors.Is(err, c.is) {
					t.Fatalf("err = %v, want a *ParseError wrapping %v", err, c.is)
				}
				if pe.File != "oe.csv" || pe.Field != c.field || pe.Line != c.line || !strings.Contains(err.Error(), c.text) {
					t.Errorf("err = %v (field %q, line %d), want field %q, line %d, %q", err, pe.Field, pe.Line, c.field, c.line, c.text)
				}
			}
		})
	}
}

// In Lenient mode a kept row that cannot be read is skipped and said; a
// row left out is not read, so its bad figure is no finding.
func TestRowFilterLenient(t *testing.T) {
	in := oeFile + "Adams,A3,President,,DEM,Jane Doe,x\n"
	tab, err := ReadCSV(strings.NewReader(in), "oe.csv", oeMapping(), Options{Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Skipped) != 1 || tab.Skipped[0].Line != 9 || !errors.Is(tab.Skipped[0], ErrSyntax) && !errors.Is(tab.Skipped[0], ErrNotNumber) {
		t.Fatalf("skipped %v, want line 9's figure", tab.Skipped)
	}
	if tab.LeftOut != 3 || tab.Rows != 8 {
		t.Errorf("left out %d of %d, want 3 of 8", tab.LeftOut, tab.Rows)
	}
}

// ReadMapping reads the filter strictly and places its errors.
func TestRowFilterMapping(t *testing.T) {
	base := `{"precinct": "p", "ballot": "list", "votes": {"a": "A"},` + "\n"
	cases := []struct{ json, field string }{
		{`"rows": {"where": []}}`, "rows.where"},
		{`"rows": {}}`, "rows.where"},
		{`"rows": {"where": [{"column": "office"}]}}`, "rows.where[0].values"},
		{`"rows": {"where": [{"column": "office", "values": ["a"], "except": ["b"]}]}}`, "rows.where[0]"},
		{`"rows": {"where": [{"values": ["a"]}]}}`, "rows.where[0].column"},
		{`"rows": {"where": [{"column": {"header": "x", "column": 2}, "values": ["a"]}]}}`, "rows.where[0].column"},
		{`"rows": {"where": [{"column": "office", "value": ["a"]}]}}`, "rows.where[0].value"},
	}
	for _, c := range cases {
		_, err := ReadMapping(strings.NewReader(base+c.json), "m.json")
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Field != c.field || pe.Line != 2 {
			t.Errorf("%s: err = %v, want field %s on line 2", c.json, err, c.field)
		}
	}
	m, err := ReadMapping(strings.NewReader(base+`"rows": {"where": [{"column": "office", "values": ["President", "U.S. Senate"]}, {"column": 4, "except": ["99"]}]}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.Rows.String(), `office in ("President", "U.S. Senate") and column 4 ≠ "99"`; got != want {
		t.Errorf("String() = %s, want %s", got, want)
	}
}

// Every data row is handed on, left out or refused: kept + left out +
// refused = the file's data rows, whatever the rows hold, read in one
// goroutine or several, leniently or not (then the first refusal ends the
// reading).
func TestRowFilterEveryRowCounted(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	contests := []string{"national", "local", " national", "", "National"}
	cells := []string{"1", "", "x", "12", " 7 "}
	for trial := range 300 {
		var b strings.Builder
		b.WriteString("election,precinct,invalid,valid,A,against all\n")
		rows := 1 + r.IntN(30)
		for i := range rows {
			fmt.Fprintf(&b, "%s,%d", contests[r.IntN(len(contests))], i%7)
			n := 4
			switch r.IntN(20) {
			case 0:
				n = 3 // a cell left out
			case 1:
				n = 5 // a cell too many
			}
			for range n {
				b.WriteString("," + cells[r.IntN(len(cells))])
			}
			b.WriteString("\n")
		}
		m := mini()
		m.Rows = &RowFilter{Where: []Condition{{Column: Column{Header: "election"}, Values: []string{"national"}}}}
		var want Table
		for k, o := range []Options{{Lenient: true}, {Lenient: true, Concurrent: true, chunkBytes: 1 + trial%40}} {
			tab, err := ReadCSV(strings.NewReader(b.String()), "f.csv", m, o)
			if err != nil && !errors.Is(err, ErrNoRows) {
				t.Fatalf("trial %d: %v", trial, err)
			}
			if tab.Rows != rows || len(tab.Protocols)+tab.LeftOut+len(tab.Skipped) != rows {
				t.Fatalf("trial %d: %d rows: %d kept + %d left out + %d refused\n%s", trial, rows, len(tab.Protocols), tab.LeftOut, len(tab.Skipped), b.String())
			}
			// Nothing kept is an error when the filter left rows out (a
			// file whose every row is refused is its findings).
			if errors.Is(err, ErrNoRows) != (len(tab.Protocols) == 0 && tab.LeftOut > 0) {
				t.Fatalf("trial %d: err %v with %d rows kept", trial, err, len(tab.Protocols))
			}
			if k == 0 {
				want = tab
			} else if !reflect.DeepEqual(tab, want) {
				t.Fatalf("trial %d: concurrent reading differs:\n%+v\n%+v", trial, tab, want)
			}
		}
	}
}

// FuzzRowFilter reads arbitrary bytes with a row filter: the tokenizer,
// encoding/csv and the concurrent reader agree, and every row is kept,
// left out or skipped.
func FuzzRowFilter(f *testing.F) {
	const h = "p,b,m,i,v,a,aa\n"
	for _, s := range []string{
		h + "1,list,0,3,97,90,7\n2,okrug,0,x,x,x,x\n",
		h + "1,okrug,0,3\n1,\"list\",0,1,2,3,4\n",
		h + "1,okrug,\"0,3\n",
		h + "1,okrug\n",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	m := fuzzMapping()
	m.BallotColumn, m.Ballot = nil, "list"
	m.Rows = &RowFilter{Where: []Condition{{Column: Column{Index: 2}, Except: []string{"okrug"}}}}
	f.Fuzz(func(t *testing.T, data []byte, lenient bool) {
		tab, err := ReadCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient})
		ref, refErr := readCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient}, csvRecords)
		if !reflect.DeepEqual(tab, ref) || !sameReadError(err, refErr) {
			t.Fatalf("tokenizer and encoding/csv differ:\n%+v\n%v\n%+v\n%v", tab, err, ref, refErr)
		}
		for _, chunk := range []int{1 + len(data)%17, 64} {
			con, conErr := ReadCSV(bytes.NewReader(data), "f.csv", m, Options{Lenient: lenient, Concurrent: true, chunkBytes: chunk})
			if !reflect.DeepEqual(tab, con) || fmt.Sprint(err) != fmt.Sprint(conErr) {
				t.Fatalf("concurrent reading (chunks of %d bytes) differs:\n%+v\n%v\n%+v\n%v", chunk, tab, err, con, conErr)
			}
		}
		if err == nil && tab.Rows != len(tab.Protocols)+len(tab.Skipped)+tab.LeftOut {
			t.Fatalf("Rows %d: %d kept, %d skipped, %d left out", tab.Rows, len(tab.Protocols), len(tab.Skipped), tab.LeftOut)
		}
		for i, p := range tab.Protocols {
			if rec := recordsByLine(t, data)[tab.Lines[i]]; len(rec) > 1 && strings.TrimSpace(rec[1]) == "okrug" {
				t.Fatalf("protocol %d (%v) is of a row the filter leaves out", i, p)
			}
		}
	})
}

// The filter costs a nil check when the mapping has none: a scan with a
// filter that keeps every row reads what one without it reads.
func TestRowFilterKeepsAll(t *testing.T) {
	var b strings.Builder
	b.WriteString(miniHeader)
	for i := range 50 {
		fmt.Fprintf(&b, "%d,1,%d,%d,0\n", i, i, i)
	}
	plain, err := ReadCSV(strings.NewReader(b.String()), "f.csv", mini(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := mini()
	m.Rows = &RowFilter{Where: []Condition{{Column: Column{Header: "invalid"}, Values: []string{"1"}}}}
	all, err := ReadCSV(strings.NewReader(b.String()), "f.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(plain, all) || all.LeftOut != 0 || strconv.Itoa(all.Rows) != "50" {
		t.Errorf("a filter keeping every row changed the reading:\n%+v\n%+v", plain, all)
	}
}

// examples/openelections: an OpenElections-style precinct file (county,
// precinct, office, district, party, candidate, votes; synthetic figures)
// read for the President alone gives, per precinct, the votes of the
// President rows, summed here with encoding/csv.
func TestOpenElectionsExample(t *testing.T) {
	data, err := os.ReadFile("../examples/openelections/precincts.csv")
	if err != nil {
		t.Fatal(err)
	}
	mf, err := os.Open("../examples/openelections/mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	m, err := ReadMapping(mf, "mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(bytes.NewReader(data), "precincts.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]int64{}
	president := 0
	for _, r := range recs[1:] {
		if r[2] != "President" {
			continue
		}
		president++
		if want[r[1]] == nil {
			want[r[1]] = map[string]int64{}
		}
		n, _ := strconv.ParseInt(r[6], 10, 64)
		want[r[1]][m.ChoiceValues[r[5]]] += n
	}
	got := map[string]map[string]int64{}
	for _, p := range tab.Protocols {
		got[p.Precinct] = p.Votes
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("votes\n got %v\nwant %v", got, want)
	}
	if tab.Rows != len(recs)-1 || tab.LeftOut != len(recs)-1-president {
		t.Errorf("%d rows, %d left out; want %d, %d", tab.Rows, tab.LeftOut, len(recs)-1, len(recs)-1-president)
	}
}

// WriteCSV writes one contest: a mapping with a row filter, whose column
// the file would lack, is refused.
func TestRowFilterWrite(t *testing.T) {
	m := mini()
	m.Rows = office("President")
	err := WriteCSV(&bytes.Buffer{}, nil, nil, m)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Field != "rows" {
		t.Errorf("err = %v, want ErrMapping on rows", err)
	}
}

// A row filter on a file whose cells are quoted (the PKW's "Irak") leaves
// the row out on every path: the concurrent scan read the quotes as part
// of the cell and kept it.
func TestRowFilterQuotedCells(t *testing.T) {
	in := readFile(t, "../testdata/ingest/real/pl-sejm2023-gminy.csv")
	m := Mapping{
		Delimiter: ";", Precinct: Column{Header: "TERYT Gminy"}, Ballot: "list",
		Lines: map[election.Line]Column{election.Valid: {Header: "Liczba głosów ważnych oddanych łącznie na wszystkie listy kandydatów"}},
		Votes: map[string]Column{"pis": {Header: "KOMITET WYBORCZY PRAWO I SPRAWIEDLIWOŚĆ"}},
		Rows:  &RowFilter{Where: []Condition{{Column: Column{Header: "Gmina"}, Except: []string{"Irak"}}}},
	}
	for _, o := range []Options{{}, {Concurrent: true, chunkBytes: 64}, {Concurrent: true}} {
		tab, err := ReadCSV(strings.NewReader(in), "pl.csv", m, o)
		if err != nil {
			t.Fatal(err)
		}
		var pis int64
		for _, p := range tab.Protocols {
			pis += p.Votes["pis"]
		}
		if tab.LeftOut != 1 || len(tab.Protocols) != 4 || pis != 69+5807+2687+1621 {
			t.Errorf("%+v: left out %d, %d protocols, pis %d; want 1, 4, %d", o, tab.LeftOut, len(tab.Protocols), pis, 69+5807+2687+1621)
		}
	}
}

// A long file whose kept rows give no choice in the choice column (the
// straight-party rows of OpenElections name it in "party", a
// candidate's rows in "candidate") is an error naming its line and
// column, which says the cell is empty.
func TestLongEmptyChoiceCell(t *testing.T) {
	const in = "county,precinct,office,district,candidate,party,votes\n" +
		"Adams,Abbottstown,Straight Party,,,DEM,57\n" +
		"Adams,Abbottstown,U.S. Senate,,Bob Casey Jr.,,120\n"
	m := Mapping{
		Shape: "long", Precinct: Column{Header: "precinct"}, Ballot: "list",
		ChoiceColumn: &Column{Header: "party"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues: map[string]string{"DEM": "dem"},
		Rows:         office("U.S. Senate"),
	}
	_, err := ReadCSV(strings.NewReader(in), "pa.csv", m, Options{})
	var pe *ParseError
	if !errors.Is(err, ErrBadValue) || !errors.As(err, &pe) || pe.Line != 3 || pe.Column != 6 {
		t.Fatalf("err %v, want ErrBadValue at line 3, column 6", err)
	}
}
