package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// tzMapping reads Tanzania's 2010 results as R's write.table wrote them
// (testdata/ingest/real/tz2010-*): one space between cells.
const tzMapping = `{"delimiter": " ", "layout": "long", "precinct": "const", "okrug": "const", "region": "region", "ballot": "okrug",
 "choice_column": "party", "votes_column": "votes", "lines": {"invalid": "spltvotes"},
 "choice_values": {"CCM": "ccm", "CHADEMA": "chadema", "CUF": "cuf", "UDP": "udp", "NCCR-MAGEUZI": "nccr", "NRA": "nra"}}`

// Two constituencies of Dodoma were won unopposed: the candidate's cell,
// quoted, holds a line break before "- Unopposed". Each such row is read
// whole, at the line where it starts, by the sequential scan and by the
// parallel one wherever its chunks are cut.
func TestQuotedLineBreakRealCut(t *testing.T) {
	data := readReal(t, "tz2010-leg10-dodoma-unopposed.txt")
	m, err := ReadMapping(strings.NewReader(tzMapping), "tz.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(bytes.NewReader(data), "tz.txt", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, p := range tab.Protocols {
		got = append(got, fmt.Sprintf("%d %s", tab.Lines[i], p.Precinct))
	}
	want := []string{"2 KONDOA KASKAZINI", "4 KONDOA KUSINI", "6 KONGWA", "8 KIBAKWE", "11 MPWAPWA"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("protocols at %q, want %q", got, want)
	}
	if tab.Rows != 9 {
		t.Errorf("Rows = %d, want 9", tab.Rows)
	}
	seq, seqErr := scanReader(bytes.NewReader(data), m, Options{})
	for _, chunk := range []int{1, 7, 64, 300, 1000} {
		for _, mem := range []bool{false, true} {
			var r = bytes.NewReader(data)
			o := Options{Concurrent: true, chunkBytes: chunk}
			var par string
			var parErr error
			if mem {
				par, parErr = scanReader(NewBytesReader(data), m, o)
			} else {
				par, parErr = scanReader(r, m, o)
			}
			if par != seq || fmt.Sprint(parErr) != fmt.Sprint(seqErr) {
				t.Errorf("parallel scan (chunks of %d bytes, memory %v) differs:\n%s\n%v\nwant\n%s\n%v", chunk, mem, par, parErr, seq, seqErr)
			}
		}
	}
}

// A stray quote opens a cell that spans lines and does not close as a
// cell does: its row alone is the error, at the quote, and the rows after
// it are read.
func TestStrayQuoteCostsOneRow(t *testing.T) {
	in := miniHeader + "1,3,97,90,7\n2,\"3,97,90,7\n3,3,97,90,7\n4,3,\"97\"x,90,7\n5,3,97,90,7\n"
	for _, concurrent := range []bool{false, true} {
		tab, err := ReadCSV(strings.NewReader(in), "t.csv", mini(), Options{Lenient: true, Concurrent: concurrent, chunkBytes: 8})
		if err != nil {
			t.Fatal(err)
		}
		if len(tab.Protocols) != 3 || len(tab.Skipped) != 2 || tab.Skipped[0].Line != 3 || tab.Skipped[0].Column != 2 || tab.Skipped[1].Line != 5 {
			t.Errorf("concurrent %v: %d protocols at %v, skipped %v", concurrent, len(tab.Protocols), tab.Lines, tab.Skipped)
		}
		for _, s := range tab.Skipped {
			if !errors.Is(s, ErrSyntax) {
				t.Errorf("skipped %v, want ErrSyntax", s)
			}
		}
	}
}

