package ingest_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// A protocols file as a commission publishes it: long Russian headers (with
// commas, so quoted), a byte order mark, CRLF line ends, thousands grouped
// with a no-break space; and the mapping a person writes for it.
func ExampleReadCSV() {
	file := "\uFEFF№ УИК,\"Число избирателей, внесенных в список\",Число недействительных бюллетеней,Число действительных бюллетеней,Ак жол,Береке,Против всех\r\n" +
		"1001,1\u00a0563,51,480,300,173,7\r\n" +
		"1002,1\u00a0153,50,376,,300,76\r\n"
	mapping := `{
	  "precinct": "№ УИК",
	  "ballot": "list",
	  "lines": {
	    "voters": "Число избирателей, внесенных в список",
	    "invalid": "Число недействительных бюллетеней",
	    "valid": {"header": "Число действительных бюллетеней"}
	  },
	  "votes": {"ak-jol": "Ак жол", "bereke": "Береке", "against_all": "Против всех"}
	}`
	m, err := ingest.ReadMapping(strings.NewReader(mapping), "mapping.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := ingest.ReadCSV(strings.NewReader(file), "protocols.csv", m, ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range t.Protocols {
		_, given := p.Votes["ak-jol"]
		fmt.Println(p.Precinct, p.Ballot, p.Lines[election.Voters], p.Participants(), p.Votes["bereke"], given)
	}
	// Output:
	// 1001 list 1563 531 173 true
	// 1002 list 1153 426 300 false
}

// Lenient reading goes past unreadable rows and lists each with its place.
func ExampleReadCSV_lenient() {
	file := "precinct,valid,A\n" +
		"1,10,10\n" +
		"2,1O,10\n" + // a letter O, not a zero
		"3,99999999999999999999,1\n" +
		"4\n" +
		"5,7,7\n"
	m := ingest.Mapping{
		Precinct: ingest.Column{Header: "precinct"},
		Ballot:   "list",
		Lines:    map[election.Line]ingest.Column{election.Valid: {Header: "valid"}},
		Votes:    map[string]ingest.Column{"a": {Index: 3}},
	}
	t, err := ingest.ReadCSV(strings.NewReader(file), "p.csv", m, ingest.Options{Lenient: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d rows, %d read, %d skipped\n", t.Rows, len(t.Protocols), len(t.Skipped))
	for _, e := range t.Skipped {
		fmt.Println(e, errors.Is(e, ingest.ErrNotNumber))
	}
	// Output:
	// 5 rows, 2 read, 3 skipped
	// p.csv:3:2: lines.valid: not a whole number: "1O" true
	// p.csv:4:2: lines.valid: number out of range: "99999999999999999999" false
	// p.csv:5:2: lines.valid: row too short: the row ends at column 1 false
}

// Scan streams: one pass, one reused protocol, memory flat in the number
// of rows.
func ExampleScan() {
	file := "precinct,valid,A,B\n1,10,6,4\n2,20,5,15\n3,30,30,0\n"
	m := ingest.Mapping{
		Precinct: ingest.Column{Index: 1},
		Ballot:   "list",
		Lines:    map[election.Line]ingest.Column{election.Valid: {Index: 2}},
		Votes:    map[string]ingest.Column{"a": {Index: 3}, "b": {Index: 4}},
	}
	totals := map[string]int64{}
	_, err := ingest.Scan(strings.NewReader(file), "p.csv", m, ingest.Options{}, func(line int, p *election.Protocol, pr election.Precinct) error {
		for choice, v := range p.Votes {
			totals[choice] += v
		}
		return nil
	})
	fmt.Println(totals["a"], totals["b"], err)
	// Output: 41 19 <nil>
}

// ScanRows gives each row in dense form, the figures in the order of the
// mapping's Layout: no maps to fill, for sums over millions of rows.
func ExampleScanRows() {
	file := "precinct,valid,A,B\n1,10,6,4\n2,20,,15\n"
	m := ingest.Mapping{
		Precinct: ingest.Column{Index: 1},
		Ballot:   "list",
		Lines:    map[election.Line]ingest.Column{election.Valid: {Index: 2}},
		Votes:    map[string]ingest.Column{"b": {Index: 4}, "a": {Index: 3}},
	}
	layout := m.Layout()
	fmt.Println(layout.Lines, layout.Votes)
	_, err := ingest.ScanRows(strings.NewReader(file), "p.csv", m, ingest.Options{}, func(row *ingest.Row) error {
		fmt.Println(row.Line, row.Precinct.ID, row.Lines[0], row.Votes)
		return nil
	})
	fmt.Println(err)
	// Output:
	// [valid] [a b]
	// 2 1 {10 true} [{6 true} {4 true}]
	// 3 2 {20 true} [{0 false} {15 true}]
	// <nil>
}

// A mistake in a mapping is reported with its line in the mapping file.
func ExampleReadMapping() {
	mapping := `{
  "precinct": "№ УИК",
  "ballot": "list",
  "lines": {
    "voters": "Число избирателей",
    "recieved": "Число бюллетеней, полученных"
  }
}`
	_, err := ingest.ReadMapping(strings.NewReader(mapping), "mapping.json")
	var pe *ingest.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.File, pe.Line, pe.Column, pe.Field, errors.Is(err, ingest.ErrMapping))
	}
	// Output: mapping.json 6 5 lines.recieved true
}

