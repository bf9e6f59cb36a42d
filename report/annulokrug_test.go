package report_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
)

// An okrug whose every precinct is annulled has no result by the
// annulment's premise: said annulled, not missing, and the count is not
// provisional for it.
func TestAnnulledOkrugIsNotMissing(t *testing.T) {
	f, err := os.Open("../testdata/ingest/small-election.json")
	require.NoError(t, err)
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	require.NoError(t, err)
	r, err := shailoo.KG2021().Set("seats.list", "9")
	require.NoError(t, err)
	o := shailoo.Options{}
	for _, id := range []string{"2001", "2002", "2003"} {
		o.Annul = append(o.Annul, shailoo.Annulment{Kind: shailoo.AnnulPrecinct, ID: id})
	}
	w, err := shailoo.CompareAnnulled(e, r, o)
	require.NoError(t, err)
	res := w.Alternative
	// (the region of the okrug has no figures left: its regional
	// threshold is not evaluated, which is a separate matter)
	for _, u := range res.ProvisionalReasons {
		require.NotEqual(t, shailoo.UnevaluatedOkrug, u.Kind, u.Reason)
		require.NotContains(t, u.Affects, "okrug/2", u.Reason)
	}
	require.Equal(t, seats.OutcomeAnnulled, res.Okrugs[1].Outcome)
	require.Equal(t, seats.OutcomeElected, res.Okrugs[0].Outcome)
	require.Equal(t, 1, res.Seats.Okrug)
	want := map[report.Lang][]string{
		report.English: {"annulled: the results of all its precincts", "okrugs whose results are all annulled: 1"},
		report.Russian: {"итоги отменены: на всех участках округа", "округов, все итоги которых отменены: 1"},
		report.Kyrgyz:  {"жыйынтыктар жокко чыгарылды: округдун бардык участокторунда", "бардык жыйынтыктары жокко чыгарылган округдар: 1"},
	}
	for _, l := range report.Langs() {
		var b bytes.Buffer
		require.NoError(t, report.AnnulText(&b, w, l))
		for _, s := range want[l] {
			require.Contains(t, b.String(), s, l)
		}
		require.NotContains(t, b.String(), "no protocol", l)
	}
}

// Of many annulments the header names the first few and counts the rest;
// the JSON keeps them all.
func TestManyAnnulmentsShortened(t *testing.T) {
	res := small(t)
	for i := range 56 {
		res.Annulled = append(res.Annulled, shailoo.Annulment{Kind: shailoo.AnnulPrecinct, ID: fmt.Sprint(5056 + i)})
	}
	var b bytes.Buffer
	require.NoError(t, report.Text(&b, res, report.English))
	head, _, _ := strings.Cut(b.String(), "\n  Rule set")
	require.Contains(t, head, "56 annulments: the results of precinct 5056, the results of precinct 5057, the results of precinct 5058 and 53 more")
	require.NotContains(t, head, "5059")
	b.Reset()
	require.NoError(t, report.JSON(&b, res))
	require.Contains(t, b.String(), `"id": "5111"`)
}

// Under a divisor method the report names the method and the price of a
// seat: the quotients of the last seat given and of the first not given.
func TestDivisorMethodAndPrice(t *testing.T) {
	f, err := os.Open("../testdata/ingest/small-election.json")
	require.NoError(t, err)
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	require.NoError(t, err)
	r, err := shailoo.KG2021().Set("seats.list", "9")
	require.NoError(t, err)
	r, err = r.Set("list.method", "dhondt")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	require.NotNil(t, res.ListPrice)
	require.Equal(t, seats.DHondt, res.ListPrice.Method)
	require.NotEmpty(t, res.ListPrice.Last)
	want := map[report.Lang][]string{
		report.English: {"D'Hondt method (divisors 1, 2, 3, …)", "Last seat given: ", "; first not given: ", ", quotient "},
		report.Russian: {"метод Д’Ондта (делители 1, 2, 3, …)", "Последний распределённый мандат: ", "; первый нераспределённый: ", ", частное "},
		report.Kyrgyz:  {"Д’Ондт ыкмасы (бөлүүчүлөр 1, 2, 3, …)", "Акыркы берилген мандат: ", "; биринчи берилбеген мандат: ", "-мандат, тийинди "},
	}
	for _, l := range report.Langs() {
		for _, md := range []bool{false, true} {
			var b bytes.Buffer
			if md {
				require.NoError(t, report.Markdown(&b, res, l))
			} else {
				require.NoError(t, report.Text(&b, res, l))
			}
			for _, s := range want[l] {
				require.Contains(t, b.String(), s, l)
			}
		}
	}
	// Hare has a quota, not a price.
	require.Nil(t, small(t).ListPrice)
}
