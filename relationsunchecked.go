package shailoo

import (
	"slices"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// uncheckable says whether no control relation of the form under r can
// be evaluated on a protocol that gives the lines given (those some
// counted protocol gives) and, where choices, the choices' votes: each
// relation in force lacks a line that no protocol gives. A relation
// evaluated on a protocol has every line it needs there, so when this is
// true none was evaluated on any protocol (the converse may fail: lines
// given by different protocols, which the not-evaluated entries count
// one code at a time).
//
// toMap are the lines to map that would let relations be checked: the
// lines of the turnout (voters on the list, invalid and valid ballots,
// the lines most files give) on the form and not given, or failing those
// the missing lines of the relation that lacks the fewest.
func uncheckable(r validate.Rules, given []election.Line, choices bool) (toMap []election.Line, ok bool) {
	var fewest []election.Line
	for _, code := range r.RelationCodes() {
		if !r.InForce(code) {
			continue
		}
		lines, votes, isRel := r.Terms(code)
		if !isRel || votes && !choices {
			continue
		}
		var missing []election.Line
		anyFound := false
		for _, l := range lines {
			if !r.OnForm(l) {
				continue
			}
			switch {
			case code == validate.VotesOverFound && l == election.Invalid,
				code == validate.VotesOverVoters && l == election.Invalid:
				// where given: the bound holds without it
			case code == validate.VotesOverFound && slices.Contains(given, l):
				anyFound = true // the found lines given are summed
			case !slices.Contains(given, l):
				missing = append(missing, l)
			}
		}
		if code == validate.VotesOverFound && anyFound {
			missing = nil
		}
		if len(missing) == 0 && (len(lines) > 0 || votes) {
			return nil, false
		}
		if len(missing) > 0 && (fewest == nil || len(missing) < len(fewest)) {
			fewest = missing
		}
	}
	for _, l := range turnoutLines {
		if r.OnForm(l) && !slices.Contains(given, l) {
			toMap = append(toMap, l)
		}
	}
	if len(toMap) == 0 {
		toMap = fewest // (in the order of the relation's terms)
	}
	return toMap, true
}

// hasChoices says whether the election has a choice whose votes a
// protocol may give: a party or an okrug's candidate. (A file that maps
// votes for none gives none: the relations over the votes are not
// evaluated on it.)
func (c *counter) hasChoices() bool {
	if len(c.e.Parties) > 0 {
		return true
	}
	for _, o := range c.e.Okrugs {
		if len(o.Candidates) > 0 {
			return true
		}
	}
	return false
}
