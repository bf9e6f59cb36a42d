package validate

import (
	"cmp"
	"strconv"
)

// Protocol control relations (P1xx): each is checked on every protocol,
// manual or machine, of either ballot, when the rule set has it in force
// and the form and the protocol have its lines.
const (
	ReceivedBalance      Code = "P101" // received = issued + cancelled + lost − unaccounted
	FoundBalance         Code = "P102" // found (mobile + stationary) = invalid + valid
	ValidBalance         Code = "P103" // valid = sum of the votes, against all included
	IssuedOverVoters     Code = "P104" // issued <= voters on the list
	FoundOverIssued      Code = "P105" // found <= issued (warning)
	Negative             Code = "P106" // no negative line, vote or preference vote
	PreferencesOverVotes Code = "P107" // preference votes of a list <= its votes
)

// Cross-checks (X2xx): between protocols, and between protocols and the
// definition of the election.
const (
	MachineLine             Code = "X201" // machine count line != manual count line
	MachineVotes            Code = "X202" // machine count votes != manual count votes
	MachinePreferences      Code = "X203" // machine count preference votes != manual
	ListOkrugIssued         Code = "X204" // issued on the okrug ballot != on the list ballot (warning)
	ListOkrugFound          Code = "X205" // found on the okrug ballot != on the list ballot (warning)
	DuplicatePrecinct       Code = "X206" // precinct ID defined twice
	DuplicateProtocol       Code = "X207" // two protocols of one precinct, ballot and count
	UnknownPrecinct         Code = "X208" // protocol of an undefined precinct
	UnknownParty            Code = "X209" // list-ballot votes for a choice that is no party
	UnknownCandidate        Code = "X210" // okrug-ballot votes for a choice not standing in the okrug
	UnknownPreference       Code = "X211" // preference votes for a candidate on no list
	UnknownOkrug            Code = "X212" // precinct in an undefined okrug
	UnknownRegion           Code = "X213" // precinct in an undefined region
	OkrugAbroad             Code = "X214" // okrug-ballot protocol from a precinct abroad
	MissingListProtocol     Code = "X215" // no manual list protocol (warning)
	MissingOkrugProtocol    Code = "X216" // no manual okrug protocol in the country (warning)
	NoOkrug                 Code = "X217" // precinct in the country names no okrug (warning)
	NoRegion                Code = "X218" // precinct in the country names no region (warning)
	DuplicateParty          Code = "X219" // party ID defined twice
	DuplicateOkrug          Code = "X220" // okrug ID defined twice
	DuplicateRegion         Code = "X221" // region ID defined twice
	DuplicateListCandidate  Code = "X222" // candidate on two lists, or twice on one
	DuplicateOkrugCandidate Code = "X223" // candidate twice in one okrug
	ReservedID              Code = "X224" // a party or candidate uses the ID of against all
	OkrugUnknownRegion      Code = "X225" // okrug in an undefined region
	OkrugPreferences        Code = "X226" // preference votes on an okrug-ballot protocol
	BaseLineMissing         Code = "X227" // counted list protocol lacks a line of a threshold base
	UnknownLine             Code = "X228" // protocol line that is no line of the form
	MissingVotes            Code = "X229" // counted protocol without the votes for a choice on its ballot
)

// Published summary checks (S3xx), by CheckPublished.
const (
	PublishedPercent      Code = "S301" // percent != 100 × votes / base rounded
	PublishedVotes        Code = "S302" // published votes != recount
	SharesOver100         Code = "S303" // shares sum past 100% + rounding allowance
	PublishedTurnout      Code = "S304" // turnout != 100 × participants / voters rounded
	PublishedParticipants Code = "S305" // published participants != recount
	PublishedVoters       Code = "S306" // published voters != recount
	PublishedSeats        Code = "S307" // published seats != recount
	PublishedWinner       Code = "S308" // published okrug winner != recount
	PublishedOutcome      Code = "S309" // published okrug outcome != recount
	PublishedUnknownList  Code = "S310" // list in the summary, not in the recount
	PublishedMissingList  Code = "S311" // list in the recount, not in the summary (warning)
	PublishedUnknownOkrug Code = "S312" // okrug in the summary, not in the recount
	PublishedMissingOkrug Code = "S313" // okrug in the recount, not in the summary (warning)
	PublishedDuplicate    Code = "S314" // list or okrug twice in the summary
)

// Citizen's copy checks (C4xx), by CompareCopy.
const (
	CopyLine        Code = "C401" // line differs
	CopyVotes       Code = "C402" // votes for a choice differ
	CopyPreferences Code = "C403" // preference votes differ
	CopyOnly        Code = "C404" // figure on the copy, not published (warning)
	PublishedOnly   Code = "C405" // figure published, not on the copy (warning)
	CopyMismatch    Code = "C406" // copy and published protocol of different precincts or ballots
)

// List registration checks (L5xx), by CheckLists.
const (
	ListTooLong    Code = "L501" // more candidates than allowed
	ListOneSex     Code = "L502" // one sex above its maximum share
	ListUnder35    Code = "L503" // too few candidates under 35
	ListMinority   Code = "L504" // too few candidates of other ethnicities
	ListDisability Code = "L505" // too few candidates with disabilities
)

// Input checks (I6xx).
const (
	RowUnreadable Code = "I601" // an input row could not be read (see UnreadableRow)
	UnknownBallot Code = "I602" // a protocol's ballot is neither list nor okrug
)

// Many sources of one protocol (R7xx), by package reconcile: published
// versions, machine counts and observers' copies of the same protocols.
const (
	SourcesLine           Code = "R701" // a line differs between two sources
	SourcesVotes          Code = "R702" // the votes for a choice differ
	SourcesPreferences    Code = "R703" // preference votes differ
	SourcesFigureOnly     Code = "R704" // figures one source gives and another does not (warning)
	SourcesNotInBase      Code = "R705" // a protocol the base source lacks
	SourceDuplicate       Code = "R706" // one source gives a protocol twice, with different figures
	SourceDuplicateSame   Code = "R707" // one source gives a protocol twice, with the same figures (warning)
	SourceUnknownPrecinct Code = "R708" // a protocol of a precinct the definition lacks
	SourceUnknownBallot   Code = "R709" // a protocol of a ballot the precinct does not issue
)

