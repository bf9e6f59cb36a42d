package seats_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
)

// kg2021 is the final vote of the six lists over the threshold (CEC
// Resolution 836, 15 Dec 2021).
var kg2021 = []seats.Entry{
	{ID: "ata-jurt", Votes: 222005},
	{ID: "ishenim", Votes: 174470},
	{ID: "yntymak", Votes: 141009},
	{ID: "alliance", Votes: 106955},
	{ID: "butun-kyrgyzstan", Votes: 90223},
	{ID: "yiman-nuru", Votes: 79025},
}

// The 2021 list seats: Hare quota 813687/54, integer parts 51, the three
// seats left to Butun Kyrgyzstan (.988), Ata-Jurt (.733) and Ishenim (.579).
func ExampleApportion() {
	res, err := seats.Apportion(kg2021, seats.Options{Seats: 54, Method: seats.Hare, Cap: 27, Tie: seats.Lots})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range res.Steps {
		switch s.Kind {
		case "quota", "remainder_seat":
			fmt.Println(s.Kind, s.Subject, s.Value, s.Detail)
		}
	}
	for _, s := range res.Seats {
		fmt.Println(s.ID, s.Seats)
	}
	fmt.Println("total", res.Total)
	// Output:
	// quota  271229/18 hare quota for 54 seats: 813687/54 = 15068.28
	// remainder_seat butun-kyrgyzstan 38267/38747 butun-kyrgyzstan: remainder 0.988 takes a seat
	// remainder_seat ata-jurt 28412/38747 ata-jurt: remainder 0.733 takes a seat
	// remainder_seat ishenim 156941/271229 ishenim: remainder 0.579 takes a seat
	// ata-jurt 15
	// ishenim 12
	// yntymak 9
	// alliance 7
	// butun-kyrgyzstan 6
	// yiman-nuru 5
	// total 54
}

// abcd is the example of the Wikipedia article "D'Hondt method" (section
// "Example", as of 2024): 230,000 voters, 8 seats, parties A 100,000,
// B 80,000, C 30,000, D 20,000. The article gives D'Hondt 4, 3, 1, 0 and
// Sainte-Laguë 3, 3, 1, 1.
var abcd = []seats.Entry{
	{ID: "A", Votes: 100000}, {ID: "B", Votes: 80000}, {ID: "C", Votes: 30000}, {ID: "D", Votes: 20000},
}

func ExampleApportion_dHondt() {
	res, _ := seats.Apportion(abcd, seats.Options{Seats: 8, Method: seats.DHondt, Tie: seats.Lots})
	for _, s := range res.Steps {
		if s.Kind == "quotient_seat" {
			fmt.Println(s.Detail, "at", s.Value)
		}
	}
	fmt.Println(res.Seats)
	// Output:
	// seat 1 of 8: A's seat 1 at 100000
	// seat 2 of 8: B's seat 1 at 80000
	// seat 3 of 8: A's seat 2 at 50000
	// seat 4 of 8: B's seat 2 at 40000
	// seat 5 of 8: A's seat 3 at 100000/3
	// seat 6 of 8: C's seat 1 at 30000
	// seat 7 of 8: B's seat 3 at 80000/3
	// seat 8 of 8: A's seat 4 at 25000
	// [{A 4} {B 3} {C 1} {D 0}]
}

func ExampleApportion_sainteLague() {
	res, _ := seats.Apportion(abcd, seats.Options{Seats: 8, Method: seats.SainteLague, Tie: seats.Lots})
	fmt.Println(res.Seats)
	// Output:
	// [{A 3} {B 3} {C 1} {D 1}]
}

// On the same votes the modified Sainte-Laguë method (first divisor 1.4)
// meets an exact tie for the 8th seat: A's 4th quotient 100000/7 equals D's
// first 20000/1.4 = 100000/7. Nothing is decided: the lots are asked for,
// and given, they settle it.
func ExampleApportion_tie() {
	o := seats.Options{Seats: 8, Method: seats.ModifiedSainteLague, Tie: seats.Lots}
	res, err := seats.Apportion(abcd, o)
	var te *seats.TieError
	if errors.As(err, &te) {
		fmt.Println(errors.Is(err, seats.ErrLotsRequired), te.Tie.Tied, te.Tie.Seats, te.Tie.Value)
		fmt.Println(res.Seats, res.Total)
	}
	o.Lots = []string{"D", "A"} // as drawn by the commission
	res, err = seats.Apportion(abcd, o)
	fmt.Println(res.Seats, res.Total, err)
	// Output:
	// true [A D] 1 100000/7
	// [{A 3} {B 3} {C 1} {D 0}] 7
	// [{A 3} {B 3} {C 1} {D 1}] 8 <nil>
}

