package loader

import (
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
)

// The embedded dataset counted as it is comes with its known hash; with
// protocol files added to it, it is another election and does not.
func TestEmbeddedHashKnown(t *testing.T) {
	rules, err := shailoo.Preset("kg2021")
	if err != nil {
		t.Fatal(err)
	}
	l, err := Read(Input{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	if l.Options.ElectionSHA256 != datasets.KG2021ElectionSHA256 || l.Options.ElectionSHA256 == "" {
		t.Errorf("the embedded dataset's hash is %q", l.Options.ElectionSHA256)
	}
	l, err = Read(Input{Rules: rules, Protocols: []CSV{{Name: "p.csv"}}})
	if err == nil && l.Options.ElectionSHA256 != "" {
		t.Errorf("with protocol files the hash is still given: %q", l.Options.ElectionSHA256)
	}
}
