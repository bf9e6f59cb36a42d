package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
	"golang.org/x/text/encoding/charmap"
)

// Hungary's 2022 election, Budapest VI (valasztas.hu's field names, a
// language the draft's words do not know): the figures say which column
// is which. The candidates' columns sum to szl_ervenyes (the valid votes),
// which with szl_ervenytelen (the invalid) makes the ballots found; the
// voters are vp_osszes; no line is a choice.
func TestDraftHungaryLinesByFigures(t *testing.T) {
	for _, c := range []struct {
		file                  string
		voters, found, choice string
		choices               int
	}{
		{"hu-ogy2022-bp06-egyeni.csv", "vp_osszes", "szl_belyegzett_urna", "ej_72398", 5},
		// (Five rows, no column of the ballots in the box: those who
		// voted add up to the invalid and the valid on four of them.)
		{"SYNTHETIC-EDITED-hu-ogy2022-bp06-egyeni-5rows.csv", "vp_osszes", "szavazott_osszesen", "ej_72398", 5},
		// (The list ballot: the party lists' block, whose voters are
		// those of the lists, not of the whole ballot.)
		{"hu-ogy2022-bp06-lista.csv", "partlistara_vp_osszes", "partlistara_szl_belyegzett_urna", "tl_950", 6},
	} {
		m := mustDraft(t, c.file).Mapping
		valid := "szl_ervenyes"
		if strings.HasPrefix(c.voters, "partlistara") {
			valid = "partlistara_szl_ervenyes"
		}
		if m.Lines[election.Voters].Header != c.voters || m.Lines[election.FoundStationary].Header != c.found || m.Lines[election.Valid].Header != valid {
			t.Errorf("%s: lines %+v", c.file, m.Lines)
		}
		if len(m.Votes) != c.choices || m.Votes[slug(c.choice)].Header != c.choice {
			t.Errorf("%s: votes %+v", c.file, m.Votes)
		}
	}
}

// The same figures under Hungarian headers in Windows-1250 (a tester's
// edit): read in the code page a count names, "Kőszegi" not "Kõszegi",
// the lines by their words and the figures.
func TestDraftHungarianHeadersCp1250(t *testing.T) {
	m := mustDraft(t, "SYNTHETIC-EDITED-hu-ogy2022-bp06-cp1250-headers.csv").Mapping
	if m.Encoding != EncodingWindows1250 {
		t.Errorf("encoding %q", m.Encoding)
	}
	if m.Lines[election.Invalid].Header != "Érvénytelen" || m.Lines[election.Valid].Header != "Érvényes" || m.Lines[election.Voters].Header != "Választópolgárok száma" {
		t.Errorf("lines %+v", m.Lines)
	}
	if len(m.Votes) != 5 || m.Votes["koszegi"].Header != "Kőszegi" {
		t.Errorf("votes %+v", m.Votes)
	}
	if m.Precinct.Header != "Szavazókör" {
		t.Errorf("precinct %+v", m.Precinct)
	}
}

// The long file (a row per station, ballot and choice): long, the ballot's
// column "jkv" a contest, the votes "szavazat", one station per "sorsz".
func TestDraftHungaryLong(t *testing.T) {
	m := mustDraft(t, "hu-ogy2022-bp06-long.csv").Mapping
	if m.ChoiceColumn == nil || m.ChoiceColumn.Header != "tetel" || m.VotesColumn == nil || m.VotesColumn.Header != "szavazat" {
		t.Fatalf("choice %+v votes %+v", m.ChoiceColumn, m.VotesColumn)
	}
	if m.Precinct.Header != "sorsz" || len(m.Precinct.Columns) > 0 {
		t.Errorf("precinct %+v", m.Precinct)
	}
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "jkv" {
		t.Errorf("rows %+v", m.Rows)
	}
}

// Jersey's 2022 Deputies of one constituency, one row: its text is the
// precinct.
func TestDraftOneRowTextPrecinct(t *testing.T) {
	m := mustDraft(t, "je-2022-deputies-grouville-st-martin.csv").Mapping
	if m.Precinct.Header != "Constituency" || len(m.Votes) != 6 || m.Lines[election.Invalid].Header != "Invalid ballots" {
		t.Errorf("precinct %+v, votes %d, lines %+v", m.Precinct, len(m.Votes), m.Lines)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "precinct: column 1") }) {
		t.Errorf("guesses %q", m.Guesses)
	}
}

// Hungarian words read alike in Windows-1252 and 1250 are Windows-1250's
// where only there all of one language.
func TestGuessEncodingHungarian(t *testing.T) {
	raw := encodeString(charmap.Windows1250, "Megye;Kőszegi;Szűts;Bőr;Tőkés;Ősz;Választópolgárok száma")
	if got := guessEncoding([]byte(raw)); got != EncodingWindows1250 {
		t.Errorf("guessEncoding = %s", got)
	}
}
