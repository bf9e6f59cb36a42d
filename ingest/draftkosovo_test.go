package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// Kosovo's KQZ export of one municipality (Deçan, 2019): the parties'
// votes with dots between groups of thousands ("9.269") and leading zeros
// ("09"), their shares with a decimal comma ("62,87%"), and no column
// that names the area. The draft says the rows are one area's choices
// and how a long mapping reads them, "thousands": "." with them; it never
// says that no cell is a whole number (954 and 687 are).
func TestDraftOneAreaDotThousands(t *testing.T) {
	_, err := draftReal(t, "xk-2019-decan-raw.csv")
	var pe *ParseError
	if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Line != 1 {
		t.Fatalf("err %v; want ErrMapping at line 1", err)
	}
	for _, want := range []string{`"Subjekti Politik" names a party`, `"choice_column": "Subjekti Politik", "votes_column": "Numri i votave", "thousands": "."`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("err %v; want it to say %s", err, want)
		}
	}
	if strings.Contains(err.Error(), "no cell") {
		t.Errorf("err %v says no cell is a whole number", err)
	}

	// With the area named on every row (its empty first column filled
	// with the municipality's name): the long mapping proposed, which
	// counts the KQZ's figures.
	b := readReal(t, "xk-2019-decan-raw.csv")
	lines := strings.SplitAfter(string(b), "\n")
	lines[0] = "Komuna" + lines[0]
	for k := 1; k < len(lines); k++ {
		if lines[k] != "" {
			lines[k] = "Deçan" + lines[k]
		}
	}
	d, err := DraftMapping(strings.NewReader(strings.Join(lines, "")), "decan.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Thousands != "." || !m.long() || m.ChoiceColumn.Header != "Subjekti Politik" || m.VotesColumn.Header != "Numri i votave" || m.Precinct.Header != "Komuna" {
		t.Fatalf("thousands %q, layout %q, choice %v, votes %v, precinct %v", m.Thousands, m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct)
	}
	if !strings.Contains(m.Guesses[0], `leading zero (the first "09")`) || !strings.Contains(m.Guesses[0], `a comma ("62,87%")`) {
		t.Errorf("the thousands guess says nothing of the zeros or the commas: %s", m.Guesses[0])
	}
	tab, err := ReadCSV(bytes.NewReader([]byte(strings.Join(lines, ""))), "decan.csv", readBack(t, d), Options{})
	if err != nil {
		t.Fatal(err)
	}
	votes, _ := sums(tab)
	// The KQZ's figures: AAK-PSD 9,269, LDK 3,431, NOVA 9 (written "09");
	// 14,743 votes in all.
	var all int64
	for _, v := range votes {
		all += v
	}
	if votes["p119"] != 9269 || votes["p134"] != 3431 || votes["p118"] != 9 || all != 14743 {
		t.Errorf("votes %v (all %d)", votes, all)
	}
}
