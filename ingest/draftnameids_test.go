package ingest

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The Duma's 2016 lists by their registered names, each after its legal
// form: the first 32 letters of the headers made three IDs
// "politicheskaya-partiya-rossiiska", "-2" and "-3" (the Pensioners, the
// Greens, Yabloko), and CPRF's and the Communists of Russia's differed by
// "-2" alone. Each ID is now the name in quotes, the innermost where one
// holds another, or the header without "Политическая партия".
func TestDraftIDsDuma2016PartyNames(t *testing.T) {
	d := mustDraft(t, "ru-duma2016-electan-10uik.csv")
	want := map[string]string{
		"edinaya-rossiya":                   `Всероссийская политическая партия "ЕДИНАЯ РОССИЯ"`,
		"grazhdanskaya-platforma":           `Политическая партия "Гражданская Платформа"`,
		"grazhdanskaya-sila":                `Общественная организация Всероссийская политическая партия "Гражданская Сила"`,
		"kommunisticheskaya-partiya-rossi":  `Политическая партия "КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ"`,
		"kommunisty-rossii":                 `Политическая партия КОММУНИСТИЧЕСКАЯ ПАРТИЯ КОММУНИСТЫ РОССИИ`,
		"ldpr-liberalno-demokraticheskaya":  `Политическая партия ЛДПР - Либерально-демократическая партия России`,
		"partiya-narodnoi-svobody":          `Политическая партия "Партия народной свободы" (ПАРНАС)`,
		"partiya-rosta":                     `Всероссийская политическая партия "ПАРТИЯ РОСТА"`,
		"patrioty-rossii":                   `Политическая партия "ПАТРИОТЫ РОССИИ"`,
		"rodina":                            `ВСЕРОССИЙСКАЯ ПОЛИТИЧЕСКАЯ ПАРТИЯ "РОДИНА"`,
		"rossiiskaya-partiya-pensionerov-z": `Политическая партия "Российская партия пенсионеров за справедливость"`,
		"spravedlivaya-rossiya":             `Политическая партия СПРАВЕДЛИВАЯ РОССИЯ`,
		"yabloko":                           `Политическая партия "Российская объединенная демократическая партия "ЯБЛОКО"`,
		"zelenye":                           `Политическая партия "Российская экологическая партия "Зеленые"`,
	}
	got := map[string]string{}
	for id, c := range d.Mapping.Votes {
		got[id] = c.Header
	}
	if !maps.Equal(got, want) {
		t.Errorf("votes %v\nwant %v", got, want)
	}
	all := strings.Join(d.Mapping.Guesses, "\n")
	for _, s := range []string{
		`votes.yabloko: column 13 "Политическая партия \"Российская объединенная демократическая партия \"ЯБЛОКО\"" (a choice on the ballot; its ID made of the innermost name in quotes in its header, not of the header's first letters, "politicheskaya-partiya-rossiiska-3", which the choices' headers share; rename the ID as you like)`,
		`votes.kommunisty-rossii: column 4 "Политическая партия КОММУНИСТИЧЕСКАЯ ПАРТИЯ КОММУНИСТЫ РОССИИ" (a choice on the ballot; its ID made of its header without the words most choices' headers start or end with (политическая, партия)`,
	} {
		if !strings.Contains(all, s) {
			t.Errorf("no guess %q in\n%s", s, all)
		}
	}
	readBack(t, d)
}

// IDs that tell the choices apart are kept, however long the words they
// share ("Democratic Party", "Republican Party"); only those that blur
// are made anew, of the name in quotes, or without the words most
// headers start or end with.
func TestDraftIDsNamesBlur(t *testing.T) {
	cases := []struct {
		name, header string
		ids          []string
	}{
		{"apart", "precinct,Democratic Party,Republican Party,Green Party",
			[]string{"democratic-party", "green-party", "republican-party"}},
		{"apart, cut", "precinct,National Democratic Party of the Workers,National Democratic Union of Farmers",
			[]string{"national-democratic-party-of-the", "national-democratic-union-of-far"}},
		{"same first 32 letters", "precinct,Partido Democratico Nacional Revolucionario Alfa,Partido Democratico Nacional Revolucionario Beta,Partido Verde",
			[]string{"alfa", "beta", "verde"}},
		{"quoted, «»", "precinct,Политическая партия «Зелёная партия «Листья»»,Политическая партия «Зелёная партия «Корни»»,Политическая партия «Рассвет»",
			[]string{"korni", "listya", "rassvet"}},
		{"quoted, same inner name", `precinct,"Союз ""Правда""","Движение ""Правда""",Партия Союз Лучших Людей Страны Всех Городов Один,Партия Союз Лучших Людей Страны Всех Городов Два`,
			[]string{"dva", "dvizhenie-pravda", "odin", "soyuz-pravda"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := c.header + "\n"
			for row := range 3 {
				b += strconv.Itoa(row + 1)
				for k := range strings.Count(c.header, ",") {
					b += "," + strconv.Itoa(10*row+7*k+3)
				}
				b += "\n"
			}
			d, err := DraftMapping(strings.NewReader(b), "t.csv")
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Sorted(maps.Keys(d.Mapping.Votes)); !slices.Equal(got, c.ids) {
				t.Errorf("votes %v, want %v\n%s", got, c.ids, strings.Join(d.Mapping.Guesses, "\n"))
			}
		})
	}
}

func TestQuotedName(t *testing.T) {
	cases := []struct{ h, inner, whole string }{
		{`Политическая партия "Гражданская Платформа"`, "", "Гражданская Платформа"},
		{`Политическая партия "Российская экологическая партия "Зеленые"`, "Зеленые", `Российская экологическая партия "Зеленые`},
		{`Партия "А "Б""`, "Б", `А "Б"`},
		{`Блок "А" и "Б"`, "", `А" и "Б`},
		{`Партия «Зелёные «Листья»»`, "Листья", "Зелёные «Листья»"},
		{`Блок «А» и «Б»`, "", "А» и «Б"},
		{`Partei „Die Grünen“`, "", "Die Grünen"},
		{"no quotes", "", ""},
		{`one " quote`, "", ""},
	}
	for _, c := range cases {
		if inner, whole := quotedName(c.h); inner != c.inner || whole != c.whole {
			t.Errorf("quotedName(%q) = %q, %q; want %q, %q", c.h, inner, whole, c.inner, c.whole)
		}
	}
}
