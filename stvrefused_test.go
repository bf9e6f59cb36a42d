package shailoo_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// STV is not a list method: "method": "stv" is refused, naming the file,
// the field and every method there is, so that a user counting first
// preferences by party chooses one knowingly (docs/rules.md "Rule sets in use": what
// shailoo does and does not do of STV).
func TestSTVRefusedNamesTheMethods(t *testing.T) {
	_, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "ie-dail-2016", "version": "1",
 "seats": {"list": 18}, "threshold": {"percent": "0", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "stv", "tie": "lots"}}`), "rules-stv.json")
	var pe *ingest.ParseError
	if !errors.Is(err, shailoo.ErrRules) || !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a ParseError wrapping ErrRules", err)
	}
	if pe.File != "rules-stv.json" || pe.Field != "list.method" || pe.Line != 3 {
		t.Errorf("the error is at %s:%d field %q, want rules-stv.json:3 list.method", pe.File, pe.Line, pe.Field)
	}
	want := `unknown method "stv" (allowed: hare, droop, hagenbach_bischoff, imperiali, dhondt, sainte_lague, modified_sainte_lague, huntington_hill, adams)`
	if !strings.Contains(err.Error(), want) {
		t.Errorf("%v; want it to say %q", err, want)
	}
}
