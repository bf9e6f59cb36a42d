package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// provisionalWords are the phrases of the provisional banner. A template
// names its figures in braces: {n} (Unevaluated.Count), {scope} (its Scope)
// and {affects} (the lists or okrugs of its Affects, by name).
var provisionalWords = map[string]phrase{
	"banner": {
		"⚠ PROVISIONAL RESULT: it rests on data that was not evaluated",
		"⚠ ПРЕДВАРИТЕЛЬНЫЙ РЕЗУЛЬТАТ: он зависит от данных, которые не были оценены",
		"⚠ АЛДЫН АЛА ЖЫЙЫНТЫК: ал бааланбаган маалыматтарга көз каранды"},
	shailoo.UnevaluatedBase: {
		"The national threshold is not evaluated: counted list protocols lacking line(s) {scope} of its base: {n} (finding X227). The base is not taken smaller, and no list seat is filled.",
		"Общенациональный порог не определён: протоколов по партийным спискам без строк(и) {scope}, из которых складывается его база: {n} (замечание X227). База не берётся меньшей, мандаты по спискам не распределены.",
		"Өлкө боюнча босого аныкталган жок: анын базасы түзүлгөн {scope} сап(тар)ы жок партиялык тизмелер боюнча протоколдор: {n} (X227 табылгасы). База кичирейтилбейт, тизмелер боюнча мандаттар бөлүштүрүлгөн жок."},
	shailoo.UnevaluatedRegional: {
		"The regional threshold is not evaluated ({scope}): {affects} are seated on their national result alone, and every list seat rests on it.",
		"Региональный порог не определён ({scope}): {affects} допущены к распределению мандатов только по общенациональному результату, и от этого зависят все мандаты по спискам.",
		"Аймактык босого аныкталган жок ({scope}): {affects} өлкө боюнча жыйынтыгы менен гана мандат бөлүштүрүүгө киргизилди, тизмелер боюнча бардык мандаттар ушуга көз каранды."},
	shailoo.UnevaluatedOkrug: {
		"Okrugs without any protocol: {n} ({affects}). They are not decided and their seats are not filled.",
		"Округов без единого протокола: {n} ({affects}). Итоги в них не определены, мандаты не распределены.",
		"Бир да протоколу жок округдар: {n} ({affects}). Алардын жыйынтыгы аныкталган жок, мандаттар бөлүштүрүлгөн жок."},
	shailoo.UnevaluatedListProtocols: {
		"Precincts without a manual-count list protocol: {n} (finding X215). Every list seat rests on a partial count.",
		"Участков без протокола ручного подсчёта по партийным спискам: {n} (замечание X215). Все мандаты по спискам распределены по неполному подсчёту.",
		"Партиялык тизмелер боюнча кол менен эсептөөнүн протоколу жок участоктор: {n} (X215 табылгасы). Тизмелер боюнча бардык мандаттар толук эмес эсеп боюнча бөлүштүрүлдү."},
	shailoo.UnevaluatedOkrugProtocols: {
		"Precincts without a manual-count okrug protocol: {n} (finding X216). These okrugs were decided on a partial count: {affects}.",
		"Участков без протокола ручного подсчёта по одномандатному округу: {n} (замечание X216). Итоги в этих округах определены по неполному подсчёту: {affects}.",
		"Бир мандаттуу округ боюнча кол менен эсептөөнүн протоколу жок участоктор: {n} (X216 табылгасы). Бул округдардын жыйынтыгы толук эмес эсеп боюнча аныкталды: {affects}."},
	shailoo.UnevaluatedVotes: {
		"Counted protocols without the votes for a choice on their ballot: {n} (finding X229). The missing votes are not taken as 0; these seats rest on them: {affects}.",
		"Протоколов без голосов за вариант из бюллетеня: {n} (замечание X229). Отсутствующие голоса не считаются нулём; от них зависят: {affects}.",
		"Бюллетендеги тандоо үчүн добуштары жок протоколдор: {n} (X229 табылгасы). Жок добуштар нөл деп эсептелбейт; алардан көз каранды: {affects}."},
	shailoo.UnevaluatedUnplaced: {
		"Counted protocols in no defined region or okrug: {n} (findings X208, X212, X213, X217, X218). Decided without their votes: {affects}.",
		"Учтённых протоколов вне определённых регионов или округов: {n} (замечания X208, X212, X213, X217, X218). Без их голосов определены: {affects}.",
		"Аныкталган аймакка же округга кирбеген эсептелген протоколдор: {n} (X208, X212, X213, X217, X218 табылгалары). Алардын добуштарысыз аныкталды: {affects}."},
	shailoo.UnevaluatedSexBalance: {
		"Districts that cannot be decided under the sex-balance rule (too few candidates with votes of one sex): {n} ({affects}). Their seats are not filled; what follows is not in the rule set.",
		"Округов, итоги в которых нельзя определить по правилу о поле (мало кандидатов одного пола с голосами): {n} ({affects}). Мандаты в них не распределены; что дальше, набор правил не определяет.",
		"Жыныс эрежеси боюнча жыйынтыгын аныктоого болбогон округдар (бир жыныстагы добушу бар талапкерлер аз): {n} ({affects}). Алардын мандаттары бөлүштүрүлгөн жок; андан кийин эмне болору эрежелерде жок."},
	shailoo.UnevaluatedSex: {
		"Districts with candidates whose sex is not given, which the sex-balance rule needs: {n} ({affects}). They are not decided and their seats are not filled.",
		"Округов с кандидатами без указания пола, нужного для правила о поле: {n} ({affects}). Итоги в них не определены, мандаты не распределены.",
		"Жыныс эрежеси үчүн керектүү жынысы көрсөтүлбөгөн талапкерлери бар округдар: {n} ({affects}). Алардын жыйынтыгы аныкталган жок, мандаттар бөлүштүрүлгөн жок."},
	"by_code":        {"by code", "по кодам", "коддор боюнча"},
	"all_list_seats": {"every list seat", "все мандаты по спискам", "тизмелер боюнча бардык мандаттар"},
	"no_regions":     {"the election defines no regions", "в выборах не определены регионы", "шайлоодо аймактар аныкталган эмес"},
	"not_evaluated":  {"not evaluated", "не определено", "аныкталган жок"},
	"no_protocols":   {"not evaluated: no protocols", "не определено: нет протоколов", "аныкталган жок: протоколдор жок"},
}

