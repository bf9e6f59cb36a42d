package ingest

import (
	"os"
	"strings"
	"testing"
)

// A county's file of OpenElections of a few precincts whose rows run
// candidate by candidate through the precincts (Greeley, Kansas, 2012:
// Tribune Precinct 1 to 3; Forest, Pennsylvania, 2022, its first 2 to 5
// townships; Wheeler, Oregon, 2022, reordered so): column "precinct"
// is the precincts, "county" their region. (It was drafted as a kind of
// ballot whose rows of "Tribune Precinct 1" alone were kept, the
// precinct "county": a count of one precinct in three, Romney 329 for
// 543, and exit 0 once the guesses were deleted. The same rows
// precinct by precinct, or of 6 precincts or more, drafted right.)
func TestDraftCountyFileFewPrecincts(t *testing.T) {
	for _, c := range []struct {
		file, contest, choice string
		precincts             int
		votes                 int64
	}{
		// awk -F, '$3 ~ /^President/ && $6 ~ /Romney/ {s+=$7} END {print s}'
		{"us-ks-2012-greeley-precinct.csv", "President / Vice President", "romney-mitt", 3, 329 + 169 + 45},
		// The same for Governor and Shapiro, and for Drazan.
		{"us-pa-2022-forest-first5-precincts-cut.csv", "Governor", "josh-shapiro-austin-davis", 5, 344},
		{"REORDERED-us-or-2022-wheeler-candidate-major.csv", "Governor", "christine-drazan", 3, 576},
	} {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Precinct.Header != "precinct" || m.Region == nil || m.Region.Header != "county" {
				t.Fatalf("precinct %+v, region %+v; want precinct, county\n%s", m.Precinct, m.Region, strings.Join(m.Guesses, "\n"))
			}
			if m.Rows == nil || len(m.Rows.Where) == 0 || m.Rows.Where[0].Column.Header != "office" || m.Rows.Where[0].Values[0] != c.contest {
				t.Fatalf("rows %+v; want the rows of %q alone\n%s", m.Rows, c.contest, strings.Join(m.Guesses, "\n"))
			}
			tab, votes, _ := countReal(t, c.file, d)
			if len(tab.Protocols) != c.precincts || votes[c.choice] != c.votes {
				t.Errorf("%d protocols, %s %d; want %d, %d", len(tab.Protocols), c.choice, votes[c.choice], c.precincts, c.votes)
			}
		})
	}
}

// The first 2, 3 and 4 townships of Forest's file draft as its 5 do:
// a column of 2 to 5 values was taken for a kind of ballot only while
// the precincts were that few.
func TestDraftCountyFileFirstPrecincts(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/us-pa-2022-forest-first5-precincts-cut.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	order := []string{"Barnett Township", "Green Township", "Harmony Township", "Hickory Township"}
	for n := 2; n <= 4; n++ {
		keep := []string{lines[0]}
		for _, l := range lines[1:] {
			for _, p := range order[:n] {
				if strings.Split(l, ",")[1] == p {
					keep = append(keep, l)
				}
			}
		}
		d, err := DraftMapping(strings.NewReader(strings.Join(keep, "\n")+"\n"), "forest.csv")
		if err != nil {
			t.Fatal(err)
		}
		m := readBack(t, d)
		if m.Precinct.Header != "precinct" || m.Region == nil || m.Region.Header != "county" || len(m.Rows.Where) != 1 {
			t.Errorf("%d precincts: precinct %+v, region %+v, rows %+v; want precinct, county, the Governor's rows\n%s", n, m.Precinct, m.Region, m.Rows, strings.Join(m.Guesses, "\n"))
		}
	}
}

// However the precincts' column is named ("location" for "precinct" in
// Greeley's file), where it alone tells the rows of the one county
// apart it is the precinct: the rows of one of its values alone would
// count one precinct of the county.
func TestDraftCountyFileOneCounty(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/us-ks-2012-greeley-precinct.csv")
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Replace(string(b), "county,precinct,", "county,location,", 1)
	d, err := DraftMapping(strings.NewReader(in), "greeley.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "location" || m.Region == nil || m.Region.Header != "county" || len(m.Rows.Where) != 1 {
		t.Errorf("precinct %+v, region %+v, rows %+v; want location, county, the President's rows\n%s", m.Precinct, m.Region, m.Rows, strings.Join(m.Guesses, "\n"))
	}
}
