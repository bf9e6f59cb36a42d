package shailoo_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// ukCount counts file (of testdata/ingest/real) under the fptp rule set
// with m.
func ukCount(t *testing.T, file string, m ingest.Mapping) *shailoo.Result {
	t.Helper()
	b, err := os.ReadFile("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: file, R: strings.NewReader(string(b)), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// ukDraft drafts file (of testdata/ingest/real) and confirms it: the
// guesses deleted, as the draft says.
func ukDraft(t *testing.T, file string) ingest.Mapping {
	t.Helper()
	b, err := os.ReadFile("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.DraftMapping(strings.NewReader(string(b)), file)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	m.Guesses = nil
	return m
}

// The House of Commons Library's GE2024 results by constituency give
// "All other candidates", several people's votes in one column. Drafted
// and confirmed, it was a candidate: it was elected in 4 seats that Labour
// or an Independent won (Bradford West, 14,898). The draft writes it under
// aggregates: those 4 seats are not decided (provisional), the others
// elect as the publisher says.
func TestUK2024DraftAggregates(t *testing.T) {
	m := ukDraft(t, "uk-ge2024-const-aggregate-leads.csv")
	if len(m.Aggregates) != 1 || m.Votes[m.Aggregates[0]].Header != "All other candidates" {
		t.Fatalf("aggregates %v: want the column \"All other candidates\"", m.Aggregates)
	}
	res := ukCount(t, "uk-ge2024-const-aggregate-leads.csv", m)
	want := map[string]string{"Aberafan Maesteg": "Lab", "Bethnal Green and Stepney": "Lab",
		"Birmingham Hall Green and Moseley": "", "Birmingham Perry Barr": "", "Blackburn": "", "Bradford West": ""}
	for _, o := range res.Okrugs {
		w, ok := want[o.Okrug]
		if !ok || o.WinnerName != w || w == "" && o.Outcome != seats.OutcomeAggregateLeads {
			t.Errorf("%s: %s %q, want %q", o.Okrug, o.Outcome, o.WinnerName, w)
		}
	}
	if len(res.Okrugs) != len(want) || !res.Provisional {
		t.Errorf("%d okrugs (want %d), provisional %v", len(res.Okrugs), len(want), res.Provisional)
	}
}

// In Bethnal Green and Stepney "All other candidates" (15,699, an
// Independent's 14,207 among them) is behind Labour (15,896): it was the
// runner-up, and the margin, 197, was measured to it (the publisher's
// majority: 1,689). The runner-up is the best candidate, the Greens
// (6,391), and the margin a range, 197 to 9,505.
func TestUK2024AggregateBehind(t *testing.T) {
	m := ukDraft(t, "uk-ge2024-const-aggregate-leads.csv")
	res := ukCount(t, "uk-ge2024-const-aggregate-leads.csv", m)
	for _, o := range res.Okrugs {
		switch o.Okrug {
		case "Bethnal Green and Stepney":
			if o.Winner != "lab" || o.RunnerUp != "green" || o.RunnerUpVotes != 6391 || o.Margin != 197 || o.MarginAtMost != 9505 {
				t.Errorf("%s: winner %q, runner-up %q %d, margin %d to %d; want lab, green 6391, 197 to 9505", o.Okrug, o.Winner, o.RunnerUp, o.RunnerUpVotes, o.Margin, o.MarginAtMost)
			}
		case "Aberafan Maesteg":
			if o.Winner != "lab" || o.RunnerUp != "ruk" || o.Margin != 10354 || o.MarginAtMost != 0 {
				t.Errorf("%s: winner %q, runner-up %q, margin %d to %d; want lab, ruk, 10354 exactly (the publisher's majority)", o.Okrug, o.Winner, o.RunnerUp, o.Margin, o.MarginAtMost)
			}
		}
	}
}

// ukMapping reads a mapping of testdata/ingest/real.
func ukMapping(t *testing.T, file string) ingest.Mapping {
	t.Helper()
	f, err := os.Open("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ingest.ReadMapping(f, file)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The House of Commons Library's 2024 file by candidate, its choice the
// party's abbreviation: Birmingham Hall Green and Moseley has three
// Independents under "Ind". Without choice_rows the count stops, and its
// message proposes joining the choice with the surname (not "Party
// name", "Independent" for all three) and says a sum would add different
// people's votes. With "choice_rows": "sum", as the message once
// proposed, "Ind" (14,034, three people) was elected over Labour's
// 12,798 with no finding: the count now says so (I613) and is
// provisional. Joined with the surname, Labour's Ali is elected, by the
// publisher's majorities (5,656; Perry Barr 507; Blackburn 132).
func TestUK2024SummedPeople(t *testing.T) {
	const file = "uk-ge2024-cand-three-independents.csv"
	m := ukMapping(t, "uk-ge2024-cand-three-independents.party-sum.map.json")
	plain := m
	plain.ChoiceRows = ""
	b, err := os.ReadFile("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(plain, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: file, R: strings.NewReader(string(b)), Mapping: plain}}, shailoo.Options{Notes: notes})
	var pe *ingest.ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ingest.ErrDuplicateRow) {
		t.Fatalf("err %v: want a second row for the same protocol and choice", err)
	}
	if msg := err.Error(); !strings.Contains(msg, `"columns": ["Party abbreviation", "Candidate surname"], "join": true`) || !strings.Contains(msg, "different people's votes") {
		t.Errorf("the message proposes no join with the surname, or does not say a sum adds different people's votes:\n%s", msg)
	}

	res := ukCount(t, file, m)
	if !res.Provisional || !slices.ContainsFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedSummedPeople }) {
		t.Errorf("provisional %v, reasons %+v: want %s", res.Provisional, res.ProvisionalReasons, shailoo.UnevaluatedSummedPeople)
	}
	k := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.SummedPeople })
	if k < 0 {
		t.Fatalf("no finding %s", validate.SummedPeople)
	}
	if f := res.Findings.Findings[k]; f.Place.Precinct != "E14001094" || f.Place.Row != 7 {
		t.Errorf("finding %+v: want Hall Green's (E14001094) rows 2 and 7", f)
	}

	res = ukCount(t, file, ukMapping(t, "uk-ge2024-cand-three-independents.map.json"))
	want := map[string][2]any{"Birmingham Hall Green and Moseley": {"lab-ali", int64(5656)}, "Birmingham Perry Barr": {"ind-khan", int64(507)}, "Blackburn": {"ind-hussain", int64(132)}}
	for _, o := range res.Okrugs {
		if w, ok := want[o.Okrug]; ok && (o.Winner != w[0] || o.Margin != w[1]) {
			t.Errorf("%s: %q by %d, want %v", o.Okrug, o.Winner, o.Margin, w)
		}
	}
	if res.Provisional {
		t.Errorf("joined with the surname: provisional %+v", res.ProvisionalReasons)
	}
}

// A row "Total" under the constituencies (an EDITED cut: 6 real rows of
// the House of Commons Library's 2024 file and their sums) is a total of
// other rows (I603): it was learnt as an okrug too, "not decided: no
// protocols", one seat of 7. A total row defines no okrug: 6 okrugs, 6
// seats.
func TestUK2024TotalRowNoOkrug(t *testing.T) {
	const file = "EDITED-uk-ge2024-const-total-row.csv"
	m := ukDraft(t, "uk-ge2024-const-aggregate-leads.csv")
	res := ukCount(t, file, m)
	if !slices.ContainsFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.TotalRow }) {
		t.Errorf("no finding %s: the row Total is no total found", validate.TotalRow)
	}
	for _, o := range res.Okrugs {
		if o.Okrug == "Total" {
			t.Errorf("okrug Total: %s", o.Outcome)
		}
	}
	if len(res.Okrugs) != 6 || res.Seats.Of != 6 {
		t.Errorf("%d okrugs, %d seats: want 6, 6", len(res.Okrugs), res.Seats.Of)
	}
}

