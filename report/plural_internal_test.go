package report

import (
	"fmt"
	"testing"
)

// TestCounted: the counts of errors and warnings in the findings' title
// take the plural of their language: Russian 1, 21 ошибка; 2-4, 22
// ошибки; 5-20, 11-14, 111 ошибок; English 1 error, 21 errors; Kyrgyz
// one form after any number.
func TestCounted(t *testing.T) {
	for _, c := range []struct {
		l    Lang
		n    int
		key  string
		want string
	}{
		{Russian, 0, "errors", "0 ошибок"},
		{Russian, 1, "errors", "1 ошибка"},
		{Russian, 2, "errors", "2 ошибки"},
		{Russian, 4, "errors", "4 ошибки"},
		{Russian, 5, "errors", "5 ошибок"},
		{Russian, 11, "errors", "11 ошибок"},
		{Russian, 12, "errors", "12 ошибок"},
		{Russian, 21, "errors", "21 ошибка"},
		{Russian, 22, "errors", "22 ошибки"},
		{Russian, 111, "errors", "111 ошибок"},
		{Russian, 1, "warnings", "1 предупреждение"},
		{Russian, 3, "warnings", "3 предупреждения"},
		{Russian, 368, "warnings", "368 предупреждений"},
		{English, 1, "errors", "1 error"},
		{English, 21, "errors", "21 errors"},
		{English, 0, "warnings", "0 warnings"},
		{English, 1, "warnings", "1 warning"},
		{Kyrgyz, 1, "errors", "1 ката"},
		{Kyrgyz, 5, "warnings", "5 эскертүү"},
	} {
		if got := c.l.counted(c.n, c.key); got != c.want {
			t.Errorf("%s: counted(%d, %q) = %q, want %q", c.l, c.n, c.key, got, c.want)
		}
	}
	if got := fmt.Sprint(seatForm(21, Russian), seatForm(3, Russian), seatForm(1, English)); got != "tie_seat_onetie_seat_fewtie_seat_one" {
		t.Errorf("seatForm: %s", got)
	}
}
