package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/shailoo/shailoo/election"
)

// mini is the mapping most CSV tests use: a precinct, two lines and two
// choices, list ballot.
func mini() Mapping {
	return Mapping{
		Precinct: Column{Header: "precinct"},
		Ballot:   "list",
		Lines:    map[election.Line]Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes:    map[string]Column{"a": {Header: "A"}, election.AgainstAll: {Header: "against all"}},
	}
}

const miniHeader = "precinct,invalid,valid,A,against all\n"

func TestReadCSV(t *testing.T) {
	type want struct {
		rows      int
		protocols []election.Protocol
		precincts []election.Precinct
		skipped   int
		lines     []int
	}
	list := func(id string, lines map[election.Line]int64, votes map[string]int64) election.Protocol {
		return election.Protocol{Precinct: id, Ballot: election.ListBallot, Lines: lines, Votes: votes}
	}
	tests := []struct {
		name    string
		in      string
		mapping func(*Mapping)
		opts    Options
		want    want
	}{
		{
			name: "plain",
			in:   miniHeader + "1,3,97,90,7\n2,0,10,10,0\n",
			want: want{rows: 2, lines: []int{2, 3}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
				list("2", map[election.Line]int64{"invalid": 0, "valid": 10}, map[string]int64{"a": 10, "against_all": 0}),
			}, precincts: []election.Precinct{{ID: "1"}, {ID: "2"}}},
		},
		{
			name: "BOM and CRLF",
			in:   "\uFEFF" + strings.ReplaceAll(miniHeader+"1,3,97,90,7\n", "\n", "\r\n"),
			want: want{rows: 1, lines: []int{2}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			name: "BOM before a quoted header",
			in:   "\uFEFF\"precinct\",invalid,valid,A,against all\n1,3,97,90,7\n",
			want: want{rows: 1, lines: []int{2}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			// A line break inside quotes only in the header row: a data
			// row is one line.
			name: "quoted commas, quotes and line breaks",
			in:   "\"precinct, No.\",\"invalid\",valid,\"A \"\"party\"\"\",\"against\nall\"\n\"1,a\",\"3\",97,\"90\",7\n\"2 \"\"b\"\"\",0,1,1,0\n",
			mapping: func(m *Mapping) {
				m.Precinct = Column{Header: "precinct, No."}
				m.Votes["a"] = Column{Header: `A "party"`}
				m.Votes[election.AgainstAll] = Column{Header: "against\nall"}
			},
			want: want{rows: 2, lines: []int{3, 4}, protocols: []election.Protocol{
				list("1,a", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
				list(`2 "b"`, map[election.Line]int64{"invalid": 0, "valid": 1}, map[string]int64{"a": 1, "against_all": 0}),
			}, precincts: []election.Precinct{{ID: "1,a"}, {ID: `2 "b"`}}},
		},
		{
			name: "Cyrillic headers with spaces around",
			in:   "№ УИК,  Число недействительных бюллетеней ,\"Число действительных бюллетеней, всего\",Ак жол,Против всех\n1,3,97,90,7\n",
			mapping: func(m *Mapping) {
				m.Precinct = Column{Header: "№ УИК"}
				m.Lines = map[election.Line]Column{
					election.Invalid: {Header: "Число недействительных бюллетеней"},
					election.Valid:   {Header: " Число действительных бюллетеней, всего"},
				}
				m.Votes = map[string]Column{"a": {Header: "Ак жол"}, election.AgainstAll: {Header: "Против всех"}}
			},
			want: want{rows: 1, lines: []int{2}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			name: "column numbers",
			in:   "x,y,z,w,v\n1,3,97,90,7\n",
			mapping: func(m *Mapping) {
				m.Precinct = Column{Index: 1}
				m.Lines = map[election.Line]Column{election.Invalid: {Index: 2}, election.Valid: {Index: 3}}
				m.Votes = map[string]Column{"a": {Index: 4}, election.AgainstAll: {Index: 5}}
			},
			want: want{rows: 1, lines: []int{2}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			name: "empty cells are absent, negatives and groups are read, spaces trimmed",
			in:   miniHeader + " 1 ,,-5,1 234,\u00a07\u00a0\n",
			want: want{rows: 1, lines: []int{2}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"valid": -5}, map[string]int64{"a": 1234, "against_all": 7}),
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			// A row may end early where the header's trailing cells are
			// empty, or have empty cells there.
			name: "unmapped columns ignored, blank lines skipped",
			in:   "note,precinct,invalid,valid,A,against all,more,,\nx,1,3,97,90,7,y,, \n\n\nq,2,0,0,0,0,,,\n",
			want: want{rows: 2, lines: []int{2, 5}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
				list("2", map[election.Line]int64{"invalid": 0, "valid": 0}, map[string]int64{"a": 0, "against_all": 0}),
			}, precincts: []election.Precinct{{ID: "1"}, {ID: "2"}}},
		},
		{
			name: "semicolons and a title row",
			in:   "Протоколы; 2021\nprecinct;invalid;valid;A;against all\n1;3;97;90;7\n",
			mapping: func(m *Mapping) {
				m.Delimiter = ";"
				m.SkipRows = 1
			},
			want: want{rows: 1, lines: []int{3}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			name: "tabs",
			in:   "precinct\tinvalid\tvalid\tA\tagainst all\n1\t3\t97\t90\t7\n",
			mapping: func(m *Mapping) {
				m.Delimiter = "\t"
			},
			want: want{rows: 1, lines: []int{2}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			name: "ballot, machine, region, okrug and abroad columns",
			in: "precinct,region,okrug,abroad,бюллетень,подсчет,valid,A,against all\n" +
				"1,r1,o1,нет,партийный,АСУ,10,10,\n" +
				"1,,o1,,одномандатный,ручной,10,,3\n" +
				"9,,,ООБА,партийный,,5,5,0\n",
			mapping: func(m *Mapping) {
				m.Region = &Column{Header: "region"}
				m.Okrug = &Column{Header: "okrug"}
				m.Abroad = &Column{Header: "abroad"}
				m.Ballot = ""
				m.BallotColumn = &Column{Header: "бюллетень"}
				m.BallotValues = map[string]string{"партийный": "list", "одномандатный": "okrug"}
				m.MachineColumn = &Column{Header: "подсчет"}
				m.MachineValues = map[string]bool{"АСУ": true, "ручной": false}
				m.Lines = map[election.Line]Column{election.Valid: {Header: "valid"}}
			},
			want: want{rows: 3, lines: []int{2, 3, 4}, protocols: []election.Protocol{
				{Precinct: "1", Ballot: election.ListBallot, Machine: true, Lines: map[election.Line]int64{"valid": 10}, Votes: map[string]int64{"a": 10}},
				{Precinct: "1", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{"valid": 10}, Votes: map[string]int64{"against_all": 3}},
				{Precinct: "9", Ballot: election.ListBallot, Lines: map[election.Line]int64{"valid": 5}, Votes: map[string]int64{"a": 5, "against_all": 0}},
			}, precincts: []election.Precinct{{ID: "1", Region: "r1", Okrug: "o1"}, {ID: "9", Abroad: true}}},
		},
		{
			name: "an empty region is filled in from a later row",
			in:   "precinct,region,valid\n1,,10\n1,r1,10\n",
			mapping: func(m *Mapping) {
				m.Region = &Column{Header: "region"}
				m.Lines = map[election.Line]Column{election.Valid: {Header: "valid"}}
				m.Votes = nil
			},
			want: want{rows: 2, lines: []int{2, 3}, protocols: []election.Protocol{
				{Precinct: "1", Ballot: election.ListBallot, Lines: map[election.Line]int64{"valid": 10}, Votes: map[string]int64{}},
				{Precinct: "1", Ballot: election.ListBallot, Lines: map[election.Line]int64{"valid": 10}, Votes: map[string]int64{}},
			}, precincts: []election.Precinct{{ID: "1", Region: "r1"}}},
		},
		{
			name: "preferences",
			in:   "precinct,valid,A,A1,A2\n1,10,10,4,\n",
			mapping: func(m *Mapping) {
				m.Lines = map[election.Line]Column{election.Valid: {Header: "valid"}}
				m.Votes = map[string]Column{"a": {Header: "A"}}
				m.Preferences = map[string]Column{"a1": {Header: "A1"}, "a2": {Header: "A2"}}
			},
			want: want{rows: 1, lines: []int{2}, protocols: []election.Protocol{
				{Precinct: "1", Ballot: election.ListBallot, Lines: map[election.Line]int64{"valid": 10}, Votes: map[string]int64{"a": 10}, Preferences: map[string]int64{"a1": 4}},
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			name: "extremes of int64",
			in:   miniHeader + "1,9223372036854775807,-9223372036854775808,0,0\n",
			want: want{rows: 1, lines: []int{2}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": math.MaxInt64, "valid": math.MinInt64}, map[string]int64{"a": 0, "against_all": 0}),
			}, precincts: []election.Precinct{{ID: "1"}}},
		},
		{
			name: "lines end in CR alone",
			in:   strings.ReplaceAll(miniHeader+"1,3,97,90,7\n\n2,0,10,10,0\n", "\n", "\r"),
			want: want{rows: 2, lines: []int{2, 4}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
				list("2", map[election.Line]int64{"invalid": 0, "valid": 10}, map[string]int64{"a": 10, "against_all": 0}),
			}, precincts: []election.Precinct{{ID: "1"}, {ID: "2"}}},
		},
		{
			// Issue 12: an unterminated quote costs its own row only; the
			// rows after it are read.
			name: "lenient: an unterminated quote skips its row only",
			in:   miniHeader + "1,3,97,90,7\n2,\"0,10,10,0\n3,0,10,10,0\n4,0,10,10,0\n5,0,10,\"10\",0\n",
			opts: Options{Lenient: true},
			want: want{rows: 5, skipped: 1, lines: []int{2, 4, 5, 6}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
				list("3", map[election.Line]int64{"invalid": 0, "valid": 10}, map[string]int64{"a": 10, "against_all": 0}),
				list("4", map[election.Line]int64{"invalid": 0, "valid": 10}, map[string]int64{"a": 10, "against_all": 0}),
				list("5", map[election.Line]int64{"invalid": 0, "valid": 10}, map[string]int64{"a": 10, "against_all": 0}),
			}, precincts: []election.Precinct{{ID: "1"}, {ID: "3"}, {ID: "4"}, {ID: "5"}}},
		},
		{
			name: "lenient mode counts skipped rows",
			in:   miniHeader + "1,3,97,90,7\n2,x,1,1,0\n3,1\n4,\"a\"b,1,1,1\n,1,1,1,1\n5,1,99999999999999999999,1,1\n6,0,1,1,0\n",
			opts: Options{Lenient: true},
			// The row without a precinct number (line 6) is read, named by
			// its line (issue 14).
			want: want{rows: 7, skipped: 4, lines: []int{2, 6, 8}, protocols: []election.Protocol{
				list("1", map[election.Line]int64{"invalid": 3, "valid": 97}, map[string]int64{"a": 90, "against_all": 7}),
				list("line 6", map[election.Line]int64{"invalid": 1, "valid": 1}, map[string]int64{"a": 1, "against_all": 1}),
				list("6", map[election.Line]int64{"invalid": 0, "valid": 1}, map[string]int64{"a": 1, "against_all": 0}),
			}, precincts: []election.Precinct{{ID: "1"}, {ID: "line 6"}, {ID: "6"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mini()
			if tt.mapping != nil {
				tt.mapping(&m)
			}
			got, err := ReadCSV(strings.NewReader(tt.in), "t.csv", m, tt.opts)
			if err != nil {
				t.Fatalf("ReadCSV: %v", err)
			}
			if got.Rows != tt.want.rows || len(got.Skipped) != tt.want.skipped {
				t.Errorf("Rows = %d, Skipped = %d (%v); want %d, %d", got.Rows, len(got.Skipped), got.Skipped, tt.want.rows, tt.want.skipped)
			}
			if got.Rows != len(got.Protocols)+len(got.Skipped) {
				t.Errorf("Rows = %d, but %d protocols and %d skipped", got.Rows, len(got.Protocols), len(got.Skipped))
			}
			if !equalProtocols(got.Protocols, tt.want.protocols) {
				t.Errorf("Protocols =\n%v\nwant\n%v", got.Protocols, tt.want.protocols)
			}
			if fmt.Sprint(got.Precincts) != fmt.Sprint(tt.want.precincts) {
				t.Errorf("Precincts = %v, want %v", got.Precincts, tt.want.precincts)
			}
			if fmt.Sprint(got.Lines) != fmt.Sprint(tt.want.lines) {
				t.Errorf("Lines = %v, want %v", got.Lines, tt.want.lines)
			}
		})
	}
}

func equalProtocols(a, b []election.Protocol) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !equalProtocol(a[i], b[i]) {
			return false
		}
	}
	return true
}

// equalProtocol compares protocols, a nil map equal to an empty one.
func equalProtocol(a, b election.Protocol) bool {
	return a.Precinct == b.Precinct && a.Ballot == b.Ballot && a.Machine == b.Machine &&
		maps.Equal(a.Lines, b.Lines) && maps.Equal(a.Votes, b.Votes) && maps.Equal(a.Preferences, b.Preferences)
}

func TestReadCSVErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		mapping func(*Mapping)
		err     error // sentinel
		line    int
		col     int
		field   string
		rows    int // Table.Rows returned with the error
	}{
		{name: "not a number", in: miniHeader + "1,3,97,90,7\n2,3,9x7,90,7\n", err: ErrNotNumber, line: 3, col: 3, field: "lines.valid", rows: 2},
		{name: "decimal", in: miniHeader + "1,3,97.5,90,7\n", err: ErrNotNumber, line: 2, col: 3, field: "lines.valid", rows: 1},
		{name: "past int64", in: miniHeader + "1,3,97,9223372036854775808,7\n", err: ErrOutOfRange, line: 2, col: 4, field: "votes.a", rows: 1},
		{name: "below int64", in: miniHeader + "1,3,97,90,-9223372036854775809\n", err: ErrOutOfRange, line: 2, col: 5, field: "votes.against_all", rows: 1},
		{name: "short row", in: miniHeader + "1,3,97\n", err: ErrShortRow, line: 2, col: 4, field: "votes.a", rows: 1},
		{name: "leftmost bad cell first", in: miniHeader + "1,x,y,90,7\n", err: ErrNotNumber, line: 2, col: 2, field: "lines.invalid", rows: 1},
		// A row of a cell left out has its cells moved: the width is the
		// error, not the cell it moves a text into.
		{name: "a short row before its bad cell", in: miniHeader + "1,x,y,90\n", err: ErrShortRow, line: 2, col: 5, rows: 1},
		{name: "a long row before its bad cell", in: miniHeader + "1,x,3,97,90,7\n", err: ErrLongRow, line: 2, col: 6, rows: 1},
		// Issue 12's attack suite (rows lost or misread) from here to the
		// encodings: each row is read or reported at its own line.
		{name: "a line break in a data row's quoted cell", in: miniHeader + "\"1\n\n1\",3,9x,90,7\n", err: ErrNotNumber, line: 4, col: 3, field: "lines.valid", rows: 1},
		{name: "a quoted cell that spans lines and closes amiss", in: miniHeader + "\"1\n\n1\"x,3,9,90,7\n", err: ErrSyntax, line: 2, col: 1, rows: 1},
		{name: "a quoted cell that spans too many lines", in: miniHeader + "\"1" + strings.Repeat("\n", maxCellLines+1) + "1\",3,9,90,7\n", err: ErrSyntax, line: 2, col: 1, rows: 1},
		{name: "unterminated quote reported where it opens", in: miniHeader + "1,3,97,90,7\n2,\"3,97,90,7\n3,3,97,90,7\n4,3,97,90,7\n", err: ErrSyntax, line: 3, col: 2, rows: 2},
		{name: "a value past the header", in: miniHeader + "1,3,97,90,7\n2,3,97,90,7,99\n", err: ErrLongRow, line: 3, col: 6, rows: 2},
		{name: "a quoted value past the header", in: miniHeader + "1,3,97,90,7,,\"99\"\n", err: ErrLongRow, line: 2, col: 7, rows: 1},
		{name: "an empty cell past the header", in: miniHeader + "1,3,97,90,7\n2,,3,97,90,7\n", err: ErrLongRow, line: 3, col: 6, rows: 2},
		{name: "a value past the header row's empty cells", in: "precinct,invalid,valid,A,against all,,\n1,3,97,90,7,,,x\n", err: ErrLongRow, line: 2, col: 8, rows: 1},
		{name: "a cell left out", in: miniHeader + "1,3,97,90\n", err: ErrShortRow, line: 2, col: 5, field: "votes.against_all", rows: 1},
		{name: "a cell left out, not mapped", in: "precinct,invalid,valid,A,against all,note\n1,3,97,90,7\n", err: ErrShortRow, line: 2, col: 6, rows: 1},
		{name: "header only", in: miniHeader, err: ErrNoRows, line: 1},
		{name: "header only, CR line ends", in: strings.ReplaceAll(miniHeader, "\n", "\r"), err: ErrNoRows, line: 1},
		{name: "UTF-32LE", in: "\xff\xfe\x00\x00p\x00\x00\x00", err: ErrEncoding},
		{name: "UTF-16BE, the mapping says windows-1251", in: "\xfe\xff\x00p\x00r", mapping: func(m *Mapping) { m.Encoding = "windows-1251" }, err: ErrEncoding},
		{name: "UTF-8, the mapping says windows-1251", in: bom + miniHeader + "1,3,97,90,7\n", mapping: func(m *Mapping) { m.Encoding = "cp1251" }, err: ErrEncoding},
		{name: "UTF-16 without a mark", in: "p\x00r\x00,\x00\n\x00", err: ErrEncoding, line: 1},
		{name: "semicolons, headers with commas", in: "precinct;in,valid;valid;A;against all\n1;3;97;90;7\n", mapping: func(m *Mapping) {
			m.Lines[election.Invalid] = Column{Header: "in,valid"}
		}, err: ErrMissingHeader, line: 1, field: "delimiter"},
		{name: "semicolons read with commas", in: "precinct;invalid;valid;A;against all\n1;3;97;90;7\n", err: ErrMissingHeader, line: 1, field: "delimiter"},
		{name: "bare quote, a character of a number cell", in: miniHeader + "1,3,9\"7,90,7\n", err: ErrNotNumber, line: 2, col: 3, field: "lines.valid", rows: 1},
		{name: "bad quoted field", in: miniHeader + "1,\"3\"x,97,90,7\n", err: ErrSyntax, line: 2, col: 2, rows: 1},
		{name: "unterminated quote", in: miniHeader + "1,3,97,\"90,7\n", err: ErrSyntax, line: 2, col: 4, rows: 1},
		{name: "missing header", in: "precinct,invalid,valid,against all\n", err: ErrMissingHeader, line: 1, field: "votes.a"},
		{name: "empty file", in: "", err: ErrEmpty},
		{name: "only blank lines", in: "\n\r\n\n", err: ErrEmpty},
		{name: "column past the header", in: miniHeader, mapping: func(m *Mapping) { m.Votes["a"] = Column{Index: 9} }, err: ErrMissingHeader, line: 1, field: "votes.a"},
		{name: "header twice", in: "precinct,invalid,valid,A,A,against all\n", err: ErrMapping, line: 1, col: 5, field: "votes.a"},
		{name: "two fields on one column", in: miniHeader, mapping: func(m *Mapping) { m.Votes["a"] = Column{Index: 3} }, err: ErrMapping, line: 1, col: 3, field: "votes.a"},
		{name: "bad mapping", in: miniHeader, mapping: func(m *Mapping) { m.Ballot = "" }, err: ErrMapping, field: "ballot"},
		{name: "unknown ballot text", in: "precinct,ballot,valid\n1,List,1\n", mapping: func(m *Mapping) {
			m.Ballot, m.BallotColumn = "", &Column{Header: "ballot"}
			m.Lines, m.Votes = map[election.Line]Column{election.Valid: {Header: "valid"}}, nil
		}, err: ErrBadValue, line: 2, col: 2, field: "ballot_column", rows: 1},
		{name: "abroad not yes or no", in: "precinct,abroad,valid\n1,maybe,1\n", mapping: func(m *Mapping) {
			m.Abroad = &Column{Header: "abroad"}
			m.Lines, m.Votes = map[election.Line]Column{election.Valid: {Header: "valid"}}, nil
		}, err: ErrBadValue, line: 2, col: 2, field: "abroad", rows: 1},
		{name: "machine not in values", in: "precinct,count,valid\n1,АСУ,1\n2,авто,1\n", mapping: func(m *Mapping) {
			m.MachineColumn = &Column{Header: "count"}
			m.MachineValues = map[string]bool{"АСУ": true}
			m.Lines, m.Votes = map[election.Line]Column{election.Valid: {Header: "valid"}}, nil
		}, err: ErrBadValue, line: 3, col: 2, field: "machine_column", rows: 2},
		{name: "conflicting regions", in: "precinct,region,valid\n1,r1,1\n1,r2,1\n", mapping: func(m *Mapping) {
			m.Region = &Column{Header: "region"}
			m.Lines, m.Votes = map[election.Line]Column{election.Valid: {Header: "valid"}}, nil
		}, err: ErrConflict, line: 3, col: 2, field: "region", rows: 2},
		{name: "conflicting abroad flags", in: "precinct,abroad,valid\n1,да,1\n1,нет,1\n", mapping: func(m *Mapping) {
			m.Abroad = &Column{Header: "abroad"}
			m.Lines, m.Votes = map[election.Line]Column{election.Valid: {Header: "valid"}}, nil
		}, err: ErrConflict, line: 3, col: 2, field: "abroad", rows: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mini()
			if tt.mapping != nil {
				tt.mapping(&m)
			}
			tab, err := ReadCSV(strings.NewReader(tt.in), "t.csv", m, Options{})
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %#v, not a *ParseError", err)
			}
			if pe.File != "t.csv" || pe.Line != tt.line || pe.Column != tt.col || pe.Field != tt.field {
				t.Errorf("error at %s:%d:%d field %q, want t.csv:%d:%d field %q (%v)", pe.File, pe.Line, pe.Column, pe.Field, tt.line, tt.col, tt.field, err)
			}
			if tab.Rows != tt.rows {
				t.Errorf("Rows = %d, want %d", tab.Rows, tt.rows)
			}
			// Lenient mode reads on, except for errors about the whole file.
			tab, lerr := ReadCSV(strings.NewReader(tt.in), "t.csv", m, Options{Lenient: true})
			if pe.Line > 0 && tt.rows > 0 {
				if lerr != nil || len(tab.Skipped) == 0 || !errors.Is(tab.Skipped[0], tt.err) {
					t.Errorf("lenient: err %v, skipped %v; want %v skipped", lerr, tab.Skipped, tt.err)
				}
			} else if !errors.Is(lerr, tt.err) {
				t.Errorf("lenient: err %v, want %v", lerr, tt.err)
			}
		})
	}
}

