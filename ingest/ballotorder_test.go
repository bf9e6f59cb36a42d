package ingest

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestBallotOrder(t *testing.T) {
	const csv = "uik,b votes,a votes,c1,c2,Против всех\n1,10,20,3,4,5\n"
	for _, tc := range []struct {
		name, mapping, csv string
		want               []string
	}{
		{"by header", `{"precinct": "uik", "ballot": "list", "votes": {"a": "a votes", "b": "b votes", "against_all": "Против всех"}}`, csv, []string{"b", "a"}},
		{"by number", `{"precinct": "uik", "ballot": "list", "votes": {"a": {"column": 3}, "z": {"column": 2}}}`, csv, []string{"z", "a"}},
		{"a sum at its first column", `{"precinct": "uik", "ballot": "list", "votes": {"c": {"columns": ["c2", "c1"]}, "a": "a votes"}}`, csv, []string{"a", "c"}},
		{"a header the file lacks", `{"precinct": "uik", "ballot": "list", "votes": {"a": "A"}}`, csv, nil},
		{"no data row", `{"precinct": "uik", "ballot": "list", "votes": {"a": "a votes"}}`, "uik,a votes\n", nil},
		{"a long file", `{"layout": "long", "precinct": "uik", "ballot": "list", "choice_column": "party", "votes_column": "votes", "choice_values": {"B": "b", "A": "a"}}`,
			"uik,party,votes\n1,B,10\n1,A,20\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ReadMapping(strings.NewReader(tc.mapping), "m.json")
			if err != nil {
				t.Fatal(err)
			}
			if got := BallotOrder(strings.NewReader(tc.csv), "f.csv", m); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// Russia's CEC tables of 2016 in the ballot's order, a mapping drafted
// for them by ID (testdata/ballotorder).
func TestBallotOrderDuma2016(t *testing.T) {
	mf, err := os.Open("../testdata/ballotorder/mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	m, err := ReadMapping(mf, "mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../testdata/ballotorder/duma2016-electan-10uik.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := BallotOrder(f, "duma2016-electan-10uik.csv", m)
	want := []string{"vserossiiskaya-politicheskaya-pa", "politicheskaya-partiya-kommunist", "politicheskaya-partiya-rossiiska",
		"vserossiiskaya-politicheskaya-pa-2", "politicheskaya-partiya-rossiiska-2", "politicheskaya-partiya-grazhdans",
		"politicheskaya-partiya-ldpr-libe", "politicheskaya-partiya-partiya-n", "vserossiiskaya-politicheskaya-pa-3",
		"obshchestvennaya-organizatsiya-v", "politicheskaya-partiya-rossiiska-3", "politicheskaya-partiya-kommunist-2",
		"politicheskaya-partiya-patrioty-r", "politicheskaya-partiya-spravedli"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
