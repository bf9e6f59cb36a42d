package validate

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/words"
)

// ListRules are the composition rules a party list must meet at
// registration. A zero field means that rule is not in force (and is
// listed as not evaluated). KG2021ListRules are those of 2021.
type ListRules struct {
	MaxCandidates      int             `json:"max_candidates"`
	MaxOneSexPercent   decimal.Decimal `json:"max_one_sex_percent"`
	MinUnder35Percent  decimal.Decimal `json:"min_under35_percent"`
	MinMinorityPercent decimal.Decimal `json:"min_minority_percent"`
	MinDisability      int             `json:"min_disability"`
}

// KG2021ListRules returns the list rules of 2021: at most 54 candidates,
// at most 70% of one sex, at least 15% under 35, at least 15% of other
// ethnicities, at least 2 persons with disabilities.
func KG2021ListRules() ListRules {
	return ListRules{
		MaxCandidates:      54,
		MaxOneSexPercent:   decimal.NewFromInt(70),
		MinUnder35Percent:  decimal.NewFromInt(15),
		MinMinorityPercent: decimal.NewFromInt(15),
		MinDisability:      2,
	}
}

// ErrListRules is wrapped by the error ListRules.Validate returns.
var ErrListRules = errors.New("validate: invalid list rules")

// Validate reports a negative count or a percentage outside 0..100.
func (r ListRules) Validate() error {
	if r.MaxCandidates < 0 || r.MinDisability < 0 {
		return fmt.Errorf("%w: negative count", ErrListRules)
	}
	for name, p := range map[string]decimal.Decimal{
		"max_one_sex_percent": r.MaxOneSexPercent, "min_under35_percent": r.MinUnder35Percent,
		"min_minority_percent": r.MinMinorityPercent} {
		if p.IsNegative() || p.GreaterThan(decimal.NewFromInt(100)) {
			return fmt.Errorf("%w: %s %s is not a percentage", ErrListRules, name, p)
		}
	}
	return nil
}

// CheckLists checks the composition of each party list against r. A rule
// is evaluated for a list only when every candidate of the list carries
// the attribute it needs (Sex, Under35, Minority, Disability); otherwise
// it is listed as not evaluated for that list. Shares are compared
// exactly: "at most 70% of 54" allows 37 (37.8 rounded down), "at least
// 15% of 54" requires 9 (8.1 rounded up).
func CheckLists(parties []election.Party, r ListRules) Report {
	var rep Report
	var ne notEvaluated
	if err := r.Validate(); err != nil {
		for _, c := range []Code{ListTooLong, ListOneSex, ListUnder35, ListMinority, ListDisability} {
			ne.add(c, err.Error(), nil)
		}
		rep.NotEvaluated = ne.list()
		rep.sort()
		return rep
	}
	off := map[Code]bool{
		ListTooLong:    r.MaxCandidates == 0,
		ListOneSex:     r.MaxOneSexPercent.IsZero(),
		ListUnder35:    r.MinUnder35Percent.IsZero(),
		ListMinority:   r.MinMinorityPercent.IsZero(),
		ListDisability: r.MinDisability == 0,
	}
	for _, c := range []Code{ListTooLong, ListOneSex, ListUnder35, ListMinority, ListDisability} {
		if off[c] {
			ne.add(c, "not in force in the rule set", nil)
		}
	}
	add := func(f Finding) { rep.Findings = append(rep.Findings, f) }
	for _, p := range parties {
		pl := Place{Level: LevelList, Party: p.ID}
		n := len(p.Candidates)
		if !off[ListTooLong] && n > r.MaxCandidates {
			add(newFinding(ListTooLong, pl, "<= "+strconv.Itoa(r.MaxCandidates), strconv.Itoa(n), int64(n-r.MaxCandidates),
				vars{"bound": same(strconv.Itoa(r.MaxCandidates))}))
		}
		if n == 0 {
			for _, c := range []Code{ListOneSex, ListUnder35, ListMinority, ListDisability} {
				if !off[c] {
					ne.add(c, "the list has no candidates", &pl)
				}
			}
			continue
		}
		nd := decimal.NewFromInt(int64(n))
		nv := same(strconv.Itoa(n))
		if !off[ListOneSex] {
			women, men, known := 0, 0, true
			for _, k := range p.Candidates {
				switch k.Sex {
				case election.Female:
					women++
				case election.Male:
					men++
				default:
					known = false
				}
			}
			if !known {
				ne.add(ListOneSex, "the sex of some candidates is not known", &pl)
			} else {
				// at most pct% of n: the largest whole number <= pct × n / 100
				most := r.MaxOneSexPercent.Mul(nd).Shift(-2).Floor().IntPart()
				for _, x := range []struct {
					line  string
					count int
					sex   Message
				}{{"women", women, words.Of("sex.women")}, {"men", men, words.Of("sex.men")}} {
					if int64(x.count) > most {
						q := pl
						q.Line = x.line
						add(newFinding(ListOneSex, q, "<= "+strconv.FormatInt(most, 10), strconv.Itoa(x.count), int64(x.count)-most,
							vars{"bound": same(strconv.FormatInt(most, 10)), "n": nv, "pct": same(r.MaxOneSexPercent.String()), "sex": x.sex}))
					}
				}
			}
		}
		least := func(code Code, pct decimal.Decimal, has func(election.Candidate) *bool, line, missing string) {
			if off[code] {
				return
			}
			count := 0
			for _, k := range p.Candidates {
				v := has(k)
				if v == nil {
					ne.add(code, missing, &pl)
					return
				}
				if *v {
					count++
				}
			}
			// at least pct% of n: the smallest whole number >= pct × n / 100
			need := pct.Mul(nd).Shift(-2).Ceil().IntPart()
			if int64(count) < need {
				q := pl
				q.Line = line
				add(newFinding(code, q, ">= "+strconv.FormatInt(need, 10), strconv.Itoa(count), int64(count)-need,
					vars{"bound": same(strconv.FormatInt(need, 10)), "n": nv, "pct": same(pct.String())}))
			}
		}
		least(ListUnder35, r.MinUnder35Percent, func(k election.Candidate) *bool { return k.Under35 }, "under35",
			"the age of some candidates is not known")
		least(ListMinority, r.MinMinorityPercent, func(k election.Candidate) *bool { return k.Minority }, "minority",
			"the ethnicity of some candidates is not known")
		if !off[ListDisability] {
			count, known := 0, true
			for _, k := range p.Candidates {
				if k.Disability == nil {
					known = false
					break
				}
				if *k.Disability {
					count++
				}
			}
			if !known {
				ne.add(ListDisability, "whether some candidates have a disability is not known", &pl)
			} else if count < r.MinDisability {
				q := pl
				q.Line = "disability"
				add(newFinding(ListDisability, q, ">= "+strconv.Itoa(r.MinDisability), strconv.Itoa(count), int64(count-r.MinDisability),
					vars{"bound": same(strconv.Itoa(r.MinDisability))}))
			}
		}
	}
	rep.NotEvaluated = ne.list()
	rep.sort()
	return rep
}
