package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// scopeFile is a file of testdata/okrugscope with the name of its mapping
// there.
type scopeFile struct{ csv, mapping string }

// countScope counts files of testdata/okrugscope under rules, with the
// definition def (nil: inferred from the first file's mapping), by
// CountCSV or, whole, as MergeCSV reads them (whole), with o.
func countScope(t *testing.T, def *election.Election, rules shailoo.Rules, whole bool, o shailoo.Options, files ...scopeFile) *shailoo.Result {
	t.Helper()
	var in []shailoo.CSVInput
	for _, f := range files {
		m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, "testdata/okrugscope/"+f.mapping)), f.mapping, rules.Protocol.Known)
		require.NoError(t, err)
		r, err := os.Open("testdata/okrugscope/" + f.csv)
		require.NoError(t, err)
		t.Cleanup(func() { r.Close() })
		in = append(in, shailoo.CSVInput{Name: f.csv, R: r, Mapping: m})
	}
	if def == nil {
		d, notes, err := ingest.Define(in[0].Mapping, files[0].mapping)
		require.NoError(t, err)
		def, o.Notes = d, notes
	}
	if whole {
		e, mo, err := shailoo.MergeCSV(def, in, o)
		require.NoError(t, err)
		res, err := shailoo.CountWith(e, rules, mo)
		require.NoError(t, err)
		return res
	}
	res, err := shailoo.CountCSV(def, rules, in, o)
	require.NoError(t, err)
	return res
}

const (
	auckland = "Auckland Central"
	panmure  = "Panmure-Ōtāhuhu"
	newmkt   = "Westfield Newmarket, Shop S212, next to ProfessioNAIL, 309 Broadway"
)

// New Zealand's 2023 files give each electorate's votes by voting place,
// one file per electorate named by the mapping's okrug_id; an advance
// voting place serves several electorates (Westfield Newmarket, Shop
// S212, in Auckland Central's file and in Panmure-Ōtāhuhu's). Each file's
// row is its own electorate's protocol of the place: Panmure-Ōtāhuhu's
// row was moved into Auckland Central (I605, "the election's definition"
// though none was given), SALESA 675 for 687, valid 1,171 for 1,234, and
// Panmure-Ōtāhuhu said "elected" as if nothing were wrong.
func TestPlaceOfSeveralOkrugs(t *testing.T) {
	cuts := []scopeFile{{"nz2023-ac-shared.csv", "nz2023-ac.mapping.json"}, {"nz2023-po-shared.csv", "nz2023-po.mapping.json"}}
	for _, whole := range []bool{false, true} {
		res := countScope(t, nil, fptpRules(t), whole, shailoo.Options{}, cuts...)
		po, ac := okrugOf(t, res, panmure), okrugOf(t, res, auckland)
		if po.CandidateVotes["salesa"] != 687 || po.Valid != 63+94+1077 {
			t.Errorf("whole %v: Panmure-Ōtāhuhu salesa %d valid %d, want 687 and 1,234 (its file's three rows)", whole, po.CandidateVotes["salesa"], po.Valid)
		}
		if ac.CandidateVotes["muralidhar"] != 273+38+1523 || ac.Valid != 601+65+2858 {
			t.Errorf("whole %v: Auckland Central muralidhar %d valid %d, want 1,834 and 3,524", whole, ac.CandidateVotes["muralidhar"], ac.Valid)
		}
		if len(res.Findings.Findings) != 0 || res.Provisional {
			t.Errorf("whole %v: findings %+v, provisional %+v: want none, each row its own okrug's", whole, res.Findings.Findings, res.ProvisionalReasons)
		}
		if !slices.ContainsFunc(res.Notes, func(n string) bool { return strings.Contains(n, "different okrugs") && strings.Contains(n, newmkt) }) {
			t.Errorf("whole %v: no note names the place of two okrugs: %q", whole, res.Notes)
		}
	}
	// A totals-only count keeps no precinct: each row is its okrug's
	// protocol all the same, never a protocol given twice (X207).
	res := countScope(t, nil, fptpRules(t), false, shailoo.Options{TotalsOnly: true}, cuts...)
	if po := okrugOf(t, res, panmure); po.CandidateVotes["salesa"] != 687 || len(res.Findings.Findings) != 0 || res.Provisional {
		t.Errorf("totals only: salesa %d, findings %+v, reasons %+v: want 687, none", po.CandidateVotes["salesa"], res.Findings.Findings, res.ProvisionalReasons)
	}
	// The whole files (read whole: --skip-bad-rows skips their blank and
	// summary lines): each electorate's sums are those of its own rows,
	// its file's total row (SALESA 15,358, not 14,850).
	full := []scopeFile{{"nz2023-candidate-votes-1.csv", "nz2023-1.mapping.json"}, {"nz2023-candidate-votes-37.csv", "nz2023-37.mapping.json"}}
	res = countScope(t, nil, fptpRules(t), false, shailoo.Options{SkipBadRows: true}, full...)
	po, ac := okrugOf(t, res, panmure), okrugOf(t, res, auckland)
	if po.CandidateVotes["salesa"] != 15358 || po.Valid != 28918 || ac.CandidateVotes["swarbrick"] != 16624 || ac.Valid != 34447 {
		t.Errorf("whole files: salesa %d valid %d, swarbrick %d valid %d; want 15,358, 28,918, 16,624, 34,447", po.CandidateVotes["salesa"], po.Valid, ac.CandidateVotes["swarbrick"], ac.Valid)
	}
	if n := len(findingsAt(res, validate.RowElsewhere)); n != 0 {
		t.Errorf("whole files: %d I605, want none", n)
	}
	// Their CRLF lines alone between the sections (above "Voting Places",
	// above the total row, below it) are said, not dropped unseen; those
	// in the summary that footer_rows cuts are the footer's.
	const blank = "nz2023-candidate-votes-1.csv: 3 empty lines skipped between its rows (lines 42, 84, 89): neither protocols nor errors."
	if !slices.Contains(res.Notes, blank) {
		t.Errorf("whole files: no note %q in %q", blank, res.Notes)
	}
}