// The House of Commons Library's 2024 file by candidate was drafted wide,
// "DC Person ID" (a candidate's ID) its precinct and "Votes" its one
// choice: every constituency "elected Votes". It is drafted long: the
// precinct "ONS ID", the choice the surname and the party joined (two
// Griffiths stand in Aberafan Maesteg, LD and RUK; three Independents in
// Birmingham Hall Green and Moseley). Confirmed, the publisher's winners
// and majorities: Kinnock by 10,354; Ali by 5,656, Perry Barr's Khan by
// 507, Blackburn's Hussain by 132.
func TestUK2024DraftCandidatesLong(t *testing.T) {
	for file, want := range map[string]map[string][2]any{
		"uk-ge2024-cand-first2.csv": {"Aberafan Maesteg": {"Kinnock", int64(10354)}},
		"uk-ge2024-cand-three-independents.csv": {"Birmingham Hall Green and Moseley": {"Ali", int64(5656)},
			"Birmingham Perry Barr": {"Khan", int64(507)}, "Blackburn": {"Hussain", int64(132)}},
	} {
		m := ukDraft(t, file)
		if m.Shape != "long" || m.Precinct.Header != "ONS ID" || m.ChoiceColumn == nil || !m.ChoiceColumn.Join ||
			len(m.ChoiceColumn.Columns) != 2 || m.ChoiceColumn.Columns[0].Header != "Candidate surname" || m.ChoiceColumn.Columns[1].Header != "Party abbreviation" || m.ChoiceRows != "" {
			t.Errorf("%s: layout %q, precinct %+v, choice %+v, choice_rows %q: want long, ONS ID, surname and party joined, no sum", file, m.Shape, m.Precinct, m.ChoiceColumn, m.ChoiceRows)
			continue
		}
		res := ukCount(t, file, m)
		for _, o := range res.Okrugs {
			if w, ok := want[o.Okrug]; ok && (!strings.HasPrefix(o.WinnerName, w[0].(string)+" / ") || o.Margin != w[1]) {
				t.Errorf("%s: %s elects %q by %d, want %v", file, o.Okrug, o.WinnerName, o.Margin, w)
			}
		}
	}
}

// The wide draft of the file by candidate, "DC Person ID" the precinct and
// "Votes" the one choice, elected "Votes" in every constituency with no
// finding: every okrug with one candidate, the same, is warning X231.
func TestUK2024OneChoiceEverywhere(t *testing.T) {
	const wide = `{"precinct": "DC Person ID", "region": "ONS region ID", "okrug": "Constituency name", "ballot": "okrug", "votes": {"votes": "Votes"}}`
	m, err := ingest.ReadMapping(strings.NewReader(wide), "wide.json")
	if err != nil {
		t.Fatal(err)
	}
	res := ukCount(t, "uk-ge2024-cand-first2.csv", m)
	k := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.OneChoiceEverywhere })
	if k < 0 {
		t.Fatalf("no finding %s", validate.OneChoiceEverywhere)
	}
	if f := res.Findings.Findings[k]; f.Place.Candidate != "votes" || f.Severity != validate.Warning {
		t.Errorf("finding %+v: want a warning naming votes", f)
	}
	// The long draft: no such finding.
	res = ukCount(t, "uk-ge2024-cand-first2.csv", ukDraft(t, "uk-ge2024-cand-first2.csv"))
	if slices.ContainsFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.OneChoiceEverywhere }) {
		t.Errorf("finding %s on the long draft", validate.OneChoiceEverywhere)
	}
}
