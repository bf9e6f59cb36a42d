package ingest

import "github.com/shailoo/shailoo/election"

// BallotFile is what one CSV file of an election holds: the protocols of
// one ballot, the precincts WriteCSV needs for their region and okrug cells,
// and a mapping that gives every figure of those protocols a column.
type BallotFile struct {
	Ballot    election.BallotKind
	Mapping   Mapping
	Protocols []election.Protocol
	Precincts []election.Precinct
}

// BallotFiles splits e's protocols into one file per ballot (list, then
// okrug), ready for WriteCSV, so that ReadCSV gives them back. The mapping
// is MappingFor's, with a column added for every choice and preference the
// protocols carry that e does not define; each precinct is listed once as
// first defined, and a protocol's precinct that e lacks gets empty region
// and okrug cells. Protocols of another ballot are not in any file. A nil
// e has no files.
func BallotFiles(e *election.Election) []BallotFile {
	if e == nil {
		return nil
	}
	var precincts []election.Precinct
	seen := map[string]bool{}
	for _, p := range e.Precincts {
		if !seen[p.ID] {
			seen[p.ID] = true
			precincts = append(precincts, p)
		}
	}
	for _, p := range e.Protocols {
		if !seen[p.Precinct] {
			seen[p.Precinct] = true
			precincts = append(precincts, election.Precinct{ID: p.Precinct})
		}
	}
	var files []BallotFile
	for _, kind := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
		f := BallotFile{Ballot: kind, Mapping: MappingFor(e, kind), Precincts: precincts}
		for _, p := range e.Protocols {
			if p.Ballot == kind {
				f.Protocols = append(f.Protocols, p)
			}
		}
		f.Mapping.addColumns(f.Protocols)
		files = append(files, f)
	}
	return files
}

// addColumns gives a column to every choice and preference of ps that m
// has none for.
func (m *Mapping) addColumns(ps []election.Protocol) {
	for _, p := range ps {
		for id := range p.Votes {
			if _, ok := m.Votes[id]; !ok {
				if m.Votes == nil {
					m.Votes = map[string]Column{}
				}
				m.Votes[id] = Column{Header: id}
			}
		}
		for id := range p.Preferences {
			if _, ok := m.Preferences[id]; !ok {
				if m.Preferences == nil {
					m.Preferences = map[string]Column{}
				}
				m.Preferences[id] = Column{Header: "pref:" + id}
			}
		}
	}
}
