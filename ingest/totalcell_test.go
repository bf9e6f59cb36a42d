package ingest

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func oldTotalCell(v string) bool {
	l := strings.ToLower(v)
	if slices.Contains(totalWords, l) {
		return true
	}
	for _, h := range []string{"grand total", "totals", "total"} {
		rest, ok := strings.CutPrefix(l, h)
		if !ok || rest == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		// a capital glued on: the original's letter after the word is
		// upper case, the word's last lower case
		orig := []rune(v)[len([]rune(h))-1:]
		if unicode.IsSpace(r) && h == "grand total" || unicode.IsPunct(r) || len(orig) > 1 && unicode.IsLower(orig[0]) && unicode.IsUpper(orig[1]) {
			return true
		}
	}
	for _, lead := range totalLeads {
		if rest, ok := strings.CutPrefix(l, lead); ok && strings.TrimSpace(rest) != "" {
			return true
		}
	}
	w := strings.Fields(l)
	return len(w) >= 2 && (w[len(w)-1] == "total" || w[len(w)-1] == "totals")
}

// totalCell, written to allocate nothing, says what the lower-cased
// comparison it replaced said (oldTotalCell, kept here as its oracle).
func TestTotalCellSameAsLower(t *testing.T) {
	for _, v := range []string{"Total", "TOTAL", "Totals", "Grand Total", "grand  total", "ИТОГО", "Итого", "Всего", "Жыйынтыгы", "YHTEENSÄ", "Yhteensä", "Gesamt", "CUMBERLAND Total", "CUMBERLAND TOTALS ", "Total votes", "subtotal", " total", "x\ttotal", "الإجمالي", "1001", "Москва", "", "total\u00a0", "a total", "totale", "Totale", "SUMA", "suma", "razem", "Celkem", "a\u00a0total",
		"Grand TotalHamilton Twp.", "Grand Total Hamilton Twp.", "GRAND TOTAL: Absecon", "Total Hamilton", "TotalHamilton", "TotalsHamilton", "Totals: x", "Total-Atlantic", "Total\u00a0x", "Total.",
		"Totalville", "TOTALVILLE", "Totalitarian", "total x", "totalX", "Grand Totality", "grand totalX", "Totale x", "Total1", "Total", "Tot", "T", "G", "Grand", "Grand Tota", "Ttotal", "t\u00e9",
		"Σύνολο", "ΣΥΝΟΛΟ", "σύνολο", "Συνολο", "Σύνολο Δήμου", "Toplam", "TOPLAM", "Ukupno", "UKUPNO", "Укупно", "Összesen", "ÖSSZESEN", "Totalt", "TOTALT", "Общо", "ОБЩО", "Kokku", "KOKKU", "Iš viso", "IŠ VISO", "Kopā", "KOPĀ", "Spolu", "SPOLU", "I alt", "I ALT", "Ialt", "Kopa", "Spolus",
		"Итого по району", "ИТОГО по району", "ИТОГО ПО РАЙОНУ", "итого по Ленинскому", "Всего по ТИК №5", "Итого:", "Итого: Кировский", "Всего бюллетеней", "Итоговый", "Итого по ", "Усього по округу", "Разом по дільниці",
		"ΣΥΝΟΛΟ ΔΗΜΟΥ ΑΘΗΝΑΙΩΝ", "Συνολο Νομου", "σύνολο ψήφων", "Total for Kent County", "TOTALS FOR PRECINCT", "Total for ", "Totals for x"} {
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
	for _, id := range []string{"", "Total", "Итого", "Республика Адыгея (Адыгея) / 1", "Москва / Итого", "Итого / 12", " Итого  / 1", "a / / Total", "a / /Total", "a/Total", "Total /", "/ Total", " / Total", "Total / ", "a / b / CUMBERLAND Total", "a /  total ", "Всего/ 1", "x / y / z", "/", " / ", " / / ", "a / total\u00a0", "Atlantic / Grand TotalHamilton Twp.", " Total Hamilton / 1", "a / \u00a0Total x", "Totalville / 1", "Москва / Итого по району", "Итого по району / 1", "Всего бюллетеней / 1", " Всего по ТИК / 2", "Ν. Αττικής / Σύνολο Δήμου"} {
		if got, want := TotalName(id), cut(id); got != want {
			t.Errorf("TotalName(%q) = %v, cut's %v", id, got, want)
		}
	}
}

// A cell that begins with a total word is one when a space, a punctuation
// mark or a capital glued to the word follows it; a name that only begins
// with the letters is not. totalCell allocates nothing on either.
func TestTotalCellHead(t *testing.T) {
	for v, want := range map[string]bool{
		"Grand TotalHamilton Twp.": true, "Grand Total Hamilton": true, "Total: Absecon": true, "Totals-Hamilton": true,
		"Total Votos Válidos": false, "Total votes": false, "Totals Hamilton": false,
		"Összesen": true, "ΣΥΝΟΛΟ": true, "Σύνολο": true, "Iš viso": true, "I alt": true, "Kopā": true,
		"Totalville": false, "TOTALVILLE": false, "Totalitarian Twp.": false, "Grand Totality": false,
		"Итого по району": true, "ИТОГО по району": true, "ИТОГО ПО РАЙОНУ": true, "Всего по ТИК №5": true, "Итого: Кировский": true, "Σύνολο Δήμου Αθηναίων": true, "ΣΥΝΟΛΟ ΔΗΜΟΥ": true, "Total for Kent County": true,
		"Всего бюллетеней": false, "Итоговый": false, "Итого по ": false, "Республика Адыгея": false, "Владимирская область": false, "Total for ": false,
	} {
		if got := totalCell(v); got != want {
			t.Errorf("totalCell(%q) = %v, want %v", v, got, want)
		}
		if n := testing.AllocsPerRun(10, func() { _ = totalCell(v); _ = totalPart(v) }); n != 0 {
			t.Errorf("totalCell(%q) allocates %v times", v, n)
		}
	}
}
