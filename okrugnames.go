package shailoo

import (
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// nameChoices records the names the mapping of the file read gives its
// choices cs (ingest.Choices: a column's header, a long file's cell
// text), by their index in l.choices.
//
// Files counted together may give one choice ID to different people: a
// file per riding, each mapping its own riding's candidate to the party's
// ID ("pq": "Arseneau Joël P.Q." in one, "pq": "Perry Mélançon Méganne
// P.Q." in the next), as a user who wants seats per party does. Each
// okrug's candidate is then named as the mappings of that okrug's own
// rows name it (nameIn), never as the first file's mapping did.
func (l *okrugLearner) nameChoices(cs []election.Candidate) {
	names := make([]string, len(l.choices))
	for _, c := range cs {
		names[l.choice[c.ID]] = c.Name
	}
	l.named = append(l.named, names)
}

// nameIn returns the name of choice k in okrug i: the one the mappings of
// the files whose rows name the okrug give it (the first file's, l.choices,
// when none of them maps it: an okrug whose rows give no figure keeps every
// choice). When those mappings give it two names, the choice is two people
// under one ID in one okrug, or one person written two ways: the count does
// not pick one, the candidate is named by its ID, and the finding
// (validate.ChoiceNamedTwoWays, X237) names both and their files.
func (l *okrugLearner) nameIn(i, k int) (string, *validate.Finding) {
	name, from := "", int32(0)
	for _, f := range l.gave[i] {
		names := l.named[f-1]
		if k >= len(names) || names[k] == "" || names[k] == name {
			continue
		}
		if name != "" {
			id := l.choices[k].ID
			two := validate.ChoiceNamedTwoWays(l.okrugs[i].ID, id, name, l.fileName(int(from)), names[k], l.fileName(int(f)))
			return id, &two
		}
		name, from = names[k], f
	}
	if name == "" {
		return l.choices[k].Name, nil
	}
	return name, nil
}
