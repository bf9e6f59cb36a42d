//go:build !js

package words

import "testing"

// TestGiven: the Go side's fixed English (a not-evaluated reason, a
// finding's figure, the data's texts, why no seat was decided) is said in
// Russian and Kyrgyz from the page's keys, IDs kept as given, and stays
// as written in English and where the catalog has no words for it.
func TestGiven(t *testing.T) {
	for _, c := range []struct {
		name, lang, got, want string
	}{
		{"reason", "ru", Reason("ru", "the election has no manual-count okrug protocols"), "нет протоколов ручного подсчёта по округам"},
		{"reason with lines", "ru", Reason("ru", "not on the protocol form: received, found_stationary"), "нет в форме протокола: получено бюллетеней, бюллетеней в стационарных ящиках"},
		{"reason with IDs", "ky", Reason("ky", "the protocol lacks line(s) absentee_voted, valid"), "протоколдо бул саптар жок: absentee_voted, жарактуу бюллетендер"},
		{"reason of reasons", "ky", Reason("ky", "the choices on the ballot are not known: the precinct is abroad"), "бюллетендеги тандоолор белгисиз: участок чет өлкөдө"},
		{"reason in English", "en", Reason("en", "the election defines no okrugs"), "the election defines no okrugs"},
		{"okrug undecided", "ru", Reason("ru", `the recount does not decide the okrug: not_evaluated_spread; the summary publishes outcome "elected" and winners "a \" and b", "c"`),
			"пересчёт не определяет итог в округе: " + Of("out_not_evaluated_spread").Ru + "; в итогах опубликовано: итог «избран» и победители «a \" and b», «c»"},
		{"okrug undecided in English", "en", Reason("en", `the recount does not decide the okrug: not_evaluated; the summary publishes winner "k"`),
			"the recount does not decide the okrug: " + Of("out_not_evaluated").En + "; the summary publishes the winner «k»"},
		{"okrug undecided unread", "ru", Reason("ru", `the recount does not decide the okrug: not_evaluated; the summary publishes a winner`),
			`the recount does not decide the okrug: not_evaluated; the summary publishes a winner`},
		{"reason unknown", "ru", Reason("ru", "a reason of its own"), "a reason of its own"},
		{"figure", "ru", Figure("ru", "a defined region"), "регион из описания выборов"},
		{"figure exact", "ky", Figure("ky", "8.35 (exact 100 × 1 / 12 = 8.333333…)"), "8.35 (так 100 × 1 / 12 = 8.333333…)"},
		{"figure line", "ru", Figure("ru", "line valid"), "строка протокола valid"},
		{"figure number", "ru", Figure("ru", "1131"), "1131"},
		{"provenance", "ru", Data("ru", "kg2021: national totals official (CEC Resolution 836)"), Of("data:kg2021").Ru},
		{"provenance word", "ky", Data("ky", "synthetic"), "синтетикалык"},
		{"name", "ru", Data("ru", "Jogorku Kenesh election, 28 November 2021"), "Выборы в Жогорку Кенеш 28 ноября 2021 года"},
		{"rule set kg2015", "ky", Data("ky", "Jogorku Kenesh, 4 October 2015: 120 list seats, 7% national and 0.7% regional thresholds, at most 65 seats per party, closed lists"),
			"Жогорку Кеңеш, 2015-жылдын 4-октябры: тизмелер боюнча 120 мандат, өлкө боюнча 7% жана аймактык 0,7% босоголор, бир партияга 65 мандаттан ашпайт, жабык тизмелер"},
		{"rule set kg2025", "ru", Data("ru", "Jogorku Kenesh, 30 November 2025: 30 districts of 3 seats, one vote, at most 2 of one sex"),
			"Жогорку Кенеш, 30 ноября 2025 года: 30 округов по 3 мандата, один голос, не более 2 депутатов одного пола"},
		{"inferred", "ru", Data("ru", "inferred from ru.map.json"), "Определение выведено из сопоставления ru.map.json"},
		{"name of a file", "ru", Data("ru", "Rows attack"), "Rows attack"},
		{"not counted", "ru", NotCounted("ru", "the election's definition is ambiguous (findings X224): an ID is defined twice or reserved"),
			"описание выборов неоднозначно (замечания X224): идентификатор задан дважды или зарезервирован"},
	} {
		if c.got != c.want {
			t.Errorf("%s (%s): %q, want %q", c.name, c.lang, c.got, c.want)
		}
	}
}

// A reason that names protocol lines joined by "and" (P111's "valid, and
// found_mobile and found_stationary") says them as one list in Russian
// and Kyrgyz, by their names in lower case, "and" before the last alone:
// no stray conjunction after a comma, no English "and", no IDs.
func TestReasonLineList(t *testing.T) {
	r := "the protocol lacks line(s) valid, and found_mobile and found_stationary"
	for lang, want := range map[string]string{
		"ru": "в протоколе нет строк: действительных бюллетеней, бюллетеней в переносных ящиках и бюллетеней в стационарных ящиках",
		"ky": "протоколдо бул саптар жок: жарактуу бюллетендер, көчмө кутулардагы бюллетендер жана стационардык кутулардагы бюллетендер",
		"en": r,
	} {
		if got := Reason(lang, r); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	for lang, want := range map[string]string{
		"ru": "в протоколе нет строк: действительных бюллетеней, бюллетеней в переносных ящиках, бюллетеней в стационарных ящиках и число избирателей в списке",
		"ky": "протоколдо бул саптар жок: жарактуу бюллетендер, көчмө кутулардагы бюллетендер, стационардык кутулардагы бюллетендер жана тизмедеги шайлоочулардын саны",
	} {
		if got := Reason(lang, r+", and voters"); got != want {
			t.Errorf("%s, voters: %q, want %q", lang, got, want)
		}
	}
	if got := Reason("ru", "a protocol lacks line(s) lost"); got != "в протоколе нет строк: утрачено бюллетеней" {
		t.Errorf("one line: %q", got)
	}
}
