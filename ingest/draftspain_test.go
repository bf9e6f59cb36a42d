package ingest

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// draftSpain drafts the mapping of a file of testdata/spain2023 (see its
// README for the source).
func draftSpain(t *testing.T, name string) Mapping {
	t.Helper()
	f, err := os.Open("../testdata/spain2023/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := DraftMapping(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return readBack(t, d)
}

// TestDraftSpainBlankVotes: in Spain's results by province the valid
// votes are the candidacies' and the blank ones on every row, so "Votos en
// blanco" is the choice en_blanco of blank_votes (valid votes, no seat);
// the party "ESCAÑOS EN BLANCO" (a name of several words, empty where it
// did not stand) is a party, its votes its own.
func TestDraftSpainBlankVotes(t *testing.T) {
	for _, name := range []string{"es-congreso2023-3prov-wide.csv", "es-congreso2023-provinces-wide.csv"} {
		t.Run(name, func(t *testing.T) {
			m := draftSpain(t, name)
			if m.Votes[validBlankID].Header != "Votos en blanco" || !slices.Equal(m.BlankVotes, []string{validBlankID}) {
				t.Errorf("votes.%s %v, blank_votes %v: want the blank votes a choice of blank_votes", validBlankID, m.Votes[validBlankID], m.BlankVotes)
			}
			if m.Votes["escanos-en-blanco"].Header != "ESCAÑOS EN BLANCO" {
				t.Errorf("votes.escanos-en-blanco %v: want the party ESCAÑOS EN BLANCO", m.Votes["escanos-en-blanco"])
			}
			g := strings.Join(m.Guesses, "\n")
			for _, want := range []string{
				`column 17 "ESCAÑOS EN BLANCO": its header has the words of the blank votes, but other words besides them (a party's name)`,
				`votes.en_blanco: column 4 "Votos en blanco", the blank votes, listed in blank_votes: on every row the valid votes (column 2 "Votos válidos")`,
			} {
				if !strings.Contains(g, want) {
					t.Errorf("no guess says %q:\n%s", want, g)
				}
			}
			if strings.Contains(g, `column 4 "Votos en blanco" is not mapped`) {
				t.Errorf("the note of the blank votes left unmapped stays:\n%s", g)
			}
		})
	}
}

// TestDraftBlankVotesRows: the rows decide. Blank votes beside valid
// votes that are the choices' alone (Chile's, apart from the valid ones)
// stay unmapped with the draft's note; a column of the blank votes' words
// empty on some rows is a party's that did not stand there.
func TestDraftBlankVotesRows(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		blank     bool // drafted as the blank votes of blank_votes
		party     bool // drafted as a party's votes
	}{
		{"valid with blank", "Mesa;Votos válidos;Votos en blanco;PP;PSOE\n1;105;5;60;40\n2;93;3;50;40\n", true, false},
		{"valid without blank", "Mesa;Votos válidos;Votos en blanco;PP;PSOE\n1;100;5;60;40\n2;90;3;50;40\n", false, false},
		{"no valid line", "Mesa;Votos en blanco;PP;PSOE\n1;5;60;40\n2;3;50;40\n", false, false},
		{"empty on a row", "Mesa;Votos válidos;Votos en blanco;PP;PSOE\n1;105;5;60;40\n2;90;;50;40\n", false, true},
		{"Galician", "Mesa;Votos válidos;Votos en branco;PP;PSOE\n1;105;5;60;40\n2;93;3;50;40\n", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(tc.csv), "es.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if got := len(m.BlankVotes) == 1 && m.Votes[m.BlankVotes[0]].Header != ""; got != tc.blank {
				t.Errorf("blank_votes %v, votes %v: want the blank votes there %v", m.BlankVotes, m.Votes, tc.blank)
			}
			party := false
			for id, c := range m.Votes {
				party = party || strings.Contains(c.Header, "Votos en") && !slices.Contains(m.BlankVotes, id)
			}
			if party != tc.party {
				t.Errorf("votes %v: want the column a party's %v\n%s", m.Votes, tc.party, strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// TestDraftLongBlankVotes: a long file's row of the blank votes, a
// choice in the draft, is one of blank_votes (counted among the valid
// votes, no seat); a party named with the words is not. (Soria's figures,
// testdata/spain2023.)
func TestDraftLongBlankVotes(t *testing.T) {
	in := "Provincia;Candidatura;Votos\nSoria;PP;18895\nSoria;PSOE;14966\nSoria;SY;9697\nSoria;Votos en blanco;285\n" +
		"Huesca;PP;45783\nHuesca;PSOE;40307\nHuesca;ESCAÑOS EN BLANCO;475\nHuesca;Votos en blanco;1217\n"
	d, err := DraftMapping(strings.NewReader(in), "es-long.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	id := m.ChoiceValues["Votos en blanco"]
	if id == "" || !slices.Equal(m.BlankVotes, []string{id}) {
		t.Errorf("choice_values %v, blank_votes %v: want the blank votes a choice of blank_votes", m.ChoiceValues, m.BlankVotes)
	}
	if p := m.ChoiceValues["ESCAÑOS EN BLANCO"]; p == "" || slices.Contains(m.BlankVotes, p) {
		t.Errorf("choice_values %v, blank_votes %v: want ESCAÑOS EN BLANCO a party", m.ChoiceValues, m.BlankVotes)
	}
}

func TestBlankHead(t *testing.T) {
	for h, want := range map[string]bool{
		"votos en blanco": true, "total en blanco": true, "en blanco": true, "vots en blanc": true, "votos blancos": true,
		"votos en branco": true, "escaños en blanco": false, "partido en blanco": false,
	} {
		if got := blankHead(h); got != want {
			t.Errorf("blankHead(%q) = %v, want %v", h, got, want)
		}
	}
}
