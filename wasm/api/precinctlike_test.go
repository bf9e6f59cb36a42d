package api_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/internal/loader"
	"github.com/shailoo/shailoo/wasm/api"
)

// A precinct typed by its number where IDs are "region / number" (the
// Duma's 2011 file): the error names the precincts whose ID ends with it,
// after a character no letter or digit, with their count: "1" finds
// "Адыгея / 1" and "Алтай / 1", not "Адыгея / 11".
func TestPrecinctLike(t *testing.T) {
	csv := "region,precinct,voters,valid,a\n" +
		"Адыгея,Адыгея / 1,100,50,50\n" +
		"Адыгея,Адыгея / 11,100,50,50\n" +
		"Алтай,Алтай / 1,100,50,50\n"
	src := api.Source{Protocols: []api.CSVFile{{Name: "p.csv", Text: csv,
		Mapping: `{"precinct": "precinct", "region": "region", "ballot": "list", "lines": {"voters": "voters", "valid": "valid"}, "votes": {"a": "a"}}`}}}
	_, err := api.PrecinctOf(src, "1")
	if !errors.Is(err, api.ErrNoPrecinct) {
		t.Fatalf("err = %v, want ErrNoPrecinct", err)
	}
	key, args := loader.Reason(err)
	if key != "err.no_precinct_like" || args["n"] != "2" || args["ids"] != "Адыгея / 1\nАлтай / 1" {
		t.Errorf("Reason = %q %v", key, args)
	}
	if !strings.Contains(err.Error(), `2 precincts have an ID that ends with it: "Адыгея / 1", "Алтай / 1"`) {
		t.Errorf("err = %q", err)
	}
	// nothing like it: the error as before
	_, err = api.PrecinctOf(src, "7")
	if key, _ := loader.Reason(err); key != "err.no_precinct" {
		t.Errorf("7: Reason = %q (%v)", key, err)
	}
	if _, err := api.PrecinctOf(src, "Алтай / 1"); err != nil {
		t.Errorf("a whole ID: %v", err)
	}
}
