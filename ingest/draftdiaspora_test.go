package ingest

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// kenyaCounties reads a file of testdata/kenya2017 (Kenya's presidential
// election of 2017, the IEBC's provisional feed by county: README there).
func kenyaCounties(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/kenya2017/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// withoutColumn is csv (of no quoted commas) without its column i.
func withoutColumn(csv string, i int) string {
	var out []string
	for _, line := range strings.Split(strings.TrimRight(csv, "\n"), "\n") {
		cells := strings.Split(line, ",")
		out = append(out, strings.Join(slices.Delete(cells, i, i+1), ","))
	}
	return strings.Join(out, "\n") + "\n"
}

// Kenya's 2017 counties and their Diaspora (code 1048), "County" the
// region, "Abroad" yes on the Diaspora's row alone. The draft mapped no
// abroad ("Abroad" not mapped: it does not hold numbers), and the count
// then judged the spread rule over 25 regions of the cut, the Diaspora
// one of them: Kenyatta elected on 24, where the Constitution's counties
// give 23 of 24 and a second round. The yes/no column headed so is the
// abroad column; without it, the region cell "Diaspora" names the voters
// abroad as "Extranjero" does. The stations ("Stations processed",
// "Stations total") are counts of stations, ignored, never a total.
func TestDraftKenyaDiaspora(t *testing.T) {
	const name = "CUT-ke2017-23pass-diaspora.csv"
	data := kenyaCounties(t, name)
	d, err := DraftMapping(strings.NewReader(data), name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Abroad == nil || m.Abroad.Header != "Abroad" || !maps.Equal(m.AbroadValues, map[string]bool{"yes": true, "no": false}) {
		t.Errorf("abroad %+v, abroad_values %v: want the column Abroad, yes true and no false", m.Abroad, m.AbroadValues)
	}
	if m.Region == nil || m.Region.Header != "County" {
		t.Errorf("region %+v: want County", m.Region)
	}
	var ignored []string
	for _, c := range m.Ignore {
		ignored = append(ignored, c.Header)
	}
	if !slices.Contains(ignored, "Stations processed") || !slices.Contains(ignored, "Stations total") {
		t.Errorf("ignore %v: want both counts of stations", ignored)
	}
	for _, g := range m.Guesses {
		if strings.Contains(g, "Stations total") && strings.Contains(g, "looks like a total") {
			t.Errorf("a count of stations taken for a total: %s", g)
		}
	}
	m2 := readBack(t, d)
	if m2.Abroad == nil {
		t.Errorf("the draft's abroad does not read back")
	}

	// The same file without the column Abroad (figures unchanged): the
	// region cell Diaspora is the voters abroad.
	d, err = DraftMapping(strings.NewReader(withoutColumn(data, 2)), name)
	if err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	if m.Abroad == nil || m.Abroad.Header != "County" || !maps.Equal(m.AbroadValues, map[string]bool{"Diaspora": true}) {
		t.Errorf("without the column Abroad: abroad %+v, abroad_values %v: want County, Diaspora true", m.Abroad, m.AbroadValues)
	}
}

// The words of the voters abroad: the diaspora among them, in each
// language the draft reads it in; a county is none.
func TestAbroadName(t *testing.T) {
	for _, s := range []string{"Diaspora", " diaspora ", "Diáspora", "Диаспора", "Abroad", "Extranjero", "Зарубежье"} {
		if !AbroadName(s) {
			t.Errorf("AbroadName(%q) = false", s)
		}
	}
	for _, s := range []string{"Nairobi", "Mombasa", "", "Diaspora Road"} {
		if AbroadName(s) {
			t.Errorf("AbroadName(%q) = true", s)
		}
	}
}