func TestReadCSVMissingHeadersAllReported(t *testing.T) {
	_, err := ReadCSV(strings.NewReader("precinct,valid\n"), "t.csv", mini(), Options{})
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var pe *ParseError
		if errors.As(e, &pe) && errors.Is(e, ErrMissingHeader) {
			fields = append(fields, pe.Field)
		}
	}
	if want := "[lines.invalid votes.a votes.against_all]"; fmt.Sprint(fields) != want {
		t.Errorf("missing headers reported: %v, want %s", fields, want)
	}
}

func TestReadCSVMessage(t *testing.T) {
	_, err := ReadCSV(strings.NewReader(miniHeader+"1,3,97,9 0,7\n"), "p.csv", mini(), Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Header != "A" {
		t.Fatalf("err = %v, want a *ParseError with header A", err)
	}
	// The format is documented; tests branch on errors.Is, this one pins the shape.
	if got := pe.Error(); !strings.HasPrefix(got, "p.csv:2:4: votes.a: ") {
		t.Errorf("Error() = %q, want the prefix p.csv:2:4: votes.a: ", got)
	}
}

func TestScan(t *testing.T) {
	in := miniHeader + "1,3,97,90,7\n2,,1,1,\nbad,x,1,1,1\n3,1,1,1,1\n"
	var ps []election.Protocol
	var lines []int
	var first *election.Protocol
	skipped, err := Scan(strings.NewReader(in), "t.csv", mini(), Options{Lenient: true}, func(line int, p *election.Protocol, pr election.Precinct) error {
		if first == nil {
			first = p
		} else if p != first {
			t.Errorf("protocol not reused")
		}
		if pr.ID != p.Precinct {
			t.Errorf("precinct %q, protocol of %q", pr.ID, p.Precinct)
		}
		q := *p
		q.Lines, q.Votes = maps.Clone(p.Lines), maps.Clone(p.Votes)
		ps = append(ps, q)
		lines = append(lines, line)
		return nil
	})
	if err != nil || len(skipped) != 1 || skipped[0].Line != 4 {
		t.Fatalf("Scan: skipped %v, err %v; want one skipped row on line 4", skipped, err)
	}
	want := []election.Protocol{
		{Precinct: "1", Ballot: "list", Lines: map[election.Line]int64{"invalid": 3, "valid": 97}, Votes: map[string]int64{"a": 90, "against_all": 7}},
		{Precinct: "2", Ballot: "list", Lines: map[election.Line]int64{"valid": 1}, Votes: map[string]int64{"a": 1}},
		{Precinct: "3", Ballot: "list", Lines: map[election.Line]int64{"invalid": 1, "valid": 1}, Votes: map[string]int64{"a": 1, "against_all": 1}},
	}
	if !equalProtocols(ps, want) || fmt.Sprint(lines) != "[2 3 5]" {
		t.Errorf("Scan gave %v at lines %v, want %v at [2 3 5]", ps, lines, want)
	}
}

func TestScanCallbackErrors(t *testing.T) {
	in := miniHeader + "1,3,97,90,7\n2,3,97,90,7\n3,3,97,90,7\n"
	stop := errors.New("stop")
	n := 0
	_, err := Scan(strings.NewReader(in), "t.csv", mini(), Options{Lenient: true}, func(line int, p *election.Protocol, pr election.Precinct) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("Scan with a failing callback: err %v after %d rows, want stop after 1", err, n)
	}
	// A *ParseError from the callback skips the row in lenient mode.
	n = 0
	skipped, err := Scan(strings.NewReader(in), "t.csv", mini(), Options{Lenient: true}, func(line int, p *election.Protocol, pr election.Precinct) error {
		n++
		if p.Precinct == "2" {
			return &ParseError{File: "t.csv", Line: line, Err: ErrBadValue}
		}
		return nil
	})
	if err != nil || n != 3 || len(skipped) != 1 || skipped[0].Line != 3 {
		t.Errorf("lenient callback rejection: err %v, %d calls, skipped %v", err, n, skipped)
	}
	// ... and stops reading in strict mode.
	_, err = Scan(strings.NewReader(in), "t.csv", mini(), Options{}, func(line int, p *election.Protocol, pr election.Precinct) error {
		return &ParseError{File: "t.csv", Line: line, Err: ErrBadValue}
	})
	if !errors.Is(err, ErrBadValue) {
		t.Errorf("strict callback rejection: err %v", err)
	}
}

type failingReader struct{ n int }

var errDisk = errors.New("disk on fire")

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n == 0 {
		f.n++
		return copy(p, miniHeader+"1,3,97,90,7\n2,3"), nil
	}
	return 0, errDisk
}