// CodeInfo documents a code: its severity, the rule it checks in words,
// and its title in three languages.
type CodeInfo struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule"`
	Title    Message  `json:"title"`
}

// codeDef is a CodeInfo plus the template of its message body. A template
// names its figures in braces: {want}, {got}, {gap}, {bound}, {what},
// {precinct}, {okrug}, {region}, {party}, {candidate}, {choice}, and
// code-specific ones; see render.
type codeDef struct {
	CodeInfo
	body Message
}

// Codes returns every code with its documentation, in code order. The list
// only grows: testdata/codes.golden pins it and docs/codes.md is its table.
func Codes() []CodeInfo {
	out := make([]CodeInfo, len(codeTable))
	for i, d := range codeTable {
		out[i] = d.CodeInfo
	}
	return out
}

// Info returns the documentation of code c.
func Info(c Code) (CodeInfo, bool) {
	d, ok := defOf(c)
	return d.CodeInfo, ok
}

func defOf(c Code) (codeDef, bool) {
	for _, d := range codeTable {
		if d.Code == c {
			return d, true
		}
	}
	return codeDef{}, false
}

// compareCodes orders codes by their number (P101 < X201 < S301 < C401 <
// L501 < I601), then as text.
func compareCodes(a, b Code) int {
	if c := cmp.Compare(codeNumber(a), codeNumber(b)); c != 0 {
		return c
	}
	return cmp.Compare(a, b)
}

// codeNumber is the number after the letter of a code, or -1.
func codeNumber(c Code) int {
	if len(c) < 2 {
		return -1
	}
	n, err := strconv.Atoi(string(c[1:]))
	if err != nil {
		return -1
	}
	return n
}

// Relations lists the protocol control relations, the codes a Rules value
// may put in force.
func Relations() []Code {
	return []Code{ReceivedBalance, FoundBalance, ValidBalance, IssuedOverVoters,
		FoundOverIssued, Negative, PreferencesOverVotes}
}

func def(c Code, s Severity, rule string, title, body Message) codeDef {
	return codeDef{CodeInfo{Code: c, Severity: s, Rule: rule, Title: title}, body}
}

