package ingest

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// wantCount checks a count of a real cut against the sums Python's csv
// module gives of the same rows.
func wantCount(t *testing.T, tab Table, votes map[string]int64, lines map[election.Line]int64, protocols int, wantVotes map[string]int64, wantLines map[election.Line]int64) {
	t.Helper()
	if len(tab.Protocols) != protocols || !maps.Equal(votes, wantVotes) || !maps.Equal(lines, wantLines) {
		t.Errorf("%d protocols, votes %v, lines %v; want %d, %v, %v", len(tab.Protocols), votes, lines, protocols, wantVotes, wantLines)
	}
}

// Texas 2008 (OpenElections, Caldwell County): every contest long, the
// electorate and the ballots cast as "offices" of their own before the
// president. The draft keeps a contest (the president, of the most rows),
// never the registered voters, whose one row per precinct drafted a wide
// mapping whose "votes" column won the seat; their rows are the lines
// voters and found_stationary.
func TestDraftMappingContestLines(t *testing.T) {
	const name = "us-tx-2008-caldwell.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows.String() != `office in ("PRESIDENT", "REGISTERED VOTERS", "BALLOTS CAST")` || !m.long() || m.ChoiceColumn.Header != "candidate" || m.VotesColumn.Header != "votes" {
		t.Fatalf("filter %s, layout %q, choice %v; want PRESIDENT and the two lines, long by candidate\n%s", m.Rows, m.Shape, m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `"REGISTERED VOTERS" and "BALLOTS CAST" name lines of the protocol`) && strings.Contains(g, `"U.S. Senate"`)
	}) {
		t.Errorf("no guess says why the lines' rows are no contest, listing the others:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	wantCount(t, tab, votes, lines, 3,
		map[string]int64{"john-mccain-sarah-palin": 843, "barack-obama-joe-biden": 703, "bo-barr-wayne-a-root": 7, "write-in": 17},
		map[election.Line]int64{election.Voters: 2543, election.FoundStationary: 1580})
}

