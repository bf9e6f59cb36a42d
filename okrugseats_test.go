package shailoo_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// countTrafford counts Trafford's local elections of 2022 (a ward of two
// seats, Gorse Hill, among wards of one) under rules.
func countTrafford(t *testing.T, rules shailoo.Rules) (*shailoo.Result, error) {
	t.Helper()
	mb, err := os.ReadFile("testdata/ingest/real/uk-trafford-local2022.map.json")
	if err != nil {
		t.Fatal(err)
	}
	m := readMapping(t, string(mb))
	def, notes, err := ingest.Define(m, "uk.map.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/ingest/real/uk-trafford-local2022.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "uk.csv", R: f, Mapping: m}}, shailoo.Options{Notes: notes})
}

func readRulesText(t *testing.T, s string) shailoo.Rules {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(s), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// trafford is examples/fptp with Gorse Hill's two seats, the block vote of
// the English wards (a voter marks up to as many candidates as seats).
const traffordRules = `{"format": 1, "id": "uk-wards", "version": "1.0.0", "name": "wards of one or two seats",
 "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "seats_by_okrug": {"Gorse Hill": 2}},
 "protocol": {"ballots": {"okrug": {"against_all": false, "votes_per_ballot": 2}}}}`

// Under examples/fptp every ward elects one: Gorse Hill elects ACTON
// alone, and its 5,210 votes against its 2,768 ballots found say that
// the ward elects more than one (P111). With okrug.seats_by_okrug its two
// councillors are ACTON and HORNBY (the file's ELECTED), 13 seats in all,
// and its votes are within the two votes of each ballot.
func TestOkrugSeatsByOkrugTrafford(t *testing.T) {
	res, err := countTrafford(t, fptpRules(t))
	if err != nil {
		t.Fatal(err)
	}
	gorse := func(res *shailoo.Result) shailoo.Okrug {
		i := slices.IndexFunc(res.Okrugs, func(o shailoo.Okrug) bool { return o.Okrug == "Gorse Hill" })
		if i < 0 {
			t.Fatal("no okrug Gorse Hill")
		}
		return res.Okrugs[i]
	}
	if o := gorse(res); o.Winner != "acton" || res.Seats.OkrugOf != 12 {
		t.Errorf("fptp: Gorse Hill won by %q, %d seats; want acton, 12", o.Winner, res.Seats.OkrugOf)
	}
	var p111 []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == validate.VotesOverFound {
			p111 = append(p111, f)
		}
	}
	if len(p111) != 1 || p111[0].Place.Precinct != "E05000829" || p111[0].Got != "5210" || p111[0].Want != "<= 2768" || p111[0].Gap != 2442 {
		t.Errorf("fptp: P111 findings %+v, want one at E05000829 (Gorse Hill), 5210 > 2768", p111)
	}
	if msg := p111[0].Sentence("en"); !strings.Contains(msg, "okrug.seats_by_okrug") {
		t.Errorf("P111 sentence %q does not name okrug.seats_by_okrug", msg)
	}

	res, err = countTrafford(t, readRulesText(t, traffordRules))
	if err != nil {
		t.Fatal(err)
	}
	o := gorse(res)
	var seated []string
	for _, d := range o.Deputies {
		seated = append(seated, d.Name)
	}
	if !slices.Equal(seated, []string{"ACTON", "HORNBY"}) || o.Seats != 2 || o.Unfilled != 0 {
		t.Errorf("Gorse Hill of two seats: seated %q (seats %d, unfilled %d), want ACTON and HORNBY", seated, o.Seats, o.Unfilled)
	}
	if res.Seats.OkrugOf != 13 || res.Seats.Okrug != 13 {
		t.Errorf("seats %d of %d, want 13 of 13", res.Seats.Okrug, res.Seats.OkrugOf)
	}
	for _, f := range res.Findings.Findings {
		if f.Code == validate.VotesOverFound {
			t.Errorf("with Gorse Hill's two votes a ballot: %+v", f)
		}
	}
}

// okrug.seats_by_okrug is checked: an okrug the count does not have (the
// ID learnt from the rows is the ward's name), seats out of range, seats
// not summing to seats.okrug, a one-seat against-all rule, and a ballot
// of more votes than the largest district's seats.
func TestOkrugSeatsByOkrugErrors(t *testing.T) {
	rules := func(seats, okrug, protocol string) string {
		return `{"format": 1, "id": "w", "version": "1", "name": "w", "seats": {"list": 0, ` + seats + `},
 "okrug": {"tie": "lots", ` + okrug + `}, "protocol": {"ballots": {"okrug": {"against_all": false` + protocol + `}}}}`
	}
	for _, tc := range []struct {
		name, rules, field, says string
		counted                  bool // refused by the count, not by ReadRules
	}{
		{"unknown okrug", rules(`"okrug_each": true`, `"against_all": "ignored", "seats_by_okrug": {"gorse-hill": 2}`, ""),
			"okrug.seats_by_okrug", `okrug "gorse-hill" is not an okrug of the count`, true},
		{"sum not seats.okrug", rules(`"okrug": 12`, `"against_all": "ignored", "seats_by_okrug": {"Gorse Hill": 2}`, ""),
			"", "the files name 12 okrugs (13 seats)", true},
		{"more than seats.okrug", rules(`"okrug": 1`, `"against_all": "ignored", "seats_by_okrug": {"Gorse Hill": 2}`, ""),
			"okrug.seats_by_okrug", "more than the 1 district seats", false},
		{"zero seats", rules(`"okrug_each": true`, `"against_all": "ignored", "seats_by_okrug": {"Gorse Hill": 0}`, ""),
			"okrug.seats_by_okrug.Gorse Hill", "0 seats", false},
		{"no district seats", rules(`"list": 0`, `"against_all": "ignored", "seats_by_okrug": {"Gorse Hill": 2}`, ""),
			"okrug.seats_by_okrug", "no district seats", false},
		{"repeat_if_ahead", rules(`"okrug_each": true`, `"against_all": "repeat_if_ahead", "against_all_tie": "repeat", "seats_by_okrug": {"Gorse Hill": 2}`, ""),
			"okrug", "ambiguous in a district of 2 seats", false},
		{"votes per ballot", rules(`"okrug_each": true`, `"against_all": "ignored", "seats_by_okrug": {"Gorse Hill": 2}`, `, "votes_per_ballot": 3`),
			"protocol.ballots.okrug.votes_per_ballot", "more than the 2 seat(s) of district Gorse Hill", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.rules = strings.Replace(tc.rules, `"list": 0, "list": 0`, `"list": 0`, 1)
			r, err := shailoo.ReadRules(strings.NewReader(tc.rules), "rules.json")
			if !tc.counted {
				var re *shailoo.RulesError
				if !errors.As(err, &re) || re.Field != tc.field || !strings.Contains(err.Error(), tc.says) {
					t.Fatalf("ReadRules: %v, want a RulesError at %s saying %q", err, tc.field, tc.says)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			_, err = countTrafford(t, r)
			if tc.field == "" { // okrugs learnt from the rows: CheckLearntOkrugs
				if !errors.Is(err, shailoo.ErrOkrugSeats) || !strings.Contains(err.Error(), tc.says) {
					t.Fatalf("count: %v, want ErrOkrugSeats saying %q", err, tc.says)
				}
				return
			}
			var re *shailoo.RulesError
			if !errors.As(err, &re) || re.Field != tc.field || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("count: %v, want a RulesError at %s saying %q", err, tc.field, tc.says)
			}
		})
	}
}

// Under a definition the districts' seats sum to seats.okrug: the 36
// okrugs of 2021 with okrug 1 of two seats are 37 district seats, and 36
// is refused naming the field. The count of 37 seats okrug 1's two.
func TestOkrugSeatsByOkrugDefined(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	r := shailoo.KG2021()
	first := d.Election.Okrugs[0].ID
	r.Okrug.AgainstAll = seats.RepeatIfAheadOfLastSeat
	r.Okrug.SeatsByOkrug = map[string]int{first: 2}
	if _, err := shailoo.Count(d.Election, r); err == nil {
		t.Fatal("37 district seats under seats.okrug 36: no error")
	} else if re := (*shailoo.RulesError)(nil); !errors.As(err, &re) || re.Field != "okrug.seats_by_okrug" || !strings.Contains(err.Error(), "sum to 37, not to the 36") {
		t.Fatalf("err %v, want a RulesError at okrug.seats_by_okrug", err)
	}
	r.Seats.Okrug = 37
	res, err := shailoo.Count(d.Election, r)
	if err != nil {
		t.Fatal(err)
	}
	if o := res.Okrugs[0]; o.Okrug != first || o.Seats != 2 || len(o.Deputies)+o.Unfilled != 2 {
		t.Errorf("okrug %s: %d seats, %d deputies, %d unfilled; want 2 seats", o.Okrug, o.Seats, len(o.Deputies), o.Unfilled)
	}
	if res.Seats.OkrugOf != 37 {
		t.Errorf("okrug seats of %d, want 37", res.Seats.OkrugOf)
	}
}
