package feed

import (
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/validate"
)

// The sentences the feed answers with, in English, Russian and Kyrgyz. The
// findings of a refused protocol come with their own (validate.Message).
var (
	msgAccepted     = validate.Message{En: "Protocol accepted.", Ru: "Протокол принят.", Ky: "Протокол кабыл алынды."}
	msgReplaced     = validate.Message{En: "Protocol replaced.", Ru: "Протокол заменён.", Ky: "Протокол алмаштырылды."}
	msgWithdrawn    = validate.Message{En: "Protocol withdrawn.", Ru: "Протокол отозван.", Ky: "Протокол кайтарылып алынды."}
	msgRejected     = validate.Message{En: "Protocol refused: it has error findings; nothing was recorded.", Ru: "Протокол отклонён: в нём есть ошибки; ничего не записано.", Ky: "Протокол четке кагылды: анда каталар бар; эч нерсе жазылган жок."}
	msgDuplicate    = validate.Message{En: "This precinct already has a protocol of this ballot and count: send a correction (PUT) instead.", Ru: "У этого участка уже есть протокол этого бюллетеня и этого подсчёта: отправьте исправление (PUT).", Ky: "Бул участоктун бул бюллетень жана бул эсеп боюнча протоколу бар: оңдоону (PUT) жөнөтүңүз."}
	msgNotFound     = validate.Message{En: "No protocol of this precinct, ballot and count has been accepted: nothing to correct.", Ru: "Протокол этого участка, бюллетеня и подсчёта не принимался: исправлять нечего.", Ky: "Бул участоктун, бюллетендин жана эсептин протоколу кабыл алынган эмес: оңдой турган эч нерсе жок."}
	msgNoToken      = validate.Message{En: "Writing needs a bearer token (Authorization: Bearer ...).", Ru: "Для записи нужен токен (Authorization: Bearer ...).", Ky: "Жазуу үчүн токен керек (Authorization: Bearer ...)."}
	msgBadToken     = validate.Message{En: "This token is not one of the feed's clerks'.", Ru: "Этот токен не принадлежит ни одному оператору ленты.", Ky: "Бул токен лентанын эч бир операторуна таандык эмес."}
	msgUnreadable   = validate.Message{En: "The request could not be read as a protocol.", Ru: "Запрос не удалось прочитать как протокол.", Ky: "Суроону протокол катары окуу мүмкүн болгон жок."}
	msgTooLarge     = validate.Message{En: "The request is too large for one protocol.", Ru: "Запрос слишком велик для одного протокола.", Ky: "Суроо бир протокол үчүн өтө чоң."}
	msgMediaType    = validate.Message{En: "Send a protocol as application/json, or as text/csv: a header row and one row.", Ru: "Отправьте протокол как application/json или как text/csv: строка заголовков и одна строка.", Ky: "Протоколду application/json же text/csv катары жөнөтүңүз: баш сап жана бир сап."}
	msgNoMapping    = validate.Message{En: "The feed was started without a column mapping (--mapping): it reads no CSV.", Ru: "Лента запущена без сопоставления столбцов (--mapping): CSV она не читает.", Ky: "Лента мамычалардын шайкештигисиз (--mapping) башталган: CSV окубайт."}
	msgUnavailable  = validate.Message{En: "The journal could not record the change; nothing was accepted. Try again; if it persists, the feed must be restarted.", Ru: "Журнал не смог записать изменение; ничего не принято. Повторите; если ошибка не исчезнет, ленту нужно перезапустить.", Ky: "Журнал өзгөрүүнү жаза алган жок; эч нерсе кабыл алынган жок. Кайра аракет кылыңыз; ката кайталанса, лентаны кайра иштетүү керек."}
	msgClosed       = validate.Message{En: "The feed is shutting down; nothing was accepted.", Ru: "Лента останавливается; ничего не принято.", Ky: "Лента токтоп жатат; эч нерсе кабыл алынган жок."}
	msgBadQuery     = validate.Message{En: "Name the protocol: ?precinct=ID&ballot=list|okrug&count=manual|machine.", Ru: "Укажите протокол: ?precinct=ID&ballot=list|okrug&count=manual|machine.", Ky: "Протоколду көрсөтүңүз: ?precinct=ID&ballot=list|okrug&count=manual|machine."}
	msgKeyMismatch  = validate.Message{En: "The protocol in the body is not the one the query names.", Ru: "Протокол в теле запроса не тот, что указан в параметрах.", Ky: "Суроонун денесиндеги протокол параметрлерде көрсөтүлгөн протокол эмес."}
	msgInternal     = validate.Message{En: "The count could not take the protocol; nothing was recorded.", Ru: "Подсчёт не смог принять протокол; ничего не записано.", Ky: "Эсептөө протоколду кабыл ала алган жок; эч нерсе жазылган жок."}
	msgSubscribers  = validate.Message{En: "Too many followers of the feed; try again later.", Ru: "Слишком много подписчиков ленты; повторите позже.", Ky: "Лентанын жазылуучулары өтө көп; кийинчерээк кайталаңыз."}
	msgCSVOneRow    = validate.Message{En: "A CSV request holds a header row and exactly one protocol row.", Ru: "CSV-запрос содержит строку заголовков и ровно одну строку протокола.", Ky: "CSV суроодо баш сап жана так бир протокол сабы болот."}
	msgMappingUnset = validate.Message{En: "Several mappings were given: name one with ?mapping=NAME.", Ru: "Дано несколько сопоставлений: укажите одно через ?mapping=NAME.", Ky: "Бир нече шайкештик берилген: бирин ?mapping=NAME менен көрсөтүңүз."}
)

// language is the language of the answer to a request: the best of ky, ru
// and en that its Accept-Language header asks for (by q value, then
// order), English when it asks for none of them.
func language(header string) string {
	best, bestQ := "en", -1
	for _, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(part, ";")
		lang, ok := validate.Language(tag)
		if !ok {
			continue
		}
		q := 1000
		if v, found := strings.CutPrefix(strings.TrimSpace(params), "q="); found {
			q = qvalue(v)
		}
		if q > bestQ && q > 0 {
			best, bestQ = lang, q
		}
	}
	return best
}

// qvalue reads a q value ("0.8") in thousandths, exactly; 0 for one that
// does not read.
func qvalue(s string) int {
	s = strings.TrimSpace(s)
	whole, frac, _ := strings.Cut(s, ".")
	if (whole != "0" && whole != "1") || len(frac) > 3 {
		return 0
	}
	frac += strings.Repeat("0", 3-len(frac))
	n, err := strconv.Atoi(frac)
	if err != nil || n < 0 {
		return 0
	}
	if whole == "1" {
		if n != 0 {
			return 0
		}
		return 1000
	}
	return n
}
