package shailoo_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// placingFindings returns the findings X238 of res.
func placingFindings(res *shailoo.Result) []validate.Finding {
	var out []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == validate.PlacingSeated {
			out = append(out, f)
		}
	}
	return out
}

// A tester's mapping of three Bangladeshi constituencies of 2026
// (testdata/notchoice/bd2026-constituencies-cut.csv, a row per
// constituency with its winner's and runner-up's votes) takes the
// placings as candidates: "winner" wins all three seats. A warning names
// it with its evidence, the placing its name says, and the three seats
// are provisional, said in ky, ru and en.
func TestPlacingChoiceSeatedBangladesh(t *testing.T) {
	mapping, err := os.ReadFile("testdata/notchoice/bd2026-placings.map.json")
	require.NoError(t, err)
	text, err := os.ReadFile("testdata/notchoice/bd2026-constituencies-cut.csv")
	require.NoError(t, err)
	res := countCSVText(t, string(mapping), fptpRules(t), string(text))
	require.Len(t, res.Okrugs, 3)
	for _, o := range res.Okrugs {
		require.Equal(t, "winner", o.Winner, o.Okrug)
	}
	fs := placingFindings(res)
	require.Len(t, fs, 1)
	require.Equal(t, validate.Warning, fs[0].Severity)
	require.Equal(t, "winner", fs[0].Place.Candidate)
	m := fs[0].Message()
	require.Contains(t, m.En, "«Winner» is named as a placing («winner»), not a party or candidate, but wins as a choice: okrug Kurigram-3, Narayanganj- 4, Natore-1;")
	require.Contains(t, m.Ru, "назван как занятое место («winner»)")
	require.Contains(t, m.Ky, "ээлеген орун катары («winner») аталган")
	require.True(t, res.Provisional)
	var u *shailoo.Unevaluated
	for i, r := range res.ProvisionalReasons {
		if r.Kind == shailoo.UnevaluatedPlacing {
			u = &res.ProvisionalReasons[i]
		}
	}
	require.NotNil(t, u)
	require.Equal(t, []string{"winner"}, u.Scope)
	require.Equal(t, []string{"okrug/Kurigram-3", "okrug/Narayanganj- 4", "okrug/Natore-1"}, u.Affects)
}

// On the list ballot (SYNTHETIC: a list named "Second place" takes list
// seats) the list seats are provisional; a party whose name has a placing
// among other words ("First Party of Labour") is no placing, whatever its
// ID ("first"), and nothing is said of it.
func TestPlacingChoiceSeatedList(t *testing.T) {
	const mapping = `{"precinct": "station", "ballot": "list", "lines": {"voters": "voters"},
 "votes": {"first": "First Party of Labour", "p2": "Second place"}}`
	const text = "station,voters,First Party of Labour,Second place\n1,1000,400,300\n2,1000,350,320\n"
	f, err := os.Open("testdata/published/real/gy2025-test-rules.json")
	require.NoError(t, err)
	defer f.Close()
	rules, err := shailoo.ReadRules(f, "gy2025-test-rules.json")
	require.NoError(t, err)
	res := countCSVText(t, mapping, rules, text)
	require.Positive(t, res.Lists[0].Seats)
	require.Positive(t, res.Lists[1].Seats)
	fs := placingFindings(res)
	require.Len(t, fs, 1, "%v", fs)
	require.Equal(t, "p2", fs[0].Place.Candidate)
	require.Contains(t, fs[0].Message().En, "is named as a placing («second»)")
	for _, r := range res.ProvisionalReasons {
		if r.Kind == shailoo.UnevaluatedPlacing {
			require.Equal(t, []string{"list"}, r.Affects)
		}
	}
}

// PlacingName reads a placing among the words beside it ("votes",
// "place"), in the languages of the draft's placings; a name with other
// words, a round or a preference is none.
func TestPlacingName(t *testing.T) {
	for name, want := range map[string]string{
		"Winner": "winner", "Winner_Votes": "winner", "RunnerUp_Votes": "runnerup", "runner-up": "runner up",
		"2nd place": "2nd", "1st": "1st", "First place": "first", "Second": "second", "Votos del ganador": "ganador",
		"Ganadora": "ganadora", "Segundo lugar": "segundo", "Победитель": "победитель", "Жеңүүчү": "жеңүүчү",
		"Vainqueur": "vainqueur", "Gewinner Stimmen": "gewinner",
		"": "", "Md. Mahbubul Alam": "", "First Party of Labour": "", "Fiji First": "", "Second round": "",
		"first preference": "", "Winner_Name": "", "Others": "", "Blank votes": "", "votes": "",
	} {
		require.Equal(t, want, ingest.PlacingName(name), name)
	}
}
