package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// countSame counts one file of testdata/samefigures (or the text given)
// under a mapping and rules, streamed and read whole.
func countSame(t *testing.T, name, text, mapping, rules string, o shailoo.Options) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	require.NoError(t, err)
	if text == "" {
		b, err := os.ReadFile("testdata/samefigures/" + name)
		require.NoError(t, err)
		text = string(b)
	}
	res, err := shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: name, R: strings.NewReader(text), Mapping: m}}, o)
	require.NoError(t, err)
	return res
}

func provisionalKinds(res *shailoo.Result) []string {
	var ks []string
	for _, u := range res.ProvisionalReasons {
		ks = append(ks, u.Kind)
	}
	return ks
}

// Senegal 2019 by département, each département three times under its own
// timestamp: every copy is I617 (row 3, Dakar's second, too), none is a
// total (I603), and the majority rule, which no margin bounds, is
// provisional.
func TestSameFiguresTimestamps(t *testing.T) {
	mapping := readFile(t, "testdata/samefigures/draft-new-okrug.json")
	rules := readFile(t, "testdata/samefigures/rules-sn-votes.json")
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		res := countSame(t, "sn2019-new-elections-data-cut6.tsv", "", mapping, rules, o)
		if got, want := findingsAt(res, validate.SameFigures), []int{3, 4, 6, 7}; !slices.Equal(got, want) {
			t.Fatalf("I617 at rows %v, want %v", got, want)
		}
		if got := findingsAt(res, validate.TotalRow); len(got) != 0 {
			t.Errorf("I603 at rows %v: copies are no totals", got)
		}
		for _, f := range res.Findings.Findings {
			if f.Code == validate.SameFigures && f.Place.Row == 4 {
				if f.Severity != validate.Warning || !strings.Contains(f.Sentence("en"), "Precinct 2022-01-01 00:00:15, okrug ballot (manual count): row 4 is a copy of row 2, of another precinct: every figure that row's") {
					t.Errorf("I617 of row 4: %s", f.Sentence("en"))
				}
			}
		}
		if !res.Provisional || !slices.Contains(provisionalKinds(res), shailoo.UnevaluatedSameFigures) {
			t.Errorf("provisional %v %v, want same_figures_counted", res.Provisional, provisionalKinds(res))
		}
	}
}

// A row of Dakar copied under the next serial: I617 names both rows, and
// the count (Macky SALL 2,695,387 where the départements give 2,483,032)
// is provisional.
func TestSameFiguresSerial(t *testing.T) {
	mapping := readFile(t, "testdata/samefigures/m-serial.json")
	rules := readFile(t, "testdata/samefigures/rules-sn-votes.json")
	res := countSame(t, "SYNTHETIC-EDITED-dup-first.csv", "", mapping, rules, shailoo.Options{})
	if got := findingsAt(res, validate.SameFigures); !slices.Equal(got, []int{3}) {
		t.Fatalf("I617 at rows %v, want [3]", got)
	}
	if !slices.Contains(provisionalKinds(res), shailoo.UnevaluatedSameFigures) {
		t.Errorf("provisional reasons %v, want same_figures_counted", provisionalKinds(res))
	}
}

// Under plurality the copies' largest votes are weighed against the
// margin: a copy whose largest vote (500) is at least the margin makes
// the okrug provisional; below it, the warning stands alone. Rows of one
// precinct, and rows whose figures are few or small, are no I617.
func TestSameFiguresMargin(t *testing.T) {
	mapping := `{"precinct": "id", "okrug": "okrug", "ballot": "okrug", "lines": {"voters": "voters", "valid": "valid"}, "votes": {"a": "A", "b": "B"}}`
	rules := readFile(t, "examples/fptp/rules.json")
	const head = "id,okrug,voters,valid,A,B\n"
	tests := []struct {
		name        string
		rows        string
		copies      []int
		provisional bool
	}{
		{"margin 240, a copy of 500", "p1,K,1000,900,500,400\np2,K,1200,1000,520,480\np3,K,1000,900,500,400\n", []int{4}, true},
		{"margin 1240, a copy of 500", "p1,K,1000,600,500,100\np2,K,1200,600,520,80\np3,K,1000,600,500,100\n", []int{4}, false},
		{"the copy in another okrug", "p1,K,1000,900,500,400\np2,K,1200,1000,520,480\np3,L,1000,900,500,400\np4,L,800,700,100,600\n", []int{4}, true},
		{"figures too small", "p1,K,12,12,10,2\np2,K,30,25,20,5\np3,K,12,12,10,2\n", nil, false},
		{"one precinct twice (X207)", "p1,K,1000,900,500,400\np2,K,1200,1000,520,480\np1,K,1000,900,500,400\n", nil, false},
	}
	for _, tt := range tests {
		res := countSame(t, tt.name, head+tt.rows, mapping, rules, shailoo.Options{})
		if got := findingsAt(res, validate.SameFigures); !slices.Equal(got, tt.copies) {
			t.Errorf("%s: I617 at rows %v, want %v", tt.name, got, tt.copies)
		}
		if got := slices.Contains(provisionalKinds(res), shailoo.UnevaluatedSameFigures); got != tt.provisional {
			t.Errorf("%s: same_figures_counted %v, want %v (%v)", tt.name, got, tt.provisional, res.ProvisionalReasons)
		}
	}
}

