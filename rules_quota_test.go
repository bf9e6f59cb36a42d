package shailoo_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// list.women_quota_rounding may be left out of a rule set without a
// women's quota, open lists as closed (a Kreistag's rule set was refused
// with "list: seats: invalid input: unknown rounding \"\""); with a quota
// and no rounding, the error names the field.
func TestWomenQuotaRoundingOptional(t *testing.T) {
	rules := func(quota string) string {
		return `{"format": 1, "id": "de-nds-kreistag", "version": "0.1", "seats": {"list": 62},
 "threshold": {"percent": "0", "base": "valid", "comparison": "at_least"},
 "list": {"lists": "open", "method": "hare", "tie": "lots", "preference_tie": "lots", "missing_preferences": "list_position"` + quota + `}}`
	}
	r, err := shailoo.ReadRules(strings.NewReader(rules("")), "R-kreis-open.json")
	if err != nil {
		t.Fatalf("open lists without a quota or its rounding: %v", err)
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	_, err = shailoo.ReadRules(strings.NewReader(rules(`, "women_quota": "30"`)), "R-kreis-open.json")
	var pe *ingest.ParseError
	if !errors.As(err, &pe) || pe.Field != "list.women_quota_rounding" {
		t.Errorf("a quota without its rounding: %v, want an error naming list.women_quota_rounding", err)
	}
}
