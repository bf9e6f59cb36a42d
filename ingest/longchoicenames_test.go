package ingest

import (
	"strings"
	"testing"
)

// beNames maps Belgium's 2019 Chamber file by canton with the names of one
// party joined: PVDA in the Flemish cantons, PTB in the Walloon ones and
// PTB*PVDA in bilingual Anderlecht are one list, as are "BUB Belgische
// Unie" and "B.U.B".
const beNames = `{"layout": "long", "precinct": "canton", "ballot": "list", "choice_column": "Parti", "votes_column": "Nombre de voix",
  "choice_values": {"AGIR": "agir", "B.U.B": "bub", "BUB Belgische Unie": "bub", "CD&V": "cd-v", "CDH": "cdh",
    "COLLECTIF CITOYEN": "collectif-citoyen", "DierAnimal": "dieranimal", "DéFI": "defi", "ECOLO": "ecolo", "GROEN": "groen",
    "LA DROITE": "la-droite", "LISTES DESTEXHE": "listes-destexhe", "MR": "mr", "N-VA": "n-va", "NATION": "nation", "PRO": "pro",
    "PS": "ps", "PTB": "ptb-pvda", "PTB*PVDA": "ptb-pvda", "PVDA": "ptb-pvda", "Parti Populaire": "parti-populaire",
    "SP.A": "sp-a", "VLAAMS BELANG": "vlaams-belang", "Volt": "volt", "de coöperatie": "de-cooperatie", "open vld": "open-vld"}}`

// riNames maps Rhode Island's 2016 presidential rows by town with both
// spellings of Roque De La Fuente joined.
const riNames = `{"layout": "long", "precinct": "county", "region": "county", "okrug": "office", "ballot": "okrug",
  "rows": {"where": [{"column": "office", "values": ["President"]}]}, "choice_column": "candidate", "votes_column": "votes",
  "choice_values": {"&quot;Rocky&quot; Roque De La Fuente": "de-la-fuente", "Rocky De La Fuente": "de-la-fuente",
    "Donald J. Trump": "trump", "Gary Johnson": "johnson", "Hillary Clinton": "clinton", "Jill Stein": "stein", "WRITE-IN": "write-in"},
  "line_values": {"Total": "valid"}}`

// Texts of choice_values mapped to one choice are its other names: a
// protocol gives the choice when its rows name one of them, and its
// figure is the sum of those named; a text no row of the protocol names
// is no part of it. The figures are those a csv reader's sum of the real
// cuts gives (python3's csv module, the rows of each choice's texts
// added): before, the joined choices were not given in any protocol
// (X229 at the very row that gave them).
func TestLongChoiceNames(t *testing.T) {
	for _, tt := range []struct {
		file, mapping string
		want          map[string]int64 // each choice's votes over the file
		area          string           // a protocol
		areaWant      map[string]int64
	}{
		{"be-ch2019-canton-head.csv", beNames,
			map[string]int64{"ptb-pvda": 18124, "bub": 244, "ps": 20107, "n-va": 33474, "ecolo": 12429, "de-cooperatie": 545},
			"Canton d'Anderlecht", map[string]int64{"ptb-pvda": 9667, "ps": 13796}},
		{"us-ri-2016-town-president.csv", riNames,
			map[string]int64{"de-la-fuente": 38, "clinton": 14482, "trump": 11117, "johnson": 1063, "stein": 353, "write-in": 640},
			"Barrington", map[string]int64{"de-la-fuente": 11}},
	} {
		m, err := ReadMapping(strings.NewReader(tt.mapping), "m.json")
		if err != nil {
			t.Fatal(err)
		}
		for _, conc := range []bool{false, true} {
			tab, err := ReadCSV(strings.NewReader(string(readReal(t, tt.file))), tt.file, m, Options{Concurrent: conc})
			if err != nil {
				t.Fatalf("%s: %v", tt.file, err)
			}
			if len(tab.EmptyChoices) > 0 {
				t.Errorf("%s: choices named with no figure %+v, want none", tt.file, tab.EmptyChoices)
			}
			got := map[string]int64{}
			for _, p := range tab.Protocols {
				for id := range tt.want {
					got[id] += p.Votes[id]
				}
				if p.Precinct != tt.area {
					continue
				}
				for id, n := range tt.areaWant {
					if v, ok := p.Votes[id]; !ok || v != n {
						t.Errorf("%s, %s: %s %d (given %v), want %d", tt.file, p.Precinct, id, v, ok, n)
					}
				}
			}
			for id, n := range tt.want {
				if got[id] != n {
					t.Errorf("%s (concurrent %v): %s %d, want %d", tt.file, conc, id, got[id], n)
				}
			}
		}
	}
}

// Every protocol of the Belgian cut gives the joined list, whichever of its
// names its rows use, and a name no row of the file uses leaves it given;
// its one row is the figure's row (FigureRows), as a choice of
// one name has.
func TestLongChoiceNamesEveryProtocol(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(beNames), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	m.ChoiceValues["Volt (never in the file)"] = "ptb-pvda"
	tab, err := ReadCSV(strings.NewReader(string(readReal(t, "be-ch2019-canton-head.csv"))), "be.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantLine := map[string]int{"Canton d'Aarschot": 7, "Canton d'Alost": 16, "Canton d'Andenne": 28, "Canton d'Anderlecht": 45}
	if len(tab.Protocols) != len(wantLine) {
		t.Fatalf("%d protocols, want %d", len(tab.Protocols), len(wantLine))
	}
	for i, p := range tab.Protocols {
		if _, ok := p.Votes["ptb-pvda"]; !ok {
			t.Errorf("%s: ptb-pvda not given", p.Precinct)
		}
		line := 0
		for _, f := range tab.FigureRows {
			if f.Protocol == i && f.Field == "votes.ptb-pvda" {
				line = f.Line
			}
		}
		if line != wantLine[p.Precinct] {
			t.Errorf("%s: ptb-pvda's row %d, want %d", p.Precinct, line, wantLine[p.Precinct])
		}
	}
}

// A row that names one of a choice's texts with an empty votes cell is a
// part missing: the choice is not given (X229 at that row), in whichever
// order the rows come; another protocol, whose rows name one text, gives
// its figure.
func TestLongChoiceNameEmpty(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "p", "ballot": "list", "choice_column": "c", "votes_column": "n",
		"choice_values": {"PTB": "ptb", "PVDA": "ptb", "PS": "ps"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range []string{
		"p,c,n\n1,PTB,5\n1,PVDA,\n1,PS,2\n2,PVDA,7\n2,PS,1\n",
		"p,c,n\n1,PVDA,\n1,PTB,5\n1,PS,2\n2,PVDA,7\n2,PS,1\n",
	} {
		tab, err := ReadCSV(strings.NewReader(data), "p.csv", m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if v, ok := tab.Protocols[0].Votes["ptb"]; ok {
			t.Errorf("%q: precinct 1's ptb %d, want not given (PVDA's cell is empty)", data, v)
		}
		if v := tab.Protocols[1].Votes["ptb"]; v != 7 {
			t.Errorf("%q: precinct 2's ptb %d, want 7", data, v)
		}
		empty := strings.Index(data, "PVDA,\n")
		wantLine := strings.Count(data[:empty], "\n") + 1
		if len(tab.EmptyChoices) != 1 || tab.EmptyChoices[0].Choice != "ptb" || tab.EmptyChoices[0].Line != wantLine {
			t.Errorf("%q: empty choices %+v, want ptb at line %d", data, tab.EmptyChoices, wantLine)
		}
	}
}
