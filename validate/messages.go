package validate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// vars are the figures of a message beyond those of the finding itself,
// each in the three languages.
type vars map[string]Message

func same(s string) Message { return Message{s, s, s} }

// newFinding builds a finding of code c with its severity from the code
// table and its message rendered from the code's template.
func newFinding(c Code, p Place, want, got string, gap int64, v vars) Finding {
	d, _ := defOf(c)
	f := Finding{Code: c, Severity: d.Severity, Place: p, Want: want, Got: got, Gap: gap}
	f.Message = render(d, f, v)
	return f
}

// render fills the template of d with the figures of f and v, and puts
// the place in front.
func render(d codeDef, f Finding, v vars) Message {
	f.Place = f.Place.echo()
	all := vars{
		"want":      same(echo.Text(f.Want)),
		"got":       same(echo.Text(f.Got)),
		"gap":       same(signed(f.Gap)),
		"excess":    same(strconv.FormatInt(absSat(f.Gap), 10)),
		"precinct":  same(f.Place.Precinct),
		"okrug":     same(f.Place.Okrug),
		"region":    same(f.Place.Region),
		"party":     same(f.Place.Party),
		"candidate": same(f.Place.Candidate),
		"choice":    choiceName(f.Place.Choice),
	}
	if f.Place.Line != "" {
		all["what"] = lineName(f.Place.Line)
	} else if f.Place.Choice != "" {
		all["what"] = votesFor(f.Place.Choice)
	} else if f.Place.Candidate != "" {
		all["what"] = preferencesFor(f.Place.Candidate)
	}
	for k, m := range v {
		all[k] = m
	}
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fill := func(pick func(Message) string) string {
		pairs := make([]string, 0, 2*len(keys))
		for _, k := range keys {
			pairs = append(pairs, "{"+k+"}", pick(all[k]))
		}
		return strings.NewReplacer(pairs...).Replace(pick(d.body))
	}
	place := placeText(f.Place)
	join := func(p, body string) string {
		if p == "" {
			return upperFirst(body) + "."
		}
		return p + ": " + body + "."
	}
	return Message{
		En: join(place.En, fill(func(m Message) string { return m.En })),
		Ru: join(place.Ru, fill(func(m Message) string { return m.Ru })),
		Ky: join(place.Ky, fill(func(m Message) string { return m.Ky })),
	}
}

