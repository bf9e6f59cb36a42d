package datasets

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// TestKG2021NotShared is part of issue 12's attack suite (panics and shared
// state): the dataset is built once, but a caller that changes what
// KG2021 returned, down to a protocol's maps and a candidate's flags,
// changes nothing the next caller gets.
func TestKG2021NotShared(t *testing.T) {
	a, err := KG2021()
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	e := a.Election
	e.Protocols[0].Lines[election.Valid] = -1
	e.Protocols[0].Votes["x"] = 1
	e.Parties[0].Candidates[0].Name = "x"
	if u := e.Parties[0].Candidates[0].Under35; u != nil {
		*u = !*u
	}
	e.Precincts[0].ID = "x"
	e.Okrugs[0].Candidates = e.Okrugs[0].Candidates[:0]
	a.Figures[0].Value = "x"
	a.Lists[0].Votes = -1
	a.Okrugs[0].Leader = "x"
	b, err := KG2021()
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("KG2021 changed after a caller changed what an earlier call returned")
	}
}
