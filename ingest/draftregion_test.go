package ingest

import (
	"errors"
	"strings"
	"testing"
)

// Zambia's file names each constituency's province and district: the
// draft maps the province as the region, so that a constituency of the
// same name in another province (Bwacha, Central, renamed Bahati, a
// Luapula constituency's name) is a conflict at its row, not merged
// silently with it.
func TestDraftRegionProvince(t *testing.T) {
	d, err := draftReal(t, "zm-na2016-byconstit.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Region == nil || m.Region.Header != "province" {
		t.Fatalf("region %+v, want province", m.Region)
	}
	same := strings.ReplaceAll(string(readReal(t, "zm-na2016-byconstit.csv")), `"Bwacha"`, `"Bahati"`)
	_, err = ReadCSV(strings.NewReader(same), "zm.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrConflict) || pe.Header != "province" || !strings.Contains(err.Error(), `"Bahati": region "Central", but line 2 gives "Luapula"`) {
		t.Errorf("%v; want a conflict of regions for Bahati", err)
	}
}

// The first level of a country's areas under other names: Venezuela's
// ESTADO, Bolivia's Departamento, Poland's Województwo, Nigeria's
// state_code. A status of a tally sheet ("DESCRIP_ESTADO_ACTA",
// "mesEstado") is no region.
func TestDraftRegionWords(t *testing.T) {
	for file, want := range map[string]string{
		"ve-pres2024-actas.csv":          "ESTADO",
		"bo-2019-computo.csv":            "Departamento",
		"pl-sejm2023-gminy.csv":          "Województwo",
		"ng-fct2026-councillor-ward.csv": "state_code",
		"my-ge-seat-stats.csv":           "state",
		"pe-pres2021-v1-mesas.csv":       "DEPARTAMENTO",
	} {
		d, err := draftReal(t, file)
		if err != nil {
			t.Fatal(err)
		}
		if m := readBack(t, d); m.Region == nil || m.Region.Header != want {
			t.Errorf("%s: region %+v, want %q", file, m.Region, want)
		}
	}
	for _, h := range []string{"descrip estado acta", "mes estado", "estate", "statement"} {
		if oneWordOf(h, regionAlone) {
			t.Errorf("%q read as a region", h)
		}
	}
	for _, h := range []string{"estado", "nombre estado", "state code", "lga name", "state id"} {
		if !oneWordOf(h, regionAlone) {
			t.Errorf("%q not read as a region", h)
		}
	}
}

// Afghanistan's province elects its members (SNTV): taken first for the
// region, it is the okrug still, a candidate's votes all in one of its
// values, and the district the region.
func TestDraftRegionProvinceConstituency(t *testing.T) {
	d, err := draftReal(t, "af-wj2010-bamyan-prelim.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Okrug == nil || m.Okrug.Header != "Province_EnglishName" || m.Region == nil || m.Region.Header != "District_EnglishName" || m.Ballot != "okrug" {
		t.Errorf("okrug %+v, region %+v, ballot %q; want the province the okrug, the district the region", m.Okrug, m.Region, m.Ballot)
	}
}

// Venezuela's "Otros" is the sum of the 8 minor candidates' votes of
// 10: no choice, and no protocol line either (the valid votes are all
// the choices'): the draft says so without asking to map it as valid.
func TestDraftSubtotalOfChoices(t *testing.T) {
	d, err := draftReal(t, "ve-pres2024-actas-15.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if _, ok := m.Votes["otros"]; ok {
		t.Errorf("Otros mapped as a choice")
	}
	g := strings.Join(m.Guesses, "\n")
	if !strings.Contains(g, `column 18 "Otros" is not mapped: on every row it is the sum of 8 of the 10 other choices' votes (columns 9 "Martinez", 10 "Bertucci"`) ||
		!strings.Contains(g, "neither a choice nor a protocol line") || strings.Contains(g, "Map it as lines.valid") {
		t.Errorf("guesses:\n%s", g)
	}
}