func signed(n int64) string {
	if n > 0 {
		return "+" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// echo returns p with its texts as a message may repeat them: control
// characters escaped, long values cut (internal/echo). The IDs come from
// input files, where they may be anything.
func (p Place) echo() Place {
	for _, s := range []*string{&p.Region, &p.Okrug, &p.Precinct, &p.Party, &p.Candidate, &p.Line, &p.Choice, &p.File} {
		*s = echo.Text(*s)
	}
	p.Ballot = election.BallotKind(echo.Text(p.Ballot))
	return p
}

// placeText writes a place as the start of a sentence.
func placeText(p Place) Message {
	var m Message
	switch p.Level {
	case LevelPrecinct:
		m = Message{"Precinct " + p.Precinct, "Участок " + p.Precinct, p.Precinct + " шайлоо участогу"}
		if p.Ballot != "" {
			b := ballotName(p.Ballot)
			m.En += ", " + b.En
			m.Ru += ", " + b.Ru
			m.Ky += ", " + b.Ky
			c := Message{"manual count", "ручной подсчёт", "кол менен эсептөө"}
			if p.Machine {
				c = Message{"machine count", "автоматический подсчёт", "автоматтык эсептөө"}
			}
			m.En += " (" + c.En + ")"
			m.Ru += " (" + c.Ru + ")"
			m.Ky += " (" + c.Ky + ")"
		}
	case LevelOkrug:
		m = Message{"Okrug " + p.Okrug, "Округ " + p.Okrug, p.Okrug + " округу"}
	case LevelRegion:
		m = Message{"Region " + p.Region, "Регион " + p.Region, p.Region + " аймагы"}
	case LevelList:
		if p.Party != "" {
			m = Message{"List «" + p.Party + "»", "Список «" + p.Party + "»", "«" + p.Party + "» тизмеси"}
		} else {
			m = Message{"Party lists", "Партийные списки", "Партиялык тизмелер"}
		}
	case LevelNation:
		m = Message{"Nation", "В целом по стране", "Өлкө боюнча"}
	case LevelFile:
		m = Message{"File " + p.File, "Файл " + p.File, p.File + " файлы"}
	}
	return m
}

func ballotName(b election.BallotKind) Message {
	switch b {
	case election.ListBallot:
		return Message{"list ballot", "бюллетень по партийным спискам", "партиялык тизмелер боюнча бюллетень"}
	case election.OkrugBallot:
		return Message{"okrug ballot", "бюллетень по одномандатному округу", "бир мандаттуу округ боюнча бюллетень"}
	}
	return Message{"ballot «" + string(b) + "»", "бюллетень «" + string(b) + "»", "«" + string(b) + "» бюллетени"}
}

// lineNames are the protocol lines in the words of the paper form.
var lineNames = map[election.Line]Message{
	election.Voters:          {"voters on the list", "число избирателей в списке", "тизмедеги шайлоочулардын саны"},
	election.Received:        {"ballots received", "получено бюллетеней", "алынган бюллетендер"},
	election.IssuedInRoom:    {"ballots issued in the polling room", "выдано бюллетеней в помещении для голосования", "шайлоо бөлмөсүндө берилген бюллетендер"},
	election.IssuedOutside:   {"ballots issued outside the polling room", "выдано бюллетеней вне помещения для голосования", "шайлоо бөлмөсүнөн тышкары берилген бюллетендер"},
	election.IssuedEarly:     {"ballots issued early", "выдано бюллетеней досрочно", "мөөнөтүнөн мурда берилген бюллетендер"},
	election.Cancelled:       {"ballots cancelled", "погашено бюллетеней", "жокко чыгарылган бюллетендер"},
	election.FoundMobile:     {"ballots found in mobile boxes", "бюллетеней в переносных ящиках", "көчмө кутулардагы бюллетендер"},
	election.FoundStationary: {"ballots found in stationary boxes", "бюллетеней в стационарных ящиках", "стационардык кутулардагы бюллетендер"},
	election.Invalid:         {"invalid ballots", "недействительных бюллетеней", "жараксыз бюллетендер"},
	election.Valid:           {"valid ballots", "действительных бюллетеней", "жарактуу бюллетендер"},
	election.Lost:            {"ballots lost", "утрачено бюллетеней", "жоголгон бюллетендер"},
	election.Unaccounted:     {"ballots not accounted for at receipt", "не учтено бюллетеней при получении", "алууда эсепке алынбаган бюллетендер"},
}

// summaryNames are the figures of a published summary, as Place.Line
// names them.
var summaryNames = map[string]Message{
	"votes":        {"votes", "голоса", "добуштар"},
	"percent":      {"percentage", "процент", "пайыз"},
	"seats":        {"seats", "мандаты", "мандаттар"},
	"turnout":      {"turnout", "явка", "катышуу"},
	"participants": {"voters who took part", "число принявших участие", "катышкандардын саны"},
	"voters":       {"voters on the list", "число избирателей", "шайлоочулардын саны"},
	"winner":       {"winner", "победитель", "жеңүүчү"},
	"outcome":      {"outcome", "итог", "жыйынтык"},
	"sum":          {"sum of the shares", "сумма долей", "үлүштөрдүн суммасы"},
}

func lineName(l string) Message {
	if m, ok := lineNames[election.Line(l)]; ok {
		return m
	}
	if m, ok := summaryNames[l]; ok {
		return m
	}
	return Message{"line «" + l + "»", "строка «" + l + "»", "«" + l + "» сабы"}
}

func choiceName(c string) Message {
	if c == election.AgainstAll {
		return Message{"against all", "против всех", "бардык каршы"}
	}
	return same(c)
}

func votesFor(c string) Message {
	if c == election.AgainstAll {
		return Message{"votes against all", "голоса «против всех»", "«бардык каршы» добуштары"}
	}
	return Message{"votes for «" + c + "»", "голоса за «" + c + "»", "«" + c + "» үчүн добуштар"}
}

func preferencesFor(c string) Message {
	return Message{"preference votes for «" + c + "»", "преференциальные голоса за «" + c + "»", "«" + c + "» үчүн преференциялык добуштар"}
}
