package words

import (
	"strings"
	"testing"
)

// The note of columns not read is said in Russian and Kyrgyz with its
// figures, as the page shows it. It says the columns are not read, not
// that the file is not counted ("const_p1.csv: not counted, columns..."
// read as the file's).
func TestNoteColumnsNotRead(t *testing.T) {
	en := Say("en", "note.columns_not_read", Args{"file": "ua.csv", "rows": "227", "columns": `12 "Voice" (8,662)`})
	if !strings.HasPrefix(en, "ua.csv: columns not read (") || strings.Contains(en, "not counted") {
		t.Errorf("en: %q", en)
	}
	for _, lang := range []string{"ru", "ky"} {
		got := Note(lang, en)
		if got == en || !strings.Contains(got, `12 "Voice" (8,662)`) {
			t.Errorf("%s: %q", lang, got)
		}
	}
}

// The note of columns not read, some summed once per precinct, is said
// in Russian and Kyrgyz too.
func TestNoteColumnsNotReadOnce(t *testing.T) {
	en := Say("en", "note.columns_not_read_once", Args{"file": "pk.csv", "rows": "134", "columns": `14 "valid_calc" (2,022,788)`, "once": "14"})
	for _, lang := range []string{"ru", "ky"} {
		got := Note(lang, en)
		if got == en || !strings.Contains(got, `14 "valid_calc" (2,022,788)`) {
			t.Errorf("%s: %q", lang, got)
		}
	}
}
