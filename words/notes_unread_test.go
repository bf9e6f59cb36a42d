package words

import (
	"strings"
	"testing"
)

// The note of columns not read is said in Russian and Kyrgyz with its
// figures, as the page shows it.
func TestNoteColumnsNotRead(t *testing.T) {
	en := Say("en", "note.columns_not_read", Args{"file": "ua.csv", "rows": "227", "columns": `12 "Voice" (8,662)`})
	for _, lang := range []string{"ru", "ky"} {
		got := Note(lang, en)
		if got == en || !strings.Contains(got, `12 "Voice" (8,662)`) {
			t.Errorf("%s: %q", lang, got)
		}
	}
}
