package ingest

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
)

// hkMapping maps Hong Kong's LegCo 2012 geographical constituencies (a
// row per constituency and list, the list numbered on each
// constituency's ballot from 1): each constituency a region and a
// precinct, and each list an ID of its own, its constituency and number
// joined, "hki / 1". The column "constituency" serves the region, the
// precinct and the choice.
const hkMapping = `{"layout": "long", "precinct": "constituency", "region": "constituency", "ballot": "list",
 "choice_column": {"columns": ["constituency", "list"]%s}, "votes_column": "votes", "ignore": ["seats"], "empty_votes": "not_on_ballot",
 "choice_values": {%s}}`

func hkChoices() string {
	var b strings.Builder
	for _, c := range []struct {
		gc string
		n  int
	}{{"hki", 14}, {"nte", 19}, {"ntw", 16}, {"kle", 9}, {"klw", 9}} {
		for i := 1; i <= c.n; i++ {
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			k := c.gc + " / " + strconv.Itoa(i)
			b.WriteString(`"` + k + `": "` + c.gc + "-" + strconv.Itoa(i) + `"`)
		}
	}
	return b.String()
}

// A key's column may be a part of a choice joined: the rows are read,
// each list under its constituency's ID ("hki / 2", 40,558 votes); as the
// first of choice columns whose first cell not empty names the choice it
// is refused, the error saying why.
func TestChoiceJoinSharesKeyColumn(t *testing.T) {
	choices := hkChoices()
	m, err := ReadMapping(strings.NewReader(strings.Replace(strings.Replace(hkMapping, "%s", `, "join": true`, 1), "%s", choices, 1)), "hk.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(bytes.NewReader(readReal(t, "../sharedkey/hk-lc2012-gc-lists.csv")), "hk.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 5 {
		t.Fatalf("%d protocols, want 5", len(tab.Protocols))
	}
	p := tab.Protocols[0]
	if tab.Precincts[0].ID != "hki" || tab.Precincts[0].Region != "hki" || p.Votes["hki-2"] != 40558 || p.Votes["hki-14"] != 3169 || p.Votes["kle-1"] != 0 {
		t.Errorf("first protocol %+v of %+v, want hki's lists, hki-2 40558, another's lists 0 (not on its ballot)", p.Votes, tab.Precincts[0])
	}

	m2 := strings.Replace(strings.Replace(hkMapping, "%s", "", 1), "%s", choices, 1)
	_, err = ReadMapping(strings.NewReader(m2), "hk.json")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Field != "choice_column.columns[0]" || !strings.Contains(err.Error(), `"join": true`) {
		t.Errorf("without join: %v, want a mapping error saying join", err)
	}
}
