package validate_test

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// refRelations are the relations of the kg2021 form, written again from
// the law brief, independently of validate's own table.
var refRelations = []validate.Relation{
	{Code: "P101", Left: []string{"received"}, Op: "=", Right: []string{"issued_in_room", "issued_outside", "issued_early", "cancelled", "lost", "-unaccounted"}},
	{Code: "P102", Left: []string{"found_mobile", "found_stationary"}, Op: "=", Right: []string{"invalid", "valid"}},
	{Code: "P103", Left: []string{"valid"}, Op: "=", Right: []string{"votes"}},
	{Code: "P104", Left: []string{"issued_in_room", "issued_outside", "issued_early"}, Op: "<=", Right: []string{"voters"}},
	{Code: "P105", Left: []string{"found_mobile", "found_stationary"}, Op: "<=", Right: []string{"issued_in_room", "issued_outside", "issued_early"}},
	{Code: "P108", Left: []string{"found_mobile", "found_stationary"}, Op: "<=", Right: []string{"voters"}},
	{Code: "P110", Left: []string{"invalid", "valid"}, Op: "<=", Right: []string{"voters"}},
	{Code: "P113", Left: []string{"votes"}, Op: ">=", Right: []string{"found_mobile", "found_stationary", "-invalid"}},
}

// refDerivedOut says whether P113 is out on p: it is no line of the
// paper form but what P102 (found = invalid + valid) and P103 (valid =
// votes) say together on a protocol that gives no valid ballots, so it
// holds only where both are in force and a ballot carries one vote; where
// p gives the valid ballots, they say it themselves.
func refDerivedOut(r validate.Rules, p *election.Protocol, code validate.Code) bool {
	if code != "P113" {
		return false
	}
	_, valid := p.Lines[election.Valid]
	return valid || !r.InForce("P102") || !r.InForce("P103") || r.VotesPerBallot(p.Ballot) != 1
}

// refImplied says whether relation code follows from others on p: P108
// from P104 and P105, P110 from P102 and P108, when those are in force
// and p gives every line of the form that they need beyond it (the issued
// lines, the found lines; there is one) and none off the form but 0
// (which leaves them not evaluated).
func refImplied(r validate.Rules, p *election.Protocol, code validate.Code) bool {
	by, lines := []validate.Code{"P104", "P105"}, []election.Line{"issued_in_room", "issued_outside", "issued_early"}
	switch code {
	case "P108":
	case "P110":
		by, lines = []validate.Code{"P102", "P108"}, []election.Line{"found_mobile", "found_stationary"}
	default:
		return false
	}
	for _, c := range by {
		if !r.InForce(c) {
			return false
		}
	}
	n := 0
	for _, l := range lines {
		if !r.OnForm(l) {
			if p.Lines[l] != 0 {
				return false
			}
			continue
		}
		if _, ok := p.Lines[l]; !ok {
			return false
		}
		n++
	}
	return n > 0
}

// refChoices returns the choices on p's ballot, or false when the
// definitions do not say them.
func refChoices(e *election.Election, p *election.Protocol) ([]string, bool) {
	var out []string
	if p.Ballot == election.ListBallot {
		for _, pt := range e.Parties {
			out = append(out, pt.ID)
		}
		return out, true
	}
	okrug, n := "", 0
	for _, pr := range e.Precincts {
		if pr.ID == p.Precinct {
			if n > 0 && (pr.Okrug != okrug || pr.Abroad) || pr.Abroad || pr.Okrug == "" {
				return nil, false
			}
			okrug, n = pr.Okrug, n+1
		}
	}
	o, ok := e.Okrug(okrug)
	if n == 0 || !ok {
		return nil, false
	}
	for _, k := range o.Candidates {
		out = append(out, k.ID)
	}
	return out, true
}

// refSide sums the terms of one side, or false when a figure is missing
// or no term is on the form. A line off the form is a quantity the form
// does not have: its term is left out, unless the protocol gives it but 0.
func refSide(e *election.Election, r validate.Rules, p *election.Protocol, terms []string) (*big.Int, bool) {
	sum, on := new(big.Int), false
	for _, t := range terms {
		k := int64(1)
		if strings.HasPrefix(t, "-") {
			k, t = -1, t[1:]
		}
		if f, rest, ok := strings.Cut(t, "*"); ok {
			n, _ := strconv.ParseInt(f, 10, 64)
			k, t = k*n, rest
		}
		if t != "votes" && !r.OnForm(election.Line(t)) {
			if p.Lines[election.Line(t)] != 0 {
				return nil, false // a figure the form says is none: no sum
			}
			continue
		}
		on = true
		v := new(big.Int)
		if t == "votes" {
			choices, ok := refChoices(e, p)
			if r.AgainstAllOn(p.Ballot) {
				choices = append(choices, election.AgainstAll)
			}
			for _, c := range choices {
				if _, has := p.Votes[c]; !has {
					ok = false
				}
			}
			if !ok || len(choices) == 0 && len(p.Votes) == 0 { // no votes given: no sum
				return nil, false
			}
			for _, x := range p.Votes {
				v.Add(v, big.NewInt(x))
			}
		} else if x, ok := p.Lines[election.Line(t)]; ok {
			v.SetInt64(x)
		} else {
			return nil, false
		}
		sum.Add(sum, v.Mul(v, big.NewInt(k)))
	}
	return sum, on
}

// refFindings is the oracle of the relations of the form: maps, big.Int
// and the definition of each relation, nothing else.
func refFindings(e *election.Election, r validate.Rules) []validate.Finding {
	var out []validate.Finding
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if p.Ballot != election.ListBallot && p.Ballot != election.OkrugBallot {
			continue // X201: a ballot the form does not have
		}
		for _, rel := range append(refRelations, r.AddRelations...) {
			got, ok1 := refSide(e, r, p, rel.Left)
			want, ok2 := refSide(e, r, p, rel.Right)
			if !ok1 || !ok2 || !r.InForce(rel.Code) || refImplied(r, p, rel.Code) || refDerivedOut(r, p, rel.Code) {
				continue
			}
			c := got.Cmp(want)
			if rel.Op == "=" && c == 0 || rel.Op == "<=" && c <= 0 || rel.Op == ">=" && c >= 0 {
				continue
			}
			f := validate.Finding{Code: rel.Code, Want: strings.TrimPrefix(rel.Op+" ", "= ") + want.String(), Got: got.String(),
				Place: validate.Place{Level: validate.LevelPrecinct, Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine}}
			if d := new(big.Int).Sub(got, want); d.IsInt64() {
				f.Gap = d.Int64()
			} else if f.Gap = math.MaxInt64; d.Sign() < 0 {
				f.Gap = math.MinInt64
			}
			if rel.Op == "=" && len(rel.Left) == 1 && !strings.ContainsAny(rel.Left[0], "-*") && rel.Left[0] != "votes" {
				f.Place.Line = rel.Left[0]
			}
			out = append(out, f)
		}
	}
	validate.Sort(out)
	return slices.CompactFunc(out, func(a, b validate.Finding) bool { return a == b }) // a finding twice is listed once
}
