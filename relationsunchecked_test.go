package shailoo_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// countGaspe counts testdata/partynames's Gaspé cut (3 polling sections,
// official) under examples/fptp with the mapping gaspe.map.json edited by
// edit.
func countGaspe(t *testing.T, edit func(string) string) *shailoo.Result {
	t.Helper()
	r := readRulesFile(t, "examples/fptp/rules.json")
	text := edit(readFile(t, "testdata/partynames/gaspe.map.json"))
	m, err := ingest.ReadMappingFor(strings.NewReader(text), "gaspe.map.json", r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "gaspe.map.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "qc2018-gaspe-cut.csv", Mapping: m,
		R: strings.NewReader(readFile(t, "testdata/partynames/qc2018-gaspe-cut.csv"))}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// A mapping of the choices' votes alone (Québec's first draft: no
// voters, valid or invalid ballots) leaves every control relation not
// evaluated: the Result says so (relations_unchecked, the 3 protocols),
// the text and Markdown reports at their head in every language, with
// the fix; the note that a form without those lines would check the
// relations, no fix here, is not said. The seats rest on the votes,
// which are there: not provisional for it. With the lines mapped, the
// relations are checked and nothing is said.
func TestRelationsUnchecked(t *testing.T) {
	votesOnly := func(m string) string {
		i, j := strings.Index(m, `"lines"`), strings.Index(m, `"votes"`)
		return m[:i] + m[j:]
	}
	res := countGaspe(t, votesOnly)
	require.NotNil(t, res.RelationsUnchecked)
	require.Equal(t, 3, res.RelationsUnchecked.Protocols)
	require.Equal(t, "pq", res.Okrugs[0].Winner)
	require.Equal(t, int64(49+24+33), res.Okrugs[0].LeaderVotes)
	require.NotContains(t, reasonKinds(res), "relations_unchecked")
	for _, n := range res.Notes {
		require.NotContains(t, n, "Relations of the protocol form are not evaluated")
	}
	b, err := json.Marshal(res)
	require.NoError(t, err)
	require.Contains(t, string(b), `"relations_unchecked":{"protocols":3,"map":["voters","invalid","valid"],"turnout":true}`)
	for _, c := range []struct {
		lang      report.Lang
		head, fix string
	}{
		{report.English, "⚠ No control relation could be checked: the 3 protocol(s) counted give no line", `Map the file's lines to check them: "lines": {"voters": "<column>"`},
		{report.Russian, "⚠ Ни одно контрольное соотношение не удалось проверить: учтённые протоколы (3)", `"lines": {"voters": "<столбец>"`},
		{report.Kyrgyz, "⚠ Бир да контролдук катыш текшерилген жок: эсептелген протоколдор (3)", `"lines": {"voters": "<мамыча>"`},
	} {
		var text, md bytes.Buffer
		require.NoError(t, report.Text(&text, res, c.lang))
		require.NoError(t, report.Markdown(&md, res, c.lang))
		for _, out := range []string{text.String(), md.String()} {
			require.Contains(t, out, c.head)
			require.Contains(t, out, c.fix)
			// at the head: before the okrugs' table
			require.Less(t, strings.Index(out, c.head), strings.Index(out, "Gaspé"))
		}
	}

	res = countGaspe(t, func(m string) string { return m })
	require.Nil(t, res.RelationsUnchecked)
	b, err = json.Marshal(res)
	require.NoError(t, err)
	require.NotContains(t, string(b), "relations_unchecked")
}

// A mapping that gives one line of the form, or two, with which no
// relation can be evaluated (the invalid ballots alone: P103 needs the
// valid ones, P110 the valid ones and the voters, P112 the voters) gets
// the headline too: it names the line given and the lines to map, with
// the mapping's "lines" for them, in every language, at the head. A line
// that lets one relation be evaluated gets none: the valid ballots alone
// (P103, valid = votes), the voters alone (P112, votes <= voters), which
// the not-evaluated entries then list code by code with the lines the
// others lack.
func TestRelationsUncheckedLines(t *testing.T) {
	only := func(lines string) func(string) string {
		return func(m string) string {
			i, j := strings.Index(m, `"lines"`), strings.Index(m, `"votes"`)
			return m[:i] + `"lines": {` + lines + "},\n " + m[j:]
		}
	}
	res := countGaspe(t, only(`"invalid": "B.R."`))
	x := res.RelationsUnchecked
	require.NotNil(t, x)
	require.Equal(t, 3, x.Protocols)
	require.Equal(t, []election.Line{election.Invalid}, x.Given)
	require.Equal(t, []election.Line{election.Voters, election.Valid}, x.Map)
	require.Equal(t, "pq", res.Okrugs[0].Winner)
	require.False(t, res.Provisional)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	require.Contains(t, string(b), `"relations_unchecked":{"protocols":3,"given":["invalid"],"map":["voters","valid"]}`)
	for _, c := range []struct {
		lang      report.Lang
		head, fix string
	}{
		{report.English, "⚠ No control relation could be checked: the 3 protocol(s) counted give only the line(s) invalid of the protocol form",
			`Map the file's columns of the line(s) voters, valid to check them: "lines": {"voters": "<column>", "valid": "<column>"} in the mapping.`},
		{report.Russian, "учтённые протоколы (3) дают лишь строки формы протокола invalid", `"lines": {"voters": "<столбец>", "valid": "<столбец>"}`},
		{report.Kyrgyz, "эсептелген протоколдор (3) протокол формасынын invalid саптарын гана берет", `"lines": {"voters": "<мамыча>", "valid": "<мамыча>"}`},
	} {
		var text, md bytes.Buffer
		require.NoError(t, report.Text(&text, res, c.lang))
		require.NoError(t, report.Markdown(&md, res, c.lang))
		for _, out := range []string{text.String(), md.String()} {
			require.Contains(t, out, c.head)
			require.Contains(t, out, c.fix)
			require.Less(t, strings.Index(out, c.head), strings.Index(out, "Gaspé"))
		}
	}

	for _, lines := range []string{`"valid": "B.V."`, `"voters": "É.I."`, `"voters": "É.I.", "invalid": "B.R."`} {
		res := countGaspe(t, only(lines))
		require.Nil(t, res.RelationsUnchecked, lines)
	}
}