// Every method on the votes of the example of the Wikipedia article
// "Largest remainder method" (100,000 votes, 10 seats), which gives Hare
// 5, 2, 1, 1, 1, 0 and Droop 5, 2, 2, 1, 0, 0. The other lines agree with
// an independent exact reference (testdata/methods_disagree.json).
func ExampleApportion_methods() {
	parties := []seats.Entry{
		{ID: "yellows", Votes: 47000}, {ID: "whites", Votes: 16000}, {ID: "reds", Votes: 15800},
		{ID: "greens", Votes: 12000}, {ID: "blues", Votes: 6100}, {ID: "pinks", Votes: 3100},
	}
	for _, m := range seats.Methods() {
		res, err := seats.Apportion(parties, seats.Options{Seats: 10, Method: m, Tie: seats.Lots})
		if err != nil {
			fmt.Println(m, err)
			continue
		}
		var got []int
		for _, s := range res.Seats {
			got = append(got, s.Seats)
		}
		fmt.Println(m, got)
	}
	// Output:
	// hare [5 2 1 1 1 0]
	// droop [5 2 2 1 0 0]
	// hagenbach_bischoff [5 2 2 1 0 0]
	// imperiali [5 2 2 1 0 0]
	// dhondt [5 2 2 1 0 0]
	// sainte_lague [4 2 2 1 1 0]
	// modified_sainte_lague [5 2 2 1 0 0]
	// huntington_hill [4 2 1 1 1 1]
	// adams [3 2 2 1 1 1]
}

// A list with 60% of the votes would win 32 of 54 seats; it keeps the cap
// of 27 and the other lists share the 27 left with a new quota.
func ExampleApportion_cap() {
	res, _ := seats.Apportion([]seats.Entry{
		{ID: "big", Votes: 600000}, {ID: "mid", Votes: 250000}, {ID: "small", Votes: 150000},
	}, seats.Options{Seats: 54, Method: seats.Hare, Cap: 27, Tie: seats.Lots})
	for _, s := range res.Steps {
		switch s.Kind {
		case "quota", "cap", "round":
			fmt.Println(s.Kind, s.Subject, s.Value, s.Seats)
		}
	}
	fmt.Println(res.Seats)
	// Output:
	// quota  500000/27 54
	// cap big  27
	// round  400000 27
	// quota  400000/27 27
	// [{big 27} {mid 17} {small 10}]
}

// Alliance won 7 seats in 2021. The CEC's rounding up gives 3 women's
// seats, the courts' half-up reading 2 (30% of 7 = 2.1). The candidates
// and preference votes here are invented to show the difference.
func ExampleFillList() {
	alliance := []seats.ListCandidate{
		{ID: "m1", Position: 1, Sex: election.Male, Preferences: 9000},
		{ID: "w2", Position: 2, Sex: election.Female, Preferences: 2500},
		{ID: "m3", Position: 3, Sex: election.Male, Preferences: 7000},
		{ID: "m4", Position: 4, Sex: election.Male, Preferences: 6000},
		{ID: "w5", Position: 5, Sex: election.Female, Preferences: 4000},
		{ID: "m6", Position: 6, Sex: election.Male, Preferences: 5000},
		{ID: "m7", Position: 7, Sex: election.Male, Preferences: 3000},
		{ID: "m8", Position: 8, Sex: election.Male, Preferences: 2800},
		{ID: "w9", Position: 9, Sex: election.Female, Preferences: 1000},
	}
	for _, rounding := range []seats.Rounding{seats.RoundHalfUp, seats.RoundUp} {
		rule := seats.ListRule{WomenQuota: decimal.NewFromInt(30), Rounding: rounding, Tie: seats.ListPosition}
		res, err := seats.FillList("alliance", alliance, 7, rule, nil)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %d women required:", rounding, res.WomenRequired)
		for _, e := range res.Elected {
			fmt.Printf(" %s(%s)", e.ID, e.Reason)
		}
		fmt.Println()
	}
	// Output:
	// half_up: 2 women required: w5(women_quota) w2(women_quota) m1(preference) m3(preference) m4(preference) m6(preference) m7(preference)
	// up: 3 women required: w5(women_quota) w2(women_quota) w9(women_quota) m1(preference) m3(preference) m4(preference) m6(preference)
}

func ExampleWomenRequired() {
	for _, n := range []int{3, 5, 7, 15} {
		var got []int
		for _, r := range []seats.Rounding{seats.RoundHalfUp, seats.RoundUp, seats.RoundDown} {
			got = append(got, seats.WomenRequired(n, seats.ListRule{WomenQuota: decimal.NewFromInt(30), Rounding: r, Tie: seats.ListPosition}))
		}
		fmt.Println(n, "seats: half_up, up, down =", got)
	}
	// Output:
	// 3 seats: half_up, up, down = [1 1 0]
	// 5 seats: half_up, up, down = [2 2 1]
	// 7 seats: half_up, up, down = [2 3 2]
	// 15 seats: half_up, up, down = [5 5 4]
}

