package ingest

import (
	"errors"
	"strings"
	"testing"
)

// Rows that end with a delimiter the header row lacks (ONPE's files,
// "...;115;87;" under "...;VOTOS_P1;VOTOS_P2") are ErrLongRow, whose
// message says what to do, unless the mapping says trailing_delimiter:
// then one empty cell past the last column is read past, in every
// reading (readBlank compares them), and a cell that is not empty there is
// still ErrLongRow. The draft says so when every row ends that way.
func TestTrailingDelimiter(t *testing.T) {
	const h = "p;x;v;a;b\n"
	data := h + "1;x;10;4;6;\n2;y;10;5;5;\n"
	m := blankMapping()
	_, _, err := readBlank(t, data, m)
	if !errors.Is(err, ErrLongRow) || !strings.Contains(err.Error(), `"trailing_delimiter": true`) {
		t.Fatalf("without trailing_delimiter: %v", err)
	}
	m.TrailingDelimiter = true
	tab, _, err := readBlank(t, data, m)
	if err != nil || len(tab.Protocols) != 2 || tab.Protocols[1].Votes["b"] != 5 {
		t.Fatalf("with trailing_delimiter: %v, %+v", err, tab.Protocols)
	}
	// rows without the trailing delimiter are read too, but not one
	// without it among rows with it: it may have lost a cell, which
	// moves every cell after it
	if tab, _, err := readBlank(t, h+"1;x;10;4;6\n2;y;10;5;5\n", m); err != nil || len(tab.Protocols) != 2 {
		t.Fatalf("rows without it: %v", err)
	}
	if _, _, err := readBlank(t, h+"1;x;10;4;6\n2;y;10;5;5;\n", m); !errors.Is(err, ErrShortRow) {
		t.Fatalf("a row without it among rows with it: %v, want %v", err, ErrShortRow)
	}
	// a figure past the last column, or two cells past it, is no delimiter
	for _, bad := range []string{h + "1;x;10;4;6;7\n", h + "1;x;10;4;6;;\n"} {
		if _, _, err := readBlank(t, bad, m); !errors.Is(err, ErrLongRow) {
			t.Errorf("%q: %v, want ErrLongRow", bad, err)
		}
	}

	d, err := DraftMapping(strings.NewReader("MESA;N_ELEC_HABIL;VOTOS_P1;VOTOS_P2\n000013;300;115;87;\n000014;280;100;90;\n"), "pe.csv")
	if err != nil || !d.Mapping.TrailingDelimiter {
		t.Fatalf("draft: %v, %+v", err, d)
	}
	b, err := d.JSON()
	if err != nil || !strings.Contains(string(b), `"trailing_delimiter": true`) {
		t.Fatalf("the draft's JSON: %v\n%s", err, b)
	}
	if d, err := DraftMapping(strings.NewReader("MESA;N_ELEC_HABIL;VOTOS_P1;VOTOS_P2\n000013;300;115;87\n000014;280;100;90;\n"), "pe.csv"); err == nil && d.Mapping.TrailingDelimiter {
		t.Error("draft: trailing_delimiter where a row does not end with one")
	}
}