// A definition that lists the place once, in Auckland Central, is the
// count's: Panmure-Ōtāhuhu's row of it is counted there (I605), and both
// okrugs rest on it (precinct_okrug_differs): the one it went into, the
// one it names.
func TestPlaceMovedIsProvisional(t *testing.T) {
	def := &election.Election{ID: "nz2023-cut", Okrugs: []election.Okrug{{ID: auckland, Name: auckland}, {ID: panmure, Name: panmure}}}
	for _, id := range []string{"coker", "davie", "kane", "liu", "muralidhar", "poole", "sims", "slocum", "swarbrick", "sycamore"} {
		def.Okrugs[0].Candidates = append(def.Okrugs[0].Candidates, election.Candidate{ID: id, Name: id})
	}
	for _, id := range []string{"collins", "modkova", "mokaraka", "randhawa", "robb", "salesa"} {
		def.Okrugs[1].Candidates = append(def.Okrugs[1].Candidates, election.Candidate{ID: id, Name: id})
	}
	def.Precincts = []election.Precinct{{ID: newmkt, Okrug: auckland}, {ID: "Westfield Mall, Centre Court, 219 Don McKinnon Drive", Okrug: auckland},
		{ID: "All Saints Anglican Church, 284 Ponsonby Road", Okrug: auckland}, {ID: "Botany Library, Level 1, Sunset Terrace", Okrug: panmure},
		{ID: "Ōtāhuhu Library, 28 Mason Avenue", Okrug: panmure}}
	cuts := []scopeFile{{"nz2023-ac-shared.csv", "nz2023-ac.mapping.json"}, {"nz2023-po-shared.csv", "nz2023-po.mapping.json"}}
	for _, whole := range []bool{false, true} {
		res := countScope(t, def, fptpRules(t), whole, shailoo.Options{}, cuts...)
		if rows := findingsAt(res, validate.RowElsewhere); !slices.Equal(rows, []int{4}) {
			t.Fatalf("whole %v: I605 at rows %v, want 4", whole, rows)
		}
		u := reasonOf(res, shailoo.UnevaluatedMoved)
		if u == nil || !slices.Equal(u.Affects, []string{"okrug/" + auckland, "okrug/" + panmure}) || u.Count != 1 ||
			!slices.Equal(u.Scope, []string{"nz2023-po-shared.csv:4 (" + newmkt + ")"}) {
			t.Fatalf("whole %v: reasons %+v: want precinct_okrug_differs of row 4 affecting both okrugs", whole, res.ProvisionalReasons)
		}
		if po := okrugOf(t, res, panmure); !po.Provisional || po.CandidateVotes["salesa"] != 675 {
			t.Errorf("whole %v: Panmure-Ōtāhuhu provisional %v salesa %d: want provisional, 675 (its row counted in Auckland Central)", whole, po.Provisional, po.CandidateVotes["salesa"])
		}
		for _, f := range res.Findings.Findings {
			if f.Code == validate.RowElsewhere && !strings.Contains(f.Message().En, "the election's definition") {
				t.Errorf("whole %v: I605 %q: want the definition named", whole, f.Message().En)
			}
		}
	}
	// The place listed once per okrug it serves, its ID scoped by the
	// okrug: each file's row is its okrug's precinct.
	two := *def
	two.Precincts = append([]election.Precinct{{ID: auckland + " / " + newmkt, Okrug: auckland}, {ID: panmure + " / " + newmkt, Okrug: panmure}}, def.Precincts[1:]...)
	for _, whole := range []bool{false, true} {
		res := countScope(t, &two, fptpRules(t), whole, shailoo.Options{}, cuts...)
		if po := okrugOf(t, res, panmure); po.Provisional || po.CandidateVotes["salesa"] != 687 || len(res.Findings.Findings) != 0 {
			t.Errorf("whole %v: Panmure-Ōtāhuhu provisional %v salesa %d, findings %+v: want 687, none", whole, po.Provisional, po.CandidateVotes["salesa"], res.Findings.Findings)
		}
	}
}

