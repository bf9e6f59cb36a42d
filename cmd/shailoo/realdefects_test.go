package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// ndsRules is a Lower Saxony council of 30 list seats (a rule set for
// the tests, not the statute): three votes a ballot, Hare-Niemeyer.
const ndsRules = `{
  "format": 1, "id": "nds-test", "version": "0",
  "name": "30 list seats by Hare-Niemeyer, no threshold (a rule set for testing)",
  "seats": {"list": 30},
  "threshold": {"percent": "0", "base": "votes", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "hare", "tie": "lots", "women_quota": "0"},
  "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"],
    "ballots": {"list": {"against_all": false, "votes_per_ballot": 3}}}
}
`

// votemanager's file of an election before any result leaves every
// figure empty: no list's votes are given, so no list's threshold is
// evaluated, and the seats are not filled for that reason, not because
// no list passed it.
func TestCountUnfilledThresholdNotEvaluated(t *testing.T) {
	file := repo + "testdata/ingest/real/de-badsalzdetfurth-2026-kreistagswahl-wahlbezirk-empty.csv"
	m := writeTemp(t, "m.json", `{"delimiter": ";", "precinct": "gebiet-nr", "ballot": "list",
 "lines": {"voters": "A", "found_stationary": "B", "invalid": "C1", "valid": "C2"}, "votes": {"d": "D"}}`)
	rules := writeTemp(t, "rules.json", ndsRules)
	out, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s\n%s", code, exitFindings, out, errs)
	}
	if strings.Contains(out, "no list passed") {
		t.Errorf("a threshold not evaluated is said failed\n%s", out)
	}
	const want = "30 list seat(s) not filled: the threshold could not be evaluated (no counted protocol gives the list's votes (findings X229)"
	if !strings.Contains(out, want) {
		t.Errorf("the count does not say why the threshold was not evaluated\n%s", out)
	}
	out, _, _ = cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m, "--format", "json")
	var res struct {
		Seats struct {
			ListUnfilled    int    `json:"list_unfilled"`
			ListUnfilledWhy string `json:"list_unfilled_why"`
		} `json:"seats"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Seats.ListUnfilled != 30 || res.Seats.ListUnfilledWhy != "threshold_not_evaluated" {
		t.Errorf("seats %+v, want 30 not filled, threshold_not_evaluated", res.Seats)
	}
}

// frMapping maps Lyon's file of 2012, whose candidate cells are shares
// in % ("9.52"), not votes: read as votes, every row is unreadable.
const frMapping = `{"precinct": "id", %s "lines": {"voters": "inscrits"},
 "votes": {"joly": "joly", "lepen": "lepen", "sarkozy": "sarkozy", "melenchon": "melenchon", "poutou": "poutou", "arthaud": "arthaud", "cheminade": "cheminade", "bayrou": "bayrou", "dupont-aignan": "dupont.aignan", "hollande": "hollande"}}`

const frFile = repo + "testdata/ingest/real/fr-lyon-pres2012-bureaux-pct.csv"

// An unreadable row's finding names the file, row and column once: the
// reason after them is the field's and the cell's alone.
func TestCountUnreadableRowSaysFileOnce(t *testing.T) {
	m := writeTemp(t, "fr.json", strings.Replace(frMapping, "%s", `"ballot": "okrug", "okrug_id": "Lyon",`, 1))
	out, errs, _ := cli(t, "count", "--rules", repo+"examples/fptp/rules.json", "--protocols", frFile, "--mapping", m, "--skip-bad-rows")
	const want = `row 2, column 7 could not be read: votes.joly: not a whole number: "9.52".`
	if !strings.Contains(out, want) {
		t.Errorf("the finding does not say %q\n%s\n%s", want, out, errs)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "I601") && strings.Count(line, "fr-lyon-pres2012-bureaux-pct.csv") > 2 {
			t.Errorf("the file is named more than in the place and the sentence: %s", line)
		}
	}
}

// afMapping maps a long file of Afghanistan's 2009 results: a row per
// polling centre and candidate code, each code a choice "p"+code, and
// those of na (codes the other file does not give, or its "NA") summed
// into the choice "na".
func afMapping(t *testing.T, name string, codes, na []string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"layout": "long", "precinct": "pc_code", "ballot": "list", "choice_column": "candidate_code", "votes_column": "votes", "choice_values": {`)
	for i, c := range codes {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`"` + c + `": "p` + c + `"`)
	}
	for _, c := range na {
		b.WriteString(`, "` + c + `": "na"`)
	}
	b.WriteString("}}\n")
	return writeTemp(t, name, b.String())
}

// afCodes are the candidate codes both of Afghanistan's files of 2009
// give.
var afCodes = strings.Fields("860263 977770 983418 997138 1004871 1095147 2287256 3010205 3788581 3907996 5109208 6155279 6178408 6189294 6189430 6350379 6358651 6359075 6359413 6359797 6370916 6371180 7263746 7770491 7849401 8894180 11348474 12223481")

