package ingest

import (
	"bytes"
	"strings"
	"testing"
)

// Connecticut's 2016 Darien file (OpenElections): Blumenthal stands on
// the Democrat and Working Families lines and on a row with no party,
// Sheban on the Republican and Independent lines and one with none. The
// draft said Blumenthal's rows were several candidates under one label
// (and proposed nothing: its count refused the second row), and joined
// Sheban's name with the party (three choices); each is one candidate,
// his rows summed.
func TestDraftFusionOnePersonByName(t *testing.T) {
	for _, c := range []struct {
		name, who string
		want      int64
		other     string
		otherWant int64
	}{
		{"us-ct-2016-darien-ussenate-cut.csv", "richard-blumenthal", 4926, "dan-carter", 6092},
		{"us-ct-2016-darien-ushouse-cut.csv", "john-sheban", 6359, "jim-himes", 4728},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.ChoiceColumn == nil || m.ChoiceColumn.String() != `"candidate"` || m.ChoiceRows != ChoiceRowsSum {
				t.Fatalf("choice %v, choice_rows %q; want candidate, sum\n%s", m.ChoiceColumn, m.ChoiceRows, strings.Join(m.Guesses, "\n"))
			}
			guessed(t, m, `(fusion voting)`, `is a whole name, and no column (gender, age) tells two apart`)
			_, votes, _ := countReal(t, c.name, d)
			if votes[c.who] != c.want || votes[c.other] != c.otherWant {
				t.Errorf("votes %v; want %s %d, %s %d", votes, c.who, c.want, c.other, c.otherWant)
			}
		})
	}
}

// The ECI's report of candidates, edited to give two candidates of one
// name in a constituency under two parties: Araku's two "KOTHAPALLI
// GEETHA" (FEMALE 53 of the BJP, MALE 41 of the CPI(M)), Kakinada's two
// "UDAY" (MALE 41 of the NRCP, MALE 33 an Independent). The draft took
// them for one person on two parties' lines and summed them, electing
// KOTHAPALLI GEETHA with 549,554 votes; the gender or the age tells them
// apart, and the name is joined with the party.
func TestDraftNamesakesApartByGenderAge(t *testing.T) {
	for _, c := range []struct {
		name, why string
		apart     map[string]int64
	}{
		{"SYNTHETIC-EDITED-in-ls2024-r33-araku-two-geetha.csv", `column 4 "Gender" tells them apart, "FEMALE" and "MALE" for "KOTHAPALLI GEETHA": two people`,
			map[string]int64{"KOTHAPALLI GEETHA / BJP": 426425, "KOTHAPALLI GEETHA / CPI(M)": 123129, "GUMMA THANUJA RANI / YSRCP": 477005}},
		{"SYNTHETIC-EDITED-in-ls2024-r33-kakinada-two-uday.csv", `column 5 "Age" tells them apart, "41" and "33" for "UDAY": two people`,
			map[string]int64{"UDAY / NRCP": 15703, "UDAY / IND": 2647}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.ChoiceColumn == nil || m.ChoiceColumn.String() != `["Candidate Name", "Party Name"]` || !m.ChoiceColumn.Join || m.ChoiceRows != "" {
				t.Fatalf("choice %v, choice_rows %q; want the name and the party joined, no sum\n%s", m.ChoiceColumn, m.ChoiceRows, strings.Join(m.Guesses, "\n"))
			}
			guessed(t, m, c.why)
			_, votes, _ := countReal(t, c.name, d)
			for k, want := range c.apart {
				if id := m.ChoiceValues[k]; id == "" || votes[id] != want {
					t.Errorf("%s: choice %q, %d votes; want %d", k, id, votes[id], want)
				}
			}
		})
	}
}

// Counted under a mapping by the name alone with "choice_rows": "sum",
// the two KOTHAPALLI GEETHA rows are summed, and the count says that
// they differ in Gender and Age (I613, SummedPeople), where it said
// nothing.
func TestSummedRowsDifferInGenderAge(t *testing.T) {
	const name = "SYNTHETIC-EDITED-in-ls2024-r33-araku-two-geetha.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	m.ChoiceColumn, m.ChoiceRows = &Column{Header: "Candidate Name"}, ChoiceRowsSum
	byName := map[string]string{}
	for k, id := range m.ChoiceValues {
		n, _, _ := strings.Cut(k, " / ")
		byName[n] = id
	}
	m.ChoiceValues = byName
	tab, err := ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ps := tab.Counts.SummedPeople
	if len(ps) != 1 || ps[0].Choice != "KOTHAPALLI GEETHA" || ps[0].Lines != [2]int{3, 4} || strings.Join(ps[0].Columns, ", ") != "4 Gender, 5 Age" {
		t.Errorf("summed people %+v; want KOTHAPALLI GEETHA, lines 3 and 4, columns 4 Gender, 5 Age", ps)
	}
}

func TestTraitHeader(t *testing.T) {
	for h, want := range map[string]bool{"Gender": true, "Age": true, "Candidate gender": true, "candidate_age": true, "Date of birth": true, "SEX": true,
		"Voting age population": false, "Category": false, "Party": false, "Candidate Name": false} {
		if got := traitHeader(h); got != want {
			t.Errorf("traitHeader(%q) = %v; want %v", h, got, want)
		}
	}
}

// onePerson decides from the columns: a person's column that differs
// says two; the same, one; none, a whole name on two lines in two
// precincts one, in one precinct only two, and a surname two.
func TestOnePerson(t *testing.T) {
	for _, c := range []struct {
		name, csv string
		one       bool
		why       string
	}{
		{"gender differs", "p,name,gender,party\n1,Ann Lee,F,A\n1,Ann Lee,M,B\n", false, `column 3 "gender" tells them apart`},
		{"same age", "p,name,age,party\n1,Lee,40,A\n1,Lee,40,B\n", true, `no column that names or describes one`},
		{"first name differs", "p,surname,first name,party\n1,Lee,Ann,A\n1,Lee,Bo,B\n", false, `column 3 "first name" tells them apart`},
		{"whole name", "p,name,party\n1,Ann Lee,A\n1,Ann Lee,B\n1,Ann Lee,\n2,Ann Lee,A\n2,Ann Lee,B\n", true, `"Ann Lee" is a whole name`},
		{"whole name in one precinct only", "p,name,party\n1,Ann Lee,A\n1,Ann Lee,B\n2,Bo Kim,A\n", false, `"Ann Lee" stands on two lines in one precinct only`},
		{"surname alone", "p,name,party\n1,Lee,A\n1,Lee,B\n", false, `"Lee" is a surname alone`},
		{"one line", "p,name,party\n1,Lee,A\n1,Lee,\n", false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var rows [][]string
			lines := strings.Split(strings.TrimSpace(c.csv), "\n")
			for _, l := range lines[1:] {
				rows = append(rows, strings.Split(l, ","))
			}
			header := strings.Split(lines[0], ",")
			one, why := onePerson(header, rows, []int{0}, 1, len(header)-1)
			if one != c.one || !strings.Contains(why, c.why) {
				t.Errorf("onePerson = %v, %q; want %v, %q", one, why, c.one, c.why)
			}
		})
	}
}
