package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// pooledFindings returns the findings X236 of res.
func pooledFindings(res *shailoo.Result) []validate.Finding {
	var out []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == validate.PooledSeated {
			out = append(out, f)
		}
	}
	return out
}

// gyMapping maps the Guyana cut's parties, "rest" (all other parties
// together) as a choice as a user's own mapping may.
const gyMapping = `{"layout": "long", "precinct": "ID", "region": "region", "ballot": "list",
 "choice_column": "party", "votes_column": "votes", "empty_votes": "not_on_ballot",
 "choice_values": {"AFC": "afc", "ALP": "alp", "APNU": "apnu", "FGM": "fgm", "PPPC": "pppc", "WIN": "win", "rest": "rest"}%s}`

// countGuyana counts five NDCs of Guyana's 2025 election melted long
// (testdata/ingest/real/EDITED-gy2025-ndc-long.csv) under a tester's rule
// set of 65 list seats by Hare quota, extra added to the mapping.
func countGuyana(t *testing.T, extra string) *shailoo.Result {
	t.Helper()
	f, err := os.Open("testdata/published/real/gy2025-test-rules.json")
	require.NoError(t, err)
	defer f.Close()
	rules, err := shailoo.ReadRules(f, "gy2025-test-rules.json")
	require.NoError(t, err)
	text, err := os.ReadFile("testdata/ingest/real/EDITED-gy2025-ndc-long.csv")
	require.NoError(t, err)
	return countCSVText(t, strings.Replace(gyMapping, "%s", extra, 1), rules, string(text))
}

// Guyana's pooled "rest" mapped as a choice takes a list seat (422 of the
// cut's 19,184 votes, 1 of 65 seats): a warning names it and its seats,
// and the list seats are provisional, the reason said in ky, ru and en.
// Listed in the mapping's aggregates it takes none, and nothing is said.
func TestPooledChoiceSeatedList(t *testing.T) {
	res := countGuyana(t, "")
	var rest shailoo.List
	for _, l := range res.Lists {
		if l.ID == "rest" {
			rest = l
		}
	}
	require.Positive(t, rest.Seats)
	fs := pooledFindings(res)
	require.Len(t, fs, 1)
	require.Equal(t, validate.Warning, fs[0].Severity)
	require.Equal(t, "rest", fs[0].Place.Candidate)
	m := fs[0].Message()
	require.Contains(t, m.En, "«rest» is named as the votes of others together")
	require.Contains(t, m.En, "wins as a choice: 1 list seat(s); list it in the mapping's aggregates")
	require.Contains(t, m.Ru, "назван как голоса остальных вместе")
	require.Contains(t, m.Ky, "калгандардын добуштары бирге деп аталган")
	require.True(t, res.Provisional)
	var u *shailoo.Unevaluated
	for i, r := range res.ProvisionalReasons {
		if r.Kind == shailoo.UnevaluatedPooled {
			u = &res.ProvisionalReasons[i]
		}
	}
	require.NotNil(t, u)
	require.Equal(t, []string{"rest"}, u.Scope)
	require.Equal(t, []string{"list"}, u.Affects)

	res = countGuyana(t, `, "aggregates": ["rest"]`)
	require.Empty(t, pooledFindings(res))
	for _, r := range res.ProvisionalReasons {
		require.NotEqual(t, shailoo.UnevaluatedPooled, r.Kind)
	}
}

// On the okrug ballot (SYNTHETIC: two districts, "Others" leading the
// second): the okrug it wins is provisional, and said.
func TestPooledChoiceSeatedOkrug(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "station", "okrug": "district", "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Ann": "ann", "Bob": "bob", "Others": "others"}}`
	const text = "station,district,candidate,votes\n1,North,Ann,120\n1,North,Others,30\n2,South,Bob,40\n2,South,Others,90\n"
	res := countCSVText(t, mapping, fptpRules(t), text)
	fs := pooledFindings(res)
	require.Len(t, fs, 1)
	require.Contains(t, fs[0].Message().En, "wins as a choice: okrug South;")
	var affects []string
	for _, r := range res.ProvisionalReasons {
		if r.Kind == shailoo.UnevaluatedPooled {
			affects = r.Affects
		}
	}
	require.Equal(t, []string{"okrug/South"}, affects)
}

// PooledName reads the words the draft proposes as aggregates, whole, in
// any case and spacing; a party's name that has one among others is not
// one.
func TestPooledName(t *testing.T) {
	for name, want := range map[string]bool{
		"rest": true, "Others": true, "Other  Parties": true, "OTROS": true, "Autres": true, "Sonstige": true,
		"Другие": true, "Башкалар": true, "Write-ins": true, " andere ": true,
		"": false, "PPPC": false, "Restoration Party": false, "Other Voices Party": false, "Blank votes": false,
	} {
		require.Equal(t, want, ingest.PooledName(name), name)
	}
}

// Costa Rica's 2022 first round, two JRVs, "Otros" (the minor parties
// pooled) mapped by hand as a choice, under a rule set that puts it second
// (70%: a mechanism, not the law's 40%): it goes to the second round with
// PLN. A place in a second round is won as a seat is: X236 names it, and
// the okrug is provisional. Listed in aggregates, the okrug is not decided
// (aggregate_leads), whose words say a second-round place, not "leads".
func TestPooledChoiceRunoffPlace(t *testing.T) {
	f, err := os.Open("testdata/pooled/MECHANISM-cr-70pct-rules.json")
	require.NoError(t, err)
	defer f.Close()
	rules, err := shailoo.ReadRules(f, "rules.json")
	require.NoError(t, err)
	text, err := os.ReadFile("testdata/ingest/real/cr-2022-r1-jrv-otros-2rows.csv")
	require.NoError(t, err)
	const mapping = `{"delimiter": ";", "precinct": "id_unidad", "ballot": "okrug", "okrug_id": "presidente",
 "lines": {"voters": "habilitados", "invalid": "blanco_y_nulo"},
 "votes": {"fa": "FA", "otros": "Otros", "pln": "PLN", "plp": "PLP", "pnr": "PNR", "psd": "PSD", "pusc": "PUSC"}%s}`
	res := countCSVText(t, strings.Replace(mapping, "%s", "", 1), rules, string(text))
	require.Equal(t, []string{"pln", "otros"}, res.Okrugs[0].Runoff)
	fs := pooledFindings(res)
	require.Len(t, fs, 1)
	require.Equal(t, "otros", fs[0].Place.Candidate)
	require.Contains(t, fs[0].Message().En, "«Otros» is named as the votes of others together")
	require.Contains(t, fs[0].Message().En, "wins as a choice: okrug presidente (a place in its second round);")
	require.True(t, res.Okrugs[0].Provisional)

	res = countCSVText(t, strings.Replace(mapping, "%s", `, "aggregates": ["otros"]`, 1), rules, string(text))
	require.Equal(t, seats.OutcomeAggregateLeads, res.Okrugs[0].Outcome)
	require.Empty(t, pooledFindings(res))
	w, ok := words.Lookup("report.aggregate_leads")
	require.True(t, ok)
	require.Contains(t, w.En, "would take a seat or a second-round place, or ties for one")
	require.NotContains(t, w.En, "leads or ties")
}
