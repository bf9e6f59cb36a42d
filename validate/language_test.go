package validate_test

import (
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// TestLanguage is part of issue 12's attack suite (panics and shared
// state): a language tag is matched by its primary subtag everywhere.
func TestLanguage(t *testing.T) {
	m := validate.Message{En: "en", Ru: "ru", Ky: "ky"}
	for _, c := range []struct {
		tag, want string
		ok        bool
	}{
		{"en", "en", true},
		{"ru", "ru", true},
		{"ky", "ky", true},
		{"ky-KG", "ky", true},
		{"ru-RU", "ru", true},
		{"RU", "ru", true},
		{"Ky-kg", "ky", true},
		{"ru_RU.UTF-8", "ru", true},
		{" ky ", "ky", true},
		{"kir", "ky", true},
		{"rus", "ru", true},
		{"en-US", "en", true},
		{"eng", "en", true},
		{"", "en", false},
		{"de", "en", false},
		{"kyr", "en", false},
		{"-ky", "en", false},
		{"kk-KZ", "en", false},
	} {
		got, ok := validate.Language(c.tag)
		if got != c.want || ok != c.ok {
			t.Errorf("Language(%q) = %q, %v; want %q, %v", c.tag, got, ok, c.want, c.ok)
		}
		if in := m.In(c.tag); in != c.want {
			t.Errorf("Message.In(%q) = %q, want %q", c.tag, in, c.want)
		}
	}
}

// TestPlaceIn: a place in short says the words around its IDs in the
// language, the IDs, file and line names as the data gives them; in
// English it is String, as it always was.
func TestPlaceIn(t *testing.T) {
	full := validate.Place{Level: validate.LevelPrecinct, File: "p.csv", Row: 2, Column: 5, Precinct: "50130", Ballot: election.ListBallot, Line: "valid"}
	for _, c := range []struct {
		p          validate.Place
		lang, want string
	}{
		{full, "en", "file p.csv, row 2, column 5, precinct 50130, list ballot, manual count, line valid"},
		{full, "ru", "файл p.csv, строка 2, столбец 5, участок 50130, бюллетень по партийным спискам, ручной подсчёт, строка протокола valid"},
		{full, "ky", "p.csv файлы, 2-сап, 5-мамыча, 50130 участогу, партиялык тизмелер боюнча бюллетень, кол менен эсептөө, протоколдун valid сабы"},
		{validate.Place{Level: validate.LevelPrecinct, Precinct: "7", Ballot: "senate", Machine: true}, "en", "precinct 7, senate ballot, machine count"},
		{validate.Place{Level: validate.LevelList, Party: "p", Line: "percent"}, "en", "list p, line percent"},
		{validate.Place{Level: validate.LevelList, Party: "p", Line: "percent"}, "ru", "список p, процент"},
		{validate.Place{Level: validate.LevelNation}, "en", "nation"},
		{validate.Place{Level: validate.LevelNation}, "ky", "өлкө боюнча"},
		{validate.Place{Level: validate.LevelOkrug, Okrug: "3", Candidate: "c-1", Choice: "against_all"}, "ru", "округ 3, кандидат c-1, вариант against_all"},
	} {
		if got := c.p.In(c.lang); got != c.want {
			t.Errorf("%+v.In(%q) = %q, want %q", c.p, c.lang, got, c.want)
		}
		if c.lang == "en" && c.p.String() != c.want {
			t.Errorf("%+v.String() = %q, want %q", c.p, c.p.String(), c.want)
		}
	}
}
