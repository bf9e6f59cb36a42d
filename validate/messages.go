package validate

import (
	"errors"
	"fmt"
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

// ErrUnknownCode is returned by NewFinding for a code the catalog does
// not have.
var ErrUnknownCode = errors.New("validate: unknown finding code")

// NewFinding builds a finding of code c, one of the catalog (Codes), for
// packages whose checks have their codes here (package reconcile, R7xx):
// its severity from the catalog and its message from the code's
// template, filled with want, got, gap, the place and the texts of
// vars ({source}, {base}, ...), each in en, ru and ky.
func NewFinding(c Code, p Place, want, got string, gap int64, vars map[string]Message) (Finding, error) {
	if _, ok := defOf(c); !ok {
		return Finding{}, fmt.Errorf("%w: %q", ErrUnknownCode, c)
	}
	return newFinding(c, p, want, got, gap, vars), nil
}

// render fills the template of d with the figures of f and v, and puts
// the place in front. A {name} with no figure stays as written. It runs for
// every finding (millions for a hostile file), so it fills the templates
// in one pass and builds no replacer or map.
func render(d codeDef, f Finding, v vars) Message {
	f.Place = f.Place.echo()
	lookup := func(k string) (Message, bool) {
		if m, ok := v[k]; ok {
			return m, true
		}
		switch k {
		case "want":
			return same(echo.Text(f.Want)), true
		case "got":
			return same(echo.Text(f.Got)), true
		case "gap":
			return same(signed(f.Gap)), true
		case "excess":
			return same(strconv.FormatInt(absSat(f.Gap), 10)), true
		case "precinct":
			return same(f.Place.Precinct), true
		case "okrug":
			return same(f.Place.Okrug), true
		case "region":
			return same(f.Place.Region), true
		case "party":
			return same(f.Place.Party), true
		case "candidate":
			return same(f.Place.Candidate), true
		case "choice":
			return choiceName(f.Place.Choice), true
		case "what":
			switch {
			case f.Place.Line != "":
				return lineName(f.Place.Line), true
			case f.Place.Choice != "":
				return votesFor(f.Place.Choice), true
			case f.Place.Candidate != "":
				return preferencesFor(f.Place.Candidate), true
			}
		}
		return Message{}, false
	}
	fill := func(tmpl string, pick func(Message) string) string {
		var b strings.Builder
		b.Grow(len(tmpl) + 32)
		for {
			i := strings.IndexByte(tmpl, '{')
			if i < 0 {
				b.WriteString(tmpl)
				return b.String()
			}
			j := strings.IndexByte(tmpl[i+1:], '}')
			if j < 0 {
				b.WriteString(tmpl)
				return b.String()
			}
			if m, ok := lookup(tmpl[i+1 : i+1+j]); ok {
				b.WriteString(tmpl[:i])
				b.WriteString(pick(m))
				tmpl = tmpl[i+j+2:]
				continue
			}
			b.WriteString(tmpl[:i+1])
			tmpl = tmpl[i+1:]
		}
	}
	place := placeText(f.Place)
	join := func(p, body string) string {
		if p == "" {
			return upperFirst(body) + "."
		}
		return p + ": " + body + "."
	}
	return Message{
		En: join(place.En, fill(d.body.En, func(m Message) string { return m.En })),
		Ru: join(place.Ru, fill(d.body.Ru, func(m Message) string { return m.Ru })),
		Ky: join(place.Ky, fill(d.body.Ky, func(m Message) string { return m.Ky })),
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
