package ingest

import (
	"slices"
	"testing"
)

// Under a header of several rows, the parts every choice's header shares
// first or last are left out of the choices' names, each name keeping a
// part of its own; under a header of one row, names are the headers.
func TestChoicesDropSharedParts(t *testing.T) {
	names := func(m Mapping) []string {
		var out []string
		for _, c := range Choices(m) {
			out = append(out, c.Name)
		}
		return out
	}
	m := Mapping{HeaderRows: 3, Votes: map[string]Column{
		"cdu": {Header: "CDU / Zweitstimmen / Endgültig"},
		"spd": {Header: "SPD / Zweitstimmen / Endgültig"},
		"afd": {Header: "AfD / Zweitstimmen / Endgültig"},
	}}
	if got, want := names(m), []string{"AfD", "CDU", "SPD"}; !slices.Equal(got, want) {
		t.Errorf("shared last parts: %q, want %q", got, want)
	}
	m.Votes = map[string]Column{
		"a": {Header: "Votes / Party A"},
		"b": {Header: "Votes / Party B / machine"},
	}
	if got, want := names(m), []string{"Party A", "Party B / machine"}; !slices.Equal(got, want) {
		t.Errorf("shared first part: %q, want %q", got, want)
	}
	m.Votes = map[string]Column{
		"a": {Header: "Same / Same"},
		"b": {Header: "Same / Same"},
	}
	if got, want := names(m), []string{"Same", "Same"}; !slices.Equal(got, want) {
		t.Errorf("all parts shared: %q, want %q (a part kept)", got, want)
	}
	m.HeaderRows = 1
	m.Votes = map[string]Column{
		"cdu": {Header: "CDU / Zweitstimmen"},
		"spd": {Header: "SPD / Zweitstimmen"},
	}
	if got, want := names(m), []string{"CDU / Zweitstimmen", "SPD / Zweitstimmen"}; !slices.Equal(got, want) {
		t.Errorf("one header row: %q, want %q", got, want)
	}
}