func TestReadCSVReadError(t *testing.T) {
	for _, lenient := range []bool{false, true} {
		_, err := ReadCSV(&failingReader{}, "t.csv", mini(), Options{Lenient: lenient})
		if !errors.Is(err, errDisk) {
			t.Errorf("lenient %v: err = %v, want the read error", lenient, err)
		}
	}
	var _ io.Reader = &failingReader{}
}

func TestConcurrentStopsEarly(t *testing.T) {
	data, m := benchFile(t, 2000)
	before := runtime.NumGoroutine()
	stop := errors.New("stop")
	for _, o := range []Options{{Concurrent: true}, {Concurrent: true, Lenient: true}} {
		n := 0
		_, err := ScanRows(bytes.NewReader(data), "b.csv", m, o, func(row *Row) error {
			n++
			if n == 300 {
				return stop
			}
			return nil
		})
		if err != stop || n != 300 {
			t.Errorf("%+v: err %v after %d rows, want stop after 300", o, err, n)
		}
	}
	// A bad row in strict mode ends the scan with its error.
	lines := bytes.Split(data, []byte("\n"))
	lines[701] = append(lines[701], 'x') // the 701st data row, line 702: its last count
	bad := bytes.Join(lines, []byte("\n"))
	n := 0
	_, err := ScanRows(bytes.NewReader(bad), "b.csv", m, Options{Concurrent: true}, func(row *Row) error { n++; return nil })
	var pe *ParseError
	if !errors.As(err, &pe) || n != 700 || pe.Line != 702 {
		t.Errorf("strict concurrent scan: err %v after %d rows", err, n)
	}
	for i := 0; runtime.NumGoroutine() > before; i++ { // an ended goroutine may take a moment to go
		if i == 100 {
			t.Errorf("%d goroutines before, %d after", before, runtime.NumGoroutine())
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// errReason stands for any reason: the test pins the documented layout of
// Error, not the sentinels' texts.
var errReason = errors.New("reason")

func TestParseErrorString(t *testing.T) {
	tests := []struct {
		name string
		err  ParseError
		want string
	}{
		{"everything", ParseError{File: "p.csv", Line: 2, Column: 4, Field: "votes.a", Err: errReason}, "p.csv:2:4: votes.a: reason"},
		{"no column", ParseError{File: "p.csv", Line: 1, Field: "votes.a", Err: errReason}, "p.csv:1: votes.a: reason"},
		{"no place", ParseError{File: "p.csv", Err: errReason}, "p.csv: reason"},
		{"no file", ParseError{Line: 3, Column: 1, Err: errReason}, "3:1: reason"},
		{"field only", ParseError{Field: "ballot", Err: errReason}, "ballot: reason"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
			if !errors.Is(&tt.err, tt.err.Err) {
				t.Errorf("does not unwrap")
			}
		})
	}
}

// TestRowsNeverLost is part of issue 12's attack suite (rows lost or
// misread): with and without Lenient, sequential and concurrent, every
// row is read or reported at its own line.
func TestRowsNeverLost(t *testing.T) {
	var b strings.Builder
	b.WriteString(miniHeader)
	bad := map[int]error{} // line -> the error of its row
	for i := range 400 {
		line := i + 2
		switch i % 50 {
		case 7:
			fmt.Fprintf(&b, "%d,0,\"10,6,4\n", i) // an unterminated quote
			bad[line] = ErrSyntax
		case 19:
			fmt.Fprintf(&b, "%d,0,10,6,4,99\n", i) // a value past the header
			bad[line] = ErrLongRow
		case 31:
			fmt.Fprintf(&b, "%d,0,10,6\n", i) // a cell left out
			bad[line] = ErrShortRow
		case 43:
			fmt.Fprintf(&b, "%d,0,10,\"6\",\"4\"\n", i) // quoted, fine
		default:
			fmt.Fprintf(&b, "%d,0,10,6,4\n", i)
		}
	}
	for _, cr := range []bool{false, true} {
		in := b.String()
		if cr {
			in = strings.ReplaceAll(in, "\n", "\r")
		}
		for _, concurrent := range []bool{false, true} {
			tab, err := ReadCSV(strings.NewReader(in), "t.csv", mini(), Options{Lenient: true, Concurrent: concurrent, chunkBytes: 512})
			if err != nil {
				t.Fatal(err)
			}
			if tab.Rows != 400 || len(tab.Protocols) != 400-len(bad) || len(tab.Skipped) != len(bad) {
				t.Fatalf("cr %v, concurrent %v: %d rows, %d read, %d skipped; want 400, %d, %d", cr, concurrent, tab.Rows, len(tab.Protocols), len(tab.Skipped), 400-len(bad), len(bad))
			}
			for _, s := range tab.Skipped {
				if want := bad[s.Line]; want == nil || !errors.Is(s, want) {
					t.Errorf("skipped %v, want %v at that line", s, want)
				}
			}
			for i, line := range tab.Lines {
				if bad[line] != nil || tab.Protocols[i].Precinct != fmt.Sprint(line-2) {
					t.Errorf("protocol %s read at line %d", tab.Protocols[i].Precinct, line)
				}
			}
		}
	}
}

// TestEchoedValues is part of issue 12's attack suite: an error repeats a
// cell escaped and cut, never raw and whole.
func TestEchoedValues(t *testing.T) {
	huge := strings.Repeat("7", 10<<20) + "x"
	tests := []struct {
		name, in string
		want     string
	}{
		{"10 MB cell", miniHeader + "1,3," + huge + ",90,7\n", `t.csv:2:3: lines.valid: not a whole number: "` + strings.Repeat("7", 64) + `"… (10,485,761 bytes)`},
		{"escape sequence", miniHeader + "1,3,9\x1b[2J,90,7\n", `t.csv:2:3: lines.valid: not a whole number: "9\x1b[2J"`},
		{"value past the header", miniHeader + "1,3,97,90,7,\x1b[31m\n", `t.csv:2:6: row too long: cell 6 holds "\x1b[31m"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(tt.in), "t.csv", mini(), Options{})
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) || len(err.Error()) > 1000 {
				t.Errorf("err = %.300q, want it to start with %.300q", err, tt.want)
			}
		})
	}
}

func TestRowError(t *testing.T) {
	var got []string
	_, err := ScanRows(strings.NewReader("note,"+miniHeader+"x,1,3,97,90,7\n"), "t.csv", mini(), Options{}, func(row *Row) error {
		got = append(got, row.Error("votes.a", ErrOutOfRange).Error(), row.Error("votes.zz", ErrOutOfRange).Error())
		return nil
	})
	want := []string{"t.csv:2:5: votes.a: number out of range", "t.csv:2: votes.zz: number out of range"}
	if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}

// Kyrgyzstan's CEC files list the precincts abroad under the "region"
// «МИД КР»: the abroad column may be the region column, abroad_values
// naming the cells abroad; such a precinct is abroad and in no region.
func TestAbroadInRegionColumn(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"precinct": "uik", "region": "oblast", "abroad": "oblast", "abroad_values": {"МИД КР": true},
		"ballot": "list", "votes": {"a": "A"}}`), "kg.json")
	if err != nil {
		t.Fatal(err)
	}
	const data = "uik,oblast,A\n1001,БИШКЕК Г.,5\n9001,МИД КР,3\n"
	for _, o := range []Options{{}, {Concurrent: true, chunkBytes: 16}} {
		tab, err := ReadCSV(strings.NewReader(data), "kg.csv", m, o)
		if err != nil {
			t.Fatal(err)
		}
		want := []election.Precinct{{ID: "1001", Region: "БИШКЕК Г."}, {ID: "9001", Abroad: true}}
		if !reflect.DeepEqual(tab.Precincts, want) {
			t.Errorf("%+v; want %+v", tab.Precincts, want)
		}
	}
	_, err = ReadMapping(strings.NewReader(`{"precinct": "uik", "region": "oblast", "abroad": "oblast", "ballot": "list", "votes": {"a": "A"}}`), "kg.json")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Field != "abroad" {
		t.Errorf("%v; want an error of the mapping's abroad: abroad_values must name the cells abroad", err)
	}
}
