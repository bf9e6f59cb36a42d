package shailoo_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

const uaRules = `{"format":1,"id":"ua-test","version":"0.1","name":"450 list seats, 5% of the valid ballots","seats":{"list":450},
 "threshold":{"percent":"5","base":"valid","comparison":"at_least"},"list":{"lists":"closed","method":"hare"},
 "protocol":{"ballots":{"list":{"against_all":false}}}}`

// uaRadaMapping maps the real cut ua-rada2019-vd-d11-12.csv (Ukraine's
// Rada 2019, list ballot): parliament_voters, the sum of the 12 party
// columns on every row, as the valid ballots, and the parties named, Voice
// left out unless all is set.
func uaRadaMapping(all bool) string {
	parties := []string{"Oppobloc", "Strength and Honor", "Fatherland", "OP for Life", "European Solidarity", "Ukrainian Strategy",
		"Servant of the People", "Radical Party", "Party of Shariy", "Freedom", "Other parties"}
	if all {
		parties = append(parties, "Voice")
	}
	var vs []string
	for _, p := range parties {
		vs = append(vs, fmt.Sprintf("%q: %q", p, p))
	}
	return `{"precinct": "polling_station_number", "ballot": "list", "lines": {"valid": "parliament_voters"}, "votes": {` + strings.Join(vs, ", ") + `}}`
}

// A count whose protocols break a control relation (Voice's column left
// out of the mapping: on 220 of the 227 stations of the real cut, where
// Voice has a vote, the parties' votes sum short of the valid ballots,
// P103) fills every seat from the figures as given; every output says so
// beside the seats, and not as "provisional" (nothing is missing). The
// count with Voice mapped says nothing of the kind.
func TestRelationErrorsBesideTheSeats(t *testing.T) {
	const file = "ua-rada2019-vd-d11-12.csv"
	res := countReal(t, file, uaRadaMapping(false), uaRules)
	want := shailoo.RelationErrors{Protocols: 220, Codes: []shailoo.CodeCount{{Code: validate.ValidBalance, Findings: 220}}}
	if x := res.RelationErrors; x == nil || fmt.Sprint(*x) != fmt.Sprint(want) {
		t.Fatalf("RelationErrors %+v, want %+v", x, want)
	}
	if res.Provisional || res.Seats.Total != 450 {
		t.Errorf("provisional %v, seats %d: want a count of 450 seats, not provisional", res.Provisional, res.Seats.Total)
	}
	var raw, js bytes.Buffer
	if err := report.JSON(&raw, res); err != nil {
		t.Fatal(err)
	}
	if err := json.Compact(&js, raw.Bytes()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"relation_errors":{"protocols":220,"codes":[{"code":"P103","findings":220}]}`) {
		t.Errorf("JSON without relation_errors")
	}
	for _, c := range []struct {
		lang   report.Lang
		md     bool
		banner string
		parl   string
	}{
		{report.English, false, "⚠ 220 protocol(s) counted fail control relations (P103: 220)\n", "computed from the figures as given: 220 protocol(s) counted fail control relations (P103: 220)"},
		{report.English, true, "## ⚠ 220 protocol(s) counted fail control relations (P103: 220)\n", "computed from the figures as given"},
		{report.Russian, false, "⚠ Учтённых протоколов, не выполняющих контрольные соотношения: 220 (P103: 220)\n", "рассчитано по цифрам в том виде, в каком они даны"},
		{report.Kyrgyz, false, "⚠ Контролдук катыштарды аткарбаган эсептелген протоколдор: 220 (P103: 220)\n", "сандар берилгендей эсептелди"},
	} {
		var b bytes.Buffer
		write := report.Text
		if c.md {
			write = report.Markdown
		}
		if err := write(&b, res, c.lang); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		i, seats := strings.Index(out, c.banner), strings.Index(out, "(450)")
		if i < 0 || seats < 0 || i > seats {
			t.Errorf("%s md=%v: banner %q not above the seats in\n%s", c.lang, c.md, c.banner, out)
		}
		if !strings.Contains(out, c.parl) {
			t.Errorf("%s md=%v: no %q in the parliament's lines", c.lang, c.md, c.parl)
		}
	}

	res = countReal(t, file, uaRadaMapping(true), uaRules)
	if res.RelationErrors != nil {
		t.Errorf("every party mapped: RelationErrors %+v, want none", res.RelationErrors)
	}
	var b bytes.Buffer
	if err := report.Text(&b, res, report.English); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "control relations") {
		t.Errorf("every party mapped: the report speaks of control relations:\n%s", b.String())
	}
}

// The protocols are counted whether or not their findings are listed: past
// validate.MaxListed findings of a code, the others are counted in
// Unlisted, and so are their protocols.
func TestRelationErrorsUnlisted(t *testing.T) {
	n := validate.MaxListed + 5
	var csv strings.Builder
	csv.WriteString("precinct,valid,invalid,a,b\n")
	for i := range n {
		// the votes 10 + 5 for 16 valid ballots: P103 on every row; row 1
		// also has a negative invalid (P106), counted once
		inv := "0"
		if i == 0 {
			inv = "-1"
		}
		fmt.Fprintf(&csv, "%d,16,%s,10,5\n", i+1, inv)
	}
	const mapping = `{"precinct":"precinct","ballot":"list","lines":{"valid":"valid","invalid":"invalid"},"votes":{"a":"a","b":"b"}}`
	r, err := shailoo.ReadRules(strings.NewReader(uaRules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv.String()), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	want := shailoo.RelationErrors{Protocols: n, Codes: []shailoo.CodeCount{{Code: validate.ValidBalance, Findings: n}, {Code: validate.Negative, Findings: 1}}}
	if x := res.RelationErrors; x == nil || fmt.Sprint(*x) != fmt.Sprint(want) {
		t.Errorf("RelationErrors %+v, want %+v", x, want)
	}
}
