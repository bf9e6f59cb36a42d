package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
)

// spaceDelimited says whether the first lines of head (a file's start)
// are cells split by one space, as R's write.table writes a table: a
// space is the only delimiter that splits the records before the first
// that is no CSV (a backslash-escaped quote, say) into equal numbers of
// cells, more than one, in two records at least. A space is in every
// file's text, so it is proposed only then.
func spaceDelimited(head []byte) bool {
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
		head = head[:i+1]
	}
	for _, d := range [...]rune{',', ';', '\t', '|'} {
		if evenCells(head, d) {
			return false
		}
	}
	return evenCells(head, ' ')
}

// evenCells says whether the records of text split at d, up to the first
// that is no CSV (and at most 50), are two or more with the same number
// of cells, more than one.
func evenCells(text []byte, d rune) bool {
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = d
	r.FieldsPerRecord = -1
	n, records := 0, 0
	for records < 50 {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			break
		}
		if records > 0 && len(rec) != n {
			return false
		}
		n = len(rec)
		records++
	}
	return records >= 2 && n > 1
}

// backslashQuotes returns the error of the first record of head (a file's
// start, its lines split at delim) that is no CSV for a quote escaped with
// a backslash (\", R's write.table's default), which a count does not
// read: a draft of it would be no start. nil when there is none.
func backslashQuotes(head []byte, delim rune, file string) error {
	if !bytes.Contains(head, []byte(`\"`)) || delim >= 0x80 {
		return nil
	}
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
		head = head[:i+1]
	}
	t := newTokenizer(bufio.NewReader(bytes.NewReader(head)), byte(delim))
	for {
		rec, err := t.read()
		if err == io.EOF {
			return nil
		}
		if err != nil && t.escaped {
			s := &scanner{file: file}
			return t.escapedQuote(s.readError(err, len(rec)))
		}
		t.oneLine = true
	}
}