const afRules = `{
  "format": 1, "id": "af-president-test", "version": "1",
  "name": "one national seat to the candidate with more than 50% of the votes (a rule set for testing)",
  "seats": {"list": 1},
  "threshold": {"percent": "50", "base": "votes", "comparison": "more_than"},
  "list": {"lists": "closed", "method": "hare", "tie": "lots"},
  "protocol": {"ballots": {"list": {"against_all": false}}}
}
`

// Reconciling the final results of 2009 with the preliminary ones, one
// figure changed (0101004, candidate 983418, 365 to 366): each source's
// figure is named at its own row of the long file (lines 91 and 100), not
// at the protocol's first row (a candidate of 0 votes, lines 89 and 98),
// in JSON and in text; and an election of list seats alone says nothing
// of okrugs.
func TestReconcileLongFileNamesTheFigureRow(t *testing.T) {
	prelim, err := os.ReadFile(repo + "testdata/ingest/real/af2009-prelim-pc.csv")
	if err != nil {
		t.Fatal(err)
	}
	const was, is = "\"0101004\",983418,365\n", "\"0101004\",983418,366\n"
	if bytes.Count(prelim, []byte(was)) != 1 {
		t.Fatalf("the preliminary file has not one row %q", was)
	}
	plus1 := writeTemp(t, "af2009-prelim-plus1.csv", string(bytes.Replace(prelim, []byte(was), []byte(is), 1)))
	final := repo + "testdata/ingest/real/af2009-final-pc.csv"
	mf := afMapping(t, "final.json", afCodes, []string{"NA"})
	mp := afMapping(t, "prelim.json", afCodes, []string{"3010270", "4657143", "6350715", "7822442"})
	rules := writeTemp(t, "rules.json", afRules)
	args := []string{"reconcile", "--rules", rules, "--source", "final=" + final + ":" + mf, "--source", "prelim=" + plus1 + ":" + mp}
	out, errs, _ := cli(t, append(args, "--format", "json")...)
	var rep struct {
		Differences []struct {
			Field  string `json:"field"`
			Values []struct {
				Source string `json:"source"`
				Line   int    `json:"line"`
			} `json:"values"`
		} `json:"differences"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s\n%s", err, out, errs)
	}
	if len(rep.Differences) != 1 || rep.Differences[0].Field != "votes.p983418" || len(rep.Differences[0].Values) != 2 {
		t.Fatalf("differences %+v, want votes.p983418 of 0101004 alone", rep.Differences)
	}
	for i, want := range []int{91, 100} {
		if v := rep.Differences[0].Values[i]; v.Line != want {
			t.Errorf("%s: line %d, want %d, the row of the figure", v.Source, v.Line, want)
		}
	}
	out, _, _ = cli(t, args...)
	for _, want := range []string{"final 365, prelim 366 (+1) (final " + final + ":91, prelim " + plus1 + ":100)", "no list seat moves"} {
		if !strings.Contains(out, want) {
			t.Errorf("the text does not say %q\n%s", want, out)
		}
	}
	if strings.Contains(out, "okrug") {
		t.Errorf("an election without okrugs is said to have okrug outcomes\n%s", out)
	}
}

// Lyon's file of shares, read as the votes of one district the mapping
// names (okrug_id), with --skip-bad-rows: every row is skipped. The
// district stays in the result, not decided, and the result is
// provisional on the rows skipped, in text and JSON.
func TestCountEveryRowSkippedKeepsTheMappingsOkrug(t *testing.T) {
	m := writeTemp(t, "fr.json", strings.Replace(frMapping, "%s", `"ballot": "okrug", "okrug_id": "Lyon",`, 1))
	args := []string{"count", "--rules", repo + "examples/fptp/rules.json", "--protocols", frFile, "--mapping", m, "--skip-bad-rows"}
	out, errs, code := cli(t, append(args, "--format", "json")...)
	if code != exitFindings {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	var res struct {
		Provisional bool `json:"provisional"`
		Reasons     []struct {
			Kind    string   `json:"kind"`
			Affects []string `json:"affects"`
		} `json:"provisional_reasons"`
		Okrugs []struct {
			Okrug   string `json:"okrug"`
			Outcome string `json:"outcome"`
		} `json:"okrugs"`
		Seats struct {
			OkrugOf int `json:"okrug_of"`
		} `json:"seats"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Okrugs) != 1 || res.Okrugs[0].Okrug != "Lyon" || res.Okrugs[0].Outcome != "not_evaluated" || res.Seats.OkrugOf != 1 {
		t.Errorf("okrugs %+v, seats of %d: want Lyon, not evaluated, of 1 seat", res.Okrugs, res.Seats.OkrugOf)
	}
	kinds := map[string][]string{}
	for _, r := range res.Reasons {
		kinds[r.Kind] = r.Affects
	}
	if !res.Provisional || len(kinds["unreadable_rows"]) != 1 || kinds["unreadable_rows"][0] != "okrug/Lyon" {
		t.Errorf("provisional %v, reasons %+v: want unreadable_rows affecting okrug/Lyon", res.Provisional, res.Reasons)
	}
	out, _, _ = cli(t, args...)
	for _, want := range []string{"0 / 1 seats filled", "Lyon   not evaluated: no protocols", "Input rows that could not be read and were skipped: 20 (finding I601)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the count does not say %q\n%s", want, out)
		}
	}
}

