package shailoo_test

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The embedded kg2021 dataset, counted under kg2021 and kg2021-cec, must
// give every published result: the list seats of CEC Resolution 836, the
// women seated under each reading of the quota, the okrug outcomes.
func TestKG2021ReproducesThePublishedResult(t *testing.T) {
	d, err := datasets.KG2021()
	require.NoError(t, err)
	for _, preset := range []string{"kg2021", "kg2021-cec"} {
		t.Run(preset, func(t *testing.T) {
			rules, err := shailoo.Preset(preset)
			require.NoError(t, err)
			res, err := shailoo.Count(d.Election, rules)
			require.NoError(t, err)
			require.NoError(t, res.Findings.Err())
			require.Empty(t, res.Ties)
			require.Equal(t, d.Participants, res.Totals.Participants)
			require.Equal(t, d.Voters, res.Totals.Voters)
			byID := map[string]shailoo.List{}
			for _, l := range res.Lists {
				byID[l.ID] = l
			}
			for _, p := range d.Lists {
				l := byID[p.ID]
				require.Equal(t, p.Percent, l.Percent, p.ID)
				if p.Votes > 0 {
					require.Equal(t, p.Votes, l.Votes, p.ID)
				}
				require.Equal(t, p.Seats, l.Seats, p.ID)
				require.Equal(t, p.Seats > 0, l.Qualified, p.ID)
				want := p.WomenSeatsCourt
				if preset == "kg2021-cec" {
					want = p.WomenSeatsCEC
				}
				require.Equal(t, want, l.Women(), "%s: women seated under %s", p.ID, preset)
			}
			for i, o := range d.Okrugs {
				require.Equal(t, o.ID, res.Okrugs[i].Okrug)
				require.EqualValues(t, o.Outcome, res.Okrugs[i].Outcome, "okrug %s", o.ID)
				require.Equal(t, o.Leader, res.Okrugs[i].Winner, "okrug %s", o.ID)
			}
			require.Equal(t, 88, res.Seats.Total)
			require.Equal(t, 90, res.Seats.Of)
			require.Equal(t, 2, res.Seats.Repeat)
		})
	}
}

// The court case of 2021: rounding the women's quota up instead of half up
// moves one seat of Alliance (7 seats) from a man to a woman.
func TestWhatIfWomenQuotaRounding(t *testing.T) {
	d, err := datasets.KG2021()
	require.NoError(t, err)
	alt, err := shailoo.KG2021().Set("list.women_quota_rounding", "up")
	require.NoError(t, err)
	c, err := shailoo.Compare(d.Election, shailoo.KG2021(), alt, shailoo.Options{})
	require.NoError(t, err)
	require.Equal(t, []string{`list.women_quota_rounding: "half_up" -> "up"`}, c.Changes)
	for _, l := range c.Lists {
		require.Zero(t, l.Moved, l.ID)
		if l.ID != "alliance" {
			require.Empty(t, l.Lose, l.ID)
			require.Empty(t, l.Gain, l.ID)
			continue
		}
		require.Equal(t, 2, l.WomenBase)
		require.Equal(t, 3, l.WomenAlternative)
		require.Len(t, l.Lose, 1)
		require.Len(t, l.Gain, 1)
		require.Equal(t, "M", string(l.Lose[0].Sex))
		require.Equal(t, "F", string(l.Gain[0].Sex))
		require.Equal(t, seats.ReasonWomenQuota, l.Gain[0].Reason)
	}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := "testdata/" + name
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run %s -update to create it", t.Name())
	require.Equal(t, string(want), string(got), "%s differs; if the change is intended, run go test . -update", path)
}

func TestKG2021Golden(t *testing.T) {
	d, err := datasets.KG2021()
	require.NoError(t, err)
	res, err := shailoo.Count(d.Election, shailoo.KG2021())
	require.NoError(t, err)
	var text, transcript bytes.Buffer
	require.NoError(t, report.Text(&text, res, report.English))
	require.NoError(t, report.TranscriptJSON(&transcript, res))
	golden(t, "kg2021.golden.txt", text.Bytes())
	golden(t, "kg2021.transcript.json", transcript.Bytes())
}
