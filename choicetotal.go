package shailoo

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// A column of every choice's votes summed ("TOTAL_VOTOS_CALCULADOS",
// "Total votes") mapped as a choice wins every seat: its votes are the
// others' and more. The count looks once, at the end, at each seat's
// winner in the sums it already keeps, never row by row: a winner whose
// votes are the sum of the other choices' on its ballot, or that sum and
// the invalid ballots, summed over minTotalProtocols protocols or more
// (one constituency's candidate may have half its votes, and a synthetic
// file's round figures often do), or at least that sum while its name
// reads as a total, is most likely a total (finding validate.ChoiceIsTotal), and the
// seats it won rest on it (UnevaluatedChoiceTotal).

// minTotalProtocols is how many protocols a sum must hold for a winner
// equal to the others' sum to read as a total without a total's name.
const minTotalProtocols = 10

// totalWords are the words of a name that says total.
var totalWords = []string{"total", "totals", "totales", "totale", "totaux", "gesamt", "summe", "suma", "sum",
	"итого", "всего", "жалпы", "бардыгы"}

// totalWord says whether name has a word of totalWords.
func totalWord(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.Contains(totalWords, w) {
			return true
		}
	}
	return false
}

// choiceAsTotal says how winner id's votes v read as a total of the
// others' on its ballot (votes, by choice), invalid the ballot's invalid
// ballots (0 when not given), protocols how many protocols the sums
// hold, name the choice's: "sum", "sum_invalid" or
// "named" (words "finding.X235.how.*"); "" when they do not.
func choiceAsTotal(id, name string, v int64, votes map[string]int64, invalid int64, protocols int) string {
	var others int64
	for k, x := range votes {
		if k == id {
			continue
		}
		if others > math.MaxInt64-x {
			return "" // more than any total of one choice
		}
		others += x
	}
	switch {
	case others == 0 || v < others:
		return ""
	case v == others && protocols >= minTotalProtocols:
		return "sum"
	case invalid > 0 && v-others == invalid && protocols >= minTotalProtocols:
		return "sum_invalid"
	case totalWord(id) || totalWord(name):
		return "named"
	}
	return ""
}

// choicesTotal adds a finding (validate.ChoiceIsTotal) for each winner
// of an okrug or list with seats whose votes read as a total of the
// others' (choiceAsTotal), and makes the seats it won provisional.
func (c *counter) choicesTotal() {
	var fs []validate.Finding
	var ids, affects []string
	add := func(id, name, how, where, ctx string) {
		fs = append(fs, validate.ChoiceTotal(id, name, how, where))
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
		if !slices.Contains(affects, ctx) {
			affects = append(affects, ctx)
		}
	}
	for _, o := range c.res.Okrugs {
		var invalid int64
		protocols := 0
		if t := c.t.Okrug.Okrugs[o.Okrug]; t != nil {
			invalid, protocols = t.Lines[election.Invalid], t.Protocols
		}
		won := []string{o.Winner}
		for _, d := range o.Elected {
			if d.ID != o.Winner {
				won = append(won, d.ID)
			}
		}
		for _, id := range won {
			if id == "" || id == election.AgainstAll {
				continue
			}
			name := cmp.Or(o.CandidateNames[id], c.candidateName(o.Okrug, id))
			if how := choiceAsTotal(id, name, o.CandidateVotes[id], o.CandidateVotes, invalid, protocols); how != "" {
				add(id, cmp.Or(name, id), how, "okrug "+o.Okrug, "okrug/"+o.Okrug)
			}
		}
	}
	if len(c.res.Lists) > 1 {
		votes := make(map[string]int64, len(c.res.Lists))
		for _, l := range c.res.Lists {
			if !l.Blank {
				votes[l.ID] = l.Votes
			}
		}
		for _, l := range c.res.Lists {
			if l.Seats == 0 || l.Blank {
				continue
			}
			if how := choiceAsTotal(l.ID, l.Name, l.Votes, votes, c.t.List.Nation.Lines[election.Invalid], c.t.List.Nation.Protocols); how != "" {
				add(l.ID, cmp.Or(l.Name, l.ID), how, fmt.Sprintf("%d list seat(s)", l.Seats), "list")
			}
		}
	}
	if len(fs) == 0 {
		return
	}
	c.res.Findings = validate.Merge(c.res.Findings, validate.Report{Findings: fs})
	slices.Sort(affects)
	c.provisional(Unevaluated{Kind: UnevaluatedChoiceTotal, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("choice(s) %s won with votes that read as a total of the other choices' (findings %s): most likely a column of every choice's votes mapped as a choice, and %s were decided on it; map that column as a line (\"valid\") or leave it out (\"ignore\")",
			strings.Join(ids, ", "), validate.ChoiceIsTotal, strings.Join(affects, ", "))})
}
