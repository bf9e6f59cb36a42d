package shailoo_test

import (
	"bytes"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// wardMapping maps Nigeria's FCT councillor file (a row per ward and
// party), its okrug named by okrug: "ward_name" alone, or the area council
// and the ward.
func wardMapping(t *testing.T, okrug string) ingest.Mapping {
	t.Helper()
	m, err := ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": {"columns": ["lga_name", "ward_name"]}, "ballot": "okrug",
  "choice_column": "party_code", "votes_column": "votes", "region": "lga_name", "okrug": `+okrug+`,
  "choice_values": {"A": "a", "ADC": "adc", "ADP": "adp", "APC": "apc", "APGA": "apga", "APM": "apm", "NNPP": "nnpp", "PDP": "pdp", "SDP": "sdp", "ZLP": "zlp"}}`), "ward.json")
	require.NoError(t, err)
	return m
}

// A ward GWAKO in Gwagwalada and another in the Municipal area council
// (the edited copy of the real file: KARSHI renamed) are two okrugs: named
// by the ward alone, the rows of both learnt one okrug whose votes were
// the sum of both (3,310 = 1,586 + 1,724 for APC), without a word. Now
// that is finding I607, naming both regions and the first row of each,
// and the okrug is in no region; named by the area council and the ward
// ("okrug": {"columns": [...]}), they are two okrugs, each decided by its
// own rows. With a definition given that lists no precincts and places
// GWAKO in Gwagwalada, the Municipal ward's first row is finding I607 too.
func TestOkrugRowsInTwoRegions(t *testing.T) {
	const name = "EDITED-ng-fct2026-ward-samename.csv"
	b, err := os.ReadFile("testdata/ingest/real/" + name)
	require.NoError(t, err)
	rules := fptpRules(t)
	count := func(t *testing.T, def *election.Election, m ingest.Mapping, o shailoo.Options) *shailoo.Result {
		t.Helper()
		res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: name, R: bytes.NewReader(b), Mapping: m}}, o)
		require.NoError(t, err)
		return res
	}
	codes := func(res *shailoo.Result) (fs []validate.Finding) {
		for _, f := range res.Findings.Findings {
			if f.Code == validate.OkrugRegions {
				fs = append(fs, f)
			}
		}
		return fs
	}

	one := wardMapping(t, `"ward_name"`)
	def, _, err := ingest.Define(one, "ward.json")
	require.NoError(t, err)
	// Streamed (the okrugs learnt from the rows first), and read whole.
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}, {TotalsOnly: true}} {
		res := count(t, def, one, o)
		fs := codes(res)
		require.Len(t, fs, 1, "%+v: %v", o, res.Findings.Findings)
		f := fs[0]
		require.Equal(t, validate.OkrugRegions, f.Code)
		require.Equal(t, validate.Warning, f.Severity)
		require.Equal(t, validate.Place{Level: validate.LevelFile, File: name, Row: 18, Okrug: "GWAKO", Region: "Municipal"}, f.Place)
		require.Equal(t, "Gwagwalada", f.Want)
		require.Equal(t, "Municipal", f.Got)
		require.Contains(t, f.Sentence("en"), `row 9 places it in region «Gwagwalada», row 18 in region «Municipal»`)
		require.Contains(t, f.Sentence("en"), `"okrug": {"columns": ["lga_name", "ward_name"]}`)
		require.Contains(t, f.Sentence("ru"), "строка 9")
		require.Contains(t, f.Sentence("ky"), "9-сап")
		i := slices.IndexFunc(res.Okrugs, func(o shailoo.Okrug) bool { return o.Okrug == "GWAKO" })
		require.GreaterOrEqual(t, i, 0)
		require.Equal(t, int64(3310), res.Okrugs[i].LeaderVotes) // counted as one, and said
	}

	// The okrug named by both columns: three wards, two GWAKOs.
	two := wardMapping(t, `{"columns": ["lga_name", "ward_name"]}`)
	def, _, err = ingest.Define(two, "ward.json")
	require.NoError(t, err)
	res := count(t, def, two, shailoo.Options{})
	require.Empty(t, codes(res))
	var got []string
	for _, o := range res.Okrugs {
		got = append(got, o.Okrug+":"+o.Winner+":"+strconv.FormatInt(o.LeaderVotes, 10))
	}
	require.Equal(t, []string{"Bwari / BYAZHIN:pdp:1144", "Gwagwalada / GWAKO:apc:1586", "Municipal / GWAKO:pdp:1830"}, got)

	// A definition given: its okrug GWAKO is Gwagwalada's, and the rows of
	// the Municipal ward name it by its name alone.
	def = &election.Election{ID: "fct", Name: "FCT",
		Regions: []election.Region{{ID: "Bwari", Name: "Bwari"}, {ID: "Gwagwalada", Name: "Gwagwalada"}, {ID: "Municipal", Name: "Municipal"}},
		Okrugs: []election.Okrug{
			{ID: "BYAZHIN", Name: "BYAZHIN", Region: "Bwari", Candidates: candidates("pdp", "apc", "apga", "adc", "zlp", "a", "sdp")},
			{ID: "GWAKO", Name: "GWAKO", Region: "Gwagwalada", Candidates: candidates("apc", "pdp", "apga", "adc", "nnpp", "sdp", "adp", "a", "apm")}}}
	no := false
	def.Ballots.Okrug.AgainstAll = &no
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}, {TotalsOnly: true}} {
		res := count(t, def, one, o)
		fs := codes(res)
		require.Len(t, fs, 1, "%+v: %v", o, res.Findings.Findings)
		require.Equal(t, validate.Place{Level: validate.LevelFile, File: name, Row: 18, Okrug: "GWAKO", Region: "Municipal"}, fs[0].Place)
		require.Equal(t, "Gwagwalada", fs[0].Want)
		require.Equal(t, "Municipal", fs[0].Got)
		require.Contains(t, fs[0].Sentence("en"), "the election's definition places it in region «Gwagwalada», row 18 in region «Municipal»")
	}
	// A district whose precincts have names of their own may span
	// regions (a congressional district of two counties): not said.
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "precinct", "region": "county", "okrug": "district", "ballot": "okrug",
  "votes": {"a": "a", "b": "b"}}`), "us.json")
	require.NoError(t, err)
	us, _, err := ingest.Define(m, "us.json")
	require.NoError(t, err)
	res, err = shailoo.CountCSV(us, rules, []shailoo.CSVInput{{Name: "us.csv", Mapping: m,
		R: strings.NewReader("precinct,county,district,a,b\nP1,Delaware,12,5,3\nP2,Franklin,12,4,4\n")}}, shailoo.Options{})
	require.NoError(t, err)
	require.Empty(t, codes(res))
	require.Len(t, res.Okrugs, 1)

	// A file of several contests names its precincts by the contest and
	// the precinct (one precinct votes on two propositions): the key
	// holds the okrug's column, but the precincts have names of their
	// own, and a school district's proposition spans two counties
	// (Oklahoma's returns of 10 January 2017): not said either.
	m, err = ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": {"columns": ["office", "precinct"]}, "region": "county",
  "okrug": "office", "ballot": "okrug", "choice_column": "candidate", "votes_column": "votes", "choice_values": {"YES": "yes", "NO": "no"}}`), "ok.json")
	require.NoError(t, err)
	ok, _, err := ingest.Define(m, "ok.json")
	require.NoError(t, err)
	res, err = shailoo.CountCSV(ok, rules, []shailoo.CSVInput{{Name: "ok.csv", Mapping: m,
		R: strings.NewReader("county,precinct,office,candidate,votes\nCaddo,080001,Prop 1,YES,10\nCaddo,080001,Prop 1,NO,3\n" +
			"Canadian,090001,Prop 1,YES,7\nCanadian,090001,Prop 1,NO,9\nCanadian,090001,Prop 2,YES,1\nCanadian,090001,Prop 2,NO,2\n")}}, shailoo.Options{})
	require.NoError(t, err)
	require.Empty(t, codes(res))
	require.Len(t, res.Okrugs, 2)
	require.Equal(t, "yes", res.Okrugs[0].Winner)
	require.Equal(t, int64(17), res.Okrugs[0].LeaderVotes)

	// The definition's okrugs named as the rows name them, by both
	// columns: nothing to say.
	def.Okrugs[0].ID, def.Okrugs[1].ID = "Bwari / BYAZHIN", "Gwagwalada / GWAKO"
	def.Okrugs = append(def.Okrugs, election.Okrug{ID: "Municipal / GWAKO", Name: "GWAKO", Region: "Municipal", Candidates: def.Okrugs[1].Candidates})
	res = count(t, def, two, shailoo.Options{})
	require.Empty(t, codes(res))
	require.Equal(t, 0, res.Findings.Errors(), "%v", res.Findings.Findings)
}

func candidates(ids ...string) []election.Candidate {
	cs := make([]election.Candidate, len(ids))
	for i, id := range ids {
		cs[i] = election.Candidate{ID: id, Name: strings.ToUpper(id), Position: i + 1}
	}
	return cs
}

// Rhode Island's statewide question 1 of 2016 by town
// (testdata/ingest/real/us-ri-2016-town-question1.csv): a row per question
// and town, the town the region. The question's rows name three regions
// and are one contest: counted as one okrug in no region, 14,094 Approve
// of 26,197, and the finding (I607) a warning that says that reading
// beside the other, not an error that makes the count fail.
func TestOkrugAcrossRegionsIsAWarning(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": {"columns": ["office", "county"]}, "region": "county", "okrug": "office", "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Approve": "approve", "Reject": "reject"}, "line_values": {"Total": "valid"}}`
	res := countReal(t, "us-ri-2016-town-question1.csv", mapping, readFile(t, "examples/fptp/rules.json"))
	var fs []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == validate.OkrugRegions {
			fs = append(fs, f)
		}
		require.NotEqual(t, validate.Error, f.Severity, "%v", f)
	}
	require.Len(t, fs, 2) // Bristol and Burrillville after Barrington
	require.Equal(t, validate.Warning, fs[0].Severity)
	require.Contains(t, fs[0].Sentence("en"), "a contest put to several regions is (a statewide question)")
	require.Len(t, res.Okrugs, 1)
	require.Equal(t, "approve", res.Okrugs[0].Leader)
	require.Equal(t, int64(4229+5737+4128), res.Okrugs[0].LeaderVotes)
}
