package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// eeSumMapping maps the Estonian cut (Riigikogu 2023, constituency 6) by
// party, its figure the column named, the rows of a party summed.
func eeSumMapping(t *testing.T, votes string) Mapping {
	t.Helper()
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "delimiter": ";", "precinct": "constituency", "ballot": "list",
		"choice_column": "party", "votes_column": "`+votes+`", "choice_rows": "sum",
		"choice_values": {"EESTIMAA ÜHENDATUD VASAKPARTEI": "vasak", "Erakond Eestimaa Rohelised": "rohelised", "Erakond Parempoolsed": "parempoolsed"}}`), "ee.json")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// party_votes_const is the party's total in the constituency repeated on
// each of its candidates' rows: summed, Parempoolsed's 844 reads 1,688.
// Every group of rows summed repeating one figure is said (the rows of
// Rohelised first, and the columns they differ in); the candidates' own
// votes (candidate_votes: Parempoolsed 477 and 115) are not.
func TestSummedRepeatEstonia(t *testing.T) {
	b := readReal(t, "ee-rk2023-c6-repeated.csv")
	tab, err := ReadCSV(strings.NewReader(string(b)), "ee.csv", eeSumMapping(t, "party_votes_const"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Protocols[0].Votes["parempoolsed"]; got != 1688 {
		t.Errorf("Parempoolsed summed %d, want 1688 (the sum as the mapping says)", got)
	}
	rs := tab.Counts.SummedRepeat
	if len(rs) != 1 {
		t.Fatalf("SummedRepeat %+v, want one protocol", rs)
	}
	r := rs[0]
	if r.Lines != [2]int{3, 4} || r.Precinct != "6" || r.Choice != "Erakond Eestimaa Rohelised" || r.Figure != 150 ||
		!slices.Equal(r.Columns, []string{"2 candidate_nr", "3 candidate_name", "5 candidate_position"}) {
		t.Errorf("SummedRepeat %+v; want lines 3 and 4, Rohelised's 150, the candidate's columns", r)
	}
	tab, err = ReadCSV(strings.NewReader(string(b)), "ee.csv", eeSumMapping(t, "candidate_votes"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rs := tab.Counts.SummedRepeat; rs != nil {
		t.Errorf("candidate_votes summed: SummedRepeat %+v, want none (Parempoolsed's rows differ)", rs)
	}
}

// zaMapping maps the South African cut (eThekwini, 2021, voting district
// 43400180: its PR and its Ward ballot) by PartyName, every party of the
// file a choice; sum adds "choice_rows": "sum".
func zaMapping(t *testing.T, b []byte, sum bool) Mapping {
	t.Helper()
	var parties []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
		if p := strings.Split(l, ";")[8]; !slices.Contains(parties, p) {
			parties = append(parties, p)
		}
	}
	var cv []string
	for i, p := range parties {
		cv = append(cv, `"`+p+`": "p`+string(rune('a'+i/26))+string(rune('a'+i%26))+`"`)
	}
	extra := ""
	if sum {
		extra = `, "choice_rows": "sum"`
	}
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "delimiter": ";", "precinct": "VotingDistrict", "ballot": "list",
		"choice_column": "PartyName", "votes_column": "TotalValidVotes", "lines": {"voters": "RegisteredVoters", "invalid": "SpoiltVotes"},
		"choice_values": {`+strings.Join(cv, ", ")+`}`+extra+`}`), "za.json")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The second row of a party in a voting district is of the other ballot
// (BallotType "Ward" after "PR"), with the same figure: the error names
// the column the two rows differ in, and, as it holds two texts, proposes
// a ballot column or a filter before any sum, not "a row given twice".
func TestDuplicateRowNamesColumnsSouthAfrica(t *testing.T) {
	b := readReal(t, "za-lge2021-eth-vd43400180.csv")
	_, err := ReadCSV(strings.NewReader(string(b)), "za.csv", zaMapping(t, b, false), Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrDuplicateRow) || pe.Line != 52 {
		t.Fatalf("%v; want a second row on line 52", err)
	}
	for _, want := range []string{`column 7 "BallotType" ("PR" on line 2, "Ward" on line 52)`, `"ballot_column": "BallotType"`,
		`"rows": {"where": [{"column": "BallotType", "values": ["PR"]}]}`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%v; want %s", err, want)
		}
	}
	if strings.Contains(err.Error(), "list its rows twice") {
		t.Errorf("%v; want no row given twice: the rows differ", err)
	}
}

