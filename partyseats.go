package shailoo

import (
	"cmp"
	"slices"

	"github.com/shailoo/shailoo/validate"
)

// ChoiceSeats is the okrug seats won by the candidates of one choice ID
// (Result.OkrugSeatsByChoice); Name is the choice's name where every okrug
// names it one way ("Labour"), "" where the okrugs name different people
// by it.
type ChoiceSeats struct {
	ID    string `json:"id"`
	Name  string `json:"name,omitempty"`
	Seats int    `json:"seats"`
}

// okrugSeatsByChoice counts the okrug seats filled by the winner's choice
// ID (Result.OkrugSeatsByChoice) when the okrugs are learnt from the files
// and a winner's ID is a party's: it stands in two okrugs or more and is
// not said to be one name of two people (X230): a column per party of a
// file of constituencies, or files of each riding that give their own
// candidates the party IDs (okrugLearner.nameIn). The seats of parties
// are then the seats of their IDs, every okrug seat filled counted once;
// most seats first, then by ID.
func (c *counter) okrugSeatsByChoice() {
	if !c.o.okrugsLearnt || len(c.e.Okrugs) < 2 || c.res.Seats.Okrug == 0 {
		return
	}
	stands := map[string]int{}
	names := map[string]string{} // "" once two okrugs name it two ways
	for _, o := range c.e.Okrugs {
		for _, k := range o.Candidates {
			if k.Aggregate {
				continue
			}
			if n, seen := names[k.ID]; !seen {
				names[k.ID] = k.Name
			} else if n != k.Name {
				names[k.ID] = ""
			}
			stands[k.ID]++
		}
	}
	for _, f := range c.res.Findings.Findings {
		if f.Code == validate.CandidateInOkrugs {
			stands[f.Place.Candidate] = 0 // one name of two people?
		}
	}
	won := map[string]int{}
	var ids []string
	party := false
	for _, o := range c.res.Okrugs {
		winners := make([]string, 0, 1+len(o.Elected))
		if len(o.Elected) == 0 && o.Winner != "" && o.Filled() > 0 {
			winners = append(winners, o.Winner)
		}
		for _, d := range o.Elected {
			winners = append(winners, d.ID)
		}
		for _, id := range winners {
			if won[id] == 0 {
				ids = append(ids, id)
			}
			won[id]++
			party = party || stands[id] > 1
		}
	}
	if !party {
		return
	}
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(won[b], won[a]), cmp.Compare(a, b)) })
	out := make([]ChoiceSeats, len(ids))
	for i, id := range ids {
		out[i] = ChoiceSeats{ID: id, Seats: won[id]}
		if n := names[id]; n != id {
			out[i].Name = n
		}
	}
	c.res.OkrugSeatsByChoice = out
}
