package ingest

import (
	"testing"
)

// Codes among the columns of figures are keys, never choices: Venezuela's
// centre code, zero-padded ("010101001"), would win with a billion votes,
// and the Philippines' PSGC codes (1400000000) would each take tens of
// billions; the municipality's code, one per row, names the precinct
// where its name repeats ("La Paz" in Abra and in Agusan del Sur).
func TestDraftMappingCodesAreKeys(t *testing.T) {
	cases := []struct {
		file     string
		precinct string
		codes    []string
		choice   string
	}{
		{"ve-pres2024-actas.csv", "Acta", []string{"Codcv"}, "Maduro"},
		{"ph-senate2022-mun.csv", "adm3_psgc", []string{"adm3_psgc", "adm2_psgc", "adm1_psgc"}, "marcos_imee"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Precinct.Header != c.precinct {
				t.Errorf("precinct %+v, want %q", m.Precinct, c.precinct)
			}
			headers := map[string]bool{}
			for _, col := range m.Votes {
				headers[col.Header] = true
			}
			for _, code := range c.codes {
				if headers[code] {
					t.Errorf("code column %q drafted as a choice", code)
				}
			}
			if !headers[c.choice] {
				t.Errorf("choice %q not drafted: %v", c.choice, m.Votes)
			}
		})
	}
}
