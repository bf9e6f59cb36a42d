package shailoo_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/interop/nisterr"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
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
	r, err := os.Open("testdata/relationgap/" + file)
	require.NoError(t, err)
	defer r.Close()
	return countAlberta(t, file, r, rules)
}

// countAlberta counts the file of Alberta's format that r reads with its
// mapping, the definition inferred.
func countAlberta(t *testing.T, file string, r io.Reader, rules shailoo.Rules) *shailoo.Result {
	t.Helper()
	const mapping = "testdata/relationgap/ab2023.mapping.json"
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), mapping, rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
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
// (gap 22 against the real margin 22: a tie) could change the outcome;
// at 1047 (gap 21) the least correction would not, a larger one could
// (least_below_margin), and the okrug stands, not provisional, its row
// saying so. The real cut fails nothing and says nothing.
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
		{"SYNTHETIC-EDITED-ab2023-calgary-acadia-valid1047.csv", "ndp", 22, 21, shailoo.RelationLeastBelowMargin},
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
				if c.overturn == shailoo.RelationLeastBelowMargin {
					require.Contains(t, text.String(), "the least correction of its protocols' failing control relations (21) is below its margin (22): it would not change the outcome; a larger one could")
					require.NotContains(t, text.String(), "cannot change it")
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
				require.Contains(t, out, "Counted protocols that fail a control relation of their votes in okrugs whose outcome their gaps could change: 1 (findings P103; ")
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

// Under a majority rule the bound is the least correction that could
// change the outcome, not the margin: the valid line made 1047 (gap 21)
// leaves Calgary-Acadia's NDP (10,959 of 22,583 valid) 333 votes from
// more than half, the run-off's pair (10,937 against the others' 666)
// 10,271 apart: the least correction would not change the run-off. Where
// the line is near, it could: at least 48.6% (10,976 needed) is 17 votes
// off; more than 48.5% is passed by 7 votes (10,953 needed).
func TestRelationGapMajority(t *testing.T) {
	for _, c := range []struct {
		rule     string
		outcome  seats.Outcome
		bound    int64
		overturn string
		says     string
	}{
		{`"percent": "50", "base": "valid", "comparison": "more_than"`, seats.OutcomeRunoff, 333, shailoo.RelationLeastBelowMargin,
			"is below the least that could change the outcome under the majority rule (333: "},
		{`"percent": "48.6", "base": "valid", "comparison": "at_least"`, seats.OutcomeRunoff, 17, shailoo.OverturnCould,
			"could change it under the majority rule (the least correction that could: 17)"},
		{`"percent": "48.5", "base": "valid", "comparison": "more_than"`, seats.OutcomeElected, 7, shailoo.OverturnCould,
			"could change it under the majority rule (the least correction that could: 7)"},
	} {
		t.Run(c.rule, func(t *testing.T) {
			rules, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "two-round-valid", "version": "1",
 "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {`+c.rule+`}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "rules.json")
			require.NoError(t, err)
			res := countRelationGapUnder(t, "SYNTHETIC-EDITED-ab2023-calgary-acadia-valid1047.csv", rules)
			require.Len(t, res.Okrugs, 1)
			o := res.Okrugs[0]
			require.Equal(t, c.outcome, o.Outcome)
			require.Equal(t, int64(21), o.RelationGap)
			require.Equal(t, c.bound, o.RelationBound)
			require.Equal(t, c.overturn, o.RelationOverturn)
			could := c.overturn == shailoo.OverturnCould
			require.Equal(t, could, o.Provisional)
			if could {
				require.Len(t, res.ProvisionalReasons, 1)
				require.Contains(t, res.ProvisionalReasons[0].Reason, "okrug Calgary-Acadia: gaps 21, margin "+i64(c.bound))
			}
			var text bytes.Buffer
			require.NoError(t, report.Text(&text, res, report.English))
			require.Contains(t, text.String(), c.says)
		})
	}
}

// countMontour counts testdata/relationgap/<file> (Pennsylvania 2022,
// five precincts of Montour County) with its Governor mapping under
// rules, the definition inferred.
func countMontour(t *testing.T, file, rules string) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	require.NoError(t, err)
	const mapping = "testdata/relationgap/montour-gov.mapping.json"
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), mapping, r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	f, err := os.Open("testdata/relationgap/" + file)
	require.NoError(t, err)
	defer f.Close()
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