// A row not named a total that repeats the one row before it (of another
// precinct) is said as a copy (I617) when its figures pass the copies'
// bar, never as a total (I603); with few or small figures (the Maldives'
// boxes of one voter, one after another) it is a precinct like it, said
// neither way.
func TestCopyOfRowWording(t *testing.T) {
	mapping := `{"precinct": "id", "okrug": "okrug", "ballot": "okrug", "lines": {"valid": "valid"}, "votes": {"a": "A", "b": "B"}}`
	rules := readFile(t, "examples/fptp/rules.json")
	mapping3 := `{"precinct": "id", "okrug": "okrug", "ballot": "okrug", "lines": {"valid": "valid"}, "votes": {"a": "A", "b": "B", "c": "C"}}`
	res := countSame(t, "copy.csv", "id,okrug,valid,A,B,C\np1,K,5000,1000,4000,0\np2,K,7125,4093,2032,1000\np3,K,7125,4093,2032,1000\n", mapping3, rules, shailoo.Options{})
	if rows := findingsAt(res, validate.TotalRow); len(rows) != 0 {
		t.Errorf("I603 at rows %v: a copy is no total", rows)
	}
	var said []string
	for _, f := range res.Findings.Findings {
		if f.Code == validate.SameFigures {
			said = append(said, f.Sentence("en"))
		}
	}
	if len(said) != 1 || !strings.Contains(said[0], "Precinct p3, okrug ballot (manual count): row 4 is a copy of row 3, of another precinct") {
		t.Errorf("I617 %q, want row 4 said a copy of row 3", said)
	}
	if !slices.Contains(provisionalKinds(res), shailoo.UnevaluatedSameFigures) {
		t.Errorf("provisional reasons %v, want same_figures_counted (margin 1122, the copy's largest vote 4093)", provisionalKinds(res))
	}
	small := countSame(t, "small.csv", "id,okrug,valid,A,B\np1,K,5,3,2\np2,K,7,4,3\np3,K,7,4,3\n", mapping, rules, shailoo.Options{})
	if rows := append(findingsAt(small, validate.TotalRow), findingsAt(small, validate.SameFigures)...); len(rows) != 0 {
		t.Errorf("small.csv: I603 or I617 at rows %v: two boxes of 7 voters may give the same figures", rows)
	}
	if kinds := provisionalKinds(small); len(kinds) != 0 {
		t.Errorf("small.csv: provisional %v, want none", kinds)
	}
}

// The Maldives' People's Majlis 2024 by ballot box: three boxes of one
// voter each, who voted for one candidate, one after another; real
// boxes, none a copy.
func TestOneVoterBoxesNoCopy(t *testing.T) {
	res := countSame(t, "mv2024-g03-one-voter-boxes.csv", "", readFile(t, "testdata/samefigures/mv2024-g03-mapping.json"), readFile(t, "examples/fptp/rules.json"), shailoo.Options{})
	if rows := append(findingsAt(res, validate.TotalRow), findingsAt(res, validate.SameFigures)...); len(rows) != 0 {
		t.Errorf("I603 or I617 at rows %v", rows)
	}
	if kinds := provisionalKinds(res); len(kinds) != 0 {
		t.Errorf("provisional %v, want none", kinds)
	}
}
