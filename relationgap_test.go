package shailoo_test

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/interop/nisterr"
	"github.com/shailoo/shailoo/report"
)

// countRelationGap counts testdata/relationgap/<file> (Alberta 2023, the
// polls of Calgary-Acadia) with its mapping under the fptp example's
// rules, the definition inferred.
func countRelationGap(t *testing.T, file string) *shailoo.Result {
	t.Helper()
	return countRelationGapUnder(t, file, fptpRules(t))
}

// countRelationGapUnder counts as countRelationGap does, under rules.
func countRelationGapUnder(t *testing.T, file string, rules shailoo.Rules) *shailoo.Result {
	t.Helper()
	const mapping = "testdata/relationgap/ab2023.mapping.json"
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), mapping, rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	r, err := os.Open("testdata/relationgap/" + file)
	require.NoError(t, err)
	defer r.Close()
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: file, R: r, Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// A protocol that fails P103 by a gap that reaches its okrug's margin
// makes the okrug provisional: Calgary-Acadia, won by the NDP by 22
// votes in 2023, edited so that the UCP's 443 votes at St. Augustine
// School read 543 (valid 1026 left as it is), is "elected ucp" by 78,
// and the 100 votes the valid line says are too many could seat the NDP.
// The gap counts against the margin exactly: the valid line made 1048
// (gap 22 against the real margin 22: a tie) could change the outcome,
// 1047 (gap 21) cannot, and the okrug stands, saying so. The real cut
// fails nothing and says nothing.
func TestRelationGapAgainstMargin(t *testing.T) {
	for _, c := range []struct {
		file        string
		winner      string
		margin, gap int64
		overturn    string
	}{
		{"ab2023-calgary-acadia.csv", "ndp", 22, 0, ""},
		{"SYNTHETIC-EDITED-ab2023-calgary-acadia-ucp543.csv", "ucp", 78, 100, shailoo.OverturnCould},
		{"SYNTHETIC-EDITED-ab2023-calgary-acadia-valid1048.csv", "ndp", 22, 22, shailoo.OverturnCould},
		{"SYNTHETIC-EDITED-ab2023-calgary-acadia-valid1047.csv", "ndp", 22, 21, shailoo.OverturnCannot},
	} {
		t.Run(c.file, func(t *testing.T) {
			res := countRelationGap(t, c.file)
			require.Len(t, res.Okrugs, 1)
			o := res.Okrugs[0]
			require.Equal(t, c.winner, o.Winner)
			require.Equal(t, c.margin, o.Margin)
			require.Equal(t, c.gap, o.RelationGap)
			require.Equal(t, c.overturn, o.RelationOverturn)
			could := c.overturn == shailoo.OverturnCould
			require.Equal(t, could, o.Provisional)
			require.Equal(t, could, res.Provisional)
			var why *shailoo.Unevaluated
			for i, u := range res.ProvisionalReasons {
				if u.Kind == shailoo.UnevaluatedRelationGap {
					why = &res.ProvisionalReasons[i]
				}
			}
			var text, md bytes.Buffer
			require.NoError(t, report.Text(&text, res, report.English))
			require.NoError(t, report.Markdown(&md, res, report.English))
			if !could {
				require.Nil(t, why)
				if c.overturn == shailoo.OverturnCannot {
					require.Contains(t, text.String(), "failing control relations (21) cannot change it (margin 22)")
				} else {
					require.NotContains(t, text.String(), "failing control relations")
				}
				return
			}
			require.NotNil(t, why)
			require.Equal(t, 1, why.Count)
			require.Equal(t, []string{"okrug/Calgary-Acadia"}, why.Affects)
			require.Equal(t, []string{"P103 Calgary-Acadia / St. Augustine School / Election Day (" + i64(c.gap) + ")"}, why.Scope)
			require.Contains(t, why.Reason, "okrug Calgary-Acadia: gaps "+i64(c.gap)+", margin "+i64(c.margin))
			for _, out := range []string{text.String(), md.String()} {
				require.Contains(t, out, "Counted protocols that fail a control relation of their votes: 1")
				require.Contains(t, out, "failing control relations ("+i64(c.gap)+") could change it (margin "+i64(c.margin)+")")
			}
			var ru bytes.Buffer
			require.NoError(t, report.Text(&ru, res, report.Russian))
			require.Contains(t, ru.String(), "могут его изменить (отрыв "+i64(c.margin)+")")
			var nist bytes.Buffer
			require.NoError(t, nisterr.Write(&nist, res, nisterr.Options{}))
			require.Contains(t, nist.String(), "relation_gap")
		})
	}
}

func i64(n int64) string { return strconv.FormatInt(n, 10) }

// Where no margin bounds the outcome, a gap below the margin still could
// change it: under a majority rule (more than 50% of the valid ballots)
// Calgary-Acadia goes to a second round, and the gap of 21 (valid 1047)
// against the margin of 22 is not said to leave it as it is.
func TestRelationGapNoMarginBounds(t *testing.T) {
	rules, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "two-round-valid", "version": "1",
 "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "valid", "comparison": "more_than"}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "rules.json")
	require.NoError(t, err)
	res := countRelationGapUnder(t, "SYNTHETIC-EDITED-ab2023-calgary-acadia-valid1047.csv", rules)
	require.Len(t, res.Okrugs, 1)
	o := res.Okrugs[0]
	require.Equal(t, int64(21), o.RelationGap)
	require.Equal(t, shailoo.OverturnCould, o.RelationOverturn)
	require.True(t, o.Provisional)
	require.Len(t, res.ProvisionalReasons, 1)
	require.Contains(t, res.ProvisionalReasons[0].Reason, "okrug Calgary-Acadia: gaps 21, no margin bounds its outcome (runoff)")
	var text bytes.Buffer
	require.NoError(t, report.Text(&text, res, report.English))
	require.Contains(t, text.String(), "its protocols' failing control relations could change it")
}