func (l Lang) pw(key string) string { return provisionalWords[key].in(l) }

// provisional is the banner of a provisional result: what was not
// evaluated and what rests on it, one line each. ok is false when res is
// not provisional.
func provisional(res *shailoo.Result, l Lang) (section, bool) {
	if !res.Provisional && len(res.ProvisionalReasons) == 0 {
		return section{}, false
	}
	s := section{title: l.pw("banner")}
	for _, u := range res.ProvisionalReasons {
		p, ok := provisionalWords[u.Kind]
		if !ok {
			s.lines = append(s.lines, u.Reason)
			continue
		}
		scope := strings.Join(u.Scope, ", ")
		if scope == "" && u.Kind == shailoo.UnevaluatedRegional {
			scope = l.pw("no_regions")
		}
		s.lines = append(s.lines, strings.NewReplacer(
			"{n}", strconv.Itoa(u.Count),
			"{scope}", scope,
			"{affects}", affected(res, u.Affects, l),
		).Replace(p.in(l)))
	}
	return s, true
}

// affected writes seat contexts ("list/<ID>", "okrug/<ID>") by the names of
// the lists and okrugs.
func affected(res *shailoo.Result, ctxs []string, l Lang) string {
	names := make([]string, len(ctxs))
	for i, c := range ctxs {
		names[i] = c
		kind, id, _ := strings.Cut(c, "/")
		switch kind {
		case "list":
			if id == "" {
				names[i] = l.pw("all_list_seats")
			}
			for _, li := range res.Lists {
				if li.ID == id && li.Name != "" {
					names[i] = l.listName(li)
				}
			}
		case "okrug":
			for _, o := range res.Okrugs {
				if o.Okrug == id && o.Name != "" {
					names[i] = o.Name
				}
			}
		}
	}
	return strings.Join(names, ", ")
}

// byCode counts the findings of each code, in code order ("by code: X215
// 120, X216 70"), so that many findings of one kind (say, precincts
// without protocols) read as a number before the table.
func byCode(f validate.Report, l Lang) string {
	var parts []string
	for i := 0; i < len(f.Findings); {
		j := i
		for j < len(f.Findings) && f.Findings[j].Code == f.Findings[i].Code {
			j++
		}
		n := j - i
		for _, u := range f.Unlisted { // counted, not listed
			if u.Code == f.Findings[i].Code {
				n += u.Count
			}
		}
		parts = append(parts, fmt.Sprintf("%s %d", f.Findings[i].Code, n))
		i = j
	}
	return l.pw("by_code") + ": " + strings.Join(parts, ", ")
}
