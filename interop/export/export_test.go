package export_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/interop/export"
	"github.com/shailoo/shailoo/validate"
)

// TestTablesOfKG2021: the protocols table has a row per protocol whose
// sums are the Result's; CSV and JSON Lines carry the same values; the
// totals table gives each list's votes and seats.
func TestTablesOfKG2021(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.Preset("kg2021")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountWith(d.Election, r, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var c, j bytes.Buffer
	if err := export.WriteProtocols(export.NewCSV(&c), d.Election, res); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteProtocols(export.NewJSONL(&j), d.Election, res); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != len(d.Election.Protocols) {
		t.Fatalf("%d rows, want one per protocol (%d)", len(rows)-1, len(d.Election.Protocols))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	lines := bufio.NewScanner(&j)
	lines.Buffer(nil, 1<<20)
	sum := map[string]int64{}
	n := 0
	for lines.Scan() {
		var obj map[string]any
		dec := json.NewDecoder(strings.NewReader(lines.Text()))
		dec.UseNumber()
		if err := dec.Decode(&obj); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		n++
		if obj["ballot"] != "list" || obj["machine"] != false {
			continue
		}
		for _, l := range res.Lists {
			if v, ok := obj["votes_"+l.ID].(json.Number); ok {
				x, _ := v.Int64()
				sum[l.ID] += x
			}
		}
		if got := obj["provenance"]; got != res.Election.Provenance {
			t.Fatalf("provenance %q, want the election's", got)
		}
		// The same row in CSV.
		if rows[n][col["precinct"]] != obj["precinct"] {
			t.Fatalf("row %d: CSV precinct %q, JSONL %q", n, rows[n][col["precinct"]], obj["precinct"])
		}
	}
	if n != len(d.Election.Protocols) {
		t.Fatalf("%d JSON lines, want %d", n, len(d.Election.Protocols))
	}
	for _, l := range res.Lists {
		if sum[l.ID] != l.Votes {
			t.Errorf("votes of %s sum to %d, the Result has %d", l.ID, sum[l.ID], l.Votes)
		}
	}

	var tot bytes.Buffer
	if err := export.WriteTotals(export.NewCSV(&tot), res); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tot.String(), "nation,,list,votes,ata-jurt,222005,15,17.32,passed,official") {
		t.Errorf("the totals lack Ata-Jurt's national row:\n%.600s", tot.String())
	}
	if !strings.Contains(tot.String(), "nation,,list,votes,against_all,") {
		t.Errorf("the totals lack the list ballot's against_all row:\n%.600s", tot.String())
	}

	// A ballot without "against all" (a rule set whose form says so, and
	// none counted) has no against_all row.
	none, no := *res, false
	none.Totals.AgainstAll = 0
	none.Rules.Protocol.Ballots = map[election.BallotKind]validate.Ballot{election.ListBallot: {AgainstAll: &no}}
	tot.Reset()
	if err := export.WriteTotals(export.NewCSV(&tot), &none); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(tot.String(), "nation,,list,votes,against_all,") {
		t.Errorf("a ballot without against all has an against_all row:\n%.600s", tot.String())
	}
}

// TestJSONLStrings: strings with quotes, control characters and
// non-ASCII text come out as JSON reads them back.
func TestJSONLStrings(t *testing.T) {
	var b bytes.Buffer
	s := export.NewJSONL(&b)
	if err := s.Begin([]export.Column{{"a", export.String}, {"b", export.Int}, {"c", export.Bool}}); err != nil {
		t.Fatal(err)
	}
	want := "Ата-Журт \"q\" \\ \t\x01 <&>"
	if err := s.Row([]any{want, int64(-5), nil}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		A string
		B int64
		C *bool
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.A != want || got.B != -5 || got.C != nil {
		t.Fatalf("got %+v", got)
	}
}

func TestNoSink(t *testing.T) {
	if err := export.WriteTotals(nil, &shailoo.Result{}); !errors.Is(err, export.ErrNoSink) {
		t.Fatalf("got %v", err)
	}
}

// TestOtherVotes: votes for a choice the election does not define, and a
// line of an unknown name, are kept in other_votes and other_lines, never
// dropped, and the export goes on.
func TestOtherVotes(t *testing.T) {
	e := &election.Election{ID: "x", Parties: []election.Party{{ID: "a"}}, Precincts: []election.Precinct{{ID: "1"}},
		Protocols: []election.Protocol{{Precinct: "1", Ballot: election.ListBallot,
			Lines: map[election.Line]int64{election.Valid: 5, "vaild": 7}, Votes: map[string]int64{"a": 3, "ghost": 2}}}}
	tbl, err := export.NewProtocols(e, &shailoo.Result{})
	if err != nil {
		t.Fatal(err)
	}
	row, err := tbl.Row(&e.Protocols[0], e.Precincts[0])
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for i, c := range tbl.Columns() {
		got[c.Name] = row[i]
	}
	if got["votes_a"] != int64(3) || got["other_votes"] != `{"ghost":2}` || got["other_lines"] != `{"vaild":7}` || got["line_valid"] != int64(5) {
		t.Fatalf("got %v", got)
	}
}

// An election of districts alone (the FPTP example, no list tier): its
// national figures are the okrug ballot's, and the totals table says so,
// once, never under the list ballot.
func TestTotalsOfDistrictsAlone(t *testing.T) {
	res := &shailoo.Result{Totals: shailoo.Totals{Valid: 306449, Ballot: election.OkrugBallot, NotEvaluated: []string{"voters"}},
		Lists: []shailoo.List{{ID: "write-in", VotesNotGiven: true}}}
	var tot bytes.Buffer
	if err := export.WriteTotals(export.NewCSV(&tot), res); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&tot).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string]int{}
	for _, r := range rows[1:] {
		if r[0] == "nation" && r[3] == "line" {
			if r[2] != "okrug" {
				t.Errorf("%v: want the okrug ballot", r)
			}
			lines[r[4]]++
			if r[4] == "valid" && r[5] != "306449" {
				t.Errorf("%v: want valid 306449", r)
			}
		}
	}
	for _, r := range rows[1:] {
		if r[3] == "votes" && r[4] == "write-in" && r[5] != "" {
			t.Errorf("%v: a list whose votes no protocol gives has no figure, not 0", r)
		}
	}
	if lines["voters"] != 1 || lines["participants"] != 1 {
		t.Errorf("lines %v: want voters and participants once", lines)
	}
}

