package shailoo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// A definition inferred from a mapping gives no order of registration:
// its lists are in the order of their IDs. A rule set that settles a tie
// by registration order (list.tie) leaves a tie of two lists there to
// lots, given as input or awaited, and a note says why; it never seats
// the list whose ID sorts first. Before, "a" took the seat in silence.
func TestInferredDefinitionTieByRegistration(t *testing.T) {
	const rules = `{"format": 1, "id": "reg", "version": "1", "name": "one seat, ties by registration",
		"seats": {"list": 1}, "threshold": {"percent": "0", "base": "participants", "comparison": "at_least"},
		"list": {"lists": "closed", "method": "hare", "tie": "registration_order", "women_quota": "0"}}`
	const mapping = `{"precinct": "precinct", "ballot": "list", "lines": {"invalid": "invalid", "valid": "valid"}, "votes": {"a": "A", "b": "B"}}`
	const csv = "precinct,invalid,valid,A,B\n1,0,20,10,10\n"
	r, err := shailoo.ReadRules(strings.NewReader(rules), "reg.json")
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	require.NoError(t, err)
	for _, seed := range []string{"", "2026"} {
		def, notes, err := ingest.Define(m, "m.json")
		require.NoError(t, err)
		res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "f.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{Notes: notes, LotSeed: seed})
		require.NoError(t, err)
		require.Len(t, res.Ties, 1, "seed %q: the tie is reported", seed)
		require.Equal(t, []string{"a", "b"}, res.Ties[0].Tied)
		require.True(t, slices.ContainsFunc(res.Notes, func(n string) bool { return strings.Contains(n, "list.tie: registration_order") }), "seed %q: notes %q", seed, res.Notes)
		seated := 0
		for _, l := range res.Lists {
			seated += l.Seats
		}
		if seed == "" {
			require.Equal(t, 0, seated, "no lots: the seat awaits them")
		} else {
			require.Equal(t, 1, seated, "lots given: they settle it")
			require.Equal(t, "lot_seed", res.Ties[0].SettledBy)
		}
	}
	// The rule set's own words stay as written: the note says what the
	// count did instead.
	require.Equal(t, "registration_order", string(r.List.Tie))
}
