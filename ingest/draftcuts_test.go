package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

// countReal reads a file of testdata/ingest/real with the JSON of its
// draft, as `shailoo count` would, and returns the sum of each choice's
// votes and of each line over the protocols read.
func countReal(t *testing.T, name string, d *Draft) (Table, map[string]int64, map[election.Line]int64) {
	t.Helper()
	m := readBack(t, d)
	tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, m, Options{})
	if err != nil {
		t.Fatalf("the draft does not read its own file: %v\n%s", err, strings.Join(m.Guesses, "\n"))
	}
	votes, lines := map[string]int64{}, map[election.Line]int64{}
	for _, p := range tab.Protocols {
		for id, v := range p.Votes {
			votes[id] += v
		}
		for l, v := range p.Lines {
			lines[l] += v
		}
	}
	return tab, votes, lines
}

// Every real file of testdata/ingest/real that the draft maps is read
// back by its own draft: a draft that its file refuses is no start.
func TestDraftReadsItsOwnFile(t *testing.T) {
	files, err := filepath.Glob("../testdata/ingest/real/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasSuffix(name, ".md") || strings.HasSuffix(name, ".xml") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			d, err := draftReal(t, name)
			if errors.Is(err, ErrMapping) || errors.Is(err, ErrNoFigures) || errors.Is(err, ErrShortRow) || errors.Is(err, ErrNotNumber) || errors.Is(err, ErrSyntax) {
				return // the draft asks for the mapping by hand, or for the file mended, and says why
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Ballots != nil {
				// A cast-vote record: its ballot mapping, the guesses
				// deleted, reads its ballots.
				b, err := d.JSON()
				require.NoError(t, err)
				var m map[string]any
				require.NoError(t, json.Unmarshal(b, &m))
				delete(m, "_guesses")
				b, err = json.Marshal(m)
				require.NoError(t, err)
				bm, err := ReadBallotMapping(bytes.NewReader(b), "draft.json")
				require.NoError(t, err)
				_, err = ReadBallotRecords(mustOpen(t, "../testdata/ingest/real/"+name), name, &bm, false)
				require.NoError(t, err)
				return
			}
			if slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool { return strings.HasPrefix(g, "header: the header row names") }) {
				// A header row of a name more than the rows' cells: the
				// draft says that a count refuses the rows until the
				// header is mended.
				_, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, readBack(t, d), Options{})
				if !errors.Is(err, ErrShortRow) {
					t.Fatalf("err %v, want the short rows the draft says", err)
				}
				return
			}
			if slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool {
				return strings.Contains(g, "a place's name is none, and a count refuses such a cell")
			}) {
				// A place's cell that says a figure is not given ("NA",
				// Chile's 2022 region of three comunas): the draft says
				// that a count refuses it.
				if _, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, readBack(t, d), Options{}); !errors.Is(err, ErrBadValue) {
					t.Fatalf("err %v, want the bad place the draft says", err)
				}
				return
			}
			if slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool { return strings.Contains(g, "would elect a sum of people") }) {
				// Several candidates under one label in a precinct
				// (Delhi's Independents): the draft says that a count
				// refuses each second row until they are named apart.
				if _, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, readBack(t, d), Options{}); !errors.Is(err, ErrDuplicateRow) {
					t.Fatalf("err %v, want the second rows the draft says", err)
				}
				return
			}
			if n := copiedRows(d) + mistypedCells(d) + totalRows(d) + sectionTitleRows(d); n > 0 {
				// Rows that are copies of others cell for cell, or
				// with a figure mistyped: said, and left out by a
				// lenient read alone.
				tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, readBack(t, d), Options{Lenient: true})
				if err != nil || len(tab.Skipped) != n {
					t.Fatalf("%d rows skipped, err %v; want the %d copies the draft names", len(tab.Skipped), err, n)
				}
				return
			}
			countReal(t, name, d)
		})
	}
}

