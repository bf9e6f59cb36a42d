package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/words"
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

// TestPluralSentences: the report's sentences where a number precedes a
// counted noun take the number's form in Russian (1 мандат, 2 мандата,
// 5 мандатов; after "из": 1 мандата, 5 мандатов); Kyrgyz has one form.
func TestPluralSentences(t *testing.T) {
	for _, c := range []struct {
		l         Lang
		key, n    string
		fig, want string
	}{
		{Russian, "filled", "1", "of", "мандата распределено"},
		{Russian, "filled", "21", "of", "мандата распределено"},
		{Russian, "filled", "3", "of", "мандатов распределено"},
		{Russian, "filled", "90", "of", "мандатов распределено"},
		{Kyrgyz, "filled", "90", "of", "мандат бөлүштүрүлдү"},
		{English, "filled", "1", "of", "seats filled"},
		{Russian, "not_given_n", "1", "n", "из них 1 мандат по спискам без указанных депутатов"},
		{Russian, "not_given_n", "2", "n", "из них 2 мандата по спискам без указанных депутатов"},
		{Russian, "not_given_n", "5", "n", "из них 5 мандатов по спискам без указанных депутатов"},
		{Russian, "not_given_n", "11", "n", "из них 11 мандатов по спискам без указанных депутатов"},
		{Russian, "not_given_n", "22", "n", "из них 22 мандата по спискам без указанных депутатов"},
		{Kyrgyz, "not_given_n", "2", "n", "алардын ичинен 2 тизме мандаты"},
		{Russian, "not_given_n_constituency", "1", "n", "из них 1 мандат по спискам получен без названных депутатов"},
		{Russian, "not_given_n_constituency", "4", "n", "из них 4 мандата по спискам получены без названных депутатов"},
		{Russian, "unlisted_missing", "1", "n", "{code}: ещё 1 участок без этого протокола учтён, но не перечислен:"},
		{Russian, "unlisted_missing", "3", "n", "{code}: ещё 3 участка без этого протокола учтено, но не перечислено:"},
		{Russian, "unlisted", "1", "n", "{code}: ещё 1 замечание ({severity})"},
		{Russian, "unlisted", "12", "n", "{code}: ещё 12 замечаний ({severity})"},
		{Russian, "voters_lacking_okrug", "1", "n", "(в 1 учтённом протоколе по округам нет строки «число избирателей в списке»)"},
		{Russian, "voters_lacking_okrug", "7", "n", "(в 7 учтённых протоколах по округам нет строки «число избирателей в списке»)"},
	} {
		if got := c.l.say(c.key, words.Args{c.fig: c.n}); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s %s, %s=%s: %q, want it to begin %q", c.l, c.key, c.fig, c.n, got, c.want)
		}
	}
}

// TestFigureCell: a finding's figure, or a formula led by one, is written
// in the language's form in the findings' table; an ID stays as given.
func TestFigureCell(t *testing.T) {
	for _, c := range []struct {
		l       Lang
		s, want string
	}{
		{Russian, "8.35 (exact 100 × 106955 / 1281622 = 8.345284…)", "8,35 (точно 100 × 106\u00a0955 / 1\u00a0281\u00a0622 = 8,345284…)"},
		{Kyrgyz, "15.39", "15,39"},
		{Russian, "-7", "-7"},
		{English, "8.35 (exact 100 × 106955 / 1281622 = 8.345284…)", "8.35 (exact 100 × 106955 / 1281622 = 8.345284…)"},
		{Russian, "ata-jurt", "ata-jurt"},
		{Russian, "okrug-27", "okrug-27"},
	} {
		if got := c.l.figureCell(c.s); got != c.want {
			t.Errorf("%s: figureCell(%q) = %q, want %q", c.l, c.s, got, c.want)
		}
	}
}
