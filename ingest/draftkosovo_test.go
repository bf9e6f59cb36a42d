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
// that names the area. The draft proposes "thousands": ".", saying so of
// the zeros and the commas, and the long mapping of one area's choices,
// which counts the KQZ's figures.
func TestDraftOneAreaDotThousands(t *testing.T) {
	const name = "xk-2019-decan-raw.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Thousands != "." || !m.long() || m.ChoiceColumn.Header != "Subjekti Politik" || m.VotesColumn.Header != "Numri i votave" || m.Precinct.Value == "" {
		t.Fatalf("thousands %q, layout %q, choice %v, votes %v, precinct %v", m.Thousands, m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct)
	}
	if !strings.Contains(m.Guesses[0], `leading zero (the first "09")`) || !strings.Contains(m.Guesses[0], `a comma ("62,87%")`) {
		t.Errorf("the thousands guess says nothing of the zeros or the commas: %s", m.Guesses[0])
	}
	tab, err := ReadCSV(bytes.NewReader(readReal(t, name)), name, readBack(t, d), Options{})
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
	if len(tab.Protocols) != 1 || votes["p119"] != 9269 || votes["p134"] != 3431 || votes["p118"] != 9 || all != 14743 {
		t.Errorf("%d protocols, votes %v (all %d)", len(tab.Protocols), votes, all)
	}
}

// The same file with its shares written with a decimal point ("62.87"):
// "9.269" may be a decimal too, so no thousands are proposed, and the
// votes column is no column of whole numbers. The draft says it has
// nothing to map, never that no cell is a whole number (954 and 687 are).
func TestDraftNoWholeColumnSaysCells(t *testing.T) {
	var b strings.Builder
	for k, line := range strings.SplitAfter(string(readReal(t, "xk-2019-decan-raw.csv")), "\n") {
		if i := strings.Index(line, `,"`); k > 0 && i >= 0 {
			line = line[:i+1] + strings.NewReplacer(`"`, "", ",", ".", "%", "").Replace(line[i+1:])
		}
		b.WriteString(line)
	}
	_, err := DraftMapping(strings.NewReader(b.String()), "decan.csv")
	if !errors.Is(err, ErrMapping) || strings.Contains(err.Error(), "no cell") {
		t.Fatalf("err %v; want ErrMapping, not saying that no cell is a whole number", err)
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
