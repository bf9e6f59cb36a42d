// Command recount2021 recounts the Jogorku Kenesh election of 2021 from the
// embedded dataset and checks the figures the CEC published (Resolution 836)
// against the recount: a Go service would do the same with its own data.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/validate"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	d, err := datasets.KG2021()
	if err != nil {
		return err
	}
	res, err := shailoo.Count(d.Election, shailoo.KG2021())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s, rule set %s %s\n", res.Election.Name, res.Rules.ID, res.Rules.Version)
	for _, l := range res.Lists {
		if l.Qualified {
			fmt.Fprintf(w, "  %-20s %6s%%  %2d seats (%d women), %d votes above the line\n", l.Name, l.Percent, l.Seats, l.Women(), l.National.Margin)
		}
	}
	fmt.Fprintf(w, "  %d of %d seats filled; %d okrugs vote again\n", res.Seats.Total, res.Seats.Of, res.Seats.Repeat)

	// The CEC's figures as published, checked against the recount.
	s := validate.Summary{Election: "kg2021", Source: "CEC Resolution 836"}
	for _, p := range d.Lists {
		if p.Seats == 0 {
			continue
		}
		votes, seats := p.Votes, p.Seats
		pct, err := decimalOf(p.Percent)
		if err != nil {
			return err
		}
		s.Lists = append(s.Lists, validate.PublishedList{ID: p.ID, Votes: &votes, Percent: &pct, Seats: &seats})
	}
	rep := shailoo.Verify(res, s)
	fmt.Fprintf(w, "published figures checked: %d errors\n", rep.Errors())
	return nil
}
