package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// zwRows writes a cut of testdata/ingest/real/zw-na2018-cut.csv: its
// header and the rows of the constituencies named.
func zwRows(t *testing.T, constituencies ...string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/ingest/real/zw-na2018-cut.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	out := lines[0]
	for _, l := range lines[1:] {
		if f := strings.Split(l, ","); len(f) > 2 && slices.Contains(constituencies, f[1]) {
			out += l
		}
	}
	return out
}

// Zimbabwe's 2018 National Assembly by candidate ("Province,Constituency,
// Name,Gender,Party,Votes"): the whole cut was drafted long by party,
// "choice_rows": "sum" adding a party's candidates (Harare South's two
// MDC-Alliance candidates, 21,366 + 7,816, elected over ZANU-PF's
// 24,503); a cut of one constituency, or of Harare's three, was drafted
// wide, the candidate's name its precinct and "Votes" its one choice,
// elected with 63,415. Every cut is drafted long, the constituency the
// precinct and the okrug, each candidate a choice (the name and the party
// joined), its choice_values written out: confirmed as drafted, the
// publisher's winners.
func TestZW2018DraftCandidatesLong(t *testing.T) {
	cuts := map[string]string{
		"zw-na2018-cut.csv":          "",
		"zw-na2018-harare-south.csv": "",
		"harare.csv":                 zwRows(t, "Budiriro", "Harare South", "Mabvuku Tafara"),
		"two.csv":                    zwRows(t, "Budiriro", "Harare South"),
	}
	for file, in := range cuts {
		if in == "" {
			b, err := os.ReadFile("testdata/ingest/real/" + file)
			if err != nil {
				t.Fatal(err)
			}
			in = string(b)
		}
		d, err := ingest.DraftMapping(strings.NewReader(in), file)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		m := d.Mapping
		m.Guesses = nil
		if m.Shape != "long" || m.Precinct.Header != "Constituency" || m.Okrug == nil || m.Okrug.Header != "Constituency" || m.Ballot != "okrug" ||
			m.ChoiceColumn == nil || !m.ChoiceColumn.Join || len(m.ChoiceColumn.Columns) != 2 || m.ChoiceColumn.Columns[0].Header != "Name" ||
			m.ChoiceColumn.Columns[1].Header != "Party" || m.ChoiceRows != "" {
			t.Errorf("%s: layout %q, precinct %+v, okrug %+v, ballot %q, choice %+v, choice_rows %q: want long, Constituency, Constituency, okrug, Name and Party joined, no sum",
				file, m.Shape, m.Precinct, m.Okrug, m.Ballot, m.ChoiceColumn, m.ChoiceRows)
			continue
		}
		if rows := strings.Count(in, "\n") - 1; len(m.ChoiceValues) != rows {
			t.Errorf("%s: %d choice_values, want one per candidate's row (%d)", file, len(m.ChoiceValues), rows)
		}
		def, notes, err := ingest.Define(m, "m.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: file, R: strings.NewReader(in), Mapping: m}}, shailoo.Options{Notes: notes})
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		want := map[string][2]any{"Harare South": {"Mnangagwa Tongai Mafidi / ZANUPF", int64(24503)},
			"Bulawayo South": {"Modi Rajeshkumar. Indukant / ZANU-PF", int64(5752)}, "Budiriro": {"Machingauta Costa / MDC -Alliance", int64(28575)}}
		var total int64
		for _, o := range res.Okrugs {
			if w, ok := want[o.Okrug]; ok && (o.WinnerName != w[0] || o.LeaderVotes != w[1]) {
				t.Errorf("%s: %s elects %q with %d, want %v", file, o.Okrug, o.WinnerName, o.LeaderVotes, w)
			}
			for _, v := range o.CandidateVotes {
				total += v
			}
		}
		if file == "zw-na2018-cut.csv" && (len(res.Okrugs) != 26 || total != 596019) {
			t.Errorf("%s: %d okrugs, %d votes; want 26, 596,019", file, len(res.Okrugs), total)
		}
		if slices.ContainsFunc(res.Findings.Findings, func(f validate.Finding) bool {
			return f.Code == validate.SummedPeople || f.Code == validate.OneChoiceEverywhere
		}) {
			t.Errorf("%s: findings %v", file, res.Findings.Findings)
		}
	}
}

// The mapping the old draft proposed for the cut, by party with
// "choice_rows": "sum" (ballot and okrug set by hand), elected "MDC
// -Alliance" in Harare South with 29,182, two candidates' votes, with no
// finding: the header "Name" was no person's to the count. It names one
// (the draft's rule too): I613, and the count is provisional.
func TestZW2018SummedPeople(t *testing.T) {
	res := ukCount(t, "zw-na2018-cut.csv", ukMapping(t, "zw-na2018-cut.party-sum.map.json"))
	k := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.SummedPeople })
	if k < 0 {
		t.Fatalf("no finding %s", validate.SummedPeople)
	}
	if !res.Provisional || !slices.ContainsFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedSummedPeople }) {
		t.Errorf("provisional %v, reasons %+v: want %s", res.Provisional, res.ProvisionalReasons, shailoo.UnevaluatedSummedPeople)
	}
}

// The old draft of the one constituency, wide: the candidate's name the
// precinct, "Votes" the one choice, elected in Harare South with 63,415
// (every candidate's votes) and no finding, as X231 looked at two okrugs
// or more. One okrug whose one candidate is named like a figure says so.
func TestZW2018OneChoiceNamedVotes(t *testing.T) {
	const wide = `{"precinct": "Name", "region": "Province", "okrug": "Constituency", "ballot": "okrug", "votes": {"votes": "Votes"}}`
	m, err := ingest.ReadMapping(strings.NewReader(wide), "wide.json")
	if err != nil {
		t.Fatal(err)
	}
	res := ukCount(t, "zw-na2018-harare-south.csv", m)
	k := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.OneChoiceEverywhere })
	if k < 0 {
		t.Fatalf("no finding %s", validate.OneChoiceEverywhere)
	}
	if f := res.Findings.Findings[k]; f.Place.Candidate != "votes" || f.Place.Okrug != "Harare South" || f.Severity != validate.Warning {
		t.Errorf("finding %+v: want a warning naming votes in Harare South", f)
	}
}

// Every row refused (a votes column of letters, counted with SkipBadRows):
// no okrug is learnt, and X231 says nothing of "each of the 0 okrugs".
func TestZW2018NoOkrugNoX231(t *testing.T) {
	b, err := os.ReadFile("testdata/ingest/real/zw-na2018-harare-south.csv")
	if err != nil {
		t.Fatal(err)
	}
	const m = `{"precinct": "Constituency", "okrug": "Constituency", "ballot": "okrug", "layout": "long", "choice_column": "Name", "votes_column": "Gender",
 "choice_values": {"a": "Mnangagwa Tongai Mafidi"}}`
	mp, err := ingest.ReadMapping(strings.NewReader(m), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(mp, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: "hs.csv", R: strings.NewReader(string(b)), Mapping: mp}}, shailoo.Options{Notes: notes, SkipBadRows: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Okrugs) != 0 {
		t.Fatalf("%d okrugs, want none (every row refused)", len(res.Okrugs))
	}
	for _, f := range res.Findings.Findings {
		if f.Code == validate.OneChoiceEverywhere {
			t.Errorf("finding %+v with no okrug", f)
		}
	}
}
