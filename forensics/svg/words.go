package svg

import "strings"

// Lang is the language of a chart's words: "en", "ru" or "ky"; any other
// value is English.
type Lang string

// words is every sentence and label the charts and the command's text
// report use, in English, Russian and Kyrgyz: ONE TABLE, keyed by name.
// A placeholder {name} is replaced by fill. No sentence may say that a
// chart proves how an election was run: each says what it measures and
// what it cannot prove (the tests grep every output for the words that
// would claim it).
var words = map[string][3]string{
	"seed":      {"seed {seed}, {draws} Monte Carlo draws, alpha {alpha}", "зерно {seed}, {draws} розыгрышей Монте-Карло, альфа {alpha}", "урук {seed}, {draws} Монте-Карло тартуусу, альфа {alpha}"},
	"measures":  {"Measures: ", "Что показывает: ", "Эмнени көрсөтөт: "},
	"cannot":    {"Cannot prove: ", "Чего не доказывает: ", "Эмнени далилдей албайт: "},
	"turnout":   {"Turnout, %", "Явка, %", "Катышуу, %"},
	"share":     {"Share of {choice}, %", "Доля «{choice}», %", "«{choice}» үлүшү, %"},
	"precincts": {"precincts", "участков", "участок"},

	"comet.title":    {"Turnout × share of {choice}: voters per 1% × 1% cell", "Явка × доля «{choice}»: избиратели в клетке 1% × 1%", "Катышуу × «{choice}» үлүшү: 1% × 1% клеткадагы шайлоочулар"},
	"comet.measures": {"where the voters are, by their precinct's turnout and the share of {choice} in it, weighted by voters on the list (darker: more voters; above and right: the totals by turnout and by share).", "где находятся избиратели — по явке их участка и доле «{choice}» на нём, с весом по числу избирателей в списке (темнее — больше избирателей; сверху и справа — итоги по явке и по доле).", "шайлоочулар кайда — участогунун катышуусу жана андагы «{choice}» үлүшү боюнча, тизмедеги шайлоочулардын саны менен салмакталып (караңгыраак — шайлоочулар көбүрөөк; үстүндө жана оң жагында — катышуу жана үлүш боюнча жыйынтыктар)."},
	"comet.cannot":   {"why. Precincts that turn out more may favour one choice for ordinary reasons; a share rising with turnout is also what ballots added for one choice would make.", "почему так. Участки с высокой явкой могут по обычным причинам голосовать иначе; рост доли вместе с явкой дали бы и бюллетени, добавленные за один выбор.", "эмне үчүн мындай экенин. Катышуусу жогору участоктор кадимки себептер менен башкача добуш бериши мүмкүн; катышуу менен бирге үлүштүн өсүшүн бир тандоо үчүн кошулган бюллетендер да берет."},
	"comet.assoc":    {"Within regions, share against turnout: z = {z}, one-sided p = {p}", "Внутри регионов, доля против явки: z = {z}, односторонний p = {p}", "Аймактардын ичинде, үлүш менен катышуу: z = {z}, бир тараптуу p = {p}"},
	"comet.legend":   {"voters per cell", "избирателей в клетке", "клеткадагы шайлоочулар"},

	"integer.title":    {"Precincts at integer percentages: observed and expected by chance", "Участки с целыми процентами: наблюдаемое и ожидаемое случайно", "Бүтүн пайыздагы участоктор: байкалганы жана кокустуктан күтүлгөнү"},
	"integer.turnout":  {"Turnout", "Явка", "Катышуу"},
	"integer.share":    {"Share of {choice}", "Доля «{choice}»", "«{choice}» үлүшү"},
	"integer.line":     {"{obs} observed, {exp} expected, excess {exc}, p = {p} ({n} precincts)", "наблюдается {obs}, ожидается {exp}, избыток {exc}, p = {p} ({n} участков)", "байкалды {obs}, күтүлдү {exp}, ашыкча {exc}, p = {p} ({n} участок)"},
	"integer.either":   {"Turnout or share", "Явка или доля", "Катышуу же үлүш"},
	"integer.top":      {"most in excess", "наибольший избыток", "эң көп ашыкча"},
	"integer.legend":   {"bars: precincts at k% · line: expected by chance", "столбцы: участки с k% · линия: ожидаемое случайно", "мамычалар: k% участоктор · сызык: кокустуктан күтүлгөнү"},
	"integer.measures": {"how many precincts report a turnout or a share that is the count nearest to a whole percent of their size, against a seeded Monte Carlo null that redraws each precinct binomially at its own size (precincts of at least {min}).", "сколько участков сообщают явку или долю, ближайшую к целому проценту при их размере, в сравнении с нулевой моделью Монте-Карло с заданным зерном, где каждый участок перевыбирается биномиально при своём размере (участки от {min}).", "канча участок өз өлчөмүндө бүтүн пайызга эң жакын катышууну же үлүштү көрсөтөт, берилген урук менен Монте-Карло нөлдүк моделине салыштырмалуу, анда ар бир участок өз өлчөмүндө биномдук жол менен кайра тандалат ({min} жана андан чоң участоктор)."},
	"integer.cannot":   {"why precincts are at whole percents. An excess can come from numbers written to a target, from rounding by a commission, or from a model of chance that does not fit.", "почему участки оказались на целых процентах. Избыток может дать подгонка чисел под цель, округление комиссией или неподходящая модель случайности.", "участоктор эмне үчүн бүтүн пайызда экенин. Ашыкча сандарды максатка ылайыктоодон, комиссиянын тегеректөөсүнөн же кокустуктун туура келбеген моделинен келип чыгышы мүмкүн."},

	"digits.title":    {"Last digits of vote counts (counts of at least {min})", "Последние цифры числа голосов (числа не меньше {min})", "Добуштардын акыркы цифралары ({min} жана андан көп сандар)"},
	"digits.row":      {"{n} counts, χ² = {chi}, p = {p}", "{n} чисел, χ² = {chi}, p = {p}", "{n} сан, χ² = {chi}, p = {p}"},
	"digits.none":     {"not tested: fewer than 50 counts", "не проверено: меньше 50 чисел", "текшерилген жок: 50дөн аз сан"},
	"digits.measures": {"whether the last digits of each choice's vote counts are as even as chance makes them (bars: share of each digit 0-9; dashed line: 10%).", "равномерны ли последние цифры числа голосов за каждый выбор так, как при случайности (столбцы — доля каждой цифры 0-9; пунктир — 10%).", "ар бир тандоонун добуштарынын акыркы цифралары кокустуктагыдай бирдей бөлүнгөнбү (мамычалар — ар бир 0-9 цифранын үлүшү; үзүк сызык — 10%)."},
	"digits.cannot":   {"made-up numbers need not have uneven last digits, and uneven ones have ordinary causes (small or similar counts); with one test per choice, some reject by chance (Beber and Scacco 2012; Mebane's cautions).", "выдуманные числа не обязаны иметь неравномерные последние цифры, а неравномерность бывает по обычным причинам (малые или похожие числа); при проверке каждого выбора некоторые проверки отвергают гипотезу случайно (Бебер и Скакко 2012; оговорки Мебейна).", "ойдон чыгарылган сандардын акыркы цифралары бирдей эмес болушу шарт эмес, ал эми бирдей эместик кадимки себептерден болот (кичине же окшош сандар); ар бир тандоону текшергенде айрымдары кокустан четке кагылат (Бебер жана Скакко 2012; Мебейндин эскертүүлөрү)."},

	"machine.title.okrug":  {"Manual count against machine count, by okrug", "Ручной подсчёт против машинного, по округам", "Кол менен эсептөө машина менен эсептөөгө каршы, округдар боюнча"},
	"machine.title.region": {"Manual count against machine count, by region", "Ручной подсчёт против машинного, по регионам", "Кол менен эсептөө машина менен эсептөөгө каршы, аймактар боюнча"},
	"machine.none":         {"No precinct has both a machine and a manual count: not evaluated.", "Ни у одного участка нет и машинного, и ручного подсчёта: не оценивалось.", "Бир да участокто машина менен да, кол менен да эсептөө жок: бааланган жок."},
	"machine.summary":      {"{pairs} precincts with both counts, {diff} of them differ", "{pairs} участков с обоими подсчётами, из них различаются {diff}", "эки эсептөөсү тең бар {pairs} участок, алардын {diff} айырмаланат"},
	"machine.axis":         {"|manual − machine| votes per precinct", "|ручной − машинный|, голосов на участке", "участоктогу |кол менен − машина| добуштар"},
	"machine.largest":      {"largest", "наибольшая", "эң чоң"},
	"machine.measures":     {"where the machine and the manual count of one precinct give different votes (dots: precincts, the differences summed over the choices).", "где машинный и ручной подсчёт одного участка дают разные голоса (точки — участки, разницы сложены по всем выборам).", "бир участоктун машина жана кол менен эсептөөсү кайсы жерде ар башка добуш берет (чекиттер — участоктор, айырмалар бардык тандоолор боюнча кошулган)."},
	"machine.cannot":       {"which count is right; a difference may be a misread ballot, a typing error or a protocol changed after the count.", "какой подсчёт верен; разница может быть от неверно прочитанного бюллетеня, опечатки или протокола, изменённого после подсчёта.", "кайсы эсептөө туура экенин; айырма туура эмес окулган бюллетенден, терүүдөгү катадан же эсептөөдөн кийин өзгөртүлгөн протоколдон болушу мүмкүн."},

	"regions.title":    {"Turnout by region, over its precincts", "Явка по регионам, по участкам", "Аймактар боюнча катышуу, участоктор боюнча"},
	"regions.measures": {"how turnout varies between the precincts of each region (box: quartiles; bar: median; whiskers: least and most), regions ordered by median.", "как различается явка на участках каждого региона (ящик — квартили; черта — медиана; усы — минимум и максимум), регионы по медиане.", "ар бир аймактын участокторунда катышуу кандай айырмаланат (куту — квартилдер; сызык — медиана; муруттар — эң азы жана эң көбү), аймактар медиана боюнча."},
	"regions.cannot":   {"why a region's turnout is high or uniform; regions differ in who lives there, in distances and in habits.", "почему явка в регионе высокая или однородная; регионы различаются населением, расстояниями и привычками.", "аймактагы катышуу эмне үчүн жогору же бир калыпта экенин; аймактар калкы, аралыктары жана адаттары менен айырмаланат."},

	"sizes.title":    {"Precinct sizes: voters on the list", "Размеры участков: избиратели в списке", "Участоктордун өлчөмү: тизмедеги шайлоочулар"},
	"sizes.axis":     {"voters on the list (median {median}, largest {max})", "избирателей в списке (медиана {median}, наибольший {max})", "тизмедеги шайлоочулар (медиана {median}, эң чоңу {max})"},
	"sizes.over":     {"more", "больше", "көбүрөөк"},
	"sizes.measures": {"how many precincts have how many voters on the list.", "сколько участков имеют сколько избирателей в списке.", "канча участокто тизмеде канча шайлоочу бар."},
	"sizes.cannot":   {"anything about the count; it shows the sizes behind the other charts (small precincts weigh little in the comet and are left out of the integer test).", "ничего о подсчёте; показывает размеры участков за другими графиками (малые участки мало весят на «комете» и не входят в проверку целых процентов).", "эсептөө жөнүндө эч нерсе; башка диаграммалардын артындагы участоктордун өлчөмүн көрсөтөт (кичине участоктор «кометада» аз салмакта жана бүтүн пайыз текшерүүсүнө кирбейт)."},

	"noregion":     {"no region (abroad)", "без региона (за рубежом)", "аймаксыз (чет өлкө)"},
	"choice":       {"studied choice", "изучаемый выбор", "изилденген тандоо"},
	"by.leader":    {"the most votes", "больше всего голосов", "эң көп добуш"},
	"by.given":     {"given", "задан", "берилген"},
	"rejected":     {"p < alpha", "p < альфа", "p < альфа"},
	"not_rejected": {"p ≥ alpha", "p ≥ альфа", "p ≥ альфа"},
	"written":      {"charts and JSON written to", "графики и JSON записаны в", "диаграммалар жана JSON жазылды:"},
	"skipped":      {"left out", "не учтено", "эсепке алынган жок"},
}

// Word returns the sentence key in lang, with each {name} of fill (name,
// value, name, value...) replaced.
func Word(lang Lang, key string, fill ...string) string {
	w := words[key]
	i := 0
	switch lang {
	case "ru":
		i = 1
	case "ky":
		i = 2
	}
	s := w[i]
	for j := 0; j+1 < len(fill); j += 2 {
		s = strings.ReplaceAll(s, "{"+fill[j]+"}", fill[j+1])
	}
	return s
}