const (
	montourPlurality = `{"format": 1, "id": "pa-gov-test", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"},
 "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"], "ballots": {"okrug": {"against_all": false}}}}`
	montourMajority = `{"format": 1, "id": "two-round-valid", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "valid", "comparison": "more_than"}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`
)

// The gap of a failing relation is the least correction that makes it
// hold, not the only one: Montour's governor's race edited so that
// Mastriano's 252 votes in Cooper Township read 337 fails P111 by 82
// (522 votes, 440 ballots cast), and Shapiro is "elected" by 84. The
// least correction would not change that, but taking Shapiro's 172 there
// to 88 satisfies P111 too and ties the race: the okrug is never said to
// be beyond change ("cannot"), only that the least correction is below
// its margin. It is not provisional (the relation errors' banner speaks
// for every seat), and the NIST contest carries the gap and the verdict.
func TestRelationGapLeastBelowMargin(t *testing.T) {
	res := countMontour(t, "SYNTHETIC-EDITED-montour-gov-cooper-mastriano-plus85.csv", montourPlurality)
	require.Len(t, res.Okrugs, 1)
	o := res.Okrugs[0]
	require.Equal(t, "shapiro", o.Winner)
	require.Equal(t, int64(84), o.Margin)
	require.Equal(t, int64(82), o.RelationGap)
	require.Equal(t, shailoo.RelationLeastBelowMargin, o.RelationOverturn)
	require.False(t, o.Provisional)
	require.False(t, res.Provisional)
	require.NotNil(t, res.RelationErrors)
	js, err := json.Marshal(o)
	require.NoError(t, err)
	require.Contains(t, string(js), `"relation_gap":82,"relation_gap_overturn":"least_below_margin"`)
	for _, c := range []struct {
		lang report.Lang
		want string
	}{
		{report.English, "elected (the least correction of its protocols' failing control relations (82) is below its margin (84): it would not change the outcome; a larger one could)"},
		{report.Russian, "наименьшая поправка невыполненных контрольных соотношений его протоколов (82) меньше его отрыва (84): она не изменила бы исход, большая могла бы"},
		{report.Kyrgyz, "эң кичине оңдоосу (82) анын артыкчылыгынан (84) аз"},
	} {
		var text bytes.Buffer
		require.NoError(t, report.Text(&text, res, c.lang))
		require.Contains(t, text.String(), c.want)
	}
	var nist bytes.Buffer
	require.NoError(t, nisterr.Write(&nist, res, nisterr.Options{}))
	for _, k := range []string{nisterr.RelationGapKey, nisterr.RelationVerdictKey} {
		require.Equal(t, 1, strings.Count(nist.String(), `"OtherType": "`+k+`"`), k)
	}
	require.Contains(t, nist.String(), `"Value": "least_below_margin"`)

	// The real cut fails nothing: no gap, no verdict, nothing written.
	res = countMontour(t, "us-pa-2022-montour-5prec.csv", montourPlurality)
	require.Equal(t, "", res.Okrugs[0].RelationOverturn)
	nist.Reset()
	require.NoError(t, nisterr.Write(&nist, res, nisterr.Options{}))
	require.NotContains(t, nist.String(), nisterr.RelationGapKey)
}

