package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// A parallel scan gives what the sequential scan gives, rows, lines and
// errors, on files cut into many chunks: CRLF and LF, empty lines, a last
// line without its end, a quote that sends the rest to one tokenizer, bad
// rows in strict and lenient mode, and rows that contradict earlier ones.
func TestParallelScanIsSequential(t *testing.T) {
	const h = "p,b,m,i,v,a,aa\n"
	body := func(n int, eol string, extra func(i int) string) string {
		var b strings.Builder
		b.WriteString(h)
		for i := range n {
			fmt.Fprintf(&b, "%d,list,0,%d,%d,%d,%d%s", i%9+1, i%7, 90+i%5, 80+i%3, i%11, eol)
			if extra != nil {
				b.WriteString(extra(i))
			}
		}
		return b.String()
	}
	for _, tc := range []struct{ name, data string }{
		{"lf", body(3000, "\n", nil)},
		{"crlf", body(3000, "\r\n", nil)},
		{"empty lines", body(3000, "\n", func(i int) string { return strings.Repeat("\n", i%3) })},
		{"no last line end", strings.TrimSuffix(body(3000, "\n", nil), "\n")},
		{"last cr", strings.TrimSuffix(body(3000, "\r\n", nil), "\n")},
		{"quote late", body(3000, "\n", func(i int) string {
			if i == 2500 {
				return "\"5\",\"okrug\",0,1,\"2\n3\",1,1\n"
			}
			return ""
		})},
		{"bad rows", body(3000, "\n", func(i int) string {
			if i%700 == 3 {
				return "4,list,0,x,1,1,1\n"
			}
			return ""
		})},
		{"quoted cells", body(3000, "\n", func(i int) string {
			switch i % 500 {
			case 1:
				return fmt.Sprintf("%d,\"list\",0,1,2,3,\"4\"\n", i%9+1)
			case 2:
				return fmt.Sprintf("%d,list,\"0,\"\"\",1,2,3,4\n", i%9+1)
			case 3:
				return fmt.Sprintf("%d,list,\"0\"x,1,2,3,4\n", i%9+1)
			case 4:
				return fmt.Sprintf("%d,list,0\"x,1,2,3,4\n", i%9+1)
			}
			return ""
		})},
		{"bare quotes", body(3000, "\n", func(i int) string {
			// A quote inside a cell that does not begin with one: a
			// character of the cell, mapped or not, counted in Counts.
			switch i % 300 {
			case 1:
				return fmt.Sprintf("%d,li\"st,0,1,2,3,4\n", i%9+1)
			case 2:
				return fmt.Sprintf("%d,list,0,1,2,3,4,Em \"K\"\n", i%9+1)
			case 3:
				return fmt.Sprintf("%d\",list,0,1,2,3,4\n", i%9+1)
			case 4:
				return fmt.Sprintf("%d,list,0,1\",2,3,4\n", i%9+1)
			}
			return ""
		})},
		{"absent figures", body(3000, "\n", func(i int) string {
			// Rows that leave cells empty, or stop at a bad cell, after
			// rows that give every figure, in the same batch places
			// (fillLine clears the figures they do not give after them).
			switch i % 6 {
			case 1:
				return fmt.Sprintf("%d,list,0,,5,,\n", i%9+1)
			case 2:
				return fmt.Sprintf("%d,list,0,1,,,7\n", i%9+1)
			case 3:
				return fmt.Sprintf("%d,list,0,1,2,x,7\n", i%9+1)
			case 4:
				return fmt.Sprintf("%d,list,0,,,,\n", i%9+1)
			}
			return ""
		})},
		{"blank rows", body(3000, "\n", func(i int) string {
			// Rows of delimiters alone, with spaces, quotes or a CR.
			switch i % 400 {
			case 1:
				return ",\n"
			case 2:
				return ",,,,,,\n"
			case 3:
				return " , ,\r\n"
			case 4:
				return "\"\",\" \",,\n"
			case 5:
				return "\u00a0,,,,,,,,,,\n"
			}
			return ""
		})},
		{"conflict", body(3000, "\n", func(i int) string {
			if i == 2000 {
				return "1,list,yes,1,1,1,1\n"
			}
			return ""
		})},
	} {
		for _, lenient := range []bool{false, true} {
			m := fuzzMapping()
			if strings.HasPrefix(tc.name, "quoted") {
				// Columns b and m not mapped: their quoted cells are
				// skipped in the parsers' walk.
				m.BallotColumn, m.MachineColumn, m.Ballot = nil, nil, "list"
			}
			seq, seqErr := scanText([]byte(tc.data), m, Options{Lenient: lenient, CheckConflicts: true, Precinct: fuzzPrecinct})
			for _, chunk := range []int{0, 100, 1000} {
				par, parErr := scanText([]byte(tc.data), m, Options{Lenient: lenient, CheckConflicts: true, Precinct: fuzzPrecinct, Concurrent: true, chunkBytes: chunk})
				if seq != par || fmt.Sprint(seqErr) != fmt.Sprint(parErr) {
					t.Fatalf("%s, lenient %v, chunks of %d bytes: parallel scan differs: %v, %v", tc.name, lenient, chunk, seqErr, parErr)
				}
				mem, memErr := scanReader(NewBytesReader([]byte(tc.data)), m, Options{Lenient: lenient, CheckConflicts: true, Precinct: fuzzPrecinct, Concurrent: true, chunkBytes: chunk})
				if seq != mem || fmt.Sprint(seqErr) != fmt.Sprint(memErr) {
					t.Fatalf("%s, lenient %v, chunks of %d bytes: parallel scan of a BytesReader differs: %v, %v", tc.name, lenient, chunk, seqErr, memErr)
				}
			}
			if lenient && strings.Count(seq, "\n") < 1000 {
				t.Fatalf("%s: only %d rows read", tc.name, strings.Count(seq, "\n"))
			}
			if tc.name == "bare quotes" && lenient && !strings.Contains(seq, "BareQuotes:10 BareQuoteRows:10 BareQuoteLines:[8 312 ") {
				t.Errorf("bare quotes: the rows read with a quote in their precinct's cell not counted:\n%s", seq[strings.LastIndex(seq, "counts"):])
			}
		}
	}
}
