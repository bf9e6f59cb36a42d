package ingest

import (
	"slices"
	"strings"
	"testing"
)

func oldTotalCell(v string) bool {
	l := strings.ToLower(v)
	if slices.Contains(totalWords, l) {
		return true
	}
	w := strings.Fields(l)
	return len(w) >= 2 && (w[len(w)-1] == "total" || w[len(w)-1] == "totals")
}

// totalCell, written to allocate nothing, says what the lower-cased
// comparison it replaced said (oldTotalCell, kept here as its oracle).
func TestTotalCellSameAsLower(t *testing.T) {
	for _, v := range []string{"Total", "TOTAL", "Totals", "Grand Total", "grand  total", "ИТОГО", "Итого", "Всего", "Жыйынтыгы", "YHTEENSÄ", "Yhteensä", "Gesamt", "CUMBERLAND Total", "CUMBERLAND TOTALS ", "Total votes", "subtotal", " total", "x\ttotal", "الإجمالي", "1001", "Москва", "", "total\u00a0", "a total", "totale", "Totale", "SUMA", "suma", "razem", "Celkem", "a\u00a0total"} {
		if got, want := totalCell(v), oldTotalCell(v); got != want {
			t.Errorf("totalCell(%q) = %v, ToLower's %v", v, got, want)
		}
	}
}

// TotalName filters the parts of a key by their last byte before it
// trims them: it says what trimming each part says.
func TestTotalNameSameAsCut(t *testing.T) {
	cut := func(id string) bool {
		for {
			part, rest, more := strings.Cut(id, headerSep)
			if totalCell(strings.TrimSpace(part)) {
				return true
			}
			if !more {
				return false
			}
			id = rest
		}
	}
	for _, id := range []string{"", "Total", "Итого", "Республика Адыгея (Адыгея) / 1", "Москва / Итого", "Итого / 12", " Итого  / 1", "a / / Total", "a / /Total", "a/Total", "Total /", "/ Total", " / Total", "Total / ", "a / b / CUMBERLAND Total", "a /  total ", "Всего/ 1", "x / y / z", "/", " / ", " / / ", "a / total\u00a0"} {
		if got, want := TotalName(id), cut(id); got != want {
			t.Errorf("TotalName(%q) = %v, cut's %v", id, got, want)
		}
	}
}
