package shailoo_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// countKinds counts the SYNTHETIC Sejm-like file of testdata/kinds
// (README.md there) with its definition of parties alone (their kinds),
// the precincts and constituencies learnt from the file, under
// rules.json changed by edit (nil: as it is).
func countKinds(t *testing.T, edit func(*shailoo.Rules)) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(mustOpen(t, "testdata/kinds/rules.json"), "rules.json")
	require.NoError(t, err)
	if edit != nil {
		edit(&r)
		require.NoError(t, r.Validate())
	}
	def, err := ingest.ReadElection(mustOpen(t, "testdata/kinds/election.json"), "election.json")
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(mustOpen(t, "testdata/kinds/mapping.json"), "mapping.json", r.Protocol.Known)
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "SYNTHETIC-sejmlike.csv", R: mustOpen(t, "testdata/kinds/SYNTHETIC-sejmlike.csv"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	return res
}

// TestKindsSejm: the minority's list with 1% of the valid votes is held
// to 0% and wins a seat; the coalition with 6% is held to 8% and wins
// none. Under a flat 5% (the rule set without kinds) it is the other way.
func TestKindsSejm(t *testing.T) {
	res := countKinds(t, nil)
	require.Empty(t, res.ProvisionalReasons)
	m, k := listOf(t, res, "minority-m"), listOf(t, res, "coalition-k")
	assert.Equal(t, threshold.Passed, m.National.Status)
	assert.Equal(t, 1, m.Seats)
	assert.Equal(t, "minority", m.National.Kind)
	assert.Equal(t, "0", m.National.Percent)
	assert.Equal(t, threshold.Failed, k.National.Status)
	assert.Equal(t, int64(8000), k.National.Needed)
	assert.Equal(t, int64(-2000), k.National.Margin)
	assert.Equal(t, 0, k.Seats)
	assert.Equal(t, "coalition", k.National.Kind)
	a := listOf(t, res, "party-a")
	assert.Equal(t, int64(5000), a.National.Needed)
	assert.Empty(t, a.National.Kind)

	flat := countKinds(t, func(r *shailoo.Rules) { r.Threshold.Kinds = nil })
	assert.Equal(t, 0, listOf(t, flat, "minority-m").Seats)
	assert.Equal(t, 2, listOf(t, flat, "coalition-k").Seats)
	assert.Empty(t, listOf(t, flat, "coalition-k").National.Kind)

	// The transcript's steps say the threshold each is held to.
	var details []string
	for _, s := range res.Steps {
		if s.Kind == "threshold" {
			details = append(details, s.Detail)
		}
	}
	assert.Contains(t, details, "national: 6000 votes, line 8000 of 100000 (coalition lists: 8%), needed 8000: failed")
	assert.Contains(t, details, "national: 1000 votes, a threshold of 0% (of any base, the threshold of minority lists), needed 0: passed")
	assert.Contains(t, details, "national: 40000 votes, line 5000 of 100000, needed 5000: passed")

	// The text report: a line per kind, and the margin says which.
	var b bytes.Buffer
	require.NoError(t, report.Text(&b, res, report.English))
	for _, want := range []string{
		"Threshold: 100,000 × 5% = 5000.00 → 5,000 votes needed",
		"Threshold (coalition lists): 100,000 × 8% = 8000.00 → 8,000 votes needed",
		"Threshold (minority lists): 100,000 × 0% = 0.00 → 0 votes needed",
		"+1,000 (minority lists: 0%)",
		"2,000 (coalition lists: 8%)",
	} {
		assert.Contains(t, b.String(), want)
	}
}

// TestKindsUnnamed: a kind the rule set does not name is held to the
// rule's percent, and a kind named that no list has changes nothing.
func TestKindsUnnamed(t *testing.T) {
	res := countKinds(t, func(r *shailoo.Rules) {
		r.Threshold.Kinds = map[string]decimal.Decimal{"coalition3": decimal.NewFromInt(11)}
	})
	k := listOf(t, res, "coalition-k")
	assert.Equal(t, threshold.Passed, k.National.Status)
	assert.Equal(t, int64(5000), k.National.Needed)
	assert.Empty(t, k.National.Kind)
	assert.Equal(t, 0, listOf(t, res, "minority-m").Seats)
	assert.Contains(t, res.Notes, "Coalition K (two parties) is a list of the kind «coalition», which the rule set's threshold does not name (threshold.kinds): it is held to the threshold's own 5%.")
}