// An okrug not decided is no outcome a correction changes: under a
// majority rule whose base (the valid ballots) Montour's mapping does not
// give, the governor's race is "not evaluated" (X227), and its failing
// P111 leaves it without a relation gap or verdict, out of the
// relation_gap reason, its row without "could change it". The relation
// errors' banner stays.
func TestRelationGapNotDecided(t *testing.T) {
	res := countMontour(t, "SYNTHETIC-EDITED-montour-gov-cooper-mastriano-plus85.csv", montourMajority)
	require.Len(t, res.Okrugs, 1)
	o := res.Okrugs[0]
	require.Equal(t, seats.OutcomeMajorityNotEvaluated, o.Outcome)
	require.Zero(t, o.RelationGap)
	require.Equal(t, "", o.RelationOverturn)
	for _, u := range res.ProvisionalReasons {
		require.NotEqual(t, shailoo.UnevaluatedRelationGap, u.Kind, u.Reason)
	}
	require.NotNil(t, res.RelationErrors)
	var text bytes.Buffer
	require.NoError(t, report.Text(&text, res, report.English))
	require.NotContains(t, text.String(), "could change it")
	require.Contains(t, text.String(), "counted fail control relations (P111: 1)")
}

// The relation_gap reason names the codes that failed, not every code it
// could (Bangladesh 2026, 23 constituencies, reshaped to a long file: the
// valid ballots against the two figures given, P103 alone, as the file
// gives no ballots found), counts the protocols once each, and where it
// names fewer findings than fail it ends the list in "…", so that the
// reader knows it was cut: 11 okrugs could change, the findings of ten
// are named.
func TestRelationGapCodesAndCut(t *testing.T) {
	rules := fptpRules(t)
	const mapping = "testdata/relationgap/bd2026-long.mapping.json"
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mapping)), mapping, rules.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	const file = "testdata/ingest/real/SYNTHETIC-EDITED-bd-js2026-long.csv"
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: file, R: strings.NewReader(readFile(t, file)), Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	var u *shailoo.Unevaluated
	for i := range res.ProvisionalReasons {
		if res.ProvisionalReasons[i].Kind == shailoo.UnevaluatedRelationGap {
			u = &res.ProvisionalReasons[i]
		}
	}
	require.NotNil(t, u)
	require.Equal(t, 11, u.Count)
	require.Len(t, u.Affects, 11)
	require.Equal(t, []string{"P103"}, u.Codes)
	require.Len(t, u.Scope, 11)
	require.Equal(t, "…", u.Scope[10])
	require.Contains(t, u.Reason, "(findings P103):")
	var text bytes.Buffer
	require.NoError(t, report.Text(&text, res, report.English))
	require.Contains(t, text.String(), "whose outcome their gaps could change: 11 (findings P103; P103 Kurigram-3 (38679)")
	require.NotContains(t, text.String(), "P103, P111")
}

// TestRelationGapCountUnlisted: the count of relation_gap is of
// protocols alone. Beyond validate.MaxListed findings of a code the rest
// are counted but not listed, their protocols not known: they were added
// to the protocols, findings to protocols (rev24). A synthetic file in
// Alberta's format: 1,001 polls of one district that each fail P103 by a
// vote, 1,000 listed; the count is those 1,000, the reason says the one
// more, and the scope ends in "…".
func TestRelationGapCountUnlisted(t *testing.T) {
	var b strings.Builder
	b.WriteString("ed_2019,poll_name,ballot_type,ndp_votes,ucp_votes,other_votes,valid_votes\n")
	for i := range validate.MaxListed + 1 {
		fmt.Fprintf(&b, "Big,poll %d,Election Day,10,1,0,12\n", i)
	}
	res := countAlberta(t, "big.csv", strings.NewReader(b.String()), fptpRules(t))
	i := slices.IndexFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedRelationGap })
	require.GreaterOrEqual(t, i, 0)
	u := res.ProvisionalReasons[i]
	require.Equal(t, validate.MaxListed, u.Count)
	require.Equal(t, "…", u.Scope[len(u.Scope)-1])
	require.Contains(t, u.Reason, fmt.Sprintf("%d counted protocols fail", validate.MaxListed))
	require.Contains(t, u.Reason, "; 1 findings of these codes are counted but not listed")
}
