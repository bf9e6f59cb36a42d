package validate_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// A precinct whose list protocol has one ballot received too many, and
// whose machine count gave a party three votes more than the hand count.
func ExampleCheck() {
	manual := election.Protocol{
		Precinct: "1001", Ballot: election.ListBallot,
		Lines: map[election.Line]int64{
			election.Voters: 1200, election.Received: 1001,
			election.IssuedInRoom: 600, election.IssuedOutside: 20, election.IssuedEarly: 0,
			election.Cancelled: 380, election.Lost: 0, election.Unaccounted: 0,
			election.FoundMobile: 20, election.FoundStationary: 598,
			election.Invalid: 18, election.Valid: 600,
		},
		Votes: map[string]int64{"ata-jurt": 350, "ishenim": 230, election.AgainstAll: 20},
	}
	machine := election.Protocol{
		Precinct: "1001", Ballot: election.ListBallot, Machine: true,
		Lines: map[election.Line]int64{election.Invalid: 15, election.Valid: 603},
		Votes: map[string]int64{"ata-jurt": 353, "ishenim": 230, election.AgainstAll: 20},
	}
	e := &election.Election{
		Parties:   []election.Party{{ID: "ata-jurt"}, {ID: "ishenim"}},
		Precincts: []election.Precinct{{ID: "1001", Abroad: true}},
		Protocols: []election.Protocol{manual, machine},
	}
	rep, err := validate.Check(e, validate.Rules{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Findings {
		fmt.Printf("%s %s want %s got %s gap %+d\n", f.Code, f.Severity, f.Want, f.Got, f.Gap)
		fmt.Println(" ", f.Message().En)
	}
	fmt.Println(rep.Findings[0].Message().Ru)
	fmt.Println(rep.Findings[0].Message().Ky)
	fmt.Println("machine gaps:", rep.MachineGaps)
	fmt.Println("error:", errors.Is(rep.Err(), validate.ErrFindings))
	// Output:
	// P101 error want 1000 got 1001 gap +1
	//   Precinct 1001, list ballot (manual count): ballots received 1001, but issued + cancelled + lost − not accounted for = 1000 (gap +1).
	// X201 error want 18 got 15 gap -3
	//   Precinct 1001, list ballot (machine count): invalid ballots: machine count 15, manual count 18 (gap -3).
	// X201 error want 600 got 603 gap +3
	//   Precinct 1001, list ballot (machine count): valid ballots: machine count 603, manual count 600 (gap +3).
	// X202 error want 350 got 353 gap +3
	//   Precinct 1001, list ballot (machine count): votes for «ata-jurt»: machine count 353, manual count 350 (gap +3).
	// Участок 1001, бюллетень по партийным спискам (ручной подсчёт): получено бюллетеней 1001, а выдано + погашено + утрачено − не учтено при получении = 1000 (разница +1).
	// 1001 шайлоо участогу, партиялык тизмелер боюнча бюллетень (кол менен эсептөө): алынган бюллетендер 1001, ал эми берилгендер + жокко чыгарылгандар + жоголгондор − алууда эсепке алынбагандар = 1000 (айырма +1).
	// machine gaps: [{1001 9 3}]
	// error: true
}

// The results portal on election night 2021 showed party shares that
// added up to about 140%: a formula "added two positions". Here each row
// shows its own share plus the shares of the two rows below it, against
// the final votes of 15 December 2021. Every wrong line is flagged with
// the exact value, and so is the sum.
func ExampleCheckPublished() {
	rc := validate.Recount{Participants: 1281622, Voters: 3703420}
	s := validate.Summary{Source: "results portal, election night (reconstruction)"}
	for _, l := range []struct {
		id        string
		votes     int64
		published string
	}{
		{"ata-jurt", 222005, "41.93"}, // 17.32 + 13.61 + 11.00
		{"ishenim", 174470, "32.96"},  // 13.61 + 11.00 + 8.35
		{"yntymak", 141009, "26.39"},  // 11.00 + 8.35 + 7.04
		{"alliance", 106955, "21.56"}, // 8.35 + 7.04 + 6.17
		{"butun", 90223, "13.21"},     // 7.04 + 6.17
		{"yiman-nuru", 79025, "6.17"},
	} {
		rc.Lists = append(rc.Lists, validate.RecountList{ID: l.id, Votes: l.votes})
		s.Lists = append(s.Lists, validate.PublishedList{ID: l.id, Percent: pct(l.published)})
	}
	rep := validate.CheckPublished(s, rc, validate.PublishedRules{Decimals: 2, Rounding: validate.HalfUp})
	for _, f := range rep.Findings {
		fmt.Printf("%s %-10s published %6s want %s\n", f.Code, f.Place.Party, f.Got, f.Want)
	}
	fmt.Println(rep.Findings[len(rep.Findings)-1].Message().En)
	// Output:
	// S301 alliance   published  21.56 want 8.35 (exact 100 × 106955 / 1281622 = 8.345284…)
	// S301 ata-jurt   published  41.93 want 17.32 (exact 100 × 222005 / 1281622 = 17.322190…)
	// S301 butun      published  13.21 want 7.04 (exact 100 × 90223 / 1281622 = 7.039751…)
	// S301 ishenim    published  32.96 want 13.61 (exact 100 × 174470 / 1281622 = 13.613218…)
	// S301 yntymak    published  26.39 want 11.00 (exact 100 × 141009 / 1281622 = 11.002386…)
	// S303            published 142.22 want <= 100.03
	// Nation: the 6 published shares add up to 142.22%, more than 100.03% (100% plus the rounding allowance).
}

// An observer's copy of a final protocol against the version published
// later: 40 ballots moved from invalid to a party.
func ExampleCompareCopy() {
	published := election.Protocol{
		Precinct: "1001", Ballot: election.ListBallot,
		Lines: map[election.Line]int64{election.Invalid: 18, election.Valid: 600},
		Votes: map[string]int64{"ata-jurt": 350, "ishenim": 230, election.AgainstAll: 20},
	}
	copy := election.Protocol{
		Precinct: "1001", Ballot: election.ListBallot,
		Lines: map[election.Line]int64{election.Invalid: 58, election.Valid: 560},
		Votes: map[string]int64{"ata-jurt": 310, "ishenim": 230, election.AgainstAll: 20},
	}
	for _, f := range validate.CompareCopy(copy, published).Findings {
		fmt.Println(f.Code, f.Message().En)
	}
	// Output:
	// C401 Precinct 1001, list ballot (manual count): invalid ballots: copy 58, published 18 (gap +40).
	// C401 Precinct 1001, list ballot (manual count): valid ballots: copy 560, published 600 (gap -40).
	// C402 Precinct 1001, list ballot (manual count): votes for «ata-jurt»: copy 310, published 350 (gap -40).
}

// A list of 10 candidates with 8 men: 70% of 10 allows 7.
func ExampleCheckLists() {
	yes, no := true, false
	p := election.Party{ID: "zhany-kuch"}
	for i := 0; i < 10; i++ {
		k := election.Candidate{ID: fmt.Sprint(i + 1), Sex: election.Male, Under35: &no, Minority: &no, Disability: &no}
		if i < 2 {
			k.Sex, k.Under35, k.Minority, k.Disability = election.Female, &yes, &yes, &yes
		}
		p.Candidates = append(p.Candidates, k)
	}
	rep := validate.CheckLists([]election.Party{p}, validate.KG2021ListRules())
	for _, f := range rep.Findings {
		fmt.Println(f.Code, f.Want, f.Got, f.Message().En)
	}
	// Output:
	// L502 <= 7 8 List «zhany-kuch»: 8 of 10 candidates are men; at most 70% (7) allowed.
}

// A summary with a misspelt field is refused with its line.
func ExampleReadSummary() {
	_, err := validate.ReadSummary(strings.NewReader(`{
  "election": "kg2021",
  "lists": [
    {"id": "ata-jurt", "votes": 222005, "percnt": "17.32"}
  ]
}`), "summary.json")
	var se *validate.SummaryError
	fmt.Println(errors.As(err, &se), errors.Is(err, validate.ErrUnknownField), se.Line, se.Field)
	fmt.Println(err)
	// Output:
	// true true 4 lists[0].percnt
	// summary.json:4:41: lists[0].percnt: unknown field "percnt" (allowed: id, name, percent, provenance, regions, seats, votes, votes_missing)
}

// A language tag is matched by its primary subtag: what a browser or a
// locale sends works as it is.
func ExampleLanguage() {
	for _, tag := range []string{"ky-KG", "RU", "ru_RU.UTF-8", "en-US", "de"} {
		lang, ok := validate.Language(tag)
		fmt.Println(tag, lang, ok)
	}
	m := validate.Message{En: "valid ballots", Ru: "действительные бюллетени", Ky: "жарактуу бюллетендер"}
	fmt.Println(m.In("ky-KG"))
	// Output:
	// ky-KG ky true
	// RU ru true
	// ru_RU.UTF-8 ru true
	// en-US en true
	// de en false
	// жарактуу бюллетендер
}
