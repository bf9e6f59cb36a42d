package datasets_test

import (
	"fmt"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
)

func ExampleKG2021() {
	d, err := datasets.KG2021()
	if err != nil {
		panic(err)
	}
	// Sum the manual list protocols: they reproduce the official figures.
	votes := map[string]int64{}
	var participants int64
	for _, p := range d.Election.Protocols {
		if p.Ballot == election.ListBallot && !p.Machine {
			participants += p.Participants()
			for id, v := range p.Votes {
				votes[id] += v
			}
		}
	}
	fmt.Println(len(d.Election.Precincts), "precincts,", participants, "participants")
	for _, l := range d.Lists[:6] {
		fmt.Printf("%-20s %6d %5s%% %2d seats (%s)\n", l.Name, votes[l.ID], l.Percent, l.Seats, l.Provenance)
	}
	for _, o := range d.Okrugs {
		if o.Outcome == datasets.RepeatElection {
			fmt.Println("okrug", o.ID, o.District, "against all", o.SharePercent+"%")
		}
	}
	// Output:
	// 2494 precincts, 1281622 participants
	// Ata-Jurt Kyrgyzstan  222005 17.32% 15 seats (official)
	// Ishenim              174470 13.61% 12 seats (official)
	// Yntymak              141009 11.00%  9 seats (official)
	// Alliance             106955  8.35%  7 seats (official)
	// Butun Kyrgyzstan      90223  7.04%  6 seats (official)
	// Yiman Nuru            79025  6.17%  5 seats (official)
	// okrug 27 Биринчи Май районду against all 33.21%
	// okrug 29 Свердлов районду against all 37.51%
}
