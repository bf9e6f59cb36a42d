package loader

import (
	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/forensics"
)

// Forensics reads the protocols of e for package forensics as a count
// reads them: without the precincts the annulments as annul (checked
// against e as a count checks them), their protocols counted as
// forensics.SkipAnnulled and the precincts in Data.Annulled, so that the
// analyses say what they left out (a region's: each of its precincts). An
// annulment of a candidate's votes or of an okrug's election changes
// nothing here: the analyses read the list ballot only. The
// command line and the page both call it.
func Forensics(e *election.Election, annul []shailoo.Annulment) (*forensics.Data, error) {
	if e == nil {
		return nil, forensics.ErrNil
	}
	if err := shailoo.CheckAnnulments(e, annul); err != nil {
		return nil, err
	}
	gone := map[string]bool{}
	for _, a := range annul {
		switch a.Kind {
		case shailoo.AnnulPrecinct:
			gone[a.ID] = true
		case shailoo.AnnulRegion:
			for _, p := range e.Precincts {
				if p.Region == a.ID {
					gone[p.ID] = true
				}
			}
		}
	}
	if len(gone) == 0 {
		return forensics.FromElection(e)
	}
	out := *e
	out.Precincts, out.Protocols = nil, nil
	for _, p := range e.Precincts {
		if !gone[p.ID] {
			out.Precincts = append(out.Precincts, p)
		}
	}
	protocols := 0
	for _, p := range e.Protocols {
		if gone[p.Precinct] {
			protocols++
			continue
		}
		out.Protocols = append(out.Protocols, p)
	}
	d, err := forensics.FromElection(&out)
	if d != nil {
		d.Annulled = len(gone)
		if protocols > 0 {
			d.Skipped = append(d.Skipped, forensics.Skip{Reason: forensics.SkipAnnulled, Count: protocols})
		}
	}
	return d, err
}
