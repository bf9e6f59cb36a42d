package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// A column of people headed by "Name" in another language, alone, is
// read as "Name" is (personHeader): Nepal's 1999 results by candidate,
// their header's "Name" written as French, Spanish, Italian and Russian
// would (SYNTHETIC-EDITED: the header alone; every row as published). The
// rows are each district's candidates, not a precinct per candidate with
// one choice, "votes".
func TestDraftNameInOtherLanguages(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/np-hor1999-cut.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Name", "Nom", "Nombre", "Nome", "Имя"} {
		edited := bytes.Replace(b, []byte(",Name,"), []byte(","+name+","), 1)
		d, err := DraftMapping(bytes.NewReader(edited), "np.csv")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		m := d.Mapping
		if m.Shape != "long" || m.ChoiceColumn == nil || len(m.ChoiceValues) != 17 || m.Ballot != "okrug" {
			t.Errorf("%s: layout %q, choice column %v, %d choice values, ballot %q; want long, 17 candidates, okrug\n%s",
				name, m.Shape, m.ChoiceColumn, len(m.ChoiceValues), m.Ballot, strings.Join(m.Guesses, "\n"))
		}
	}
}