// South Korea's results by si/gun/gu (2022): no column is named as the
// precinct; the areas are named by the region and the district together
// (Jung-gu is in Busan and in Daegu). The leading candidate's votes, a
// column of numbers each row has its own of, are a choice, never the
// precinct; "blank" is no choice.
func TestDraftMappingTextKey(t *testing.T) {
	const name = "kr-pres2022-sigungu.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := []Column{{Header: "primary_cluster"}, {Header: "secondary_cluster"}}
	if !reflect.DeepEqual(m.Precinct.Columns, want) || m.Region == nil || m.Region.Header != "primary_cluster" {
		t.Errorf("precinct %+v, region %v; want the two names, region primary_cluster\n%s", m.Precinct, m.Region, strings.Join(m.Guesses, "\n"))
	}
	for id, c := range m.Votes {
		if c.Header == "blank" {
			t.Errorf("votes.%s is column blank", id)
		}
	}
	tab, votes, lines := countReal(t, name, d)
	// The sums of the cut's 9 rows.
	if len(tab.Protocols) != 9 || votes["lee-jae-myung-democratic"] != 411370 || votes["yoon-suk-yeol-people-power"] != 689175 || lines[election.Invalid] != 10949 || len(votes) != 12 {
		t.Errorf("%d protocols, votes %v, invalid %d; want 9, Lee 411370, Yoon 689175 of 12 choices, invalid 10949", len(tab.Protocols), votes, lines[election.Invalid])
	}
}

// The AEC's Senate first preferences by vote type (2016, ACT): one row
// per candidate or ticket, the votes by vote type in five columns and
// their sum in TotalVotes. The draft is long, the total its figure, the
// five parts left out (a second choice each, before: the votes counted
// six times), the candidate's ID and ballot position no choice.
func TestDraftMappingTotalOfParts(t *testing.T) {
	const name = "au-senate2016-fp-act.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	// (The votes the sum of the five vote types, TotalVotes their total,
	// checked on every row.)
	if parts, total := partsTotal(m); !m.long() || m.ChoiceColumn.Header != "CandidateDetails" || len(parts) != 5 || total != "TotalVotes" || m.Precinct.Header != "StateAb" || m.SkipRows != 1 {
		t.Fatalf("layout %q, choice %v, votes %v, totals %q, precinct %q, skip %d; want long, CandidateDetails, the 5 vote types beside TotalVotes, StateAb, 1\n%s",
			m.Shape, m.ChoiceColumn, m.VotesColumn, total, m.Precinct.Header, m.SkipRows, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	// TotalVotes of the 9 rows: 6487+884+89+912+410+56+82251+13498+918.
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if len(tab.Protocols) != 1 || len(votes) != 9 || sum != 105505 || votes["gallagher-katy"] != 13498 || len(tab.Counts.TotalsOff) != 0 {
		t.Errorf("%d protocols, votes %v (sum %d); want 1, 9 choices summing to 105505, Gallagher 13498", len(tab.Protocols), votes, sum)
	}
}

// A wide file's column that is the sum of the choices beside it on
// every row, named as no line, is a total, never a choice.
func TestDraftMappingWideTotalNoChoice(t *testing.T) {
	const in = "ward,Electorate,Ann,Bob,Cyd,All\n1,100,10,20,5,35\n2,90,7,8,9,24\n"
	d, err := DraftMapping(strings.NewReader(in), "w.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if _, ok := m.Votes["all"]; ok || len(m.Votes) != 3 {
		t.Errorf("votes %v, want Ann, Bob and Cyd alone\n%s", m.Votes, strings.Join(m.Guesses, "\n"))
	}
}

// Elections Canada's results by poll (1997, Yukon; tab-separated): the
// riding's totals (ed_*) and its census figures repeat on every poll's
// row. The lines are the poll's (poll_*), and a figure the same on every
// row is no choice (population_cnt "won" the riding).
func TestDraftMappingAreaFigures(t *testing.T) {
	const name = "ca-yukon-1997-det.txt"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "poll_electors_on_list_count", election.Invalid: "poll_rejected_ballot_count", election.Valid: "poll_valid_vote_count"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s: %q, want %q\n%s", l, m.Lines[l].Header, h, strings.Join(m.Guesses, "\n"))
		}
	}
	for id, c := range m.Votes {
		if !strings.HasPrefix(c.Header, "cand_") && c.Header != "mobile_poll_count" {
			t.Errorf("votes.%s: %q is no candidate's", id, c.Header)
		}
	}
	tab, votes, lines := countReal(t, name, d)
	if len(tab.Protocols) != 5 || lines[election.Valid] != 488 || lines[election.Voters] != 294 || votes["cand-5-poll-vote"] != 168 || votes["cand-1-poll-vote"] != 118 {
		t.Errorf("%d protocols, lines %v, votes %v; want 5, valid 488, voters 294, cand 5 168, cand 1 118", len(tab.Protocols), lines, votes)
	}
}

