package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// dcPresident is the header and the President's rows of Washington DC's
// 2016 cut (21 rows, precincts 1 to 3, ward 2 holding 2 and 3), keep
// saying which of them to keep.
func dcPresident(t *testing.T, keep func(rec []string) bool) string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(string(readReal(t, "us-dc-2016-general-precinct.csv"))), "\n")
	out := []string{lines[0]}
	for _, l := range lines[1:] {
		rec := strings.Split(l, ",")
		if strings.HasPrefix(rec[2], "ELECTORS") && keep(rec) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n") + "\n"
}

// Washington DC's long file: the column headed "precinct" is the
// precinct, not the ward that holds it, nor a choice; "votes" is the
// votes of a long file. The sums are the cut's (python3: Clinton 5871,
// Trump 473 in precincts 1-3; 3710 + 758 in precincts 1 and 2).
func TestDraftDCPrecinctNotWard(t *testing.T) {
	cases := []struct {
		name           string
		keep           func([]string) bool
		clinton, trump int64
		protocols      int
	}{
		{"ward 2 holds two precincts", func([]string) bool { return true }, 5871, 473, 3},
		{"a precinct a ward", func(rec []string) bool { return rec[1] != "3" }, 3710 + 758, 195 + 59, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := dcPresident(t, c.keep)
			d, err := DraftMapping(strings.NewReader(in), "dc.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Precinct.Header != "precinct" || m.Shape != "long" || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "candidate" || m.VotesColumn == nil || m.VotesColumn.Header != "votes" || len(m.Votes) != 0 {
				t.Fatalf("precinct %+v, layout %q, choice %v, votes column %v, votes %v; want precinct, long, candidate, votes\n%s", m.Precinct, m.Shape, m.ChoiceColumn, m.VotesColumn, m.Votes, strings.Join(m.Guesses, "\n"))
			}
			if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, `column 1 "ward" is not mapped: named like an area`) }) {
				t.Errorf("no guess says the ward holds the precinct\n%s", strings.Join(m.Guesses, "\n"))
			}
			tab, err := ReadCSV(strings.NewReader(in), "dc.csv", m, Options{})
			if err != nil {
				t.Fatal(err)
			}
			votes, _ := sums(tab)
			if len(tab.Protocols) != c.protocols || votes["hillary-clinton-tim-kaine"] != c.clinton || votes["donald-j-trump-michael-r-pence"] != c.trump {
				t.Errorf("%d protocols, votes %v; want %d, Clinton %d, Trump %d", len(tab.Protocols), votes, c.protocols, c.clinton, c.trump)
			}
		})
	}
}

// The whole DC cut, several contests: the draft keeps one (a row filter)
// and its precinct is "precinct"; a mapping whose okrug is the contest
// and whose precinct is "precinct" alone is refused with the ways to
// write it: the contest in the precinct's key, or a contest's rows alone.
func TestDCContestsOfOnePrecinct(t *testing.T) {
	const name = "us-dc-2016-general-precinct.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "precinct" || m.Rows == nil || len(m.Rows.Where) == 0 || m.Rows.Where[0].Column.Header != "office" {
		t.Fatalf("precinct %+v, rows %+v; want precinct, a row filter of office\n%s", m.Precinct, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	_, votes, _ := countReal(t, name, d)
	if votes["hillary-clinton-tim-kaine"] != 5871 || votes["donald-j-trump-michael-r-pence"] != 473 {
		t.Errorf("votes %v; want Clinton 5871, Trump 473", votes)
	}

	all := Mapping{Shape: "long", Precinct: Column{Header: "precinct"}, Okrug: &Column{Header: "office"}, Ballot: "okrug",
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"}, ChoiceValues: map[string]string{}}
	for _, rec := range readRealRowsComma(t, name) {
		all.ChoiceValues[strings.TrimSpace(rec[5])] = slug(rec[5])
	}
	_, err = ReadCSV(strings.NewReader(string(readReal(t, name))), name, all, Options{})
	if !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), `"precinct": {"columns": ["office", "precinct"]}`) || !strings.Contains(err.Error(), `"rows": {"where"`) {
		t.Errorf("%v; want a conflict proposing the contest in the key or a row filter", err)
	}
}

