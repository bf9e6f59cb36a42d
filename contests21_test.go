package shailoo_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/words"
)

// countContests21 counts a file of testdata/contests21 with a mapping
// there under the fptp rule set, the okrugs learnt from the rows.
func countContests21(t *testing.T, file, mapping string, o shailoo.Options) (*shailoo.Result, error) {
	t.Helper()
	r := fptpRules(t)
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, "testdata/contests21/"+mapping)), mapping, r.Protocol.Known)
	require.NoError(t, err)
	f, err := os.Open("testdata/contests21/" + file)
	require.NoError(t, err)
	defer f.Close()
	return shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, o)
}

// Darien's 2016 rows of U.S. House district 4 and of State Senate
// district 25 written "4": under "okrug": "district", with a row filter
// that keeps both offices, the two contests were one okrug "4" that
// elected Sheban (6,359) over Ehlers, Himes and Duff, with no finding.
// The file is refused at the first State Senate row, naming the fix; the
// okrug named by office and district counts both contests.
func TestTwoContestsInOneOkrug(t *testing.T) {
	const file = "SYNTHETIC-EDITED-darien-cd4-sd4-collide.csv"
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} { // streamed, and read whole
		_, err := countContests21(t, file, "collide.mapping.json", o)
		require.ErrorIs(t, err, ingest.ErrContests)
		var pe *ingest.ParseError
		require.True(t, errors.As(err, &pe))
		require.Equal(t, 32, pe.Line)
		require.Equal(t, 4, pe.Column)
		require.Equal(t, "rows.where[0].column", pe.Field)
		require.Contains(t, err.Error(), `okrug "4": column "office" gives "U.S. House" (from line 2, 3 choices: "Jim Himes", "John Sheban", "Vassar") and "State Senate" (2 choices: "Bob Duff", "Gregory Ehlers")`)
		require.Contains(t, err.Error(), `"okrug": {"columns": ["office", "district"]}`)

		res, err := countContests21(t, file, "collide-fixed.mapping.json", o)
		require.NoError(t, err)
		leaders := map[string]string{}
		for _, ok := range res.Okrugs {
			leaders[ok.Okrug] = ok.LeaderName
		}
		require.Equal(t, map[string]string{"U.S. House / 4": "John Sheban", "State Senate / 4": "Gregory Ehlers"}, leaders)
	}
}

// A vote mode's rows (the same choices under each text of the filter's
// column) are parts of one contest, not two; nor is a text that gives
// one choice alone (a write-in's rows) taken for a contest.
func TestTwoContestsNotParts(t *testing.T) {
	r := fptpRules(t)
	for name, tc := range map[string]struct {
		rows   string
		values string
	}{
		"vote modes": {"mode,district,precinct,candidate,votes\nday,1,a,A,5\nday,1,a,B,3\nmail,1,a,A,2\nmail,1,a,B,4\n", `["day", "mail"]`},
		"a write-in": {"mode,district,precinct,candidate,votes\nballot,1,a,A,5\nballot,1,a,B,3\nwrite-in,1,a,W,2\n", `["ballot", "write-in"]`},
	} {
		mapping := `{"layout": "long", "precinct": "precinct", "okrug": "district", "ballot": "okrug", "choice_column": "candidate", "votes_column": "votes", "choice_rows": "sum",
 "rows": {"where": [{"column": "mode", "values": ` + tc.values + `}]}, "choice_values": {"A": "a", "B": "b", "W": "w"}}`
		m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
		require.NoError(t, err, name)
		_, err = shailoo.CountCSV(&election.Election{}, r, []shailoo.CSVInput{{Name: "f.csv", R: strings.NewReader(tc.rows), Mapping: m}}, shailoo.Options{})
		require.NoError(t, err, name)
	}
}

// Okrugs learnt from the rows elect the leader of those rows: a county's
// file of a district it shares elects whom its rows favour. Every output
// says so in a note; a definition that lists its okrugs does not.
func TestOkrugsRowsOnlyNote(t *testing.T) {
	note := words.Say("en", "note.okrugs_rows_only", nil)
	res, err := countContests21(t, "SYNTHETIC-EDITED-darien-cd4-sd4-collide.csv", "collide-fixed.mapping.json", shailoo.Options{})
	require.NoError(t, err)
	require.Contains(t, res.Notes, note)
	for _, lang := range []string{"ru", "ky"} {
		require.NotEqual(t, note, words.Note(lang, note), lang)
	}

	r := fptpRules(t)
	def := &election.Election{Okrugs: []election.Okrug{{ID: "1", Name: "1", Candidates: []election.Candidate{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}}}}}
	m, err := ingest.ReadMappingFor(strings.NewReader(`{"layout": "long", "precinct": "precinct", "okrug": "district", "ballot": "okrug", "choice_column": "candidate", "votes_column": "votes", "choice_values": {"A": "a", "B": "b"}}`), "m.json", r.Protocol.Known)
	require.NoError(t, err)
	res, err = shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "f.csv", R: strings.NewReader("district,precinct,candidate,votes\n1,a,A,5\n1,a,B,3\n"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.NotContains(t, res.Notes, note)
}

// Wyoming's 2006 Democratic primary, Carbon County: the header row has
// ten cells, the last two empty, and every row ten cells, some with a
// figure in the tenth. A row as long as the header row is counted (its
// unnamed cells unread); it was refused as "row too long".
func TestCellsUnderEmptyHeader(t *testing.T) {
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		res, err := countContests21(t, "wy-carbon-2006-dem-primary-headerless-col.csv", "governor.mapping.json", o)
		require.NoError(t, err)
		require.Len(t, res.Okrugs, 1)
		require.Equal(t, int64(156), res.Okrugs[0].CandidateVotes["dave-freudenthal"])
	}
}
