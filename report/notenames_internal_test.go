package report

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
)

// A note that names a list ({party}, written in English by the count)
// names it in the report's language where the definition gives its name
// in it (kg2015 on the built-in data: «Ata-Jurt Kyrgyzstan: ...» under a
// Kyrgyz report); a list without such a name stays as written.
func TestNoteListNames(t *testing.T) {
	lists := []shailoo.List{{ID: "ata-jurt", Name: "Ata-Jurt Kyrgyzstan", NameKy: "Ата-Журт Кыргызстан", NameRu: "Ата-Журт Кыргызстан (ru)"}, {ID: "x", Name: "Xlist"}}
	note := "Ata-Jurt Kyrgyzstan: seats won: 3; the election's definition gives no candidates for the list, so its deputies are not given."
	other := "Xlist: seats won: 1; the election's definition gives no candidates for the list, so its deputies are not given."
	for l, want := range map[Lang][2]string{
		Kyrgyz:  {"Ата-Журт Кыргызстан: алынган мандаттар: 3;", "Xlist: алынган мандаттар: 1;"},
		Russian: {"Ата-Журт Кыргызстан (ru): получено мандатов: 3;", "Xlist: получено мандатов: 1;"},
		English: {note, other},
	} {
		got := l.notes([]string{note, other}, lists)
		if !strings.HasPrefix(got[0], want[0]) || !strings.HasPrefix(got[1], want[1]) {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}