func readRealRowsComma(t *testing.T, name string) [][]string {
	t.Helper()
	var rows [][]string
	for _, l := range strings.Split(strings.TrimSpace(string(readReal(t, name))), "\n")[1:] {
		rows = append(rows, strings.Split(l, ","))
	}
	return rows
}

// Montana's long file under a title line: the draft skips the line and
// says so, quoting it; the count is the cut's (python3: Gianforte 8747,
// Quist 6184, Wicks 975).
func TestDraftTitleLineSaid(t *testing.T) {
	in := "Montana Secretary of State,,,,,,\n" + string(readReal(t, "us-mt-2017-special-precinct.csv"))
	d, err := DraftMapping(strings.NewReader(in), "mt.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.SkipRows != 1 || !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `skip_rows: 1: line 1 (a title, no names of columns: "Montana Secretary of State") skipped`)
	}) {
		t.Fatalf("skip_rows %d; want 1, said with the title\n%s", m.SkipRows, strings.Join(m.Guesses, "\n"))
	}
	tab, err := ReadCSV(strings.NewReader(in), "mt.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	votes, _ := sums(tab)
	if votes["greg-gianforte"] != 8747 || votes["rob-quist"] != 6184 || votes["mark-l-wicks"] != 975 {
		t.Errorf("votes %v; want Gianforte 8747, Quist 6184, Wicks 975", votes)
	}
}

// The same file without its header row, under a mapping that names
// headers: the error proposes no_header (the first row holds a figure,
// the votes, beside names).
func TestNoHeaderOfLongFileSaid(t *testing.T) {
	b := readReal(t, "us-mt-2017-special-precinct.csv")
	_, rest, _ := strings.Cut(string(b), "\n")
	m := Mapping{Shape: "long", Precinct: Column{Columns: []Column{{Header: "county"}, {Header: "precinct"}}}, Okrug: &Column{Header: "office"}, Ballot: "okrug",
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues: map[string]string{"GREG GIANFORTE": "g", "ROB QUIST": "q", "MARK L WICKS": "w"}}
	_, err := ReadCSV(strings.NewReader(rest), "mt.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrMissingHeader) || pe.Field != "no_header" {
		t.Errorf("%v; want a missing header of field no_header", err)
	}
}

// Greece's June 2012 by municipal unit: blank ballots given apart from
// the invalid ones, more of them than invalid in some rows, are summed
// into invalid (Greek law counts them with the invalid): participants
// keep them. python3: invalid 1031 + blank 789 = 1820; valid 157105;
// participants 158925.
func TestDraftBlankIntoInvalid(t *testing.T) {
	const name = "gr-2012j-munits.tsv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if inv := m.Lines[election.Invalid]; len(inv.Columns) != 2 || inv.Columns[0].Header != "invalid votes" || inv.Columns[1].Header != "blank votes" {
		t.Fatalf("invalid %+v; want the sum of invalid votes and blank votes\n%s", inv, strings.Join(m.Guesses, "\n"))
	}
	_, _, lines := countReal(t, name, d)
	if lines[election.Invalid] != 1820 || lines[election.Valid] != 157105 || lines[election.Valid]+lines[election.Invalid] != 158925 {
		t.Errorf("lines %v; want invalid 1820, valid 157105", lines)
	}
}

// The okrug and the region on one column: refused, with the way to
// write it.
func TestOkrugRegionOneColumn(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Columns: []Column{{Header: "county"}, {Header: "precinct"}}}, Okrug: &Column{Header: "county"}, Region: &Column{Header: "county"}, Ballot: "okrug",
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"}, ChoiceValues: map[string]string{"GREG GIANFORTE": "g"}}
	err := m.Validate()
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "map it under okrug alone") {
		t.Errorf("%v; want a mapping error saying how to write it", err)
	}
}