// Precincts learnt from the files: a place that two files put in two
// regions of one okrug is counted where the first file puts it, and I605
// names that file, not a definition no one gave.
func TestElsewhereNamesTheFirstFile(t *testing.T) {
	m := readFile(t, "testdata/okrugscope/nz2023-ac.mapping.json")
	north := strings.Replace(m, `"okrug_id"`, `"region_id": "North", "okrug_id"`, 1)
	south := strings.Replace(m, `"okrug_id"`, `"region_id": "South", "okrug_id"`, 1)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(dir+"/north.json", []byte(north), 0o600))
	require.NoError(t, os.WriteFile(dir+"/south.json", []byte(south), 0o600))
	rules := fptpRules(t)
	for _, whole := range []bool{false, true} {
		var in []shailoo.CSVInput
		for i, mp := range []string{dir + "/north.json", dir + "/south.json"} {
			mm, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, mp)), "m.json", rules.Protocol.Known)
			require.NoError(t, err)
			in = append(in, shailoo.CSVInput{Name: []string{"first.csv", "second.csv"}[i], R: strings.NewReader(readFile(t, "testdata/okrugscope/nz2023-ac-shared.csv")), Mapping: mm})
		}
		def, _, err := ingest.Define(in[0].Mapping, "m.json")
		require.NoError(t, err)
		var res *shailoo.Result
		if whole {
			e, mo, err := shailoo.MergeCSV(def, in, shailoo.Options{})
			require.NoError(t, err)
			res, err = shailoo.CountWith(e, rules, mo)
			require.NoError(t, err)
		} else {
			res, err = shailoo.CountCSV(def, rules, in, shailoo.Options{})
			require.NoError(t, err)
		}
		n := 0
		for _, f := range res.Findings.Findings {
			if f.Code != validate.RowElsewhere {
				continue
			}
			n++
			msg := f.Message().En
			if strings.Contains(msg, "definition's") || !strings.Contains(msg, "the file that names it first, first.csv, in «North»") {
				t.Errorf("whole %v: I605 %q: want the first file named, no definition", whole, msg)
			}
		}
		if n != 3 {
			t.Errorf("whole %v: %d I605, want 3 (each row of second.csv)", whole, n)
		}
		if reasonOf(res, shailoo.UnevaluatedMoved) != nil {
			t.Errorf("whole %v: a region differs, not an okrug: reasons %+v", whole, res.ProvisionalReasons)
		}
	}
}