func ExampleReadElection() {
	f, err := os.Open("../testdata/ingest/small-election.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Name)
	fmt.Println(len(e.Parties), "parties,", len(e.Okrugs), "okrugs,", len(e.Precincts), "precincts,", len(e.Protocols), "protocols")

	_, err = ingest.ReadElection(strings.NewReader(`{"id": "x",
  "protocols": [{"precinct": "1", "ballot": "list", "lines": {"valid": "97"}}]}`), "bad.json")
	fmt.Println(err)
	// Output:
	// A small election (hand-written example)
	// 3 parties, 2 okrugs, 6 precincts, 12 protocols
	// bad.json:2:72: protocols[0].lines.valid: want an integer, got a string
}

func ExampleWriteCSV() {
	e := &election.Election{Parties: []election.Party{{ID: "ak-jol"}, {ID: "bereke"}}}
	ps := []election.Protocol{{Precinct: "1001", Ballot: election.ListBallot,
		Lines: map[election.Line]int64{election.Invalid: 3, election.Valid: 97},
		Votes: map[string]int64{"ak-jol": 60, "bereke": 30, election.AgainstAll: 7}}}
	precincts := []election.Precinct{{ID: "1001", Region: "bishkek", Okrug: "27"}}
	m := ingest.MappingFor(e, election.ListBallot)
	if err := ingest.WriteCSV(os.Stdout, ps, precincts, m); err != nil {
		fmt.Println(err)
	}
	// Output:
	// precinct,region,okrug,abroad,machine,voters,received,issued_in_room,issued_outside,issued_early,cancelled,found_mobile,found_stationary,invalid,valid,lost,unaccounted,ak-jol,bereke,against_all
	// 1001,bishkek,27,0,0,,,,,,,,,3,97,,,60,30,7
}

// A file of several contests (one row per precinct, office and candidate,
// as OpenElections publishes) read for the President alone: the rows of
// the other offices are left out, and counted.
func ExampleRowFilter() {
	const file = "county,precinct,office,candidate,votes\n" +
		"Adams,A1,President,Jane Doe,312\n" +
		"Adams,A1,President,John Roe,298\n" +
		"Adams,A1,U.S. Senate,Ann Lee,305\n" +
		"Adams,A1,State House,Di Moe,290\n"
	m, err := ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "precinct", "ballot": "list",
  "rows": {"where": [{"column": "office", "values": ["President"]}]},
  "choice_column": "candidate", "votes_column": "votes",
  "choice_values": {"Jane Doe": "doe", "John Roe": "roe"}}`), "mapping.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := ingest.ReadCSV(strings.NewReader(file), "precincts.csv", m, ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := t.Protocols[0]
	fmt.Println(p.Precinct, p.Votes["doe"], p.Votes["roe"])
	fmt.Printf("%d of %d rows left out by the row filter (%s)\n", t.LeftOut, t.Rows, m.Rows)
	// Output:
	// A1 312 298
	// 2 of 4 rows left out by the row filter (office = "President")
}