// An okrug whose protocols give no candidate's votes (every cell empty:
// X229) has its candidates in the totals table without a figure, not 0;
// before, the export failed.
func TestTotalsOkrugVotesNotGiven(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	e := d.Election
	okrug := e.Okrugs[0].ID
	in := map[string]bool{}
	for _, p := range e.Precincts {
		if p.Okrug == okrug {
			in[p.ID] = true
		}
	}
	for i := range e.Protocols {
		if p := &e.Protocols[i]; p.Ballot == election.OkrugBallot && in[p.Precinct] {
			p.Votes = map[string]int64{election.AgainstAll: p.Votes[election.AgainstAll]}
		}
	}
	res, err := shailoo.CountWith(e, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var tot bytes.Buffer
	if err := export.WriteTotals(export.NewCSV(&tot), res); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&tot).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows[1:] {
		if r[0] == "okrug" && r[1] == okrug && r[3] == "votes" && r[4] != election.AgainstAll {
			n++
			if r[5] != "" {
				t.Errorf("%v: a candidate whose votes no protocol gives has no figure, not %s", r, r[5])
			}
		}
	}
	if n == 0 {
		t.Errorf("okrug %s: no candidate in the totals table", okrug)
	}
}

// A district of several seats (kg2025) elects them all: each deputy's
// row in the totals table has a seat and the status elected; before, each
// had 0 seats.
func TestTotalsDistrictSeats(t *testing.T) {
	e, err := datasets.KG2025(datasets.KG2025DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.Preset("kg2025")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountWith(e, r, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var tot bytes.Buffer
	if err := export.WriteTotals(export.NewCSV(&tot), res); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&tot).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	won := map[string]bool{}
	for _, r := range rows[1:] {
		if r[0] == "okrug" && r[3] == "votes" && r[6] == "1" && r[8] == "elected" {
			won[r[1]+"/"+r[4]] = true
		}
	}
	n := 0
	for _, o := range res.Okrugs {
		for _, d := range o.Elected {
			n++
			if !won[o.Okrug+"/"+d.ID] {
				t.Errorf("district %s: deputy %s has no seat in the totals table", o.Okrug, d.ID)
			}
		}
	}
	if n == 0 || len(won) != n {
		t.Errorf("%d seats in the table, %d deputies", len(won), n)
	}
}