// TestKindsRegionalConstituency: the regional threshold and the
// constituency threshold hold a list to its kind's percent too.
func TestKindsRegionalConstituency(t *testing.T) {
	res := countKinds(t, func(r *shailoo.Rules) {
		// The minority's list has no vote in Warszawa: in every region
		// 0% of it is still passed; 5% is not.
		r.RegionalThreshold = &threshold.Rule{Percent: decimal.NewFromInt(5), Base: threshold.Valid, Comparison: threshold.AtLeast,
			Kinds: map[string]decimal.Decimal{"minority": decimal.Zero}}
	})
	m := listOf(t, res, "minority-m")
	require.NotNil(t, m.Regional)
	assert.Equal(t, threshold.Passed, m.Regional.Status)
	assert.Equal(t, "minority", m.Regional.Kind)
	assert.Equal(t, "0", m.Regional.Percent)
	assert.Equal(t, 1, m.Seats)
	f := listOf(t, res, "party-a")
	assert.Equal(t, threshold.Passed, f.Regional.Status)
	assert.Empty(t, f.Regional.Kind)
	found := false
	for _, s := range res.Steps {
		if s.Kind == "regional_threshold" && s.Subject == "minority-m" {
			found = true
			assert.True(t, strings.HasPrefix(s.Detail, "minority lists: 0%: passed in all 2 regions"), s.Detail)
		}
	}
	assert.True(t, found)

	// Spain's way: no national threshold, 5% in each constituency, the
	// minority's list exempt there.
	res = countKinds(t, func(r *shailoo.Rules) {
		r.Threshold = threshold.Rule{Percent: decimal.Zero, Base: threshold.Valid, Comparison: threshold.AtLeast}
		r.List.ConstituencyThreshold = &threshold.Rule{Percent: decimal.NewFromInt(5), Base: threshold.Valid, Comparison: threshold.AtLeast,
			Kinds: map[string]decimal.Decimal{"minority": decimal.Zero}}
	})
	seen := 0
	for _, c := range res.Constituencies {
		if c.Region != "Opole" {
			continue
		}
		for _, cl := range c.Lists {
			if cl.ID == "minority-m" || cl.ID == "party-b" {
				seen++
			}
			switch cl.ID {
			case "minority-m":
				require.NotNil(t, cl.Threshold)
				assert.Equal(t, threshold.Passed, cl.Threshold.Status)
				assert.Equal(t, "minority", cl.Threshold.Kind)
				assert.Equal(t, 1, cl.Seats)
			case "party-b": // 100 of 8,800: below 5%
				require.NotNil(t, cl.Threshold)
				assert.Equal(t, threshold.Failed, cl.Threshold.Status)
			}
		}
	}
	assert.Equal(t, 2, seen)
}

// TestKindsRules: a kind's percent is validated as the rule's, and the
// rule set's JSON keeps the kinds.
func TestKindsRules(t *testing.T) {
	r, err := shailoo.ReadRules(mustOpen(t, "testdata/kinds/rules.json"), "rules.json")
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kinds":{"coalition":"8","minority":"0"}`)
	bad := strings.Replace(string(b), `"coalition":"8"`, `"coalition":"108"`, 1)
	_, err = shailoo.ReadRules(strings.NewReader(bad), "bad.json")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "threshold.kinds.coalition")
	// An okrug's leader is no list of a kind.
	r.Okrug.Spread = &threshold.Rule{Percent: decimal.NewFromInt(25), Base: threshold.Valid, Comparison: threshold.AtLeast, InAtLeast: 2,
		Kinds: map[string]decimal.Decimal{"minority": decimal.Zero}}
	r.Seats.Okrug, r.Okrug.Seats = 2, 1
	assert.Error(t, r.Validate())
}

// TestKindsVerify: a published seat that differs says which threshold
// the recount held the list to.
func TestKindsVerify(t *testing.T) {
	res := countKinds(t, nil)
	s, err := validate.ReadSummary(strings.NewReader(`{"election": "sejmlike", "source": "SYNTHETIC", "base": "valid",
		"lists": [{"id": "coalition-k", "seats": 2}, {"id": "minority-m", "seats": 1}]}`), "published.json")
	require.NoError(t, err)
	rep := shailoo.Verify(res, s)
	var msgs []string
	for _, f := range rep.Findings {
		if f.Code == validate.PublishedSeats {
			msgs = append(msgs, f.Sentence("en"))
		}
	}
	require.Len(t, msgs, 1)
	assert.Contains(t, msgs[0], "the recount held the list to the threshold of coalition lists, 8%")
}