// A contest's rows whose choice cell is empty (the example's "Registered
// Voters") name their line in the contest's column: read by a choice
// column of both, the line in line_values (they were left out).
func TestDraftMappingContestLinesEmpty(t *testing.T) {
	in := "county,precinct,office,candidate,votes\n" +
		"A,1,Registered Voters,,100\nA,1,Mayor,Ann,30\nA,1,Mayor,Bob,20\n" +
		"A,2,Registered Voters,,90\nA,2,Mayor,Ann,25\nA,2,Mayor,Bob,35\n"
	d, err := DraftMapping(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows.String() != `office in ("Mayor", "Registered Voters")` || m.LineValues["Registered Voters"] != election.Voters || m.ChoiceColumn.String() != `["candidate", "office"]` {
		t.Fatalf("filter %s, line values %v, choice %v; want Mayor and the voters' rows, voters, [candidate, office]", m.Rows, m.LineValues, m.ChoiceColumn)
	}
	tab, err := ReadCSV(strings.NewReader(in), "p.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var voters, ann int64
	for _, p := range tab.Protocols {
		voters += p.Lines[election.Voters]
		ann += p.Votes["ann"]
	}
	if len(tab.Protocols) != 2 || voters != 190 || ann != 55 {
		t.Errorf("%d protocols, voters %d, Ann %d; want 2, 190, 55", len(tab.Protocols), voters, ann)
	}
}

// Ohio's special election of 2018 (OpenElections): party and candidate
// each name every choice of a precinct once; the candidate's column is
// the choice (the party's "D" would name the winner, and merge two
// candidates of one party).
func TestDraftMappingLongCandidateOverParty(t *testing.T) {
	const name = "us-oh-2018-special-oh12.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if c := d.Mapping.ChoiceColumn; c == nil || c.Header != "candidate" {
		t.Fatalf("choice column %v, want candidate\n%s", c, strings.Join(d.Mapping.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	wantCount(t, tab, votes, lines, 33,
		map[string]int64{"troy-balderson": 5749, "joe-manchik": 73, "danny-o-connor": 5938},
		map[election.Line]int64{})
}

// Columns of flags (Ukraine's volunteers' has_errors and clarified, 0 or
// 1) and of a status (Argentina's mesEstado, 0, 1 or 4) are no choices,
// and the draft says so; a candidate with 0 or 1 votes on every row is
// one, its header naming no flag.
func TestDraftMappingFlagColumns(t *testing.T) {
	flagged := func(m Mapping, h string) bool {
		return slices.ContainsFunc(m.Guesses, func(g string) bool {
			return strings.Contains(g, strconv.Quote(h)+" is not mapped: its header reads as a flag or a status")
		})
	}
	const ua = "ua-prez2019-evybory.csv"
	d, err := draftReal(t, ua)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"has_errors", "clarified"} {
		for id, c := range d.Mapping.Votes {
			if c.Header == h {
				t.Errorf("votes.%s is column %s", id, h)
			}
		}
		if !flagged(d.Mapping, h) {
			t.Errorf("no guess says %s is a flag:\n%s", h, strings.Join(d.Mapping.Guesses, "\n"))
		}
	}
	tab, votes, _ := countReal(t, ua, d)
	// The sums of the cut's 24 rows (Python's csv module): the 39
	// candidates r11_1..r11_39, and three of them.
	var sum int64
	for id, v := range votes {
		if strings.HasPrefix(id, "r11") {
			sum += v
		}
	}
	if len(tab.Protocols) != 24 || sum != 9214 || votes["r11-14"] != 2826 || votes["r11-36"] != 1304 || votes["r11-39"] != 50 {
		t.Errorf("%d protocols, candidates' votes %d, r11_14 %d, r11_36 %d, r11_39 %d; want 24, 9214, 2826, 1304, 50", len(tab.Protocols), sum, votes["r11-14"], votes["r11-36"], votes["r11-39"])
	}

	const ar = "ar-paso2017-cba-mesas.csv"
	if d, err = draftReal(t, ar); err != nil {
		t.Fatal(err)
	}
	if !flagged(d.Mapping, "mesEstado") {
		t.Errorf("no guess says mesEstado is a status:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, ar, d)
	// (valid = positivos + blanco, "mesVotosValidos"; those who voted,
	// "mesTotalVotantes": 246 of mesa 11, status 4, beside its 484 valid.)
	wantCount(t, tab, votes, lines, 13, map[string]int64{}, map[election.Line]int64{election.Invalid: 47, election.Valid: 2642, election.FoundStationary: 2441, election.Voters: 4464})

	in := "precinct,has_errors,Ann,Bob,Minor\n1,0,30,20,1\n2,1,25,35,0\n3,0,40,10,1\n"
	if d, err = DraftMapping(strings.NewReader(in), "p.csv"); err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Mapping.Votes["minor"]; !ok || len(d.Mapping.Votes) != 3 || !flagged(d.Mapping, "has_errors") {
		t.Errorf("votes %v; want Ann, Bob and Minor, has_errors a flag\n%s", d.Mapping.Votes, strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// headerSum sums over the protocols read the figure of the column headed h,
// mapped as a choice or as a line.
func headerSum(t *testing.T, m Mapping, tab Table, h string) int64 {
	t.Helper()
	var sum int64
	for id, c := range m.Votes {
		if c.Header == h {
			for _, p := range tab.Protocols {
				sum += p.Votes[id]
			}
			return sum
		}
	}
	for l, c := range m.Lines {
		if c.Header == h {
			for _, p := range tab.Protocols {
				sum += p.Lines[l]
			}
			return sum
		}
	}
	t.Errorf("column %q is not mapped", h)
	return 0
}

// A row of numbers alone above a header row of text (pandas' column
// numbers above Bosnia's 2020 files, a row of differences above a
// Ukrainian header) is skipped (skip_rows), and the draft says so and
// goes on; pandas' index, headed by the number of the header row, names
// no precinct. A file of one row per candidate and no area (the mayor's
// file) is then said to be one area's choices, for a mapping by hand.
func TestDraftMappingNumbersAboveHeader(t *testing.T) {
	cases := []struct {
		file      string
		protocols int
		sums      map[string]int64 // the sums of the cut's rows (Python's csv module)
	}{
		{"ba-lok2020-izlaznost.csv", 20, map[string]int64{"Broj birača": 596119, "Broj listića": 241263}},
		{"ba-lok2020-nacelnik-vk.csv", 5, nil},
		{"ua-prez2019-compare.csv", 24, map[string]int64{"2.К-сть виборців, внесених до списку": 9734, "10.К-сть бюлетенів, визнаних недійсними": 50, "Зеленський Володимир": 1743, "Порошенко Петро": 919}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if c.sums == nil {
				// Past the numbers, one row per candidate and no area:
				// said, not drafted as a precinct per candidate.
				var pe *ParseError
				if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Line != 2 || !strings.Contains(err.Error(), `"Kandidat" names a candidate on each`) {
					t.Fatalf("err %v, want ErrMapping at line 2 naming Kandidat", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.SkipRows != 1 || m.Precinct.Header == "0" || !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "skip_rows: 1: row 1 holds numbers alone") }) {
				t.Fatalf("skip_rows %d, precinct %+v; want 1, said, no index column\n%s", m.SkipRows, m.Precinct, strings.Join(m.Guesses, "\n"))
			}
			if c.file == "ba-lok2020-izlaznost.csv" && (m.Lines[election.Voters].Header != "Broj birača" || m.Lines[election.FoundStationary].Header != "Broj listića" || len(m.Votes) != 0) {
				// The voters and the ballots cast, no choices (drafted
				// so, they won seats).
				t.Errorf("lines %v, votes %v; want voters Broj birača, found_stationary Broj listića, no votes", m.Lines, m.Votes)
			}
			tab, _, _ := countReal(t, c.file, d)
			if len(tab.Protocols) != c.protocols {
				t.Errorf("%d protocols, want %d", len(tab.Protocols), c.protocols)
			}
			for h, want := range c.sums {
				if got := headerSum(t, m, tab, h); got != want {
					t.Errorf("%s: %d, want %d", h, got, want)
				}
			}
		})
	}
}

// The rows of a line are kept only when the contest kept has rows of
// each of their precincts: else a precinct of another contest would be a
// protocol without its votes.
func TestDraftMappingContestLinesElsewhere(t *testing.T) {
	in := "precinct,office,candidate,votes\n" +
		"1,Registered Voters,Registered Voters - Total,100\n1,Mayor,Ann,30\n1,Mayor,Bob,20\n" +
		"2,Registered Voters,Registered Voters - Total,90\n2,Mayor,Ann,25\n2,Mayor,Bob,35\n" +
		"3,Registered Voters,Registered Voters - Total,80\n3,Council,Cy,40\n"
	d, err := DraftMapping(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows.String() != `office = "Mayor"` || len(m.LineValues) != 0 {
		t.Errorf("filter %s, line values %v; want Mayor alone, none", m.Rows, m.LineValues)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, "1 of its rows are of precincts where the contest kept has no rows")
	}) {
		t.Errorf("no guess says why the voters' rows are left out:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// Lithuania's Seimas of 2012 by apylinkė, long: a candidate's votes in
// the ballot box and by post in two columns, neither named as votes. The
// draft took the last, the postal votes (2 of Degutienė's 145), then the
// column of the most votes (143); the two are named as ways of voting
// ("balsadezeje", in the ballot box; "pastu", by post), and it proposes
// their sum, none of them alone.
func TestDraftMappingLongVotesOfTheMost(t *testing.T) {
	const name = "lt-seimas2012-vienmand-long.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if !m.long() || m.ChoiceColumn.Header != "kandidatas" || m.VotesColumn.String() != `["balsadezeje", "pastu"]` || m.Precinct.Header != "apylinke" {
		t.Fatalf("layout %q, choice %+v, votes %v, precinct %+v; want long, kandidatas, balsadezeje + pastu, apylinke\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `votes_column: the sum of columns 3 "balsadezeje" + 5 "pastu": each is named as a way of voting or as votes, and on 26 of the 46 rows`)
	tab, votes, _ := countReal(t, name, d)
	// The sums of the cut's 46 rows (Python's csv module).
	if len(tab.Protocols) != 3 || votes["irena-degutiene"] != 145 {
		t.Errorf("%d protocols, Degutienė %d; want 3, 145", len(tab.Protocols), votes["irena-degutiene"])
	}
}

// Taiwan's Legislative Yuan of 2020 by polling station, long: the
// candidate by number ("candNo"), the votes ("tks"), the elected marked
// "*" beside "NA" ("candVictor"); a station is its township, village and
// station codes together. The draft took it for wide, the candidates'
// numbers and the votes for two choices, the townships for precincts
// (rows repeated).
func TestDraftMappingLongCodedKey(t *testing.T) {
	const name = "tw-ly2020-lowland.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	var key []string
	for _, c := range m.Precinct.Columns {
		key = append(key, c.Header)
	}
	if !m.long() || m.ChoiceColumn.Header != "candNo" || m.VotesColumn.Header != "tks" || !slices.Equal(key, []string{"areaCode", "liCode", "deptCode"}) {
		t.Fatalf("layout %q, choice %+v, votes %+v, precinct %v; want long, candNo, tks, areaCode+liCode+deptCode\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, key, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	// The sums of the cut's 30 rows (Python's csv module).
	if len(tab.Protocols) != 3 || votes["p1"] != 7 || votes["p9"] != 4 || votes["p10"] != 3 {
		t.Errorf("%d protocols, votes %v; want 3, p1 7, p9 4, p10 3", len(tab.Protocols), votes)
	}
}

// "Broj ..." (Bosnian, Croatian, Serbian: "the number of ...") counts
// something, as "Number of ..." does: a line, never a choice that might
// win a seat ("Broj biračkih mjesta", the number of polling stations).
func TestDraftMappingBrojIsNoChoice(t *testing.T) {
	in := "Opština,Broj biračkih mjesta,Broj birača,Broj listića,Stranka A,Stranka B\nBihać,80,57891,22365,12000,9000\nCazin,70,54839,19509,10000,8800\nBužim,20,17203,7512,4000,3100\n"
	d, err := DraftMapping(strings.NewReader(in), "ba.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if len(m.Votes) != 2 || m.Votes["stranka-a"].Header != "Stranka A" || m.Lines[election.Voters].Header != "Broj birača" || m.Lines[election.FoundStationary].Header != "Broj listića" {
		t.Errorf("votes %v, lines %v; want Stranka A and B, voters and found_stationary\n%s", m.Votes, m.Lines, strings.Join(m.Guesses, "\n"))
	}
}