// An okrug where "against all" beats the leading candidate, as in Bishkek
// okrugs 27 and 29 in 2021 (the figures here are invented), and the same
// okrug where it does not.
func ExamplePlurality() {
	rule := seats.OkrugRule{AgainstAll: seats.RepeatIfAhead, AgainstAllTie: seats.AgainstAllTieCandidate, Tie: seats.RegistrationOrder}
	cands := []seats.OkrugCandidate{
		{ID: "c1", Registration: 1, Votes: 4100},
		{ID: "c2", Registration: 2, Votes: 3900},
		{ID: "c3", Registration: 3, Votes: 1200},
	}
	for _, against := range []int64{4200, 4100} {
		res, _ := seats.Plurality("27", cands, against, rule, nil)
		fmt.Printf("%s: leader %s %d, against all %d, margin %d, winner %q\n",
			res.Outcome, res.Leader, res.LeaderVotes, res.AgainstAll, res.Margin, res.Winner)
	}
	// Output:
	// repeat_election: leader c1 4100, against all 4200, margin -100, winner ""
	// elected: leader c1 4100, against all 4100, margin 0, winner "c1"
}

// Lots drawn from a public seed: sha256("kg2021 CEC lot 1\x00" + id) is
// 8c6dd135... for ata-jurt, b6eab8c8... for yntymak and d6119d4d... for
// ishenim, so that is the drawn order. Anyone can redo it with
// printf 'kg2021 CEC lot 1\0ata-jurt' | sha256sum.
func ExampleDrawLots() {
	fmt.Println(seats.DrawLots("kg2021 CEC lot 1", []string{"yntymak", "ishenim", "ata-jurt"}))
	// Output:
	// [ata-jurt yntymak ishenim]
}

// District 22 of the Kyrgyz election of 30 November 2025: three seats, at
// most two of one sex. The two men with the most votes are elected; the
// third seat goes to the woman with the most votes, Kozhokulova (902),
// over the men with more (the two below Ibragimov are synthetic).
func ExampleDistrict() {
	res, err := seats.District("22", []seats.OkrugCandidate{
		{ID: "bekeshev", Registration: 1, Votes: 13278, Sex: election.Male},
		{ID: "ibragimov", Registration: 2, Votes: 5983, Sex: election.Male},
		{ID: "m3", Registration: 3, Votes: 2726, Sex: election.Male},
		{ID: "m4", Registration: 4, Votes: 1800, Sex: election.Male},
		{ID: "kozhokulova", Registration: 5, Votes: 902, Sex: election.Female},
	}, 0, seats.OkrugRule{AgainstAll: seats.AgainstAllIgnored, Tie: seats.Lots, Seats: 3, SexBalance: &seats.SexBalance{MaxOneSex: 2}}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range res.Elected {
		fmt.Println(d.Seat, d.ID, d.Votes, d.Reason)
	}
	for _, s := range res.Steps {
		if s.Kind == "sex_balance_skip" {
			fmt.Println("skipped:", s.Subject, s.Value)
		}
	}
	// Output:
	// 1 bekeshev 13278 votes
	// 2 ibragimov 5983 votes
	// 3 kozhokulova 902 sex_balance
	// skipped: m3 2726
	// skipped: m4 1800
}

// Afghanistan's Wolesi Jirga, Kapisa 2018: 4 seats, at least 1 for a
// woman. Khadija Elham Khalili takes the fourth seat with 1,378 votes over
// three men with more; the seats of women are not capped.
func ExampleDistrict_reserved() {
	m, f := election.Male, election.Female
	res, err := seats.District("G-02", []seats.OkrugCandidate{
		{ID: "nejrabi", Votes: 5849, Sex: m},
		{ID: "afzali", Votes: 5370, Sex: m},
		{ID: "safi", Votes: 5355, Sex: m},
		{ID: "hakimzadah", Votes: 2325, Sex: m},
		{ID: "mohammadi", Votes: 1591, Sex: m},
		{ID: "murad", Votes: 1434, Sex: m},
		{ID: "khalili", Votes: 1378, Sex: f},
		{ID: "sirat", Votes: 1085, Sex: f},
	}, 0, seats.OkrugRule{AgainstAll: seats.AgainstAllIgnored, Tie: seats.Lots, Seats: 4,
		SexBalance: &seats.SexBalance{Reserved: map[election.Sex]int{f: 1}}}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range res.Elected {
		fmt.Println(d.Seat, d.ID, d.Votes, d.Reason)
	}
	for _, s := range res.Steps {
		if s.Kind == "sex_balance_skip" {
			fmt.Println("skipped:", s.Subject, s.Value)
		}
	}
	// Output:
	// 1 nejrabi 5849 votes
	// 2 afzali 5370 votes
	// 3 safi 5355 votes
	// 4 khalili 1378 sex_balance
	// skipped: hakimzadah 2325
	// skipped: mohammadi 1591
	// skipped: murad 1434
}