// The same file as a list ballot: no precinct is known, and the count
// does not say "0 precincts without a list protocol", which reads as
// none missing.
func TestCountEveryRowSkippedListBallot(t *testing.T) {
	m := writeTemp(t, "fr.json", strings.Replace(frMapping, "%s", `"ballot": "list",`, 1))
	rules := writeTemp(t, "rules.json", ndsRules)
	out, _, code := cli(t, "count", "--rules", rules, "--protocols", frFile, "--mapping", m, "--skip-bad-rows")
	if code != exitFindings {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if strings.Contains(out, "protocol: 0 (finding X215)") {
		t.Errorf("the count says no precinct lacks a list protocol\n%s", out)
	}
	for _, want := range []string{"No manual-count list protocol was counted, and no precinct is known", "Input rows that could not be read and were skipped: 20 (finding I601)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the count does not say %q\n%s", want, out)
		}
	}
}

// Afghanistan's preliminary file of 2009 counted as drafted, a row per
// protocol of its polling centre: each centre's 32 rows are duplicates
// (X207), and each row of 0 votes a protocol of zeros (P109), named at
// its own row (row 3: centre 0101001, candidate 977770, 0 votes), by the
// count that streams the rows and by the one that reads them whole
// (--skip-bad-rows).
func TestCountZerosAmongDuplicatesNameTheirRows(t *testing.T) {
	file := repo + "testdata/ingest/real/af2009-prelim-pc.csv"
	m := writeTemp(t, "m.json", `{"precinct": "pc_code", "ballot": "list", "votes": {"votes": "votes"}}`)
	rules := writeTemp(t, "rules.json", afRules)
	for _, extra := range [][]string{nil, {"--skip-bad-rows"}} {
		args := append([]string{"count", "--rules", rules, "--protocols", file, "--mapping", m, "--format", "json"}, extra...)
		out, errs, _ := cli(t, args...)
		var res struct {
			Findings struct {
				Findings []struct {
					Code  string `json:"code"`
					Place struct {
						Precinct string `json:"precinct"`
						File     string `json:"file"`
						Row      int    `json:"row"`
					} `json:"place"`
				} `json:"findings"`
			} `json:"findings"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v\n%s", err, errs)
		}
		zeros, row3 := 0, false
		for _, f := range res.Findings.Findings {
			if f.Code != "P109" {
				continue
			}
			zeros++
			if f.Place.Row == 0 || f.Place.File != file {
				t.Errorf("%v: P109 of %s names no row", extra, f.Place.Precinct)
			}
			row3 = row3 || f.Place.Row == 3 && f.Place.Precinct == "0101001"
		}
		if zeros == 0 || !row3 {
			t.Errorf("%v: %d P109, row 3 named: %v", extra, zeros, row3)
		}
	}
}

// A finding about a long file's figure names the row that gives it: the
// final file of 2009 with one vote made negative (0101004, candidate
// 983418, line 91), P106 at line 91, not at the protocol's first row
// (89), by the count that streams the rows and the one that reads them
// whole.
func TestCountLongFileFindingAtTheFigureRow(t *testing.T) {
	final, err := os.ReadFile(repo + "testdata/ingest/real/af2009-final-pc.csv")
	if err != nil {
		t.Fatal(err)
	}
	const was, is = "\"0101004\",983418,365\n", "\"0101004\",983418,-365\n"
	if bytes.Count(final, []byte(was)) != 1 {
		t.Fatalf("the final file has not one row %q", was)
	}
	file := writeTemp(t, "af2009-final-negative.csv", string(bytes.Replace(final, []byte(was), []byte(is), 1)))
	m := afMapping(t, "final.json", afCodes, []string{"NA"})
	rules := writeTemp(t, "rules.json", afRules)
	for _, extra := range [][]string{nil, {"--skip-bad-rows"}} {
		out, _, _ := cli(t, append([]string{"count", "--rules", rules, "--protocols", file, "--mapping", m}, extra...)...)
		if want := ", row 91, precinct 0101004, list ballot, manual count, choice 983418"; !strings.Contains(out, want) {
			t.Errorf("%v: the count does not say %q\n%s", extra, want, out)
		}
	}
}
