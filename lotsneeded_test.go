package shailoo_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
)

// The FCT ward file with BYAZHIN's APC made 1144, PDP's (a tie): lots
// naming PDP alone left the tie awaiting lots, exit 1, as if none were
// given; lots naming "PDP" (no candidate's ID) were refused listing every
// candidate of the ward. A lot of the ward's candidates that does not
// settle the tie now names it: apc and pdp for 1 seat; "PDP" is refused
// before the count, naming pdp.
func TestLotsNameTheTie(t *testing.T) {
	const name = "EDITED-ng-fct2026-ward-tie.csv"
	b, err := os.ReadFile("testdata/ingest/real/" + name)
	require.NoError(t, err)
	m := wardMapping(t, `"ward_name"`)
	def, _, err := ingest.Define(m, "ward.json")
	require.NoError(t, err)
	rules := fptpRules(t)
	count := func(lots map[string][]string) (*shailoo.Result, error) {
		return shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: name, R: bytes.NewReader(b), Mapping: m}}, shailoo.Options{Lots: lots})
	}
	res, err := count(nil)
	require.NoError(t, err)
	require.Len(t, res.Ties, 1)
	require.Equal(t, []string{"apc", "pdp"}, res.Ties[0].Tied)

	for _, lot := range []string{"pdp", "apga"} {
		_, err := count(map[string][]string{"okrug/BYAZHIN": {lot}})
		require.True(t, errors.Is(err, seats.ErrBadLot), "%s: %v", lot, err)
		require.Contains(t, err.Error(), "apc, pdp (1 seat(s) at 1144)", lot)
		require.NotContains(t, err.Error(), "zlp", lot) // not every candidate of the ward
	}
	// No candidate of the ward at all: said before the count, with the
	// candidate it differs from in case alone.
	_, err = count(map[string][]string{"okrug/BYAZHIN": {"PDP"}})
	require.True(t, errors.Is(err, seats.ErrBadLot), "PDP: %v", err)
	require.Contains(t, err.Error(), `did you mean "pdp"?`)
	res, err = count(map[string][]string{"okrug/BYAZHIN": {"pdp", "apc"}})
	require.NoError(t, err)
	require.Equal(t, "lots", res.Ties[0].SettledBy)
	require.False(t, strings.HasPrefix(res.Ties[0].SettledBy, "awaiting"))
}