// Romania's precinct protocols (local elections, 2024): three columns
// are named like the precinct; the county's number repeats, the
// precinct's number ("precinct_nr") is it. A place's code (SIRUTA) and
// the report's version are no choices. The file gives the protocol's
// lines a to f alone, coded by letters, no candidate's votes: drafted as
// choices they won seats; the draft asks for them by hand and says why.
func TestDraftMappingPrecinctOfSeveral(t *testing.T) {
	const name = "ro-pv-p-2024.csv"
	_, err := draftReal(t, name)
	var pe *ParseError
	if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.File != name || pe.Line != 1 ||
		!strings.Contains(err.Error(), `("a", "a1", "a2", "a3", "a4", "b", "b1", "b2", "b3", "b4", "c", "d", "e", "f") is named as a paper form codes its lines`) {
		t.Fatalf("err %v; want ErrMapping at line 1 naming the lines a to f", err)
	}
	// The same header with a candidate's column: the precinct.
	in := "precinct_county_nce,precinct_county_name,precinct_name,precinct_nr,uat_name,uat_siruta,report_version,Ion Popescu,Maria Ionescu\n" +
		"9,BRĂILA,CĂMINUL CULTURAL,233,SILIŞTEA,43992,5,120,80\n9,BRĂILA,GRĂDINIŢA,235,SILIŞTEA,43992,2,70,60\n10,BUZĂU,ŞCOALA,233,BUZĂU,44001,3,90,100\n"
	d, err := DraftMapping(strings.NewReader(in), "ro.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Precinct.Header != "precinct_nr" && (len(m.Precinct.Columns) != 2 || m.Precinct.Columns[1].Header != "precinct_nr") {
		t.Errorf("precinct %+v, want precinct_nr (with the county)\n%s", m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	for id, c := range m.Votes {
		if c.Header == "uat_siruta" || c.Header == "report_version" {
			t.Errorf("votes.%s: %q is no candidate", id, c.Header)
		}
	}
}

// A precinct column whose cells repeat, told apart only by columns the
// mapping does not read, is said to name no one precinct.
func TestDraftMappingRepeatedPrecinctSaid(t *testing.T) {
	const in = "precinct,name,A,B\n1,School,10,20\n1,Library,5,7\n2,Hall,3,4\n"
	d, err := DraftMapping(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	// (The precinct is then its number and the column that tells its
	// rows apart: filledKey.)
	if g := strings.Join(d.Mapping.Guesses, "\n"); !strings.Contains(g, `column 1 "precinct" alone names 1 rows again (the first "1")`) {
		t.Errorf("no guess says the precinct repeats:\n%s", g)
	}
	if want := sumOf("precinct", "name"); !reflect.DeepEqual(d.Mapping.Precinct, want) {
		t.Errorf("precinct %+v, want %+v", d.Mapping.Precinct, want)
	}
}

// Georgia's majoritarian ballot by precinct (2016): each district's
// candidates are numbered by their party's list, and Georgian Dream has
// no candidate in district 01. In a cut of two districts that looks like
// party lists with regional lists (11 of 18 columns absent from a
// district): the draft keeps the list ballot and says, in a guess, how
// to map a majoritarian ballot; the turnout at 12:00 and 17:00 ("votes
// by 12") is no choice; an empty "region" is not mapped; the form's
// lines are read in the CEC's English.
func TestDraftMappingDistrictsOwnCandidates(t *testing.T) {
	const name = "ge-parl2016-major.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Okrug != nil || m.Ballot != "list" || m.Region == nil || m.Region.Header != "district_id" {
		t.Errorf("okrug %v, ballot %q, region %v; want no okrug, list, district_id\n%s", m.Okrug, m.Ballot, m.Region, strings.Join(m.Guesses, "\n"))
	}
	if g := strings.Join(m.Guesses, "\n"); !strings.Contains(g, `if each district elects its own member, map "okrug" to column 2 "district_id" and "ballot": "okrug"`) {
		t.Errorf("no guess says how to map a majoritarian ballot:\n%s", g)
	}
	for l, h := range map[election.Line]string{election.Voters: "possible voters", election.IssuedInRoom: "ballots signed for", election.Received: "num ballots", election.Invalid: "invalid votes"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s: %q, want %q", l, m.Lines[l].Header, h)
		}
	}
	tab, votes, lines := countReal(t, name, d)
	var sum int64
	for id, v := range votes {
		if strings.HasPrefix(id, "by-") {
			t.Errorf("votes.%s is a turnout", id)
		}
		sum += v
	}
	if len(tab.Protocols) != 6 || sum != 4620 || votes["p41"] != 1244 || lines[election.Voters] != 8540 || lines[election.Received] != 7800 {
		t.Errorf("%d protocols, %d votes (p41 %d), lines %v; want 6, 4620 (1244), voters 8540, received 7800", len(tab.Protocols), sum, votes["p41"], lines)
	}
}

// A figure at a time of day is a turnout, never a choice.
func TestAtTime(t *testing.T) {
	for h, want := range map[string]bool{"votes by 12": true, "turnout at 17:00": true, "явка на 10": true, "1 - georgian dream": false, "lista nr 1": false, "votes for 12 party": false} {
		if got := atTime(h); got != want {
			t.Errorf("atTime(%q) = %v, want %v", h, got, want)
		}
	}
}

// copiedRows returns the number of rows the draft says are copies of
// others, or 0.
func copiedRows(d *Draft) int {
	for _, g := range d.Mapping.Guesses {
		var n, first int
		if k, _ := fmt.Sscanf(g, "%d rows are copies of an earlier row, cell for cell (the first at data row %d)", &n, &first); k == 2 {
			return n
		}
		// (A long file's block given twice, its name spaced otherwise.)
		if _, rest, _ := strings.Cut(g, " rows give a choice of a precinct again with the votes an earlier row gives it"); rest != "" {
			fmt.Sscanf(g, "rows: %d", &n)
			return n
		}
	}
	return 0
}

// totalRows returns the number of rows the draft names as the file's
// totals under a precinct's name (repeatedTotals), or 0.
func totalRows(d *Draft) int {
	for _, g := range d.Mapping.Guesses {
		var n int
		if k, _ := fmt.Sscanf(g, "rows: %d rows give a choice of precinct", &n); k == 1 && strings.Contains(g, "rows give a choice of precinct") {
			return n
		}
	}
	return 0
}

// sectionTitleRows returns how many rows the draft names as titles of the
// table's sections (one cell of text alone amid the rows), each a row a
// count refuses as too short.
func sectionTitleRows(d *Draft) int {
	for _, g := range d.Mapping.Guesses {
		if lines, ok := strings.CutPrefix(g, "rows: line"); ok && strings.Contains(g, "titles of the table's sections") {
			lines, _, _ = strings.Cut(strings.TrimPrefix(lines, "s"), " hold")
			return len(strings.Split(lines, ","))
		}
	}
	return 0
}

// mistypedCells returns how many cells the draft names as figures
// mistyped ("84O"), each of a row a count refuses.
func mistypedCells(d *Draft) int {
	n := 0
	for _, g := range d.Mapping.Guesses {
		if strings.Contains(g, "holds whole numbers but for the cell") {
			n++
		}
	}
	return n
}

// Hungary's NVI (2018): per polling station a row of each ballot type
// (J, L) with the same figures. valtip, of two values, is no long file's
// choice (that draft refused its own file): it is a kind of row, and
// the draft keeps one kind; the station is named by text columns. Its
// columns a and f, the voters and those who came, are coded as a paper
// form codes its lines: no choices (drafted so, they won seats); a, on
// every row at least f, is the voters on the list.
func TestDraftMappingKindOfRow(t *testing.T) {
	const name = "hu-2018-sznapi.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.long() || m.Rows == nil || m.Rows.Where[0].Column.Header != "valtip" || !reflect.DeepEqual(m.Rows.Where[0].Values, []string{"'J'"}) {
		t.Errorf("layout %q, rows %+v; want wide, the rows of valtip 'J'\n%s", m.Shape, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	if len(m.Votes) != 0 || m.Lines[election.Voters].Header != "a" {
		t.Errorf("votes %v, voters %+v; want none, a\n%s", m.Votes, m.Lines[election.Voters], strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `column 6 "f" is not mapped: its header is a letter and a number, as a paper form codes its lines`, "fills no seat (no_choices)")
	tab, _, lines := countReal(t, name, d)
	if len(tab.Protocols) != 20 || tab.LeftOut != 20 || lines[election.Voters] != 14865 {
		t.Errorf("%d protocols, %d left out, lines %v; want 20, 20, voters 14865", len(tab.Protocols), tab.LeftOut, lines)
	}
}

// The Czech Chamber of Deputies by municipality (2002), long (obec,
// strana, pocet: the party by its number), each row twice in the scrape:
// drafted long, the copies said.
func TestDraftMappingLongCodesCopies(t *testing.T) {
	const name = "cz-psp2002-obce-long.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.ChoiceColumn.Header != "strana" || m.VotesColumn.Header != "pocet" || m.Precinct.Header != "obec" || copiedRows(d) != 48 {
		t.Fatalf("layout %q, choice %v, votes %v, precinct %q, %d copies said; want long, strana, pocet, obec, 48\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct.Header, copiedRows(d), strings.Join(m.Guesses, "\n"))
	}
	tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, m, Options{Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	var p22, all int64
	for _, p := range tab.Protocols {
		p22 += p.Votes["p22"]
		for _, v := range p.Votes {
			all += v
		}
	}
	// The sums of the 48 rows kept, each once.
	if len(tab.Protocols) != 2 || len(tab.Skipped) != 48 || p22 != 15507 || all != 44714 {
		t.Errorf("%d protocols, %d skipped, p22 %d, all %d; want 2, 48, 15507, 44714", len(tab.Protocols), len(tab.Skipped), p22, all)
	}
}

// New Mexico's precinct results of 2024 (OpenElections), Robert F.
// Kennedy's rows: "*" in most votes cells, small counts suppressed. The
// draft maps nothing, and its error names the file and the cells that
// made the votes column no column of figures (it named neither).
func TestDraftMappingMarkedCells(t *testing.T) {
	const name = "us-nm-bernalillo-2024-rfk.csv"
	_, err := draftReal(t, name)
	var pe *ParseError
	if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.File != name {
		t.Fatalf("err %v, want ErrMapping naming %s", err, name)
	}
	if !strings.Contains(err.Error(), `column 7 "votes" holds whole numbers but for 6 cells`) || !strings.Contains(err.Error(), "at line 2") {
		t.Errorf("the error does not say which cells: %v", err)
	}
}

// Mexico's presidential election of 2012 by state: the states are named
// in NOMBRE_ESTADO, and NUM_VOTOS_CAN_NREG, whose "num" counts votes
// (of candidates not registered), numbers no area: it was taken for the
// precinct, and two states with the same figure were duplicates (X207).
func TestDraftMappingCountIsNoNumber(t *testing.T) {
	const name = "mx-pres2012-estados.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mapping; m.Precinct.Header != "NOMBRE_ESTADO" {
		t.Errorf("precinct %+v; want NOMBRE_ESTADO\n%s", m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	// The sums of the cut's 10 rows (Python's csv module).
	if len(tab.Protocols) != 10 || votes["pan"] != 2896965 || lines[election.Invalid] != 306045 || lines[election.Voters] != 20400435 {
		t.Errorf("%d protocols, PAN %d, invalid %d, voters %d; want 10, 2896965, 306045, 20400435", len(tab.Protocols), votes["pan"], lines[election.Invalid], lines[election.Voters])
	}
}

// India's Form 20 (Lok Sabha 2014, Kairana): a header of two rows whose
// merged cells span the columns under them. "Candidate ID and Name" over
// each candidate names no ID column (the draft mapped no vote and
// failed), and of the columns under "Total No of Electors" the voters
// are the one whose own part says so, not Male. "12 - None of the Above"
// (NOTA) is "against all", no candidate who may win the seat, and
// "Total Votes Secured", its votes among the candidates', is the valid
// votes.
func TestDraftMappingMergedGroupHeader(t *testing.T) {
	const name = "in-ls2014-up10-booths.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if !strings.HasSuffix(m.Votes[election.AgainstAll].Header, "12 - None of the Above") || m.Lines[election.Valid].Header != "Candidate ID and Name / Total Votes Secured" {
		t.Errorf("against_all %+v, valid %+v; want NOTA, Total Votes Secured\n%s", m.Votes[election.AgainstAll], m.Lines[election.Valid], strings.Join(m.Guesses, "\n"))
	}
	if m.HeaderRows != 2 || m.Lines[election.Voters].Header != "Total No of Electors / Total No. of electors" || len(m.Votes) != 12 {
		t.Errorf("header_rows %d, voters %+v, %d votes; want 2, the total, 12\n%s", m.HeaderRows, m.Lines[election.Voters], len(m.Votes), strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	// The sums of the cut's 10 rows (Python's csv module).
	bhadana, hukum, nota := int64(0), int64(0), int64(0)
	for id, c := range m.Votes {
		switch {
		case strings.HasSuffix(c.Header, "1 - KARTAR SINGH BHADANA"):
			bhadana = votes[id]
		case strings.HasSuffix(c.Header, "4 - HUKUM SINGH"):
			hukum = votes[id]
		case strings.HasSuffix(c.Header, "None of the Above"):
			nota = votes[id]
		}
	}
	if len(tab.Protocols) != 10 || lines[election.Voters] != 10954 || bhadana != 302 || hukum != 3533 || nota != 47 {
		t.Errorf("%d protocols, voters %d, votes %d %d %d; want 10, 10954, 302 3533 47", len(tab.Protocols), lines[election.Voters], bhadana, hukum, nota)
	}
}

// A number of an area whose header also names what is counted there
// ("Voting District Code", "Electoral District Number") still numbers the
// rows: only a whole word of what a figure counts (votes, voters) makes
// "num" a count.
func TestDraftMappingAreaNumberNamedByVoting(t *testing.T) {
	for _, h := range []string{"Voting District Code", "Electoral District Number", "Stimmbezirk Nr"} {
		in := h + ",Name,Electorate,Party A,Party B\n12,North,900,300,200\n11,South,800,250,260\n13,East,700,100,90\n"
		d, err := DraftMapping(strings.NewReader(in), "d.csv")
		if err != nil {
			t.Fatal(err)
		}
		if d.Mapping.Precinct.Header != h {
			t.Errorf("%s: precinct %+v\n%s", h, d.Mapping.Precinct, strings.Join(d.Mapping.Guesses, "\n"))
		}
	}
}

// Wisconsin's OpenElections file gives the contest's "total votes" on
// each of its rows beside the choice's "votes": the votes column is the
// choice's (drafted the total, Kessler and Scattering tied at the ward's
// total).
func TestDraftMappingVotesNotTotal(t *testing.T) {
	const name = "us-wi-2016-04-ward.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mapping; m.VotesColumn == nil || m.VotesColumn.Header != "votes" {
		t.Fatalf("votes_column %+v; want votes\n%s", m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	// The sums of the cut's 12 rows, 6 wards (Python's csv module).
	var kessler, scattering int64
	for id, v := range votes {
		switch {
		case strings.Contains(id, "kessler"):
			kessler = v
		case strings.Contains(id, "scattering"):
			scattering = v
		}
	}
	if len(tab.Protocols) != 6 || kessler != 4205 || scattering != 49 {
		t.Errorf("%d protocols, Kessler %d, Scattering %d; want 6, 4205, 49 (votes %v)", len(tab.Protocols), kessler, scattering, votes)
	}
}

// Greece's referendum of 2015 by district: "number of polling stations"
// counts them (it repeats), and names no precinct; the answers' IDs keep
// their Greek letters (they were "-2" and "-3").
func TestDraftMappingCountOfStations(t *testing.T) {
	const name = "gr-ref2015-districts.tsv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Precinct.Header != "id" {
		t.Errorf("precinct %+v; want id\n%s", m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	var no, yes string
	for id, c := range m.Votes {
		switch c.Header {
		case "Δεν εγκρίνεται / ΟΧΙ":
			no = id
		case "Εγκρίνεται / ΝΑΙ":
			yes = id
		}
	}
	if !strings.HasSuffix(no, "οχι") || !strings.Contains(yes, "ναι") {
		t.Errorf("IDs %q and %q; want the answers' Greek words", no, yes)
	}
	tab, votes, lines := countReal(t, name, d)
	// The sums of the cut's 8 rows (Python's csv module).
	if len(tab.Protocols) != 8 || votes[no] != 584422 || votes[yes] != 398091 || lines[election.Voters] != 1701949 {
		t.Errorf("%d protocols, no %d, yes %d, voters %d; want 8, 584422, 398091, 1701949", len(tab.Protocols), votes[no], votes[yes], lines[election.Voters])
	}
}

// A file whose lines end in CR alone, which a count reads, is drafted as
// the same file with LF (it was one header row of every cell).
func TestDraftMappingCROnly(t *testing.T) {
	const lf = "precinct,voters,valid,Party A,Party B\n1,100,90,50,40\n2,80,70,30,40\n3,90,60,20,40\n"
	want, err := DraftMapping(strings.NewReader(lf), "lf.csv")
	if err != nil {
		t.Fatal(err)
	}
	got, err := DraftMapping(strings.NewReader(strings.ReplaceAll(lf, "\n", "\r")), "lf.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Mapping, want.Mapping) {
		t.Errorf("CR alone: %+v\nLF: %+v", got.Mapping, want.Mapping)
	}
}

// Lecce's municipal election of 2024 by sezione, long: the province's and
// the comune's codes, a candidate's birth date (19430825000000) and the
// list's place on the ballot are no figures (the draft counted them, so
// the file was drafted wide and "d_nasc" a party of 2e15 votes); the
// list and "voti" make the long layout.
func TestDraftMappingLongWithCodesAndDates(t *testing.T) {
	const name = "it-com2024-lecce-sez.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if !m.long() || m.ChoiceColumn.Header != "descr_lista" || m.VotesColumn.Header != "voti" {
		t.Fatalf("layout %q, choice %v, votes %v\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	// The sums of the cut's 44 rows, 2 sezioni (Python's csv module).
	total := int64(0)
	for _, v := range votes {
		total += v
	}
	if len(tab.Protocols) != 2 || votes["fratelli-d-italia"] != 80 || votes["partito-democratico"] != 81 || total != 787 {
		t.Errorf("%d protocols, FdI %d, PD %d, all %d; want 2, 80, 81, 787", len(tab.Protocols), votes["fratelli-d-italia"], votes["partito-democratico"], total)
	}
}

// Israel's Knesset election of 2021 by kalpi: the Central Elections
// Committee's Hebrew lines are read (they were drafted as lists).
func TestDraftMappingHebrewLines(t *testing.T) {
	const name = "il-knesset2021-kalpi.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "בזב", election.FoundStationary: "מצביעים", election.Invalid: "פסולים", election.Valid: "כשרים"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %+v, want %q", l, m.Lines[l], h)
		}
	}
	tab, _, lines := countReal(t, name, d)
	// The sums of the cut's 8 rows (Python's csv module).
	if len(tab.Protocols) != 8 || lines[election.Voters] != 1729 || lines[election.FoundStationary] != 1104 || lines[election.Invalid] != 1 || lines[election.Valid] != 1103 {
		t.Errorf("%d protocols, lines %v", len(tab.Protocols), lines)
	}
}

// Uganda's Electoral Commission writes the voters on the register "REG
// VOTERS" (drafted as a candidate).
func TestDraftMappingRegVoters(t *testing.T) {
	in := "ORDER,STATION,REG VOTERS,MUSEVENI,BESIGYE\n1,A,500,300,100\n2,B,600,200,300\n3,C,400,100,200\n"
	d, err := DraftMapping(strings.NewReader(in), "ug.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Lines[election.Voters].Header != "REG VOTERS" || len(d.Mapping.Votes) != 2 {
		t.Errorf("lines %v, votes %v", d.Mapping.Lines, d.Mapping.Votes)
	}
}

// Florida's OpenElections file gives "Registered Voters" and "Ballots
// Cast" as candidates of no office: they are line values and the filter
// keeps them beside the contest kept, "Ballots Cast Blank" left out (they
// were left out with the rows of other contests, the lines not given).
func TestDraftMappingNoContestLines(t *testing.T) {
	const name = "us-fl-2020-liberty.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.LineValues["Registered Voters"] != election.Voters || m.LineValues["Ballots Cast"] != election.FoundStationary {
		t.Fatalf("line_values %v\n%s", m.LineValues, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	// The sums of the file (Python's csv module): 8 precincts, President.
	if len(tab.Protocols) != 8 || lines[election.Voters] != 4601 || lines[election.FoundStationary] != 3577 || votes["donald-j-trump"] != 2846 {
		t.Errorf("%d protocols, voters %d, found %d, Trump %d; want 8, 4601, 3577, 2846", len(tab.Protocols), lines[election.Voters], lines[election.FoundStationary], votes["donald-j-trump"])
	}
}

// "voti" (Italian for votes) names a votes column as a whole word only: a
// column of numbers named "voting booths" before the votes is no votes
// column of a long file.
func TestDraftMappingLongVotingNotVotes(t *testing.T) {
	const in = "precinct,candidate,voting booths,votes\n1,Ann,2,10\n1,Bob,2,20\n2,Ann,3,30\n2,Bob,3,40\n3,Ann,1,5\n3,Bob,1,6\n"
	d, err := DraftMapping(strings.NewReader(in), "vb.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mapping; !m.long() || m.VotesColumn.Header != "votes" {
		t.Errorf("layout %q, votes %v; want long, votes", m.Shape, m.VotesColumn)
	}
}
