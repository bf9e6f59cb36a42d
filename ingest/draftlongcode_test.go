package ingest

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// hnRows returns the lines of Honduras's cut (hn-pres2021-jrv.csv, a
// header and the rows of JRVs 3620 and 3621), each cell of column drop
// (0-based; -1 none) left out: a SYNTHETIC-EDITED file, its figures
// unchanged, where a column is dropped.
func hnRows(t *testing.T, drop ...int) []string {
	t.Helper()
	b, err := os.ReadFile("../testdata/ingest/real/hn-pres2021-jrv.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	for i, l := range lines {
		cells := strings.Split(l, ",")
		// (No cell holds a comma: the party names have "; " at most.)
		for _, d := range slices.Backward(slices.Sorted(slices.Values(drop))) {
			cells = slices.Delete(cells, d, d+1)
		}
		lines[i] = strings.Join(cells, ",")
	}
	return lines
}

func draftLines(t *testing.T, name string, lines []string) Mapping {
	t.Helper()
	d, err := DraftMapping(strings.NewReader(strings.Join(lines, "\n")+"\n"), name)
	if err != nil {
		t.Fatal(err)
	}
	return readBack(t, d)
}

// Honduras's presidential election of 2021 by JRV: each row names its
// choice by a code ("id_candidatura": "7", "BLC", "NUL") and by its name
// ("descripcion_candidatura"). The draft keys choice_values by the names,
// the IDs made of the codes, so the definition names the parties (the
// winner "PARTIDO LIBERTAD Y REFUNDACION", was "7"); "Voto en BLANCO" is
// the blank votes, no candidate (it ranked 4th as one); and
// "cant_votos_positivos", 145 = the parties' 137 + the blank 8 in JRV
// 3621, is line valid, so the blank votes are valid ones (blank_votes).
// So in the whole cut and in the rows of JRV 3621 alone.
func TestDraftHondurasCodesAndNames(t *testing.T) {
	all := hnRows(t)
	for name, lines := range map[string][]string{
		"hn-pres2021-jrv.csv":     all,
		"hn-pres2021-jrv3621.csv": append([]string{all[0]}, all[18:]...),
	} {
		t.Run(name, func(t *testing.T) {
			m := draftLines(t, name, lines)
			if m.ChoiceColumn == nil || m.ChoiceColumn.Header != "descripcion_candidatura" {
				t.Fatalf("choice_column %+v, want descripcion_candidatura", m.ChoiceColumn)
			}
			want := map[string]string{"PARTIDO LIBERTAD Y REFUNDACION": "p7", "PARTIDO NACIONAL DE HONDURAS": "p2", "PARTIDO LIBERAL DE HONDURAS": "p1", "Voto en BLANCO": validBlankID}
			for k, id := range want {
				if m.ChoiceValues[k] != id {
					t.Errorf("choice_values[%q] = %q, want %q", k, m.ChoiceValues[k], id)
				}
			}
			if len(m.ChoiceValues) != 16 || !slices.Equal(m.BlankVotes, []string{validBlankID}) {
				t.Errorf("%d choices (want 15 parties and the blank votes), blank_votes %v", len(m.ChoiceValues), m.BlankVotes)
			}
			if len(m.LineValues) != 1 || m.LineValues["Votos NULOS"] != election.Invalid {
				t.Errorf("line_values %v, want Votos NULOS the invalid alone", m.LineValues)
			}
			if m.Lines[election.Valid].Header != "cant_votos_positivos" {
				t.Errorf("lines %+v, want valid cant_votos_positivos", m.Lines)
			}
			names := map[string]election.Candidate{}
			for _, c := range Choices(m) {
				names[c.ID] = c
			}
			if names["p7"].Name != "PARTIDO LIBERTAD Y REFUNDACION" || !names[validBlankID].Blank || names["p2"].Blank {
				t.Errorf("choices %+v", names)
			}
			guessed(t, m, `choice_values: keyed by column 8 "descripcion_candidatura", the choices' names, each beside one code of column 7 "id_candidatura"`,
				`lines.valid: column 4 "cant_votos_positivos"`, `blank_votes: "Voto en BLANCO" is the choice en_blanco`)
		})
	}
}

// The same rows without the names (SYNTHETIC-EDITED: column 8 dropped):
// the code "BLC" is the blank votes, never a candidate. Beside
// "cant_votos_positivos", which holds them, a choice of blank_votes;
// without it (column 4 dropped too), a part of line invalid with "NUL",
// which stays the invalid line (it was a choice "nul" once "BLC" took
// the line).
func TestDraftHondurasBlankCode(t *testing.T) {
	m := draftLines(t, "hn-codes.csv", hnRows(t, 7))
	if m.ChoiceValues["BLC"] != validBlankID || !slices.Equal(m.BlankVotes, []string{validBlankID}) || m.LineValues["NUL"] != election.Invalid || m.Lines[election.Valid].Header != "cant_votos_positivos" {
		t.Errorf("choice_values %v, blank_votes %v, line_values %v, lines %+v", m.ChoiceValues, m.BlankVotes, m.LineValues, m.Lines)
	}
	if m.ChoiceValues["7"] != "p7" {
		t.Errorf("choice_values[7] = %q, want p7", m.ChoiceValues["7"])
	}
	m = draftLines(t, "hn-codes-novalid.csv", hnRows(t, 3, 7))
	if _, ok := m.ChoiceValues["BLC"]; ok || len(m.BlankVotes) != 0 {
		t.Errorf("choice_values %v, blank_votes %v: BLC a choice", m.ChoiceValues, m.BlankVotes)
	}
	if _, ok := m.ChoiceValues["NUL"]; ok || m.LineValues["BLC"] != election.Invalid || m.LineValues["NUL"] != election.Invalid {
		t.Errorf("choice_values %v, line_values %v: want BLC and NUL the invalid line", m.ChoiceValues, m.LineValues)
	}
	if _, ok := m.Lines[election.Valid]; ok {
		t.Errorf("lines %+v: no column is the valid votes", m.Lines)
	}
}

// A long file's row of "Пустые бюллетени" (SYNTHETIC: the empty ballots)
// is the blank votes, a part of the invalid line, not a candidate.
func TestDraftLongRussianBlank(t *testing.T) {
	lines := []string{"uik,kandidat,golosa"}
	for _, u := range []string{"1", "2", "3"} {
		lines = append(lines, u+",Иванов,10", u+",Петров,7", u+",Сидоров,5", u+",Пустые бюллетени,2")
	}
	m := draftLines(t, "ru-blank.csv", lines)
	if _, ok := m.ChoiceValues["Пустые бюллетени"]; ok || m.LineValues["Пустые бюллетени"] != election.Invalid {
		t.Errorf("choice_values %v, line_values %v", m.ChoiceValues, m.LineValues)
	}
}

// longNameColumn wants each code with one name and each name with one
// code: "Independiente" for two codes names no one choice.
func TestLongNameColumnOneToOne(t *testing.T) {
	rows := [][]string{{"a", "1", "Uno"}, {"a", "2", "Independiente"}, {"a", "3", "Independiente"}}
	if _, ok := namesOfCodes(rows, 1, 2); ok {
		t.Error("a name of two codes taken")
	}
	rows[2][2] = "Tres"
	if got, ok := namesOfCodes(rows, 1, 2); !ok || got["Tres"] != "3" {
		t.Errorf("namesOfCodes = %v, %v", got, ok)
	}
}