// R's write.table escapes a quote in a cell with a backslash
// ("CHING\"ANDE"), which CSV does not read: the error says so, at its
// file, line and cell.
func TestBackslashQuoteRealCut(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(tzMapping), "tz.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(bytes.NewReader(readReal(t, "tz2010-leg10-spaces.txt")), "tz.txt", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) || pe.File != "tz.txt" || pe.Line != 5 || pe.Column != 4 || !strings.Contains(pe.Error(), "backslash") {
		t.Fatalf("err = %v, want ErrSyntax at tz.txt:5:4 naming the backslash", err)
	}
	tab, err := ReadCSV(bytes.NewReader(readReal(t, "tz2010-leg10-spaces.txt")), "tz.txt", m, Options{Lenient: true})
	if err != nil || tab.Rows != 4 || len(tab.Skipped) != 1 {
		t.Errorf("lenient: %d rows, skipped %v, %v", tab.Rows, tab.Skipped, err)
	}
}

// The draft proposes a space as the delimiter of a file that only a
// space splits into rows of equal cells.
func TestDraftSpaceDelimiterRealCut(t *testing.T) {
	for _, f := range []string{"tz2010-leg10-dodoma-unopposed.txt"} {
		d, err := DraftMapping(bytes.NewReader(readReal(t, f)), f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if d.Mapping.Delimiter != " " {
			t.Errorf("%s: delimiter %q, want \" \"", f, d.Mapping.Delimiter)
		}
	}
	// A backslash before a quote, which a count does not read, is the
	// draft's error, at its file, line and cell.
	_, err := DraftMapping(bytes.NewReader(readReal(t, "tz2010-leg10-spaces.txt")), "tz.txt")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) || pe.File != "tz.txt" || pe.Line != 5 || pe.Column != 4 {
		t.Errorf("err = %v, want ErrSyntax at tz.txt:5:4", err)
	}
	// (A comma file whose cells hold spaces stays a comma file.)
	d, err := DraftMapping(bytes.NewReader(readReal(t, "th2026-constituency-head.csv")), "th.csv")
	if err != nil || d.Mapping.Delimiter != "," {
		t.Errorf("th: %v, %v", d, err)
	}
}

func TestSpaceDelimiterThousands(t *testing.T) {
	m := mini()
	m.Delimiter, m.Thousands = " ", " "
	if err := m.Validate(); !errors.Is(err, ErrMapping) {
		t.Errorf("err = %v, want ErrMapping", err)
	}
}

// The draft of a Thai file in Windows-874 reads it so; of a Japanese file
// in Shift_JIS, it is an error naming Shift_JIS and how to convert it
// (shailoo reads no multi-byte East Asian encoding), as is a count's.
func TestDraftEastAsianRealCuts(t *testing.T) {
	th, err := charmap.Windows874.NewEncoder().Bytes(readReal(t, "th2026-constituency-head.csv"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := DraftMapping(bytes.NewReader(th), "th.csv")
	if err != nil || d.Mapping.Encoding != EncodingWindows874 {
		t.Errorf("th: %v, %v", d, err)
	}
	jp, err := japanese.ShiftJIS.NewEncoder().Bytes(readReal(t, "jp2026-hirei-hokkaido-head.csv"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = DraftMapping(bytes.NewReader(jp), "jp.csv")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrEncoding) || pe.Line != 2 || !strings.Contains(pe.Error(), "iconv -f SHIFT_JIS -t UTF-8 jp.csv") {
		t.Errorf("jp: err = %v, want ErrEncoding at line 2 naming Shift_JIS", err)
	}
	m := Mapping{Precinct: Column{Header: "muni_code"}, Region: &Column{Header: "pref_name"}, Ballot: "list", Shape: "long",
		ChoiceColumn: &Column{Header: "party_name"}, VotesColumn: &Column{Header: "votes"}, ChoiceValues: map[string]string{"x": "x"}}
	_, err = ReadCSV(bytes.NewReader(jp), "jp.csv", m, Options{})
	if !errors.As(err, &pe) || pe.Line != 2 || !strings.Contains(pe.Error(), "SHIFT_JIS") || strings.Contains(pe.Error(), "windows-") {
		t.Errorf("count: err = %v, want one naming Shift_JIS at line 2", err)
	}
}
