package shailoo_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// Chile's 2021 presidential first round by mesa (testdata/cl2021: a real
// cut of Atacama, and files edited on purpose from it).

const cl2021 = "testdata/cl2021/"

// draftCL2021 drafts the mapping of a file of testdata/cl2021 (text:
// its text, or the file's when ""), as `shailoo mapping draft` does.
func draftCL2021(t *testing.T, file, text string) ingest.Mapping {
	t.Helper()
	if text == "" {
		text = readFile(t, cl2021+file)
	}
	d, err := ingest.DraftMapping(strings.NewReader(text), file)
	require.NoError(t, err)
	b, err := d.JSON()
	require.NoError(t, err)
	m, err := ingest.ReadMapping(bytes.NewReader(b), file)
	require.NoError(t, err)
	return m
}

// precinctColumns are the headers a mapping names the precinct by.
func precinctColumns(m ingest.Mapping) []string {
	if len(m.Precinct.Columns) == 0 {
		return []string{m.Precinct.Header}
	}
	var out []string
	for _, c := range m.Precinct.Columns {
		out = append(out, c.Header)
	}
	return out
}

// The draft names a mesa by its circunscripción and its number: "NUM
// VOTOS", the mesa's ballots cast (the candidates', blank and null votes
// on all 88 rows), is a total, and "NUM MESAS", the mesas of the
// circunscripción, a figure of the area, neither a precinct's number; of
// the columns left of "MESA" that tell the mesas apart, the
// circunscripción (3 values), not the school (LOCAL). Under the key the
// draft used to give, ["NUM VOTOS", "MESA"], a protocol given twice with
// one vote more was two precincts, both counted, and nothing said; under
// this one it is X207.
func TestCL2021DraftMesaKey(t *testing.T) {
	text := readFile(t, cl2021+"atacama_cut.csv")
	want := []string{"CIRCUNSCRIPCION ELECTORAL", "MESA"}
	m := draftCL2021(t, "atacama_cut.csv", "")
	require.Equal(t, want, precinctColumns(m), strings.Join(m.Guesses, "\n"))
	require.True(t, slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `column 23 "NUM VOTOS" is not mapped: on nearly every row it is the sum of columns 5 to 13`)
	}), strings.Join(m.Guesses, "\n"))
	require.True(t, slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `column 24 "NUM MESAS" is not mapped: it counts polling stations`)
	}), strings.Join(m.Guesses, "\n"))
	// (SYNTHETIC-EDITED: the header "TOTAL VOTOS" for "NUM VOTOS".)
	renamed := strings.Replace(text, ",NUM VOTOS,", ",TOTAL VOTOS,", 1)
	m2 := draftCL2021(t, "atacama_total_votos.csv", renamed)
	require.Equal(t, want, precinctColumns(m2), strings.Join(m2.Guesses, "\n"))

	// (The draft maps a list ballot: counted, as `shailoo count` does
	// without --rules, under the built-in rule set.)
	r := shailoo.KG2021()
	def, notes, err := ingest.Define(m, "draft.json")
	require.NoError(t, err)
	dup := readFile(t, cl2021+"SYNTHETIC-EDITED-dup-copy.csv")
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "dup.csv", R: strings.NewReader(dup), Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	var x207 []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == validate.DuplicateProtocol {
			x207 = append(x207, f)
		}
	}
	require.Len(t, x207, 1)
	require.Equal(t, "CALDERA / 13M", x207[0].Place.Precinct)
}

// The note of the columns not read names "NUM VOTOS", the file's one
// control total: a count of votes ("num" then "votos") is no code.
func TestCL2021UnreadNumVotos(t *testing.T) {
	res := countMapped(t, cl2021, "atacama_cut.csv", "circ.map.json", "", readRulesFile(t, cl2021+"rules.json"))
	i := slices.IndexFunc(res.Notes, func(n string) bool { return strings.Contains(n, "columns not read") })
	require.GreaterOrEqual(t, i, 0, "%q", res.Notes)
	require.Contains(t, res.Notes[i], `23 "NUM VOTOS" (12,852)`)
	require.NotContains(t, res.Notes[i], `NUM MESAS`)
}

// A summary that publishes an okrug's blank votes under their ID (the
// mapping's "en_blanco", in blank_votes) is compared with the count's
// blank votes (S315), not refuted as a candidate the okrug does not have.
func TestCL2021VerifyBlankVotes(t *testing.T) {
	res := countMapped(t, cl2021, "alto_cut.csv", "circ.map.json", "", readRulesFile(t, cl2021+"rules.json"))
	require.Equal(t, int64(7), res.Okrugs[0].CandidateVotes["en_blanco"])
	read := func(blank int64) validate.Report {
		var raw map[string]any
		require.NoError(t, json.Unmarshal([]byte(readFile(t, cl2021+"SYNTHETIC-published-alto.json")), &raw))
		raw["okrugs"].([]any)[0].(map[string]any)["votes"].(map[string]any)["en_blanco"] = blank
		b, err := json.Marshal(raw)
		require.NoError(t, err)
		s, err := validate.ReadSummary(bytes.NewReader(b), "published.json")
		require.NoError(t, err)
		return shailoo.Verify(res, s)
	}
	rep := read(7)
	for _, f := range rep.Findings {
		t.Errorf("the count's own figures: %s %s %s", f.Code, f.Place.Candidate, f.Got)
	}
	rep = read(8)
	require.Len(t, rep.Findings, 1)
	f := rep.Findings[0]
	require.Equal(t, validate.PublishedOkrugVotes, f.Code)
	require.Equal(t, "en_blanco", f.Place.Candidate)
	require.Equal(t, "7", f.Want)
	require.Equal(t, int64(1), f.Gap)
}