// The Estonian rows of one party differ in the candidate's columns: the
// error without "sum" names them.
func TestDuplicateRowNamesColumnsEstonia(t *testing.T) {
	m := eeSumMapping(t, "party_votes_const")
	m.ChoiceRows = ""
	_, err := ReadCSV(strings.NewReader(string(readReal(t, "ee-rk2023-c6-repeated.csv"))), "ee.csv", m, Options{})
	if !errors.Is(err, ErrDuplicateRow) || !strings.Contains(err.Error(), `column 3 "candidate_name" ("JAANUS NURMOJA" on line 3, "TUULA RAIDNA" on line 4)`) {
		t.Errorf("%v; want the candidates' names said", err)
	}
	// Mapped to the party's total, the candidates' own votes are the
	// column no field reads with a whole number on both rows (the rows of
	// Parempoolsed: Rohelised's two candidates have 75 each, the cells
	// the same; its second row left out here).
	rows := strings.SplitAfter(string(readReal(t, "ee-rk2023-c6-repeated.csv")), "\n")
	_, err = ReadCSV(strings.NewReader(strings.Join(slices.Delete(rows, 3, 4), "")), "ee.csv", m, Options{})
	if !errors.Is(err, ErrDuplicateRow) || !strings.Contains(err.Error(), `column 4 "candidate_votes", which no field reads, holds a whole number on both rows (477, 115)`) {
		t.Errorf("%v; want candidate_votes proposed", err)
	}
}

// uaMapping maps the Ukrainian cut (Verkhovna Rada 2019, districts 11 and
// 12, a row per polling station) with the party columns given, and the
// columns ignore names.
func uaMapping(t *testing.T, parties []string, ignore string) Mapping {
	t.Helper()
	var vs []string
	for i, p := range parties {
		vs = append(vs, `"p`+string(rune('a'+i))+`": "`+p+`"`)
	}
	if ignore != "" {
		ignore = `, "ignore": [` + ignore + `]`
	}
	m, err := ReadMapping(strings.NewReader(`{"precinct": "polling_station_number", "region": "district_number", "ballot": "list",
		"votes": {`+strings.Join(vs, ", ")+`}`+ignore+`}`), "ua.json")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// A party's column left out of the mapping (Voice) is named with its sum
// over the file's rows, 8,662 (summed apart from shailoo: awk over column
// 12 of the 227 rows), as is parliament_voters, the file's sum of the
// parties, unless ignore names it; mapped, Voice is not.
func TestUnreadColumnsUkraine(t *testing.T) {
	b := readReal(t, "ua-rada2019-vd-d11-12.csv")
	parties := []string{"Oppobloc", "Strength and Honor", "Fatherland", "OP for Life", "European Solidarity", "Ukrainian Strategy",
		"Servant of the People", "Radical Party", "Party of Shariy", "Freedom", "Other parties"}
	for _, c := range []struct {
		name    string
		parties []string
		ignore  string
		want    []UnreadColumn
	}{
		{"Voice left out", parties, "", []UnreadColumn{{Index: 2, Header: "parliament_voters", Rows: 227, Whole: 227, Sum: 167111},
			{Index: 12, Header: "Voice", Rows: 227, Whole: 227, Sum: 8662}}},
		{"the total ignored", parties, `"parliament_voters"`, []UnreadColumn{{Index: 12, Header: "Voice", Rows: 227, Whole: 227, Sum: 8662}}},
		{"every party mapped", append(slices.Clone(parties), "Voice"), `"parliament_voters"`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			tab, err := ReadCSV(strings.NewReader(string(b)), "ua.csv", uaMapping(t, c.parties, c.ignore), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := tab.Counts.Unread; !slices.Equal(got, c.want) {
				t.Errorf("Unread %+v, want %+v", got, c.want)
			}
		})
	}
	// The scan (a count's reading) says the same.
	var counts Counts
	_, err := ScanRows(strings.NewReader(string(b)), "ua.csv", uaMapping(t, parties, `"parliament_voters"`), Options{Counts: &counts, Concurrent: true}, func(*Row) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if n := UnreadNote("ua.csv", counts); !strings.Contains(n, `12 "Voice" (8,662)`) {
		t.Errorf("note %q, want Voice and its sum", n)
	}
	// An ignored column the file lacks is an error naming the field.
	_, err = ReadCSV(strings.NewReader(string(b)), "ua.csv", uaMapping(t, parties, `"Voise"`), Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Field != "ignore[0]" {
		t.Errorf("%v; want an error of ignore[0]", err)
	}
}

// Summed ("choice_rows": "sum"), the PR and Ward rows of the voting
// district give 1,923 votes for 1,569 voters on the list: the protocol is
// said with the column its rows summed differ in. Without the sum no
// protocol is.
func TestSummedOverVotersSouthAfrica(t *testing.T) {
	b := readReal(t, "za-lge2021-eth-vd43400180.csv")
	tab, err := ReadCSV(strings.NewReader(string(b)), "za.csv", zaMapping(t, b, true), Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tab.Counts
	want := []SummedOver{{Line: 2, Precinct: "43400180", Ballot: "list", Votes: 1923, Voters: 1569, Columns: []string{"7 BallotType"}}}
	if len(c.SummedOver) != 1 || c.SummedOver[0].Line != want[0].Line || c.SummedOver[0].Votes != 1923 || c.SummedOver[0].Voters != 1569 ||
		!slices.Equal(c.SummedOver[0].Columns, want[0].Columns) {
		t.Errorf("SummedOver %+v, want %+v", c.SummedOver, want)
	}
	if c.SummedRepeat != nil {
		t.Errorf("SummedRepeat %+v, want none (the ANC's rows give 906 and 924)", c.SummedRepeat)
	}
}
