package report_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// An election of 2 okrugs under a rule set of 36 okrug seats: the okrug
// table and the parliament say that the numbers differ, in each language;
// with the rule set's seats set to 2 they say nothing.
func TestOkrugSeatsDiffer(t *testing.T) {
	f, err := os.Open("../testdata/ingest/small-election.json")
	require.NoError(t, err)
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	require.NoError(t, err)
	r, err := shailoo.KG2021().Set("seats.list", "9")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	want := map[report.Lang][]string{
		report.English: {"Single-mandate okrugs (2 defined; the rule set has 36 okrug seats)",
			"⚠ The rule set kg2021 has 36 okrug seats, but the election's okrugs have 2"},
		report.Russian: {"Одномандатные округа (определено: 2; в наборе правил мандатов по округам: 36)",
			"⚠ В наборе правил kg2021 мандатов по округам: 36, а у округов выборов их 2"},
		report.Kyrgyz: {"Бир мандаттуу округдар (аныкталганы: 2; эрежелер топтомунда округдар боюнча мандаттар: 36)",
			"⚠ kg2021 эрежелер топтомунда округдар боюнча мандаттар: 36, ал эми шайлоонун округдарында 2"},
	}
	for _, l := range report.Langs() {
		var b bytes.Buffer
		require.NoError(t, report.Text(&b, res, l))
		for _, s := range want[l] {
			require.Contains(t, b.String(), s, l)
		}
	}
	r, err = r.Set("seats.okrug", "2")
	require.NoError(t, err)
	res, err = shailoo.Count(e, r)
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, report.Text(&b, res, report.English))
	require.Contains(t, b.String(), "Single-mandate okrugs (2)\n")
	require.NotContains(t, b.String(), "⚠ The rule set")
}

// The okrug table's "%" names its base, those who took part (valid and
// invalid ballots), in each language.
func TestOkrugShareNamesItsBase(t *testing.T) {
	res := small(t)
	want := map[report.Lang][]string{
		report.English: {"% of participants  ", "% of participants: of the okrug's valid and invalid ballots, those who took part; against all's share too."},
		report.Russian: {"% от участвовавших  ", "% от участвовавших: от действительных и недействительных бюллетеней округа"},
		report.Kyrgyz:  {"катышкандардан %  ", "Катышкандардан %: округдун жарактуу жана жараксыз бюллетендеринен"},
	}
	for _, l := range report.Langs() {
		var b bytes.Buffer
		require.NoError(t, report.Text(&b, res, l))
		for _, s := range want[l] {
			require.Contains(t, b.String(), s, l)
		}
	}
}
