package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// The real cut ua-rada2019-vd-d11-12.csv gives the list ballot alone; a
// mapping that also maps its district_number as the okrug, counted under a
// rule set with okrug seats (kg2021), names okrugs 11 and 12 on its 227
// rows, which no protocol of the okrug ballot defines: X212 on each, and a
// note that says why (the okrugs come from the okrug ballot's protocols)
// and what to do. Mapped as the region, no okrug is named, and no note.
func TestOkrugsNeedTheOkrugBallot(t *testing.T) {
	const file = "ua-rada2019-vd-d11-12.csv"
	okrug := strings.Replace(uaRadaMapping(true), `"ballot": "list"`, `"okrug": "district_number", "ballot": "list"`, 1)
	res := countWithRules(t, file, okrug, shailoo.KG2021())
	n := 0
	for _, f := range res.Findings.Findings {
		if f.Code == validate.UnknownOkrug {
			n++
		}
	}
	if n != 227 {
		t.Errorf("%d findings X212, want 227", n)
	}
	var note string
	for _, s := range res.Notes {
		if words.NoteKey(s) == "note.okrugs_need_okrug_ballot" {
			note = s
		}
	}
	if !strings.HasPrefix(note, "Precincts whose rows name an okrug that is not defined: 227 (finding X212: 11, 12), and no protocol of the okrug ballot was counted") ||
		!strings.Contains(note, `"ballot": "okrug"`) {
		t.Errorf("note %q, want the 227 precincts, okrugs 11 and 12, and the okrug ballot's mapping", note)
	}
	if ru := words.Note("ru", note); !strings.HasPrefix(ru, "Участков, строки которых называют неопределённый округ: 227 (замечание X212: 11, 12)") {
		t.Errorf("in Russian: %q", ru)
	}

	region := strings.Replace(uaRadaMapping(true), `"ballot": "list"`, `"region": "district_number", "ballot": "list"`, 1)
	res = countWithRules(t, file, region, shailoo.KG2021())
	for _, s := range res.Notes {
		if words.NoteKey(s) == "note.okrugs_need_okrug_ballot" {
			t.Errorf("no okrug named: note %q", s)
		}
	}
}

// A file of the parties' votes alone (the real cut ua-rada2019-vd-d11-12.csv,
// its valid ballots mapped, no invalid) under a rule set whose base is
// those who took part: X227 on every row, and a note names the fix, the
// line to map or the base "votes" in the rule set's own terms.
func TestBaseFixNote(t *testing.T) {
	rules := strings.Replace(uaRules, `"base":"valid"`, `"base":"participants"`, 1)
	res := countReal(t, "ua-rada2019-vd-d11-12.csv", uaRadaMapping(true), rules)
	var note string
	for _, s := range res.Notes {
		if words.NoteKey(s) == "note.base_fix" {
			note = s
		}
	}
	for _, want := range []string{"needs line(s) invalid", `"lines": {"invalid": "…"}`, `"threshold": {"percent": "5", "base": "votes", "comparison": "at_least"}`} {
		if !strings.Contains(note, want) {
			t.Errorf("note %q lacks %q", note, want)
		}
	}
	if ky := words.Note("ky", note); !strings.Contains(ky, `"base": "votes"`) || ky == note {
		t.Errorf("in Kyrgyz: %q", ky)
	}
	// Under the base valid, which the file gives, nothing lacks: no note.
	res = countReal(t, "ua-rada2019-vd-d11-12.csv", uaRadaMapping(true), uaRules)
	for _, s := range res.Notes {
		if words.NoteKey(s) == "note.base_fix" {
			t.Errorf("base valid: note %q", s)
		}
	}
}
