package report

import "github.com/shailoo/shailoo/validate"

// Lang is the language of a text or Markdown report: a language tag,
// matched by its primary subtag as validate.Language does ("ky-KG" is
// Kyrgyz, "RU" Russian). Any other tag gives English.
type Lang string

// The languages of the reports.
const (
	English Lang = "en"
	Russian Lang = "ru"
	Kyrgyz  Lang = "ky"
)

// Langs returns the languages in the order a language switch shows them,
// a fresh slice on each call.
func Langs() []Lang { return []Lang{Kyrgyz, Russian, English} }

// ParseLang returns the report language a tag names (see
// validate.Language); English with ok false for any other tag.
func ParseLang(tag string) (l Lang, ok bool) {
	s, ok := validate.Language(tag)
	return Lang(s), ok
}

type phrase struct{ en, ru, ky string }

func (p phrase) in(l Lang) string {
	l, _ = ParseLang(string(l))
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
	"ties":         {"Ties and decisions not made by the votes alone", "Равенства и решения, принятые не только голосами", "Добуштар гана чечпеген теңдиктер жана чечимдер"},
	// The "Ties and decisions" section (report/ties.go).
	"ties_awaiting":       {"A tie awaits lots: the seats concerned are not filled (give --lots or --lot-seed).", "Равенство ждёт жребия: эти мандаты не распределены (укажите --lots или --lot-seed).", "Теңдик чүчүкулакты күтөт: ал мандаттар бөлүштүрүлгөн жок (--lots же --lot-seed бериңиз)."},
	"ties_decided":        {"Every tie is settled, but a decision other than the votes settled a seat:", "Все равенства разрешены, но мандат определило не только голосование:", "Бардык теңдиктер чечилди, бирок мандатты добуштан башка чечим аныктады:"},
	"tie_tied_for":        {"tied for", "равны за", "тең, талашкан"},
	"tie_at":              {"at", "при", "маанисинде"},
	"tie_not_evaluated":   {"preference votes not evaluated (no protocol gives them)", "преференции не оценены (нет в протоколах)", "артыкчылык добуштары бааланган жок (протоколдордо жок)"},
	"tie_awaiting":        {"AWAITING LOTS: not filled", "ЖДЁТ ЖРЕБИЯ: не распределено", "ЧҮЧҮКУЛАКТЫ КҮТӨТ: бөлүштүрүлгөн жок"},
	"tie_settled":         {"settled by", "решено", "чечилди"},
	"tie_by_registration": {"registration order (rule set)", "по порядку регистрации (правила)", "каттоо тартиби боюнча (эрежелер)"},
	"tie_by_ballot":       {"ballot order (rule set)", "по порядку в бюллетене (правила)", "бюллетендеги тартиби боюнча (эрежелер)"},
	"tie_by_position":     {"list position (rule set)", "по месту в списке (правила)", "тизмедеги орду боюнча (эрежелер)"},
	"tie_by_lots":         {"lots given as input", "жребием (из входных данных)", "чүчүкулак менен (киргизилген маалымат)"},
	"tie_by_seed":         {"a lot drawn from the public seed %q", "жребием, вытянутым из публичного зерна %q", "%q ачык уругунан тартылган чүчүкулак менен"},
	"tie_by_against_all":  {"the rule set's against_all_tie %q", "правилом against_all_tie %q", "эрежелердин against_all_tie %q эрежеси менен"},
	"tie_mark":            {"tie", "равенство", "теңдик"},
	"lot_seed":            {"Lots drawn from the public seed", "Жребий из публичного зерна", "Чүчүкулак ачык уруктан тартылды"},
	"provenance":          {"Where the figures come from", "Откуда цифры", "Сандар кайдан алынды"},
	"official":            {"official", "официально", "расмий"},
	"preliminary":         {"preliminary", "предварительно", "алдын ала"},
	"synthetic":           {"synthetic", "синтетика", "синтетикалык"},
	"quota":               {"quota", "квота", "квота"},
	"leader":              {"leader", "лидер", "лидер"},
	"against_all":         {"against all", "против всех", "бардык каршы"},
	"deputies":            {"Deputies seated from each list", "Депутаты от списков", "Тизмелерден шайланган депутаттар"},
	"by_quota":            {"women's quota", "квота женщин", "аялдар квотасы"},
	"by_pref":             {"preference votes", "преференции", "артыкчылык добуштары"},
	"by_position":         {"list position (closed list)", "место в списке (закрытый список)", "тизмедеги орду (жабык тизме)"},
	"not_given":           {"%s: %d seats won; deputies not given (the election's definition gives no candidates for the list)", "%s: получено мандатов: %d; депутаты не указаны (в определении выборов нет кандидатов списка)", "%s: %d мандат алды; депутаттар көрсөтүлгөн жок (шайлоонун аныктамасында тизменин талапкерлери жок)"},
	"not_given_n":         {"of which %d list seats won with deputies not given (no candidates in the definition)", "из них %d мандатов по спискам без указанных депутатов (нет кандидатов в определении)", "алардын ичинен %d тизме мандаты депутаттары көрсөтүлбөй алынды (аныктамада талапкерлер жок)"},
	"inputs":              {"Inputs", "Входные данные", "Киргизилген маалыматтар"},
	"candidate":           {"candidate", "кандидат", "талапкер"},
	"position":            {"list no.", "№ в списке", "тизмедеги №"},
	"sex":                 {"sex", "пол", "жынысы"},
	"pref_votes":          {"preference votes", "преф. голоса", "артыкчылык добуштары"},
	"why":                 {"seated by", "основание", "негиз"},
	"okrug":               {"okrug", "округ", "округ"},
	"not_counted":         {"No seat can be decided", "Мандаты не могут быть распределены", "Мандаттарды бөлүштүрүүгө болбойт"},
	"moves":               {"Deputies who lose (−) or gain (+) a seat", "Депутаты, теряющие (−) или получающие (+) мандат", "Мандатын жоготкон (−) же алган (+) депутаттар"},
	"outcome":             {"outcome", "итог", "жыйынтык"},
	// Districts of several seats (rule sets with okrug.seats > 1).
	"districts":      {"Districts: %d × %d seats", "Округа: %d × %d мандата", "Округдар: %d × %d мандат"},
	"district_seats": {"Deputies seated in each district", "Депутаты, избранные по округам", "Округдар боюнча шайланган депутаттар"},
	"by_votes":       {"votes", "голоса", "добуштар"},
	"by_sex_rule":    {"sex-balance rule: at most %d of one sex", "правило о поле: не более %d одного пола", "жыныс эрежеси: бир жыныстан %d ашпайт"},
	"undecidable":    {"cannot be decided under the sex-balance rule: not filled", "не может быть определено по правилу о поле: не распределено", "жыныс эрежеси боюнча аныктоого болбойт: бөлүштүрүлгөн жок"},
	"sex_not_given":  {"not evaluated: a candidate's sex is not given (the sex-balance rule needs it)", "не определено: не указан пол кандидата (нужен для правила о поле)", "аныкталган жок: талапкердин жынысы көрсөтүлгөн эмес (жыныс эрежеси үчүн керек)"},
	"unfilled_n":     {"%d seats not filled", "не распределено мандатов: %d", "%d мандат бөлүштүрүлгөн жок"},
	"district_women": {"women seated in districts: %d of %d", "женщин избрано по округам: %d из %d", "округдардан шайланган аялдар: %d / %d"},
	"no_list_tier":   {"The rule set has no list tier: no threshold, no list seats.", "В наборе правил нет партийных списков: нет порога, нет мандатов по спискам.", "Эрежелер топтомунда партиялык тизмелер жок: босого жок, тизмелер боюнча мандаттар жок."},
	"annulled_title": {"Annulled: what changes", "Отмена итогов: что меняется", "Жыйынтыктарды жокко чыгаруу: эмне өзгөрөт"},
	"annulled_none":  {"Nobody loses or gains a seat.", "Никто не теряет и не получает мандат.", "Эч ким мандатын жоготпойт жана албайт."},
	// unlisted: code, count, severity, the limit.
	"unlisted": {"%s: %d more findings (%s) counted but not listed: a check lists the first %d of each code; --all-findings lists them all",
		"%s: ещё %d замечаний (%s) учтено, но не перечислено: проверка перечисляет первые %d замечаний каждого кода; --all-findings перечисляет все",
		"%s: дагы %d табылга (%s) эсептелди, бирок тизмеленген жок: текшерүү ар бир коддун алгачкы %d табылгасын тизмелейт; --all-findings баарын тизмелейт"},

	// A partial count (issue 15, a Tally's snapshot): precincts reporting
	// of those defined, then the protocols of each ballot counted of those
	// expected.
	"partial": {"⚠ PARTIAL: %s of %s precincts reporting (list protocols %s of %s, okrug protocols %s of %s)",
		"⚠ ЧАСТИЧНЫЕ ИТОГИ: поступили данные %s из %s участков (протоколы по спискам %s из %s, по округам %s из %s)",
		"⚠ ЖЫЙЫНТЫКТАР ТОЛУК ЭМЕС: %s / %s участоктон маалымат келди (тизмелер боюнча протоколдор %s / %s, округдар боюнча %s / %s)"},
	// unlisted_missing: code, count, the limit (a missing protocol).
	"unlisted_missing": {"%s: %d more precincts without that protocol counted but not listed: the first %d are listed; --all-findings lists them all",
		"%s: ещё %d участков без этого протокола учтено, но не перечислено: перечислены первые %d; --all-findings перечисляет все",
		"%s: бул протоколу жок дагы %d участок эсептелди, бирок тизмеленген жок: алгачкы %d тизмеленди; --all-findings баарын тизмелейт"},

	// The heading of the list of what was not evaluated.
	"not_evaluated_heading": {"Not evaluated (each check with the reason it could not be made):",
		"Не проверено (каждая проверка с причиной, по которой её нельзя было сделать):",
		"Текшерилген жок (ар бир текшерүү аны жасоого мүмкүн болбогон себеби менен):"},
}

func (l Lang) w(key string) string { return words[key].in(l) }
