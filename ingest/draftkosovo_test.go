package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
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

// Kosovo's votes by municipality (2019), long: a row per municipality and
// party. The party's column names each row once with the municipality's,
// but it is no area: each party is given in every municipality, and each
// municipality's rows are one run. So the municipality is the precinct,
// the party the choice column, under its own header or under one the
// draft has no word for ("Emri", a name).
func TestDraftLongChoicesInAreas(t *testing.T) {
	b := readReal(t, "xk-2019-komunat-long.csv")
	end := bytes.IndexByte(b, '\n')
	renamed := append([]byte(strings.Replace(string(b[:end]), "Subjekti Politik", "Emri", 1)), b[end:]...)
	for _, c := range []struct {
		name, choice string
		b            []byte
	}{{"as published", "Subjekti Politik", b}, {"choice header renamed", "Emri", renamed}} {
		t.Run(c.name, func(t *testing.T) {
			d, votes, _ := draftCount(t, "xk-2019-komunat-long.csv", c.b)
			m := d.Mapping
			if !m.long() || m.Precinct.Header != "Komuna" || len(m.Precinct.Columns) > 0 || m.Region != nil || m.ChoiceColumn.Header != c.choice || m.VotesColumn.Header != "Numri i votave" {
				t.Fatalf("layout %q, precinct %v, region %v, choice %v, votes %v\n%s", m.Shape, m.Precinct, m.Region, m.ChoiceColumn, m.VotesColumn, strings.Join(m.Guesses, "\n"))
			}
			// Each party's votes summed over Deçan and Dragash: AAK-PSD
			// 9,269 and 377; all parties 27,396.
			var all int64
			for _, v := range votes {
				all += v
			}
			if len(m.ChoiceValues) != 25 || votes["aak-psd-koalicioni-100-kosove"] != 9646 || all != 27396 {
				t.Errorf("%d choices, votes %v (all %d)", len(m.ChoiceValues), votes, all)
			}
		})
	}
}

// Kosovo's national votes of five lists in 2019 and 2017, with a chart's
// colour code for each ("#e31a1c"): a colour names no area, so the
// draft takes it for no precinct; the rows of one year are one area's
// choices, which it says.
func TestDraftColourNoPrecinct(t *testing.T) {
	d, err := draftReal(t, "xk-overall-v1.csv")
	if !errors.Is(err, ErrMapping) {
		t.Fatalf("draft %+v, err %v; want ErrMapping (no area named)", d, err)
	}
	if !strings.Contains(err.Error(), `"party_long" names a party`) || strings.Contains(err.Error(), "color") {
		t.Errorf("err %v", err)
	}
}

// The Kosovo cut saved in Windows-1252 (its letters that code page lacks,
// İ, left out, as iconv -c leaves them): Albanian's frequent ë and ç read
// in Windows-1257 as ė, Lithuanian, and ē, Latvian ("KOSOVĖ", "Deēan"),
// and Serbian "GRAÐANSKA" as "GRAŠANSKA": each word reads, but the text
// is of no one language there. It is guessed Windows-1252, and the draft
// reads its names right.
func TestGuessEncodingAlbanian(t *testing.T) {
	var b []byte
	for _, r := range string(readReal(t, "xk-2019-komunat-long.csv")) {
		if c, ok := charmap.Windows1252.EncodeRune(r); ok {
			b = append(b, c)
		}
	}
	if got := guessEncoding(b); got != EncodingWindows1252 {
		t.Fatalf("guessEncoding = %s, want %s", got, EncodingWindows1252)
	}
	d, err := DraftMapping(bytes.NewReader(b), "xk-1252.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Encoding != EncodingWindows1252 || d.Mapping.ChoiceValues["LIDHJA DEMOKRATIKE E KOSOVËS"] == "" {
		t.Errorf("encoding %q, choices %v", d.Mapping.Encoding, d.Mapping.ChoiceValues)
	}
}
