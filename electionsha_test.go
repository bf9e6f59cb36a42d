package shailoo_test

import (
	"bytes"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/report"
)

// A count given the election's hash (Options.ElectionSHA256) is the count
// that hashes the election itself, byte for byte, with and without
// annulments (which ignore it).
func TestElectionSHA256Known(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []shailoo.Options{{}, {Annul: []shailoo.Annulment{{Kind: "precinct", ID: d.Election.Precincts[0].ID}}}} {
		want, err := shailoo.CountWith(d.Election, shailoo.KG2021(), o)
		if err != nil {
			t.Fatal(err)
		}
		o.ElectionSHA256 = datasets.KG2021ElectionSHA256
		got, err := shailoo.CountWith(d.Election, shailoo.KG2021(), o)
		if err != nil {
			t.Fatal(err)
		}
		var a, b bytes.Buffer
		if err := report.JSON(&a, want); err != nil {
			t.Fatal(err)
		}
		if err := report.JSON(&b, got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("annulments %v: the count with the known hash differs from the count that hashes", o.Annul)
		}
	}
}
