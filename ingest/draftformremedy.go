package ingest

import (
	"io"
	"strings"
)

// DraftMapping reads a protocols file and drafts a mapping, each guess
// said in Mapping.Guesses (draftMapping says how). A guess that maps the
// ballots found as found_stationary "with found_mobile not given" says
// too how a form without found_mobile is declared (formRemedy).
func DraftMapping(r io.Reader, file string) (*Draft, error) {
	d, err := draftMapping(r, file)
	if d != nil {
		for i, g := range d.Mapping.Guesses {
			d.Mapping.Guesses[i] = withFormRemedy(g)
		}
	}
	return d, err
}

// formRemedy is appended to a draft's guess that maps the ballots found
// as found_stationary "with found_mobile not given": the relations of
// the ballots found (P102, P108) wait for found_mobile and are left not
// evaluated, so that an edited figure passes (Brazil's attending voters),
// unless the rule set declares a form without it.
const formRemedy = `; the relations of the ballots found (P102, P108) then wait for found_mobile, not evaluated: if the commission's form has no mobile boxes, declare the form's lines in the rule set, "protocol": {"lines": [...]} without found_mobile (docs/rules.md#the-protocol-form), and they are checked`

// withFormRemedy is guess g with formRemedy where it says found_mobile is
// not given.
func withFormRemedy(g string) string {
	if strings.Contains(g, "found_mobile not given") && !strings.Contains(g, formRemedy) {
		return g + formRemedy
	}
	return g
}
