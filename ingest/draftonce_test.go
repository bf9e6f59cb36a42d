package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// Trafford's local elections of 2022: the surname names each candidate
// of a ward once; the forenames nearly (two "Steve" in ward E05000826).
// The draft takes the surname, and the wards as okrugs, as it did before
// the namesakes' rule: that rule (nearly once is once) is for files where
// no column names each row once (Pakistan's two "Jamil Hussain").
func TestDraftOnceBeforeNearlyTrafford(t *testing.T) {
	d, err := draftReal(t, "uk-trafford-local2022.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	all := strings.Join(m.Guesses, "\n")
	if m.Shape != "long" || m.ChoiceColumn == nil || m.ChoiceColumn.String() != `"candidate_surname"` || m.Okrug == nil || m.Okrug.String() != `"ward_name"` {
		t.Fatalf("layout %v, choice %v, okrug %v; want long by candidate_surname, okrug ward_name\n%s", m.Shape, m.ChoiceColumn, m.Okrug, all)
	}
	if strings.Contains(all, "tells them apart") {
		t.Errorf("the draft says namesakes where the surname tells every candidate apart:\n%s", all)
	}
}

// A column of persons that names each row of a precinct exactly once is
// the choice before one that does so on all rows but one, though that
// one has fewer values.
func TestDraftOnceBeforeNearly(t *testing.T) {
	var b strings.Builder
	b.WriteString("ward,candidate_surname,candidate_forenames,party,votes\n")
	surnames := []string{"ADAMS", "BAKER", "CLARK", "DAVIS", "EVANS", "FOX", "GRANT", "HILL"}
	forenames := []string{"Anna", "Ben", "Carl", "Dora", "Emil", "Steve"}
	parties := []string{"Red", "Blue", "Green", "Gold"}
	for w := range 6 {
		for c := range 4 {
			f := forenames[(w+c)%len(forenames)]
			if w == 2 && c == 3 {
				f = forenames[(w+0)%len(forenames)] // two of one forename in ward 3
			}
			fmt.Fprintf(&b, "W%d,%s,%s,%s,%d\n", w+1, surnames[(w+c)%len(surnames)], f, parties[c], 10*(w+1)+c)
		}
	}
	d, err := DraftMapping(strings.NewReader(b.String()), "wards.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.ChoiceColumn == nil || m.ChoiceColumn.String() != `"candidate_surname"` {
		t.Errorf("choice %v; want candidate_surname\n%s", m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
	}
}