// New Hampshire's 2012 House file names candidates by surname: "Smith"
// is elected in Merrimack 24 (four seats) and in Sullivan 11, one ID
// for what are two people. A warning names both okrugs; each okrug's
// count stands, so the result is not provisional. A mapping per okrug,
// its own ID for its Smith, tells them apart.
func TestCandidateElectedInTwoOkrugs(t *testing.T) {
	rules, err := shailoo.ReadRules(strings.NewReader(readFile(t, "testdata/okrugscope/nh2012-two.rules.json")), "rules.json")
	require.NoError(t, err)
	file := scopeFile{"nh2012-two-smiths.csv", "nh2012-two.mapping.json"}
	for _, whole := range []bool{false, true} {
		res := countScope(t, nil, rules, whole, shailoo.Options{}, file)
		var got []validate.Finding
		for _, f := range res.Findings.Findings {
			if f.Code == validate.CandidateInOkrugs {
				got = append(got, f)
			}
		}
		if len(got) != 1 || got[0].Place.Candidate != "smith" || got[0].Severity != validate.Warning ||
			!strings.Contains(got[0].Message().En, "stands in okrugs Merrimack / 24, Sullivan / 11 and is elected in Merrimack / 24, Sullivan / 11") {
			t.Fatalf("whole %v: X230 %+v: want one warning for smith naming both okrugs", whole, got)
		}
		if res.Provisional {
			t.Errorf("whole %v: provisional %+v: each okrug's count stands", whole, res.ProvisionalReasons)
		}
	}
	// A file of constituencies, a column per party (examples/fptp): the
	// column "Labour" is Labour's candidate in each, elected in two, one
	// column's and not said.
	m0, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, "examples/fptp/mapping.json")), "mapping.json", rules.Protocol.Known)
	require.NoError(t, err)
	uk, err := os.Open("examples/fptp/constituencies.csv")
	require.NoError(t, err)
	defer uk.Close()
	ukDef, _, err := ingest.Define(m0, "mapping.json")
	require.NoError(t, err)
	ukRes, err := shailoo.CountCSV(ukDef, fptpRules(t), []shailoo.CSVInput{{Name: "constituencies.csv", R: uk, Mapping: m0}}, shailoo.Options{})
	require.NoError(t, err)
	won := map[string]int{}
	for _, o := range ukRes.Okrugs {
		won[o.Winner]++
	}
	if won["labour"] < 2 || len(findingsAt(ukRes, validate.CandidateInOkrugs)) != 0 {
		t.Errorf("examples/fptp: winners %v, X230 %v: want labour in two okrugs, no X230", won, findingsAt(ukRes, validate.CandidateInOkrugs))
	}
	// Two files' columns of one ID (Muralidhar in Auckland Central,
	// Salesa, the winner, in Panmure-Ōtāhuhu, each mapped as "smith"):
	// each okrug names its "smith" by its own file's header, two people
	// of two names, each seat right, and not said (it was, X230, while
	// every okrug named "smith" by the first file's header: Salesa's seat
	// went to "MURALIDHAR, Mahesh").
	var two []shailoo.CSVInput
	for _, f := range []struct{ csv, mapping, col string }{{"nz2023-ac-shared.csv", "nz2023-ac.mapping.json", `"muralidhar"`}, {"nz2023-po-shared.csv", "nz2023-po.mapping.json", `"salesa"`}} {
		md := strings.Replace(readFile(t, "testdata/okrugscope/"+f.mapping), f.col, `"smith"`, 1)
		mm, err := ingest.ReadMappingFor(strings.NewReader(md), f.mapping, rules.Protocol.Known)
		require.NoError(t, err)
		two = append(two, shailoo.CSVInput{Name: f.csv, R: strings.NewReader(readFile(t, "testdata/okrugscope/"+f.csv)), Mapping: mm})
	}
	nzDef, _, err := ingest.Define(two[0].Mapping, "m.json")
	require.NoError(t, err)
	nzRes, err := shailoo.CountCSV(nzDef, fptpRules(t), two, shailoo.Options{})
	require.NoError(t, err)
	if n := len(findingsAt(nzRes, validate.CandidateInOkrugs)); n != 0 {
		t.Errorf("two files' columns of one ID, two names: %d X230, want 0 (findings %+v)", n, nzRes.Findings.Findings)
	}
	for _, o := range nzRes.Okrugs {
		if want := map[string]string{auckland: "MURALIDHAR, Mahesh", panmure: "SALESA, Jennifer"}[o.Okrug]; o.CandidateNames["smith"] != want {
			t.Errorf("two files' columns of one ID: %s names smith %q, want %q", o.Okrug, o.CandidateNames["smith"], want)
		}
	}
	// Each okrug's own mapping (rows.where), its Smith an ID of its own.
	m := readFile(t, "testdata/okrugscope/nh2012-two.mapping.json")
	var in []shailoo.CSVInput
	for _, d := range []string{"24", "11"} {
		md := strings.Replace(m, `"aggregates"`, `"rows": {"where": [{"column": "district", "values": ["`+d+`"]}]}, "aggregates"`, 1)
		md = strings.Replace(md, `"Smith": "smith"`, `"Smith": "smith-`+d+`"`, 1)
		mm, err := ingest.ReadMappingFor(strings.NewReader(md), "m"+d+".json", rules.Protocol.Known)
		require.NoError(t, err)
		in = append(in, shailoo.CSVInput{Name: "nh" + d + ".csv", R: strings.NewReader(readFile(t, "testdata/okrugscope/nh2012-two-smiths.csv")), Mapping: mm})
	}
	def, _, err := ingest.Define(in[0].Mapping, "m24.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, rules, in, shailoo.Options{})
	require.NoError(t, err)
	if n := len(findingsAt(res, validate.CandidateInOkrugs)); n != 0 {
		t.Errorf("an ID per okrug: %d X230, want none", n)
	}
	if o := okrugOf(t, res, "Sullivan / 11"); o.Winner != "smith-11" {
		t.Errorf("Sullivan / 11 won by %q, want smith-11", o.Winner)
	}
}
