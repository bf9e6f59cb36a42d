package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
)

// countNegOkrug counts file (testdata/negokrug) with the mapping at
// mapping under the fptp example's rules, the definition inferred.
func countNegOkrug(t *testing.T, file, mapping string) *shailoo.Result {
	t.Helper()
	rules := fptpRules(t)
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), mapping, rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	r, err := os.Open("testdata/negokrug/" + file)
	require.NoError(t, err)
	defer r.Close()
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: file, R: r, Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// A negative figure (P106) in one district's protocol leaves that district
// alone not evaluated: the candidates of every district share their
// party's ID, and the negative votes of Bukit Batok's SDP made Bukit
// Panjang, clean, "not evaluated" too (0 of 2 seats), as Aldmoor North's
// Green did to the fptp example's other districts. The banner names the
// choice once, the districts where.
func TestNegativeVotesOwnOkrugOnly(t *testing.T) {
	for _, c := range []struct {
		name, file, mapping string
		negative            string   // the okrug with the negative figure
		elected             []string // okrugs decided, with their winner
		winners             []string
		choice              string
	}{
		{"singapore 2020 edited", "SYNTHETIC-EDITED-sg-ge2020-neg-bukitbatok.csv", "testdata/negokrug/sg.mapping.json",
			"Bukit Batok SMC[188]", []string{"Bukit Panjang SMC[189]"}, []string{"pap"}, "sdp"},
		{"fptp example edited", "SYNTHETIC-EDITED-fptp-example-green-negative.csv", "examples/fptp/mapping.json",
			"Aldmoor North", []string{"Aldmoor South", "Bryn Glas", "Dunmere"}, []string{"labour", "labour", "liberal-democrat"}, "green"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := countNegOkrug(t, c.file, c.mapping)
			if o := okrugOf(t, res, c.negative); o.Outcome != seats.OutcomeNegativeVotes {
				t.Errorf("%s: outcome %q, want %q", c.negative, o.Outcome, seats.OutcomeNegativeVotes)
			}
			for i, id := range c.elected {
				if o := okrugOf(t, res, id); o.Outcome != seats.OutcomeElected || o.Winner != c.winners[i] {
					t.Errorf("%s: outcome %q winner %q, want elected %q: its own protocols give no negative figure", id, o.Outcome, o.Winner, c.winners[i])
				}
			}
			i := slices.IndexFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedNegative })
			if i < 0 {
				t.Fatalf("no %s reason in %+v", shailoo.UnevaluatedNegative, res.ProvisionalReasons)
			}
			u := res.ProvisionalReasons[i]
			if !slices.Equal(u.Scope, []string{c.choice}) || u.Count != 1 || !slices.Equal(u.Affects, []string{"okrug/" + c.negative}) {
				t.Errorf("reason scope %q count %d affects %q, want [%s] 1 [okrug/%s]", u.Scope, u.Count, u.Affects, c.choice, c.negative)
			}
		})
	}
}

// Two districts each with a negative figure of one shared choice: the
// banner names the choice once, and both districts.
func TestNegativeVotesChoiceNamedOnce(t *testing.T) {
	csv := strings.Replace(readFile(t, "testdata/negokrug/SYNTHETIC-EDITED-fptp-example-green-negative.csv"), ",Dunmere,North West,65000,41000,9000,11000,19000,2000", ",Dunmere,North West,65000,41000,9000,11000,19000,-2000", 1)
	rules := fptpRules(t)
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, "examples/fptp/mapping.json")), "mapping.json", rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "mapping.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "two.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	i := slices.IndexFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedNegative })
	require.GreaterOrEqual(t, i, 0)
	u := res.ProvisionalReasons[i]
	if !slices.Equal(u.Scope, []string{"green"}) || u.Count != 1 || !slices.Equal(u.Affects, []string{"okrug/Aldmoor North", "okrug/Dunmere"}) {
		t.Errorf("reason scope %q count %d affects %q, want [green] 1 [okrug/Aldmoor North okrug/Dunmere]", u.Scope, u.Count, u.Affects)
	}
	if o := okrugOf(t, res, "Aldmoor South"); o.Outcome != seats.OutcomeElected {
		t.Errorf("Aldmoor South: %q, want elected", o.Outcome)
	}
}
