package report

// Lang is the language of a text or Markdown report.
type Lang string

// The languages of the reports.
const (
	English Lang = "en"
	Russian Lang = "ru"
	Kyrgyz  Lang = "ky"
)

// Langs lists the languages in the order a language switch shows them.
var Langs = []Lang{Kyrgyz, Russian, English}

type phrase struct{ en, ru, ky string }

func (p phrase) in(l Lang) string {
	switch l {
	case Russian:
		return p.ru
	case Kyrgyz:
		return p.ky
	}
	return p.en
}

var words = map[string]phrase{
	"rules":        {"Rule set", "Набор правил", "Эрежелер топтому"},
	"participants": {"Voters who took part", "Приняли участие в голосовании", "Добуш берүүгө катышкандар"},
	"voters":       {"voters on the list", "избирателей в списке", "тизмедеги шайлоочулар"},
	"threshold":    {"Threshold", "Порог", "Босого"},
	"needed":       {"votes needed", "голосов нужно", "добуш керек"},
	"list_seats":   {"List seats", "Мандаты по партийным спискам", "Партиялык тизмелер боюнча мандаттар"},
	"party":        {"party", "партия", "партия"},
	"votes":        {"votes", "голоса", "добуштар"},
	"margin":       {"margin", "запас", "айырма"},
	"regional":     {"regional", "региональный", "аймактык"},
	"seats":        {"seats", "мандаты", "мандаттар"},
	"women":        {"women", "женщины", "аялдар"},
	"source":       {"source", "источник", "булак"},
	"missed":       {"Missed the threshold", "Не преодолели порог", "Босогодон өтпөгөндөр"},
	"missed_by":    {"missed by", "не хватило", "жетпеди"},
	"okrugs":       {"Single-mandate okrugs", "Одномандатные округа", "Бир мандаттуу округдар"},
	"elected":      {"elected", "избран", "шайланды"},
	"repeat":       {"repeat election: against all ahead", "повторные выборы: «против всех» впереди", "кайра шайлоо: «бардык каршы» алдыда"},
	"tie":          {"tie: lots required", "равенство голосов: нужен жребий", "добуштар тең: чүчүкулак керек"},
	"no_votes":     {"no votes", "нет голосов", "добуш жок"},
	"parliament":   {"Parliament", "Парламент", "Парламент"},
	"filled":       {"seats filled", "мандатов распределено", "мандат бөлүштүрүлдү"},
	"findings":     {"Findings", "Замечания", "Табылгалар"},
	"errors":       {"errors", "ошибок", "ката"},
	"warnings":     {"warnings", "предупреждений", "эскертүү"},
	"notes":        {"Notes", "Примечания", "Эскертмелер"},
	// unlisted: code, count, severity, the limit.
	"unlisted": {"%s: %d more findings (%s) counted but not listed: a check lists the first %d of each code; --all-findings lists them all",
		"%s: ещё %d замечаний (%s) учтено, но не перечислено: проверка перечисляет первые %d замечаний каждого кода; --all-findings перечисляет все",
		"%s: дагы %d табылга (%s) эсептелди, бирок тизмеленген жок: текшерүү ар бир коддун алгачкы %d табылгасын тизмелейт; --all-findings баарын тизмелейт"},
	"ties":        {"Unresolved ties", "Неразрешённые равенства", "Чечилбеген теңдиктер"},
	"provenance":  {"Where the figures come from", "Откуда цифры", "Сандар кайдан алынды"},
	"official":    {"official", "официально", "расмий"},
	"preliminary": {"preliminary", "предварительно", "алдын ала"},
	"synthetic":   {"synthetic", "синтетика", "синтетикалык"},
	"quota":       {"quota", "квота", "квота"},
	"leader":      {"leader", "лидер", "лидер"},
	"against_all": {"against all", "против всех", "бардык каршы"},
	"deputies":    {"Deputies seated from each list", "Депутаты от списков", "Тизмелерден шайланган депутаттар"},
	"by_quota":    {"women's quota", "квота женщин", "аялдар квотасы"},
	"by_pref":     {"preference votes", "преференции", "артыкчылык добуштары"},
	"inputs":      {"Inputs", "Входные данные", "Киргизилген маалыматтар"},
	"candidate":   {"candidate", "кандидат", "талапкер"},
	"position":    {"list no.", "№ в списке", "тизмедеги №"},
	"sex":         {"sex", "пол", "жынысы"},
	"pref_votes":  {"preference votes", "преф. голоса", "артыкчылык добуштары"},
	"why":         {"seated by", "основание", "негиз"},
	"okrug":       {"okrug", "округ", "округ"},
	"not_counted": {"No seat can be decided", "Мандаты не могут быть распределены", "Мандаттарды бөлүштүрүүгө болбойт"},
	"moves":       {"Deputies who lose (−) or gain (+) a seat", "Депутаты, теряющие (−) или получающие (+) мандат", "Мандатын жоготкон (−) же алган (+) депутаттар"},
	"outcome":     {"outcome", "итог", "жыйынтык"},
}

func (l Lang) w(key string) string { return words[key].in(l) }
