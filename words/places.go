package words

// places holds the words a finding's sentence is made of beyond its
// code's template (package validate): where it is ("place."), which
// ballot and count, the protocol lines in the words of the paper form
// ("line."), the figures of a published summary ("figure."), choices,
// threshold bases, roundings and sexes.
var places = []Entry{
	{"place.precinct", Text{"Precinct {precinct}", "Участок {precinct}", "{precinct} шайлоо участогу"}},
	{"place.okrug", Text{"Okrug {okrug}", "Округ {okrug}", "{okrug} округу"}},
	{"place.region", Text{"Region {region}", "Регион {region}", "{region} аймагы"}},
	{"place.list", Text{"List «{party}»", "Список «{party}»", "«{party}» тизмеси"}},
	{"place.lists", Text{"Party lists", "Партийные списки", "Партиялык тизмелер"}},
	{"place.nation", Text{"Nation", "В целом по стране", "Өлкө боюнча"}},
	{"place.file", Text{"File {file}", "Файл {file}", "{file} файлы"}},
	{"count.manual", Text{"manual count", "ручной подсчёт", "кол менен эсептөө"}},
	{"count.machine", Text{"machine count", "автоматический подсчёт", "автоматтык эсептөө"}},
	{"ballot.list", Text{"list ballot", "бюллетень по партийным спискам", "партиялык тизмелер боюнча бюллетень"}},
	{"ballot.okrug", Text{"okrug ballot", "бюллетень по одномандатному округу", "бир мандаттуу округ боюнча бюллетень"}},
	{"ballot.other", Text{"ballot «{ballot}»", "бюллетень «{ballot}»", "«{ballot}» бюллетени"}},
	// The protocol lines, as election.AllLines names them.
	{"line.voters", Text{"voters on the list", "число избирателей в списке", "тизмедеги шайлоочулардын саны"}},
	{"line.received", Text{"ballots received", "получено бюллетеней", "алынган бюллетендер"}},
	{"line.issued_in_room", Text{"ballots issued in the polling room", "выдано бюллетеней в помещении для голосования", "шайлоо бөлмөсүндө берилген бюллетендер"}},
	{"line.issued_outside", Text{"ballots issued outside the polling room", "выдано бюллетеней вне помещения для голосования", "шайлоо бөлмөсүнөн тышкары берилген бюллетендер"}},
	{"line.issued_early", Text{"ballots issued early", "выдано бюллетеней досрочно", "мөөнөтүнөн мурда берилген бюллетендер"}},
	{"line.cancelled", Text{"ballots cancelled", "погашено бюллетеней", "жокко чыгарылган бюллетендер"}},
	{"line.found_mobile", Text{"ballots found in mobile boxes", "бюллетеней в переносных ящиках", "көчмө кутулардагы бюллетендер"}},
	{"line.found_stationary", Text{"ballots found in stationary boxes", "бюллетеней в стационарных ящиках", "стационардык кутулардагы бюллетендер"}},
	{"line.invalid", Text{"invalid ballots", "недействительных бюллетеней", "жараксыз бюллетендер"}},
	{"line.valid", Text{"valid ballots", "действительных бюллетеней", "жарактуу бюллетендер"}},
	{"line.lost", Text{"ballots lost", "утрачено бюллетеней", "жоголгон бюллетендер"}},
	{"line.unaccounted", Text{"ballots not accounted for at receipt", "не учтено бюллетеней при получении", "алууда эсепке алынбаган бюллетендер"}},
	{"line.other", Text{"line «{line}»", "строка «{line}»", "«{line}» сабы"}},
	// The figures of a published summary, as a finding's place names them.
	{"figure.votes", Text{"votes", "голоса", "добуштар"}},
	{"figure.percent", Text{"percentage", "процент", "пайыз"}},
	{"figure.seats", Text{"seats", "мандаты", "мандаттар"}},
	{"figure.turnout", Text{"turnout", "явка", "катышуу"}},
	{"figure.participants", Text{"voters who took part", "число принявших участие", "катышкандардын саны"}},
	{"figure.voters", Text{"voters on the list", "число избирателей", "шайлоочулардын саны"}},
	{"figure.winner", Text{"winner", "победитель", "жеңүүчү"}},
	{"figure.outcome", Text{"outcome", "итог", "жыйынтык"}},
	{"figure.sum", Text{"sum of the shares", "сумма долей", "үлүштөрдүн суммасы"}},
	{"choice.against_all", Text{"against all", "против всех", "баарына каршы"}},
	{"votes.against_all", Text{"votes against all", "голоса «против всех»", "«баарына каршы» добуштары"}},
	{"votes.for", Text{"votes for «{choice}»", "голоса за «{choice}»", "«{choice}» үчүн добуштар"}},
	{"preferences.for", Text{"preference votes for «{candidate}»", "преференциальные голоса за «{candidate}»", "«{candidate}» үчүн преференциялык добуштар"}},
	// What a citizen's copy is of (finding C406).
	{"copy.of", Text{"precinct {precinct}, {ballot}", "участку {precinct} ({ballot})", "{precinct} шайлоо участогуна ({ballot})"}},
	// The bases of a threshold (finding X227).
	{"base.participants", Text{"participants (invalid + valid)", "приняли участие (недействительные + действительные)", "катышкандар (жараксыз + жарактуу)"}},
	{"base.found", Text{"ballots found in the boxes", "бюллетени в ящиках", "кутулардан табылган бюллетендер"}},
	{"base.valid", Text{"valid ballots", "действительные бюллетени", "жарактуу бюллетендер"}},
	{"base.voters", Text{"voters on the list", "избиратели в списке", "тизмедеги шайлоочулар"}},
	{"base.votes", Text{"votes for the choices on the ballot", "голоса за позиции бюллетеня", "бюллетендеги тандоолорго берилген добуштар"}},
	// The roundings of a published percentage (finding S301).
	{"rounding.half_even", Text{"half to even", "половина к чётному", "жарымы жуп санга"}},
	{"rounding.down", Text{"down", "отбрасыванием", "төмөн карай"}},
	{"rounding.half_up", Text{"half up", "половина вверх", "жарымы жогору"}},
	// A place in short, for a table's column (validate.Place.In): the
	// words around the IDs, which stay as the data gives them.
	{"where.file", Text{"file {file}", "файл {file}", "{file} файлы"}},
	{"where.row", Text{"row {row}", "строка {row}", "{row}-сап"}},
	{"where.rows", Text{"rows {row}-{last}", "строки {row}-{last}", "{row}-{last}-саптар"}},
	{"where.column", Text{"column {column}", "столбец {column}", "{column}-мамыча"}},
	{"where.region", Text{"region {region}", "регион {region}", "{region} аймагы"}},
	{"where.okrug", Text{"okrug {okrug}", "округ {okrug}", "{okrug} округу"}},
	{"where.precinct", Text{"precinct {precinct}", "участок {precinct}", "{precinct} участогу"}},
	{"where.ballot", Text{"{ballot} ballot", "бюллетень {ballot}", "{ballot} бюллетени"}},
	{"where.list", Text{"list {party}", "список {party}", "{party} тизмеси"}},
	{"where.candidate", Text{"candidate {candidate}", "кандидат {candidate}", "{candidate} талапкери"}},
	{"where.line", Text{"line {line}", "строка протокола {line}", "протоколдун {line} сабы"}},
	{"where.choice", Text{"choice {choice}", "вариант {choice}", "{choice} тандоосу"}},
	// A place that names nothing but its level.
	{"where.level.precinct", Text{"precinct", "участок", "участок"}},
	{"where.level.okrug", Text{"okrug", "округ", "округ"}},
	{"where.level.region", Text{"region", "регион", "аймак"}},
	{"where.level.nation", Text{"nation", "в целом по стране", "өлкө боюнча"}},
	{"where.level.list", Text{"list", "партийные списки", "партиялык тизмелер"}},
	{"where.level.file", Text{"file", "файл", "файл"}},
	// A finding's severity (validate.Severity).
	{"severity.error", Text{"error", "ошибка", "ката"}},
	{"severity.warning", Text{"warning", "предупреждение", "эскертүү"}},
	// The sexes of a list's candidates (finding L502).
	{"sex.women", Text{"women", "женщины", "аялдар"}},
	{"sex.men", Text{"men", "мужчины", "эркектер"}},
}
