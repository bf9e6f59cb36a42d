package ingest

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// finnishNamed is the Finnish cut with a first name, index, before its
// header's: its rows begin with R's row names, which the header does not
// name.
func finnishNamed(t *testing.T, index string) []byte {
	t.Helper()
	return append([]byte(index+"\t"), readReal(t, "fi-pres2012-k2-kunnat.csv")...)
}

// draftCount drafts b and counts b with the draft read back, as
// `shailoo count` would: the sums of each choice's votes and each line.
func draftCount(t *testing.T, name string, b []byte) (*Draft, map[string]int64, map[election.Line]int64) {
	t.Helper()
	d, err := DraftMapping(bytes.NewReader(b), name)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(bytes.NewReader(b), name, readBack(t, d), Options{})
	if err != nil {
		t.Fatalf("the draft does not read its own file: %v\n%s", err, strings.Join(d.Mapping.Guesses, "\n"))
	}
	votes, lines := sums(tab)
	return d, votes, lines
}

// Finland's presidential election of 2012, the second round by
// municipality: "Äänioikeutettuja" (entitled voters) is the voters, "Ääniä
// yhteensä" (votes in all) the valid votes, the sum of the two
// candidates'; each candidate's "ennakkoääniä" (advance votes) is a part
// of his "ääniä", no choice; "osuus" (share) and the men's part of the
// voters are no figures to count; "Vaalipiiri" (the electoral district)
// is the region, "Aluenumero" (the area's number) the precinct. Every
// header begins "2.K" (the second round): no list's number, and no part of
// a choice's ID or name, which drop the word for votes too. The rows'
// names, under no header (row_names), an empty one or "idx", are no figure.
func TestDraftFinnishWords(t *testing.T) {
	t.Run("row names", func(t *testing.T) { finnishWords(t, readReal(t, "fi-pres2012-k2-kunnat.csv")) })
	for _, index := range []string{"", "idx"} {
		t.Run("header "+index, func(t *testing.T) { finnishWords(t, finnishNamed(t, index)) })
	}
}

func finnishWords(t *testing.T, b []byte) {
	d, votes, lines := draftCount(t, "fi-pres2012-k2-kunnat.csv", b)
	m := d.Mapping
	if m.Precinct.Header != "Aluenumero" || m.Region == nil || m.Region.Header != "Vaalipiiri" {
		t.Errorf("precinct %+v, region %+v; want Aluenumero, Vaalipiiri", m.Precinct, m.Region)
	}
	if got := m.Lines[election.Voters].Header; got != "2.K Äänioikeutettuja" {
		t.Errorf("voters %q", got)
	}
	if got := m.Lines[election.Valid].Header; got != "2.K Ääniä yhteensä" {
		t.Errorf("valid %q", got)
	}
	want := map[string]string{"pekka-haavisto": "2.K Pekka Haavisto ääniä", "sauli-niinisto": "2.K Sauli Niinistö ääniä"}
	if len(m.Votes) != len(want) {
		t.Errorf("votes %v; want %v", slices.Sorted(maps.Keys(m.Votes)), want)
	}
	for id, h := range want {
		if m.Votes[id].Header != h {
			t.Errorf("votes.%s = %q; want %q", id, m.Votes[id].Header, h)
		}
	}
	// The candidates named without the round's number and the word for
	// votes, as a definition inferred from the mapping names them.
	var names []string
	for _, c := range Choices(readBack(t, d)) {
		names = append(names, c.Name)
	}
	if slices.Sort(names); !slices.Equal(names, []string{"Pekka Haavisto", "Sauli Niinistö"}) {
		t.Errorf("names %q", names)
	}
	// The 3 municipalities of the cut: Helsinki, Askola, Espoo.
	if votes["pekka-haavisto"] != 225479 || votes["sauli-niinisto"] != 266485 || lines[election.Valid] != 225479+266485 || lines[election.Voters] != 694809 {
		t.Errorf("votes %v, lines %v", votes, lines)
	}
	for _, h := range []string{"2.K Pekka Haavisto ennakkoääniä", "2.K Sauli Niinistö ennakkoääniä", "2.K Äänioikeutettuja miehiä"} {
		if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, `"`+h+`" is not mapped`) }) {
			t.Errorf("no guess leaves out %q:\n%s", h, strings.Join(m.Guesses, "\n"))
		}
	}
}

// The same file with its header in Swedish, Finland's second language
// (Åland's results are in Swedish): the same mapping.
func TestDraftSwedishWords(t *testing.T) {
	b := readReal(t, "fi-pres2012-k2-kunnat.csv")
	end := bytes.IndexByte(b, '\n')
	header := strings.NewReplacer(
		"Aluenumero", "Områdesnummer", "Alue", "Område", "Vaalipiiri", "Valkrets",
		"Ennakkoäänestysprosentti", "Förhandsröstningsprocent", "Äänestysprosentti", "Röstningsprocent",
		"Ääniä yhteensä", "Röster sammanlagt", "Äänioikeutettuja miehiä", "Röstberättigade män", "Äänioikeutettuja", "Röstberättigade",
		"ennakkoääniä", "förhandsröster", "ääniä", "röster", "ennakko osuus", "förhand andel", "osuus", "andel",
	).Replace(string(b[:end]))
	d, votes, lines := draftCount(t, "sv.csv", append([]byte(header), b[end:]...))
	m := d.Mapping
	if m.Precinct.Header != "Områdesnummer" || m.Region == nil || m.Region.Header != "Valkrets" {
		t.Errorf("precinct %+v, region %+v", m.Precinct, m.Region)
	}
	if m.Lines[election.Voters].Header != "2.K Röstberättigade" || m.Lines[election.Valid].Header != "2.K Röster sammanlagt" {
		t.Errorf("lines %v", m.Lines)
	}
	if len(m.Votes) != 2 || m.Votes["pekka-haavisto"].Header != "2.K Pekka Haavisto röster" || m.Votes["sauli-niinisto"].Header != "2.K Sauli Niinistö röster" {
		t.Errorf("votes %v\n%s", m.Votes, strings.Join(m.Guesses, "\n"))
	}
	if votes["pekka-haavisto"] != 225479 || lines[election.Voters] != 694809 {
		t.Errorf("votes %v, lines %v", votes, lines)
	}
}
