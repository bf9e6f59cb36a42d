package shailoo

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// A list-only rule set names only what applies (issue 14, obstacle 4):
// format, id, version, seats.list, threshold and list.method.
const minimalRules = `{
  "format": 1, "id": "duma", "version": "1",
  "seats": {"list": 450},
  "threshold": {"percent": "7", "base": "found", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "hare"}
}`

func TestRulesListOnlyMinimal(t *testing.T) {
	r, err := ReadRules(strings.NewReader(minimalRules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	if r.List.Tie != seats.Lots {
		t.Errorf("list.tie left out = %q, want the default %q", r.List.Tie, seats.Lots)
	}
	if r.Published != nil || r.Seats.Okrug != 0 || !r.Okrug.IsZero() {
		t.Errorf("defaults: published %v, okrugs %d, okrug rule %+v", r.Published, r.Seats.Okrug, r.Okrug)
	}
	if d := r.Display(); d != DefaultDisplay {
		t.Errorf("display without published rules = %+v, want %+v", d, DefaultDisplay)
	}
}

func TestRulesRequiredWhereTheyApply(t *testing.T) {
	cases := []struct {
		name, from, to, field string
	}{
		{"no method", `"method": "hare"`, `"cap": 0`, "list.method"},
		{"okrugs need their rule", `"seats": {"list": 450}`, `"seats": {"list": 450, "okrug": 3}`, "okrug.against_all"},
		{"open lists need preference rules", `"lists": "closed", `, ``, "list.preference_tie"},
		{"unknown field", `"method": "hare"`, `"method": "hare", "quota": 1`, "list.quota"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadRules(strings.NewReader(strings.Replace(minimalRules, c.from, c.to, 1)), "rules.json")
			var pe *ingest.ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrRules) {
				t.Fatalf("err = %v, want an *ingest.ParseError wrapping ErrRules", err)
			}
			if pe.File != "rules.json" || pe.Line == 0 || pe.Column == 0 || pe.Field != c.field {
				t.Errorf("err = %v (field %q), want rules.json:line:column and field %q", err, pe.Field, c.field)
			}
			if !strings.Contains(err.Error(), "allowed") {
				t.Errorf("err = %v, want the allowed values", err)
			}
		})
	}
}

// Without published rules, verify compares no percentage: it says so.
func TestVerifyWithoutPublishedRules(t *testing.T) {
	r, err := ReadRules(strings.NewReader(minimalRules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	res := &Result{Rules: r}
	p := decimal.RequireFromString("12.3")
	rep := Verify(res, validate.Summary{Lists: []validate.PublishedList{{ID: "a", Percent: &p}}})
	found := map[validate.Code]bool{}
	for _, n := range rep.NotEvaluated {
		found[n.Code] = true
	}
	for _, c := range []validate.Code{validate.PublishedPercent, validate.SharesOver100, validate.PublishedTurnout} {
		if !found[c] {
			t.Errorf("%s not listed as not evaluated: %+v", c, rep.NotEvaluated)
		}
	}
	for _, f := range rep.Findings {
		if f.Code == validate.PublishedPercent {
			t.Errorf("a percentage compared without published rules: %+v", f)
		}
	}
}
