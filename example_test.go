package shailoo_test

import (
	"fmt"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
)

// Count the embedded 2021 election under the law as the courts applied it.
func ExampleCount() {
	d, err := datasets.KG2021()
	if err != nil {
		panic(err)
	}
	res, err := shailoo.Count(d.Election, shailoo.KG2021())
	if err != nil {
		panic(err)
	}
	for _, l := range res.Lists {
		if l.Seats > 0 {
			fmt.Printf("%-20s %7d votes %6s%% %2d seats, %d women\n", l.Name, l.Votes, l.Percent, l.Seats, l.Women())
		}
	}
	fmt.Printf("%d of %d seats filled, %d repeat elections\n", res.Seats.Total, res.Seats.Of, res.Seats.Repeat)
	// Output:
	// Ata-Jurt Kyrgyzstan   222005 votes  17.32% 15 seats, 5 women
	// Ishenim               174470 votes  13.61% 12 seats, 4 women
	// Yntymak               141009 votes  11.00%  9 seats, 3 women
	// Alliance              106955 votes   8.35%  7 seats, 2 women
	// Butun Kyrgyzstan       90223 votes   7.04%  6 seats, 2 women
	// Yiman Nuru             79025 votes   6.17%  5 seats, 2 women
	// 88 of 90 seats filled, 2 repeat elections
}

// Ask what rounding the women's quota up would have changed.
func ExampleCompare() {
	d, _ := datasets.KG2021()
	up, err := shailoo.KG2021().Set("list.women_quota_rounding", "up")
	if err != nil {
		panic(err)
	}
	c, err := shailoo.Compare(d.Election, shailoo.KG2021(), up, shailoo.Options{})
	if err != nil {
		panic(err)
	}
	for _, l := range c.Lists {
		for _, x := range l.Lose {
			fmt.Printf("%s loses a seat: %s (%s, list position %d)\n", l.Name, x.Name, x.Sex, x.Position)
		}
		for _, x := range l.Gain {
			fmt.Printf("%s gains a seat: %s (%s, list position %d)\n", l.Name, x.Name, x.Sex, x.Position)
		}
	}
	// Output:
	// Alliance loses a seat: Alliance candidate 7 (M, list position 7)
	// Alliance gains a seat: Alliance candidate 8 (F, list position 8)
}
