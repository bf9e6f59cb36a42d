// Command csvcheck reads precinct protocols published as a CSV file with
// the long Russian line names of the protocol form, using a mapping written
// by hand, checks every control relation and cross-check, and counts the
// election under a small rule set of its own.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

func main() {
	if err := run(os.Stdout, "testdata/ingest/"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, dir string) error {
	open := func(name string) (*os.File, error) { return os.Open(dir + name) }
	f, err := open("small-election.json")
	if err != nil {
		return err
	}
	e, err := ingest.ReadElection(f, "small-election.json")
	f.Close()
	if err != nil {
		return err
	}
	mf, err := open("mapping-ru.json")
	if err != nil {
		return err
	}
	m, err := ingest.ReadMapping(mf, "mapping-ru.json")
	mf.Close()
	if err != nil {
		return err
	}
	cf, err := open("protocols-ru.csv")
	if err != nil {
		return err
	}
	t, err := ingest.ReadCSV(cf, "protocols-ru.csv", m, ingest.Options{})
	cf.Close()
	if err != nil {
		return err
	}
	// The CSV file holds the list protocols (manual and machine counts):
	// they replace the list protocols of the definition.
	var okrug = e.Protocols[:0]
	for _, p := range e.Protocols {
		if p.Ballot != "list" {
			okrug = append(okrug, p)
		}
	}
	e.Protocols = append(okrug, t.Protocols...)

	rules, err := shailoo.KG2021().Set("seats.list", "9")
	if err != nil {
		return err
	}
	res, err := shailoo.Count(e, rules)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d protocols read from %d rows\n", len(t.Protocols), t.Rows)
	for _, x := range res.Findings.Findings {
		fmt.Fprintf(w, "%s %s: %s\n", x.Code, x.Severity, x.Sentence("en"))
	}
	for _, g := range res.Findings.MachineGaps {
		fmt.Fprintf(w, "machine-vs-manual gap at precinct %s: %d\n", g.Precinct, g.Gap)
	}
	for _, l := range res.Lists {
		fmt.Fprintf(w, "%s: %d votes, %d seats\n", l.Name, l.Votes, l.Seats)
	}
	return nil
}