// A tie for the second place under a two-round rule is for a place in
// the second round, no seat: so say the report (text, Markdown; ky, ru,
// en) and the JSON's transcript.
func TestCL2021RunoffTieWording(t *testing.T) {
	res := countMapped(t, cl2021, "SYNTHETIC-EDITED-alto-tie.csv", "circ.map.json", "", readRulesFile(t, cl2021+"rules.json"))
	require.Len(t, res.Ties, 1)
	for _, c := range []struct {
		lang report.Lang
		want string
	}{
		{report.English, "tied for 1 place in the second round at 114; AWAITING LOTS: who goes to the second round is not decided"},
		{report.Russian, "равны за 1 место во втором туре при 114; ЖДЁТ ЖРЕБИЯ: кто выходит во второй тур, не решено"},
		{report.Kyrgyz, "тең, талашкан 1 экинчи турга чыгуучу орун маанисинде 114; ЧҮЧҮКУЛАКТЫ КҮТӨТ: экинчи турга ким чыгары чечиле элек"},
	} {
		var text, md bytes.Buffer
		require.NoError(t, report.Text(&text, res, c.lang))
		require.NoError(t, report.Markdown(&md, res, c.lang))
		require.Contains(t, text.String(), c.want)
		require.Contains(t, md.String(), c.want)
	}
	b, err := json.Marshal(res)
	require.NoError(t, err)
	require.Contains(t, string(b), "runoff: franco-aldo-parisi, gabriel-boric tied for 1 place(s) in the second round; drawing of lots required")
	require.NotContains(t, string(b), "seat(s)")
}

// The okrug's own line of the same tie (text, Markdown; ky, ru, en) says
// who goes to the second round and who are tied for its second place,
// awaiting lots: not the leader alone with "(tie)", as if the round had
// one candidate and the tie were hers.
func TestCL2021RunoffTieOkrugLine(t *testing.T) {
	res := countMapped(t, cl2021, "SYNTHETIC-EDITED-alto-tie.csv", "circ.map.json", "", readRulesFile(t, cl2021+"rules.json"))
	for _, c := range []struct {
		lang     report.Lang
		want, no string
	}{
		{report.English, "second round: no candidate passed the majority rule: YASNA PROVOSTE goes to it; the second place is tied between FRANCO ALDO PARISI, GABRIEL BORIC at 114 votes each (awaiting lots)", "YASNA PROVOSTE (tie)"},
		{report.Russian, "во второй тур выходит YASNA PROVOSTE; за второе место равенство между FRANCO ALDO PARISI, GABRIEL BORIC: по 114 голосов (ожидается жребий)", "YASNA PROVOSTE (равенство)"},
		{report.Kyrgyz, "экинчи турга YASNA PROVOSTE чыгат; экинчи орун үчүн FRANCO ALDO PARISI, GABRIEL BORIC тең: ар биринде 114 добуш (чүчүкулак күтүлүүдө)", "YASNA PROVOSTE (теңдик)"},
	} {
		var text, md bytes.Buffer
		require.NoError(t, report.Text(&text, res, c.lang))
		require.NoError(t, report.Markdown(&md, res, c.lang))
		for _, out := range []string{text.String(), md.String()} {
			require.Contains(t, out, c.want)
			require.NotContains(t, out, c.no)
		}
	}
}

// Argentina's 2023 run-off by district (testdata/ar2023) is long: the
// district, the party list ("agrupacion_nombre") and its votes. From
// three districts on, the list's column used to read as a kind of ballot
// or of figure (each district gives a row of each of its two values),
// and the draft kept one list's rows alone as one choice.
func TestAR2023DraftLong(t *testing.T) {
	text := readFile(t, "testdata/ar2023/min_ballotage_3districts.csv")
	for name, in := range map[string]string{
		"min_ballotage_3districts.csv": text,
		"ballotage.csv":                readFile(t, "testdata/ar2023/ballotage.csv"),
		// (SYNTHETIC-EDITED: a header that names no party: the one
		// column of figures is named as votes.)
		"fuerza.csv": strings.Replace(text, "agrupacion_nombre", "fuerza", 1),
	} {
		d, err := ingest.DraftMapping(strings.NewReader(in), name)
		require.NoError(t, err)
		m := d.Mapping
		require.Equal(t, "long", m.Shape, "%s: %s", name, strings.Join(m.Guesses, "\n"))
		require.NotNil(t, m.VotesColumn, name)
		require.NotNil(t, m.ChoiceColumn, name)
		require.Equal(t, "votos_cantidad", m.VotesColumn.Header, name)
		require.Nil(t, m.Rows, name)
	}
}
