package forensics_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/forensics"
	"github.com/shailoo/shailoo/forensics/svg"
	"github.com/shailoo/shailoo/internal/faults"
)

func demo(t testing.TB) *forensics.Data {
	t.Helper()
	ds, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	d, err := forensics.FromElection(ds.Election)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestWorkersDoNotMatter: the report and the charts are the same bytes
// with 1, 2 or 5 goroutines (per-draw PCG streams, chunk sums added in
// chunk order).
func TestWorkersDoNotMatter(t *testing.T) {
	d := demo(t)
	var first []byte
	for _, w := range []int{1, 2, 5} {
		r, err := forensics.Analyze(d, forensics.Params{Seed: 7, Draws: 300, Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range svg.Charts(r, "en") {
			b = append(b, c.SVG...)
		}
		if first == nil {
			first = b
		} else if !bytes.Equal(b, first) {
			t.Fatalf("%d workers give other bytes than 1", w)
		}
	}
}

// TestSeedChangesDraws: another seed gives other draws, the same seed the
// same, and the seed is in the JSON as a string.
func TestSeedChangesDraws(t *testing.T) {
	d := demo(t)
	run := func(seed uint64) *forensics.Report {
		r, err := forensics.Analyze(d, forensics.Params{Seed: seed, Draws: 100})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	a, b, c := run(1), run(1), run(2)
	if !slicesEqual(a.Integer.Turnout.Null, b.Integer.Turnout.Null) || slicesEqual(a.Integer.Turnout.Null, c.Integer.Turnout.Null) {
		t.Error("the null does not follow the seed")
	}
	js, _ := json.Marshal(run(18446744073709551615))
	if !bytes.Contains(js, []byte(`"seed":"18446744073709551615"`)) {
		t.Errorf("the seed is not in the JSON as a string: %.200s", js)
	}
}

func slicesEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// claims are the words no output may use: the analyses measure shapes,
// they do not establish how an election was run.
var claims = regexp.MustCompile(`(?i)fraud|falsif|фальсиф|мошенн|подтасов|бурмал|алдамч|жасалма`)

// TestNoClaims greps every output (JSON, every chart, the text lines)
// in every language, on the demo and on an election with planted
// manipulations, for the words that would claim what the analyses cannot
// show; and every chart says what it measures and what it cannot prove,
// and names the seed.
func TestNoClaims(t *testing.T) {
	e := faults.Sample(400)
	if _, err := faults.AddBallots(e, "p1", 100, 50); err != nil {
		t.Fatal(err)
	}
	pl, err := forensics.FromElection(e)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*forensics.Data{demo(t), pl} {
		r, err := forensics.Analyze(d, forensics.Params{Seed: 99, Draws: 50})
		if err != nil {
			t.Fatal(err)
		}
		js, _ := json.Marshal(r)
		if m := claims.Find(js); m != nil {
			t.Errorf("JSON says %q", m)
		}
		for _, lang := range []svg.Lang{"en", "ru", "ky"} {
			for _, c := range svg.Charts(r, lang) {
				s := string(c.SVG)
				if m := claims.FindString(s); m != "" {
					t.Errorf("%s chart (%s) says %q", c.Name, lang, m)
				}
				for _, w := range []string{svg.Word(lang, "measures"), svg.Word(lang, "cannot"), "<title id=", "<desc id=", svg.SeedLine(r, lang)} {
					if !strings.Contains(s, strings.TrimSpace(w)) && !strings.Contains(s, strings.ReplaceAll(strings.TrimSpace(w), `"`, "&quot;")) {
						t.Errorf("%s chart (%s) lacks %q", c.Name, lang, w)
					}
				}
				for _, l := range svg.Lines(r, c.Name, lang) {
					if m := claims.FindString(l); m != "" {
						t.Errorf("%s text (%s) says %q", c.Name, lang, m)
					}
				}
			}
		}
	}
}

func TestNilAndEmpty(t *testing.T) {
	if _, err := forensics.FromElection(nil); !errors.Is(err, forensics.ErrNil) {
		t.Errorf("FromElection(nil): %v", err)
	}
	if _, err := forensics.Analyze(nil, forensics.Params{}); !errors.Is(err, forensics.ErrNil) {
		t.Errorf("Analyze(nil): %v", err)
	}
	if _, err := forensics.Analyze(&forensics.Data{}, forensics.Params{}); !errors.Is(err, forensics.ErrNoData) {
		t.Errorf("Analyze(empty): %v", err)
	}
	d := demo(t)
	for _, p := range []forensics.Params{{Draws: -1}, {Alpha: 1}, {Alpha: -0.1}, {MinBase: 50}, {MinCount: 10}, {Draws: forensics.MaxDraws + 1}} {
		if _, err := forensics.Analyze(d, p); !errors.Is(err, forensics.ErrParams) {
			t.Errorf("%+v: %v, want ErrParams", p, err)
		}
	}
	if _, err := forensics.Analyze(d, forensics.Params{Choice: "nobody"}); !errors.Is(err, forensics.ErrChoice) {
		t.Errorf("unknown choice: %v", err)
	}
	if svg.Charts(nil, "en") != nil || svg.Lines(nil, "comet", "en") != nil || svg.SeedLine(nil, "en") != "" {
		t.Error("a nil report draws something")
	}
}

// TestMalformedData: Data built by hand with figures FromElection never
// makes is an error, not a panic.
func TestMalformedData(t *testing.T) {
	for name, d := range map[string]*forensics.Data{
		"short votes": {Choices: []string{"a", "b"}, Names: []string{"A"}, Precincts: []forensics.Precinct{{ID: "1", Voters: 10, Ballots: 5, Votes: []int64{5}}}},
		"no voters":   {Choices: []string{"a"}, Precincts: []forensics.Precinct{{ID: "1", Voters: 0, Ballots: 5, Votes: []int64{5}}}},
		"huge":        {Choices: []string{"a"}, Precincts: []forensics.Precinct{{ID: "1", Voters: 1 << 40, Ballots: 5, Votes: []int64{5}}}},
		"pair":        {Choices: []string{"a"}, Precincts: []forensics.Precinct{{ID: "1", Voters: 10, Ballots: 5, Votes: []int64{5}}}, Pairs: []forensics.Pair{{Precinct: "1"}}},
	} {
		if _, err := forensics.Analyze(d, forensics.Params{Draws: 5}); !errors.Is(err, forensics.ErrData) {
			t.Errorf("%s: %v, want ErrData", name, err)
		}
	}
	// names shorter than the choices are only names
	d := &forensics.Data{Choices: []string{"a", "b"}, Precincts: []forensics.Precinct{{ID: "1", Voters: 300, Ballots: 150, Votes: []int64{100, 50}}}}
	if _, err := forensics.Analyze(d, forensics.Params{Draws: 5}); err != nil {
		t.Error(err)
	}
}

// A vote of one office mapped as the okrug ballot has no list protocol
// for the tests: the error says so and how to map it, not only that no
// precinct has the figures (a tester's Ugandan file had them all).
func TestFromElectionOkrugBallotOnly(t *testing.T) {
	e := &election.Election{Precincts: []election.Precinct{{ID: "1"}},
		Protocols: []election.Protocol{{Precinct: "1", Ballot: election.OkrugBallot,
			Lines: map[election.Line]int64{election.Voters: 100, election.Invalid: 1, election.Valid: 60}, Votes: map[string]int64{"a": 60}}}}
	_, err := forensics.FromElection(e)
	if !errors.Is(err, forensics.ErrNoData) || !strings.Contains(err.Error(), `"ballot": "list"`) {
		t.Errorf("err = %v", err)
	}
}