// codeTable is in code order (see compareCodes; a test checks it).
var codeTable = []codeDef{
	// P1xx: protocol control relations.
	def(ReceivedBalance, Error,
		"ballots received = issued (in the polling room + outside it + early) + cancelled + lost − not accounted for at receipt",
		Message{"Ballots received do not balance",
			"Не сходится баланс полученных бюллетеней",
			"Алынган бюллетендердин балансы туура келбейт"},
		Message{"ballots received {got}, but issued + cancelled + lost − not accounted for = {want} (gap {gap})",
			"получено бюллетеней {got}, а выдано + погашено + утрачено − не учтено при получении = {want} (разница {gap})",
			"алынган бюллетендер {got}, ал эми берилгендер + жокко чыгарылгандар + жоголгондор − алууда эсепке алынбагандар = {want} (айырма {gap})"}),
	def(FoundBalance, Error,
		"ballots found in boxes (mobile + stationary) = invalid + valid ballots",
		Message{"Ballots found in the boxes do not equal invalid + valid",
			"Число бюллетеней в ящиках не равно сумме недействительных и действительных",
			"Кутулардан табылган бюллетендер жараксыз жана жарактуу бюллетендердин суммасына барабар эмес"},
		Message{"ballots found in boxes {got}, but invalid + valid = {want} (gap {gap})",
			"бюллетеней в ящиках {got}, а недействительных + действительных = {want} (разница {gap})",
			"кутулардан табылган бюллетендер {got}, ал эми жараксыз + жарактуу = {want} (айырма {gap})"}),
	def(ValidBalance, Error,
		"valid ballots = sum of the votes for all choices on the ballot, against all included",
		Message{"Valid ballots do not equal the sum of the votes",
			"Число действительных бюллетеней не равно сумме голосов",
			"Жарактуу бюллетендер добуштардын суммасына барабар эмес"},
		Message{"valid ballots {got}, but the votes for all choices (against all included) add up to {want} (gap {gap})",
			"действительных бюллетеней {got}, а сумма голосов за все варианты (включая «против всех») равна {want} (разница {gap})",
			"жарактуу бюллетендер {got}, ал эми бардык тандоолор үчүн добуштардын суммасы («бардык каршы» кошо) {want} (айырма {gap})"}),
	def(IssuedOverVoters, Error,
		"ballots issued (all kinds) <= voters on the list",
		Message{"More ballots issued than voters on the list",
			"Выдано больше бюллетеней, чем избирателей в списке",
			"Тизмедеги шайлоочулардан көп бюллетень берилген"},
		Message{"ballots issued {got} exceed the {bound} voters on the list by {excess}",
			"выдано бюллетеней {got}, это на {excess} больше числа избирателей в списке ({bound})",
			"берилген бюллетендер {got}, бул тизмедеги шайлоочулардын санынан ({bound}) {excess} ашык"}),
	def(FoundOverIssued, Warning,
		"ballots found in boxes (mobile + stationary) <= ballots issued (all kinds)",
		Message{"More ballots in the boxes than issued",
			"В ящиках больше бюллетеней, чем выдано",
			"Кутуларда берилгенден көп бюллетень табылган"},
		Message{"ballots found in boxes {got} exceed the {bound} ballots issued by {excess}",
			"бюллетеней в ящиках {got}, это на {excess} больше, чем выдано ({bound})",
			"кутулардан табылган бюллетендер {got}, бул берилгендерден ({bound}) {excess} ашык"}),
	def(Negative, Error,
		"every line, vote count and preference vote count >= 0",
		Message{"Negative number", "Отрицательное число", "Терс сан"},
		Message{"{what} is {got}, a negative number",
			"{what}: {got}, отрицательное число",
			"{what}: {got}, терс сан"}),
	def(PreferencesOverVotes, Error,
		"preference votes for the candidates of a list <= the votes for that list (per protocol)",
		Message{"More preference votes than votes for the list",
			"Преференциальных голосов больше, чем голосов за список",
			"Преференциялык добуштар тизме үчүн берилген добуштардан көп"},
		Message{"preference votes for the candidates of {party} add up to {got}, {excess} more than the {bound} votes for the list",
			"сумма преференциальных голосов за кандидатов списка «{party}» равна {got}, это на {excess} больше голосов за список ({bound})",
			"«{party}» тизмесинин талапкерлерине берилген преференциялык добуштардын суммасы {got}, бул тизме үчүн берилген добуштардан ({bound}) {excess} көп"}),

	// X2xx: cross-checks.
	def(MachineLine, Error,
		"machine count protocol = manual count protocol of the same precinct and ballot, line by line",
		Message{"Machine and manual count differ on a line",
			"Автоматический и ручной подсчёт расходятся по строке",
			"Автоматтык жана кол менен эсептөө сап боюнча айырмаланат"},
		Message{"{what}: machine count {got}, manual count {want} (gap {gap})",
			"{what}: автоматический подсчёт {got}, ручной подсчёт {want} (разница {gap})",
			"{what}: автоматтык эсептөө {got}, кол менен эсептөө {want} (айырма {gap})"}),
	def(MachineVotes, Error,
		"machine count protocol = manual count protocol of the same precinct and ballot, choice by choice",
		Message{"Machine and manual count differ on the votes for a choice",
			"Автоматический и ручной подсчёт расходятся по голосам",
			"Автоматтык жана кол менен эсептөө добуштар боюнча айырмаланат"},
		Message{"{what}: machine count {got}, manual count {want} (gap {gap})",
			"{what}: автоматический подсчёт {got}, ручной подсчёт {want} (разница {gap})",
			"{what}: автоматтык эсептөө {got}, кол менен эсептөө {want} (айырма {gap})"}),
	def(MachinePreferences, Error,
		"machine count protocol = manual count protocol of the same precinct, preference vote by preference vote",
		Message{"Machine and manual count differ on preference votes",
			"Автоматический и ручной подсчёт расходятся по преференциальным голосам",
			"Автоматтык жана кол менен эсептөө преференциялык добуштар боюнча айырмаланат"},
		Message{"{what}: machine count {got}, manual count {want} (gap {gap})",
			"{what}: автоматический подсчёт {got}, ручной подсчёт {want} (разница {gap})",
			"{what}: автоматтык эсептөө {got}, кол менен эсептөө {want} (айырма {gap})"}),
	def(ListOkrugIssued, Warning,
		"ballots issued on the okrug ballot = ballots issued on the list ballot at the same precinct (manual counts)",
		Message{"List and okrug ballots issued differ",
			"Число выданных бюллетеней по спискам и по округу различается",
			"Тизмелер жана округ боюнча берилген бюллетендердин саны айырмаланат"},
		Message{"okrug ballots issued {got}, list ballots issued {want} (gap {gap})",
			"выдано бюллетеней по округу {got}, по партийным спискам {want} (разница {gap})",
			"округ боюнча берилген бюллетендер {got}, партиялык тизмелер боюнча {want} (айырма {gap})"}),
	def(ListOkrugFound, Warning,
		"ballots found in boxes on the okrug ballot = on the list ballot at the same precinct (manual counts)",
		Message{"List and okrug ballots found in the boxes differ",
			"Число бюллетеней в ящиках по спискам и по округу различается",
			"Кутулардан табылган тизме жана округ бюллетендеринин саны айырмаланат"},
		Message{"okrug ballots found in boxes {got}, list ballots found in boxes {want} (gap {gap})",
			"бюллетеней по округу в ящиках {got}, по партийным спискам {want} (разница {gap})",
			"кутулардан табылган округ бюллетендери {got}, партиялык тизме бюллетендери {want} (айырма {gap})"}),
	def(DuplicatePrecinct, Error,
		"each precinct ID is defined once",
		Message{"Precinct defined more than once",
			"Участок определён более одного раза",
			"Участок бир нече жолу аныкталган"},
		Message{"defined {got} times",
			"определён несколько раз (число определений: {got})",
			"{got} жолу аныкталган"}),
	def(DuplicateProtocol, Error,
		"a precinct has at most one protocol per ballot and count (manual or machine)",
		Message{"Duplicate protocol", "Повторяющийся протокол", "Кайталанган протокол"},
		Message{"{got} protocols of the same precinct, ballot and count",
			"протоколов одного участка по одному бюллетеню и виду подсчёта: {got}",
			"бир участоктун бир бюллетень жана бир эсептөө түрү боюнча протоколдору: {got}"}),
	def(UnknownPrecinct, Error,
		"every protocol belongs to a defined precinct",
		Message{"Protocol of an unknown precinct",
			"Протокол неизвестного участка",
			"Белгисиз участоктун протоколу"},
		Message{"no such precinct is defined",
			"такой участок не определён",
			"мындай шайлоо участогу аныкталган эмес"}),
	def(UnknownParty, Error,
		"every choice on a list-ballot protocol is a defined party or against all",
		Message{"Votes for a party not on the ballot",
			"Голоса за партию, которой нет в бюллетене",
			"Бюллетенде жок партия үчүн добуштар"},
		Message{"votes for «{choice}»: {got}, but no such party is on the list ballot",
			"голосов за «{choice}»: {got}, но такой партии нет в бюллетене",
			"«{choice}» үчүн {got} добуш, бирок мындай партия бюллетенде жок"}),
	def(UnknownCandidate, Error,
		"every choice on an okrug-ballot protocol is a candidate standing in the precinct's okrug or against all",
		Message{"Votes for a candidate not standing in the okrug",
			"Голоса за кандидата, не баллотирующегося в округе",
			"Округда ат салышпаган талапкерге добуштар"},
		Message{"votes for «{choice}»: {got}, but no such candidate stands in okrug {okrug}",
			"голосов за «{choice}»: {got}, но такой кандидат не баллотируется в округе {okrug}",
			"«{choice}» үчүн {got} добуш, бирок ал {okrug} округунда талапкер эмес"}),
	def(UnknownPreference, Error,
		"every preference vote is for a candidate on a party list",
		Message{"Preference votes for a candidate on no list",
			"Преференциальные голоса за кандидата, которого нет ни в одном списке",
			"Эч бир тизмеде жок талапкерге преференциялык добуштар"},
		Message{"preference votes for «{candidate}»: {got}, but no such candidate is on a party list",
			"преференциальных голосов за «{candidate}»: {got}, но этого кандидата нет ни в одном партийном списке",
			"«{candidate}» үчүн {got} преференциялык добуш, бирок ал эч бир партиялык тизмеде жок"}),
	def(UnknownOkrug, Error,
		"every precinct's okrug is defined",
		Message{"Precinct in an unknown okrug",
			"Участок в неизвестном округе",
			"Участок белгисиз округда"},
		Message{"okrug {okrug} is not defined",
			"округ {okrug} не определён",
			"{okrug} округу аныкталган эмес"}),
	def(UnknownRegion, Error,
		"every precinct's region is defined",
		Message{"Precinct in an unknown region",
			"Участок в неизвестном регионе",
			"Участок белгисиз аймакта"},
		Message{"region {region} is not defined",
			"регион {region} не определён",
			"{region} аймагы аныкталган эмес"}),
	def(OkrugAbroad, Error,
		"a precinct abroad issues only the list ballot: it has no okrug-ballot protocol",
		Message{"Okrug-ballot protocol from a precinct abroad",
			"Протокол по округу с зарубежного участка",
			"Чет өлкөдөгү участоктон округ боюнча протокол"},
		Message{"the precinct is abroad and issues only the list ballot",
			"участок находится за рубежом и выдаёт только бюллетени по партийным спискам",
			"участок чет өлкөдө жайгашкан, анда партиялык тизмелер боюнча бюллетень гана берилет"}),
	def(MissingListProtocol, Warning,
		"every precinct has a manual-count protocol of the list ballot",
		Message{"No manual-count list protocol",
			"Нет протокола ручного подсчёта по партийным спискам",
			"Партиялык тизмелер боюнча кол менен эсептөөнүн протоколу жок"},
		Message{"no manual-count protocol of the list ballot",
			"нет протокола ручного подсчёта по партийным спискам",
			"партиялык тизмелер боюнча кол менен эсептөөнүн протоколу жок"}),
	def(MissingOkrugProtocol, Warning,
		"every precinct in the country with an okrug has a manual-count protocol of the okrug ballot",
		Message{"No manual-count okrug protocol",
			"Нет протокола ручного подсчёта по одномандатному округу",
			"Бир мандаттуу округ боюнча кол менен эсептөөнүн протоколу жок"},
		Message{"no manual-count protocol of the okrug ballot",
			"нет протокола ручного подсчёта по одномандатному округу",
			"бир мандаттуу округ боюнча кол менен эсептөөнүн протоколу жок"}),
	def(NoOkrug, Warning,
		"every precinct in the country names its okrug (when the election defines okrugs)",
		Message{"Precinct in the country without an okrug",
			"У участка в стране не указан округ",
			"Өлкө ичиндеги участоктун округу көрсөтүлгөн эмес"},
		Message{"the precinct is in the country but names no okrug",
			"участок находится в стране, но его округ не указан",
			"участок өлкө ичинде, бирок анын округу көрсөтүлгөн эмес"}),
	def(NoRegion, Warning,
		"every precinct in the country names its region (when the election defines regions)",
		Message{"Precinct in the country without a region",
			"У участка в стране не указан регион",
			"Өлкө ичиндеги участоктун аймагы көрсөтүлгөн эмес"},
		Message{"the precinct is in the country but names no region",
			"участок находится в стране, но его регион не указан",
			"участок өлкө ичинде, бирок анын аймагы көрсөтүлгөн эмес"}),
	def(DuplicateParty, Error,
		"each party ID is defined once",
		Message{"Party defined more than once",
			"Партия определена более одного раза",
			"Партия бир нече жолу аныкталган"},
		Message{"defined {got} times",
			"партия определена несколько раз (число определений: {got})",
			"{got} жолу аныкталган"}),
	def(DuplicateOkrug, Error,
		"each okrug ID is defined once",
		Message{"Okrug defined more than once",
			"Округ определён более одного раза",
			"Округ бир нече жолу аныкталган"},
		Message{"defined {got} times",
			"определён несколько раз (число определений: {got})",
			"{got} жолу аныкталган"}),
	def(DuplicateRegion, Error,
		"each region ID is defined once",
		Message{"Region defined more than once",
			"Регион определён более одного раза",
			"Аймак бир нече жолу аныкталган"},
		Message{"defined {got} times",
			"определён несколько раз (число определений: {got})",
			"{got} жолу аныкталган"}),
	def(DuplicateListCandidate, Error,
		"a candidate stands on one party list only, once",
		Message{"Candidate on more than one list place",
			"Кандидат занимает более одного места в списках",
			"Талапкер тизмелерде бир нече жолу катталган"},
		Message{"candidate «{candidate}» holds {got} places on the party lists",
			"кандидат «{candidate}» занимает мест в партийных списках: {got}",
			"«{candidate}» талапкери партиялык тизмелерде {got} жолу катталган"}),
	def(DuplicateOkrugCandidate, Error,
		"a candidate stands once in an okrug",
		Message{"Candidate registered twice in an okrug",
			"Кандидат зарегистрирован в округе дважды",
			"Талапкер округда эки жолу катталган"},
		Message{"candidate «{candidate}» is registered {got} times in okrug {okrug}",
			"кандидат «{candidate}» зарегистрирован в округе {okrug} несколько раз (число записей: {got})",
			"«{candidate}» талапкери {okrug} округунда {got} жолу катталган"}),
	def(ReservedID, Error,
		"no party or candidate uses the ID of against all (\"against_all\")",
		Message{"A party or candidate uses the ID of against all",
			"Партия или кандидат использует идентификатор «против всех»",
			"Партия же талапкер «бардык каршы» идентификаторун колдонот"},
		Message{"the ID «{got}» is reserved for the choice against all",
			"идентификатор «{got}» зарезервирован для варианта «против всех»",
			"«{got}» идентификатору «бардык каршы» тандоосу үчүн гана колдонулат"}),
	def(OkrugUnknownRegion, Error,
		"every okrug's region is defined",
		Message{"Okrug in an unknown region",
			"Округ в неизвестном регионе",
			"Округ белгисиз аймакта"},
		Message{"region {region} is not defined",
			"регион {region} не определён",
			"{region} аймагы аныкталган эмес"}),
	def(OkrugPreferences, Error,
		"preference votes appear only on list-ballot protocols",
		Message{"Preference votes on an okrug-ballot protocol",
			"Преференциальные голоса в протоколе по округу",
			"Округ боюнча протоколдо преференциялык добуштар"},
		Message{"preference votes for «{candidate}»: {got}, but an okrug-ballot protocol has no preference votes",
			"преференциальных голосов за «{candidate}»: {got}, но в протоколе по округу их не бывает",
			"«{candidate}» үчүн {got} преференциялык добуш, бирок округ боюнча протоколдо алар болбойт"}),
	def(BaseLineMissing, Error,
		"every counted list-ballot protocol gives each line of the threshold base the rule set names (participants: invalid and valid; found: found_mobile and found_stationary; valid; voters)",
		Message{"Protocol lacks a line of the threshold base",
			"В протоколе нет строки, из которой складывается база порога",
			"Протоколдо босогонун базасы түзүлгөн сап жок"},
		Message{"{what} is not given, but the {base} threshold base needs it: the base is not computed, never taken smaller",
			"{what}: строка не заполнена, а база порога ({base}) без неё не вычисляется: база не считается меньшей, она не определена",
			"{what}: сап толтурулган эмес, ал эми босогонун базасы ({base}) ансыз эсептелбейт: база кичирейтилбейт, ал аныкталбайт"}),
	def(UnknownLine, Error,
		"every line of a protocol is a protocol line (voters, received, issued_in_room, issued_outside, issued_early, cancelled, found_mobile, found_stationary, invalid, valid, lost, unaccounted)",
		Message{"Unknown protocol line",
			"Неизвестная строка протокола",
			"Протоколдун белгисиз сабы"},
		Message{"{what} is no protocol line: its figure {got} is counted nowhere, and the line it was meant for is missing",
			"{what} не является строкой протокола: число {got} нигде не учитывается, а строка, для которой оно предназначалось, отсутствует",
			"{what} протоколдун сабы эмес: {got} саны эч жерде эсепке алынбайт, ал эми ал арналган сап жок"}),
	def(MissingVotes, Error,
		"every counted (manual-count) protocol gives the votes for each choice on its ballot, against all included: a party on the list ballot, a candidate standing in the precinct's okrug on the okrug ballot",
		Message{"Protocol without the votes for a choice",
			"В протоколе нет голосов за вариант из бюллетеня",
			"Протоколдо бюллетендеги тандоо үчүн добуштар жок"},
		Message{"the votes for {choice} are not given: they are not counted as 0, the count of the ballot rests on a missing figure",
			"голоса за {choice} не указаны: они не считаются нулём, подсчёт по бюллетеню зависит от отсутствующего числа",
			"{choice} үчүн добуштар көрсөтүлгөн эмес: алар нөл деп эсептелбейт, бюллетень боюнча эсеп жок санга көз каранды"}),

	// S3xx: published summary.
	def(PublishedPercent, Error,
		"published percentage = 100 × votes / base, rounded as the rule set says percentages are published",
		Message{"Published percentage does not match the votes",
			"Опубликованный процент не соответствует голосам",
			"Жарыяланган пайыз добуштарга туура келбейт"},
		Message{"published {got}%, but 100 × {votes} / {base} = {exact}, which rounds ({rounding}, {decimals} decimals) to {rounded}%",
			"опубликовано {got}%, но 100 × {votes} / {base} = {exact}, что при округлении ({rounding}, знаков после запятой: {decimals}) даёт {rounded}%",
			"жарыяланганы {got}%, бирок 100 × {votes} / {base} = {exact}, тегеректегенде ({rounding}, үтүрдөн кийин {decimals} белги) {rounded}% болот"}),
	def(PublishedVotes, Error,
		"published votes of a list = the recounted votes",
		Message{"Published votes differ from the recount",
			"Опубликованные голоса расходятся с пересчётом",
			"Жарыяланган добуштар кайра эсептөөдөн айырмаланат"},
		Message{"published {got} votes, recount {want} (gap {gap})",
			"опубликовано голосов: {got}, по пересчёту: {want} (разница {gap})",
			"жарыяланган добуштар {got}, кайра эсептөө боюнча {want} (айырма {gap})"}),
	def(SharesOver100, Error,
		"sum of the published shares (lists and against all) <= 100% + n × half a unit of the last published decimal",
		Message{"Published shares add up to more than 100%",
			"Сумма опубликованных долей больше 100%",
			"Жарыяланган үлүштөрдүн суммасы 100%дан ашат"},
		Message{"the {n} published shares add up to {got}%, more than {bound}% (100% plus the rounding allowance)",
			"сумма {n} опубликованных долей равна {got}%, что больше {bound}% (100% плюс допуск на округление)",
			"жарыяланган {n} үлүштүн суммасы {got}%, бул {bound}%дан (100% жана тегеректөөгө уруксат берилген четтөө) ашык"}),
	def(PublishedTurnout, Error,
		"published turnout = 100 × participants / voters on the list, rounded as published",
		Message{"Published turnout does not match",
			"Опубликованная явка не соответствует",
			"Жарыяланган катышуу туура келбейт"},
		Message{"published {got}%, but 100 × {votes} / {base} = {exact}, which rounds ({rounding}, {decimals} decimals) to {rounded}%",
			"опубликовано {got}%, но 100 × {votes} / {base} = {exact}, что при округлении ({rounding}, знаков после запятой: {decimals}) даёт {rounded}%",
			"жарыяланганы {got}%, бирок 100 × {votes} / {base} = {exact}, тегеректегенде ({rounding}, үтүрдөн кийин {decimals} белги) {rounded}% болот"}),
	def(PublishedParticipants, Error,
		"published number of voters who took part = the recount",
		Message{"Published participants differ from the recount",
			"Опубликованное число участников голосования расходится с пересчётом",
			"Жарыяланган катышкандардын саны кайра эсептөөдөн айырмаланат"},
		Message{"published {got} voters who took part, recount {want} (gap {gap})",
			"опубликовано принявших участие: {got}, по пересчёту: {want} (разница {gap})",
			"жарыяланган катышкандардын саны {got}, кайра эсептөө боюнча {want} (айырма {gap})"}),
	def(PublishedVoters, Error,
		"published number of voters on the list = the recount",
		Message{"Published voters on the list differ from the recount",
			"Опубликованное число избирателей расходится с пересчётом",
			"Жарыяланган шайлоочулардын саны кайра эсептөөдөн айырмаланат"},
		Message{"published {got} voters on the list, recount {want} (gap {gap})",
			"опубликовано избирателей в списках: {got}, по пересчёту: {want} (разница {gap})",
			"жарыяланган тизмедеги шайлоочулардын саны {got}, кайра эсептөө боюнча {want} (айырма {gap})"}),
	def(PublishedSeats, Error,
		"published seats of a list = the seats recomputed",
		Message{"Published seats differ from the recount",
			"Опубликованное число мандатов расходится с пересчётом",
			"Жарыяланган мандаттардын саны кайра эсептөөдөн айырмаланат"},
		Message{"published {got} seats, recount {want} (gap {gap})",
			"опубликовано мандатов: {got}, по пересчёту: {want} (разница {gap})",
			"жарыяланган мандаттар {got}, кайра эсептөө боюнча {want} (айырма {gap})"}),
	def(PublishedWinner, Error,
		"published okrug winner = the winner recomputed",
		Message{"Published okrug winner differs from the recount",
			"Опубликованный победитель по округу расходится с пересчётом",
			"Округ боюнча жарыяланган жеңүүчү кайра эсептөөдөн айырмаланат"},
		Message{"published winner «{got}», recount «{want}»",
			"опубликованный победитель «{got}», по пересчёту «{want}»",
			"жарыяланган жеңүүчү «{got}», кайра эсептөө боюнча «{want}»"}),
	def(PublishedOutcome, Error,
		"published okrug outcome (elected, repeat election, ...) = the outcome recomputed",
		Message{"Published okrug outcome differs from the recount",
			"Опубликованный итог по округу расходится с пересчётом",
			"Округ боюнча жарыяланган жыйынтык кайра эсептөөдөн айырмаланат"},
		Message{"published outcome «{got}», recount «{want}»",
			"опубликованный итог «{got}», по пересчёту «{want}»",
			"жарыяланган жыйынтык «{got}», кайра эсептөө боюнча «{want}»"}),
	def(PublishedUnknownList, Error,
		"every list in the published summary is in the recount",
		Message{"Published list not in the recount",
			"Опубликованного списка нет в пересчёте",
			"Жарыяланган тизме кайра эсептөөдө жок"},
		Message{"list «{party}» is in the published summary but not in the recount",
			"список «{party}» есть в опубликованных итогах, но его нет в пересчёте",
			"«{party}» тизмеси жарыяланган жыйынтыкта бар, бирок кайра эсептөөдө жок"}),
	def(PublishedMissingList, Warning,
		"every list in the recount is in the published summary",
		Message{"List missing from the published summary",
			"Списка нет в опубликованных итогах",
			"Тизме жарыяланган жыйынтыкта жок"},
		Message{"list «{party}» is in the recount but not in the published summary",
			"список «{party}» есть в пересчёте, но его нет в опубликованных итогах",
			"«{party}» тизмеси кайра эсептөөдө бар, бирок жарыяланган жыйынтыкта жок"}),
	def(PublishedUnknownOkrug, Error,
		"every okrug in the published summary is in the recount",
		Message{"Published okrug not in the recount",
			"Опубликованного округа нет в пересчёте",
			"Жарыяланган округ кайра эсептөөдө жок"},
		Message{"okrug {okrug} is in the published summary but not in the recount",
			"округ {okrug} есть в опубликованных итогах, но его нет в пересчёте",
			"{okrug} округу жарыяланган жыйынтыкта бар, бирок кайра эсептөөдө жок"}),
	def(PublishedMissingOkrug, Warning,
		"every okrug in the recount is in the published summary",
		Message{"Okrug missing from the published summary",
			"Округа нет в опубликованных итогах",
			"Округ жарыяланган жыйынтыкта жок"},
		Message{"okrug {okrug} is in the recount but not in the published summary",
			"округ {okrug} есть в пересчёте, но его нет в опубликованных итогах",
			"{okrug} округу кайра эсептөөдө бар, бирок жарыяланган жыйынтыкта жок"}),
	def(PublishedDuplicate, Error,
		"each list and each okrug appears once in the published summary",
		Message{"List or okrug published twice",
			"Список или округ опубликован дважды",
			"Тизме же округ эки жолу жарыяланган"},
		Message{"«{subject}» appears {got} times in the published summary",
			"«{subject}» встречается в опубликованных итогах несколько раз (число записей: {got})",
			"«{subject}» жарыяланган жыйынтыкта {got} жолу кездешет"}),

	// C4xx: a citizen's copy of a protocol.
	def(CopyLine, Error,
		"a line of the citizen's copy = the same line of the published protocol",
		Message{"Copy and published protocol differ on a line",
			"Копия и опубликованный протокол расходятся по строке",
			"Көчүрмө менен жарыяланган протокол сап боюнча айырмаланат"},
		Message{"{what}: copy {got}, published {want} (gap {gap})",
			"{what}: в копии {got}, в опубликованном протоколе {want} (разница {gap})",
			"{what}: көчүрмөдө {got}, жарыяланган протоколдо {want} (айырма {gap})"}),
	def(CopyVotes, Error,
		"the votes for a choice on the citizen's copy = on the published protocol",
		Message{"Copy and published protocol differ on the votes for a choice",
			"Копия и опубликованный протокол расходятся по голосам",
			"Көчүрмө менен жарыяланган протокол добуштар боюнча айырмаланат"},
		Message{"{what}: copy {got}, published {want} (gap {gap})",
			"{what}: в копии {got}, в опубликованном протоколе {want} (разница {gap})",
			"{what}: көчүрмөдө {got}, жарыяланган протоколдо {want} (айырма {gap})"}),
	def(CopyPreferences, Error,
		"the preference votes for a candidate on the citizen's copy = on the published protocol",
		Message{"Copy and published protocol differ on preference votes",
			"Копия и опубликованный протокол расходятся по преференциальным голосам",
			"Көчүрмө менен жарыяланган протокол преференциялык добуштар боюнча айырмаланат"},
		Message{"{what}: copy {got}, published {want} (gap {gap})",
			"{what}: в копии {got}, в опубликованном протоколе {want} (разница {gap})",
			"{what}: көчүрмөдө {got}, жарыяланган протоколдо {want} (айырма {gap})"}),
	def(CopyOnly, Warning,
		"every figure on the citizen's copy is in the published protocol",
		Message{"Figure on the copy but not in the published protocol",
			"Показатель есть в копии, но нет в опубликованном протоколе",
			"Көрсөткүч көчүрмөдө бар, бирок жарыяланган протоколдо жок"},
		Message{"{what} is on the copy ({got}) but not in the published protocol",
			"{what}: есть в копии ({got}), но нет в опубликованном протоколе",
			"{what}: көчүрмөдө бар ({got}), бирок жарыяланган протоколдо жок"}),
	def(PublishedOnly, Warning,
		"every figure of the published protocol is on the citizen's copy",
		Message{"Figure in the published protocol but not on the copy",
			"Показатель есть в опубликованном протоколе, но нет в копии",
			"Көрсөткүч жарыяланган протоколдо бар, бирок көчүрмөдө жок"},
		Message{"{what} is in the published protocol ({want}) but not on the copy",
			"{what}: есть в опубликованном протоколе ({want}), но нет в копии",
			"{what}: жарыяланган протоколдо бар ({want}), бирок көчүрмөдө жок"}),
	def(CopyMismatch, Error,
		"the copy and the published protocol are of the same precinct and ballot",
		Message{"Copy and published protocol are of different precincts or ballots",
			"Копия и опубликованный протокол относятся к разным участкам или бюллетеням",
			"Көчүрмө менен жарыяланган протокол башка-башка участокко же бюллетенге тиешелүү"},
		Message{"the copy is of {got}, the published protocol of {want}; nothing else was compared",
			"копия относится к {got}, опубликованный протокол к {want}; больше ничего не сравнивалось",
			"көчүрмө {got} тиешелүү, жарыяланган протокол {want} тиешелүү; башка эч нерсе салыштырылган жок"}),

	// L5xx: list registration.
	def(ListTooLong, Error,
		"a party list has at most MaxCandidates candidates (54 in 2021)",
		Message{"Too many candidates on the list",
			"Слишком много кандидатов в списке",
			"Тизмеде талапкерлер өтө көп"},
		Message{"{got} candidates, at most {bound} allowed",
			"кандидатов в списке: {got}, допускается не более {bound}",
			"тизмеде {got} талапкер, {bound} талапкерден ашпашы керек"}),
	def(ListOneSex, Error,
		"at most MaxOneSexPercent% of a list's candidates are of one sex (70% in 2021)",
		Message{"Too many candidates of one sex",
			"Слишком много кандидатов одного пола",
			"Бир жыныстагы талапкерлер өтө көп"},
		Message{"{got} of {n} candidates are {sex}; at most {pct}% ({bound}) allowed",
			"{sex}: {got} из {n} кандидатов; допускается не более {pct}% ({bound})",
			"{n} талапкердин {got} — {sex}; {pct}%дан ({bound}) ашпашы керек"}),
	def(ListUnder35, Error,
		"at least MinUnder35Percent% of a list's candidates are under 35 (15% in 2021)",
		Message{"Too few candidates under 35",
			"Слишком мало кандидатов моложе 35 лет",
			"35 жашка чейинки талапкерлер өтө аз"},
		Message{"{got} of {n} candidates are under 35; at least {pct}% ({bound}) required",
			"кандидатов моложе 35 лет: {got} из {n}; требуется не менее {pct}% ({bound})",
			"{n} талапкердин {got} 35 жашка чейинки; кеминде {pct}% ({bound}) талап кылынат"}),
	def(ListMinority, Error,
		"at least MinMinorityPercent% of a list's candidates are of other ethnicities (15% in 2021)",
		Message{"Too few candidates of other ethnicities",
			"Слишком мало кандидатов других национальностей",
			"Башка улуттагы талапкерлер өтө аз"},
		Message{"{got} of {n} candidates are of other ethnicities; at least {pct}% ({bound}) required",
			"кандидатов других национальностей: {got} из {n}; требуется не менее {pct}% ({bound})",
			"{n} талапкердин {got} башка улуттардын өкүлү; кеминде {pct}% ({bound}) талап кылынат"}),
	def(ListDisability, Error,
		"at least MinDisability of a list's candidates are persons with disabilities (2 in 2021)",
		Message{"Too few candidates with disabilities",
			"Слишком мало кандидатов с ограниченными возможностями здоровья",
			"Ден соолугунун мүмкүнчүлүгү чектелген талапкерлер өтө аз"},
		Message{"{got} candidates with disabilities; at least {bound} required",
			"кандидатов с ограниченными возможностями здоровья: {got}; требуется не менее {bound}",
			"ден соолугунун мүмкүнчүлүгү чектелген талапкерлер: {got}; кеминде {bound} талап кылынат"}),

	// I6xx: input.
	def(RowUnreadable, Error,
		"every row of an input file can be read (a row skipped on request becomes this finding)",
		Message{"Unreadable input row",
			"Нечитаемая строка входного файла",
			"Киргизилген файлдын окулбаган сабы"},
		Message{"row {row}, column {column} could not be read: {reason}",
			"строку {row}, столбец {column} не удалось прочитать: {reason}",
			"{row}-сап, {column}-мамыча окулган жок: {reason}"}),
	def(UnknownBallot, Error,
		"a protocol's ballot is \"list\" or \"okrug\"",
		Message{"Protocol of an unknown ballot",
			"Протокол неизвестного вида бюллетеня",
			"Белгисиз бюллетендин протоколу"},
		Message{"ballot «{got}» is neither list nor okrug; the protocol was not checked",
			"вид бюллетеня «{got}» не является ни «list», ни «okrug»; протокол не проверялся",
			"«{got}» бюллетень түрү «list» да, «okrug» да эмес; протокол текшерилген жок"}),

	// R7xx: many sources of one protocol (package reconcile). {source} is
	// the source compared, {base} the one it is compared with: the base
	// source, or the first source that has the protocol when the base
	// has not.
	def(SourcesLine, Error,
		"a line of a protocol is the same in every source that gives it (published versions, machine count, observers' copies)",
		Message{"Sources differ on a line",
			"Источники расходятся по строке",
			"Булактар сап боюнча айырмаланат"},
		Message{"{what}: «{source}» {got}, «{base}» {want} (gap {gap})",
			"{what}: в «{source}» {got}, в «{base}» {want} (разница {gap})",
			"{what}: «{source}» булагында {got}, «{base}» булагында {want} (айырма {gap})"}),
	def(SourcesVotes, Error,
		"the votes for a choice are the same in every source that gives the protocol",
		Message{"Sources differ on the votes for a choice",
			"Источники расходятся по голосам",
			"Булактар добуштар боюнча айырмаланат"},
		Message{"{what}: «{source}» {got}, «{base}» {want} (gap {gap})",
			"{what}: в «{source}» {got}, в «{base}» {want} (разница {gap})",
			"{what}: «{source}» булагында {got}, «{base}» булагында {want} (айырма {gap})"}),
	def(SourcesPreferences, Error,
		"the preference votes for a candidate are the same in every source that gives the protocol",
		Message{"Sources differ on preference votes",
			"Источники расходятся по преференциальным голосам",
			"Булактар преференциялык добуштар боюнча айырмаланат"},
		Message{"{what}: «{source}» {got}, «{base}» {want} (gap {gap})",
			"{what}: в «{source}» {got}, в «{base}» {want} (разница {gap})",
			"{what}: «{source}» булагында {got}, «{base}» булагында {want} (айырма {gap})"}),
	def(SourcesFigureOnly, Warning,
		"two sources that give a protocol give the same figures of it (a figure one gives and the other does not is not compared)",
		Message{"Figures in one source's protocol and not in another's",
			"Показатели есть в протоколе одного источника и нет в другом",
			"Көрсөткүчтөр бир булактын протоколунда бар, башкасында жок"},
		Message{"{got} figures given by only one of «{source}» and «{base}» ({fields}); they were not compared",
			"показателей, которые есть только в одном из источников «{source}» и «{base}»: {got} ({fields}); они не сравнивались",
			"«{source}» же «{base}» булагынын бирөөсүндө гана бар көрсөткүчтөр: {got} ({fields}); алар салыштырылган жок"}),
	def(SourcesNotInBase, Error,
		"every protocol a source gives is in the base source",
		Message{"Protocol missing from the base source",
			"Протокола нет в базовом источнике",
			"Протокол негизги булакта жок"},
		Message{"«{source}» gives this protocol, «{base}» does not",
			"протокол есть в «{source}», но его нет в «{base}»",
			"бул протокол «{source}» булагында бар, «{base}» булагында жок"}),
	def(SourceDuplicate, Error,
		"a source gives each protocol (precinct, ballot, count) once, or with the same figures each time",
		Message{"Protocol given twice in one source, with different figures",
			"Протокол дважды в одном источнике, с разными цифрами",
			"Протокол бир булакта эки жолу, башка-башка сандар менен"},
		Message{"{what}: {got} here, {want} in {first} («{source}»); neither was compared",
			"{what}: здесь {got}, в {first} {want} («{source}»); ни один не сравнивался",
			"{what}: бул жерде {got}, {first} ичинде {want} («{source}»); эч бири салыштырылган жок"}),
	def(SourceDuplicateSame, Warning,
		"a source gives each protocol (precinct, ballot, count) once",
		Message{"Protocol given twice in one source, with the same figures",
			"Протокол дважды в одном источнике, с одинаковыми цифрами",
			"Протокол бир булакта эки жолу, бирдей сандар менен"},
		Message{"given again here, as in {first} («{source}»), with the same figures; compared once",
			"дан здесь повторно, как в {first} («{source}»), с теми же цифрами; сравнивался один раз",
			"бул жерде кайра берилген, {first} ичиндегидей («{source}»), ошол эле сандар менен; бир жолу салыштырылды"}),
	def(SourceUnknownPrecinct, Error,
		"every protocol of a source is of a precinct the definition defines",
		Message{"Protocol of a precinct the definition lacks",
			"Протокол участка, которого нет в определении выборов",
			"Шайлоонун аныктамасында жок участоктун протоколу"},
		Message{"«{source}» gives a protocol of precinct {precinct}, which the definition does not define; it is compared, but left out of the seat impact",
			"в «{source}» есть протокол участка {precinct}, которого нет в определении выборов; он сравнивается, но не учитывается при пересчёте мандатов",
			"«{source}» булагында {precinct} участогунун протоколу бар, ал шайлоонун аныктамасында жок; ал салыштырылат, бирок мандаттарды кайра эсептөөгө кирбейт"}),
	def(SourceUnknownBallot, Error,
		"every protocol of a source is of a ballot its precinct issues (no okrug ballot abroad or without an okrug)",
		Message{"Protocol of a ballot the precinct does not issue",
			"Протокол бюллетеня, который участок не выдаёт",
			"Участок бербеген бюллетендин протоколу"},
		Message{"«{source}» gives a protocol of the {ballot}, which precinct {precinct} does not issue; it is compared, but left out of the seat impact",
			"в «{source}» есть протокол ({ballot}), который участок {precinct} не выдаёт; он сравнивается, но не учитывается при пересчёте мандатов",
			"«{source}» булагында {precinct} участогу бербеген бюллетендин ({ballot}) протоколу бар; ал салыштырылат, бирок мандаттарды кайра эсептөөгө кирбейт"}),
}
